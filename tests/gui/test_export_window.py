"""Exporting from the window: File › Export… with the system's save dialog answered (it
cannot run here), and the library browser's Export… of many articles with progress and
Cancel, written off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialogs import when_modal
from docx import Document
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from newsroom.core.exporters import FORMATS
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.library.library_browser import LibraryBrowser
from newsroom.gui.main_window import MainWindow
from newsroom.gui.tasks import Operation, TaskManager
from newsroom.gui.transfer.export_dialog import (
    ExportFolderDialog,
    ExportJob,
    ExportReport,
    run_exports,
)

HEADLINES = ("Barges wait at Basel", "Council votes on budget", "Storm closes the port")


def answer_save_dialog(
    monkeypatch: pytest.MonkeyPatch, answer: Path | None, file_type: str = ""
) -> list[tuple[str, str, str]]:
    """The system's save dialog, answered with ``answer`` (None: Cancel) and the file
    type chosen in it; returns what it was asked with: the name it suggested, its file
    types and the type it had chosen."""
    asked: list[tuple[str, str, str]] = []

    def get_save_file_name(
        parent: QWidget, caption: str, path: str, filters: str, chosen: str, *rest: object
    ) -> tuple[str, str]:
        asked.append((path, filters, chosen))
        return (str(answer), file_type) if answer else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def answer_boxes(*buttons: QMessageBox.StandardButton) -> list[str]:
    """Answer the next message boxes in turn, pressing ``buttons``; returns the text
    of each (its informative text after a blank line, when it has one)."""
    texts: list[str] = []
    left = list(buttons)

    def answer(box: QMessageBox) -> None:
        texts.append("\n\n".join(t for t in (box.text(), box.informativeText()) if t))
        box.button(left.pop(0)).click()
        if left:
            when_modal(QMessageBox, answer)

    when_modal(QMessageBox, answer)
    return texts


def test_file_export_writes_the_format_the_save_dialog_chose(
    qtbot, window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.export_action.text() == "&Export…"
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    asked = answer_save_dialog(monkeypatch, tmp_path / "For the lawyer", FORMATS["docx"].filter)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Late correction from the desk.")

    window.export_action.trigger()  # before autosave had its turn

    written = tmp_path / "For the lawyer.docx"  # the suffix of the type chosen, added
    qtbot.waitUntil(lambda: str(written) in window.statusBar().currentMessage(), timeout=10000)
    ((suggested, filters, chosen),) = asked
    assert Path(suggested) == window.library.path.parent / "welcome-to-newsroom.html"
    assert filters.split(";;") == [f.filter for f in FORMATS.values()]
    assert chosen == FORMATS["html"].filter  # nothing remembered yet
    document = Document(str(written))
    assert document.paragraphs[0].text == "Welcome to Newsroom"
    assert any(p.text == "Late correction from the desk." for p in document.paragraphs)
    assert settings.value("export/format") == "docx"
    assert settings.value("export/folder") == str(tmp_path)


def test_the_remembered_folder_and_format_are_offered_next_time(
    qtbot, window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.setValue("export/folder", str(tmp_path))
    settings.setValue("export/format", "ninjs")
    asked = answer_save_dialog(monkeypatch, tmp_path / "wire.json", FORMATS["ninjs"].filter)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "wire.json" in window.statusBar().currentMessage(), timeout=10000)
    ((suggested, _filters, chosen),) = asked
    assert Path(suggested) == tmp_path / "welcome-to-newsroom.json"
    assert chosen == FORMATS["ninjs"].filter
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".json", ".svg")) == [
        "newsroom-workflow.svg",
        "wire.json",
    ]


def test_no_answer_in_the_save_dialog_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, None)
    before = sorted(tmp_path.iterdir())
    window.export_action.trigger()
    qtbot.wait(100)
    assert not window.tasks.busy
    assert sorted(tmp_path.iterdir()) == before


def test_a_failed_export_names_the_article_and_says_why(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "Unplugged drive" / "page", FORMATS["html"].filter)
    texts = answer_boxes(QMessageBox.StandardButton.Ok)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=10000)
    (text,) = texts
    assert "Exported 0 of 1 article" in text
    assert "“Welcome to Newsroom” was not exported as a web page." in text
    assert "“page.html”" in text and "does not exist" in text
    assert not (tmp_path / "Unplugged drive").exists()


# -- the library browser ------------------------------------------------------------------
@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.wait(10000)


@pytest.fixture
def browser(qtbot, library: Library, settings: QSettings, tasks: TaskManager) -> LibraryBrowser:
    for headline in HEADLINES:
        library.create_article(Article(headline=headline, body=f"The text of “{headline}”."))
    widget = LibraryBrowser(library, settings, tasks=tasks)
    qtbot.addWidget(widget, before_close_func=lambda b: b.shutdown())
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.reader.busy and widget.model.rowCount() == 4)
    return widget


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def select_all(browser: LibraryBrowser) -> None:
    browser.table.setFocus()
    browser.table.selectAll()


def fill_folder_dialog(folder: Path, fmt: str, unnamed: list[str]) -> None:
    """Answer the next Export dialog: this folder, this format; ``unnamed`` gets the
    controls of it that a screen reader could not name."""

    def answer(dialog: ExportFolderDialog) -> None:
        controls = [
            w for kind in (QLineEdit, QComboBox, QAbstractButton) for w in dialog.findChildren(kind)
        ]
        assert len(controls) >= 5
        unnamed.extend(type(w).__name__ for w in controls if not w.accessibleName())
        dialog.folder_edit.setText(str(folder))
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        assert dialog.export_button.isEnabled()
        dialog.export_button.click()

    when_modal(ExportFolderDialog, answer)


def test_the_selection_exports_into_a_folder_from_the_context_menu(
    qtbot, browser: LibraryBrowser, settings: QSettings, tmp_path: Path
) -> None:
    assert not browser.export_action.isEnabled()  # nothing selected
    select_all(browser)
    assert browser.export_button.isEnabled() and browser.export_button.accessibleName()
    menu = browser.context_menu()
    (export,) = [a for a in menu.actions() if a.text() == "Export…"]
    assert export.isEnabled()
    folder = tmp_path / "desk"
    folder.mkdir()
    unnamed: list[str] = []
    fill_folder_dialog(folder, "md", unnamed)

    with qtbot.waitSignal(browser.exported, timeout=20000) as done:
        export.trigger()
    report: ExportReport = done.args[0]

    assert report.failed == [] and report.exported == 4 and not report.cancelled
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "barges-wait-at-basel.md",
        "council-votes-on-budget.md",
        "storm-closes-the-port.md",
        "welcome-to-newsroom.md",
    ]
    text = (folder / "storm-closes-the-port.md").read_text(encoding="utf-8")
    assert text.startswith("---\nheadline: Storm closes the port\n")
    assert browser.count_label.text() == "Exported 4 of 4 articles (Markdown with front matter)."
    assert settings.value("export/folder") == str(folder)
    assert settings.value("export/format") == "md"
    assert unnamed == []  # every control of the dialog is named for a screen reader


def test_cancel_stops_before_the_first_article_and_writes_nothing(
    qtbot, browser: LibraryBrowser, tasks: TaskManager, out: Path
) -> None:
    select_all(browser)
    # Keep the pool busy, so that Cancel is pressed before the export begins.
    release = threading.Event()
    for n in range(2):
        tasks.run(Operation(f"busy {n}", lambda: release.wait(20), lambda _: None))
    runner = browser.export_selected(out, "docx")
    assert runner is not None
    assert not browser.export_button.isEnabled()  # one export at a time
    dialog = runner.progress
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # the export is taking a while
    assert dialog.accessibleName() == "Export progress"
    with qtbot.waitSignal(browser.exported, timeout=20000) as done:
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        assert runner.cancel.is_set() and "Stopping" in dialog.labelText()
        release.set()
    report: ExportReport = done.args[0]
    assert report.cancelled and report.done == 0 and report.written == []
    assert [p for p in out.iterdir() if p.suffix == ".docx"] == []
    assert "Stopped before the other 4." in browser.count_label.text()
    assert browser.export_button.isEnabled()


def test_cancel_keeps_the_articles_already_written(library: Library, out: Path) -> None:
    """Cancel is looked at before each article: those written stay, whole."""
    ids = [library.create_article(Article(headline=h)).id for h in HEADLINES]
    jobs = [
        ExportJob(i or 0, h, out / f"{n}.html")
        for n, (i, h) in enumerate(zip(ids, HEADLINES, strict=True))
    ]
    cancel = threading.Event()
    seen: list[str] = []

    def progress(number: int, headline: str) -> None:
        seen.append(headline)
        if number == 1:
            cancel.set()  # the journalist presses Cancel while the second is written

    report = run_exports(library, jobs, "html", force=False, cancel=cancel, progress=progress)
    assert report.cancelled and report.done == 2 and report.failed == []
    assert seen == list(HEADLINES[:2])
    assert sorted(p.name for p in out.iterdir()) == ["0.html", "1.html"]
    assert "Stopped before the other 1." in report.summary()


def test_files_in_the_folder_are_replaced_only_when_the_journalist_says_so(
    qtbot, browser: LibraryBrowser, out: Path
) -> None:
    select_all(browser)
    there = out / "welcome-to-newsroom.html"
    there.write_text("the editor's page", encoding="utf-8")
    texts = answer_boxes(QMessageBox.StandardButton.Cancel)
    assert browser.export_selected(out, "html") is None
    (question,) = texts
    assert "“welcome-to-newsroom.html”" in question and "Replace it?" in question
    assert there.read_text(encoding="utf-8") == "the editor's page"
    assert sorted(p.name for p in out.iterdir()) == ["welcome-to-newsroom.html"]

    answer_boxes(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(browser.exported, timeout=20000) as done:
        browser.export_selected(out, "html")
    assert done.args[0].exported == 4
    assert there.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_article_that_cannot_be_written_is_named_and_the_others_are_written(
    qtbot, browser: LibraryBrowser, out: Path
) -> None:
    select_all(browser)
    (out / "council-votes-on-budget.docx").mkdir()  # a folder where its file would go
    texts = answer_boxes(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(browser.exported, timeout=20000) as done:
        browser.export_selected(out, "docx")
    qtbot.waitUntil(lambda: len(texts) == 2, timeout=5000)
    report: ExportReport = done.args[0]
    assert report.exported == 3 and len(report.failed) == 1
    problem = texts[1]
    assert "Exported 3 of 4 articles (Word documents). 1 could not be exported." in problem
    assert "“Council votes on budget” was not exported as a Word document." in problem
    assert "council-votes-on-budget.docx" in problem
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "barges-wait-at-basel.docx",
        "storm-closes-the-port.docx",
        "welcome-to-newsroom.docx",
    ]


def test_closing_the_browser_stops_an_export(
    qtbot, browser: LibraryBrowser, tasks: TaskManager, out: Path
) -> None:
    select_all(browser)
    release = threading.Event()
    for n in range(2):
        tasks.run(Operation(f"busy {n}", lambda: release.wait(20), lambda _: None))
    runner = browser.export_selected(out, "md")
    assert runner is not None
    threading.Timer(0.2, release.set).start()
    browser.shutdown()  # waits for the pool: the export saw Cancel and wrote nothing
    assert runner.cancel.is_set()
    assert [p for p in out.iterdir() if p.suffix == ".md"] == []
    QApplication.processEvents()
