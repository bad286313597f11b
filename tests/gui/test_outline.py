"""The outline beside a real editor: H2 with their H3, following the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

from newsroom.gui.panels.outline import OutlineView

ARTICLE = "\n".join(
    ["# Headline", "intro"]
    + ["filler"] * 80
    + ["## The flood", "text", "### Basel", "### Mannheim", "```", "## In code", "```"]
    + ["filler"] * 80
    + ["## What next", "end"]
)


class Host(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.outline = OutlineView(self.editor)
        layout = QHBoxLayout(self)
        layout.addWidget(self.outline)
        layout.addWidget(self.editor)


@pytest.fixture
def host(qtbot) -> Host:
    widget = Host()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.editor.setPlainText(ARTICLE)
    widget.outline.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def tree(view: OutlineView) -> list[tuple[str, list[str]]]:
    return [
        (top.text(0), [top.child(c).text(0) for c in range(top.childCount())])
        for top in (view.topLevelItem(i) for i in range(view.topLevelItemCount()))
    ]


def test_h2_with_nested_h3_and_nothing_from_code(host: Host) -> None:
    assert tree(host.outline) == [("The flood", ["Basel", "Mannheim"]), ("What next", [])]
    assert host.outline.accessibleName() == "Outline"
    assert host.outline.topLevelItem(0).isExpanded()


def test_an_h3_before_any_h2_stands_at_the_top(qtbot, host: Host) -> None:
    host.editor.setPlainText("### Early\n## Later\n### Child")
    host.outline.refresh()
    assert tree(host.outline) == [("Early", []), ("Later", ["Child"])]


def test_the_outline_follows_typing_after_a_pause(qtbot, host: Host) -> None:
    host.editor.moveCursor(host.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(host.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(host.editor, "## Added")
    assert host.outline.pending  # not rebuilt on every keystroke
    qtbot.waitUntil(lambda: not host.outline.pending)
    assert tree(host.outline)[-1] == ("Added", [])


def visible_lines(editor: QPlainTextEdit) -> range:
    first = editor.firstVisibleBlock().blockNumber()
    last = editor.cursorForPosition(editor.viewport().rect().bottomLeft()).blockNumber()
    return range(first, last + 1)


def test_activating_an_entry_moves_the_cursor_and_centres_it(qtbot, host: Host) -> None:
    item = host.outline.topLevelItem(1)
    rect = host.outline.visualItemRect(item)
    with qtbot.waitSignal(host.outline.heading_activated) as blocker:
        qtbot.mouseClick(host.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    line = ARTICLE.split("\n").index("## What next")
    assert blocker.args == [line]
    cursor = host.editor.textCursor()
    assert cursor.blockNumber() == line and cursor.positionInBlock() == 0
    shown = visible_lines(host.editor)
    assert line in shown and shown.start < line < shown.stop - 1  # not at an edge
    assert host.editor.hasFocus()


def test_activating_with_stale_entries_goes_to_the_heading_as_it_is_now(qtbot, host) -> None:
    cursor = host.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    host.editor.setTextCursor(cursor)
    qtbot.keyClick(host.editor, Qt.Key.Key_Return)  # every heading moves one line down
    assert host.outline.pending
    host.outline.itemActivated.emit(host.outline.topLevelItem(0), 0)
    assert host.editor.textCursor().block().text() == "## The flood"


def test_the_current_entry_follows_the_cursor(host: Host) -> None:
    lines = ARTICLE.split("\n")
    cursor = host.editor.textCursor()
    cursor.setPosition(host.editor.document().findBlockByNumber(lines.index("### Mannheim") + 2)
                       .position())  # fmt: skip
    host.editor.setTextCursor(cursor)
    assert host.outline.currentItem().text(0) == "Mannheim"
    cursor.setPosition(0)
    host.editor.setTextCursor(cursor)
    assert host.outline.currentItem() is None
