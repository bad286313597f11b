"""Find and replace in a text editor, as a bar under it (not a dialog in the way).

Searching runs on ``QRegularExpression`` over the document's plain text, whose
offsets are UTF-16 positions like the document's own, so emoji and other
characters beyond the BMP do not shift the matches.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QRegularExpressionMatch, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from newsroom.core.i18n import count as i18n_count
from newsroom.core.i18n import translate

#: Counting stops here, so a one-letter search in a long text stays quick.
MAX_COUNTED = 10_000
#: The count follows edits of the text this long after typing stops.
RECOUNT_MS = 250
_BACKREFERENCE = re.compile(r"\\(\d{1,2}|n|t|\\)")


class FindReplaceBar(QWidget):
    """Find (and replace) in ``editor``.

    Enter and F3 find the next match, Shift+Enter and Shift+F3 the previous one,
    Escape closes the bar. In a regular expression's replacement, ``\\1`` to ``\\99``
    stand for its groups and ``\\0`` for the whole match. The host wires the Find
    and Replace shortcuts to :meth:`show_find` and :meth:`show_replace`.
    """

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("FindReplaceBar", "Find and replace"))
        self._editor = editor
        self._matches: list[tuple[int, int]] | None = None
        self._capped = False
        self._error = ""
        self._message = ""

        self.find_field = QLineEdit(placeholderText=translate("FindReplaceBar", "Find"))
        self.find_field.setAccessibleName(translate("FindReplaceBar", "Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(placeholderText=translate("FindReplaceBar", "Replace with"))
        self.replace_field.setAccessibleName(translate("FindReplaceBar", "Replace with"))
        self.replace_field.setClearButtonEnabled(True)
        self.previous_button = self._button(
            translate("FindReplaceBar", "Previous"),
            translate("FindReplaceBar", "Find the previous match (Shift+F3)"),
        )
        self.next_button = self._button(
            translate("FindReplaceBar", "Next"),
            translate("FindReplaceBar", "Find the next match (F3)"),
        )
        self.replace_button = self._button(
            translate("FindReplaceBar", "Replace"),
            translate("FindReplaceBar", "Replace this match and find the next"),
        )
        self.replace_all_button = self._button(
            translate("FindReplaceBar", "Replace All"),
            translate("FindReplaceBar", "Replace every match at once"),
        )
        self.close_button = self._button(
            translate("FindReplaceBar", "Close"), translate("FindReplaceBar", "Close (Esc)")
        )
        self.close_button.setText("✕")
        self.match_case = QCheckBox(translate("FindReplaceBar", "Match &case"))
        self.match_case.setAccessibleName(translate("FindReplaceBar", "Match case"))
        self.whole_words = QCheckBox(translate("FindReplaceBar", "&Whole words"))
        self.whole_words.setAccessibleName(translate("FindReplaceBar", "Whole words"))
        self.regex = QCheckBox(translate("FindReplaceBar", "Regular e&xpression"))
        self.regex.setAccessibleName(translate("FindReplaceBar", "Regular expression"))
        self.regex.setToolTip(
            translate(
                "FindReplaceBar",
                "In the replacement, \\1 stands for the first group, \\0 the match",
            )
        )
        self.status = QLabel()
        self.status.setAccessibleName(translate("FindReplaceBar", "Matches"))
        self.status.setMinimumWidth(
            self.status.fontMetrics().horizontalAdvance(
                translate("FindReplaceBar", "{current} of {total}").format(
                    current="10,000+", total="10,000+"
                )
            )
        )

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_field, 0, 0)
        find_row = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.match_case,
                       self.whole_words, self.regex, self.status):  # fmt: skip
            find_row.addWidget(widget)
        find_row.addStretch(1)
        find_row.addWidget(self.close_button)
        grid.addLayout(find_row, 0, 1)
        grid.addWidget(self.replace_field, 1, 0)
        self._replace_row = QWidget()
        replace_row = QHBoxLayout(self._replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        grid.addWidget(self._replace_row, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        # F3 and Shift+F3 work anywhere in the window while the bar is shown.
        self.find_next_action = QAction(translate("FindReplaceBar", "Find Next"), self)
        self.find_next_action.setShortcuts(QKeySequence.StandardKey.FindNext)
        self.find_previous_action = QAction(translate("FindReplaceBar", "Find Previous"), self)
        self.find_previous_action.setShortcuts(QKeySequence.StandardKey.FindPrevious)
        for action in (self.find_next_action, self.find_previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action.triggered.connect(self.find_previous)

        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._recount.timeout.connect(self._text_edited)
        self.find_field.textChanged.connect(self._pattern_changed)
        for box in (self.match_case, self.whole_words, self.regex):
            box.toggled.connect(self._pattern_changed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        editor.textChanged.connect(self._editor_changed)
        editor.selectionChanged.connect(self._show_status)
        self._update_controls()
        self.hide()

    def _button(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(name)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # -- showing ---------------------------------------------------------------------
    def show_find(self) -> None:
        """Show the bar for finding, with the editor's selected words as the search."""
        self._show(replace=False)

    def show_replace(self) -> None:
        """Show the bar with its replace row."""
        self._show(replace=True)

    def _show(self, *, replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.replace_field.setVisible(replace)
        self._replace_row.setVisible(replace)
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
        self._show_status()

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the editor."""
        self.hide()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if watched is self.replace_field and not backwards:
                self.replace()
            elif backwards:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    # -- the search ------------------------------------------------------------------
    def expression(self) -> QRegularExpression | None:
        """The compiled search, or None when the field is empty or the regex invalid."""
        text = self.find_field.text()
        self._error = ""
        if not text:
            return None
        pattern = text if self.regex.isChecked() else QRegularExpression.escape(text)
        if self.whole_words.isChecked():
            pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
        options = (
            QRegularExpression.PatternOption.UseUnicodePropertiesOption
            | QRegularExpression.PatternOption.MultilineOption
        )
        if not self.match_case.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        expression = QRegularExpression(pattern, options)
        if not expression.isValid():
            offset = expression.patternErrorOffset()
            error = expression.errorString()
            if offset >= 0 and self.regex.isChecked() and not self.whole_words.isChecked():
                self._error = translate(
                    "FindReplaceBar",
                    "Invalid regular expression: {error} (at character {position})",
                ).format(error=error, position=offset + 1)
            else:
                self._error = translate(
                    "FindReplaceBar", "Invalid regular expression: {error}"
                ).format(error=error)
            return None
        return expression

    def matches(self) -> list[tuple[int, int]]:
        """(start, end) of the matches in the text, up to :data:`MAX_COUNTED`."""
        if self._matches is None:
            self._matches, self._capped = self._find_all(MAX_COUNTED)
        return self._matches

    def _find_all(self, limit: int | None) -> tuple[list[tuple[int, int]], bool]:
        expression = self.expression()
        if expression is None:
            return [], False
        found: list[tuple[int, int]] = []
        iterator = expression.globalMatch(self._editor.toPlainText())
        while iterator.hasNext():
            match = iterator.next()
            if match.capturedLength() == 0:
                continue  # "^" or "a*" match nothing worth selecting or replacing
            if limit is not None and len(found) == limit:
                return found, True
            found.append((match.capturedStart(), match.capturedEnd()))
        return found, False

    def find_next(self) -> bool:
        """Select the next match after the selection, wrapping; False if none."""
        return self._select(forward=True)

    def find_previous(self) -> bool:
        """Select the match before the selection, wrapping; False if none."""
        return self._select(forward=False)

    def _select(self, *, forward: bool) -> bool:
        self._message = ""
        matches = self.matches()
        if not matches:
            self._show_status()
            return False
        cursor = self._editor.textCursor()
        if forward:
            after = cursor.selectionEnd()
            chosen = next((m for m in matches if m[0] >= after), matches[0])
        else:
            before = cursor.selectionStart()
            chosen = next((m for m in reversed(matches) if m[1] <= before), matches[-1])
        cursor.setPosition(chosen[0])
        cursor.setPosition(chosen[1], QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.centerCursor()
        self._show_status()
        return True

    def _current(self) -> int:
        """Index of the match the editor has selected, or -1."""
        cursor = self._editor.textCursor()
        if not cursor.hasSelection():
            return -1
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        matches = self.matches()
        # The matches are sorted: bisect would do, a scan is fast enough at 10,000.
        lo, hi = 0, len(matches)
        while lo < hi:
            mid = (lo + hi) // 2
            if matches[mid] < selected:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(matches) and matches[lo] == selected else -1

    # -- replacing -------------------------------------------------------------------
    def _replacement(self, match: QRegularExpressionMatch) -> str:
        replacement = self.replace_field.text()
        if not self.regex.isChecked():
            return replacement

        def expand(ref: re.Match[str]) -> str:
            code = ref.group(1)
            if code in ("n", "t", "\\"):
                return {"n": "\n", "t": "\t", "\\": "\\"}[code]
            return match.captured(int(code)) or ""

        return _BACKREFERENCE.sub(expand, replacement)

    def replace(self) -> bool:
        """Replace the selected match and select the next; select the next match first
        when the selection is not one. True if something was replaced."""
        expression = self.expression()
        if expression is None or self._current() < 0:
            self.find_next()
            return False
        cursor = self._editor.textCursor()
        # Matched again where it was found, so lookbehinds and anchors see what they saw
        # (the scan from there finds this very match first).
        match = expression.match(self._editor.toPlainText(), cursor.selectionStart())
        cursor.beginEditBlock()
        cursor.insertText(self._replacement(match))
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self._matches = None
        self._recount.stop()  # our own edit: count now, not after a pause
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replace every match, as one undo step; returns how many."""
        expression = self.expression()
        edits: list[tuple[int, int, str]] = []
        if expression is not None:
            iterator = expression.globalMatch(self._editor.toPlainText())
            while iterator.hasNext():
                match = iterator.next()
                if match.capturedLength() > 0:
                    edits.append(
                        (match.capturedStart(), match.capturedEnd(), self._replacement(match))
                    )
        if edits:
            cursor = QTextCursor(self._editor.document())
            cursor.beginEditBlock()
            # From the end, so the positions of the matches not yet replaced hold.
            for start, end, text in reversed(edits):
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(text)
            cursor.endEditBlock()
            self._message = translate("FindReplaceBar", "Replaced {count}").format(
                count=i18n_count(len(edits))
            )
        self._matches = None
        self._recount.stop()
        self._show_status()
        return len(edits)

    # -- status ----------------------------------------------------------------------
    def status_text(self) -> str:
        return self.status.text()

    def _pattern_changed(self) -> None:
        self._matches = None
        self._message = ""
        self._update_controls()
        if self.isVisible() and self.find_field.text() and self.matches():
            # Find as you type: the first match from where the selection starts.
            cursor = self._editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._editor.setTextCursor(cursor)
            self.find_next()
        self._show_status()

    def _editor_changed(self) -> None:
        self._matches = None
        if self.isVisible():
            self._recount.start()

    def _text_edited(self) -> None:
        self._show_status()

    def _update_controls(self) -> None:
        usable = self.expression() is not None
        for widget in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):  # fmt: skip
            widget.setEnabled(usable)

    def _show_status(self) -> None:
        if not self.isVisible() and not self._message:
            return
        if self._recount.isActive():
            return  # the text is being edited; count when typing stops
        matches = self.matches()
        if self._error:
            text = self._error
        elif self._message:
            text = self._message
        elif not self.find_field.text():
            text = ""
        elif not matches:
            text = translate("FindReplaceBar", "No matches")
        else:
            total = i18n_count(len(matches)) + ("+" if self._capped else "")
            current = self._current()
            if current >= 0:
                text = translate("FindReplaceBar", "{current} of {total}").format(
                    current=i18n_count(current + 1), total=total
                )
            elif total == "1":
                text = translate("FindReplaceBar", "{count} match", "one").format(count=total)
            else:
                text = translate("FindReplaceBar", "{count} matches", "many").format(count=total)
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.setStyleSheet("color: #d01c1c" if self._error else "")
