"""Markdown with YAML front matter: the article as :mod:`newsroom.core.transfer` reads
it, so that importing the file again gives the same article (its images stay
``media:`` references to the library)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import yaml

from newsroom.core.exporters import Exported
from newsroom.core.library import Library
from newsroom.core.model import Article, Status


def export(library: Library, article_id: int) -> Exported:
    return Exported(export_markdown(library, library.article(article_id)).encode("utf-8"))


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def export_markdown(library: Library, article: Article) -> str:
    """The article as Markdown with front matter; importing it again gives the same article."""
    meta: dict[str, Any] = {
        "headline": article.headline,
        "slug": article.slug,
        "status": Status(article.status).value,
    }
    if article.standfirst:
        meta["standfirst"] = article.standfirst
    if article.section_id is not None:
        meta["section"] = library.section_tree().path_of(article.section_id)
    for key in ("byline", "dateline"):
        if getattr(article, key):
            meta[key] = getattr(article, key)
    if article.published_at:
        meta["published"] = _iso(article.published_at)
    meta["updated"] = _iso(article.updated_at)
    meta["timezone"] = article.timezone
    meta["language"] = article.language
    if article.tags:
        meta["tags"] = list(article.tags)
    for key in ("seo_title", "seo_description"):
        if getattr(article, key):
            meta[key] = getattr(article, key)
    if article.id is not None:
        related: list[Any] = []
        for link in library.related_links(article.id):
            if link.target_id is not None:
                related.append(link.title)
            elif link.url:
                related.append({"title": link.title, "url": link.url})
        if related:
            meta["related"] = related
        notes = [
            {"kind": n.kind.value, "at": _iso(n.at.replace(microsecond=0)), "text": n.text}
            for n in library.notes(article.id)
        ]
        if notes:
            meta["notes"] = notes
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{article.body}"
