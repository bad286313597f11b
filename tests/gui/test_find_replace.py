"""Find and replace on a real editor: keys, options, counter, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from newsroom.gui.editor.find_replace import MAX_COUNTED, FindReplaceBar

TEXT = "The Rhine rose. The rhine fell.\nA rhinestone. Rhine 😀 Rhine"


class Host(QWidget):
    """An editor with the bar under it, as the article editor holds them."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.bar = FindReplaceBar(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.bar)


@pytest.fixture
def host(qtbot) -> Host:
    widget = Host()
    qtbot.addWidget(widget)
    widget.editor.setPlainText(TEXT)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    return widget


def selected(host: Host) -> tuple[int, int, str]:
    cursor = host.editor.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd(), cursor.selectedText()


def search(qtbot, host: Host, text: str) -> None:
    host.bar.find_field.clear()
    qtbot.keyClicks(host.bar.find_field, text)


def test_show_find_takes_the_selection_and_hides_replace(qtbot, host: Host) -> None:
    assert host.bar.isHidden()
    cursor = host.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    host.editor.setTextCursor(cursor)
    host.bar.show_find()
    assert host.bar.isVisible()
    assert host.bar.find_field.text() == "Rhine"
    assert host.bar.find_field.hasFocus()
    assert not host.bar.replace_field.isVisible()
    assert host.bar.status_text() == "1 of 5"
    host.bar.show_replace()
    assert host.bar.replace_field.isVisible() and host.bar.replace_button.isVisible()


def test_counter_and_enter_shift_enter_wrap_around(qtbot, host: Host) -> None:
    host.bar.show_find()
    search(qtbot, host, "rhine")
    assert selected(host)[2] == "Rhine"
    assert host.bar.status_text() == "1 of 5"
    qtbot.keyClick(host.bar.find_field, Qt.Key.Key_Return)
    assert selected(host)[:2] == (20, 25)
    assert host.bar.status_text() == "2 of 5"
    for _ in range(3):
        qtbot.keyClick(host.bar.find_field, Qt.Key.Key_Return)
    assert host.bar.status_text() == "5 of 5"
    qtbot.keyClick(host.bar.find_field, Qt.Key.Key_Return)
    assert host.bar.status_text() == "1 of 5"  # wrapped
    qtbot.keyClick(host.bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert host.bar.status_text() == "5 of 5"


def test_f3_and_shift_f3_work_from_the_editor_while_the_bar_shows(qtbot, host: Host) -> None:
    host.bar.show_find()
    search(qtbot, host, "Rhine")
    host.editor.setFocus()
    qtbot.keyClick(host.editor, Qt.Key.Key_F3)
    assert host.bar.status_text() == "2 of 5"
    qtbot.keyClick(host.editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert host.bar.status_text() == "1 of 5"
    host.bar.close_bar()
    before = selected(host)
    qtbot.keyClick(host.editor, Qt.Key.Key_F3)
    assert selected(host) == before  # the bar is closed: F3 is not its any more


def test_positions_hold_after_characters_beyond_the_bmp(qtbot, host: Host) -> None:
    host.bar.show_find()
    search(qtbot, host, "Rhine")
    host.bar.find_previous()
    assert selected(host)[2] == "Rhine"
    assert host.bar.status_text() == "5 of 5"


def test_match_case_and_whole_words(qtbot, host: Host) -> None:
    host.bar.show_find()
    search(qtbot, host, "rhine")
    host.bar.match_case.setChecked(True)
    assert host.bar.status_text() == "1 of 2"
    host.bar.whole_words.setChecked(True)
    assert host.bar.status_text() == "1 of 1"
    host.bar.match_case.setChecked(False)
    assert host.bar.status_text().endswith("of 4")  # not "rhinestone"
    search(qtbot, host, "nothing here")
    assert host.bar.status_text() == "No matches"
    assert not host.bar.find_next()


def test_invalid_regex_says_so_and_disables_the_buttons(qtbot, host: Host) -> None:
    host.bar.show_replace()
    host.bar.regex.setChecked(True)
    search(qtbot, host, "Rh(ine")
    assert host.bar.status_text().startswith("Invalid regular expression:")
    assert "(at character" in host.bar.status_text()
    assert not host.bar.next_button.isEnabled()
    assert not host.bar.replace_all_button.isEnabled()
    assert host.bar.replace_all() == 0
    assert host.editor.toPlainText() == TEXT
    qtbot.keyClicks(host.bar.find_field, ")")
    assert host.bar.status_text() == "1 of 5"
    assert host.bar.next_button.isEnabled()


def test_replace_one_then_the_next(qtbot, host: Host) -> None:
    host.bar.show_replace()
    search(qtbot, host, "rhine")
    qtbot.keyClicks(host.bar.replace_field, "Rhein")
    qtbot.keyClick(host.bar.replace_field, Qt.Key.Key_Return)
    assert host.editor.toPlainText().startswith("The Rhein rose. The rhine fell.")
    assert host.bar.status_text() == "1 of 4"
    assert selected(host)[:2] == (20, 25)
    host.editor.undo()
    assert host.editor.toPlainText() == TEXT


def test_replace_all_is_one_undo_step(qtbot, host: Host) -> None:
    host.bar.show_replace()
    search(qtbot, host, "Rhine")
    host.bar.whole_words.setChecked(True)
    qtbot.keyClicks(host.bar.replace_field, "Rhein")
    qtbot.mouseClick(host.bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert host.editor.toPlainText() == (
        "The Rhein rose. The Rhein fell.\nA rhinestone. Rhein 😀 Rhein"
    )
    assert host.bar.status_text() == "Replaced 4"
    host.editor.undo()
    assert host.editor.toPlainText() == TEXT


def test_regex_replacement_with_groups(qtbot, host: Host) -> None:
    host.bar.show_replace()
    host.bar.regex.setChecked(True)
    host.bar.match_case.setChecked(True)
    search(qtbot, host, r"The (\w+) (\w+)\.")
    host.bar.replace_field.setText(r"\2: \1 (\0)\\")
    assert host.bar.replace_all() == 2
    assert (
        host.editor.toPlainText().split("\n")[0]
        == (r"rose: Rhine (The Rhine rose.)\ fell: rhine (The rhine fell.)\ ").rstrip()
    )


def test_empty_matches_are_skipped(qtbot, host: Host) -> None:
    host.bar.show_replace()
    host.bar.regex.setChecked(True)
    search(qtbot, host, "x*")
    assert host.bar.status_text() == "No matches"
    assert host.bar.replace_all() == 0


def test_the_count_follows_edits_after_a_pause(qtbot, host: Host) -> None:
    host.bar.show_find()
    search(qtbot, host, "Rhine")
    host.editor.setFocus()
    host.editor.moveCursor(host.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(host.editor, " Rhine")
    qtbot.waitUntil(lambda: host.bar.status_text() == "6 matches")


def test_counting_stops_at_the_cap(qtbot, host: Host) -> None:
    host.editor.setPlainText("a" * (MAX_COUNTED + 5))
    host.bar.show_find()
    search(qtbot, host, "a")
    assert host.bar.status_text() == f"1 of {MAX_COUNTED:,}+"


def test_escape_closes_and_returns_to_the_editor(qtbot, host: Host) -> None:
    host.bar.show_find()
    qtbot.keyClick(host.bar.find_field, Qt.Key.Key_Escape)
    assert host.bar.isHidden()
    assert host.editor.hasFocus()


def test_every_control_has_an_accessible_name(host: Host) -> None:
    for child in host.bar.findChildren(QWidget):
        if child.isWidgetType() and child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert child.accessibleName(), child
