"""The Markdown editor on a real widget: typing, undo, typography, spelling, paste, drop."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from newsroom.gui.editor.highlighter import MarkdownHighlighter
from newsroom.gui.editor.markdown_editor import MarkdownEditor


class WordListChecker:
    """A stand-in for a dictionary: the words of a fixed set are the misspelt ones.

    It keeps to the protocol the real (Hunspell) checker follows.
    """

    def __init__(self, wrong: dict[str, list[str]]) -> None:
        self.wrong = wrong

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        return [
            (m.start(), len(m.group()))
            for m in re.finditer(r"\w+", text)
            if m.group().lower() in self.wrong
        ]

    def suggest(self, word: str) -> list[str]:
        return self.wrong.get(word.lower(), [])

    def add_to_session(self, word: str) -> None:
        self.wrong.pop(word.lower(), None)


@pytest.fixture
def editor(qtbot) -> MarkdownEditor:
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def undo(qtbot, widget: QPlainTextEdit) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_comfortable_plain_text_editor(editor: MarkdownEditor) -> None:
    assert isinstance(editor, QPlainTextEdit)
    assert editor.accessibleName() == "Article text"
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert editor.isUndoRedoEnabled()
    assert not editor.tabChangesFocus()
    assert editor.document().documentMargin() >= 8
    assert isinstance(editor.highlighter, MarkdownHighlighter)
    assert editor.highlighter.document() is editor.document()
    assert not editor.is_typographic()


def test_typing_undo_and_redo_with_the_standard_keys(qtbot, editor: MarkdownEditor) -> None:
    qtbot.keyClicks(editor, "## Title")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Body")
    assert editor.toPlainText() == "## Title\nBody"
    steps = 0
    while editor.toPlainText():
        undo(qtbot, editor)
        steps += 1
        assert steps < 10
    assert not editor.document().isUndoAvailable()  # no invisible step left over
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(steps):
        qtbot.keyClick(editor, Qt.Key.Key_Z, redo)
    assert editor.toPlainText() == "## Title\nBody"


def test_quotes_stay_plain_unless_typographic(qtbot, editor: MarkdownEditor) -> None:
    qtbot.keyClicks(editor, '"it\'s" -- yes')
    assert editor.toPlainText() == '"it\'s" -- yes'


def test_typographic_quotes_and_dashes_as_you_type(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    assert editor.is_typographic()
    qtbot.keyClicks(editor, "He said \"don't\" -- 10--12 and---so ('x')")
    assert editor.toPlainText() == "He said “don’t” – 10–12 and—so (‘x’)"


def test_one_undo_gives_back_the_plain_character(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    qtbot.keyClicks(editor, 'say "')
    assert editor.toPlainText() == "say “"
    undo(qtbot, editor)
    assert editor.toPlainText() == 'say "'
    editor.clear()
    qtbot.keyClicks(editor, "a--")
    assert editor.toPlainText() == "a–"
    undo(qtbot, editor)
    assert editor.toPlainText() == "a--"
    editor.clear()
    qtbot.keyClicks(editor, "a---")
    assert editor.toPlainText() == "a—"
    undo(qtbot, editor)
    assert editor.toPlainText() == "a---"


def test_typing_after_a_replacement_is_its_own_undo_step(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    qtbot.keyClicks(editor, "it's fine")
    undo(qtbot, editor)
    assert editor.toPlainText() == "it’"  # the typing went, the apostrophe stayed curly
    undo(qtbot, editor)
    assert editor.toPlainText() == "it'"


def test_a_selection_is_replaced_by_the_quote(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    qtbot.keyClicks(editor, "a word")
    editor.selectAll()
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText() == "“"


def test_no_typography_in_code(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    qtbot.keyClicks(editor, 'Run `x --y "z"` then "go"')
    assert editor.toPlainText() == 'Run `x --y "z"` then “go”'
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "```sh")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, 'echo "it\'s" --force')
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "```")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, '"after"')
    lines = editor.toPlainText().split("\n")
    assert lines[2] == 'echo "it\'s" --force'
    assert lines[4] == "“after”"


def test_typography_reads_the_line_right_after_an_emoji(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    editor.setPlainText("😀 a b")
    cursor = editor.textCursor()
    cursor.setPosition(5)  # after "a ": the emoji is two UTF-16 units
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText() == "😀 a “b"


def test_read_only_editor_types_nothing(qtbot, editor: MarkdownEditor) -> None:
    editor.set_typographic(True)
    editor.setReadOnly(True)
    qtbot.keyClicks(editor, '"a"')
    assert editor.toPlainText() == ""


def word_position(editor: MarkdownEditor, index: int) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(index)
    return editor.cursorRect(cursor).center()


def test_suggestions_top_the_context_menu_and_replace_the_word(qtbot, editor) -> None:
    editor.setPlainText("The flod rose.")
    editor.set_spell_checker(WordListChecker({"flod": ["flood", "fold"]}))
    menu = editor.context_menu_at(word_position(editor, 6))
    try:
        texts = [a.text() for a in menu.actions()]
        assert texts[:3] == ["flood", "fold", "Ignore “flod”"]
        assert menu.actions()[3].isSeparator()
        assert any("Undo" in t for t in texts[4:])  # the standard entries follow
        menu.actions()[0].trigger()
    finally:
        menu.deleteLater()
    assert editor.toPlainText() == "The flood rose."
    undo(qtbot, editor)
    assert editor.toPlainText() == "The flod rose."


def test_no_suggestions_for_a_good_word_or_without_a_checker(qtbot, editor) -> None:
    editor.setPlainText("The flod rose. `flod`")
    for checker in (None, WordListChecker({"flod": ["flood"]})):
        editor.set_spell_checker(checker)
        for index in (1, 17):  # "The", and "flod" inside code
            menu = editor.context_menu_at(word_position(editor, index))
            assert "flood" not in [a.text() for a in menu.actions()]
            menu.deleteLater()
    editor.set_spell_checker(WordListChecker({"flod": []}))
    menu = editor.context_menu_at(word_position(editor, 6))
    first = menu.actions()[0]
    assert first.text() == "No spelling suggestions" and not first.isEnabled()
    menu.deleteLater()


def test_suggestions_after_an_emoji_and_ignoring_a_word(qtbot, editor) -> None:
    editor.setPlainText("😀 The flod rose.")
    checker = WordListChecker({"flod": ["flood"]})
    editor.set_spell_checker(checker)
    menu = editor.context_menu_at(word_position(editor, 8))  # inside "flod"
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["flood", "Ignore “flod”"]
    changes: list[bool] = []
    editor.textChanged.connect(lambda: changes.append(True))
    menu.actions()[1].trigger()
    menu.deleteLater()
    assert changes == []  # the text is as it was: ignoring a word is not an edit
    assert "flod" not in checker.wrong
    assert editor.highlighter.misspellings(editor.document().firstBlock()) == []
    menu = editor.context_menu_at(word_position(editor, 8))
    assert "flood" not in [a.text() for a in menu.actions()]
    menu.deleteLater()


def image_to_markdown(data: QMimeData) -> str | None:
    """A handler like the real one: images become Markdown, everything else is Qt's."""
    if data.hasImage():
        image = data.imageData()
        return f"![pasted {image.width()}x{image.height()}](media:new)"
    return None


def test_paste_goes_through_the_mime_handler(qtbot, editor: MarkdownEditor) -> None:
    clipboard = QGuiApplication.clipboard()
    editor.setPlainText("Before ")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    data = QMimeData()
    data.setImageData(image)
    clipboard.setMimeData(data)
    assert not editor.canPaste()  # no text in it: Qt alone cannot paste this
    editor.set_mime_handler(image_to_markdown)
    assert editor.canPaste()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Before ![pasted 4x3](media:new)"
    undo(qtbot, editor)
    assert editor.toPlainText() == "Before "
    clipboard.setText("plain words")  # the handler declines: Qt pastes the text
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Before plain words"
    editor.set_mime_handler(None)
    again = QMimeData()  # the clipboard owned (and freed) the first one
    again.setImageData(image)
    clipboard.setMimeData(again)
    editor.paste()
    assert editor.toPlainText() == "Before plain words"
    clipboard.clear()


def test_drop_goes_through_the_mime_handler(qtbot, editor: MarkdownEditor) -> None:
    calls: list[QMimeData] = []

    def handler(data: QMimeData) -> str | None:
        calls.append(data)
        return "[dropped](https://example.org)" if data.hasUrls() else None

    editor.set_mime_handler(handler)
    data = QMimeData()
    data.setText("ignored text")
    data.setUrls(["https://example.org"])  # type: ignore[list-item]
    target = editor.viewport()
    where = target.rect().center()
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(where, actions, data, buttons, keys),
        QDragMoveEvent(where, actions, data, buttons, keys),
    ):
        QApplication.sendEvent(target, event)
        assert event.isAccepted()
    assert calls == []  # hovering stores nothing
    drop = QDropEvent(where.toPointF(), actions, data, buttons, keys)
    QApplication.sendEvent(target, drop)
    assert editor.toPlainText() == "[dropped](https://example.org)"
    assert len(calls) == 1


class PickyHandler:
    """Takes images only, and says so while a drag hovers (as the paste handler does)."""

    def __call__(self, data: QMimeData) -> str | None:
        return "![image](media:x)" if data.hasImage() else None

    def can_handle(self, data: QMimeData) -> bool:
        return data.hasImage()


def test_a_handler_can_decline_a_hovering_drag(qtbot, editor: MarkdownEditor) -> None:
    foreign = QMimeData()
    foreign.setData("application/x-newsroom-test", b"data")
    assert not editor.canInsertFromMimeData(foreign)
    editor.set_mime_handler(lambda data: None)
    assert editor.canInsertFromMimeData(foreign)  # a plain handler may want anything
    editor.set_mime_handler(PickyHandler())
    assert not editor.canInsertFromMimeData(foreign)
    image = QMimeData()
    image.setImageData(QImage(2, 2, QImage.Format.Format_RGB32))
    assert editor.canInsertFromMimeData(image)
    text = QMimeData()
    text.setText("words")
    assert editor.canInsertFromMimeData(text)  # what Qt can insert stays insertable
