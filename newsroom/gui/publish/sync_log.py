"""Publish › Sync Log…: what waits in the outbox, and every attempt, newest first.

The top table lists the outbox's entries not yet done: each with its target,
article, action, state, attempts, next attempt and last error. An entry that waits
(a failure backing off, refused by the server, a conflict) can be retried now or
discarded; a conflict opens the conflict dialog. The bottom table is the log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.publish import outbox
from newsroom.core.publish.outbox import Entry, EntryState, LogEntry, Outcome
from newsroom.gui.row_table import RowTable

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

#: What the log says of each attempt (translated when shown).
OUTCOME_LABELS = {
    Outcome.SENT: QT_TRANSLATE_NOOP("SyncLogDialog", "Sent"),
    Outcome.RETRY: QT_TRANSLATE_NOOP("SyncLogDialog", "Will retry"),
    Outcome.ATTENTION: QT_TRANSLATE_NOOP("SyncLogDialog", "Needs attention"),
    Outcome.PAUSED: QT_TRANSLATE_NOOP("SyncLogDialog", "Paused: password refused"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("SyncLogDialog", "Conflict"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("SyncLogDialog", "Nothing to send"),
    Outcome.POSTPONED: QT_TRANSLATE_NOOP("SyncLogDialog", "Held until its time"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("SyncLogDialog", "Interrupted"),
    Outcome.DISCARDED: QT_TRANSLATE_NOOP("SyncLogDialog", "Discarded"),
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("SyncLogDialog", "Resolved"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("SyncLogDialog", "Failed"),
}
#: The actions by their value (translated when shown).
ACTION_LABELS = {
    "publish": QT_TRANSLATE_NOOP("SyncLogDialog", "Publish"),
    "update": QT_TRANSLATE_NOOP("SyncLogDialog", "Update"),
    "unpublish": QT_TRANSLATE_NOOP("SyncLogDialog", "Unpublish"),
    "": "—",
}
#: The question before a discard, by the entry's action.
_DISCARD = {
    "publish": QT_TRANSLATE_NOOP(
        "SyncLogDialog",
        "Discard the request to publish “{headline}” on {target}? It will not be sent.",
    ),
    "update": QT_TRANSLATE_NOOP(
        "SyncLogDialog",
        "Discard the request to update “{headline}” on {target}? It will not be sent.",
    ),
    "unpublish": QT_TRANSLATE_NOOP(
        "SyncLogDialog",
        "Discard the request to unpublish “{headline}” on {target}? It will not be sent.",
    ),
}


def _when(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone():%d %b %Y %H:%M:%S}"


def action_label(action: str) -> str:
    """An action's name as the log shows it (the value itself if unknown)."""
    label = ACTION_LABELS.get(action)
    return action if label is None else translate("SyncLogDialog", label)


def entry_state(item: Entry) -> str:
    """An outbox entry's state in the journalist's words."""
    if item.state is EntryState.ATTENTION:
        return translate("SyncLogDialog", "Needs attention")
    if item.state is EntryState.SENDING:
        return translate("SyncLogDialog", "Sending")
    if item.last_error:
        return translate("SyncLogDialog", "Waiting to retry")
    return translate("SyncLogDialog", "Queued")


class _Table(RowTable):
    """Rows of one kind as a table: named columns, each a function of a row."""

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, column)
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError


class OutboxModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("OutboxModel", "Target"),
        QT_TRANSLATE_NOOP("OutboxModel", "Article"),
        QT_TRANSLATE_NOOP("OutboxModel", "Action"),
        QT_TRANSLATE_NOOP("OutboxModel", "State"),
        QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
        QT_TRANSLATE_NOOP("OutboxModel", "Next attempt"),
        QT_TRANSLATE_NOOP("OutboxModel", "Last error"),
    )

    def __init__(self) -> None:
        super().__init__(headers=[translate("OutboxModel", c) for c in self.COLUMNS])

    def cell(self, row: Entry, column: int) -> str:
        return [
            row.target_name,
            row.headline or row.slug or translate("OutboxModel", "Untitled"),
            action_label(row.action.value),
            entry_state(row),
            str(row.attempts),
            _when(max(filter(None, (row.next_attempt_at, row.not_before)), default=None)),
            row.last_error or "",
        ][column]


class LogModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LogModel", "When"),
        QT_TRANSLATE_NOOP("LogModel", "Target"),
        QT_TRANSLATE_NOOP("LogModel", "Article"),
        QT_TRANSLATE_NOOP("LogModel", "Action"),
        QT_TRANSLATE_NOOP("LogModel", "Outcome"),
        QT_TRANSLATE_NOOP("LogModel", "Detail"),
    )

    def __init__(self) -> None:
        super().__init__(headers=[translate("LogModel", c) for c in self.COLUMNS])

    def cell(self, row: LogEntry, column: int) -> str:
        label = OUTCOME_LABELS.get(row.outcome)  # type: ignore[call-overload]
        outcome = str(row.outcome) if label is None else translate("SyncLogDialog", label)
        return [
            _when(row.at),
            row.target_name,
            row.headline or row.slug,
            action_label(row.action or ""),
            outcome,
            row.message,  # the technical detail is shown below the log, never here
        ][column]


def _table(model: _Table, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class SyncLogDialog(QDialog):
    """The outbox and the sync log of ``library``; refreshed by :meth:`reload`.

    Emits :attr:`outbox_changed` after a retry or a discard (the window syncs and
    refreshes), :attr:`conflict_requested` (article id, target id) and
    :attr:`article_requested` (a double-click on a row)."""

    outbox_changed = Signal()
    conflict_requested = Signal(int, int)
    article_requested = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(translate("SyncLogDialog", "Sync Log"))
        self.setAccessibleName(translate("SyncLogDialog", "Sync Log"))
        self.resize(1000, 600)
        self.outbox_model = OutboxModel()
        self.log_model = LogModel()
        self.outbox_view = _table(
            self.outbox_model, translate("SyncLogDialog", "Waiting in the outbox")
        )
        self.log_view = _table(self.log_model, translate("SyncLogDialog", "Sync log"))
        self.empty = QLabel(translate("SyncLogDialog", "Nothing waits in the outbox."), self)
        self.empty.setAccessibleName(translate("SyncLogDialog", "Outbox summary"))

        self.retry_button = self._button(
            translate("SyncLogDialog", "&Retry Now"),
            translate("SyncLogDialog", "Send the chosen entry at once, without waiting."),
            self.retry_now,
        )
        self.discard_button = self._button(
            translate("SyncLogDialog", "&Discard"),
            translate("SyncLogDialog", "Drop the chosen entry: it will not be sent."),
            self.discard,
        )
        self.conflict_button = self._button(
            translate("SyncLogDialog", "Resolve &Conflict…"),
            translate("SyncLogDialog", "Compare the two versions and decide."),
            self.resolve,
        )
        self.refresh_button = self._button(
            translate("SyncLogDialog", "Re&fresh"),
            translate("SyncLogDialog", "Show the latest attempts."),
            lambda: self.reload(),
        )
        row = QHBoxLayout()
        for button in (
            self.retry_button,
            self.discard_button,
            self.conflict_button,
            self.refresh_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(translate("SyncLogDialog", "Waiting in the outbox"), top))
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.outbox_view, 1)
        top_layout.addLayout(row)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(
            QLabel(translate("SyncLogDialog", "Every attempt, newest first"), bottom)
        )
        bottom_layout.addWidget(self.log_view, 1)
        # The chosen attempt in full: its sentence, and for an error nobody expected,
        # the technical detail (type, message, traceback) to copy into a bug report.
        self.details = QPlainTextEdit(bottom)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("SyncLogDialog", "Details of the chosen attempt"))
        self.details.setPlaceholderText(
            translate("SyncLogDialog", "Choose an attempt to see its details.")
        )
        self.details.setMaximumHeight(160)
        self.copy_button = self._button(
            translate("SyncLogDialog", "Cop&y Details"),
            translate(
                "SyncLogDialog",
                "Copy the details of the chosen attempt, for a bug report.",
            ),
            self.copy_details,
        )
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        details_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom_layout.addLayout(details_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 380])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)

        self.outbox_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.outbox_view.doubleClicked.connect(self._open_entry)
        self.log_view.doubleClicked.connect(self._open_log)
        self.log_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.reload()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Read the outbox and the log again, keeping the chosen entry chosen."""
        chosen = self.selected_entry()
        self.outbox_model.set_rows(outbox.entries(self.library))
        self.log_model.set_rows(outbox.sync_log(self.library, limit=500))
        self.empty.setVisible(not self.outbox_model.rows)
        if chosen is not None:
            self.select_entry(chosen.id)
        self._enable()
        self._show_details()

    def selected_log(self) -> LogEntry | None:
        index = self.log_view.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, LogEntry) else None

    def select_log(self, log_id: int) -> bool:
        for row, item in enumerate(self.log_model.rows):
            if item.id == log_id:
                self.log_view.setCurrentIndex(self.log_model.index(row, 0))
                self._show_details()
                return True
        return False

    def details_text(self, item: LogEntry) -> str:
        """An attempt in full: its sentence, then its technical detail if it has one."""
        if not item.technical:
            return item.message
        heading = translate("SyncLogDialog", "Technical details (for a bug report):")
        return f"{item.message}\n\n{heading}\n{item.technical}"

    def _show_details(self) -> None:
        item = self.selected_log()
        self.details.setPlainText("" if item is None else self.details_text(item))
        self.copy_button.setEnabled(item is not None)

    def copy_details(self) -> None:
        """Put the chosen attempt's details on the clipboard."""
        item = self.selected_log()
        if item is not None:
            QGuiApplication.clipboard().setText(self.details_text(item))

    def selected_entry(self) -> Entry | None:
        index = self.outbox_view.currentIndex()
        if not index.isValid() or not self.outbox_view.selectionModel().hasSelection():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, Entry) else None

    def select_entry(self, entry_id: int) -> bool:
        for row, item in enumerate(self.outbox_model.rows):
            if item.id == entry_id:
                self.outbox_view.setCurrentIndex(self.outbox_model.index(row, 0))
                self._enable()
                return True
        return False

    def _is_conflict(self, item: Entry) -> bool:
        return item.state is EntryState.ATTENTION and (
            outbox.conflict(self.library, item.article_id, item.target_id) is not None
        )

    def _enable(self) -> None:
        item = self.selected_entry()
        writable = not self.library.read_only
        waiting = item is not None and item.state is not EntryState.SENDING
        self.retry_button.setEnabled(writable and waiting)
        self.discard_button.setEnabled(writable and waiting)
        self.conflict_button.setEnabled(item is not None and self._is_conflict(item))

    # -- actions -----------------------------------------------------------------------
    def retry_now(self) -> None:
        item = self.selected_entry()
        if item is None:
            return
        if self._is_conflict(item):
            self.resolve()  # a conflict is decided, not retried
            return
        try:
            outbox.retry_now(self.library, item.id)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("SyncLogDialog", "Sync Log"), str(exc))
        self.reload()
        self.outbox_changed.emit()

    def discard(self) -> None:
        item = self.selected_entry()
        if item is None:
            return
        question = _DISCARD.get(item.action.value)
        if question is None:
            text = translate(
                "SyncLogDialog",
                "Discard the request to send “{headline}” on {target}? It will not be sent.",
            )
        else:
            text = translate("SyncLogDialog", question)
        answer = QMessageBox.question(
            self,
            translate("SyncLogDialog", "Discard"),
            text.format(headline=item.headline or item.slug, target=item.target_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outbox.discard(self.library, item.id)
        except (NewsroomError, ValueError) as exc:
            QMessageBox.warning(self, translate("SyncLogDialog", "Sync Log"), str(exc))
        self.reload()
        self.outbox_changed.emit()

    def resolve(self) -> None:
        item = self.selected_entry()
        if item is not None:
            self.conflict_requested.emit(item.article_id, item.target_id)

    def _open_entry(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, Entry):
            if self._is_conflict(item):
                self.conflict_requested.emit(item.article_id, item.target_id)
            else:
                self.article_requested.emit(item.article_id)

    def _open_log(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, LogEntry) and item.article_id is not None:
            self.article_requested.emit(item.article_id)
