"""A read-only table model over a list of plain Python rows.

The models of the history, its comparison and the sync log are all "one row a line,
named columns": this holds the rows, counts, titles and resets, and a subclass says
only what a cell shows, in :meth:`RowTable.cell_data`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTable(QAbstractTableModel):
    """``rows`` as lines, under ``COLUMNS`` (or the ``headers`` given)."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, rows: Sequence[Any] = (), headers: Sequence[str] | None = None) -> None:
        super().__init__()
        self.rows: list[Any] = list(rows)
        self._headers = tuple(headers) if headers is not None else self.COLUMNS

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell_data(self.rows[index.row()], index.column(), role)

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError
