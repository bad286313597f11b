"""Each article's sync state on its targets, as the list and the editor show it:
not published, queued, synced, changed since sync, failed, conflict.

It is worked out from the outbox, ``sync_state`` and the article's fields (for
"changed since sync", compared with the hash recorded at the last sync), for many
articles in one query, so a list of them shows their states at no cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

from newsroom.core.change_hash import HASH_COLUMNS, HASH_JOIN, source_hash
from newsroom.core.library import Library
from newsroom.core.publish.base import SyncState
from newsroom.core.publish.outbox import ConflictInfo, EntryState
from newsroom.core.search import Row


@dataclass(frozen=True)
class TargetSync:
    """An article on one target, as the editor shows it."""

    target_id: int
    target_name: str
    state: SyncState
    remote_url: str
    synced_at: datetime | None
    #: The server's message when it failed, or the conflict's.
    message: str


#: Which state an article shows when its targets differ: the one that needs the
#: journalist most.
_PRECEDENCE = (
    SyncState.CONFLICT,
    SyncState.FAILED,
    SyncState.QUEUED,
    SyncState.CHANGED,
    SyncState.SYNCED,
    SyncState.NOT_PUBLISHED,
)


def _derive(
    paused: bool,
    stored: str | None,
    stored_hash: str | None,
    conflict_json: str | None,
    pending: set[str],
    current_hash: Callable[[], str],
) -> SyncState:
    keep_mine = bool(conflict_json) and ConflictInfo.from_json(conflict_json or "{}").keep_mine
    if EntryState.ATTENTION in pending:
        return SyncState.CONFLICT if conflict_json and not keep_mine else SyncState.FAILED
    if pending:
        return SyncState.FAILED if paused else SyncState.QUEUED
    if conflict_json and not keep_mine:
        return SyncState.CONFLICT
    if stored == "synced":
        return SyncState.SYNCED if current_hash() == stored_hash else SyncState.CHANGED
    return SyncState.NOT_PUBLISHED


_STATE_SQL = f"""SELECT a.id, t.id, t.paused, s.state, s.content_hash, s.conflict,
    (SELECT group_concat(o.state) FROM outbox o WHERE o.article_id = a.id
        AND o.target_id = t.id AND o.state != 'done'),
    {HASH_COLUMNS}
    FROM articles a CROSS JOIN targets t
    LEFT JOIN sync_state s ON s.article_id = a.id AND s.target_id = t.id
    {HASH_JOIN}"""


def _state_rows(
    library: Library, article_ids: Sequence[int], target_id: int | None
) -> Iterator[tuple[int, int, SyncState]]:
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = f"{_STATE_SQL} WHERE a.id IN ({','.join('?' * len(chunk))})"
        params: list[Any] = list(chunk)
        if target_id is not None:
            sql += " AND t.id = ?"
            params.append(target_id)
        for row in library.conn.execute(sql, params):
            pending = set(row[6].split(",")) if row[6] else set()
            values: tuple[Any, ...] = tuple(row[7:])
            state = _derive(
                bool(row[2]), row[3], row[4], row[5], pending, partial(source_hash, values)
            )
            yield row[0], row[1], state


def sync_states(
    library: Library, article_ids: Sequence[int], *, target_id: int | None = None
) -> dict[int, SyncState]:
    """Each article's sync state, on one target or (by default) over all of them, the
    most pressing first: a conflict anywhere shows as a conflict. One query per 500
    articles; an unknown id shows as not published."""
    result = dict.fromkeys(article_ids, SyncState.NOT_PUBLISHED)
    rank = {state: i for i, state in enumerate(_PRECEDENCE)}
    for article_id, _target, state in _state_rows(library, article_ids, target_id):
        if rank[state] < rank[result[article_id]]:
            result[article_id] = state
    return result


def article_sync(library: Library, article_id: int) -> list[TargetSync]:
    """The article on every target, for the editor."""
    states = {t: s for _a, t, s in _state_rows(library, [article_id], None)}
    rows = library.conn.execute(
        """SELECT t.id, t.name, s.remote_url, s.synced_at, s.conflict,
                  (SELECT o.last_error FROM outbox o WHERE o.article_id = ? AND
                   o.target_id = t.id AND o.state != 'done' ORDER BY o.id DESC LIMIT 1)
           FROM targets t LEFT JOIN sync_state s ON s.target_id = t.id AND s.article_id = ?
           ORDER BY t.name COLLATE NOCASE, t.id""",
        [article_id, article_id],
    ).fetchall()
    out = []
    for target_id, name, url, synced_at, conflict_json, error in rows:
        message = error or ""
        if conflict_json and not message:
            message = ConflictInfo.from_json(conflict_json).message
        out.append(
            TargetSync(
                target_id,
                name,
                states.get(target_id, SyncState.NOT_PUBLISHED),
                url or "",
                datetime.fromisoformat(synced_at) if synced_at else None,
                message,
            )
        )
    return out


__all__ = ["TargetSync", "article_sync", "sync_states", "with_sync_states"]


def with_sync_states(library: Library, rows: Sequence[Row]) -> list[Row]:
    """The library browser's ``rows`` with the most pressing sync state of each over
    the targets ("" for one never published)."""
    found = sync_states(library, [row.id for row in rows])
    return [
        replace(
            row, sync_state="" if found[row.id] is SyncState.NOT_PUBLISHED else found[row.id].value
        )
        for row in rows
    ]
