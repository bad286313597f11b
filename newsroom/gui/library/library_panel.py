"""The left side: the section tree and the article list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.model import ArticleSummary
from newsroom.core.publish.base import SyncState
from newsroom.core.sections import SectionTree

ALL_ARTICLES = QT_TRANSLATE_NOOP("SectionTreeView", "All articles")
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SYNC_STATE_ROLE = Qt.ItemDataRole.UserRole + 3

#: The Sync column's short words, translated when shown
#: (``translate("ArticleListModel", badge)``); the tooltip has the full label.
SYNC_BADGES = {
    SyncState.NOT_PUBLISHED: "",
    SyncState.QUEUED: QT_TRANSLATE_NOOP("ArticleListModel", "Queued"),
    SyncState.SYNCED: QT_TRANSLATE_NOOP("ArticleListModel", "Synced"),
    SyncState.CHANGED: QT_TRANSLATE_NOOP("ArticleListModel", "Changed"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("ArticleListModel", "Failed"),
    SyncState.CONFLICT: QT_TRANSLATE_NOOP("ArticleListModel", "Conflict"),
}
SyncSource = Callable[[Sequence[int]], Mapping[int, SyncState]]

Index = QModelIndex | QPersistentModelIndex


class SectionTreeView(QTreeView):
    """Sections as a tree, under an "All articles" entry. ``section_chosen`` gives the
    ids of the chosen section and its subsections, or None for all articles."""

    section_chosen = Signal(object)

    def __init__(self, tree: SectionTree, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SectionTreeView", "Sections"))
        self.setHeaderHidden(True)
        self.header().setAccessibleName(translate("SectionTreeView", "Section tree header"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.set_tree(tree)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_tree(self, tree: SectionTree) -> None:
        self._tree = tree
        self._model.clear()
        root = self._model.invisibleRootItem()
        everything = QStandardItem(translate("SectionTreeView", ALL_ARTICLES))
        everything.setData(None, SECTION_ID_ROLE)
        root.appendRow(everything)

        def add(parent: QStandardItem, section_id: int) -> None:
            for child in tree.children(section_id):
                item = QStandardItem(child.name)
                item.setData(child.id, SECTION_ID_ROLE)
                parent.appendRow(item)
                add(item, child.id)

        for top in tree.roots():
            item = QStandardItem(top.name)
            item.setData(top.id, SECTION_ID_ROLE)
            root.appendRow(item)
            add(item, top.id)
        self.expandAll()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        section_id = current.data(SECTION_ID_ROLE)
        if section_id is None:
            self.section_chosen.emit(None)
            return
        ids = [section_id]
        for section, _depth in self._tree.walk():
            if section.parent_id in ids:
                ids.append(section.id)
        self.section_chosen.emit(ids)


class ArticleListModel(QAbstractTableModel):
    """Article summaries as rows: headline, status, updated, and, once given a sync
    source (:meth:`set_sync_source`), each article's sync state. With ``sync_column``
    the Sync column is there from the start, empty until the source comes."""

    #: Translated when shown (``translate("ArticleListModel", title)``).
    COLUMNS = (
        QT_TRANSLATE_NOOP("ArticleListModel", "Headline"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Status"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Updated"),
    )
    SYNC_COLUMN = 3

    #: Rows fetched at a time from a source (:meth:`set_source`), as the view scrolls.
    PAGE = 500

    def __init__(
        self, rows: list[ArticleSummary] | None = None, *, sync_column: bool = False
    ) -> None:
        super().__init__()
        self._sync_column = sync_column
        self._rows: list[ArticleSummary] = list(rows or [])
        self._source: Callable[[int, int], list[ArticleSummary]] | None = None
        self._more = False
        self._sync_source: SyncSource | None = None
        self._sync: dict[int, SyncState] = {}

    @property
    def columns(self) -> tuple[str, ...]:
        shown = self._sync_column or self._sync_source is not None
        return self.COLUMNS + ((QT_TRANSLATE_NOOP("ArticleListModel", "Sync"),) if shown else ())

    def set_sync_source(self, fetch: SyncSource | None) -> None:
        """Show a Sync column, with ``fetch(ids)`` giving the states of the rows shown
        (one query for a page of rows). A column already there is filled in place:
        the rows, and the one selected, stay as they are."""
        if self._sync_column and fetch is not None:
            self._sync_source = fetch
            self._sync = {}
            self._fetch_sync(self._rows)
            if self._rows:
                top = self.index(0, self.SYNC_COLUMN)
                self.dataChanged.emit(top, self.index(len(self._rows) - 1, self.SYNC_COLUMN))
            return
        self.beginResetModel()
        self._sync_source = fetch
        self._sync = {}
        self._fetch_sync(self._rows)
        self.endResetModel()

    def _fetch_sync(self, rows: Sequence[ArticleSummary]) -> None:
        if self._sync_source is not None and rows:
            self._sync.update(self._sync_source([r.id for r in rows]))

    def refresh_sync(self, article_ids: Sequence[int] | None = None) -> None:
        """Read the sync state again, of ``article_ids`` or of every row shown."""
        if self._sync_source is None or not self._rows:
            return
        wanted = set(article_ids) if article_ids is not None else None
        rows = [r for r in self._rows if wanted is None or r.id in wanted]
        before = {r.id: self._sync.get(r.id) for r in rows}
        self._fetch_sync(rows)
        for position, row in enumerate(self._rows):
            if row.id in before and before[row.id] != self._sync.get(row.id):
                cell = self.index(position, self.SYNC_COLUMN)
                self.dataChanged.emit(cell, cell)

    def sync_state(self, article_id: int) -> SyncState | None:
        return self._sync.get(article_id)

    def set_source(self, fetch: Callable[[int, int], list[ArticleSummary]]) -> None:
        """Take rows from ``fetch(offset, limit)``, a page at a time: a section of a
        large library is never read whole."""
        self._source = fetch
        self.reload()

    def reload(self) -> None:
        """Fetch the first page from the source again."""
        if self._source is None:
            return
        rows = self._source(0, self.PAGE)
        self.beginResetModel()
        self._rows = rows
        self._sync = {}
        self._fetch_sync(rows)
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._source is None:
            return
        page = self._source(len(self._rows), self.PAGE)
        self._more = len(page) == self.PAGE
        known = {r.id for r in self._rows}
        page = [r for r in page if r.id not in known]  # an article saved meanwhile moved up
        if not page:
            return
        start = len(self._rows)
        self._fetch_sync(page)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return translate("ArticleListModel", self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ARTICLE_ID_ROLE:
            return row.id
        if index.column() == self.SYNC_COLUMN and self._sync_source is not None:
            state = self._sync.get(row.id, SyncState.NOT_PUBLISHED)
            if role == SYNC_STATE_ROLE:
                return state
            if role == Qt.ItemDataRole.DisplayRole:
                badge = SYNC_BADGES[state]
                return translate("ArticleListModel", badge) if badge else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return state.label
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("ArticleListModel", "Sync: {state}").format(state=state.label)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return row.headline or translate("ArticleListModel", "Untitled")
            if column == 1:
                return row.status.label
            if column == 2:
                return QLocale().toString(
                    row.updated_at.astimezone(), translate("ArticleListModel", "dd MMM HH:mm")
                )
        return None

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._source, self._more = None, False
        self._sync = {}
        self._fetch_sync(self._rows)
        self.endResetModel()

    def row_of(self, article_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), -1)

    def update_row(self, summary: ArticleSummary) -> None:
        row = self.row_of(summary.id)
        if row < 0:
            return
        self._rows[row] = summary
        self._fetch_sync([summary])  # a saved edit may make it "changed since sync"
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


class ArticleListView(QTableView):
    """``article_chosen`` gives the id of the article the user selects."""

    article_chosen = Signal(int)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ArticleListView", "Articles"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setAccessibleName(translate("ArticleListView", "Article list columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_chosen.emit(article_id)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(3, self.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def select_article(self, article_id: int) -> None:
        model = self.model()
        assert isinstance(model, ArticleListModel)
        row = model.row_of(article_id)
        if row >= 0:
            self.selectRow(row)
