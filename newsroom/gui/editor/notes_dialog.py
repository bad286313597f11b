"""Article › Corrections and Updates…: the dated notes under an article.

A correction says what was wrong and is now right; an update says what is new.
Readers see them under the article, with their date. :class:`NotesDialog` lists the
open article's notes and adds, edits and removes them in the library; the window
then shows the page again, and an article on a site shows "Changed since sync"
until it is updated there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import Note, NoteKind
from newsroom.gui.publish.publish_preview import local_time
from newsroom.gui.row_table import RowTable

_HINTS = {
    NoteKind.CORRECTION: QT_TRANSLATE_NOOP(
        "NotesDialog",
        "What was wrong, and what is right: “An earlier version of this "
        "article gave the wrong date for the vote. It is on Tuesday.”",
    ),
    NoteKind.UPDATE: QT_TRANSLATE_NOOP(
        "NotesDialog", "What is new: “The council confirmed the closure on Friday.”"
    ),
}


class NoteListModel(RowTable):
    """The notes, oldest first: date, kind and text."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("NoteListModel", "Date"),
        QT_TRANSLATE_NOOP("NoteListModel", "Kind"),
        QT_TRANSLATE_NOOP("NoteListModel", "Text"),
    )

    def __init__(self) -> None:
        super().__init__(headers=[translate("NoteListModel", c) for c in self.COLUMNS])

    def cell_data(self, row: Note, column: int, role: int) -> Any:
        kind = (
            translate("NoteListModel", "Correction")
            if row.kind is NoteKind.CORRECTION
            else translate("NoteListModel", "Update")
        )  # the note's label on the site stays as the site writes it
        texts = (local_time(row.at), kind, row.text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("NoteListModel", "{column}: {value}").format(
                column=self.headerData(column, Qt.Orientation.Horizontal), value=texts[column]
            )
        return None


class NoteTextDialog(QDialog):
    """Asks for the text of a correction or an update; OK needs some text."""

    def __init__(
        self, kind: NoteKind, text: str = "", parent: QWidget | None = None, *, editing: bool
    ) -> None:
        super().__init__(parent)
        if kind is NoteKind.CORRECTION:
            if editing:
                title = translate("NoteTextDialog", "Edit Correction")
            else:
                title = translate("NoteTextDialog", "Add Correction")
            label = QLabel(translate("NoteTextDialog", "&Correction:"))
            name = translate("NoteTextDialog", "Text of the correction")
        else:
            if editing:
                title = translate("NoteTextDialog", "Edit Update")
            else:
                title = translate("NoteTextDialog", "Add Update")
            label = QLabel(translate("NoteTextDialog", "&Update:"))
            name = translate("NoteTextDialog", "Text of the update")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(520, 260)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setAccessibleName(name)
        self.text_edit.setPlaceholderText(translate("NotesDialog", _HINTS[kind]))
        self.text_edit.setTabChangesFocus(True)
        label.setBuddy(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName(translate("NoteTextDialog", "Dialog buttons"))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


class NotesDialog(QDialog):
    """The corrections and updates of one article. Emits :attr:`notes_changed` after
    each change it makes in the library."""

    notes_changed = Signal()

    def __init__(self, library: Library, article_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.article_id = article_id
        headline = library.article(article_id).headline.strip() or translate(
            "NotesDialog", "Untitled"
        )
        self.setWindowTitle(
            translate("NotesDialog", "Corrections and Updates — {headline}").format(
                headline=headline
            )
        )
        self.setAccessibleName(translate("NotesDialog", "Corrections and Updates"))
        self.resize(720, 420)
        #: The text dialog while it is open (tests answer it).
        self.editor: NoteTextDialog | None = None

        intro = QLabel(
            translate(
                "NotesDialog",
                "Readers see these notes under the article, with their date. After a change, "
                "update the article on its sites (Publish › Update) for them to see it there.",
            )
        )
        intro.setWordWrap(True)
        self.model = NoteListModel()
        self.table = QTableView()
        self.table.setAccessibleName(translate("NotesDialog", "Notes"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("NotesDialog", "Note columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(translate("NotesDialog", "No corrections or updates yet."))
        self.empty.setAccessibleName(translate("NotesDialog", "No notes"))

        self.add_correction_button = self._button(
            translate("NotesDialog", "Add &Correction…"),
            translate("NotesDialog", "Say what was wrong and is now right"),
            lambda: self.add(NoteKind.CORRECTION),
        )
        self.add_update_button = self._button(
            translate("NotesDialog", "Add &Update…"),
            translate("NotesDialog", "Say what is new since the article went out"),
            lambda: self.add(NoteKind.UPDATE),
        )
        self.edit_button = self._button(
            translate("NotesDialog", "&Edit…"),
            translate("NotesDialog", "Change the selected note"),
            self.edit_selected,
        )
        self.remove_button = self._button(
            translate("NotesDialog", "&Remove…"),
            translate("NotesDialog", "Remove the selected note"),
            self.remove_selected,
        )
        side = QVBoxLayout()
        for button in (
            self.add_correction_button,
            self.add_update_button,
            self.edit_button,
            self.remove_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("NotesDialog", "Dialog buttons"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("NotesDialog", "Close")
        )
        close.rejected.connect(self.reject)

        middle = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        middle.addLayout(column, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(close)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- state -------------------------------------------------------------------------
    @property
    def notes(self) -> list[Note]:
        return list(self.model.rows)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(self.library.notes(self.article_id))
        self.empty.setVisible(not self.model.rows)
        for row, note in enumerate(self.model.rows):
            if note.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def select(self, note_id: int) -> None:
        for row, note in enumerate(self.model.rows):
            if note.id == note_id:
                self.table.selectRow(row)

    def selected(self) -> Note | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        writable = not self.library.read_only
        chosen = self.selected() is not None
        self.add_correction_button.setEnabled(writable)
        self.add_update_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)

    # -- commands ----------------------------------------------------------------------
    def _ask(self, kind: NoteKind, text: str = "", *, editing: bool) -> str | None:
        self.editor = NoteTextDialog(kind, text, self, editing=editing)
        try:
            accepted = self.editor.exec() == QDialog.DialogCode.Accepted
            return self.editor.text() if accepted else None
        finally:
            self.editor.deleteLater()
            self.editor = None

    def _change(self, change: Any) -> Any:
        try:
            done = change()
        except (NewsroomError, ValueError) as exc:
            QMessageBox.warning(self, translate("NotesDialog", "Corrections and Updates"), str(exc))
            return None
        self.notes_changed.emit()
        return done if done is not None else True

    def add(self, kind: NoteKind) -> Note | None:
        """Ask for the text of a new note of ``kind`` and add it, dated now."""
        text = self._ask(kind, editing=False)
        if not text:
            return None
        note = self._change(lambda: self.library.add_note(self.article_id, kind, text))
        if isinstance(note, Note):
            self.reload(select_id=note.id)
            return note
        return None

    def edit_selected(self) -> None:
        note = self.selected()
        if note is None or self.library.read_only:
            return
        text = self._ask(note.kind, note.text, editing=True)
        if text is None or text == note.text:
            return
        self._change(lambda: self.library.update_note(note.id, text))
        self.reload(select_id=note.id)

    def remove_selected(self) -> None:
        note = self.selected()
        if note is None or self.library.read_only:
            return
        if note.kind is NoteKind.CORRECTION:
            title = translate("NotesDialog", "Remove Correction")
            question = translate("NotesDialog", "Remove the correction of {date}?\n\n“{text}”")
        else:
            title = translate("NotesDialog", "Remove Update")
            question = translate("NotesDialog", "Remove the update of {date}?\n\n“{text}”")
        answer = QMessageBox.question(
            self,
            title,
            question.format(date=local_time(note.at), text=note.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(lambda: self.library.remove_note(note.id))
        self.reload()
