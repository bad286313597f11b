"""The open article between the editor and the library: when it is saved, when a
burst of editing becomes a revision, when the checklist runs.

The window shows what happens (its labels, lists and messages) through the signals;
the Publish menu and the dialogs that need the library up to date ask the session to
save first (:meth:`ArticleSession.save_now`) and look at :attr:`~ArticleSession.unsaved`.

- A keystroke (:meth:`~ArticleSession.edited`) starts three clocks: typing that stops
  for :data:`AUTOSAVE_MS` is saved, and the checklist runs after that save; a long
  burst is saved anyway :data:`MAX_UNSAVED_MS` after its first key, just after the next
  key is shown; :data:`REVISION_IDLE_MS` without typing ends the burst, and the text
  becomes a revision. Saves while typing run on the autosaver's own connection.
- :meth:`~ArticleSession.save_now` and :meth:`~ArticleSession.record_revision` store
  before they return (opening another article, a status move, closing).
- A save that fails leaves the article unsaved (:attr:`~ArticleSession.unsaved`), and
  :attr:`~ArticleSession.save_failed` says why. The text stays in the editor and the
  session tries again by itself, :data:`RETRY_FIRST_MS` later, then twice as long after
  each failure up to :data:`RETRY_MAX_MS` (or at once: :meth:`~ArticleSession.retry`).
  Meanwhile typing starts no save of its own (a full disk is not asked again at every
  pause), and the next retry that goes through stores everything typed:
  :attr:`~ArticleSession.recovered` says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from newsroom.core import revisions
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article, utcnow
from newsroom.gui.editor.autosaver import AutoSaver
from newsroom.gui.tasks import Operation, TaskManager

if TYPE_CHECKING:
    from newsroom.core.checklist import BodyFacts, BodyParser
    from newsroom.gui.editor.editor import ArticleEditor

#: Edits reach the file this long after typing stops (the promise is 2 s)...
AUTOSAVE_MS = 1000
#: ...and, during a long burst of typing, never later than this after the first edit,
#: so a crash or a kill loses at most the last 2 s of typing.
MAX_UNSAVED_MS = 1500
#: A burst of editing ends after this long without typing; it then becomes a revision.
REVISION_IDLE_MS = 30_000
#: After a save fails, the next try comes this long after it...
RETRY_FIRST_MS = 3000
#: ...and after each failure twice as long as the one before, up to this.
RETRY_MAX_MS = 30_000


class ArticleSession(QObject):
    """The editor's article as the library keeps it; one per window."""

    #: A save started while the writer types on.
    saving = Signal()
    #: The library stored the article (the :class:`Article` as stored); the editor has
    #: taken its slug and times already.
    saved = Signal(object)
    #: A save failed (the exception): the text stays in the editor, unsaved, and the
    #: save is tried again later (see :data:`RETRY_FIRST_MS`).
    save_failed = Signal(object)
    #: A save went through after one failed; :attr:`saved` follows unless more was
    #: typed meanwhile (it is saved in turn).
    recovered = Signal()
    #: The article's revisions changed (its id): a list of them is out of date.
    revisions_changed = Signal(int)
    #: The checklist ran (the article checked, its findings).
    checked = Signal(object, object)
    #: Something to say in a word in the status bar.
    notice = Signal(str)

    def __init__(
        self, library: Library, editor: ArticleEditor, tasks: TaskManager, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = editor
        self.tasks = tasks
        #: Writes the open article while the writer types on (see save_in_background).
        self.autosaver = AutoSaver(library, tasks, self)
        self.autosaver.saved.connect(self._saved_in_background)
        self.autosaver.failed.connect(self._not_saved_in_background)
        self.autosaver.revised.connect(self._revised_in_background)
        self.autosaver.not_revised.connect(self.notice)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._typing_paused)
        self._max_unsaved = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._max_unsaved.timeout.connect(self._save_after_next_key)
        self._revision_timer = QTimer(self, singleShot=True, interval=REVISION_IDLE_MS)
        self._revision_timer.timeout.connect(self._record_revision_in_background)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.save_in_background)
        self._retry_ms = RETRY_FIRST_MS
        self._failing = False
        self._dirty = False
        self._save_due = False
        self._check_after_save = False
        self._closed = False
        self._checking = False
        self._check_wanted: Article | None = None
        self._body_parser: BodyParser | None = None  # used by one check at a time

    @property
    def unsaved(self) -> bool:
        """Edits not yet in the library (a save failed, or one is due)."""
        return self._dirty

    @property
    def failing(self) -> bool:
        """The last save failed, and none has gone through since."""
        return self._failing

    @property
    def retry_interval(self) -> int | None:
        """While saves fail, how long after the last failure the next try comes (ms)."""
        return self._retry.interval() if self._failing and self._retry.isActive() else None

    # -- typing ----------------------------------------------------------------------
    def edited(self) -> None:
        """A key was typed (or a field changed): the clocks start (not while saves
        fail: the retry stores what is typed meanwhile)."""
        if self._failing:
            self._dirty = True
            return
        if not self._dirty:
            self._max_unsaved.start()  # not restarted by later keystrokes
        self._dirty = True
        self._autosave.start()
        self._revision_timer.start()
        if self._save_due:
            # Between this key and the next: the save's work does not meet a keystroke's.
            self._save_due = False
            QTimer.singleShot(0, self, self.save_in_background)

    def _save_after_next_key(self) -> None:
        """The text has gone unsaved too long while the writer types on: save it just
        after the next key is shown (or when typing pauses, whichever comes first)."""
        self._save_due = True

    def _typing_paused(self) -> None:
        """Save, then check: the checklist runs when the writer pauses, not during a
        burst of typing, which it would slow down on a long read."""
        if self._dirty:
            self._check_after_save = True
            self.save_in_background()
            return
        article = self.editor.article()
        if article is not None and article.id is not None:
            self.check(article)

    # -- saving ----------------------------------------------------------------------
    def save_now(self) -> None:
        """Write the editor's article to the library if it changed, before returning
        (a background save under way ends first)."""
        self._stop_clocks()
        if not self.autosaver.settle():
            self._dirty = True  # what it was handed is not all stored: store it here
        article = self.editor.article()
        if not self._dirty or article is None or self.library.read_only:
            return
        try:
            stored = self.library.save_article(article)
        except Exception as exc:  # sqlite3 errors too: disk full, file gone…
            self._failed(exc)
            return
        self._dirty = False
        self._went_through()
        self._stored(stored)

    def save_in_background(self) -> None:
        """Write the editor's article to the library if it changed, on the autosaver's
        connection: typing goes on meanwhile (a long read takes tens of milliseconds
        to store); what is typed during the save marks the article unsaved again."""
        self._stop_clocks()
        article = self.editor.article()
        if not self._dirty or article is None or self.library.read_only:
            return
        self._dirty = False
        self.saving.emit()
        self.autosaver.save(article)

    def _stop_clocks(self) -> None:
        """A save begins: the details form's pending edits are written back, and the
        clocks that would ask for one are stopped."""
        self.editor.flush()
        self._autosave.stop()
        self._max_unsaved.stop()
        self._retry.stop()
        self._save_due = False

    def _stored(self, stored: Article) -> None:
        self.editor.saved(stored)
        self.saved.emit(stored)

    def _saved_in_background(self, stored: Article) -> None:
        if self._closed:
            return
        self._went_through()
        if self._dirty:
            return  # typed on meanwhile: the next save takes the stored slug and times
        self._stored(stored)
        if self._check_after_save and stored.id == self.editor.loaded_id:
            self._check_after_save = False
            article = self.editor.article_for_preview()  # the text as saved, not copied
            if article is not None:
                self.check(article)

    def _not_saved_in_background(self, article: Article, exc: BaseException) -> None:
        if not self._closed and article.id == self.editor.loaded_id:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        """A save failed: the text stays unsaved, and is tried again later."""
        self._dirty = True
        self._failing = True
        if not self._closed:
            self._retry.start(self._retry_ms)
            self._retry_ms = min(2 * self._retry_ms, RETRY_MAX_MS)
        self.save_failed.emit(exc)

    def _went_through(self) -> None:
        """A save went through: if saves were failing, that is over. What was typed
        meanwhile started no clock (see :meth:`edited`): it is saved in turn."""
        self._retry_ms = RETRY_FIRST_MS
        if not self._failing:
            return
        self._failing = False
        self._retry.stop()
        if self._dirty and not self._closed:
            self._autosave.start()
        self.recovered.emit()

    def retry(self) -> None:
        """Try Again: after a failed save, save now (in the background), and sooner
        again if that fails too."""
        if not self._failing or self._closed:
            return
        self._retry_ms = RETRY_FIRST_MS
        self._dirty = True  # the editor's article, whatever a save under way holds
        self.save_in_background()

    def taken(self, stored: Article) -> None:
        """The library changed the open article itself (a status move, a site's
        confirmation): the editor takes it, or the next save would write the old one
        back."""
        self.editor.saved(stored)

    # -- revisions -------------------------------------------------------------------
    def record_revision(self) -> None:
        """End of a burst of editing: save, then keep the text as a revision."""
        self._revision_timer.stop()
        article_id = self.editor.loaded_id
        self.save_now()
        if article_id is None or self._dirty or self.library.read_only:
            return
        try:
            if revisions.record_revision(self.library, article_id) is not None:
                self.revisions_changed.emit(article_id)
        except NewsroomError as exc:
            self.notice.emit(str(exc))

    def _record_revision_in_background(self) -> None:
        """The writer paused long enough: save and keep the text as a revision on the
        autosaver's connection, as a save while typing is (a long read takes tens of
        milliseconds to compare and store)."""
        article_id = self.editor.loaded_id
        if article_id is None or self.library.read_only:
            return
        self._stop_clocks()
        article = self.editor.article() if self._dirty else None
        self._dirty = False
        if article is not None:
            self.saving.emit()
        self.autosaver.save(article, revision=article_id)

    def _revised_in_background(self, article_id: int, recorded: bool) -> None:
        if recorded and not self._closed:
            self.revisions_changed.emit(article_id)

    # -- the checklist ---------------------------------------------------------------
    def check(self, article: Article) -> None:
        """Run the checklist on ``article``: its body is parsed off the GUI thread (a
        long read takes a second), the rest here. Asked again while a parse runs, it
        checks the latest article once that parse ends."""
        self._check_wanted = article
        if self._checking:
            return
        self._checking, self._check_wanted = True, None
        body = article.body

        from newsroom.core.checklist import BodyParser, run_checklist

        if self._body_parser is None:
            self._body_parser = BodyParser()  # remembers the chunks it parsed
        parse = self._body_parser

        def done(facts: BodyFacts) -> None:
            self._checking = False
            if not self._closed and article.id == self.editor.loaded_id:
                findings = run_checklist(self.library, article, now=utcnow(), body=facts)
                self.checked.emit(article, findings)
            if self._check_wanted is not None and not self._closed:
                self.check(self._check_wanted)

        def failed(exc: BaseException) -> None:
            self._checking = False
            self.tasks.error.emit(translate("ArticleSession", "check the article"), exc)

        name = translate("ArticleSession", "check the article")
        self.tasks.run(Operation(name, lambda: parse(body), done, failed))

    # -- the end ---------------------------------------------------------------------
    def close(self) -> None:
        """The window closes: nothing more is shown, and the text is kept (a revision)."""
        self._closed = True
        self.record_revision()

    def shutdown(self) -> None:
        """Stop the autosaver (after :meth:`close`, which saved)."""
        self.autosaver.shutdown()
