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
    """Lives on the GUI thread, so its signals are delivered there."""

    finished = Signal(object)
    errored = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.errored.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskManager(QObject):
    """Runs operations on its own thread pool and reports back on the GUI thread."""

    error = Signal(str, object)  # operation name, exception (when it has no handler)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[_Relay] = set()

    def run(self, op: Operation[T]) -> None:
        relay = _Relay(self)
        self._running.add(relay)

        def finished(result: object) -> None:
            self._forget(relay)
            op.done(result)  # type: ignore[arg-type]

        def errored(exc: object) -> None:
            self._forget(relay)
            assert isinstance(exc, BaseException)
            if op.failed is not None:
                op.failed(exc)
            else:
                self.error.emit(op.name, exc)

        relay.finished.connect(finished)
        relay.errored.connect(errored)
        self._pool.start(_Job(op.work, relay))

    def _forget(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
