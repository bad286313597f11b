"""What the publishing tests make alike: real images, and what the outbox sends."""

from __future__ import annotations

import hashlib
import io
import struct
import uuid
import zlib
from typing import Any

from PIL import Image

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish.assemble import assemble
from newsroom.core.publish.base import Action, Outgoing, OutgoingMedia


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


def outgoing_item(token: str, **changes: Any) -> Outgoing:
    """An article as a site's client receives it, named with ``token`` so that a search
    on a shared test site finds only the test's own; ``changes`` replace fields."""
    values: dict[str, Any] = {
        "article_id": 1,
        "uid": str(uuid.uuid4()),
        "slug": f"eu-summit-{token}",
        "action": Action.PUBLISH,
        "headline": f"EU summit ends {token}",
        "standfirst": "Leaders agree on the budget.",
        "body_html": "<h2 id='deal'>The deal</h2>\n<p>Leaders agreed &amp; went home.</p>",
        "body_markdown": "## The deal\n\nLeaders agreed & went home.",
        # No byline: the tests of bylines (a user, or a line) give one.
        "byline": "",
        "dateline": "BRUSSELS",
        "language": "en",
        "section_path": (),
        "section_slugs": (),
        "tags": (),
        "published_at": None,
        "embargo_until": None,
        "media": (),
        "idempotency_key": str(uuid.uuid4()),
    }
    values.update(changes)
    return Outgoing(**values)


def square_png(colour: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def outgoing_picture(library: Library, name: str, colour: str, *, featured: bool) -> OutgoingMedia:
    """A real PNG of one colour, in the library and as a client receives it."""
    data = square_png(colour)
    media = library.add_media(name, "image/png", data, alt=f"{colour} alt")
    return OutgoingMedia(
        media_id=media.id,
        uid=media.uid,
        filename=name,
        mime_type="image/png",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        alt=f"A {colour} square",
        caption=f"The {colour} one",
        credit="AP Photo",
        local_url=f"newsroom://media/{media.uid}",
        featured=featured,
    )
