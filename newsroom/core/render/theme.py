"""Site themes: a library may carry its own page template and CSS.

A theme lives in the library's settings table (``theme.template``, ``theme.css``,
``theme.css_mode``, ``theme.locale``), so it travels with the file. The preview, the
HTML export and publishing all render through :func:`render_page` here, so they agree.

A library's template is untrusted input: it is rendered in Jinja's sandbox, with
autoescaping on. A template that does not compile or fails while rendering never
breaks the preview: :func:`render_themed` falls back to the default template and
says why.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.render import Link, Page, PageNote, RenderedBody, pygments_css
from newsroom.core.render.locale import THEME_KEY as LOCALE_KEY
from newsroom.core.render.locale import parse_locale

TEMPLATE_KEY = "theme.template"
CSS_KEY = "theme.css"
#: ``append`` (the default): the theme's CSS follows the site CSS; ``replace``: it stands alone.
CSS_MODE_KEY = "theme.css_mode"
CSS_MODES = ("append", "replace")
DEFAULT_TEMPLATE_NAME = "article.html.j2"
#: What a theme template may ``{% include %}``: the default stylesheet.
SITE_CSS_NAME = "site.css"


class ThemeError(NewsroomError):
    """A theme's template cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Theme:
    """A page template (Jinja source; ``None`` is the built-in one), CSS, and the
    locale the theme's site is written in."""

    template: str | None = None
    css: str = ""
    css_mode: str = "append"
    #: A CLDR locale such as ``fr_FR`` ("": none): how the pages write dates. The
    #: library's own ``site_locale`` setting wins over it (:mod:`.locale`).
    locale: str = ""

    @property
    def is_default(self) -> bool:
        return (
            self.template is None and not self.css and self.css_mode == "append" and not self.locale
        )


DEFAULT_THEME = Theme()


@dataclass(frozen=True)
class ThemedPage:
    """A rendered page, and why the library's theme was not used, if it was not."""

    html: str
    problem: str = ""


def load_theme(library: Library) -> Theme:
    template = library.setting(TEMPLATE_KEY, "")
    mode = library.setting(CSS_MODE_KEY, "append")
    return Theme(
        template=template or None,
        css=library.setting(CSS_KEY, ""),
        css_mode=mode if mode in CSS_MODES else "append",
        locale=library.setting(LOCALE_KEY, ""),
    )


def save_theme(library: Library, theme: Theme) -> None:
    """Store ``theme`` in the library, after checking that its template renders and
    that its locale is one CLDR knows."""
    check_theme(theme)
    library.set_setting(TEMPLATE_KEY, theme.template or "")
    library.set_setting(CSS_KEY, theme.css)
    library.set_setting(CSS_MODE_KEY, theme.css_mode)
    library.set_setting(LOCALE_KEY, str(parse_locale(theme.locale)) if theme.locale else "")


def site_css() -> str:
    return (
        resources.files("newsroom.resources.templates")
        .joinpath(SITE_CSS_NAME)
        .read_text(encoding="utf-8")
        .rstrip("\n")  # as an {% include %} gives it
    )


def style_text(css: str) -> Markup:
    """CSS made safe to put inside ``<style>``: it cannot close the element. Not
    HTML-escaped, since entities mean nothing in CSS (``a > b`` must stay)."""
    return Markup(re.sub(r"</(?=style)", r"<\\/", css, flags=re.IGNORECASE))


@functools.cache
def default_environment() -> jinja2.Environment:
    """The environment of the built-in templates (``resources/templates``): the
    article page, and other pages of the site such as a section's."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("newsroom.resources", "templates"),
        autoescape=jinja2.select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


@functools.cache
def _sandbox() -> jinja2.sandbox.SandboxedEnvironment:
    return jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.DictLoader({SITE_CSS_NAME: site_css()}),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _context(page: Page, theme: Theme) -> dict[str, Any]:
    site = "" if theme.css_mode == "replace" else site_css()
    return {
        "page": page,
        "pygments_css": pygments_css(),
        "site_css": style_text(site),
        "theme_css": style_text(theme.css),
        # Everything the page's <style> should hold, for a theme's convenience.
        "css": style_text("\n".join(filter(None, (site, pygments_css(), theme.css)))),
    }


@functools.lru_cache(maxsize=8)
def _compile(source: str) -> jinja2.Template:
    return _sandbox().from_string(source)


def render_page(page: Page, theme: Theme = DEFAULT_THEME) -> str:
    """The complete HTML page of an article in ``theme``.

    Raises :class:`ThemeError` if the theme's template does not compile or render.
    """
    context = _context(page, theme)
    if theme.template is None:
        return default_environment().get_template(DEFAULT_TEMPLATE_NAME).render(context)
    try:
        return _compile(theme.template).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise ThemeError(
            translate(
                "Theme", "The site theme's template has an error on line {line}: {message}"
            ).format(line=exc.lineno, message=exc.message)
        ) from exc
    except SecurityError as exc:
        raise ThemeError(
            translate(
                "Theme", "The site theme's template did something not allowed: {problem}"
            ).format(problem=exc)
        ) from exc
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        raise ThemeError(
            translate("Theme", "The site theme's template could not be rendered: {problem}").format(
                problem=exc
            )
        ) from exc


def render_themed(page: Page, theme: Theme) -> ThemedPage:
    """Like :func:`render_page`, but a broken theme falls back to the default
    template (keeping the theme's CSS) and the problem is reported, not raised."""
    try:
        return ThemedPage(render_page(page, theme))
    except ThemeError as exc:
        fallback = replace(theme, template=None)
        shown = translate("Theme", "The default template is shown.")
        return ThemedPage(render_page(page, fallback), f"{exc} {shown}")


SAMPLE_PAGE = Page(
    site=Link("Site", "#"),
    headline="Sample headline",
    body=RenderedBody(
        "<h2 id='one'>One</h2><p>Text.</p><h2 id='two'>Two</h2>",
        (Link("One", "#one"), Link("Two", "#two")),
    ),
    standfirst="A standfirst.",
    byline="A Reporter",
    breadcrumb=(Link("Site", "#"), Link("Section", "#"), Link("Sample headline")),
    kicker=Link("Section", "#"),
    notes=(
        PageNote(
            "correction",
            "Correction",
            "5 January 2026, 09:30 CET",
            "2026-01-05T08:30:00+00:00",
            "A name was misspelt.",
        ),
    ),
    related=(Link("Related", "#"),),
    previous=Link("Previous", "#"),
    next=Link("Next", "#"),
    tags=(Link("tag", "#"),),
)


def check_theme(theme: Theme) -> None:
    """Raise :class:`ThemeError` unless ``theme`` renders a sample page, and
    :class:`~newsroom.core.render.locale.SiteLocaleError` if its locale is unknown."""
    if theme.css_mode not in CSS_MODES:
        raise ThemeError(
            translate("Theme", "The CSS mode must be one of {modes}.").format(
                modes=", ".join(CSS_MODES)
            )
        )
    if theme.locale:
        parse_locale(theme.locale)
    render_page(SAMPLE_PAGE, theme)


TEMPLATE_SUFFIX = ".html.j2"
CSS_SUFFIX = ".css"


def theme_from_files(paths: Sequence[Path]) -> Theme:
    """A theme from a folder, or from files: at most one ``*.html.j2`` template and
    any ``*.css`` (joined in name order). Raises :class:`ThemeError` if that is
    not what was given, or if the template does not render."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p for p in sorted(path.iterdir()) if p.name.endswith((TEMPLATE_SUFFIX, CSS_SUFFIX))
            )
        else:
            files.append(path)
    templates = [p for p in files if p.name.endswith(TEMPLATE_SUFFIX)]
    sheets = sorted((p for p in files if p.name.endswith(CSS_SUFFIX)), key=lambda p: p.name)
    others = [p for p in files if p not in templates and p not in sheets]
    if others:
        raise ThemeError(
            translate("Theme", "“{name}” is neither a page template (.html.j2) nor CSS.").format(
                name=others[0].name
            )
        )
    if len(templates) > 1:
        raise ThemeError(
            translate("Theme", "A site theme has one page template (.html.j2), not several.")
        )
    if not templates and not sheets:
        raise ThemeError(
            translate("Theme", "No page template (.html.j2) or CSS file was found for the theme.")
        )
    try:
        template = templates[0].read_text(encoding="utf-8") if templates else None
        css = "\n".join(p.read_text(encoding="utf-8") for p in sheets)
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeError(
            translate("Theme", "The theme could not be read: {problem}").format(problem=exc)
        ) from exc
    theme = Theme(template=template, css=css)
    check_theme(theme)
    return theme
