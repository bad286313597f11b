"""Markdown files with YAML front matter: import into a library (the export is
:mod:`newsroom.core.exporters.markdown`).

:class:`Parsed` is also what the other formats read into (see
:mod:`newsroom.core.importers`), and :func:`store` stores any of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from newsroom.core.errors import ImportFormatError, NotFoundError
from newsroom.core.fields import ARTICLE_FIELDS, PLAIN
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article, Media, NoteKind, RelatedLink, Status

#: Front matter keys and their aliases: the article's fields (:mod:`.fields`), and what
#: hangs on the article besides.
KEYS = {f.front_matter[0]: f.front_matter for f in ARTICLE_FIELDS if f.front_matter} | {
    "related": ("related",),
    # Corrections and updates: one list with a kind for each, or a list of each kind.
    "notes": ("notes",),
    "corrections": ("corrections",),
    "updates": ("updates",),
}
KNOWN = {alias for aliases in KEYS.values() for alias in aliases}


@dataclass(frozen=True)
class NoteLine:
    """A correction or update read from the front matter."""

    kind: NoteKind
    at: datetime
    text: str


@dataclass(frozen=True)
class NewImage:
    """An image that came inside a file (a Word document's photo), stored with its
    article. The body refers to it as ``media:`` and its :attr:`key` until then."""

    key: str
    filename: str
    mime_type: str
    data: bytes
    alt: str = ""


@dataclass(frozen=True)
class Parsed:
    """One article read from a file, not yet stored."""

    article: Article
    related: list[RelatedLink]
    warnings: list[str]
    has_updated: bool
    #: None when the front matter says nothing of corrections and updates.
    notes: list[NoteLine] | None = None
    images: tuple[NewImage, ...] = ()


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """The front matter as a dict and the body exactly as written (less leading blank lines)."""
    handler = YAMLHandler()
    if not handler.detect(text):
        return {}, text.lstrip("\n")
    try:
        raw, body = handler.split(text)
        meta = handler.load(raw) or {}
    except (yaml.YAMLError, ValueError) as exc:
        raise ImportFormatError(
            translate(
                "Transfer", "{where}: the front matter is not valid YAML ({problem})."
            ).format(where=where, problem=exc)
        ) from exc
    if not isinstance(meta, dict):
        raise ImportFormatError(
            translate(
                "Transfer", "{where}: the front matter should be a set of “key: value” lines."
            ).format(where=where)
        )
    return {str(k): v for k, v in meta.items()}, body.lstrip("\n")


@dataclass(frozen=True)
class ImportResult:
    article: Article
    created: bool
    warnings: tuple[str, ...] = ()


def _get(meta: Mapping[str, Any], key: str) -> Any:
    for alias in KEYS[key]:
        if alias in meta and meta[alias] is not None:
            return meta[alias]
    return None


def _text(value: Any, name: str, where: str) -> str:
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if str(v).strip())
    if isinstance(value, str | int | float):
        return str(value).strip()
    raise ImportFormatError(
        translate("Transfer", "{where}: “{name}” should be text.").format(where=where, name=name)
    )


def parse_moment(value: Any, where: str) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(0, 0))
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            raise ImportFormatError(
                translate(
                    "Transfer",
                    "{where}: “{value}” is not a date; write it as 2026-11-25 or "
                    "2026-11-25T09:30:00+01:00.",
                ).format(where=where, value=value)
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _tags(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list):
        return [str(t).strip() for t in value if str(t).strip()]
    raise ImportFormatError(
        translate("Transfer", "{where}: “tags” should be a list or comma-separated text.").format(
            where=where
        )
    )


def _related(library: Library, value: Any, where: str) -> list[RelatedLink]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFormatError(
            translate("Transfer", "{where}: “related” should be a list.").format(where=where)
        )
    links: list[RelatedLink] = []
    for item in value:
        if isinstance(item, str):
            found = library.find_by_headline(item)
            if not found:
                raise ImportFormatError(
                    translate(
                        "Transfer",
                        "{where}: related article “{item}” is not in the library. "
                        "Import it first, or give it as {{title, url}}.",
                    ).format(where=where, item=item)
                )
            links.append(RelatedLink(found[0].headline, target_id=found[0].id))
        elif isinstance(item, dict) and item.get("url"):
            url = str(item["url"]).strip()
            links.append(RelatedLink(str(item.get("title") or url).strip(), url=url))
        else:
            raise ImportFormatError(
                translate(
                    "Transfer",
                    "{where}: each related item is a headline, or has “title” and “url”.",
                ).format(where=where)
            )
    return links


def _note(item: Any, kind: Any, where: str) -> NoteLine:
    if not isinstance(item, dict) or not str(item.get("text") or "").strip():
        raise ImportFormatError(
            translate("Transfer", "{where}: each correction or update has “at” and “text”.").format(
                where=where
            )
        )
    if kind is None:
        raise ImportFormatError(
            translate(
                "Transfer", "{where}: each item of “notes” has a “kind”: correction or update."
            ).format(where=where)
        )
    try:
        note_kind = NoteKind(str(kind).strip().lower())
    except ValueError:
        raise ImportFormatError(
            translate(
                "Transfer", "{where}: “{kind}” is not a kind of note; write correction or update."
            ).format(where=where, kind=kind)
        ) from None
    if item.get("at") is None:
        raise ImportFormatError(
            translate("Transfer", "{where}: the {kind} “{text}” has no “at”.").format(
                where=where, kind=note_kind.value, text=item["text"]
            )
        )
    return NoteLine(note_kind, parse_moment(item["at"], where), str(item["text"]).strip())


def _notes(meta: Mapping[str, Any], where: str) -> list[NoteLine] | None:
    """The corrections and updates, oldest first; None if the front matter has none."""
    given = [(key, _get(meta, key)) for key in ("notes", "corrections", "updates")]
    if all(value is None for _, value in given):
        return None
    notes: list[NoteLine] = []
    for key, value in given:
        if value is None:
            continue
        if not isinstance(value, list):
            raise ImportFormatError(
                translate("Transfer", "{where}: “{key}” should be a list.").format(
                    where=where, key=key
                )
            )
        for item in value:
            kind = item.get("kind") if isinstance(item, dict) else None
            notes.append(_note(item, kind if key == "notes" else key.removesuffix("s"), where))
    return sorted(notes, key=lambda n: n.at)


#: A first line "# Headline", and an italic "By …" line under it.
_HEADING = re.compile(r"#[ \t]+(?P<headline>[^\n]*?)[ \t#]*\n(?:[ \t]*\n)*")
_BYLINE = re.compile(r"(?P<mark>[*_])[Bb]y[ \t]+(?P<byline>[^\n*_]+?)(?P=mark)[ \t]*(?:\n|$)\s*")


def headline_from_heading(body: str) -> tuple[str, str, str]:
    """A Markdown text that opens with a ``# `` heading, as blog posts are written:
    (its headline, an italic "By …" line under it as the byline, the rest). Without
    such a heading: ("", "", ``body``)."""
    opening = _HEADING.match(body if body.endswith("\n") else body + "\n")
    if opening is None or not opening["headline"].strip():
        return "", "", body
    rest = body[opening.end() :]
    byline = ""
    if found := _BYLINE.match(rest):
        byline, rest = found["byline"].strip(), rest[found.end() :]
    return opening["headline"].strip(), byline, rest


def parse_markdown(library: Library, text: str, where: str) -> Parsed:
    """Read one Markdown document. Raises :class:`ImportFormatError` naming ``where``.
    Without a headline in front matter, a first ``# `` heading is the headline."""
    meta, body = split_front_matter(text, where)
    if _get(meta, "headline") is None:
        headline, byline, body = headline_from_heading(body)
        if headline:
            meta["headline"] = headline
        if byline and _get(meta, "byline") is None:
            meta["byline"] = byline
    ignored = translate("Transfer", "{where}: ignored unknown key “{key}”")
    warnings = [ignored.format(where=where, key=k) for k in meta if k not in KNOWN]
    article = Article(body=body)
    for field in PLAIN:
        key = field.front_matter[0]
        value = _get(meta, key)
        if value is not None:
            setattr(article, field.name, _text(value, key, where))
    if (status := _get(meta, "status")) is not None:
        try:
            article.status = Status.parse(str(status))
        except ValueError as exc:
            raise ImportFormatError(f"{where}: {exc}.") from None
    article.tags = _tags(_get(meta, "tags"), where)
    if (published := _get(meta, "published")) is not None:
        article.published_at = parse_moment(published, where)
        article.created_at = min(article.created_at, article.published_at)
    if (updated := _get(meta, "updated")) is not None:
        article.updated_at = parse_moment(updated, where)
    if (section := _get(meta, "section")) is not None:
        found = library.section_tree().resolve(str(section))
        if found is None:
            raise ImportFormatError(
                translate(
                    "Transfer",
                    "{where}: there is no section “{section}” in the library. Write it as "
                    "“Parent/Child”, with \\/ for a slash inside a name (Culture/Art\\/Design).",
                ).format(where=where, section=section)
            )
        article.section_id = found.id
    if not article.headline and not article.body.strip():
        raise ImportFormatError(
            translate("Transfer", "{where}: there is no headline and no text to import.").format(
                where=where
            )
        )
    related = _related(library, _get(meta, "related"), where)
    return Parsed(
        article, related, warnings, has_updated=updated is not None, notes=_notes(meta, where)
    )


def import_markdown(
    library: Library, path: Path, *, replace_existing: bool = False
) -> ImportResult:
    """Import one file. An existing slug is refused unless ``replace_existing``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(
            translate("Transfer", "{path}: not a UTF-8 text file.").format(path=path)
        ) from None
    except OSError as exc:
        raise ImportFormatError(
            translate("Transfer", "{path}: cannot be read ({problem}).").format(
                path=path, problem=exc.strerror
            )
        ) from None
    parsed = parse_markdown(library, text, str(path))
    with library.transaction():
        return store(library, parsed, str(path), replace_existing=replace_existing)


def store(
    library: Library, parsed: Parsed, where: str, *, replace_existing: bool = False
) -> ImportResult:
    """Store one article read from a file, with its images, related links and notes;
    call it inside :meth:`Library.transaction`, so that a failure stores nothing. An
    existing slug is refused unless ``replace_existing``."""
    article = parsed.article
    if parsed.images:
        article = replace(article, body=_with_images(library, article.body, parsed.images))
    existing: Article | None = None
    if article.slug:
        try:
            existing = library.article_by_slug(article.slug)
        except NotFoundError:
            existing = None
    if existing is not None and not replace_existing:
        raise ImportFormatError(
            translate(
                "Transfer",
                "{where}: an article with the slug “{slug}” is already in the library "
                "(use --replace to overwrite it).",
            ).format(where=where, slug=article.slug)
        )
    if existing is not None:
        # What a Markdown file cannot carry stays as it was.
        kept = replace(
            article,
            id=existing.id,
            uid=existing.uid,
            created_at=existing.created_at,
            featured_media_id=existing.featured_media_id,
        )
        stored = library.save_article(kept, touch=not parsed.has_updated, lock_slug=True)
        created = False
    else:
        stored = library.create_article(article)
        created = True
    assert stored.id is not None
    library.set_related_links(stored.id, parsed.related)
    changed = parsed.notes is not None and _set_notes(library, stored.id, parsed.notes)
    if changed and parsed.has_updated:  # adding a note touched the article: the file wins
        stored = library.save_article(stored, touch=False)
    return ImportResult(stored, created, tuple(parsed.warnings))


def _with_images(library: Library, body: str, images: tuple[NewImage, ...]) -> str:
    """``body`` with each image stored and its ``media:KEY`` become ``media:UID``."""
    stored: dict[str, Media] = {}
    for image in images:
        stored[image.key] = library.add_media(
            image.filename, image.mime_type, image.data, alt=image.alt
        )
    keys = sorted(stored, key=len, reverse=True)  # "img10" before "img1"
    pattern = re.compile("|".join(re.escape(f"media:{key}") for key in keys))
    return pattern.sub(lambda m: f"media:{stored[m.group(0)[6:]].uid}", body)


def _set_notes(library: Library, article_id: int, notes: list[NoteLine]) -> bool:
    """Make the article's corrections and updates ``notes``; whether any changed."""
    have = library.notes(article_id)
    if [(n.kind, n.at.replace(microsecond=0), n.text) for n in have] == [
        (n.kind, n.at, n.text) for n in notes
    ]:
        return False
    for old in have:
        library.remove_note(old.id)
    for note in notes:
        library.add_note(article_id, note.kind, note.text, at=note.at)
    return True
