"""Site themes: stored in the library, sandboxed, shared by preview and export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsroom.core import render
from newsroom.core.library import Library
from newsroom.core.render.page import ExportLinks, build_page, render_article_html
from newsroom.core.render.theme import (
    CSS_KEY,
    DEFAULT_THEME,
    TEMPLATE_KEY,
    Theme,
    ThemeError,
    check_theme,
    load_theme,
    render_page,
    render_themed,
    save_theme,
    site_css,
    theme_from_files,
)

MINIMAL = (
    "<!DOCTYPE html><html><head><style>{{ css }}</style></head><body>"
    "<h1 class='my-headline'>{{ page.headline }}</h1>"
    "<div class='article-body'>{{ page.body.html|safe }}</div></body></html>"
)


def first_article(library: Library):  # type: ignore[no-untyped-def]
    return library.article(library.articles()[0].id)


def test_a_new_library_has_the_default_theme(library: Library) -> None:
    assert load_theme(library) == DEFAULT_THEME
    assert DEFAULT_THEME.is_default


def test_the_default_theme_renders_as_the_core_renderer_did(library: Library) -> None:
    page = build_page(library, first_article(library), ExportLinks())
    assert render_page(page) == render_page(page, DEFAULT_THEME)
    assert "theme-dark" in render_page(page)  # site.css honours a forced scheme...
    assert 'class="theme-' not in render_page(page)  # ...which the page itself never sets


def test_a_saved_theme_travels_in_the_library_and_reaches_the_export(library: Library) -> None:
    theme = Theme(template=MINIMAL, css=".my-headline { color: rebeccapurple; }")
    save_theme(library, theme)
    assert library.setting(TEMPLATE_KEY) == MINIMAL
    assert load_theme(library) == theme
    html = render_article_html(library, first_article(library))
    assert "<h1 class='my-headline'>Welcome to Newsroom</h1>" in html
    assert ".my-headline { color: rebeccapurple; }" in html
    assert "--accent" in html  # appended to the site CSS by default


def test_replace_mode_drops_the_site_css(library: Library) -> None:
    page = build_page(library, first_article(library), ExportLinks())
    html = render_page(page, Theme(css="body { margin: 3px; }", css_mode="replace"))
    assert "body { margin: 3px; }" in html
    assert "--accent" not in html
    appended = render_page(page, Theme(css="body { margin: 3px; }"))
    assert "--accent" in appended and "body { margin: 3px; }" in appended


def test_theme_css_is_not_html_escaped_and_cannot_close_the_style_element() -> None:
    css = "nav > a { color: red } </style><script>alert(1)</script>"
    html = render_page(
        render.Page(render.Link("S"), "H", render.RenderedBody("", ())), Theme(css=css)
    )
    assert "nav > a { color: red }" in html
    assert "</style><script>" not in html
    assert "<\\/style><script>" in html


def test_library_templates_are_autoescaped(library: Library) -> None:
    article = replace(first_article(library), headline="<b>Bold</b> & co")
    page = build_page(library, article, ExportLinks())
    html = render_page(page, Theme(template=MINIMAL))
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in html


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("{% for x in %}", "line 1"),
        ("{{ page.nothing_here }}", "could not be rendered"),
        ("{{ page.__class__.__mro__ }}", "not allowed"),
        ("{{ ''.__class__.__subclasses__() }}", "not allowed"),
        ("{{ 1 / 0 }}", "could not be rendered"),
    ],
)
def test_broken_or_hostile_templates_are_refused_with_a_message(
    library: Library, template: str, words: str
) -> None:
    with pytest.raises(ThemeError, match=words):
        check_theme(Theme(template=template))
    with pytest.raises(ThemeError):
        save_theme(library, Theme(template=template))
    assert load_theme(library) == DEFAULT_THEME  # nothing stored


def test_a_broken_stored_theme_falls_back_to_the_default_template(library: Library) -> None:
    library.set_setting(TEMPLATE_KEY, "{% if %}")  # written by something else, say
    library.set_setting(CSS_KEY, ".extra { color: teal; }")
    page = build_page(library, first_article(library), ExportLinks())
    themed = render_themed(page, load_theme(library))
    assert "template has an error" in themed.problem
    assert "default template is shown" in themed.problem
    assert '<h1 class="headline">Welcome to Newsroom</h1>' in themed.html
    assert ".extra { color: teal; }" in themed.html  # the CSS still applies
    with pytest.raises(ThemeError):
        render_article_html(library, first_article(library))  # an export is never silently off


def test_a_theme_may_include_the_site_css() -> None:
    check_theme(Theme(template="<style>{% include 'site.css' %}</style>"))
    html = render_page(
        render.Page(render.Link("S"), "H", render.RenderedBody("", ())),
        Theme(template="<style>{% include 'site.css' %}</style>"),
    )
    assert site_css().strip()[:40] in html


def test_a_theme_is_read_from_a_folder_or_from_files(tmp_path: Path) -> None:
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "page.html.j2").write_text(MINIMAL, encoding="utf-8")
    (folder / "b.css").write_text(".b {}", encoding="utf-8")
    (folder / "a.css").write_text(".a {}", encoding="utf-8")
    (folder / "notes.txt").write_text("ignored in a folder", encoding="utf-8")
    assert theme_from_files([folder]) == Theme(template=MINIMAL, css=".a {}\n.b {}")
    assert theme_from_files([folder / "a.css"]) == Theme(css=".a {}")


@pytest.mark.parametrize(
    ("names", "words"),
    [
        (["one.html.j2", "two.html.j2"], "one page template"),
        (["notes.txt"], "neither a page template"),
        ([], "No page template"),
        (["broken.html.j2"], "line 1"),
    ],
)
def test_what_is_not_a_theme_is_refused(tmp_path: Path, names: list[str], words: str) -> None:
    for name in names:
        text = "{% if %}" if name.startswith("broken") else MINIMAL
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ThemeError, match=words):
        theme_from_files([tmp_path / name for name in names])
