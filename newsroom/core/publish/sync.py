"""The sync engine: sends what the outbox holds, one entry at a time, and records it all.

A worker (the GUI's, or ``newsroom sync``) makes one :class:`SyncEngine` per open
library, calls :meth:`SyncEngine.run_once` and sleeps until
:meth:`SyncEngine.next_due`. The engine blocks on the network; give it a connection
of its own (``library.sibling(read_only=False)``) when it runs off the GUI thread.

What a client's error means is decided here, by its class (see
:mod:`newsroom.core.publish.base`): :class:`~.base.Temporary` backs off,
:class:`~.base.AuthFailed` pauses the target and stops its run,
:class:`~.base.Rejected` waits for the journalist, :class:`~.base.Conflict` keeps the
remote fields for the journalist to decide.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsroom.core.change_hash import article_hash
from newsroom.core.errors import NewsroomError, NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.publish import approval, golive, outbox
from newsroom.core.publish.assemble import (
    assemble,
    goes_live_at,
    prepare_renditions,
)
from newsroom.core.publish.backoff import Backoff, Clock, Random, system_clock, system_random
from newsroom.core.publish.base import (
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    Publisher,
    PublishError,
    Rejected,
    Remote,
    Target,
    Temporary,
)
from newsroom.core.publish.changes import sent_json
from newsroom.core.publish.failures import explain, is_network_failure
from newsroom.core.publish.targets import list_targets, target_by_id
from newsroom.core.renditions import RenditionSpec

PublisherFactory = Callable[[Target], Publisher]


@dataclass
class SyncSummary:
    """What one run did. ``failed`` lists the journalist-readable reasons."""

    sent: int = 0
    #: Temporary failures, queued again for later.
    retrying: int = 0
    #: Refused by the server: waiting for the journalist.
    attention: int = 0
    conflicts: int = 0
    skipped: int = 0
    postponed: int = 0
    #: Targets paused in this run because their credentials were refused.
    paused: list[str] = field(default_factory=list)
    #: Entries still in the outbox (queued or waiting) after the run.
    remaining: int = 0
    #: Of those, how many failed (in this run or before) and wait to be tried again or
    #: for the journalist.
    failing: int = 0
    #: When something may next be sent; None if nothing waits.
    next_due: datetime | None = None
    failures: list[str] = field(default_factory=list)
    #: What a target could not take, though the article went (to say once).
    warnings: list[str] = field(default_factory=list)
    #: Articles that became published in the library, their targets confirming it.
    confirmed: int = 0
    cancelled: bool = False

    @property
    def attempts(self) -> int:
        return self.sent + self.retrying + self.attention + self.conflicts + len(self.paused)

    @property
    def ok(self) -> bool:
        """False when something failed and is still in the outbox (in this run or
        before: an entry waiting out its back-off counts)."""
        return not (
            self.retrying or self.attention or self.conflicts or self.paused or self.failing
        )


class SyncEngine:
    """Sends the due entries of the outbox through one client per target.

    ``publisher_for`` makes the client of a target (in the app,
    :func:`newsroom.core.publish.commands.publisher_factory`); each run makes the
    clients it needs and closes them at its end."""

    def __init__(
        self,
        library: Library,
        publisher_for: PublisherFactory,
        *,
        clock: Clock = system_clock,
        rng: Random = system_random,
        backoff: Backoff | None = None,
    ) -> None:
        self.library = library
        self.publisher_for = publisher_for
        self.clock = clock
        self.rng = rng
        self.backoff = backoff or Backoff()
        self._running = threading.Lock()
        # Entries left 'sending' by a process that died go back in the queue first.
        self.recovered = outbox.recover_interrupted(library, clock())

    def next_due(self, target: str | None = None) -> datetime | None:
        """When something may next be sent (in the past: now); None if nothing waits."""
        target_id = self._target(target).id if target else None
        return outbox.next_due(self.library, target_id=target_id)

    def _target(self, name: str) -> Target:
        for candidate in list_targets(self.library):
            if candidate.name == name.strip():
                return candidate
        raise NotFoundError(
            translate("SyncEngine", "There is no target “{name}” in this library.").format(
                name=name.strip()
            )
        )

    def run_once(
        self, target: str | None = None, cancel: Callable[[], bool] | None = None
    ) -> SyncSummary:
        """Send every due entry of the unpaused targets (or of ``target``), in order,
        each at most once, and record every attempt. ``cancel`` is asked between
        entries; an entry being sent finishes first."""
        if not self._running.acquire(blocking=False):
            raise RuntimeError(translate("SyncEngine", "This outbox is already sending."))
        try:
            return self._run(self._target(target).id if target else None, cancel)
        finally:
            self._running.release()

    def _run(self, target_id: int | None, cancel: Callable[[], bool] | None) -> SyncSummary:
        summary = SyncSummary()
        publishers: dict[int, Publisher] = {}
        stopped: set[int] = set()  # targets that failed: the rest of them waits
        tried: set[int] = set()
        try:
            while True:
                if cancel is not None and cancel():
                    summary.cancelled = True
                    break
                item = self._next(target_id, tried, stopped)
                if item is None:
                    break
                tried.add(item.id)
                client = publishers.get(item.target_id)
                if client is None:
                    client = self._client(item, summary, stopped)
                    if client is None:
                        continue
                    publishers[item.target_id] = client
                self._send(client, item, summary, stopped)
        finally:
            for client in publishers.values():
                # Closing must not hide what happened.
                with contextlib.suppress(Exception):
                    client.close()
        left = outbox.entries(self.library, target_id=target_id)
        summary.remaining = len(left)
        summary.failing = sum(1 for e in left if e.last_error)
        summary.next_due = outbox.next_due(self.library, target_id=target_id)
        return summary

    def _next(
        self, target_id: int | None, tried: set[int], stopped: set[int]
    ) -> outbox.Entry | None:
        found = outbox.due(
            self.library,
            self.clock(),
            target_id=target_id,
            exclude=tried,
            exclude_targets=stopped,
            limit=1,
        )
        return found[0] if found else None

    def _client(
        self, item: outbox.Entry, summary: SyncSummary, stopped: set[int]
    ) -> Publisher | None:
        target = target_by_id(self.library, item.target_id)
        try:
            return self.publisher_for(target)
        except AuthFailed as exc:
            outbox.record_paused(self.library, item, str(exc), self.clock())
            summary.paused.append(target.name)
            summary.failures.append(_on_target(target.name, exc))
        except PublishError as exc:
            summary.failures.append(_on_target(target.name, exc))
        except Exception as exc:  # noqa: BLE001 a broken client must not stop other targets
            # Said in words; what it was, with its traceback, goes to the sync log.
            message = explain(exc, library_path=self.library.path, doing="start")
            outbox.record_not_started(self.library, item, message, exc, self.clock())
            summary.failures.append(_on_target(target.name, message))
        stopped.add(item.target_id)
        return None

    def _send(
        self, client: Publisher, item: outbox.Entry, summary: SyncSummary, stopped: set[int]
    ) -> None:
        library, now = self.library, self.clock()
        target = target_by_id(library, item.target_id)
        spec = RenditionSpec.from_settings(target.settings)
        # The images' web copies are made (or found) and kept first: inside the read
        # snapshot nothing may be written.
        prepare_renditions(library, item.article_id, spec)
        try:
            with _snapshot(library):
                outgoing = assemble(
                    library,
                    item.article_id,
                    item.action,
                    idempotency_key=item.idempotency_key,
                    retried=item.attempts > 0,
                    spec=spec,
                )
                content_hash = article_hash(library, item.article_id)
        except NotFoundError:
            return  # deleted meanwhile: its entries went with it
        except Exception as exc:  # noqa: BLE001 one broken article must not stop the rest
            if isinstance(exc, NewsroomError):  # its message is for the journalist
                message = translate(
                    "SyncEngine", "Newsroom could not prepare it for sending: {error}"
                ).format(error=exc)
                error = None
            else:
                message = explain(exc, library_path=library.path, doing="prepare")
                error = exc
            outbox.record_attention(library, item, message, now, error=error)
            summary.attention += 1
            summary.failures.append(_of_article(item.headline or item.slug, message))
            return
        known = outbox.known_remote(library, item.article_id, item.target_id)
        if self._hold(item, outgoing, target, now, summary):
            return
        if item.action is not Action.UNPUBLISH:
            # Checked again now: it may have changed since it was queued.
            refused = approval.refusal(library, item.article_id, now=now)
            if refused is not None:
                message = translate("SyncEngine", "Not sent. {reason}").format(reason=refused)
                outbox.record_attention(library, item, message, now)
                summary.attention += 1
                summary.failures.append(message)
                return
        if item.action is Action.UNPUBLISH and known is None:
            outbox.record_skipped(
                library, item, translate("SyncEngine", "It was never on the site."), now
            )
            summary.skipped += 1
            return
        waiting = outbox.conflict(library, item.article_id, item.target_id)
        force = waiting is not None and waiting.keep_mine
        if not outbox.mark_sending(library, item, now):
            return  # taken or withdrawn meanwhile
        try:
            remote = self._call(client, outgoing, known, force)
        except Temporary as exc:
            self._retry(item, exc, summary)
            stopped.add(item.target_id)
        except AuthFailed as exc:
            outbox.record_paused(library, item, str(exc), self.clock())
            summary.paused.append(target.name)
            summary.failures.append(_on_target(target.name, exc))
            stopped.add(item.target_id)
        except Conflict as exc:
            outbox.record_conflict(library, item, exc, self.clock())
            summary.conflicts += 1
            summary.failures.append(_of_article_on(item.headline or item.slug, target.name, exc))
        except (Rejected, PublishError) as exc:
            outbox.record_attention(library, item, str(exc), self.clock())
            summary.attention += 1
            summary.failures.append(_of_article_on(item.headline or item.slug, target.name, exc))
        except Exception as exc:  # noqa: BLE001 a client's bug must not stop the outbox
            # A sentence for the journalist; the error's type, message and traceback
            # are kept in the sync log for a bug report.
            message = explain(exc, library_path=library.path)
            if is_network_failure(exc):  # a client that let the network's error through
                self._retry(item, Temporary(message), summary)
                stopped.add(item.target_id)
                return
            outbox.record_attention(library, item, message, self.clock(), error=exc)
            summary.attention += 1
            summary.failures.append(
                _of_article_on(item.headline or item.slug, target.name, message)
            )
        else:
            self._sent(item, outgoing, target, remote, content_hash, summary)

    def _sent(
        self,
        item: outbox.Entry,
        outgoing: Outgoing,
        target: Target,
        remote: Remote,
        content_hash: str,
        summary: SyncSummary,
    ) -> None:
        library, now = self.library, self.clock()
        for warning in remote.warnings:
            text = _on_target(target.name, warning)
            if text not in summary.warnings:
                summary.warnings.append(text)
        outbox.record_sent(
            library,
            item,
            remote,
            content_hash,
            now,
            sent=None if item.action is Action.UNPUBLISH else sent_json(outgoing),
            detail=" ".join(remote.warnings),
        )
        summary.sent += 1
        said = golive.confirm(library, outgoing, target, remote, now=now)
        if said == golive.CONFIRMED:
            summary.confirmed += 1
        elif said:
            summary.warnings.append(_of_article(outgoing.headline or outgoing.slug, said))

    @staticmethod
    def _call(client: Publisher, item: Outgoing, known: Remote | None, force: bool) -> Remote:
        if item.action is Action.UNPUBLISH:
            assert known is not None
            return client.unpublish(item, known)
        return client.publish(item, known, force=force)

    def _hold(
        self,
        item: outbox.Entry,
        outgoing: Outgoing,
        target: Target,
        now: datetime,
        summary: SyncSummary,
    ) -> bool:
        """Hold back what must not go yet; True if it was held (or dropped)."""
        if item.action is Action.UNPUBLISH:
            return False
        deleted = self.library.conn.execute(
            "SELECT deleted_at FROM articles WHERE id = ?", [item.article_id]
        ).fetchone()
        if deleted and deleted[0]:
            outbox.record_skipped(
                self.library, item, translate("SyncEngine", "The article is in the trash."), now
            )
            summary.skipped += 1
            return True
        live = goes_live_at(outgoing)
        if live is not None and live > now and not outbox.schedules_itself(target):
            outbox.postpone(self.library, item, live, now)
            summary.postponed += 1
            return True
        return False

    def _retry(self, item: outbox.Entry, exc: Temporary, summary: SyncSummary) -> None:
        now = self.clock()
        attempts = item.attempts + 1
        wait = self.backoff.delay(attempts, exc.retry_after, self.rng)
        hold = now + timedelta(seconds=wait) if exc.retry_after is not None else None
        outbox.record_retry(
            self.library, item, str(exc), now + timedelta(seconds=wait), now, hold_target_until=hold
        )
        summary.retrying += 1
        summary.failures.append(_on_target(item.target_name, exc))


def _on_target(target: str, message: object) -> str:
    """A message about a target, for the journalist: "Website: …"."""
    return translate("SyncEngine", "{target}: {message}").format(target=target, message=message)


def _of_article(headline: str, message: object) -> str:
    """A message about an article: "“Headline”: …"."""
    return translate("SyncEngine", "“{headline}”: {message}").format(
        headline=headline, message=message
    )


def _of_article_on(headline: str, target: str, message: object) -> str:
    """A message about an article on a target: "“Headline” on Website: …"."""
    return translate("SyncEngine", "“{headline}” on {target}: {message}").format(
        headline=headline, target=target, message=message
    )


@contextlib.contextmanager
def _snapshot(library: Library) -> Iterator[None]:
    """Reads that see one state of the library (a read transaction: in WAL it never
    blocks a writer), so the hash stored at the sync is the hash of what was sent."""
    conn = library.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def format_summary(summary: SyncSummary) -> str:
    """A few lines for the terminal."""
    lines = [
        translate(
            "SyncEngine",
            "Sent: {sent}. Will retry: {retrying}. Need attention: {attention}. "
            "Conflicts: {conflicts}. Still in the outbox: {remaining}.",
        ).format(
            sent=summary.sent,
            retrying=summary.retrying,
            attention=summary.attention,
            conflicts=summary.conflicts,
            remaining=summary.remaining,
        )
    ]
    if summary.failing and not summary.failures:
        lines.append(
            translate("SyncEngine", "Failed before and still waiting: {count}.").format(
                count=summary.failing
            )
        )
    if summary.remaining and summary.next_due is not None and summary.next_due.year > 1:
        lines.append(
            translate("SyncEngine", "Next attempt: {when} UTC.").format(
                when=f"{summary.next_due:%Y-%m-%d %H:%M:%S}"
            )
        )
    if summary.postponed:
        lines.append(
            translate("SyncEngine", "Held until their time (embargo or schedule): {count}.").format(
                count=summary.postponed
            )
        )
    if summary.skipped:
        lines.append(
            translate("SyncEngine", "Nothing to send: {count}.").format(count=summary.skipped)
        )
    for name in summary.paused:
        lines.append(
            translate(
                "SyncEngine",
                "“{name}” is paused: its user name or password was refused. "
                "Give it new ones, then sync again.",
            ).format(name=name)
        )
    if summary.confirmed:
        lines.append(
            translate("SyncEngine", "Now published in the library: {count}.").format(
                count=summary.confirmed
            )
        )
    lines.extend(summary.failures)
    lines.extend(summary.warnings)
    if summary.cancelled:
        lines.append(
            translate("SyncEngine", "Stopped before the end; the rest waits in the outbox.")
        )
    return "\n".join(lines)
