"""Autosave off the window's thread, on a real library file: a second connection of
the test's own holds the write lock to stand for a slow disk or a busy outbox."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.revisions import get_revision, list_revisions
from newsroom.gui.editor.article_session import MAX_UNSAVED_MS
from newsroom.gui.editor.autosaver import AutoSaver
from newsroom.gui.main_window import MainWindow
from newsroom.gui.tasks import TaskManager

#: A save waits up to the busy timeout (5 s) for the lock, then the one typed after.
SAVED_WITHIN_MS = 8000


@pytest.fixture
def saver(library: Library, tasks: TaskManager) -> Iterator[AutoSaver]:
    made = AutoSaver(library, tasks)
    yield made
    made.shutdown()


def body_in_file(path: Path, article_id: int) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(
            conn.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        )
    finally:
        conn.close()


class WriteLock:
    """Holds the library's write lock from a connection of its own until released."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


def draft(library: Library) -> Article:
    return library.create_article(Article(headline="Floods close the Rhine", body="Barges."))


def test_a_save_is_stored_and_reported_with_the_librarys_slug(
    qtbot, saver: AutoSaver, library: Library, library_path: Path
) -> None:
    article = draft(library)
    assert article.id is not None
    with qtbot.waitSignal(saver.saved, timeout=5000) as saved:
        saver.save(replace(article, body="Barges waited at Basel."))
    stored = saved.args[0]
    assert stored.body == "Barges waited at Basel." and stored.slug == "floods-close-the-rhine"
    assert body_in_file(library_path, article.id) == "Barges waited at Basel."
    assert saver.settle() is True


def test_saves_asked_for_during_one_become_one_with_the_latest_text(
    qtbot, saver: AutoSaver, library: Library, library_path: Path
) -> None:
    article = draft(library)
    assert article.id is not None
    reported: list[Article] = []
    saver.saved.connect(reported.append)
    lock = WriteLock(library_path)  # the first save waits for it
    for n in range(1, 11):
        saver.save(replace(article, body="Barges" + "!" * n))
    qtbot.wait(200)
    assert saver.busy and reported == []
    lock.release()
    qtbot.waitUntil(lambda: not saver.busy, timeout=10000)
    assert [a.body for a in reported] == ["Barges!", "Barges" + "!" * 10]
    assert body_in_file(library_path, article.id) == "Barges" + "!" * 10


def test_settle_waits_for_a_save_under_way_and_drops_one_not_begun(
    qtbot, saver: AutoSaver, library: Library, library_path: Path
) -> None:
    article = draft(library)
    assert article.id is not None
    lock = WriteLock(library_path)
    saver.save(replace(article, body="First."))
    saver.save(replace(article, body="Second."))  # waits behind the first
    qtbot.wait(200)
    lock.release()
    assert saver.settle() is False  # "Second." was dropped: the caller saves it
    assert body_in_file(library_path, article.id) == "First."
    reported: list[Article] = []
    saver.saved.connect(reported.append)
    qtbot.wait(300)
    assert reported == [] and not saver.busy  # a settled save is not reported


def test_a_failed_save_is_reported_and_settle_says_it_was_not_stored(
    qtbot, saver: AutoSaver, library: Library
) -> None:
    gone = replace(draft(library), id=999, body="Never stored.")
    with qtbot.waitSignal(saver.failed, timeout=5000) as failed:
        saver.save(gone)
    assert failed.args[0] is gone and "999" in str(failed.args[1])
    assert saver.settle() is False


def test_the_window_takes_keys_while_the_library_is_busy_and_stores_them_after(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    """A save that cannot write yet (the file is locked) does not hold up typing:
    the keys land in the editor and the preview, and reach the file once it can."""
    article_id = window.editor.loaded_id
    assert article_id is not None
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " First words.")
    lock = WriteLock(library_path)
    window.session.save_in_background()
    assert window.session.autosaver.busy
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Typed while the disk was busy.")
    qtbot.waitUntil(lambda: "Typed while the disk was busy." in window.preview.html, timeout=5000)
    assert window.session.autosaver.busy  # still waiting for the lock
    lock.release()
    qtbot.waitUntil(
        lambda: "Typed while the disk was busy." in body_in_file(library_path, article_id),
        timeout=SAVED_WITHIN_MS,
    )
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Saved"), timeout=5000)


def test_switching_articles_during_a_background_save_loses_nothing(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    first = window.editor.loaded_id
    assert first is not None
    body = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Saved in the background.")
    lock = WriteLock(library_path)
    window.session.save_in_background()
    qtbot.keyClicks(body, " Typed after.")
    qtbot.wait(100)
    lock.release()
    window.new_article()  # saves the first one before it opens the new one
    assert body_in_file(library_path, first).endswith(" Saved in the background. Typed after.")


def test_typing_without_a_pause_is_saved_between_two_keys_once_it_is_due(
    qtbot, window: MainWindow
) -> None:
    """A writer who never pauses is saved all the same: when the text has gone
    unsaved for MAX_UNSAVED_MS, right after the next key."""
    article_id = window.editor.loaded_id
    assert article_id is not None
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    saves: list[Article] = []
    window.session.autosaver.saved.connect(saves.append)
    started = time.monotonic()
    while time.monotonic() - started < (MAX_UNSAVED_MS + 600) / 1000:
        qtbot.keyClick(body, "k")
        qtbot.wait(60)  # never the autosave's pause
    qtbot.waitUntil(lambda: bool(saves), timeout=5000)  # as stored, read back
    first = saves[0].body
    assert "k" * 10 in first and len(first) < len(body.toPlainText())  # before the end


def test_a_save_with_a_revision_stores_then_keeps_it_and_a_revision_alone_keeps_none_twice(
    qtbot, saver: AutoSaver, library: Library
) -> None:
    article = draft(library)
    assert article.id is not None
    before = len(list_revisions(library, article.id))
    with qtbot.waitSignal(saver.revised, timeout=5000) as revised:
        saver.save(replace(article, body="Barges waited."), revision=article.id)
    assert revised.args == [article.id, True]
    history = list_revisions(library, article.id)
    assert len(history) == before + 1
    assert get_revision(library, history[0].id).body == "Barges waited."
    with qtbot.waitSignal(saver.revised, timeout=5000) as again:
        saver.save(None, revision=article.id)  # nothing changed since
    assert again.args == [article.id, False]
    assert len(list_revisions(library, article.id)) == before + 1
    assert saver.settle() is True  # a revision alone is no unsaved text


def test_a_revision_asked_for_during_a_save_is_kept_after_it_with_the_latest_text(
    qtbot, saver: AutoSaver, library: Library, library_path: Path
) -> None:
    article = draft(library)
    assert article.id is not None
    lock = WriteLock(library_path)
    saver.save(replace(article, body="First."))
    saver.save(None, revision=article.id)
    saver.save(replace(article, body="Latest."))
    qtbot.wait(200)
    lock.release()
    with qtbot.waitSignal(saver.revised, timeout=SAVED_WITHIN_MS) as revised:
        pass
    assert revised.args == [article.id, True]
    assert get_revision(library, list_revisions(library, article.id)[0].id).body == "Latest."


def test_the_windows_idle_revision_is_kept_off_its_thread_and_listed(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    """The revision the window keeps when the writer pauses is stored on the autosaver's
    connection: with the file locked, the window's thread is free meanwhile."""
    article_id = window.editor.loaded_id
    assert article_id is not None
    before = len(list_revisions(window.library, article_id))
    body = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Kept as a revision.")
    lock = WriteLock(library_path)
    started = time.monotonic()
    window.session._revision_timer.timeout.emit()  # the writer paused long enough
    assert time.monotonic() - started < 1  # not the 5 s a locked write waits
    assert window.session.autosaver.busy and not window.session.unsaved
    lock.release()
    rows = window.history.view.model()
    qtbot.waitUntil(lambda: rows.rowCount() > before, timeout=SAVED_WITHIN_MS)
    latest = list_revisions(window.library, article_id)[0]
    assert get_revision(window.library, latest.id).body.endswith(" Kept as a revision.")
