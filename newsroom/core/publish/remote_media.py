"""Which of an article's images a target has already: the ``remote_media`` table.

A client that uploads images keeps, per target and image, where the upload went and
the hash of the rendition it sent; the next sync sends the image again only when that
hash changed (a new original, credit or image setting). Reading or writing it never
stops a publish: a read-only library, or a target removed meanwhile, only costs a
second upload.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsroom.core.library import Library
    from newsroom.core.publish.base import OutgoingMedia


def known_url(library: Library, target_id: int, media: OutgoingMedia) -> str | None:
    """Where ``media``'s rendition is on the target, if it was uploaded there."""
    try:
        row = library.conn.execute(
            "SELECT remote_url FROM remote_media WHERE target_id = ? AND media_id = ? "
            "AND sha256 = ?",
            [target_id, media.media_id, media.sha256],
        ).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def remember(
    library: Library, target_id: int, media: OutgoingMedia, url: str, remote_id: str = ""
) -> None:
    """Keep where ``media`` went (``remote_id``: the target's own id for it, else the URL)."""
    with contextlib.suppress(sqlite3.Error):
        library.conn.execute(
            "INSERT OR REPLACE INTO remote_media "
            "(target_id, media_id, remote_id, remote_url, sha256) VALUES (?, ?, ?, ?, ?)",
            [target_id, media.media_id, remote_id or url, url, media.sha256],
        )
