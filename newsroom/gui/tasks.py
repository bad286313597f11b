"""One typed path for work off the GUI thread.

An :class:`Operation` says what runs in the pool and what happens with the result
on the GUI thread; the :class:`TaskManager` runs it. Rendering now, and later
publishing, syncing and importing, go this way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Operation(Generic[T]):
    """``work`` runs on a pool thread and must not touch widgets or the library;
    ``done`` (or ``failed``) is called on the GUI thread with its outcome."""

    name: str
    work: Callable[[], T]
    done: Callable[[T], None]
    failed: Callable[[BaseException], None] | None = None


class _Relay(QObject):
    """Lives on the GUI thread, so its signals are delivered there. One per manager,
    for its whole life: nothing a job leaves behind has to be deleted later."""

    finished = Signal(object, object)  # operation, result
    errored = Signal(object, object)  # operation, exception


class _Job(QRunnable):
    def __init__(self, op: Operation[Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._relay = relay

    def run(self) -> None:
        op = self._op
        try:
            result = op.work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.errored.emit(op, exc)
        else:
            self._relay.finished.emit(op, result)


class TaskManager(QObject):
    """Runs operations on its own thread pool and reports back on the GUI thread.

    Results come back through one relay made with the manager and connected to its
    own methods, so no connection holds the operation or the manager: an earlier
    relay per job, deleted later, held the last reference to a manager nobody else
    kept, and deleting the relay deleted the manager and so the relay again."""

    error = Signal(str, object)  # operation name, exception (when it has no handler)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.errored.connect(self._errored)
        self._running = 0

    def run(self, op: Operation[T]) -> None:
        self._running += 1
        self._pool.start(_Job(op, self._relay))

    def _finished(self, op: Operation[Any], result: object) -> None:
        self._running -= 1
        op.done(result)

    def _errored(self, op: Operation[Any], exc: object) -> None:
        self._running -= 1
        assert isinstance(exc, BaseException)
        if op.failed is not None:
            op.failed(exc)
        else:
            self.error.emit(op.name, exc)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
