"""An article of the library as a target receives it: an :class:`Outgoing`.

The body is rendered exactly as the preview and the export render it (the same
:func:`~newsroom.core.render.render_body`, sanitized), but only the body: the
target has its own page around it. Library images stay at their local address
(``newsroom://media/<uid>``); each one travels as an :class:`OutgoingMedia` that
names that address, so a client uploads the image and rewrites the reference. What
travels is the image's web rendition for the target (:mod:`newsroom.core.renditions`:
scaled, without its location and camera data), never the original.

:func:`~newsroom.core.change_hash.source_hash` fingerprints what an Outgoing is made of,
straight from the article's row (:mod:`newsroom.core.change_hash`, which the store's
migrations use too).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import quote

from newsroom.core.errors import NewsroomError, NotFoundError
from newsroom.core.library import Library
from newsroom.core.model import Article, Media, Section
from newsroom.core.publish.base import (
    Action,
    Outgoing,
    OutgoingLink,
    OutgoingMedia,
    OutgoingNote,
)
from newsroom.core.renditions import RenditionError, RenditionSpec, rendition
from newsroom.core.seed import SITE_URL

#: Where library images are while they are only in the library (as in the preview).
LOCAL_MEDIA_PREFIX = "newsroom://media/"


class PublishLinks:
    """Links in a body sent to a target: images at their local address (the client
    rewrites them), other articles at the library's site address, as the page's
    canonical link has it."""

    def __init__(self, site_url: str) -> None:
        self.site_url = site_url.rstrip("/")

    def home(self) -> str:
        return self.site_url + "/"

    def article(self, slug: str) -> str:
        return f"{self.site_url}/{quote(slug)}"

    def section(self, lineage: Sequence[Section]) -> str:
        return f"{self.site_url}/" + "/".join(quote(s.slug) for s in lineage)

    def tag(self, tag: str) -> str:
        return f"{self.site_url}/tags/{quote(tag)}"

    def media(self, media: Media) -> str:
        return LOCAL_MEDIA_PREFIX + media.uid


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # stored times are UTC; never guess another zone
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def article_media(library: Library, article: Article) -> list[tuple[Media, bool]]:
    """The images an article sends, each with whether it is the featured one: the
    featured image first, then the images of the text in the order they appear."""
    found: list[tuple[Media, bool]] = []
    seen: set[int] = set()
    if article.featured_media_id is not None:
        try:
            featured = library.media_by_id(article.featured_media_id)
        except NotFoundError:
            pass
        else:
            found.append((featured, True))
            seen.add(featured.id)
    from newsroom.core.render.page import media_refs  # see assemble()

    links = PublishLinks(library.setting("site_url", SITE_URL))
    refs = media_refs(library, article, links)
    for uid in sorted(refs, key=lambda u: article.body.find(u)):
        media = library.media(uid)
        if media.id not in seen:
            found.append((media, False))
            seen.add(media.id)
    return found


def unprepared_media(library: Library, article_id: int, spec: RenditionSpec) -> list[Media]:
    """The article's images whose web copy for ``spec`` is not made yet (a photo's
    takes a few tenths of a second): what a window makes off its thread, with
    progress, before it shows what a publish will change."""
    from newsroom.core.renditions import cached, is_svg

    article = library.article(article_id)
    return [
        media
        for media, _featured in article_media(library, article)
        if not is_svg(bytes(media.data[:4096]), media.mime_type)
        and cached(library, media.id, spec) is None
    ]


def prepare_renditions(library: Library, article_id: int, spec: RenditionSpec) -> None:
    """Make and keep the renditions the article's images need for ``spec``, before a
    read snapshot in which :func:`assemble` may not write them. Only a head start: an
    image that cannot be read is left for :func:`assemble` to name, and one that could
    not be kept (the library busy) is made again there."""
    try:
        article = library.article(article_id)
        for media, _featured in article_media(library, article):
            rendition(library, media.id, spec)
    except (NewsroomError, sqlite3.Error):
        pass


def _outgoing_media(
    library: Library,
    article: Article,
    links: PublishLinks,
    spec: RenditionSpec,
    action: Action,
) -> list[OutgoingMedia]:
    """The featured image first, then the images of the text in the order they appear,
    each as its web rendition for ``spec`` (scaled, without location or camera data).

    A take-down goes even when an image can no longer be read: that image is left out."""
    out: list[OutgoingMedia] = []
    for m, is_featured in article_media(library, article):
        try:
            made = rendition(library, m.id, spec)
        except RenditionError:
            if action is Action.UNPUBLISH:
                continue
            raise
        out.append(
            OutgoingMedia(
                media_id=m.id,
                uid=m.uid,
                filename=made.filename(m.filename),
                mime_type=made.mime_type,
                data=made.data,
                sha256=made.sha256,
                alt=m.alt,
                caption=m.caption,
                credit=m.credit,
                local_url=links.media(m),
                featured=is_featured,
                width=made.width,
                height=made.height,
            )
        )
    return out


def _related(library: Library, article_id: int, links: PublishLinks) -> list[OutgoingLink]:
    """The related links in order; one to an article no longer in the library is left out."""
    out: list[OutgoingLink] = []
    for link in library.related_links(article_id):
        if link.target_id is None:
            out.append(OutgoingLink(link.title, link.url or ""))
            continue
        row = library.conn.execute(
            "SELECT slug, uid FROM articles WHERE id = ? AND deleted_at IS NULL", [link.target_id]
        ).fetchone()
        if row is not None:
            out.append(OutgoingLink(link.title, links.article(row[0]), link.target_id, row[1]))
    return out


def _notes(library: Library, article: Article) -> list[OutgoingNote]:
    from newsroom.core.render.locale import site_locale
    from newsroom.core.render.page import format_time

    assert article.id is not None
    locale = site_locale(library)
    return [
        OutgoingNote(
            n.kind.value,
            n.kind.label,
            _utc(n.at) or n.at,
            format_time(n.at, article.timezone, locale),
            n.text,
        )
        for n in library.notes(article.id)
    ]


def assemble(
    library: Library,
    article_id: int,
    action: Action,
    *,
    idempotency_key: str,
    retried: bool = False,
    spec: RenditionSpec | None = None,
) -> Outgoing:
    """Build the :class:`Outgoing` for ``article_id`` from the library as it is now, its
    images as the renditions ``spec`` makes (the target's; the default without one)."""
    # Rendering (Markdown, Pygments, Jinja2) is loaded when the first article goes
    # out, not when the window starts: the outbox and its states need none of it.
    from newsroom.core.render.page import article_body

    article = library.article(article_id)
    links = PublishLinks(library.setting("site_url", SITE_URL))
    lineage = library.section_tree().lineage(article.section_id)
    body = article_body(library, article, links)
    return Outgoing(
        article_id=article_id,
        uid=article.uid,
        slug=article.slug,
        action=Action(action),
        headline=article.headline,
        standfirst=article.standfirst,
        body_html=body.html,
        body_markdown=article.body,
        byline=article.byline,
        dateline=article.dateline,
        language=article.language,
        section_path=tuple(s.name for s in lineage),
        section_slugs=tuple(s.slug for s in lineage),
        tags=tuple(article.tags),
        published_at=_utc(article.published_at),
        embargo_until=_utc(article.embargo_until),
        media=_outgoing_media(library, article, links, spec or RenditionSpec(), Action(action)),
        idempotency_key=idempotency_key,
        retried=retried,
        seo_title=article.seo_title,
        seo_description=article.seo_description,
        related=tuple(_related(library, article_id, links)),
        notes=tuple(_notes(library, article)),
        section_ids=tuple(s.id for s in lineage),
        timezone=article.timezone,
        updated_at=article.updated_at,
    )


def goes_live_at(item: Outgoing) -> datetime | None:
    """The earliest moment the article may be public: its publication time or the end
    of its embargo, whichever is later."""
    times = [t for t in (item.published_at, item.embargo_until) if t is not None]
    return max(times) if times else None
