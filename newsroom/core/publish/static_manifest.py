"""What a static site holds: the addresses of its pages, its manifest, and each
article as it was published (its snapshot).

The manifest (``.newsroom/site.json``) lists the articles published on the site,
with what the indexes show of them; a snapshot (``.newsroom/articles/<uid>.json``)
keeps everything an article's page is rendered from, as it was sent: its text, its
related links and its corrections and updates. Pages are rendered again from these
(for a new neighbour, a new theme) and never from the library's current text.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newsroom.core.library import make_slug
from newsroom.core.model import Article, Media, Section, Status
from newsroom.core.publish.base import Outgoing, OutgoingNote
from newsroom.core.render import PageNote

STATE_DIR = ".newsroom"
MANIFEST = f"{STATE_DIR}/site.json"
MANIFEST_VERSION = 1
HOME = "index.html"
CSS = "site.css"


def article_path(slug: str) -> str:
    return f"articles/{quote(slug)}.html"


def section_path(lineage: Sequence[Section]) -> str:
    return "sections/" + "/".join(quote(s.slug) for s in lineage) + "/index.html"


def tag_key(tag: str) -> str:
    return make_slug(tag)


def tag_path(tag: str) -> str:
    return f"tags/{quote(tag_key(tag))}.html"


def media_path(media: Media) -> str:
    suffix = Path(media.filename).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,8}", suffix):
        suffix = mimetypes.guess_extension(media.mime_type) or ".bin"
    return f"media/{media.uid}{suffix}"


@dataclass
class Entry:
    """One article on the site, as the manifest keeps it."""

    uid: str
    article_id: int
    slug: str
    headline: str
    standfirst: str
    byline: str
    published_at: str
    timezone: str
    section_id: int | None
    #: The section and its ancestors when published (ids), for the indexes to refresh.
    sections: list[int]
    tags: list[str]
    media: list[str]
    #: Slugs and uids of the articles the page links to, whether they are here or not.
    refs: list[str]
    previous: str | None = None
    next: str | None = None

    @property
    def path(self) -> str:
        return article_path(self.slug)

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.published_at)

    def order(self) -> tuple[str, int]:
        return (
            datetime.fromisoformat(self.published_at).astimezone(UTC).isoformat(),
            self.article_id,
        )


@dataclass
class Manifest:
    articles: dict[str, Entry] = field(default_factory=dict)
    #: Every image file the site wrote, so that unused ones can go.
    media: set[str] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": MANIFEST_VERSION,
            "generator": "Newsroom",
            "articles": {uid: vars(e) for uid, e in sorted(self.articles.items())},
            "media": sorted(self.media),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Manifest:
        return cls(
            articles={uid: Entry(**e) for uid, e in data.get("articles", {}).items()},
            media=set(data.get("media", [])),
        )

    def slugs(self) -> dict[str, Entry]:
        return {e.slug: e for e in self.articles.values()}

    def newest_first(self, entries: Iterable[Entry] | None = None) -> list[Entry]:
        chosen = self.articles.values() if entries is None else entries
        return sorted(chosen, key=Entry.order, reverse=True)


def snapshot_path(uid: str) -> str:
    return f"{STATE_DIR}/articles/{uid}.json"


def neighbours_of(manifest: Manifest) -> dict[str, tuple[str | None, str | None]]:
    """Each article's previous and next article in its section, by publication."""
    by_section: dict[int, list[Entry]] = {}
    for entry in manifest.articles.values():
        if entry.section_id is not None:
            by_section.setdefault(entry.section_id, []).append(entry)
    out: dict[str, tuple[str | None, str | None]] = {}
    for entries in by_section.values():
        entries.sort(key=Entry.order)
        for i, entry in enumerate(entries):
            out[entry.uid] = (
                entries[i - 1].uid if i > 0 else None,
                entries[i + 1].uid if i + 1 < len(entries) else None,
            )
    return out


_TIMES = ("created_at", "updated_at", "published_at")


def sent_related(item: Outgoing) -> list[dict[str, str | None]]:
    """The related links as sent: a link to another article by its uid (the site
    gives it the address of that article's page, if it has one)."""
    return [
        {
            "title": link.title,
            "url": None if link.article_uid else link.url,
            "target_uid": link.article_uid,
        }
        for link in item.related
    ]


def snapshot(
    article: Article, related: list[dict[str, str | None]], notes: Sequence[OutgoingNote]
) -> dict[str, Any]:
    """What the article's page is rendered from, as JSON: the article as published,
    its related links (:func:`sent_related`) and its corrections and updates."""
    data: dict[str, Any] = {
        name: getattr(article, name)
        for name in (
            "id", "uid", "headline", "body", "standfirst", "slug", "byline", "dateline",
            "section_id", "tags", "timezone", "seo_title", "seo_description",
            "featured_media_id", "language",
        )
    }  # fmt: skip
    for name in _TIMES:
        moment = getattr(article, name)
        data[name] = moment.isoformat() if moment else None
    data["related"] = related
    data["notes"] = [
        {"kind": n.kind, "label": n.label, "at": n.at.isoformat(), "when": n.when, "text": n.text}
        for n in notes
    ]
    return data


def _from_snapshot(data: Mapping[str, Any]) -> Article:
    fields = {k: v for k, v in data.items() if k not in ("related", "notes")}
    for name in _TIMES:
        fields[name] = datetime.fromisoformat(fields[name]) if fields.get(name) else None
    if fields.get("created_at") is None:
        fields.pop("created_at", None)
    if fields.get("updated_at") is None:
        fields.pop("updated_at", None)
    return Article(status=Status.PUBLISHED, **fields)


def read_snapshot(
    data: Mapping[str, Any],
) -> tuple[Article, list[dict[str, str | None]], tuple[PageNote, ...]]:
    """The article as published, its related links and its corrections and updates."""
    notes = tuple(
        PageNote(str(n["kind"]), str(n["label"]), str(n["when"]), str(n["at"]), str(n["text"]))
        for n in data.get("notes", [])
    )
    return _from_snapshot(data), list(data.get("related", [])), notes
