"""The tracked text is toPlainText's, after any edit: typed, pasted, deleted, undone,
in an edit block, over emoji (two UTF-16 units each) and line separators."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsroom.gui.editor.markdown_editor import MarkdownEditor
from newsroom.gui.editor.tracked_text import TrackedText

PIECES = st.lists(
    st.sampled_from(
        ["word", " ", "\n", "\n\n", "é", "😀", "👩‍👩‍👧", "\u2028", "\u00a0", "## ", "x" * 40, "\t"]
    ),
    min_size=0,
    max_size=6,
).map("".join)

Edit = Callable[[QPlainTextEdit], None]


def _cursor(editor: QPlainTextEdit, at: float, span: float) -> QTextCursor:
    cursor = editor.textCursor()
    end = editor.document().characterCount() - 1
    start = min(end, int(at * end))
    cursor.setPosition(start)
    cursor.setPosition(min(end, start + int(span * (end - start))), QTextCursor.MoveMode.KeepAnchor)
    return cursor


@st.composite
def edit(draw: st.DrawFn) -> Edit:
    kind = draw(st.sampled_from(["insert", "replace", "delete", "block", "undo", "redo", "set"]))
    at = draw(st.floats(0, 1))
    span = draw(st.floats(0, 1))
    text = draw(PIECES)
    second = draw(PIECES)

    def apply(editor: QPlainTextEdit) -> None:
        if kind == "undo":
            editor.undo()
        elif kind == "redo":
            editor.redo()
        elif kind == "set":
            editor.setPlainText(text)
        elif kind == "block":  # two changes that reach the document as one
            cursor = _cursor(editor, at, 0)
            cursor.beginEditBlock()
            cursor.insertText(text)
            other = _cursor(editor, span, 0.1)
            other.insertText(second)
            cursor.endEditBlock()
        else:
            cursor = _cursor(editor, at, 0 if kind == "insert" else span)
            cursor.insertText("" if kind == "delete" else text)

    return apply


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=PIECES, edits=st.lists(edit(), min_size=1, max_size=15))
def test_the_tracked_text_is_to_plain_texts_after_every_edit(
    qapp, start: str, edits: list[Edit]
) -> None:
    editor = QPlainTextEdit()
    editor.setPlainText(start)
    tracked = TrackedText(editor.document())
    assert tracked.text() == editor.toPlainText()
    earlier = [tracked.text()]
    for change in edits:
        change(editor)
        now = tracked.text()
        assert now == editor.toPlainText()
        for before in earlier:  # where the text changed since each earlier text
            edit = tracked.edit_since(before, now)
            if edit is not None:
                assert edit.fits(len(before), len(now))
                end = edit.position + edit.removed
                replaced = now[edit.position : edit.position + edit.added]
                assert before[: edit.position] + replaced + before[end:] == now
        earlier.append(now)
    assert tracked.edit_since(earlier[-1], earlier[-1]) is not None  # the latest is known
    assert tracked.edit_since(earlier[0], start + "?") is None  # not the text now
    editor.deleteLater()


def test_the_body_editor_tracks_its_text_through_typing_and_highlighting(qtbot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("# Floods\n\nBarges waited at Basel.\u00a0Again 😀.")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " More *rain* is due.")
    editor.highlighter.rehighlight()  # reports every block changed: nothing is lost
    assert editor.plain_text() == editor.toPlainText()
    assert editor.plain_text().endswith("Again 😀. More *rain* is due.")
