"""File › Back Up Library…: the file dialog answered, the copy made off the GUI thread."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from dialogs import answer_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from newsroom.core.library import Library, open_library
from newsroom.gui.main_window import MainWindow
from newsroom.gui.tasks import Operation, TaskManager
from newsroom.gui.transfer.backup_dialog import BackupRunner


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """The system's save dialog, answered with ``answer`` (None: Cancel); returns the
    name it suggested."""
    suggested: list[str] = []

    def get_save_file_name(parent: QWidget, caption: str, path: str, *rest: object) -> tuple:
        suggested.append(path)
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def test_the_menu_backs_up_what_was_just_typed(
    qtbot, window: MainWindow, library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "Backup of the desk.newsroom"
    suggested = answer_save_dialog(monkeypatch, destination)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Late correction from the desk.")

    window.backup_action.trigger()  # before autosave had its turn

    qtbot.waitUntil(lambda: str(destination) in window.statusBar().currentMessage(), timeout=10000)
    assert re.search(r"\(\d+(\.\d)? (KB|MB)\)", window.statusBar().currentMessage())
    (name,) = suggested
    assert Path(name).parent == library_path.parent
    assert re.fullmatch(r"Test-\d{4}-\d\d-\d\d-\d{4}\.newsroom", Path(name).name)
    conn = sqlite3.connect(f"{destination.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with open_library(destination, read_only=True) as copy:
        welcome = copy.article_by_slug("welcome-to-newsroom")
        assert "Late correction from the desk." in welcome.body
    assert window.library.article_by_slug("welcome-to-newsroom").body == welcome.body


def test_a_failed_backup_says_why_in_a_message(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "Unplugged drive" / "Desk"
    answer_save_dialog(monkeypatch, destination)
    texts = answer_dialog(QMessageBox.StandardButton.Ok)

    window.backup_action.trigger()

    qtbot.waitUntil(lambda: bool(texts), timeout=10000)
    (text,) = texts
    assert "not backed up" in text
    assert "“Desk.newsroom”" in text and "does not exist" in text
    assert not destination.parent.exists()


def test_no_answer_in_the_file_dialog_backs_up_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, None)
    before = sorted(os.listdir(tmp_path))
    window.backup_action.trigger()
    qtbot.wait(100)
    assert not window.tasks.busy
    assert sorted(os.listdir(tmp_path)) == before


def test_cancel_leaves_no_file(qtbot, library: Library, tasks: TaskManager, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    destination = tmp_path / "Cancelled.newsroom"
    # Keep the pool busy so that Cancel is pressed before the copy begins.
    release = threading.Event()
    for n in range(2):
        tasks.run(Operation(f"busy {n}", lambda: release.wait(10), lambda _: None))
    runner = BackupRunner(library, destination, tasks, parent)
    with qtbot.waitSignal(runner.finished, timeout=10000) as finished:
        runner.start()
        assert runner.progress.isVisible()
        assert "Test.newsroom" in runner.progress.labelText()
        button = runner.progress.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        assert runner.cancel.is_set()
        assert "Stopping" in runner.progress.labelText()
        release.set()
    message, error = finished.args
    assert not error
    assert "Cancelled.newsroom" in message and "cancelled" in message
    assert not destination.exists()
    assert [p.name for p in tmp_path.iterdir() if "Cancelled" in p.name] == []
