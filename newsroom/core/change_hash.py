"""The change hash: what an article sends to a target, fingerprinted straight from its
row in the library.

The outbox stores it at each sync, and the lists compare it ("changed since sync") for
many articles in one query without rendering any; the library's migrations make it
anew when the columns it covers grow. It lives with the store, below publishing
(:mod:`newsroom.core.publish.assemble` makes the Outgoing these columns describe).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newsroom.core.errors import NotFoundError
from newsroom.core.i18n import translate

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The article's columns an Outgoing is made of (``a`` is ``articles``, ``fm`` the
#: featured image), in the order :func:`source_hash` reads them.
HASH_COLUMNS = (
    "a.slug, a.headline, a.standfirst, a.body, a.byline, a.dateline, a.language, "
    "a.section_id, a.tags_text, a.published_at, a.embargo_until, a.featured_media_id, "
    "fm.sha256, fm.alt, fm.caption, fm.credit, a.seo_title, a.seo_description, a.timezone, "
    # the related links, in order, and the corrections and updates
    "(SELECT group_concat(ifnull(r.target_id, '') || '|' || ifnull(r.url, '') || '|' "
    "|| r.title, char(10)) FROM (SELECT * FROM related_links WHERE article_id = a.id "
    "ORDER BY position) r), "
    "(SELECT group_concat(n.kind || '|' || n.at || '|' || n.text, char(10)) FROM "
    "(SELECT * FROM article_notes WHERE article_id = a.id ORDER BY at, id) n), "
    # edits and replacements of the images it shows (the featured one's crop, a photo
    # replaced in the text): see Library.update_media
    "a.media_edits"
)
HASH_JOIN = "LEFT JOIN media fm ON fm.id = a.featured_media_id"
_HASH_WIDTH = 22  # the values above (the two subqueries hold commas of their own)


def source_hash(values: Sequence[Any]) -> str:
    """The fingerprint of an article's :data:`HASH_COLUMNS` values."""
    if len(values) != _HASH_WIDTH:
        raise ValueError(f"source_hash needs {_HASH_WIDTH} values, not {len(values)}")
    return fingerprint(values)


def fingerprint(values: Sequence[Any]) -> str:
    """The change hash of any list of columns: :func:`source_hash` without its count,
    for the migrations that hash an earlier format's columns."""
    text = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def article_hash(library: Library, article_id: int) -> str:
    """The article's :func:`source_hash` as it is now."""
    row = library.conn.execute(
        f"SELECT {HASH_COLUMNS} FROM articles a {HASH_JOIN} WHERE a.id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(
            translate("ChangeHash", "There is no article number {number} in this library.").format(
                number=article_id
            )
        )
    return source_hash(row)
