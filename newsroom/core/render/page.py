"""Build the :class:`~newsroom.core.render.Page` of an article from its library.

Where links point differs by use (the preview, an exported file, a static site),
so the caller passes a :class:`Links` policy.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import quote, quote_plus

from babel import Locale

from newsroom.core.errors import NotFoundError
from newsroom.core.library import Library
from newsroom.core.markdown_ext import MEDIA_SCHEME, MediaRef
from newsroom.core.model import Article, Media, Note, Section, Status
from newsroom.core.render import Link, Page, PageNote, RenderedBody, render_body
from newsroom.core.render.locale import DEFAULT_LOCALE, format_moment, site_locale, text_direction
from newsroom.core.render.theme import load_theme, render_page
from newsroom.core.seed import SITE_NAME, SITE_URL

_MEDIA_UID = re.compile(re.escape(MEDIA_SCHEME) + r"([0-9a-fA-F-]{36})")


class Links(Protocol):
    """Where the links of a page point."""

    def home(self) -> str: ...
    def article(self, slug: str) -> str: ...
    def section(self, lineage: Sequence[Section]) -> str: ...
    def tag(self, tag: str) -> str: ...
    def media(self, media: Media) -> str: ...


def data_url(media: Media) -> str:
    return f"data:{media.mime_type};base64,{base64.b64encode(media.data).decode('ascii')}"


class ExportLinks:
    """Links for pages written to disk: relative, as the static site lays them out;
    images are embedded so a single exported page stands on its own."""

    def home(self) -> str:
        return "index.html"

    def article(self, slug: str) -> str:
        return f"{quote(slug)}.html"

    def section(self, lineage: Sequence[Section]) -> str:
        return "sections/" + "/".join(quote(s.slug) for s in lineage) + "/index.html"

    def tag(self, tag: str) -> str:
        return f"tags/{quote(tag)}.html"

    def media(self, media: Media) -> str:
        return data_url(media)


def format_time(moment: datetime, zone: str, locale: Locale | str = DEFAULT_LOCALE) -> str:
    """``5 January 2026, 09:30 CET`` in the article's time zone, as the site's
    locale writes it (:func:`~newsroom.core.render.locale.site_locale`; en_GB here)."""
    return format_moment(moment, zone, locale)


def page_notes(
    notes: Iterable[Note], zone: str, locale: Locale | str = DEFAULT_LOCALE
) -> tuple[PageNote, ...]:
    """The article's corrections and updates as the page shows them, oldest first."""
    return tuple(
        PageNote(
            n.kind.value, n.kind.label, format_time(n.at, zone, locale), n.at.isoformat(), n.text
        )
        for n in notes
    )


@dataclass(frozen=True)
class FeaturedRef(MediaRef):
    """The featured image, with where the theme should keep it in view when it crops
    it (a CSS ``object-position``; empty: the centre, the browser's own default)."""

    position: str = ""


def object_position(media: Media) -> str:
    """``"X% Y%"`` of the image's focal point in the published (cropped) image, for a
    CSS ``object-position``; empty when it has none. WordPress has no focal point of its
    own (the theme decides), so only our pages carry it."""
    if media.focus is None:
        return ""
    x, y = media.focus
    if media.crop is not None:
        left, top, right, bottom = media.crop
        x = (x - left) / (right - left)
        y = (y - top) / (bottom - top)
    x, y = (min(1.0, max(0.0, v)) * 100 for v in (x, y))
    return f"{x:.4g}% {y:.4g}%"


def article_body(library: Library, article: Article, links: Links) -> RenderedBody:
    """The article's body as every output shows it: Markdown rendered and sanitized,
    with its images and its links to other articles where ``links`` puts them (the
    preview's, an export's, a target's or a static site's)."""
    return render_body(
        article.body,
        dateline=article.dateline,
        media=media_refs(library, article, links),
        article_url=links.article,
    )


def media_refs(library: Library, article: Article, links: Links) -> dict[str, MediaRef]:
    """The library images that the body refers to as ``media:UID``."""
    refs: dict[str, MediaRef] = {}
    if MEDIA_SCHEME not in article.body:  # most texts: no regular expression run over them
        return refs
    for uid in set(_MEDIA_UID.findall(article.body)):
        try:
            media = library.media(uid)
        except NotFoundError:
            continue
        refs[uid] = MediaRef(links.media(media), media.alt, media.caption, media.credit)
    return refs


def build_page(
    library: Library,
    article: Article,
    links: Links,
    *,
    body: RenderedBody | None = None,
    notes: Sequence[PageNote] | None = None,
) -> Page:
    """Resolve everything the template shows. ``body`` may be rendered elsewhere
    (the preview renders it off the GUI thread); ``notes`` replace the library's
    corrections and updates (a site shows those it was sent)."""
    site = Link(library.setting("site_name", SITE_NAME), links.home())
    site_url = library.setting("site_url", SITE_URL).rstrip("/")
    locale = site_locale(library)
    tree = library.section_tree()
    lineage = tree.lineage(article.section_id)
    if body is None:
        body = article_body(library, article, links)
    canonical = f"{site_url}/{quote(article.slug)}"
    featured = None
    if article.featured_media_id is not None:
        try:
            m = library.media_by_id(article.featured_media_id)
        except NotFoundError:
            pass
        else:
            featured = FeaturedRef(links.media(m), m.alt, m.caption, m.credit, object_position(m))
    previous, following = library.neighbours(article)
    related = tuple(
        Link(r.title, r.url if r.target_id is None else links.article(_slug(library, r.target_id)))
        for r in (library.related_links(article.id) if article.id is not None else [])
    )
    if notes is None:
        notes = page_notes(
            library.notes(article.id) if article.id is not None else [], article.timezone, locale
        )
    published, updated, status_note = _dates(article, locale)
    share_text = quote_plus(article.headline)
    return Page(
        site=site,
        headline=article.headline,
        body=body,
        title=article.seo_title or article.headline,
        description=article.seo_description or article.standfirst,
        language=article.language,
        direction=text_direction(article.language),
        breadcrumb=(
            site,
            *(Link(s.name, links.section(lineage[: i + 1])) for i, s in enumerate(lineage)),
            Link(article.headline),
        ),
        kicker=Link(lineage[-1].name, links.section(lineage)) if lineage else None,
        standfirst=article.standfirst,
        byline=article.byline,
        published=published,
        published_iso=article.published_at.isoformat() if article.published_at else "",
        updated=updated,
        updated_iso=article.updated_at.isoformat(),
        status_note=status_note,
        share=(
            Link(
                "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={quote_plus(canonical)}"
            ),
            Link(
                "X",
                f"https://twitter.com/intent/tweet?url={quote_plus(canonical)}&text={share_text}",
            ),
            Link("WhatsApp", f"https://wa.me/?text={share_text}%20{quote_plus(canonical)}"),
            Link("Email", f"mailto:?subject={quote(article.headline)}&body={quote(canonical)}"),
            Link("Print", f"{canonical}?print=1"),
        ),  # fmt: skip
        featured=featured,
        notes=tuple(notes),
        related=related,
        previous=Link(previous.headline, links.article(previous.slug)) if previous else None,
        next=Link(following.headline, links.article(following.slug)) if following else None,
        tags=tuple(Link(t, links.tag(t)) for t in article.tags),
    )


def _slug(library: Library, article_id: int) -> str:
    row = library.db.execute("SELECT slug FROM articles WHERE id = ?", [article_id]).fetchone()
    return str(row[0]) if row else ""


_MINUTE = timedelta(minutes=1)


def _dates(article: Article, locale: Locale) -> tuple[str, str, str]:
    """The page's publication date, its "Updated" date and its status note.

    An article not yet published that has a publication time shows that time, as
    the site will, beside the note that it is not published; one without shows
    when it was last changed."""
    zone = article.timezone
    if article.published_at and article.status is Status.PUBLISHED:
        published = format_time(article.published_at, zone, locale)
        late = article.updated_at - article.published_at >= _MINUTE
        return published, format_time(article.updated_at, zone, locale) if late else "", ""
    status_note = f"{Status(article.status).label} — not published"
    if article.published_at:
        return format_time(article.published_at, zone, locale), "", status_note
    return "", format_time(article.updated_at, zone, locale), status_note


def render_article_html(library: Library, article: Article, links: Links | None = None) -> str:
    """The article's page as exported, in the library's theme: the same renderer the
    preview uses. Raises :class:`~newsroom.core.render.theme.ThemeError` if the theme is broken."""
    return render_page(build_page(library, article, links or ExportLinks()), load_theme(library))
