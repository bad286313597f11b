"""The page around an article's body, rendered once while only the body changes.

A keystroke changes the body; the page around it (site name, breadcrumb, headline,
byline, Contents, notes, related links) stays the same. The template is rendered
once with a slot where the body goes, and each page of the same frame is the slot
filled in: a string join instead of a template run over the whole body.

A theme's template may do more with the body than show it once (show it twice, count
it); then filling the slot would not give what the template gives, so
:meth:`FrameCache.around` checks the slotted page against the page rendered with an
empty body and answers None when they differ: the caller renders the page whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsroom.core.render import Page
from newsroom.core.render.theme import Theme, render_themed

#: Where the body goes. Text from the article reaches the template escaped, so it can
#: never read as this comment; a template that puts it in twice is caught by the check.
SLOT = "<!--newsroom-body-slot-->"


@dataclass(frozen=True)
class Frame:
    """A page in two halves around its body, and that page with an empty body."""

    head: str
    tail: str
    empty: str
    problem: str  # why the library's theme was not used ("" when it was)

    def page(self, body_html: str) -> str:
        return self.head + body_html + self.tail


class FrameCache:
    """The frame of the last page asked for; one caller at a time."""

    def __init__(self) -> None:
        self._key: tuple[Page, Theme] | None = None
        self._frame: Frame | None = None

    def around(self, page: Page, theme: Theme) -> Frame | None:
        """The frame of ``page`` (its body's HTML is ignored) in ``theme``, or None
        if the template does more with the body than show it once."""
        page = replace(page, body=replace(page.body, html=""))
        key = (page, theme)
        if key != self._key:
            self._key, self._frame = key, _frame(page, theme)
        return self._frame


def _frame(page: Page, theme: Theme) -> Frame | None:
    empty = render_themed(page, theme)
    slotted = render_themed(replace(page, body=replace(page.body, html=SLOT)), theme)
    head, found, tail = slotted.html.partition(SLOT)
    if not found or SLOT in tail or head + tail != empty.html or slotted.problem != empty.problem:
        return None
    return Frame(head, tail, empty.html, empty.problem)
