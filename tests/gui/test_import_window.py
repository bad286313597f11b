"""File › Import…, files dropped on the window, many files with progress and Cancel,
and a batch with broken files in it: the window over a real library, real files."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from dialogs import when_modal
from import_files import password_protected_docx, photo, word_document
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from newsroom.gui.main_window import MainWindow
from newsroom.gui.transfer.import_dialog import ImportReport, importable_files


def answer_open_dialog(monkeypatch: pytest.MonkeyPatch, answer: list[Path]) -> list[str]:
    """The system's open dialog, answered with ``answer``; returns the folders it
    started in."""
    started_in: list[str] = []

    def get_open_file_names(parent: QWidget, caption: str, folder: str, *rest: object) -> tuple:
        started_in.append(folder)
        return ([str(p) for p in answer], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    return started_in


def warnings_shown() -> list[tuple[str, str]]:
    """The next message box's text and informative text; it is closed."""
    seen: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        box.close()

    when_modal(QMessageBox, answer)
    return seen


def markdown(folder: Path, name: str, headline: str) -> Path:
    path = folder / name
    path.write_text(f"# {headline}\n\n*By Lena Brandt*\n\nThe council met on Monday.\n")
    return path


def test_the_menu_imports_the_files_chosen_and_opens_the_last(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    docx = word_document(inbox / "rhine.docx", picture=photo(gps=True))
    note = markdown(inbox, "council.md", "Council backs the new bridge")
    started_in = answer_open_dialog(monkeypatch, [docx, note])
    before = len(window.library.articles())

    with qtbot.waitSignal(window.imports_done, timeout=20000) as done:
        window.import_action.trigger()

    report: ImportReport = done.args[0]
    assert report.failed == [] and not report.cancelled
    assert len(report.article_ids) == 2
    assert len(window.library.articles()) == before + 2
    rhine = window.library.article(report.article_ids[0])
    assert rhine.headline == "Floods close the Rhine"
    assert "](media:" in rhine.body  # the photo became a library image
    opened = window.editor.article()
    assert opened is not None and opened.id == report.article_ids[1]
    assert opened.headline == "Council backs the new bridge" and opened.byline == "Lena Brandt"
    assert "Imported 2 articles from 2 of 2 files." in window.statusBar().currentMessage()
    assert started_in == [str(window.library.path.parent)]
    assert window.settings.value("import/folder") == str(inbox)  # the next time starts there


def test_the_section_shown_is_where_the_articles_go(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = next(s for s in window.library.section_tree().sections if s.parent_id is None)
    window._filter_sections([section.id])
    answer_open_dialog(monkeypatch, [markdown(tmp_path, "a.md", "In the section shown")])

    with qtbot.waitSignal(window.imports_done, timeout=20000) as done:
        window.import_action.trigger()

    (article_id,) = done.args[0].article_ids
    assert window.library.article(article_id).section_id == section.id


def test_broken_files_are_named_and_the_others_still_import(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    good = markdown(tmp_path, "good.md", "The one that works")
    whole = word_document(tmp_path / "whole.docx").read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(whole[: len(whole) // 2])
    locked = password_protected_docx(tmp_path / "locked.docx")
    missing = tmp_path / "gone.md"
    before = len(window.library.articles())
    shown = warnings_shown()

    with qtbot.waitSignal(window.imports_done, timeout=20000) as done:
        window.import_files([truncated, good, locked, missing])

    report: ImportReport = done.args[0]
    assert len(report.article_ids) == 1 and len(report.failed) == 3
    assert len(window.library.articles()) == before + 1
    assert window.editor.article().headline == "The one that works"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    ((text, details),) = shown
    assert "Imported 1 article from 1 of 4 files." in text and "3 could not be imported" in text
    for name in ("truncated.docx", "locked.docx", "gone.md"):
        assert name in details
    assert "password" in details
    assert "Error" not in details and "Traceback" not in details


def test_cancel_stops_before_the_next_file_and_keeps_those_done(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    # The second file is a pipe: its import waits, mid-batch, until the test writes it.
    first = markdown(tmp_path, "first.md", "First of the batch")
    pipe = tmp_path / "second.md"
    os.mkfifo(pipe)
    rest = [markdown(tmp_path, f"later-{n}.md", f"Later {n}") for n in range(5)]
    before = len(window.library.articles())

    window.import_files([first, pipe, *rest])
    runner = window._import
    assert runner is not None
    dialog = runner.progress
    qtbot.waitUntil(lambda: "second.md" in dialog.labelText(), timeout=10000)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # the import is taking a while
    assert "(2 of 7)" in dialog.labelText()
    with qtbot.waitSignal(window.imports_done, timeout=20000) as done:
        dialog.findChild(QPushButton).click()  # Cancel
        writer = threading.Thread(target=pipe.write_text, args=("# Second of the batch\n",))
        writer.start()
    writer.join()

    report: ImportReport = done.args[0]
    assert report.cancelled and report.files_done == 2 and report.failed == []
    headlines = [window.library.article(i).headline for i in report.article_ids]
    assert headlines == ["First of the batch", "Second of the batch"]
    assert len(window.library.articles()) == before + 2
    assert "Stopped before the other 5." in window.statusBar().currentMessage()


def _file_drag(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    return mime


def test_a_file_dropped_on_the_editor_is_imported_not_inserted(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = markdown(tmp_path, "dropped.md", "Dropped on the window")
    body = window.editor.body
    open_before = window.editor.loaded_id
    assert open_before is not None
    mime = _file_drag([path])
    where = QPointF(body.viewport().rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    enter = QDragEnterEvent(where.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(body.viewport(), enter)
    assert enter.isAccepted()  # by the window: the editor passed it on
    with qtbot.waitSignal(window.imports_done, timeout=20000) as done:
        drop = QDropEvent(where, actions, mime, buttons, keys)
        QApplication.sendEvent(body.viewport(), drop)
        assert drop.isAccepted()

    (article_id,) = done.args[0].article_ids
    assert window.library.article(article_id).headline == "Dropped on the window"
    assert str(path) not in window.library.article(open_before).body  # nothing inserted
    assert window.editor.article().id == article_id  # type: ignore[union-attr]


def test_only_files_newsroom_imports_are_taken_from_a_drag(tmp_path: Path) -> None:
    docs = [tmp_path / "a.docx", tmp_path / "b.html", tmp_path / "c.xml"]
    assert importable_files(_file_drag(docs)) == docs
    assert importable_files(_file_drag([tmp_path / "a.md", tmp_path / "photo.jpg"])) == []
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/story.html")])
    assert importable_files(web) == []
    words = QMimeData()
    words.setText("Just words")
    assert importable_files(words) == []
