"""The page around the body, rendered once: filling its slot gives the template's page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsroom.core.render import Link, Page, RenderedBody
from newsroom.core.render.page_frame import FrameCache
from newsroom.core.render.theme import DEFAULT_THEME, Theme, render_themed

BODY = "<p>Barges waited at Basel.</p><h2 id='why'>Why</h2><p>Low water.</p>"
PAGE = Page(
    site=Link("The Courier", "#"),
    headline="Floods close the Rhine <again> & more",
    body=RenderedBody(BODY, (Link("Why", "#why"),)),
    standfirst="Shipping stopped for a week.",
    byline="Ada Lens",
    related=(Link("Earlier: the drought", "#"),),
)


def whole(page: Page, theme: Theme) -> str:
    return render_themed(page, theme).html


@pytest.mark.parametrize(
    "theme",
    [
        DEFAULT_THEME,
        Theme(template="<main>{{ page.headline }}<div>{{ page.body.html|safe }}</div></main>"),
        Theme(template="{{ nonsense(", css="p { color: red }"),  # broken: the default shows
    ],
)
def test_filling_the_slot_gives_the_page_the_template_renders(theme: Theme) -> None:
    frame = FrameCache().around(PAGE, theme)
    assert frame is not None
    assert frame.page(BODY) == whole(PAGE, theme)
    empty = replace(PAGE, body=replace(PAGE.body, html=""))
    assert frame.empty == whole(empty, theme)
    assert frame.problem == render_themed(PAGE, theme).problem


@pytest.mark.parametrize(
    "template",
    [
        "<div>{{ page.body.html|safe }}</div><div>{{ page.body.html|safe }}</div>",
        "<p>{{ page.body.html|length }} characters</p>{{ page.body.html|safe }}",
        "{% if page.body.html %}<article>{{ page.body.html|safe }}</article>{% endif %}",
    ],
)
def test_a_template_that_does_more_with_the_body_gets_no_frame(template: str) -> None:
    assert FrameCache().around(PAGE, Theme(template=template)) is None


def test_the_frame_is_made_again_only_when_the_page_around_the_body_changes() -> None:
    cache = FrameCache()
    first = cache.around(PAGE, DEFAULT_THEME)
    other_body = replace(PAGE, body=replace(PAGE.body, html="<p>Typed on.</p>"))
    assert cache.around(other_body, DEFAULT_THEME) is first
    renamed = replace(PAGE, headline="Floods close the Rhine again")
    again = cache.around(renamed, DEFAULT_THEME)
    assert again is not first and again is not None
    assert again.page(BODY) == whole(replace(renamed, body=PAGE.body), DEFAULT_THEME)
    new_contents = replace(PAGE, body=RenderedBody(BODY, ()))
    assert cache.around(new_contents, DEFAULT_THEME) is not again
