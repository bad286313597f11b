"""The window on a library whose disk fills up while the journalist types: a real
3 MB tmpfs (tests/small_disk.py: mounted as root, skipped with the reason elsewhere),
filled from outside as another program would fill it, then freed.

Nothing typed is lost: the bar above the editor says why the article is not saved,
the window saves by itself once there is space again, and closing while it cannot
save asks to save a copy elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dialogs import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from small_disk import SmallDisk, small_disk

from newsroom.core.library import open_library
from newsroom.core.publish.secrets import Secrets
from newsroom.gui.main_window import MainWindow

#: What a person must never be shown: a Python exception's name.
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception)\b|sqlite3|errno")


def answer_boxes(*buttons: QMessageBox.StandardButton) -> list[str]:
    """Answer the next message boxes in turn, pressing ``buttons``; the text of each."""
    texts: list[str] = []
    left = list(buttons)

    def answer(box: QMessageBox) -> None:
        texts.append(f"{box.text()}\n\n{box.informativeText()}")
        box.button(left.pop(0)).click()
        if left:
            when_modal(QMessageBox, answer)

    when_modal(QMessageBox, answer)
    return texts


@contextmanager
def window_on(
    qtbot, disk: SmallDisk, settings: QSettings, secrets: Secrets
) -> Iterator[MainWindow]:
    """A window on a new library on ``disk``, its cursor at the end of the body; closed
    (on a disk with space again) afterwards."""
    win = MainWindow(open_library(disk.mount / "Desk.newsroom"), settings, secrets=secrets)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
            win.show()
        win.editor.body.setFocus()
        win.editor.body.moveCursor(QTextCursor.MoveOperation.End)
        yield win
    finally:
        disk.free()  # a test that failed half-way: the window can save, and closes
        win.close()


def stored_body(disk: SmallDisk, article_id: int | None) -> str:
    """An article's body as the library file holds it, opened again."""
    assert article_id is not None
    library = open_library(disk.mount / "Desk.newsroom", create=False)
    try:
        return library.article(article_id).body
    finally:
        library.close()


def test_a_disk_that_fills_while_typing_loses_no_keystroke(
    qtbot, tmp_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        with window_on(qtbot, disk, settings, secrets) as win:
            body, banner, session = win.editor.body, win.save_banner, win.session
            qtbot.keyClicks(body, " Before the disk filled.")
            qtbot.waitUntil(lambda: not session.unsaved, timeout=10000)
            disk.fill()
            qtbot.keyClicks(body, " While it was full,")
            qtbot.waitUntil(banner.isVisible, timeout=10000)  # the autosave failed
            text = banner.message.text()
            assert "The disk that holds “Desk.newsroom” is full. Free at least" in text
            assert "Nothing you typed is lost" in text
            assert not EXCEPTION_NAME.search(text), text
            assert win.save_state.text() == "Not saved" and session.unsaved
            qtbot.keyClicks(body, " and more still.")
            qtbot.wait(500)
            assert banner.isVisible() and session.unsaved
            disk.free()
            qtbot.waitUntil(banner.isHidden, timeout=15000)  # the next retry saved
            qtbot.waitUntil(lambda: not session.unsaved, timeout=10000)
            assert win.save_state.text().startswith("Saved")
            typed, article_id = body.toPlainText(), win.editor.loaded_id
        assert typed.endswith(" Before the disk filled. While it was full, and more still.")
        assert stored_body(disk, article_id) == typed


def test_try_again_saves_at_once_once_there_is_space(
    qtbot, tmp_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        with window_on(qtbot, disk, settings, secrets) as win:
            disk.fill()
            qtbot.keyClicks(win.editor.body, " Typed on a full disk.")
            qtbot.waitUntil(win.save_banner.isVisible, timeout=10000)
            win.save_banner.retry_button.click()  # no space yet: it stays
            qtbot.wait(300)
            assert win.save_banner.isVisible() and win.session.unsaved
            disk.free()
            win.save_banner.retry_button.click()  # sooner than the next retry
            qtbot.waitUntil(win.save_banner.isHidden, timeout=2000)
            qtbot.waitUntil(lambda: not win.session.unsaved, timeout=5000)
            typed, article_id = win.editor.body.toPlainText(), win.editor.loaded_id
        assert stored_body(disk, article_id) == typed


def test_closing_while_unsaved_asks_and_saves_a_copy_elsewhere(
    qtbot, tmp_path: Path, settings: QSettings, secrets: Secrets, monkeypatch
) -> None:
    copy = tmp_path / "Rescued.md"
    asked: list[str] = []

    def save_dialog(parent, caption, folder, filters, *args):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return str(copy), filters

    # The system's save dialog cannot be driven offscreen: it answers with a path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with small_disk(tmp_path / "disk") as disk, window_on(qtbot, disk, settings, secrets) as win:
        disk.fill()
        qtbot.keyClicks(win.editor.body, " Only in the window.")
        qtbot.waitUntil(win.save_banner.isVisible, timeout=10000)
        buttons = QMessageBox.StandardButton
        texts = answer_boxes(buttons.Cancel)
        win.close()
        assert (
            len(texts) == 1 and "“Welcome to Newsroom” has changes that are not saved" in texts[0]
        )
        assert "The disk that holds “Desk.newsroom” is full" in texts[0]
        assert not EXCEPTION_NAME.search(texts[0]), texts[0]
        assert win.isVisible() and win.editor.body.toPlainText().endswith(" Only in the window.")
        texts = answer_boxes(buttons.Discard, buttons.Cancel)  # Close Without Saving… no
        win.close()
        assert len(texts) == 2 and "lose what you typed" in texts[1]
        assert win.isVisible()
        answer_boxes(buttons.Save)  # Save a Copy As…
        win.close()
        assert not win.isVisible()
        assert asked == ["Markdown with front matter (*.md)"]
    written = copy.read_text(encoding="utf-8")
    assert written.startswith("---\nheadline: Welcome to Newsroom\n")
    assert written.rstrip().endswith(" Only in the window.")


def test_an_export_that_would_leave_out_unsaved_changes_is_not_made(
    qtbot, tmp_path: Path, settings: QSettings, secrets: Secrets, monkeypatch
) -> None:
    """File › Export… writes what the library holds; while the latest changes cannot be
    saved it says so and points to Save a Copy As…, rather than writing an older text."""
    from newsroom.core.exporters import FORMATS
    from newsroom.gui.transfer import export_dialog

    exported = tmp_path / "Out.md"
    # The system's save dialog cannot be driven offscreen: it answers with a path.
    monkeypatch.setattr(
        export_dialog,
        "ask_export_file",
        lambda *args: (exported, next(f for f in FORMATS.values() if f.suffix == ".md")),
    )
    with small_disk(tmp_path / "disk") as disk, window_on(qtbot, disk, settings, secrets) as win:
        disk.fill()
        qtbot.keyClicks(win.editor.body, " Not in the library.")
        qtbot.waitUntil(win.save_banner.isVisible, timeout=10000)
        texts = answer_boxes(QMessageBox.StandardButton.Ok)
        win._export()
        assert texts and "Save a Copy As" in texts[0]
        assert not EXCEPTION_NAME.search(texts[0])
        assert not exported.exists()
