"""The outbox's background worker: sends what is queued while the journalist writes.

One :class:`OutboxWorker` per window (per open library). It owns the only
:class:`~newsroom.core.publish.sync.SyncEngine` of the library, on a writable
sibling connection of its own made once (the engine blocks on the network off the
GUI thread, and SQLite connections are not shared across threads here). A run goes
through the window's :class:`~newsroom.gui.tasks.TaskManager`, never two at once:

- when something was enqueued (:meth:`request`),
- when the outbox says the next entry is due (:meth:`~SyncEngine.next_due`),
- and on a slow timer, for a network that comes back or a Retry-After that ran out.

Secrets are read by the engine's client factory inside the run, so off the GUI
thread too. After each run :attr:`states_changed` tells the window to refresh the
sync state it shows; a target paused by a 401 is reported once through
:attr:`credentials_needed` so the window asks for a new password.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.publish import outbox
from newsroom.core.publish.commands import publisher_factory
from newsroom.core.publish.failures import explain
from newsroom.core.publish.secrets import Secrets
from newsroom.core.publish.sync import PublisherFactory, SyncEngine, SyncSummary
from newsroom.core.publish.targets import list_targets
from newsroom.gui.tasks import Operation, TaskManager

#: The slow timer: a network that comes back is noticed within this long.
POLL_MS = 60_000
#: Shortest wait between two runs started by the outbox's own due times, so a clock
#: a little off (or an entry due "now" that a target holds back) never spins.
MIN_GAP_MS = 250
#: The first look at the outbox, after the window has started.
START_DELAY_MS = 2000


class OutboxWorker(QObject):
    """Runs the outbox of ``library`` in the background; see the module's docstring.

    ``make_factory`` makes the engine's client factory from the worker's own
    connection (by default :func:`~newsroom.core.publish.commands.publisher_factory`
    with ``secrets``: the keychain, and this session's store)."""

    #: Sync states may have changed (after a run, a retry, a discard...).
    states_changed = Signal()
    #: A run ended; its :class:`~newsroom.core.publish.sync.SyncSummary`.
    run_finished = Signal(object)
    #: A target's password was refused and it is paused: (Target, message).
    credentials_needed = Signal(object, str)
    #: A run failed as a whole (the library could not be read...): a message.
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        tasks: TaskManager,
        *,
        secrets: Secrets | None = None,
        make_factory: Callable[[Library], PublisherFactory] | None = None,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        self.enabled = not library.read_only
        self._cancel = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._running = False
        self._again = False
        self._closed = False
        #: Targets the journalist was already asked about since they were paused.
        self._asked: set[int] = set()
        self.runs = 0
        self._conn: Library | None = None
        self._engine: SyncEngine | None = None
        self._secrets = secrets
        self._make_factory = make_factory
        self._soon = QTimer(self, singleShot=True)
        self._soon.timeout.connect(self._start)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.request)
        if self.enabled:
            self._poll.start()
            # What the last session left waiting goes once the window has started.
            QTimer.singleShot(START_DELAY_MS, self, self._first_check)

    @property
    def engine(self) -> SyncEngine | None:
        """The library's one engine, made on first use on the worker's own connection
        (its constructor puts back in the queue what a crash left "sending"); None
        for a read-only library and once shut down."""
        if self._closed:
            return None
        if self._engine is None and self.enabled:
            self._conn = self.library.sibling(read_only=False)
            if self._make_factory is not None:
                factory = self._make_factory(self._conn)
            else:
                factory = publisher_factory(self._conn, self._secrets)
            self._engine = SyncEngine(self._conn, factory)
        return self._engine

    def _first_check(self) -> None:
        engine = self.engine
        if engine is not None and not self._running and engine.next_due() is not None:
            self._schedule(engine.next_due())

    # -- asking for runs ---------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def request(self) -> None:
        """Run as soon as possible (something was enqueued, the journalist pressed Sync
        Now); during a run, once more after it."""
        if not self.enabled or self._closed:
            return
        if self._running:
            self._again = True
            return
        self._soon.start(0)

    def _start(self) -> None:
        if self._closed or self._running:
            self._again = self._running
            return
        engine = self.engine
        if engine is None:
            return
        self._running, self._again = True, False
        self._soon.stop()
        self._idle.clear()
        cancel, idle = self._cancel, self._idle

        def work() -> SyncSummary:
            try:
                return engine.run_once(cancel=cancel.is_set)
            finally:
                idle.set()  # shutdown() waits for this, not for the GUI thread

        self.tasks.run(
            Operation(translate("OutboxWorker", "send the outbox"), work, self._done, self._failed)
        )

    def _done(self, summary: SyncSummary) -> None:
        self._running = False
        self.runs += 1
        if self._closed:
            return
        self.states_changed.emit()
        self.run_finished.emit(summary)
        for name in summary.paused:
            self._paused(name, summary)
        self._schedule(summary.next_due)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.runs += 1
        if self._closed:
            return
        message = translate("OutboxWorker", "The outbox could not be sent: {error}").format(
            error=explain(exc, library_path=self.library.path)
        )
        # The error's type and traceback, for a bug report: in the sync log, never here.
        with contextlib.suppress(Exception):
            outbox.record_problem(self.library, message, exc)
        self.failed.emit(message)
        self.states_changed.emit()
        self._schedule(None)

    def _schedule(self, due: datetime | None) -> None:
        if self._again:
            self._soon.start(0)
            return
        if due is None or self._closed:
            return  # nothing waits: the poll timer and request() will do
        wait_ms = int((due - datetime.now(UTC)).total_seconds() * 1000)
        # Beyond the poll interval the poll timer comes first anyway.
        self._soon.start(max(MIN_GAP_MS, min(wait_ms, self._poll.interval())))

    def _paused(self, name: str, summary: SyncSummary) -> None:
        target = next((t for t in list_targets(self.library) if t.name == name), None)
        if target is None or target.id in self._asked:
            return
        self._asked.add(target.id)
        reason = next((f for f in summary.failures if f.startswith(f"{name}: ")), "")
        self.credentials_needed.emit(target, reason[len(name) + 2 :])

    def resumed(self, target_id: int) -> None:
        """The target has new credentials (and was resumed): a later 401 asks again."""
        self._asked.discard(target_id)
        self.request()

    # -- stopping ----------------------------------------------------------------------
    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop: cancel the run (the entry being sent finishes), wait for it, close
        the connection. True if the run ended in time. Call it before the library
        closes."""
        if self._closed:
            return True
        self._closed = True
        self._cancel.set()
        self._soon.stop()
        self._poll.stop()
        ended = self._idle.wait(timeout_s)
        self._running = not ended
        if ended and self._conn is not None:
            self._conn.close()
            self._conn = None
        return ended
