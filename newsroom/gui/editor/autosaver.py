"""Autosave off the window's thread.

Writing a long read back to the library (its row, its search index, its tags) takes
tens of milliseconds, too long to stop typing for. The :class:`AutoSaver` writes on a
writable sibling connection of its own, made on first use, through the window's
:class:`~newsroom.gui.tasks.TaskManager`: one save at a time, and the saves asked for
meanwhile become one (the latest article) when it ends.

When the writer has paused long enough, :meth:`save` with ``revision`` also keeps
what it stored as a revision, on the same connection after the save (reading the
text back and comparing it with the last revision takes as long as the save).

A save the window must be sure of (before another article opens, a status moves,
the window closes) is made on the window's own connection after :meth:`settle`, which
drops a save not yet begun and waits for one under way.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from newsroom.core import revisions
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.tasks import Operation, TaskManager


class AutoSaver(QObject):
    """Saves articles of ``library`` in the background; see the module's docstring."""

    #: The article as the library stored it (its slug, its times).
    saved = Signal(object)
    #: A save failed: (the article that was not saved, the exception).
    failed = Signal(object, object)
    #: A revision was asked for: (the article's id, whether one was recorded).
    revised = Signal(int, bool)
    #: Recording a revision failed (the library's words for why).
    not_revised = Signal(str)

    def __init__(self, library: Library, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._lock = threading.Lock()  # held by a save while it writes
        self._conn: Library | None = None
        self._jobs = 0  # handed to the pool
        self._settled = 0  # jobs up to this one are dropped or done with
        self._generation = 0  # of the last article handed to the pool
        self._stored = 0  # the last article that was stored
        self._running = False
        self._next: Article | None = None
        self._next_revision: int | None = None  # article id of a revision asked for
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a save is under way or waiting."""
        return self._running or self._next is not None or self._next_revision is not None

    def save(self, article: Article | None, *, revision: int | None = None) -> None:
        """Store ``article`` soon: now if no save runs, else once it ends. With
        ``revision`` (an article's id), then record that article as stored as a
        revision; ``article`` may then be None (nothing to save first)."""
        if self._closed:
            return
        if self._running:
            self._next = article if article is not None else self._next
            self._next_revision = revision if revision is not None else self._next_revision
            return
        self._start(article, revision)

    def settle(self) -> bool:
        """Drop the saves not yet begun and wait for the one under way; from now on
        the outcome of what was handed over is not reported. True if everything
        handed over was stored, False if something was dropped or failed: the caller
        then saves the article itself."""
        waiting, self._next = self._next is not None, None
        self._next_revision = None  # the window records its own before it needs one
        with self._lock:  # waits for a save under way
            self._settled = self._jobs
            return not waiting and self._stored == self._generation

    def shutdown(self) -> bool:
        """Settle and close the connection; call it before the library closes. True
        if everything handed over was stored."""
        stored = self.settle()
        self._closed = True
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        return stored

    def _start(self, article: Article | None, revision: int | None) -> None:
        self._running = True
        self._jobs += 1
        job = self._jobs
        if article is not None:
            self._generation += 1
        generation = self._generation

        def work() -> tuple[Article | None, bool | str | None]:
            with self._lock:
                if job <= self._settled or self._closed:
                    return None, None  # dropped: the window saves it itself
                if self._conn is None:
                    self._conn = self._library.sibling(read_only=False)
                stored = None
                if article is not None:
                    stored = self._conn.save_article(article)
                    self._stored = generation
                if revision is None:
                    return stored, None
                try:
                    return stored, revisions.record_revision(self._conn, revision) is not None
                except NewsroomError as exc:
                    return stored, str(exc)

        def done(outcome: tuple[Article | None, bool | str | None]) -> None:
            stored, revised = outcome
            self._ended()
            if job <= self._settled:
                return
            if stored is not None:
                self.saved.emit(stored)
            if isinstance(revised, str):
                self.not_revised.emit(revised)
            elif revised is not None and revision is not None:
                self.revised.emit(revision, revised)

        def failed(exc: BaseException) -> None:
            self._ended()
            if job > self._settled and article is not None:
                self.failed.emit(article, exc)

        self._tasks.run(Operation(translate("AutoSaver", "save the article"), work, done, failed))

    def _ended(self) -> None:
        self._running = False
        if (self._next is not None or self._next_revision is not None) and not self._closed:
            article, self._next = self._next, None
            revision, self._next_revision = self._next_revision, None
            self._start(article, revision)
