"""The Markdown text editor: highlighting, spelling suggestions, smart paste and
typographic quotes and dashes, on a plain ``QPlainTextEdit`` (so undo, redo and the
standard editing shortcuts are Qt's own)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from newsroom.core.i18n import translate
from newsroom.core.text_edit import TextEdit
from newsroom.core.typography import smarten
from newsroom.gui.editor.highlighter import (
    MarkdownHighlighter,
    SpellChecker,
    in_fenced_code,
    utf16_prefix,
)
from newsroom.gui.editor.tracked_text import TrackedText

MimeHandler = Callable[[QMimeData], str | None]


def text_of(editor: QPlainTextEdit) -> str:
    """``editor``'s text: tracked edit by edit in a :class:`MarkdownEditor`, copied out
    of any other."""
    return editor.plain_text() if isinstance(editor, MarkdownEditor) else editor.toPlainText()


#: Suggestions offered at most in the context menu.
MAX_SUGGESTIONS = 7
_SMART_KEYS = frozenset("\"'-")
_TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)


class MarkdownEditor(QPlainTextEdit):
    """A comfortable place to write Markdown.

    - :attr:`highlighter` colours the syntax; :meth:`set_spell_checker` underlines
      misspellings and puts suggestions at the top of the context menu.
    - :meth:`set_mime_handler` lets pasted and dropped data (images, rich text)
      become Markdown.
    - :meth:`set_typographic` turns typed quotes and ``--``/``---`` into “curly
      quotes” and dashes; one Undo gives the plain characters back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("MarkdownEditor", "Article text"))
        self.setPlaceholderText(translate("MarkdownEditor", "Write the story in Markdown…"))
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.15)
        font.setStyleHint(QFont.StyleHint.Serif)
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setCursorWidth(2)
        # A frame format change is an undo step of its own: keep it off the stack, or
        # the first Ctrl+Z of an article would seem to do nothing.
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(16)
        document.setUndoRedoEnabled(True)
        self.highlighter = MarkdownHighlighter(self.document())
        self._tracked = TrackedText(self.document())
        self._mime_handler: MimeHandler | None = None
        #: Drags this says yes to are not the editor's: they go on to the window (files
        #: to import rather than to insert).
        self.drop_passes_on: Callable[[QMimeData], bool] | None = None
        self._typographic = False

    def plain_text(self) -> str:
        """The text, as :meth:`toPlainText` gives it, without copying the document:
        kept up to date edit by edit (:class:`~newsroom.gui.editor.tracked_text.TrackedText`)."""
        return self._tracked.text()

    def edit_since(self, before: str, after: str) -> TextEdit | None:
        """Where ``after`` (:meth:`plain_text` now) differs from ``before``, an earlier
        text it gave; None when unknown: see :meth:`TrackedText.edit_since`."""
        return self._tracked.edit_since(before, after)

    # -- direction -------------------------------------------------------------------
    def set_right_to_left(self, rtl: bool) -> None:
        """Set the text against the right margin, for an article in a language written
        right to left. Each paragraph still reads in the direction of its own letters
        (Qt's default); a plain text editor only never right-aligns one by itself."""
        option = self.document().defaultTextOption()
        wanted = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if option.alignment() == wanted:
            return
        option.setAlignment(wanted)
        self.document().setDefaultTextOption(option)

    # -- spelling --------------------------------------------------------------------
    def set_spell_checker(self, checker: SpellChecker | None) -> None:
        """Check spelling with ``checker`` (None: no spell checking)."""
        self.highlighter.set_spell_checker(checker)

    def misspelling_at(self, cursor: QTextCursor) -> QTextCursor | None:
        """A cursor selecting the misspelt word at ``cursor``, or None."""
        block = cursor.block()
        column = cursor.positionInBlock()
        for start, length in self.highlighter.misspellings(block):
            if start <= column <= start + length:
                word = QTextCursor(block)
                word.setPosition(block.position() + start)
                word.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
                return word
        return None

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The context menu for viewport position ``pos``: spelling suggestions for a
        misspelt word there, then the standard entries. The caller owns the menu."""
        menu = self.createStandardContextMenu(pos)
        menu.setAccessibleName(translate("MarkdownEditor", "Editor menu"))
        checker = self.highlighter.spell_checker()
        word = self.misspelling_at(self.cursorForPosition(pos)) if checker else None
        if checker is None or word is None:
            return menu
        spelling: list[QAction] = []
        for suggestion in checker.suggest(word.selectedText())[:MAX_SUGGESTIONS]:
            action = QAction(suggestion, menu)
            action.triggered.connect(lambda _=False, s=suggestion, w=word: self._replace_word(w, s))
            spelling.append(action)
        if not spelling:
            none = QAction(translate("MarkdownEditor", "No spelling suggestions"), menu)
            none.setEnabled(False)
            spelling.append(none)
        ignore = getattr(checker, "add_to_session", None)
        if callable(ignore):
            text = word.selectedText()
            action = QAction(translate("MarkdownEditor", "Ignore “{word}”").format(word=text), menu)
            action.triggered.connect(lambda _=False, t=text, f=ignore: self._ignore(f, t))
            spelling.append(action)
        separator = QAction(menu)
        separator.setSeparator(True)
        spelling.append(separator)
        standard = menu.actions()
        if standard:
            menu.insertActions(standard[0], spelling)
        else:
            menu.addActions(spelling)
        return menu

    def _ignore(self, add_to_session: Callable[[str], object], word: str) -> None:
        add_to_session(word)
        # Underlining anew makes the widget report a text change; the text did not
        # change, so no one hears of it (or it would count as an edit).
        blocked = self.blockSignals(True)
        try:
            self.highlighter.rehighlight()
        finally:
            self.blockSignals(blocked)

    def _replace_word(self, word: QTextCursor, replacement: str) -> None:
        word.beginEditBlock()
        word.insertText(replacement)
        word.endEditBlock()
        self.setTextCursor(word)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        menu = self.context_menu_at(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    # -- paste and drop --------------------------------------------------------------
    def set_mime_handler(self, handler: MimeHandler | None) -> None:
        """Let ``handler`` turn pasted or dropped data into Markdown.

        It is called once per paste or drop (never while a drag only hovers, as it
        may store images); returning None falls back to Qt's own handling. While a
        drag hovers, a handler's ``can_handle(mime) -> bool`` (if it has one) says
        whether to accept data that Qt alone could not insert.
        """
        self._mime_handler = handler

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        if super().canInsertFromMimeData(source):
            return True
        if self._mime_handler is None:
            return False
        can_handle = getattr(self._mime_handler, "can_handle", None)
        if callable(can_handle):
            return bool(can_handle(source))
        return bool(source.formats())

    def _passes_on(self, event: QDropEvent) -> bool:
        if self.drop_passes_on is not None and self.drop_passes_on(event.mimeData()):
            event.ignore()
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._passes_on(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._passes_on(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._passes_on(event):
            super().dropEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        markdown = self._mime_handler(source) if self._mime_handler is not None else None
        if markdown is None:
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(markdown)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- typography ------------------------------------------------------------------
    def set_typographic(self, on: bool) -> None:
        """Turn typed quotes into “ ” ‘ ’ and ``--``, ``---`` into – and —."""
        self._typographic = on

    def is_typographic(self) -> bool:
        return self._typographic

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        typed = event.text()
        if (
            self._typographic
            and typed in _SMART_KEYS
            and len(typed) == 1
            and not (event.modifiers() & ~_TYPING_MODIFIERS)
            and not self.isReadOnly()
            and self._type_smart(typed)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _type_smart(self, typed: str) -> bool:
        """Type ``typed`` the typographic way; False if it stays a plain character."""
        cursor = self.textCursor()
        start = cursor.selectionStart()
        probe = QTextCursor(self.document())
        probe.setPosition(start)
        block = probe.block()
        before = utf16_prefix(block.text(), start - block.position())
        edit = smarten(before, typed, in_code_block=in_fenced_code(block))
        if edit is None:
            return False
        # Step one, the plain keys: an undo step of its own...
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        cursor.setPosition(cursor.position() - edit.remove, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.plain)
        cursor.endEditBlock()
        # ...then step two, the typography, which one Undo takes back. The new text goes
        # in before the plain keys are removed: ending the step with a removal keeps
        # the next typed letters from merging into it (Qt merges adjacent insertions).
        end = cursor.position()
        cursor.beginEditBlock()
        cursor.setPosition(end - len(edit.plain))
        cursor.insertText(edit.text)
        cursor.setPosition(cursor.position() + len(edit.plain), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True
