"""Reading the library off the GUI thread, newest request first.

A search of a large library can take longer than a keystroke may (a phrase of two
common words reads both words' positions in every article). :class:`LibraryReader`
runs such reads on one worker thread of its own, through its own read-only
connection to the library (:meth:`Library.sibling`; WAL lets it read while the window
writes, and it sees every committed change), and hands the result back on the GUI
thread through the :class:`~newsroom.gui.tasks.TaskManager`.

When a request *supersedes* the earlier ones (a new search text), results of the
earlier ones are dropped, those not yet started are skipped, and the one running is
stopped by SQLite itself (a progress handler that sees it is stale aborts its
statement), so the newest answer is never kept waiting by a stale one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.gui.tasks import Operation, TaskManager

T = TypeVar("T")


class _Stale:
    """What a skipped or superseded request "returns"; never handed to its caller."""


STALE = _Stale()
#: How many SQLite virtual machine steps pass between checks for a newer request
#: (a few microseconds of work).
PROGRESS_STEPS = 1000


class LibraryReader(QObject):
    """One worker thread with a read-only connection to ``library``."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = TaskManager(self, max_threads=1)
        self._connection: Library | None = None
        self._lock = threading.Lock()  # guards _epoch against the worker
        self._epoch = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a request is waiting or running."""
        return self._tasks.busy

    def _reader(self) -> Library:
        # Made on first use, on the worker thread (the only one that uses it).
        if self._connection is None:
            self._connection = self._library.sibling(read_only=True)
        return self._connection

    def submit(
        self,
        work: Callable[[Library], T],
        done: Callable[[T], None],
        *,
        supersede: bool = False,
        failed: Callable[[BaseException], None] | None = None,
        name: str | None = None,
    ) -> None:
        """Run ``work(reader)`` after the requests before it; call ``done`` with its
        result on the GUI thread, unless a later request superseded it. ``name`` says
        what it does, for the message of a failure nobody handles."""
        if self._closed:
            return
        if name is None:
            name = translate("LibraryReader", "read the library")
        with self._lock:
            if supersede:
                self._epoch += 1
            epoch = self._epoch

        def stale() -> int:
            # Called by SQLite every few thousand steps of a statement: non-zero aborts
            # it ("interrupted"). Reading an int needs no lock.
            return int(epoch != self._epoch or self._closed)

        def run() -> T | _Stale:
            if stale():
                return STALE
            reader = self._reader()
            reader.conn.set_progress_handler(stale, PROGRESS_STEPS)
            try:
                return work(reader)
            except sqlite3.OperationalError as exc:
                if "interrupt" in str(exc) and stale():
                    return STALE
                raise
            finally:
                reader.conn.set_progress_handler(None, 0)

        def deliver(result: T | _Stale) -> None:
            if not isinstance(result, _Stale) and epoch == self._epoch and not self._closed:
                done(result)

        def fail(exc: BaseException) -> None:
            if epoch != self._epoch or self._closed:
                return  # the error of a request nobody waits for any more
            if failed is not None:
                failed(exc)
            else:
                self._tasks.error.emit(name, exc)

        self._tasks.run(Operation(name, run, deliver, fail))

    def close(self) -> None:
        """Drop what is pending, wait for the worker, close the connection."""
        with self._lock:
            self._closed = True
            self._epoch += 1
        self._tasks.wait()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def wait(self, msecs: int = -1) -> bool:
        """Block until every request ran (tests and benchmarks)."""
        return self._tasks.wait(msecs)
