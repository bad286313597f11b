"""Workflow, checklist and history in the main window, on a real library file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialogs import answer_dialog
from PySide6.QtCore import Qt

from newsroom.core import revisions
from newsroom.core.model import Status
from newsroom.gui.main_window import MainWindow


def stored_status(path: Path, article_id: int) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(
            conn.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        )
    finally:
        conn.close()


def new_story(qtbot, window: MainWindow, headline: str) -> int:
    window.new_article_action.trigger()
    qtbot.keyClicks(window.editor.headline, headline)
    window.session.save_now()
    assert window.editor.loaded_id is not None
    return window.editor.loaded_id


def test_moving_through_the_workflow_from_the_window(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    article_id = new_story(qtbot, window, "Strike closes the port")
    assert window.status_control.isEnabled()
    window.status_control.move_requested.emit(Status.IN_REVIEW)
    assert stored_status(library_path, article_id) == "in_review"
    row = window.article_model.row_of(article_id)
    assert window.article_model.index(row, 1).data() == "In review"
    # Ready is refused while required fields are missing, and nothing changes.
    texts = answer_dialog()
    window.status_control.move_requested.emit(Status.READY)
    assert texts and "cannot be marked ready" in texts[0]
    assert stored_status(library_path, article_id) == "in_review"
    # A status change is a revision of its own.
    reasons = [r.reason for r in revisions.list_revisions(window.library, article_id)]
    assert any("In review" in reason for reason in reasons)


def test_a_checklist_entry_puts_the_cursor_in_its_field(qtbot, window: MainWindow) -> None:
    new_story(qtbot, window, "Untitled tensions")
    window.checklist.field_requested.emit("byline")
    qtbot.waitUntil(window.editor.byline.hasFocus, timeout=2000)


def test_restoring_a_revision_is_undoable(qtbot, window: MainWindow, library_path: Path) -> None:
    article_id = new_story(qtbot, window, "Budget vote")
    body = window.editor.body
    qtbot.keyClicks(body, "First version.")
    window.session.record_revision()
    body.selectAll()
    qtbot.keyClicks(body, "Second version.")
    window.session.record_revision()
    history = revisions.list_revisions(window.library, article_id)
    first = next(
        r for r in history if revisions.get_revision(window.library, r.id).body == "First version."
    )
    window.history.restore_requested.emit(first.id)
    assert body.toPlainText() == "First version."
    assert window.library.article(article_id).body == "First version."
    assert len(revisions.list_revisions(window.library, article_id)) > len(history)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Second version."
    window.session.save_now()
    assert window.library.article(article_id).body == "Second version."


def test_the_checklist_is_checked_when_typing_pauses(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.checklist_updated, timeout=10000):
        new_story(qtbot, window, "Floods close the port")  # checked once it opens
    qtbot.wait(100)
    updates: list[bool] = []
    window.checklist_updated.connect(lambda: updates.append(True))
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, "A picture: ![](https://example.org/flood.jpg)")
    assert updates == []  # not while typing
    # The pause: saved and checked, the body parsed on a worker thread.
    qtbot.waitUntil(lambda: bool(updates), timeout=10000)
    assert window.save_state.text().startswith("Saved")
    assert any("alt text" in f.message for f in window.checklist.findings)
