"""The editor's features as the window puts them together, on a real library."""

from __future__ import annotations

from pathlib import Path

from dialogs import when_modal
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence

from newsroom.gui.editor.paste import ImageDetailsDialog
from newsroom.gui.main_window import MainWindow


def fill_image_details(caption: str, credit: str, alt: str) -> list[bool]:
    done: list[bool] = []

    def fill(dialog: ImageDetailsDialog) -> None:
        dialog.caption.setText(caption)
        dialog.credit.setText(credit)
        dialog.alt.setText(alt)
        dialog.accept()
        done.append(True)

    when_modal(ImageDetailsDialog, fill)
    return done


def test_a_pasted_image_is_stored_described_and_shown(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8102e"))
    mime = QMimeData()
    mime.setImageData(image)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    filled = fill_image_details("Barges wait at Basel", "Photo: Anna Weber", "Barges on a river")
    body.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: bool(filled), timeout=5000)
    media = window.library.db.execute(
        "SELECT uid, mime_type, caption, credit, alt FROM media ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert media[1:] == (
        "image/png",
        "Barges wait at Basel",
        "Photo: Anna Weber",
        "Barges on a river",
    )
    assert f"media:{media[0]}" in body.toPlainText()
    qtbot.waitUntil(
        lambda: (
            f"newsroom://media/{media[0]}" in window.preview.html
            and "Barges wait at Basel" in window.preview.html
            and "Photo: Anna Weber" in window.preview.html
        ),
        timeout=5000,
    )


def test_spelling_follows_the_article_language(qtbot, window: MainWindow) -> None:
    body = window.editor.body
    assert body.highlighter.spell_checker() is not None
    assert body.highlighter.spell_checker().misspelled("The ministr resigned") == [(4, 7)]
    combo = window.editor.metadata.language
    french = combo.findData("fr")
    combo.setCurrentIndex(french)
    assert body.highlighter.spell_checker() is not None
    assert body.highlighter.spell_checker().misspelled("Le ministre a démissionné") == []


def test_find_replace_and_focus_mode_from_the_menus(qtbot, window: MainWindow) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    find = next(a for a in edit.actions() if a.text() == "&Find…")
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    find.trigger()
    assert window.editor.find_bar.isVisible()
    window.focus_action.trigger()
    assert window.focus_mode.active
    assert not window.library_pane.isVisible() and not window.preview.isVisible()
    window.editor.find_bar.hide()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Escape)  # Escape leaves focus mode
    assert not window.focus_mode.active
    assert not window.focus_action.isChecked()
    assert window.library_pane.isVisible() and window.preview.isVisible()
