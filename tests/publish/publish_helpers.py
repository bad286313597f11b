"""What the publishing tests make alike: real images, and what the outbox sends."""

from __future__ import annotations

import struct
import zlib

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish.assemble import assemble
from newsroom.core.publish.base import Action, Outgoing


def png(red: int, green: int, blue: int) -> bytes:
    """A real 2×2 PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + bytes([red, green, blue]) * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def outgoing(library: Library, article: Article, action: Action = Action.PUBLISH) -> Outgoing:
    """What the outbox sends for ``article``, saved first when it differs from the
    library's copy (tests pass edited copies); an unchanged article keeps its time."""
    assert article.id is not None
    if article != library.article(article.id):
        library.save_article(article)
    return assemble(library, article.id, action, idempotency_key=f"{article.uid}-{action}")
