"""The open article's session on its own, without a window: a real editor widget, a
real library file, real timers. What the window shows, it learns from the signals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.editor.article_session import AUTOSAVE_MS, ArticleSession
from newsroom.gui.editor.editor import ArticleEditor
from newsroom.gui.tasks import TaskManager


@pytest.fixture
def session(qtbot, library: Library, tasks: TaskManager) -> Iterator[ArticleSession]:
    editor = ArticleEditor(library)
    qtbot.addWidget(editor)
    made = ArticleSession(library, editor, tasks, editor)
    editor.edited.connect(made.edited)
    yield made
    made.close()
    made.shutdown()


def test_typing_that_pauses_is_saved_then_checked(
    qtbot, session: ArticleSession, library: Library
) -> None:
    article = library.create_article(Article(headline="Floods close the Rhine", body="Barges."))
    session.editor.load(article)
    saved: list[Article] = []
    checked: list[object] = []
    session.saved.connect(saved.append)
    session.checked.connect(lambda _article, findings: checked.append(findings))
    session.editor.body.setFocus()
    session.editor.body.moveCursor(session.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(session.editor.body, " Stopped.")
    assert session.unsaved and not saved
    qtbot.waitUntil(lambda: bool(saved) and bool(checked), timeout=AUTOSAVE_MS + 5000)
    assert not session.unsaved
    assert library.article(article.id or 0).body == "Barges. Stopped."
    assert saved[-1].body == "Barges. Stopped."


def test_a_save_that_fails_keeps_the_text_unsaved_and_says_why(
    qtbot, session: ArticleSession, library: Library
) -> None:
    article = library.create_article(Article(headline="Floods", body="Barges."))
    session.editor.load(article)
    failed: list[BaseException] = []
    session.save_failed.connect(failed.append)
    qtbot.keyClicks(session.editor.body, "X")
    lock = sqlite3.connect(library.path, isolation_level=None, timeout=0)
    lock.execute("PRAGMA busy_timeout = 0")
    lock.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        library.conn.execute("PRAGMA busy_timeout = 0")
        session.save_now()
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert failed and session.unsaved
    assert session.editor.article() is not None and "X" in session.editor.article().body
    session.save_now()  # the file is free again: what was typed is stored
    assert not session.unsaved and "X" in library.article(article.id or 0).body
