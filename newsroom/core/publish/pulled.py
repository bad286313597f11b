"""What a pull does the same whatever the site: find the article a post is linked to,
decide what to do with it, and link the two as a sync would.

A post is linked to its article through ``sync_state`` (remote id, the site's own
modification time, the change hash of the article when last synced). A post this
library sent whose link was lost names its article (WordPress: a marker; Ghost: an
element): it is linked again, and neither side is overwritten. An article edited in
the library since its last sync is never overwritten: the pull skips it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from newsroom.core.change_hash import article_hash
from newsroom.core.model import Article, utcnow

if TYPE_CHECKING:
    from newsroom.core.library import Library


@dataclass(frozen=True)
class Link:
    """An article's link to a post, as the last sync (or pull) left it; empty times
    and hash for a post found by the article it names."""

    article_id: int
    remote_modified: str = ""
    synced_at: str = ""
    synced_hash: str = ""


class Step(Enum):
    NEW = "new"  # no article yet: make one
    RELINK = "relink"  # found by the article it names: link it, change neither side
    UNCHANGED = "unchanged"  # the post did not change since the last sync
    SKIPPED = "skipped"  # the article changed here since: leave it
    UPDATE = "update"  # write the post into the article


def new_article(library: Library) -> Article:
    """The article a new post starts from: empty, in the library's time zone (as the
    window's new articles are; see :meth:`~newsroom.core.library.Library.default_timezone`),
    so that its page tells the time as the library's other articles do."""
    return Article(timezone=library.default_timezone())


def linked(library: Library, target_id: int, remote_id: str, uid: str | None) -> Link | None:
    """The article post ``remote_id`` is linked to on the target, or the article ``uid``
    names (the post says which article it was made from), or None."""
    row = library.conn.execute(
        "SELECT s.article_id, ifnull(s.remote_modified, ''), ifnull(s.synced_at, ''), "
        "ifnull(s.content_hash, '') FROM sync_state s JOIN articles a ON a.id = s.article_id "
        "WHERE s.target_id = ? AND s.remote_id = ?",
        [target_id, remote_id],
    ).fetchone()
    if row is not None:
        return Link(int(row[0]), str(row[1]), str(row[2]), str(row[3]))
    if uid:
        found = library.conn.execute("SELECT id FROM articles WHERE uid = ?", [uid]).fetchone()
        if found is not None:
            return Link(int(found[0]))
    return None


def step(library: Library, link: Link | None, article: Article | None, modified: str,
         *, force: bool = False) -> Step:  # fmt: skip
    """What to do with a post last modified at ``modified`` on the site, linked by
    ``link`` to ``article``; ``force`` takes the site's version whatever changed."""
    if link is None or article is None:
        return Step.NEW
    if not link.synced_at and not force:
        return Step.RELINK
    if not force and link.remote_modified == modified:
        return Step.UNCHANGED
    if not force and _changed_here(library, article, link):
        return Step.SKIPPED
    return Step.UPDATE


def _changed_here(library: Library, article: Article, link: Link) -> bool:
    """Whether the article was edited in the library since its last sync: its change
    hash moved on, or, with none recorded, it was saved after the sync."""
    if link.synced_hash:
        return article_hash(library, int(article.id or 0)) != link.synced_hash
    return article.updated_at > datetime.fromisoformat(link.synced_at)


def record(
    library: Library, article: Article, target_id: int, remote_id: str, url: str, modified: str
) -> None:
    """Link ``article`` to post ``remote_id`` as a sync would: synced now, with its
    change hash."""
    db = library.db
    with db.atomic():
        db.execute(
            "INSERT INTO sync_state (article_id, target_id, remote_id, remote_url, "
            "remote_modified, content_hash, synced_at, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'synced') "
            "ON CONFLICT (article_id, target_id) DO UPDATE SET "
            "remote_id = excluded.remote_id, remote_url = excluded.remote_url, "
            "remote_modified = excluded.remote_modified, "
            "content_hash = excluded.content_hash, synced_at = excluded.synced_at, "
            "state = 'synced', conflict = NULL",
            [
                article.id,
                target_id,
                remote_id,
                url,
                modified,
                article_hash(library, int(article.id or 0)),
                utcnow().isoformat(),
            ],
        )
