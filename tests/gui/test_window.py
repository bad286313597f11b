"""The main window on real parts: a library file, real widgets, a real QtWebEngine page."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from newsroom.core.library import open_library
from newsroom.gui.editor.article_session import AUTOSAVE_MS
from newsroom.gui.main_window import MainWindow


def stored(path: Path, sql: str, *params: object) -> object:
    """Read the library file through a connection of its own, as another program would."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def page_text(qtbot, window: MainWindow) -> str:
    """The text of the page that QtWebEngine shows now."""
    got: list[str] = []
    window.preview.view.page().toPlainText(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def wait_for_page_text(qtbot, window: MainWindow, needle: str, timeout: int = 5000) -> str:
    seen: list[str] = [""]

    def shows() -> bool:
        seen[0] = page_text(qtbot, window)
        return needle in seen[0]

    qtbot.waitUntil(shows, timeout=timeout)
    return seen[0]


def test_opens_with_the_welcome_article_in_editor_and_preview(qtbot, window: MainWindow) -> None:
    assert window.editor.headline.text() == "Welcome to Newsroom"
    assert "## Writing" in window.editor.body.toPlainText()
    text = wait_for_page_text(qtbot, window, "Welcome to Newsroom")
    assert "You Might Also Like" in text
    assert "BRUSSELS —" in text
    assert "Welcome to Newsroom" in window.windowTitle()


def test_typing_updates_the_preview_and_is_saved_within_two_seconds(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "The minister resigned at dawn.")
    typed_at = time.monotonic()

    qtbot.waitUntil(lambda: "The minister resigned at dawn." in window.preview.html, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            "The minister resigned at dawn."
            in str(
                stored(library_path, "SELECT body FROM articles WHERE slug = 'welcome-to-newsroom'")
            )
        ),
        timeout=2000,
    )
    assert time.monotonic() - typed_at < 2.0
    wait_for_page_text(qtbot, window, "The minister resigned at dawn.")
    assert window.save_state.text().startswith("Saved")


def test_a_new_untitled_article_is_kept_and_saved_as_typed(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    before = stored(library_path, "SELECT count(*) FROM articles")
    window.new_article_action.trigger()
    assert stored(library_path, "SELECT count(*) FROM articles") == before + 1  # type: ignore[operator]
    assert window.editor.headline.hasFocus() or window.editor.headline.isEnabled()
    qtbot.keyClicks(window.editor.headline, "Floods close the Rhine")
    qtbot.keyClicks(window.editor.body, "Barges waited at Basel.")
    qtbot.waitUntil(
        lambda: (
            stored(
                library_path, "SELECT body FROM articles WHERE headline = 'Floods close the Rhine'"
            )
            == "Barges waited at Basel."
        ),
        timeout=AUTOSAVE_MS + 1000,
    )
    assert (
        stored(library_path, "SELECT slug FROM articles WHERE headline = 'Floods close the Rhine'")
        == "floods-close-the-rhine"
    )
    qtbot.waitUntil(lambda: "Floods close the Rhine" in window.preview.html, timeout=5000)

    def headlines() -> list[str]:
        model = window.article_model
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    # The list shows the row once the save's result is back on the window's thread,
    # which may come a moment after the file has it.
    qtbot.waitUntil(lambda: "Floods close the Rhine" in headlines(), timeout=5000)


def test_changing_section_byline_and_dateline_reaches_preview_and_file(
    qtbot, window: MainWindow, library_path: Path
) -> None:
    combo = window.editor.section
    index = next(i for i in range(combo.count()) if combo.itemText(i).endswith("Art/Design"))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    window.editor.dateline.clear()
    qtbot.keyClicks(window.editor.dateline, "Lisbon")
    qtbot.waitUntil(lambda: "LISBON —" in window.preview.html, timeout=5000)
    assert "Art/Design" in window.preview.html and "Culture" in window.preview.html
    section_id = combo.itemData(index)
    qtbot.waitUntil(
        lambda: stored(library_path, "SELECT section_id FROM articles WHERE id = 1") == section_id,
        timeout=3000,
    )


def test_choosing_a_section_filters_the_list(qtbot, window: MainWindow) -> None:
    model = window.sections.model()
    culture = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "Culture"
    )
    window.sections.setCurrentIndex(culture)
    assert window.article_model.rowCount() == 0
    window.sections.setCurrentIndex(model.index(0, 0))  # All articles
    assert window.article_model.rowCount() == 1


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    window.preview.view  # noqa: B018 (built lazily)
    controls = [
        w
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
    ]
    assert len(controls) >= 7

    # Qt's own parts of a composite control (the line edit inside a date-time edit,
    # "qt_spinbox_lineedit") are announced through their named parent.
    def named(w: object) -> bool:
        if w.accessibleName():  # type: ignore[attr-defined]
            return True
        parent = w.parentWidget()  # type: ignore[attr-defined]
        return w.objectName().startswith("qt_") and bool(parent and parent.accessibleName())  # type: ignore[attr-defined]

    unnamed = [f"{type(w).__name__}({w.objectName()})" for w in controls if not named(w)]
    assert unnamed == []
    assert window.preview.view.accessibleName()


def test_read_only_library_opens_read_only_and_says_so(
    qtbot, library_path: Path, settings: QSettings
) -> None:
    open_library(library_path).close()
    library_path.chmod(0o444)
    win = MainWindow(open_library(library_path), settings)
    qtbot.addWidget(win)
    assert "[read-only]" in win.windowTitle()
    assert win.editor.body.isReadOnly()
    assert not win.new_article_action.isEnabled()
    labels = [w.text() for w in win.statusBar().findChildren(type(win.save_state))]
    assert "Read-only" in labels
    win.close()


def test_layout_and_recent_libraries_are_remembered(
    qtbot, library_path: Path, settings: QSettings
) -> None:
    first = MainWindow(open_library(library_path), settings)
    qtbot.addWidget(first)
    first.splitter.setSizes([300, 500, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(open_library(library_path), settings)
    qtbot.addWidget(second)
    assert second.splitter.sizes() == sizes
    assert second.recent.paths() == [str(library_path.resolve())]
    second.close()


def test_article_links_in_the_preview_open_in_the_app(qtbot, window: MainWindow) -> None:
    window.new_article_action.trigger()
    qtbot.keyClicks(window.editor.headline, "Second story")
    window.session.save_now()
    second = window.editor.loaded_id
    welcome = window.library.article_by_slug("welcome-to-newsroom")
    window.open_article(welcome.id)  # type: ignore[arg-type]
    assert window.editor.loaded_id == welcome.id
    from PySide6.QtCore import QUrl

    window.preview.link_clicked.emit(QUrl("newsroom://article/second-story"))
    assert window.editor.loaded_id == second
    assert window.editor.headline.text() == "Second story"


def test_edit_menu_commands_act_on_the_focused_field(qtbot, window: MainWindow) -> None:
    body = window.editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=2000)
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Undo me")
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    undo = next(a for a in edit.actions() if a.text() == "&Undo")
    for _ in range(50):
        if "Undo me" not in body.toPlainText():
            break
        undo.trigger()
    assert "Undo me" not in body.toPlainText()
    before = body.toPlainText()
    redo = next(a for a in edit.actions() if a.text() == "&Redo")
    redo.trigger()
    assert body.toPlainText() != before
