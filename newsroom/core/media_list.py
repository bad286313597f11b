"""The library's images as a list: what each one is, which articles use it, replacing
one everywhere at once, and deleting one that nothing uses.

An article uses an image in two ways: its text refers to it as ``media:UID`` (what
:func:`newsroom.core.render.page.media_refs` resolves), or it is the article's featured image.
Articles in the trash are counted apart: they still hold the image, and a restored
article would show it.

Replacing an image changes the bytes of its row and keeps its uid, so every article
that shows it shows the new picture, with its caption, credit and alt text; the sites
get the new one on their next sync (their uploads are keyed by the image's hash).

Reads here never load an image's bytes, except the first few kilobytes of one whose
size in pixels the library does not know yet (images added before it recorded them).
"""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import Any

from newsroom.core.errors import NewsroomError, NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.markdown_ext import MEDIA_SCHEME

#: What a web page shows, by Pillow's name of the format.
SUPPORTED_FORMATS: dict[str, str] = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "AVIF": "image/avif",
}
SVG_MIME = "image/svg+xml"
SUPPORTED_NAMES = "JPEG, PNG, GIF, WebP or SVG"
#: As :func:`newsroom.core.render.page.media_refs` finds references in a text.
_MEDIA_UID = re.compile(re.escape(MEDIA_SCHEME) + r"([0-9a-fA-F-]{36})")
#: How much of an image is read to learn its size in pixels, before reading it all.
_HEAD_BYTES = 64 * 1024


class MediaError(NewsroomError):
    """An image cannot be used or changed as asked; the message names the file and
    says why. Nothing was changed."""


class MediaInUseError(MediaError):
    """An image still used by articles cannot be deleted; :attr:`usages` says where."""

    def __init__(self, message: str, usages: Sequence[Usage]) -> None:
        super().__init__(message)
        self.usages = tuple(usages)


@dataclass(frozen=True)
class Usage:
    """An article that uses an image: in its text, as its featured image, or both."""

    article_id: int
    headline: str
    featured: bool
    in_body: bool
    trashed: bool


@dataclass(frozen=True)
class MediaItem:
    """An image of the library as the media list shows it (without its bytes)."""

    id: int
    uid: str
    filename: str
    mime_type: str
    size: int  # bytes
    width: int | None
    height: int | None
    alt: str
    caption: str
    credit: str
    created_at: datetime
    sha256: str
    #: Articles not in the trash that use it.
    articles: int = 0
    #: Articles in the trash that use it.
    trashed: int = 0

    @property
    def used(self) -> bool:
        return self.articles + self.trashed > 0

    @property
    def dimensions(self) -> str:
        """``1600 × 1200``; "" when not known (an SVG has none of its own)."""
        if self.width is None or self.height is None:
            return ""
        return f"{self.width} × {self.height}"

    @property
    def usage_text(self) -> str:
        """``Used in 3 articles (1 more in the trash)``, or ``Not used``."""
        if not self.used:
            return translate("MediaItem", "Not used")
        if not self.articles:
            return translate("MediaItem", "Used in 0 articles in the trash")
        text = translate("MediaItem", "Used in %n article(s)", None, self.articles)
        if self.trashed:
            text += " " + translate("MediaItem", "({count} more in the trash)").format(
                count=self.trashed
            )
        return text


@dataclass(frozen=True)
class ImageFacts:
    """What the bytes of an image are: their type and size in pixels (None for SVG)."""

    mime_type: str
    width: int | None
    height: int | None


# -- reading --------------------------------------------------------------------------------
_COLUMNS = (
    "id, uid, filename, mime_type, length(data), width, height, alt, caption, credit, "
    "created_at, sha256"
)


def list_media(library: Library) -> list[MediaItem]:
    """Every image of the library, newest first, with how many articles use each.

    Reads the text of the articles that refer to an image (one pass over the library),
    never an image's bytes (but for the first kilobytes of one whose size in pixels is
    not stored)."""
    counts = _usage_counts(library.conn)
    rows = library.conn.execute(
        f"SELECT {_COLUMNS} FROM media ORDER BY created_at DESC, id DESC"
    ).fetchall()
    return [_item(library.conn, row, *counts.get(row[0], (0, 0))) for row in rows]


def media_item(library: Library, media_id: int) -> MediaItem:
    """One image of the list, with its counts; :class:`NotFoundError` if there is none."""
    row = library.conn.execute(f"SELECT {_COLUMNS} FROM media WHERE id = ?", [media_id]).fetchone()
    if row is None:
        raise NotFoundError(_no_image(media_id))
    found = usages(library, media_id)
    live = sum(1 for u in found if not u.trashed)
    return _item(library.conn, row, live, len(found) - live)


def unused(library: Library) -> list[MediaItem]:
    """The images no article uses, in the trash or out of it: those that can be deleted."""
    return [item for item in list_media(library) if not item.used]


def usages(library: Library, media_id: int) -> list[Usage]:
    """The articles that use the image, those in the trash last, each list the most
    recently updated first."""
    row = library.conn.execute("SELECT uid FROM media WHERE id = ?", [media_id]).fetchone()
    if row is None:
        raise NotFoundError(_no_image(media_id))
    reference = MEDIA_SCHEME + str(row[0])
    # A reference is "media:" and the 36 characters of the uid, as media_refs reads it.
    sql = """SELECT id, headline, featured_media_id IS ?, instr(body, ?) > 0,
                    deleted_at IS NOT NULL
             FROM articles WHERE featured_media_id = ? OR instr(body, ?) > 0
             ORDER BY deleted_at IS NOT NULL, updated_at DESC, id DESC"""
    return [
        Usage(int(a), str(h), bool(f), bool(b), bool(t))
        for a, h, f, b, t in library.conn.execute(
            sql, [media_id, reference, media_id, reference]
        ).fetchall()
    ]


def _no_image(media_id: int) -> str:
    return translate("MediaList", "There is no image number {number} in this library.").format(
        number=media_id
    )


def describe_usages(found: Sequence[Usage], most: int = 3) -> str:
    """``“Floods close the Rhine”, “Budget” (in the trash) and 2 more``."""
    names = [
        "“{headline}”".format(headline=u.headline or translate("MediaList", "Untitled"))
        + (" " + translate("MediaList", "(in the trash)") if u.trashed else "")
        for u in found[:most]
    ]
    rest = len(found) - len(names)
    if rest:
        return translate("MediaList", "{list} and {count} more").format(
            list=", ".join(names), count=rest
        )
    if len(names) > 1:
        return translate("MediaList", "{list} and {last}").format(
            list=", ".join(names[:-1]), last=names[-1]
        )
    return names[0] if names else ""


def _supported_names() -> str:
    return translate("MediaList", "JPEG, PNG, GIF, WebP or SVG")


def _usage_counts(conn: sqlite3.Connection) -> dict[int, tuple[int, int]]:
    """For each image used: (articles out of the trash, articles in it)."""
    ids = dict(conn.execute("SELECT uid, id FROM media").fetchall())
    if not ids:
        return {}
    users: dict[int, set[tuple[int, bool]]] = {}
    # One pass: the later columns of a row with a long text sit after it on overflow
    # pages, so the featured image costs the same read as the text. The text comes to
    # Python only when it refers to an image.
    sql = f"""SELECT id, deleted_at IS NOT NULL, featured_media_id,
                     CASE WHEN instr(body, '{MEDIA_SCHEME}') > 0 THEN body END
              FROM articles
              WHERE featured_media_id IS NOT NULL OR instr(body, '{MEDIA_SCHEME}') > 0"""
    for article_id, trashed, featured, body in conn.execute(sql):
        used: set[int] = set()
        if featured is not None:
            used.add(int(featured))
        if body is not None:
            used.update(ids[uid] for uid in _MEDIA_UID.findall(body) if uid in ids)
        for media_id in used:
            users.setdefault(media_id, set()).add((int(article_id), bool(trashed)))
    return {
        media_id: (sum(1 for _, t in who if not t), sum(1 for _, t in who if t))
        for media_id, who in users.items()
    }


def _item(conn: sqlite3.Connection, row: Sequence[Any], live: int, trashed: int) -> MediaItem:
    media_id, uid, filename, mime, size, width, height, alt, caption, credit, created, sha = row
    if width is None or height is None:
        width, height = _pixel_size(conn, media_id, mime, size or 0) or (None, None)
    return MediaItem(
        id=media_id,
        uid=uid,
        filename=filename,
        mime_type=mime,
        size=size or 0,
        width=width,
        height=height,
        alt=alt,
        caption=caption,
        credit=credit,
        created_at=datetime.fromisoformat(created),
        sha256=sha,
        articles=live,
        trashed=trashed,
    )


def _pixel_size(
    conn: sqlite3.Connection, media_id: int, mime_type: str, size: int
) -> tuple[int, int] | None:
    """An image's size in pixels from its header: the first kilobytes are read, the
    whole image only when its header is longer (a JPEG with a large EXIF block)."""
    if mime_type == SVG_MIME or size == 0:
        return None
    try:
        with conn.blobopen("media", "data", media_id, readonly=True) as blob:
            head = blob.read(_HEAD_BYTES)
            found = _header_size(head)
            if found is None and size > len(head):
                found = _header_size(head + blob.read())
    except sqlite3.Error:
        return None
    return found


def _header_size(data: bytes) -> tuple[int, int] | None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except Exception:  # a cut-off header, or not an image at all: not known
        return None


# -- checking an image ---------------------------------------------------------------------
def inspect_image(data: bytes, filename: str, mime_type: str = "") -> ImageFacts:
    """Check that ``data`` is a whole image a web page can show (JPEG, PNG, GIF, WebP,
    AVIF or SVG), decoding it; return its real type and size. ``mime_type`` is what the
    file claims to be: the bytes decide. Raises :class:`MediaError`, naming
    ``filename``, for anything else: another format, a damaged or cut-short file, not
    an image at all."""
    name = PurePath(filename).name or filename
    if not data:
        raise MediaError(
            translate(
                "MediaList", "“{name}” is empty: it is not an image. Nothing was changed."
            ).format(name=name)
        )
    if _looks_like_svg(data, mime_type):
        return _inspect_svg(data, name)

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            width, height = image.size
            if kind not in SUPPORTED_FORMATS:
                raise MediaError(
                    translate(
                        "MediaList",
                        "“{name}” is a {kind} image, which web pages do not show. "
                        "Save it as {formats}, then try again. Nothing was changed.",
                    ).format(
                        name=name,
                        kind=kind or translate("MediaList", "kind of"),
                        formats=_supported_names(),
                    )
                )
            if kind == "JPEG":
                # Decoded at an eighth of its size: every byte is still read and checked,
                # at a fraction of the cost of a 40-megapixel photo.
                image.draft(None, (max(1, width // 8), max(1, height // 8)))
            image.load()  # a damaged or cut-short file fails here, not on a site
    except MediaError:
        raise
    except UnidentifiedImageError:
        raise MediaError(
            translate(
                "MediaList",
                "“{name}” is not an image Newsroom can read ({formats}). Nothing was changed.",
            ).format(name=name, formats=_supported_names())
        ) from None
    except Image.DecompressionBombError:
        raise MediaError(
            translate(
                "MediaList",
                "“{name}” has too many pixels to open safely. Make it smaller, then try again. "
                "Nothing was changed.",
            ).format(name=name)
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError) as exc:
        raise MediaError(
            translate(
                "MediaList",
                "“{name}” is damaged or cut short and cannot be read ({problem}). "
                "Nothing was changed.",
            ).format(name=name, problem=exc)
        ) from None
    return ImageFacts(SUPPORTED_FORMATS[kind], width, height)


def _looks_like_svg(data: bytes, mime_type: str) -> bool:
    if mime_type.split(";")[0].strip().lower() == SVG_MIME:
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)


def _inspect_svg(data: bytes, name: str) -> ImageFacts:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise MediaError(
            translate(
                "MediaList",
                "“{name}” is not a readable SVG image ({problem}). Nothing was changed.",
            ).format(name=name, problem=exc)
        ) from None
    if root.tag.rsplit("}", 1)[-1] != "svg":
        raise MediaError(
            translate(
                "MediaList", "“{name}” is an XML file, not an SVG image. Nothing was changed."
            ).format(name=name)
        )
    return ImageFacts(SVG_MIME, None, None)


# -- changing -------------------------------------------------------------------------------
def replace_image(
    library: Library, media_id: int, data: bytes, filename: str, mime_type: str = ""
) -> MediaItem:
    """Put ``data`` in place of the image's bytes, keeping its uid, caption, credit and
    alt text: every article that uses it shows the new picture. The bytes are checked
    first (:func:`inspect_image`); a file that is not a whole image of a supported type
    is refused with a :class:`MediaError` and the library is left as it was. One
    transaction: the file name, type, bytes, hash and size in pixels change together."""
    name = PurePath(filename).name or filename
    media_item(library, media_id)  # NotFoundError before the work of decoding
    facts = inspect_image(data, name, mime_type)
    with library.transaction():
        cursor = library.conn.execute(
            """UPDATE media SET filename = ?, mime_type = ?, data = ?, sha256 = ?,
                                width = ?, height = ?
               WHERE id = ?""",
            [
                name,
                facts.mime_type,
                data,
                hashlib.sha256(data).hexdigest(),
                facts.width,
                facts.height,
                media_id,
            ],
        )
        if cursor.rowcount != 1:  # deleted meanwhile, on another connection
            raise NotFoundError(_no_image(media_id))
        library.media_changed(media_id)
    return media_item(library, media_id)


def delete_media(library: Library, media_id: int) -> None:
    """Delete an image that no article uses (in the trash or out of it). One that is
    used is refused with a :class:`MediaInUseError` naming the articles."""
    with library.transaction():
        row = library.conn.execute("SELECT filename FROM media WHERE id = ?", [media_id]).fetchone()
        if row is None:
            raise NotFoundError(_no_image(media_id))
        found = usages(library, media_id)
        if found:
            raise MediaInUseError(
                translate(
                    "MediaList",
                    "“{name}” is used in %n article(s): {articles}. Take it out of "
                    "them first; nothing was deleted.",
                    None,
                    len(found),
                ).format(name=row[0], articles=describe_usages(found)),
                found,
            )
        library.conn.execute("DELETE FROM media WHERE id = ?", [media_id])
