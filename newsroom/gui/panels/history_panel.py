"""The article's history: its revisions, a side-by-side comparison, and restoring one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.revisions import DiffRow, Revision, RevisionInfo, diff_revisions
from newsroom.gui.row_table import RowTable

REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

#: Translucent, so that they read on light and dark themes alike.
KIND_COLOURS = {
    "changed": QColor(240, 190, 40, 80),
    "added": QColor(60, 180, 75, 80),
    "removed": QColor(220, 60, 60, 80),
}
#: What a screen reader says of a line of the comparison (translated when read).
KIND_WORDS = {
    "changed": QT_TRANSLATE_NOOP("DiffModel", "changed"),
    "added": QT_TRANSLATE_NOOP("DiffModel", "added"),
    "removed": QT_TRANSLATE_NOOP("DiffModel", "removed"),
    "equal": QT_TRANSLATE_NOOP("DiffModel", "unchanged"),
}


def when(revision: RevisionInfo | Revision) -> str:
    """The revision's local time, with the month's name in the reader's language."""
    local = revision.created_at.astimezone()
    # A Qt date format (d, MMM, yyyy, HH, mm, ss), in the order of the reader's language.
    return QLocale().toString(local, translate("HistoryPanel", "d MMM yyyy, HH:mm:ss"))


class RevisionListModel(RowTable):
    """Revisions as rows, newest first: time, what happened, and the change in length."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RevisionListModel", "Time"),
        QT_TRANSLATE_NOOP("RevisionListModel", "Change"),
        QT_TRANSLATE_NOOP("RevisionListModel", "Length"),
    )

    def __init__(self, rows: Sequence[RevisionInfo] = ()) -> None:
        super().__init__(rows, [translate("RevisionListModel", text) for text in self.COLUMNS])

    def cell_data(self, row: RevisionInfo, column: int, role: int) -> Any:
        if role == REVISION_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return when(row)
            if column == 1:
                return row.reason
            if column == 2:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return translate("RevisionListModel", "%n word(s) in all", None, row.word_count)
                return row.delta_text
        return None

    def set_revisions(self, revisions: Sequence[RevisionInfo]) -> None:
        self.set_rows(revisions)

    def revision(self, row: int) -> RevisionInfo:
        return self.rows[row]  # type: ignore[no-any-return]


class HistoryPanel(QWidget):
    """Lists ``revisions`` (newest first, as :func:`~newsroom.core.revisions.list_revisions`
    gives them). "Compare" shows the two selected revisions side by side, or one and the
    revision before it; ``fetch`` loads a revision's text for that. "Restore" emits
    ``restore_requested`` with the id of the selected revision."""

    restore_requested = Signal(int)

    def __init__(
        self,
        revisions: Sequence[RevisionInfo] = (),
        fetch: Callable[[int], Revision] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("HistoryPanel", "History"))
        self.fetch = fetch
        self.compare_dialog: CompareDialog | None = None
        self._read_only = False
        self.model = RevisionListModel(revisions)
        self.view = QTableView()
        self.view.setAccessibleName(translate("HistoryPanel", "Revisions"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setAccessibleName(translate("HistoryPanel", "Revision columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.compare_button = QPushButton(translate("HistoryPanel", "Compare"))
        self.compare_button.setAccessibleName(translate("HistoryPanel", "Compare"))
        self.compare_button.setToolTip(
            translate(
                "HistoryPanel",
                "Show two selected versions side by side, or one beside the version before it.",
            )
        )
        self.restore_button = QPushButton(translate("HistoryPanel", "Restore"))
        self.restore_button.setAccessibleName(translate("HistoryPanel", "Restore"))
        self.restore_button.setToolTip(
            translate(
                "HistoryPanel",
                "Put the headline, standfirst and text of the selected version back.",
            )
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self._restore)
        self._update_buttons()

    def set_revisions(self, revisions: Sequence[RevisionInfo]) -> None:
        self.model.set_revisions(revisions)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def selected(self) -> list[RevisionInfo]:
        """The selected revisions, newest first."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.revision(row) for row in rows]

    def select(self, *revision_ids: int) -> None:
        """Select the revisions with these ids (and only them)."""
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            if self.model.revision(row).id in revision_ids:
                selection.select(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
        self.view.selectionModel().select(
            selection, self.view.selectionModel().SelectionFlag.ClearAndSelect
        )

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._update_buttons()

    def _pair(self) -> tuple[RevisionInfo, RevisionInfo] | None:
        """(older, newer) to compare, from the selection."""
        chosen = self.selected()
        if len(chosen) == 2:
            return chosen[1], chosen[0]
        if len(chosen) == 1:
            row = self.view.selectionModel().selectedRows()[0].row()
            if row + 1 < self.model.rowCount():
                return self.model.revision(row + 1), chosen[0]
        return None

    def _update_buttons(self) -> None:
        self.compare_button.setEnabled(self.fetch is not None and self._pair() is not None)
        self.restore_button.setEnabled(not self._read_only and len(self.selected()) == 1)

    def compare(self) -> CompareDialog | None:
        """Open the comparison of the selection; return the dialog."""
        pair = self._pair()
        if pair is None or self.fetch is None:
            return None
        older, newer = (self.fetch(info.id) for info in pair)
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(older, newer, self)
        self.compare_dialog.show()
        return self.compare_dialog

    def _restore(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and not self._read_only:
            self.restore_requested.emit(chosen[0].id)


class DiffModel(RowTable):
    """Side-by-side rows of a comparison; changed, added and removed lines are coloured."""

    def __init__(self, rows: Sequence[DiffRow], headers: tuple[str, str]) -> None:
        super().__init__(rows, headers)

    def cell_data(self, row: DiffRow, column: int, role: int) -> Any:
        text = row.left if column == 0 else row.right
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_COLOURS.get(row.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = translate("DiffModel", KIND_WORDS[row.kind])
            return (
                translate("DiffModel", "{kind}: {text}").format(kind=kind, text=text)
                if text
                else kind
            )
        return None


class CompareDialog(QDialog):
    """Two revisions side by side: ``older`` on the left, ``newer`` on the right."""

    def __init__(self, older: Revision, newer: Revision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CompareDialog", "Compare versions"))
        self.setAccessibleName(translate("CompareDialog", "Compare versions"))
        self.resize(1000, 640)
        self.rows = diff_revisions(older, newer)
        self.model = DiffModel(
            self.rows, (f"{when(older)} — {older.reason}", f"{when(newer)} — {newer.reason}")
        )
        counts = {kind: sum(r.kind == kind for r in self.rows) for kind in KIND_COLOURS}
        words = {
            "changed": translate("CompareDialog", "%n line(s) changed", None, counts["changed"]),
            "added": translate("CompareDialog", "%n line(s) added", None, counts["added"]),
            "removed": translate("CompareDialog", "%n line(s) removed", None, counts["removed"]),
        }
        parts = [words[kind] for kind, n in counts.items() if n]
        if parts:
            summary = ", ".join(parts) + "."
            summary = summary[:1].upper() + summary[1:]
        else:
            summary = translate("CompareDialog", "No differences.")
        self.summary = QLabel(summary)
        self.summary.setAccessibleName(translate("CompareDialog", "Comparison summary"))
        self.table = QTableView()
        self.table.setAccessibleName(translate("CompareDialog", "Side by side"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("CompareDialog", "Versions"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("CompareDialog", "Dialog buttons"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("CompareDialog", "Close")
        )
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
