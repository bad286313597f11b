"""One renderer for the preview, the HTML export and publishing.

:func:`render_body` turns Markdown into safe HTML plus its Contents, and
:func:`newsroom.core.render.page.article_body` is how an article's body is rendered
for a page, an export or a target, with its images and links where that output has
them. The rest of the package builds the page around it: :mod:`.page` (what the page
shows), :mod:`.theme` (the site template), :mod:`.page_frame` (the page around a body
that changes), :mod:`.section_page` (a section's list), :mod:`.incremental` (a
keystroke's render).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import markdown
import nh3
from markdown.extensions.codehilite import CodeHiliteExtension
from markdown.extensions.toc import TocExtension, slugify_unicode
from pygments.formatters import HtmlFormatter

from newsroom.core.markdown_ext import DatelineExtension, FigureExtension, MediaRef, media_uid
from newsroom.core.markdown_extra import extra_and_sane_lists

PYGMENTS_STYLE = "friendly"

ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) | {"figure", "figcaption", "section"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
}
for _tag, _attrs in {
    "*": {"id", "class", "title", "lang", "dir"},
    "img": {"src", "alt", "width", "height", "loading"},
    "a": {"href", "title"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
}.items():
    ALLOWED_ATTRIBUTES.setdefault(_tag, set()).update(_attrs)
URL_SCHEMES = {"http", "https", "mailto", "media", "article"}
#: Links between articles are written ``[text](article:<slug>)``.
ARTICLE_SCHEME = "article:"


@dataclass(frozen=True)
class Link:
    title: str
    url: str | None = None


@dataclass(frozen=True)
class RenderedBody:
    html: str
    contents: tuple[Link, ...]


def _markdown(dateline: str, media: Mapping[str, MediaRef]) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[
            *extra_and_sane_lists(),
            CodeHiliteExtension(css_class="highlight", guess_lang=False),
            TocExtension(slugify=slugify_unicode, toc_depth="2-3", permalink=False),
            DatelineExtension(dateline=dateline),
            FigureExtension(media=media),
        ],
        output_format="html",
    )


def sanitize(
    html: str,
    media: Mapping[str, MediaRef] | None = None,
    article_url: Callable[[str], str] | None = None,
) -> str:
    """Strip scripts, frames, event handlers and foreign URL schemes from ``html``.

    Library images (``media:UID``) and links to other articles (``article:<slug>``)
    are given their real URLs here, after the scheme check, so a page can carry
    ``data:`` images that an author cannot.
    """
    refs = media or {}

    def resolve(tag: str, attr: str, value: str) -> str | None:
        if attr == "src":
            uid = media_uid(value)
            if uid is not None:
                ref = refs.get(uid)
                return ref.url if ref else None
        if attr == "href" and value.startswith(ARTICLE_SCHEME):
            slug = value[len(ARTICLE_SCHEME) :].strip("/")
            return article_url(slug) if article_url and slug else None
        return value

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=resolve,
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
    )


def render_body(
    text: str,
    *,
    dateline: str = "",
    media: Mapping[str, MediaRef] | None = None,
    article_url: Callable[[str], str] | None = None,
) -> RenderedBody:
    """Markdown → sanitized HTML, and the Contents: the second-level headings.
    ``article_url`` turns the slug of an ``article:`` link into a URL."""
    refs = media or {}
    md = _markdown(dateline, refs)
    html = md.convert(text)
    contents = tuple(
        Link(token["name"], "#" + token["id"])
        for token in _flatten(getattr(md, "toc_tokens", []))
        if token["level"] == 2
    )
    return RenderedBody(sanitize(html, refs, article_url), contents)


def _flatten(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for token in tokens:
        out.append(token)
        out.extend(_flatten(token.get("children", [])))
    return out


@dataclass(frozen=True)
class PageNote:
    """A dated "Correction" or "Update" under the article, as the page shows it."""

    kind: str  # "correction" or "update"
    label: str  # "Correction" or "Update"
    #: As the page shows the date, in the article's time zone.
    when: str
    #: The same moment for ``<time datetime>``.
    when_iso: str
    text: str


@dataclass(frozen=True)
class Page:
    """Everything the article template shows, already resolved to text and URLs."""

    site: Link
    headline: str
    body: RenderedBody
    title: str = ""
    description: str = ""
    language: str = "en"
    #: ``"rtl"`` when the article's language is written right to left.
    direction: str = "ltr"
    breadcrumb: tuple[Link, ...] = ()
    kicker: Link | None = None
    standfirst: str = ""
    byline: str = ""
    published: str = ""
    published_iso: str = ""
    updated: str = ""
    updated_iso: str = ""
    status_note: str = ""
    share: tuple[Link, ...] = ()
    featured: MediaRef | None = None
    #: Corrections and updates, oldest first.
    notes: tuple[PageNote, ...] = ()
    related: tuple[Link, ...] = ()
    previous: Link | None = None
    next: Link | None = None
    tags: tuple[Link, ...] = field(default_factory=tuple)
    extra_css: str = ""


@functools.cache
def pygments_css() -> str:
    formatter = HtmlFormatter(style=PYGMENTS_STYLE)
    return str(formatter.get_style_defs(".highlight"))  # type: ignore[no-untyped-call]
