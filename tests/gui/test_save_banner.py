"""The bar that says the article is not saved, on its own; and the session's retries
while another program holds the library file (no full disk needed for those)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.editor.article_session import RETRY_FIRST_MS, RETRY_MAX_MS, ArticleSession
from newsroom.gui.editor.editor import ArticleEditor
from newsroom.gui.editor.save_banner import SaveBanner, why_not_saved
from newsroom.gui.tasks import TaskManager

#: What a person must never be shown: a Python exception's name.
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception)\b|sqlite3|errno")


def test_the_bar_says_why_and_that_nothing_is_lost_with_accessible_names(
    qtbot, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    banner = SaveBanner(window)
    window.show()
    assert banner.isHidden()  # until a save fails
    why = why_not_saved(
        sqlite3.OperationalError("database or disk is full"), tmp_path / "A.newsroom"
    )
    banner.show_problem(why)
    assert banner.isVisible() and banner.why == why
    text = banner.message.text()
    assert "The disk that holds “A.newsroom” is full" in text
    assert "Nothing you typed is lost" in text
    assert not EXCEPTION_NAME.search(text)
    assert banner.accessibleName() == "Not saved"
    assert banner.accessibleDescription() == text
    assert banner.message.accessibleName() == "Why the article is not saved"
    assert banner.retry_button.accessibleName() == "Try Again"
    assert banner.copy_button.accessibleName() == "Save a Copy As…"
    with qtbot.waitSignal(banner.retry_requested):
        banner.retry_button.click()
    with qtbot.waitSignal(banner.copy_requested):
        banner.copy_button.click()
    banner.clear()
    assert banner.isHidden() and banner.why == ""


def test_raw_errors_become_sentences_without_exception_names(tmp_path: Path) -> None:
    path = tmp_path / "A.newsroom"
    path.write_bytes(b"")
    for exc in (
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("disk I/O error"),
        OSError(28, "No space left on device"),
        OSError(30, "Read-only file system"),
        ValueError("something odd"),
    ):
        sentence = why_not_saved(exc, path)
        assert "A.newsroom" in sentence and not EXCEPTION_NAME.search(sentence), sentence


@pytest.fixture
def session(qtbot, library: Library, tasks: TaskManager) -> Iterator[ArticleSession]:
    editor = ArticleEditor(library)
    qtbot.addWidget(editor)
    made = ArticleSession(library, editor, tasks, editor)
    editor.edited.connect(made.edited)
    yield made
    made.close()
    made.shutdown()


class HeldFile:
    """Another program holding the library file (an exclusive transaction), so that
    the session's saves on the window's connection fail at once."""

    def __init__(self, library: Library) -> None:
        library.conn.execute("PRAGMA busy_timeout = 0")
        self.conn = sqlite3.connect(library.path, isolation_level=None, timeout=0)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def test_failed_saves_are_tried_again_later_and_later_and_then_go_through(
    qtbot, session: ArticleSession, library: Library
) -> None:
    article = library.create_article(Article(headline="Floods", body="Barges."))
    session.editor.load(article)
    failed: list[BaseException] = []
    recovered: list[bool] = []
    session.save_failed.connect(failed.append)
    session.recovered.connect(lambda: recovered.append(True))
    qtbot.keyClicks(session.editor.body, "X")
    held = HeldFile(library)
    try:
        intervals = []
        for _ in range(6):
            session.save_now()
            intervals.append(session.retry_interval)
        assert intervals == [3000, 6000, 12000, 24000, 30000, 30000]
        assert (RETRY_FIRST_MS, RETRY_MAX_MS) == (3000, 30000)
        assert session.failing and session.unsaved and len(failed) == 6
        qtbot.keyClicks(session.editor.body, "Y")  # typing starts no save of its own
        assert session.retry_interval == 30000
        assert len(failed) == 6
    finally:
        held.release()
    session.retry()  # Try Again: at once, in the background
    qtbot.waitUntil(lambda: bool(recovered), timeout=10000)
    qtbot.waitUntil(lambda: not session.unsaved, timeout=5000)
    assert not session.failing and session.retry_interval is None
    assert library.article(article.id or 0).body.startswith("XYBarges.")
