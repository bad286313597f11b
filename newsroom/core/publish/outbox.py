"""The outbox: what is to be sent where, what happened, and each article's sync state.

Everything lives in the library (tables ``outbox``, ``sync_state``, ``sync_log``),
so entries survive quitting and ``kill -9``. Every write here is one short
``BEGIN IMMEDIATE`` transaction: the GUI writes to the same file at the same time.

An entry moves ``queued`` → ``sending`` → ``done``, or back to ``queued`` (a
temporary failure, with ``next_attempt_at``; the target paused after a 401), or to
``attention`` (the server refused it, or a conflict waits for the journalist).
``attempts`` counts the times an entry was handed to a client: one above zero means
a create may already have reached the server, so the client looks before creating.

A new request for an article and target folds into the entry already queued for
them (publish + update is one publish), but never into one being sent, and an
unpublish never replaces a publish that may have made the post already.

What each article's state is on its targets is :mod:`newsroom.core.publish.states`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from newsroom.core.change_hash import article_hash
from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.publish.base import Action, Conflict, Remote, Target, field_names
from newsroom.core.publish.failures import split_detail, with_technical


class EntryState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    ATTENTION = "attention"


class Outcome(StrEnum):
    """What the sync log records for an attempt or a decision."""

    SENT = "sent"
    RETRY = "retry"  # a temporary failure: tried again later
    ATTENTION = "attention"  # refused by the server
    PAUSED = "paused"  # credentials refused: the target waits for new ones
    CONFLICT = "conflict"
    SKIPPED = "skipped"  # nothing to do (unpublish of what never went out, trash)
    POSTPONED = "postponed"  # not before its time (embargo, schedule)
    INTERRUPTED = "interrupted"  # Newsroom stopped while sending
    DISCARDED = "discarded"
    RESOLVED = "resolved"  # a conflict decided by the journalist
    FAILED = "failed"  # a run, a pull or a check that went wrong: see its technical detail


@dataclass(frozen=True)
class Entry:
    id: int
    target_id: int
    target_name: str
    article_id: int
    slug: str
    headline: str
    action: Action
    state: EntryState
    idempotency_key: str
    attempts: int
    next_attempt_at: datetime | None
    not_before: datetime | None
    last_error: str | None
    last_attempt_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: datetime
    target_id: int | None
    target_name: str
    article_id: int | None
    slug: str
    headline: str
    action: str
    outcome: str
    #: The sentence for the journalist, and after it, for an error nobody expected,
    #: its technical detail (:func:`~.failures.with_technical`).
    detail: str

    @property
    def message(self) -> str:
        """What the journalist reads of this attempt: the sentence alone."""
        return split_detail(self.detail)[0]

    @property
    def technical(self) -> str:
        """The error's type, message and traceback, for a bug report ("" if none)."""
        return split_detail(self.detail)[1]


@dataclass(frozen=True)
class ConflictInfo:
    """A conflict as stored: ``fields`` maps a field to its ``(local, remote)`` pair."""

    message: str
    remote: Remote
    fields: dict[str, tuple[str, str]]
    #: The journalist chose to keep theirs: the next send overwrites the remote copy.
    keep_mine: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {
                "message": self.message,
                "remote": {
                    "remote_id": self.remote.remote_id,
                    "url": self.remote.url,
                    "modified": self.remote.modified,
                },
                "fields": {k: [local, remote] for k, (local, remote) in self.fields.items()},
                "keep_mine": self.keep_mine,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ConflictInfo:
        data = json.loads(text)
        remote = data.get("remote") or {}
        return cls(
            message=str(data.get("message", "")),
            remote=Remote(
                str(remote.get("remote_id", "")),
                str(remote.get("url", "")),
                str(remote.get("modified", "")),
            ),
            fields={k: (str(v[0]), str(v[1])) for k, v in (data.get("fields") or {}).items()},
            keep_mine=bool(data.get("keep_mine", False)),
        )


# -- plumbing ----------------------------------------------------------------------------
def _iso(moment: datetime) -> str:
    """Stored times are UTC ISO text, so that text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("outbox times must be timezone-aware")
    return moment.astimezone(UTC).isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def transaction(library: Library) -> Iterator[Any]:
    """One short write transaction on ``library``'s connection.

    ``BEGIN IMMEDIATE`` takes the write lock at the start (waiting up to the busy
    timeout for the GUI's writer), so a transaction that reads before it writes never
    fails half-way because another writer committed in between."""
    if library.read_only:
        raise ReadOnlyError(
            translate("Outbox", "“{name}” is open read-only; nothing was changed.").format(
                name=library.path.name
            )
        )
    conn = library.conn
    if conn.in_transaction:  # inside a caller's transaction: a savepoint
        conn.execute("SAVEPOINT outbox")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO SAVEPOINT outbox")
            conn.execute("RELEASE SAVEPOINT outbox")
            raise
        conn.execute("RELEASE SAVEPOINT outbox")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _log(
    conn: Any,
    *,
    at: datetime,
    outcome: Outcome,
    detail: str = "",
    entry_id: int | None = None,
    target_id: int | None = None,
    article_id: int | None = None,
    action: str = "",
) -> None:
    conn.execute(
        "INSERT INTO sync_log (outbox_id, target_id, article_id, at, outcome, detail, action) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [entry_id, target_id, article_id, _iso(at), outcome.value, detail, action],
    )


def _log_entry(conn: Any, entry: Entry, at: datetime, outcome: Outcome, detail: str = "") -> None:
    _log(
        conn,
        at=at,
        outcome=outcome,
        detail=detail,
        entry_id=entry.id,
        target_id=entry.target_id,
        article_id=entry.article_id,
        action=entry.action.value,
    )


_ENTRY_SELECT = """SELECT o.id, o.target_id, t.name, o.article_id, a.slug, a.headline, o.action,
    o.state, o.idempotency_key, o.attempts, o.next_attempt_at, o.not_before, o.last_error,
    o.last_attempt_at, o.created_at, o.updated_at
    FROM outbox o JOIN targets t ON t.id = o.target_id JOIN articles a ON a.id = o.article_id"""


def _entry(row: Sequence[Any]) -> Entry:
    return Entry(
        id=row[0],
        target_id=row[1],
        target_name=row[2],
        article_id=row[3],
        slug=row[4],
        headline=row[5],
        action=Action(row[6]),
        state=EntryState(row[7]),
        idempotency_key=row[8],
        attempts=row[9],
        next_attempt_at=_dt(row[10]),
        not_before=_dt(row[11]),
        last_error=row[12],
        last_attempt_at=_dt(row[13]),
        created_at=datetime.fromisoformat(row[14]),
        updated_at=datetime.fromisoformat(row[15]),
    )


def schedules_itself(target: Target) -> bool:
    """Whether an embargoed or scheduled article may be sent to the target before its
    time, for the site to hold it (WordPress ``future``). Never by default: an embargo
    is a hard stop, and the story stays on this machine until its time. A target whose
    kind has the switch for it may opt in (WordPress's ``schedules``)."""
    return target.kind.schedules_itself(target.settings)


# -- reading ----------------------------------------------------------------------------
def entry(library: Library, entry_id: int) -> Entry:
    row = library.conn.execute(f"{_ENTRY_SELECT} WHERE o.id = ?", [entry_id]).fetchone()
    if row is None:
        raise NotFoundError(
            translate("Outbox", "There is no outbox entry number {number}.").format(number=entry_id)
        )
    return _entry(row)


def entries(
    library: Library,
    *,
    target_id: int | None = None,
    article_id: int | None = None,
    include_done: bool = False,
) -> list[Entry]:
    """The outbox in the order it is sent: entries not done (all with ``include_done``)."""
    sql = f"{_ENTRY_SELECT} WHERE 1"
    params: list[Any] = []
    if not include_done:
        sql += " AND o.state != 'done'"
    if target_id is not None:
        sql += " AND o.target_id = ?"
        params.append(target_id)
    if article_id is not None:
        sql += " AND o.article_id = ?"
        params.append(article_id)
    return [_entry(r) for r in library.conn.execute(sql + " ORDER BY o.id", params).fetchall()]


#: No earlier entry of the same article and target is still to be sent or decided:
#: an article's entries go in order (a publish before its unpublish).
_FIRST_IN_LINE = """NOT EXISTS (SELECT 1 FROM outbox p WHERE p.article_id = o.article_id
    AND p.target_id = o.target_id AND p.state != 'done' AND p.id < o.id)"""


def due(
    library: Library,
    now: datetime,
    *,
    target_id: int | None = None,
    exclude: Iterable[int] = (),
    exclude_targets: Iterable[int] = (),
    limit: int | None = None,
) -> list[Entry]:
    """Queued entries of unpaused targets whose time has come (``next_attempt_at``
    after a failure, ``not_before`` for an embargo or a schedule), in order."""
    stamp = _iso(now)
    sql = f"""{_ENTRY_SELECT}
        WHERE o.state = 'queued' AND t.paused = 0
          AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
          AND (o.not_before IS NULL OR o.not_before <= ?)
          AND {_FIRST_IN_LINE}"""
    params: list[Any] = [stamp, stamp]
    if target_id is not None:
        sql += " AND o.target_id = ?"
        params.append(target_id)
    skip = sorted(set(exclude))
    if skip:
        sql += f" AND o.id NOT IN ({','.join('?' * len(skip))})"
        params.extend(skip)
    stopped = sorted(set(exclude_targets))
    if stopped:
        sql += f" AND o.target_id NOT IN ({','.join('?' * len(stopped))})"
        params.extend(stopped)
    sql += " ORDER BY o.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_entry(r) for r in library.conn.execute(sql, params).fetchall()]


def next_due(library: Library, *, target_id: int | None = None) -> datetime | None:
    """The earliest moment a queued entry of an unpaused target may go; None if none
    waits. It may lie in the past (something is due now)."""
    sql = f"""SELECT min(max(ifnull(o.next_attempt_at, ''), ifnull(o.not_before, '')))
             FROM outbox o JOIN targets t ON t.id = o.target_id
             WHERE o.state = 'queued' AND t.paused = 0 AND {_FIRST_IN_LINE}"""
    params: list[Any] = []
    if target_id is not None:
        sql += " AND o.target_id = ?"
        params.append(target_id)
    row = library.conn.execute(sql, params).fetchone()
    if row is None or row[0] is None:
        return None
    # '' sorts first: an entry with neither time is due at once.
    return _dt(row[0]) or datetime.min.replace(tzinfo=UTC)


def known_remote(library: Library, article_id: int, target_id: int) -> Remote | None:
    """What the target knows the article as since the last sync; None if it never had it."""
    row = library.conn.execute(
        "SELECT remote_id, remote_url, remote_modified FROM sync_state "
        "WHERE article_id = ? AND target_id = ? AND remote_id IS NOT NULL",
        [article_id, target_id],
    ).fetchone()
    return Remote(row[0], row[1] or "", row[2] or "") if row else None


def conflict(library: Library, article_id: int, target_id: int) -> ConflictInfo | None:
    """The conflict waiting for the journalist, if any."""
    row = library.conn.execute(
        "SELECT conflict FROM sync_state WHERE article_id = ? AND target_id = ?",
        [article_id, target_id],
    ).fetchone()
    return ConflictInfo.from_json(row[0]) if row and row[0] else None


def sync_log(
    library: Library,
    *,
    target_id: int | None = None,
    article_id: int | None = None,
    limit: int = 200,
) -> list[LogEntry]:
    """The latest attempts and decisions, newest first."""
    sql = """SELECT l.id, l.at, l.target_id, ifnull(t.name, ''), l.article_id,
                    ifnull(a.slug, ''), ifnull(a.headline, ''), l.action, l.outcome, l.detail
             FROM sync_log l LEFT JOIN targets t ON t.id = l.target_id
             LEFT JOIN articles a ON a.id = l.article_id WHERE 1"""
    params: list[Any] = []
    if target_id is not None:
        sql += " AND l.target_id = ?"
        params.append(target_id)
    if article_id is not None:
        sql += " AND l.article_id = ?"
        params.append(article_id)
    sql += " ORDER BY l.at DESC, l.id DESC LIMIT ?"
    params.append(limit)
    return [
        LogEntry(r[0], datetime.fromisoformat(r[1]), *r[2:])
        for r in library.conn.execute(sql, params).fetchall()
    ]


# -- enqueueing -------------------------------------------------------------------------
def _merge(queued: Action, new: Action) -> Action:
    """One action for an entry not yet sent and a new request for the same article."""
    if new is Action.UNPUBLISH:
        return Action.UNPUBLISH
    if queued is Action.UNPUBLISH:
        # An update does not bring back what the journalist took down; a publish does.
        return Action.PUBLISH if new is Action.PUBLISH else Action.UNPUBLISH
    if Action.PUBLISH in (queued, new):
        return Action.PUBLISH
    return Action.UPDATE


def _not_before(
    conn: Any, article_id: int, action: Action, target: Target, now: datetime
) -> str | None:
    """The earliest send time for a publish or update to a target that does not
    schedule by itself: the later of publication time and embargo, if in the future."""
    if action is Action.UNPUBLISH or schedules_itself(target):
        return None
    row = conn.execute(
        "SELECT published_at, embargo_until FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    times = [t for t in (_dt(row[0]), _dt(row[1])) if t is not None] if row else []
    later = max(times) if times else None
    return _iso(later) if later is not None and later > now else None


def _drop_refused(
    conn: Any, entry_id: int, target_id: int, article_id: int, action: Action, now: datetime
) -> None:
    conn.execute(
        "UPDATE outbox SET state = 'done', next_attempt_at = NULL, updated_at = ? WHERE id = ?",
        [_iso(now), entry_id],
    )
    conn.execute(
        "UPDATE sync_state SET conflict = NULL, state = CASE WHEN remote_id IS NULL "
        "THEN 'not_published' ELSE 'synced' END "
        "WHERE article_id = ? AND target_id = ? AND conflict IS NOT NULL",
        [article_id, target_id],
    )
    _log(
        conn,
        at=now,
        outcome=Outcome.DISCARDED,
        detail=translate("Outbox", "Dropped: the article is being taken off the site."),
        entry_id=entry_id,
        target_id=target_id,
        article_id=article_id,
        action=action.value,
    )


def enqueue(
    library: Library,
    article_id: int,
    target: Target,
    action: Action,
    *,
    now: datetime | None = None,
) -> Entry | None:
    """Ask for ``action`` on ``target``; returns the entry that will carry it, or None
    when nothing needs sending (an unpublish of an article that never went out).

    An update of an article the target never had becomes a publish. A publish or an
    update of an article the desk has not approved is refused before anything is
    queued (:class:`~newsroom.core.publish.approval.NotApproved`, which says why)."""
    now = now or _now()
    action = Action(action)
    if action is not Action.UNPUBLISH:
        # The checklist (and Markdown) load with the first publish, not with the window.
        from newsroom.core.publish import approval

        approval.check(library, article_id, now=now)
    with transaction(library) as conn:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise NotFoundError(
                translate("Outbox", "There is no article number {number} in this library.").format(
                    number=article_id
                )
            )
        known = known_remote(library, article_id, target.id)
        last = conn.execute(
            "SELECT id, action, state, attempts FROM outbox WHERE article_id = ? "
            "AND target_id = ? AND state != 'done' ORDER BY id DESC LIMIT 1",
            [article_id, target.id],
        ).fetchone()
        if last is not None and action is Action.UNPUBLISH and last[2] == EntryState.ATTENTION:
            # A take-down never waits behind a send the server refused (or a conflict):
            # that send is dropped, and the take-down goes.
            _drop_refused(conn, last[0], target.id, article_id, Action(last[1]), now)
            last = None
        if last is None and known is None:
            if action is Action.UNPUBLISH:
                return None
            action = Action.PUBLISH
        entry_id: int | None = None
        if last is not None:
            last_id, last_action, last_state, attempts = last
            last_action = Action(last_action)
            may_have_created = last_action is Action.PUBLISH and attempts > 0 and known is None
            if last_state == EntryState.SENDING or (
                action is Action.UNPUBLISH and may_have_created
            ):
                pass  # in flight, or it may have made the post: a new entry follows it
            elif action is Action.UNPUBLISH and known is None and last_action is Action.PUBLISH:
                # Never sent, never on the site: withdrawing it is enough.
                conn.execute("DELETE FROM outbox WHERE id = ?", [last_id])
                _log(
                    conn,
                    at=now,
                    outcome=Outcome.DISCARDED,
                    detail=translate("Outbox", "Withdrawn before it was sent."),
                    entry_id=None,
                    target_id=target.id,
                    article_id=article_id,
                    action=Action.PUBLISH.value,
                )
                return None
            else:
                merged = _merge(last_action, action)
                conn.execute(
                    "UPDATE outbox SET action = ?, state = 'queued', not_before = ?, "
                    "next_attempt_at = CASE WHEN state = 'attention' THEN NULL "
                    "ELSE next_attempt_at END, updated_at = ? WHERE id = ?",
                    [
                        merged.value,
                        _not_before(conn, article_id, merged, target, now),
                        _iso(now),
                        last_id,
                    ],
                )
                entry_id = last_id
        if entry_id is None:
            cursor = conn.execute(
                "INSERT INTO outbox (target_id, article_id, action, state, idempotency_key, "
                "attempts, not_before, created_at, updated_at) "
                "VALUES (?, ?, ?, 'queued', ?, 0, ?, ?, ?)",
                [
                    target.id,
                    article_id,
                    action.value,
                    uuid.uuid4().hex,
                    _not_before(conn, article_id, action, target, now),
                    _iso(now),
                    _iso(now),
                ],
            )
            entry_id = int(cursor.lastrowid or 0)
    return entry(library, entry_id)


def enqueue_check(
    library: Library, article_id: int, target: Target, at: datetime, *, now: datetime | None = None
) -> Entry | None:
    """Queue an update for ``at``, when a site that held the article until its time
    should have it live: sending it then confirms it (or publishes it). Nothing is
    added while another entry of the article waits for that target."""
    now = now or _now()
    with transaction(library) as conn:
        waiting = conn.execute(
            "SELECT 1 FROM outbox WHERE article_id = ? AND target_id = ? AND state != 'done'",
            [article_id, target.id],
        ).fetchone()
        if waiting is not None:
            return None
        cursor = conn.execute(
            "INSERT INTO outbox (target_id, article_id, action, state, idempotency_key, "
            "attempts, not_before, created_at, updated_at) "
            "VALUES (?, ?, 'update', 'queued', ?, 0, ?, ?, ?)",
            [target.id, article_id, uuid.uuid4().hex, _iso(at), _iso(now), _iso(now)],
        )
        entry_id = int(cursor.lastrowid or 0)
    return entry(library, entry_id)


# -- recording what happened --------------------------------------------------------------
def mark_sending(library: Library, item: Entry, now: datetime) -> bool:
    """Claim a queued entry for one attempt; False if it is no longer queued."""
    with transaction(library) as conn:
        cursor = conn.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
            "last_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'",
            [_iso(now), _iso(now), item.id],
        )
        return bool(cursor.rowcount == 1)


def record_sent(
    library: Library,
    item: Entry,
    remote: Remote,
    content_hash: str | None,
    now: datetime,
    *,
    sent: str | None = None,
    detail: str = "",
) -> None:
    """The target has it: the entry is done and the article synced (or, after an
    unpublish, known to the target but off the site). ``sent``: what it was sent, as
    :func:`newsroom.core.publish.changes.sent_json` has it (kept for the next "what
    will change"); ``detail``: more for the sync log."""
    state = "unpublished" if item.action is Action.UNPUBLISH else "synced"
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'done', last_error = NULL, next_attempt_at = NULL, "
            "updated_at = ? WHERE id = ?",
            [_iso(now), item.id],
        )
        conn.execute(
            """INSERT INTO sync_state (article_id, target_id, remote_id, remote_url,
                   remote_modified, content_hash, synced_at, state, conflict, sent)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
               ON CONFLICT (article_id, target_id) DO UPDATE SET remote_id = excluded.remote_id,
                   remote_url = excluded.remote_url, remote_modified = excluded.remote_modified,
                   content_hash = excluded.content_hash, synced_at = excluded.synced_at,
                   state = excluded.state, conflict = NULL,
                   sent = ifnull(excluded.sent, sent)""",
            [
                item.article_id,
                item.target_id,
                remote.remote_id,
                remote.url,
                remote.modified,
                content_hash,
                _iso(now),
                state,
                sent,
            ],
        )
        where = remote.url or remote.remote_id
        _log_entry(conn, item, now, Outcome.SENT, " ".join(filter(None, [where, detail])))


def restamp(
    library: Library,
    article_id: int,
    old_hash: str,
    new_hash: str,
    published_at: datetime | None,
) -> None:
    """The library marked a synced article published (the site stamped its time): the
    records made with ``old_hash`` take ``new_hash``, and what was sent its time, so
    the article does not show as changed."""
    when = f"{published_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if published_at else ""
    with transaction(library) as conn:
        rows = conn.execute(
            "SELECT target_id, sent FROM sync_state WHERE article_id = ? AND content_hash = ?",
            [article_id, old_hash],
        ).fetchall()
        for target_id, sent in rows:
            try:
                fields = json.loads(sent) if sent else None
            except ValueError:
                fields = None
            if isinstance(fields, dict) and not fields.get("published"):
                fields["published"] = when
                sent = json.dumps(fields, ensure_ascii=False, sort_keys=True)
            conn.execute(
                "UPDATE sync_state SET content_hash = ?, sent = ? "
                "WHERE article_id = ? AND target_id = ?",
                [new_hash, sent, article_id, target_id],
            )


def record_retry(
    library: Library,
    item: Entry,
    message: str,
    next_attempt_at: datetime,
    now: datetime,
    *,
    hold_target_until: datetime | None = None,
) -> None:
    """A temporary failure: queued again for ``next_attempt_at``. With
    ``hold_target_until`` (the server's ``Retry-After``), every queued entry of the
    target waits at least that long: the server asked the client, not the article."""
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, "
            "updated_at = ? WHERE id = ?",
            [_iso(next_attempt_at), message, _iso(now), item.id],
        )
        if hold_target_until is not None:
            until = _iso(hold_target_until)
            conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE target_id = ? AND state = 'queued' "
                "AND (next_attempt_at IS NULL OR next_attempt_at < ?)",
                [until, item.target_id, until],
            )
        _log_entry(conn, item, now, Outcome.RETRY, message)


def record_attention(
    library: Library,
    item: Entry,
    message: str,
    now: datetime,
    *,
    error: BaseException | None = None,
) -> None:
    """The server refused it: the entry waits for the journalist, with its message.
    The technical detail of an unexpected ``error`` goes to the sync log only."""
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'attention', last_error = ?, next_attempt_at = NULL, "
            "updated_at = ? WHERE id = ?",
            [message, _iso(now), item.id],
        )
        _log_entry(conn, item, now, Outcome.ATTENTION, with_technical(message, error))


def record_not_started(
    library: Library, item: Entry, message: str, error: BaseException, now: datetime
) -> None:
    """The target's client could not be made: the entry stays as it is, to be tried at
    the next run, and the sync log keeps why, with the technical detail of ``error``."""
    with transaction(library) as conn:
        _log_entry(conn, item, now, Outcome.RETRY, with_technical(message, error))


def record_conflict(library: Library, item: Entry, error: Conflict, now: datetime) -> None:
    """The remote copy changed: the entry waits until the journalist decides."""
    info = ConflictInfo(str(error), error.remote, dict(error.fields))
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'attention', last_error = ?, next_attempt_at = NULL, "
            "updated_at = ? WHERE id = ?",
            [str(error), _iso(now), item.id],
        )
        conn.execute(
            """INSERT INTO sync_state (article_id, target_id, state, conflict)
               VALUES (?, ?, 'conflict', ?)
               ON CONFLICT (article_id, target_id) DO UPDATE SET state = 'conflict',
                   conflict = excluded.conflict""",
            [item.article_id, item.target_id, info.to_json()],
        )
        fields = field_names(sorted(info.fields)) or translate("Outbox", "the article")
        detail = translate("Outbox", "{message} Differs: {fields}.").format(
            message=error, fields=fields
        )
        _log_entry(conn, item, now, Outcome.CONFLICT, detail)


def record_paused(library: Library, item: Entry, message: str, now: datetime) -> None:
    """Credentials refused: the entry stays queued and the target is paused until the
    journalist gives new ones (:func:`resume`)."""
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'queued', last_error = ?, updated_at = ? WHERE id = ?",
            [message, _iso(now), item.id],
        )
        conn.execute("UPDATE targets SET paused = 1 WHERE id = ?", [item.target_id])
        _log_entry(conn, item, now, Outcome.PAUSED, message)


def record_problem(
    library: Library,
    message: str,
    error: BaseException,
    *,
    target_id: int | None = None,
    now: datetime | None = None,
) -> None:
    """Keep in the sync log what went wrong outside any entry (a whole run, a pull, a
    check): the sentence the journalist was shown and the technical detail of ``error``."""
    with transaction(library) as conn:
        _log(
            conn,
            at=now or _now(),
            outcome=Outcome.FAILED,
            detail=with_technical(message, error),
            target_id=target_id,
        )


def record_skipped(library: Library, item: Entry, message: str, now: datetime) -> None:
    """Nothing to send after all: done, and said why."""
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'done', last_error = NULL, updated_at = ? WHERE id = ?",
            [_iso(now), item.id],
        )
        _log_entry(conn, item, now, Outcome.SKIPPED, message)


def postpone(library: Library, item: Entry, until: datetime, now: datetime) -> None:
    """Not before ``until`` (an embargo or a publication time set after it was queued)."""
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'queued', not_before = ?, updated_at = ? WHERE id = ?",
            [_iso(until), _iso(now), item.id],
        )
        held = translate("Outbox", "Held until {when} UTC.").format(when=f"{until:%Y-%m-%d %H:%M}")
        _log_entry(conn, item, now, Outcome.POSTPONED, held)


def recover_interrupted(library: Library, now: datetime | None = None) -> int:
    """Queue again the entries Newsroom was sending when it stopped (quit, crash,
    ``kill -9``); they keep their attempt count, so the client looks on the site before
    creating. Run it once when the outbox starts, before any sending."""
    now = now or _now()
    with transaction(library) as conn:
        stuck = conn.execute(
            "SELECT id, target_id, article_id, action FROM outbox WHERE state = 'sending'"
        ).fetchall()
        for entry_id, target_id, article_id, action in stuck:
            conn.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, updated_at = ? "
                "WHERE id = ?",
                [_iso(now), entry_id],
            )
            _log(
                conn,
                at=now,
                outcome=Outcome.INTERRUPTED,
                detail=translate(
                    "Outbox",
                    "Newsroom stopped while sending this; it will check the site "
                    "before sending it again.",
                ),
                entry_id=entry_id,
                target_id=target_id,
                article_id=article_id,
                action=action,
            )
    return len(stuck)


def prune_done(library: Library, before: datetime) -> int:
    """Delete the entries done before ``before`` (the sync log keeps their story);
    returns how many went."""
    with transaction(library) as conn:
        cursor = conn.execute(
            "DELETE FROM outbox WHERE state = 'done' AND updated_at < ?", [_iso(before)]
        )
        return int(cursor.rowcount)


# -- the journalist's decisions -----------------------------------------------------------
def retry_now(library: Library, entry_id: int, *, now: datetime | None = None) -> Entry:
    """Send a waiting or refused entry at the next run, without waiting for its back-off
    (its embargo still holds)."""
    now = now or _now()
    with transaction(library) as conn:
        conn.execute(
            "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, updated_at = ? "
            "WHERE id = ? AND state IN ('queued', 'attention')",
            [_iso(now), entry_id],
        )
    return entry(library, entry_id)


def resume(library: Library, target_id: int, *, now: datetime | None = None) -> None:
    """Unpause a target (new credentials were given) and let its entries go at once."""
    now = now or _now()
    with transaction(library) as conn:
        conn.execute("UPDATE targets SET paused = 0 WHERE id = ?", [target_id])
        conn.execute(
            "UPDATE outbox SET next_attempt_at = NULL, updated_at = ? "
            "WHERE target_id = ? AND state = 'queued'",
            [_iso(now), target_id],
        )


def discard(library: Library, entry_id: int, *, now: datetime | None = None) -> None:
    """Drop an entry that is waiting or refused (one being sent cannot be dropped).
    A conflict it carried is dropped with it: the article shows as changed."""
    now = now or _now()
    item = entry(library, entry_id)
    if item.state is EntryState.SENDING:
        raise ValueError(
            translate("Outbox", "This entry is being sent right now; it cannot be discarded.")
        )
    with transaction(library) as conn:
        conn.execute("DELETE FROM outbox WHERE id = ? AND state != 'sending'", [entry_id])
        conn.execute(
            "UPDATE sync_state SET conflict = NULL, state = CASE WHEN remote_id IS NULL "
            "THEN 'not_published' ELSE 'synced' END "
            "WHERE article_id = ? AND target_id = ? AND conflict IS NOT NULL",
            [item.article_id, item.target_id],
        )
        _log(
            conn,
            at=now,
            outcome=Outcome.DISCARDED,
            detail=translate("Outbox", "Discarded by the journalist."),
            target_id=item.target_id,
            article_id=item.article_id,
            action=item.action.value,
        )


def keep_mine(
    library: Library, article_id: int, target: Target, *, now: datetime | None = None
) -> Entry:
    """Resolve a conflict by keeping the library's version: it is sent again with
    ``force`` and replaces the remote copy."""
    now = now or _now()
    info = conflict(library, article_id, target.id)
    if info is None:
        raise NotFoundError(
            translate("Outbox", "There is no conflict to resolve for this article.")
        )
    with transaction(library) as conn:
        conn.execute(
            "UPDATE sync_state SET conflict = ? WHERE article_id = ? AND target_id = ?",
            [
                ConflictInfo(info.message, info.remote, info.fields, keep_mine=True).to_json(),
                article_id,
                target.id,
            ],
        )
        conn.execute(
            "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, last_error = NULL, "
            "updated_at = ? WHERE article_id = ? AND target_id = ? AND state = 'attention'",
            [_iso(now), article_id, target.id],
        )
        _log(
            conn,
            at=now,
            outcome=Outcome.RESOLVED,
            detail=translate(
                "Outbox", "Kept the version in Newsroom; it replaces the one on the site."
            ),
            target_id=target.id,
            article_id=article_id,
        )
    pending = entries(library, target_id=target.id, article_id=article_id)
    return pending[-1] if pending else _must(enqueue(library, article_id, target, Action.UPDATE))


def _must(item: Entry | None) -> Entry:
    if item is None:
        raise NotFoundError(translate("Outbox", "The article is not on this target."))
    return item


def take_remote(
    library: Library,
    article_id: int,
    target: Target,
    write: Callable[[Mapping[str, str]], None],
    *,
    now: datetime | None = None,
) -> None:
    """Resolve a conflict by taking the remote version.

    ``write`` receives each differing field's remote value (in the target's terms:
    ``title``, ``content`` as HTML, ``excerpt`` ...) and writes them into the article
    (call it with this library, before this returns). The article is then synced with
    the remote copy and its waiting entry done."""
    now = now or _now()
    info = conflict(library, article_id, target.id)
    if info is None:
        raise NotFoundError(
            translate("Outbox", "There is no conflict to resolve for this article.")
        )
    write({name: remote for name, (_local, remote) in info.fields.items()})
    with transaction(library) as conn:
        conn.execute(
            "UPDATE sync_state SET remote_id = ?, remote_url = ?, remote_modified = ?, "
            "content_hash = ?, synced_at = ?, state = 'synced', conflict = NULL "
            "WHERE article_id = ? AND target_id = ?",
            [
                info.remote.remote_id,
                info.remote.url,
                info.remote.modified,
                article_hash(library, article_id),
                _iso(now),
                article_id,
                target.id,
            ],
        )
        conn.execute(
            "UPDATE outbox SET state = 'done', last_error = NULL, updated_at = ? "
            "WHERE article_id = ? AND target_id = ? AND state = 'attention'",
            [_iso(now), article_id, target.id],
        )
        _log(
            conn,
            at=now,
            outcome=Outcome.RESOLVED,
            detail=translate("Outbox", "Took the version on the site into Newsroom."),
            target_id=target.id,
            article_id=article_id,
        )


__all__ = [
    "ConflictInfo",
    "Entry",
    "EntryState",
    "LogEntry",
    "Outcome",
    "conflict",
    "discard",
    "due",
    "enqueue",
    "enqueue_check",
    "entries",
    "entry",
    "keep_mine",
    "known_remote",
    "next_due",
    "postpone",
    "prune_done",
    "record_attention",
    "record_conflict",
    "record_paused",
    "record_retry",
    "record_sent",
    "record_skipped",
    "recover_interrupted",
    "restamp",
    "resume",
    "retry_now",
    "schedules_itself",
    "sync_log",
    "take_remote",
    "transaction",
]
