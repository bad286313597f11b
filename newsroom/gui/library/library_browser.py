"""The library browser: every article of the library in one sortable, searchable table.

:class:`LibraryBrowserModel` shows :func:`newsroom.core.search.rows` a page at a time
(``fetchMore``), so a library of 100,000 articles opens as fast as one of ten;
:class:`LibraryBrowser` puts it in a table under a search field and filters, with the
bulk actions an editor needs on many articles at once (move, change status, trash).

In the browser, queries run on a :class:`~newsroom.gui.library.reader.LibraryReader`: off the
GUI thread, on a read-only connection of their own, the newest search superseding the
ones before it; typing is coalesced into one query per pause. Without a reader (a
model on its own, as in tests of its paging) they run on the calling thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import search
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.i18n import count as i18n_count
from newsroom.core.library import Library
from newsroom.core.model import Status
from newsroom.core.publish import golive
from newsroom.core.publish.base import SyncState
from newsroom.core.search import Filters, Row
from newsroom.gui.library.reader import LibraryReader
from newsroom.gui.publish.publish_menu import on_sites
from newsroom.gui.tasks import TaskManager

if TYPE_CHECKING:
    from newsroom.gui.transfer.export_dialog import ExportReport, ExportRunner

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The search snippet of a row: plain text, matches between "\x02" and "\x03".
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE = 200
#: With a search, a page is smaller: each row then carries a snippet.
SEARCH_PAGE = search.SEARCH_PAGE
SEARCH_PAUSE_MS = 150
MATCH_START, MATCH_END = "\x02", "\x03"

#: Column title and the sort key of :func:`newsroom.core.search.rows` (None: not sortable).
#: The titles are translated when shown (``translate("LibraryBrowserModel", title)``).
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Headline"), "headline"),
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Section"), "section"),
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Status"), "status"),
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Byline"), "byline"),
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Updated"), "updated"),
    (QT_TRANSLATE_NOOP("LibraryBrowserModel", "Words"), "words"),
    (
        QT_TRANSLATE_NOOP("LibraryBrowserModel", "Sync"),
        "sync" if "sync" in search.SORT_KEYS else None,
    ),
)
HEADLINE, SECTION, STATUS, BYLINE, UPDATED, WORDS, SYNC = range(len(COLUMNS))
DEFAULT_COLUMN = UPDATED
#: A status as the end of "3 articles now …" says it, translated when shown
#: (``translate("LibraryBrowser", word)``).
STATUS_NOW: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("LibraryBrowser", "draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("LibraryBrowser", "in review"),
    Status.READY: QT_TRANSLATE_NOOP("LibraryBrowser", "ready"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("LibraryBrowser", "scheduled"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("LibraryBrowser", "published"),
    Status.SPIKED: QT_TRANSLATE_NOOP("LibraryBrowser", "spiked"),
}


def sync_label(state: str) -> str:
    """``"changed"`` → ``"Changed since sync"``; ``""`` (never published) stays blank."""
    return SyncState(state).label if state else ""


def plain_snippet(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def snippet_html(snippet: str) -> str:
    """The snippet as rich text, its matches in bold; the text itself is escaped first."""
    text = html.escape(snippet, quote=False)
    return text.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


@dataclass(frozen=True)
class _Query:
    """What the rows are: everything a page of them depends on."""

    filters: Filters
    query: str
    sort: str
    descending: bool
    page_size: int

    def page(self, library: Library, offset: int) -> list[Row]:
        from newsroom.core.publish.states import with_sync_states

        found = search.rows(
            library,
            self.filters,
            self.query,
            sort=self.sort,
            descending=self.descending,
            offset=offset,
            limit=self.page_size,
        )
        return with_sync_states(library, found)

    def first(self, library: Library) -> search.FirstPage:
        """The first page and the (capped) count."""
        return search.first_page(
            library,
            self.filters,
            self.query,
            sort=self.sort,
            descending=self.descending,
            limit=self.page_size,
        )


class LibraryBrowserModel(QAbstractTableModel):
    """Rows of :func:`newsroom.core.search.rows`, fetched :data:`PAGE` at a time.

    ``total`` is the number of articles the filters and query select; ``rowCount`` is
    how many of them are fetched so far. Without a query the rows are sorted by
    update time, newest first; with one, best match first, until a column is chosen.

    With a ``reader``, the queries run off the GUI thread: the rows shown stay until
    the new ones are there (``loading`` says when a query is out)."""

    #: The rows were fetched anew (filters, query or sort changed), or a sort was refused.
    reloaded = Signal()
    #: True while a query for new rows is out, False when its rows are shown.
    loading = Signal(bool)
    #: A query off the GUI thread failed; the message is for the user.
    query_failed = Signal(str)

    def __init__(
        self, library: Library, parent: QObject | None = None, reader: LibraryReader | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._reader = reader
        self._filters = Filters()
        self._query = ""
        self._column = DEFAULT_COLUMN  # -1: best match first (with a query)
        self._order = Qt.SortOrder.DescendingOrder
        self._rows: list[Row] = []
        self._total = 0
        self._more = False  # the count was capped: more rows may follow the total
        self._announcing = False
        self._reloading = False  # a reload's query is out
        self._fetching = False  # a further page's query is out
        self.reload()

    # -- what is shown ----------------------------------------------------------------
    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        """The number of rows, or a lower bound of it when :attr:`total_is_capped`."""
        return self._total

    @property
    def total_is_capped(self) -> bool:
        """Whether there are more than :attr:`total` rows, as far as is known."""
        return self._more

    @property
    def is_loading(self) -> bool:
        return self._reloading

    @property
    def sort_column(self) -> int:
        """The column the rows are sorted by, or -1 for best match first."""
        return self._column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def set_filters(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def set_query(self, text: str) -> None:
        """Search for ``text`` (the search field's syntax, see ``search.parse_query``).

        Starting a search sorts by best match; clearing it goes back to newest first
        if the rows were in best-match order."""
        query = text.strip() if search.parse_query(text) else ""
        if search.parse_query(query) == search.parse_query(self._query):
            self._query = query
            return
        if query and not self._query:
            self._column, self._order = -1, Qt.SortOrder.DescendingOrder
        elif not query and self._column == -1:
            self._column, self._order = DEFAULT_COLUMN, Qt.SortOrder.DescendingOrder
        self._query = query
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(COLUMNS) else -1
        if column >= 0 and COLUMNS[column][1] is None:
            self.reloaded.emit()  # the search cannot sort by it: the order stays as it is
            return
        if (column, order) != (self._column, self._order):
            self._column, self._order = column, order
            self.reload()

    def _sort_args(self) -> tuple[str, bool]:
        if self._column == -1:
            return (search.RANK, False) if self._query else ("updated", True)
        key = COLUMNS[self._column][1]
        assert key is not None
        return key, self._order == Qt.SortOrder.DescendingOrder

    @property
    def page_size(self) -> int:
        return SEARCH_PAGE if self._query else PAGE

    def _current(self) -> _Query:
        key, descending = self._sort_args()
        return _Query(self._filters, self._query, key, descending, self.page_size)

    def _run(
        self,
        work: Callable[[Library], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        *,
        supersede: bool,
    ) -> None:
        if self._reader is None:
            done(work(self._library))  # an error reaches the caller, as any call's
        else:
            self._reader.submit(work, done, supersede=supersede, failed=failed)

    def reload(self) -> None:
        """Fetch the first page again (after the library changed, or the filters)."""
        wanted = self._current()
        self._reloading = True
        self._fetching = False  # a page on its way belongs to the rows being replaced
        self.loading.emit(True)
        self._run(
            wanted.first,
            self._reloaded,
            self._query_failed,
            supersede=True,
        )

    def _reloaded(self, page: search.FirstPage) -> None:
        self._reloading = False
        with self._changing():
            self.beginResetModel()
            self._rows = page.rows
            self._more = page.more
            self._total = page.total
            self.endResetModel()
        self.loading.emit(False)
        self.reloaded.emit()

    def _query_failed(self, exc: BaseException) -> None:
        """A query failed (the library went away, or is damaged): show nothing rather
        than rows that may be wrong, and let the window tell the user."""
        self._reloading = self._fetching = False
        with self._changing():
            self.beginResetModel()
            self._rows, self._total, self._more = [], 0, False
            self.endResetModel()
        self.loading.emit(False)
        self.reloaded.emit()
        self.query_failed.emit(
            translate("LibraryBrowserModel", "The library could not be searched: {error}").format(
                error=exc
            )
        )

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """No rows come in while a change is being told: whoever listens (a view, Qt's
        model tester) sees one change end before the model makes the next."""
        self._announcing = True
        try:
            yield
        finally:
            self._announcing = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._announcing or self._reloading or self._fetching:
            return False
        return len(self._rows) < self._total or self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        wanted, offset = self._current(), len(self._rows)
        self._fetching = True

        def fetched(page: list[Row]) -> None:
            if not self._fetching or wanted != self._current() or offset != len(self._rows):
                return  # the rows were replaced meanwhile
            self._fetching = False
            self._add_page(wanted, page)

        def failed(exc: BaseException) -> None:
            self._fetching = False
            self._query_failed(exc)

        self._run(lambda library: wanted.page(library, offset), fetched, failed, supersede=False)

    def _add_page(self, wanted: _Query, page: list[Row]) -> None:
        if len(page) < wanted.page_size:  # the end came (early, if the library changed)
            self._total = len(self._rows) + len(page)
            self._more = False
        else:
            self._total = max(self._total, len(self._rows) + len(page))
        if not page:
            return
        start = len(self._rows)
        with self._changing():
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- the Qt model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("LibraryBrowserModel", COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int:
        """The row of that article among those fetched, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == SNIPPET_ROLE:
            return row.snippet
        return None

    @staticmethod
    def _display(row: Row, column: int) -> str:
        if column == HEADLINE:
            return row.headline or translate("LibraryBrowserModel", "Untitled")
        if column == SECTION:
            return row.section
        if column == STATUS:
            return Status(row.status).label
        if column == BYLINE:
            return row.byline
        if column == UPDATED:
            return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == WORDS:
            return i18n_count(row.words)
        return sync_label(row.sync_state)

    def _tooltip(self, row: Row, column: int) -> str:
        if column == HEADLINE:
            text = row.headline or translate("LibraryBrowserModel", "Untitled")
            return f"{text}\n\n…{plain_snippet(row.snippet)}…" if row.snippet else text
        if column == UPDATED:
            when = QLocale().toString(
                row.updated_at.astimezone(),
                translate("LibraryBrowserModel", "dddd dd MMMM yyyy, HH:mm"),
            )
            return translate("LibraryBrowserModel", "Updated {when}").format(when=when)
        if column == WORDS:
            words = row.words
            return translate("LibraryBrowserModel", "{count} word(s)", None, words).format(
                count=i18n_count(words)
            )
        if column == SYNC:
            state = sync_label(row.sync_state) or translate(
                "LibraryBrowserModel", "never published"
            )
            return translate("LibraryBrowserModel", "Publishing: {state}").format(state=state)
        return self._display(row, column)


class SnippetDelegate(QStyledItemDelegate):
    """The headline, and under it the search snippet with its matches in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        headline = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), quote=False)
        snippet = snippet_html(str(index.data(SNIPPET_ROLE) or ""))
        doc.setHtml(f"<div>{headline}</div><div><small>…{snippet}…</small></div>")
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(SNIPPET_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        doc.setTextWidth(rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if not index.data(SNIPPET_ROLE):
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


def _ids_of(view: QTableView) -> list[int]:
    rows = sorted(index.row() for index in view.selectionModel().selectedRows())
    return [int(view.model().index(r, 0).data(ARTICLE_ID_ROLE)) for r in rows]


def _names(headlines: Sequence[str]) -> str:
    quoted = [
        translate("LibraryBrowser", "“{headline}”").format(
            headline=h or translate("LibraryBrowser", "Untitled")
        )
        for h in headlines
    ]
    if len(quoted) == 1:
        return quoted[0]
    return translate("LibraryBrowser", "{list} and {last}").format(
        list=", ".join(quoted[:-1]), last=quoted[-1]
    )


class LibraryBrowser(QWidget):
    """Search, filter, sort and act on many articles at once.

    ``article_chosen`` gives the id of an article the user opens (double-click or
    Enter); ``articles_changed`` follows every bulk action that changed the library.
    Spiking, unpublishing or trashing takes articles off the sites that have them
    (:mod:`newsroom.core.publish.golive`); ``articles_moved`` then gives, by article
    id, the names of the targets that had each one and their headlines, for the window
    to say what leaves which site and to send it. Export… writes the selected articles
    into a folder, one file each, off the GUI thread on ``tasks`` (a pool of its own
    when none is given); ``exported`` gives the report when it is done."""

    article_chosen = Signal(int)
    articles_changed = Signal()
    articles_moved = Signal(object, object)  # {id: [target name]}, {id: headline}
    exported = Signal(object)  # an ExportReport, once an export has finished

    WIDTHS_KEY = "libraryBrowser/columnWidths"

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self.export_runner: ExportRunner | None = None
        self.setAccessibleName(translate("LibraryBrowser", "Library browser"))
        self._message = ""
        self.reader = LibraryReader(library, self)
        self.model = LibraryBrowserModel(library, self, reader=self.reader)
        self.model.query_failed.connect(self._query_failed)
        self.model.loading.connect(self._loading)

        self.search = QLineEdit()
        self.search.setAccessibleName(translate("LibraryBrowser", "Search articles"))
        self.search.setPlaceholderText(translate("LibraryBrowser", "Search articles (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)

        self.section_filter = self._combo(translate("LibraryBrowser", "Section filter"))
        self.status_filter = self._combo(translate("LibraryBrowser", "Status filter"))
        self.status_filter.addItem(translate("LibraryBrowser", "Any status"), None)
        for status in Status:
            self.status_filter.addItem(status.label, status.value)
        self.tag_filter = self._combo(translate("LibraryBrowser", "Tag filter"))
        self.trash_toggle = QToolButton()
        self.trash_toggle.setText(translate("LibraryBrowser", "Trash"))
        self.trash_toggle.setCheckable(True)
        self.trash_toggle.setAccessibleName(translate("LibraryBrowser", "Show the trash"))
        self.trash_toggle.setToolTip(
            translate("LibraryBrowser", "Show the articles in the trash instead")
        )
        self.refresh_choices()
        for combo in (self.section_filter, self.status_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.trash_toggle.toggled.connect(self._filters_changed)

        self.table = QTableView()
        self.table.setAccessibleName(translate("LibraryBrowser", "Articles"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(HEADLINE, SnippetDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("LibraryBrowser", "Article columns"))
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(DEFAULT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the model's default
        self._restore_widths()
        header.sectionResized.connect(self._save_widths)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu().popup(self.table.viewport().mapToGlobal(pos))
        )
        self.model.reloaded.connect(self._reloaded)

        self._build_actions()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("LibraryBrowser", "Article count"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.section_filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.trash_toggle)
        actions = QHBoxLayout()
        for button in self.buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._reloaded()

    def shutdown(self) -> None:
        """Stop reading the library (before it closes); an export under way stops after
        the article being written."""
        if self.export_runner is not None:
            self.export_runner.abandon()
            self.export_runner = None
            self.tasks.wait(10000)
        self.reader.close()

    def _loading(self, busy: bool) -> None:
        if busy and self.model.query:
            self.count_label.setText(translate("LibraryBrowser", "Searching…"))

    def _query_failed(self, message: str) -> None:
        self.count_label.setText(translate("LibraryBrowser", "The search failed."))
        QMessageBox.warning(self, translate("LibraryBrowser", "Search Failed"), message)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    def _build_actions(self) -> None:
        self.move_button = self._button(
            translate("LibraryBrowser", "Move to Section…"),
            translate("LibraryBrowser", "Move to section"),
            translate("LibraryBrowser", "Move the selected articles to another section"),
        )
        self.move_button.clicked.connect(self.ask_move)
        self.status_menu = QMenu(translate("LibraryBrowser", "Change Status"), self)
        self.status_menu.setAccessibleName(translate("LibraryBrowser", "Statuses"))
        self.status_actions: dict[Status, QAction] = {}
        for status in Status:
            action = self.status_menu.addAction(status.label)
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
            self.status_actions[status] = action
        self.status_button = self._button(
            translate("LibraryBrowser", "Change Status"),
            translate("LibraryBrowser", "Change status"),
            translate("LibraryBrowser", "Move the selected articles along the workflow"),
        )
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trash_action = QAction(translate("LibraryBrowser", "Move to Trash"), self.table)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(self.trash_selected)
        self.table.addAction(self.trash_action)
        self.trash_button = self._button(
            translate("LibraryBrowser", "Move to Trash"),
            translate("LibraryBrowser", "Move to trash"),
            translate("LibraryBrowser", "Move the selected articles to the trash (Delete)"),
        )
        self.trash_button.clicked.connect(self.trash_selected)
        self.restore_button = self._button(
            translate("LibraryBrowser", "Restore"),
            translate("LibraryBrowser", "Restore from trash"),
            translate("LibraryBrowser", "Take the selected articles out of the trash"),
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = self._button(
            translate("LibraryBrowser", "Empty Trash"),
            translate("LibraryBrowser", "Empty trash"),
            translate("LibraryBrowser", "Delete every article in the trash for good"),
        )
        self.empty_button.clicked.connect(self.ask_empty_trash)
        self.export_action = QAction(translate("LibraryBrowser", "Export…"), self)
        self.export_action.setToolTip(
            translate("LibraryBrowser", "Write the selected articles into a folder, one file each")
        )
        self.export_action.triggered.connect(lambda _=False: self.ask_export())
        self.export_button = self._button(
            translate("LibraryBrowser", "Export…"),
            translate("LibraryBrowser", "Export articles"),
            translate("LibraryBrowser", "Write the selected articles into a folder, one file each"),
        )
        self.export_button.clicked.connect(lambda _=False: self.ask_export())
        self.buttons = [
            self.move_button,
            self.status_button,
            self.trash_button,
            self.restore_button,
            self.empty_button,
            self.export_button,
        ]

    # -- filters and search -----------------------------------------------------------
    def refresh_choices(self) -> None:
        """Fill the section and tag filters from the library, keeping what is chosen."""
        section, tag = self.section_filter.currentData(), self.tag_filter.currentData()
        tree = self.library.section_tree()
        for combo in (self.section_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.clear()
        self.section_filter.addItem(translate("LibraryBrowser", "All sections"), None)
        for found, depth in tree.walk():
            ids = [found.id]
            for other, _depth in tree.walk():
                if other.parent_id in ids:
                    ids.append(other.id)
            self.section_filter.addItem("    " * depth + found.name, frozenset(ids))
            self.section_filter.setItemData(
                self.section_filter.count() - 1, tree.path_of(found.id), Qt.ItemDataRole.ToolTipRole
            )
        self.tag_filter.addItem(translate("LibraryBrowser", "Any tag"), None)
        for name in self.library.tags():
            self.tag_filter.addItem(name, name)
        for combo, wanted in ((self.section_filter, section), (self.tag_filter, tag)):
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        status = self.status_filter.currentData()  # Qt keeps a StrEnum as its str
        return Filters(
            section_ids=self.section_filter.currentData(),
            status=Status(status) if status else None,
            tag=self.tag_filter.currentData(),
            trashed=self.trash_toggle.isChecked(),
        )

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filters())
        self._update_actions()

    def _run_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Ctrl+F inside the browser searches the library, even where the window has
        # its own Find (the editor's): taking the override keeps the two apart.
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if (
            event.type() in kinds
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Find)
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.focus_search()
            return True
        return super().eventFilter(watched, event)

    def _reloaded(self) -> None:
        header = self.table.horizontalHeader()
        column, order = self.model.sort_column, self.model.sort_order
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)  # the model is sorted already
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()
        lines = 2 if self.model.query else 1
        self.table.verticalHeader().setDefaultSectionSize(
            self._row_height if lines == 1 else self._row_height + self.fontMetrics().height()
        )
        total, capped = self.model.total, self.model.total_is_capped
        count = i18n_count(total) + ("+" if capped else "")
        n = max(total, 2) if capped else total  # "250+ articles": always the plural
        if self.model.query:
            text = translate("LibraryBrowser", "{count} article(s) found", None, n)
        elif self.filters().trashed:
            text = translate("LibraryBrowser", "{count} article(s) in the trash", None, n)
        else:
            text = translate("LibraryBrowser", "{count} article(s)", None, n)
        self.count_label.setText(text.format(count=count))
        if self._message:
            self.count_label.setText(self._message)
            self._message = ""
        self._update_actions()

    # -- column widths ----------------------------------------------------------------
    def _restore_widths(self) -> None:
        widths = self.settings.value(self.WIDTHS_KEY, [])
        if not isinstance(widths, list):
            widths = [widths]
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths[: len(COLUMNS)]):
            try:
                size = int(width)
            except (TypeError, ValueError):
                continue
            if size > 0:
                header.resizeSection(column, size)
        if not widths:
            header.resizeSection(HEADLINE, 320)

    def _save_widths(self) -> None:
        header = self.table.horizontalHeader()
        self.settings.setValue(
            self.WIDTHS_KEY, [header.sectionSize(c) for c in range(len(COLUMNS))]
        )

    # -- bulk actions -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return _ids_of(self.table)

    def _selected_rows(self) -> list[Row]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def _update_actions(self) -> None:
        trashed = self.trash_toggle.isChecked()
        some = bool(self.table.selectionModel().hasSelection())
        writable = not self.library.read_only
        for widget in (self.move_button, self.status_button, self.trash_button):
            widget.setVisible(not trashed)
            widget.setEnabled(some and writable)
        self.trash_action.setEnabled(some and writable and not trashed)
        self.restore_button.setVisible(trashed)
        self.restore_button.setEnabled(some and writable)
        self.empty_button.setVisible(trashed)
        self.empty_button.setEnabled(writable and self.model.total > 0)
        exporting = self.export_runner is not None
        self.export_button.setEnabled(some and not exporting)
        self.export_action.setEnabled(some and not exporting)

    def context_menu(self) -> QMenu:
        """The menu of the selected articles (a right-click on the table)."""
        menu = QMenu(self.table)
        menu.setAccessibleName(translate("LibraryBrowser", "Article actions"))
        menu.addAction(self.export_action)
        menu.addSeparator()
        if self.trash_toggle.isChecked():
            menu.addAction(
                translate("LibraryBrowser", "Restore"), self.restore_selected
            ).setEnabled(self.restore_button.isEnabled())
        else:
            menu.addAction(
                translate("LibraryBrowser", "Move to Section…"), self.ask_move
            ).setEnabled(self.move_button.isEnabled())
            menu.addMenu(self.status_menu).setEnabled(self.status_button.isEnabled())
            menu.addAction(self.trash_action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _done(self, message: str) -> None:
        self._message = message  # shown when the reloaded rows are, in place of the count
        self.model.reload()
        self.refresh_choices()
        self.articles_changed.emit()

    def _failed(self, title: str, exc: NewsroomError) -> None:
        QMessageBox.warning(self, title, str(exc))

    def ask_move(self) -> None:
        """Ask which section to move the selected articles to, and move them."""
        ids = self.selected_ids()
        if not ids:
            return
        tree = self.library.section_tree()
        paths = [tree.path_of(s.id) for s, _depth in tree.walk()]
        ids_by_path = {tree.path_of(s.id): s.id for s, _depth in tree.walk()}
        count = len(ids)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("LibraryBrowser", "Move to Section"))
        dialog.setLabelText(translate("LibraryBrowser", "Move %n article(s) to:", None, count))
        dialog.setComboBoxItems(paths)
        dialog.setComboBoxEditable(False)
        dialog.setAccessibleName(translate("LibraryBrowser", "Move to section"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return
        self.move_selected(ids_by_path[dialog.textValue()], ids)

    def move_selected(self, section_id: int, ids: Sequence[int] | None = None) -> None:
        ids = list(ids if ids is not None else self.selected_ids())
        try:
            self.library.move_articles(ids, section_id)
        except NewsroomError as exc:
            self._failed(translate("LibraryBrowser", "Articles Not Moved"), exc)
            return
        section, count = self.library.section_tree().path_of(section_id), len(ids)
        self._done(
            translate("LibraryBrowser", "Moved %n article(s) to {section}.", None, count).format(
                section=section
            )
        )

    def change_status(self, status: Status) -> None:
        """Move each selected article to ``status``; tell, in one message, which the
        workflow or the checklist kept where they were, and why."""
        rows = self._selected_rows()
        if not rows:
            return
        refused: list[tuple[Row, str]] = []
        before = on_sites(self.library, [r.id for r in rows if r.status != status])
        for row in rows:
            if row.status == status:
                continue
            try:
                golive.set_status(self.library, row.id, status)
            except NewsroomError as exc:
                refused.append((row, str(exc)))
        moved = len([r for r in rows if r.status != status]) - len(refused)
        now = STATUS_NOW.get(status)
        self._done(
            translate("LibraryBrowser", "%n article(s) now {status}.", None, moved).format(
                status=translate("LibraryBrowser", now) if now else status.label.lower()
            )
        )
        self.articles_moved.emit(before, {r.id: r.headline for r in rows})
        if refused:
            QMessageBox.warning(
                self,
                translate("LibraryBrowser", "Some Articles Kept Their Status"),
                refusal_message(status, moved, refused),
            )

    def trash_selected(self) -> None:
        rows = self._selected_rows()
        if not rows or self.trash_toggle.isChecked():
            return
        before = on_sites(self.library, [r.id for r in rows])
        try:
            golive.trash(self.library, [r.id for r in rows])  # and off the sites
        except NewsroomError as exc:
            self._failed(translate("LibraryBrowser", "Articles Not Moved to the Trash"), exc)
            return
        count = len(rows)
        if count == 1:
            done = translate("LibraryBrowser", "Moved {article} to the trash.").format(
                article=_names([rows[0].headline])
            )
        else:
            done = translate("LibraryBrowser", "Moved %n article(s) to the trash.", None, count)
        self._done(done)
        self.articles_moved.emit(before, {r.id: r.headline for r in rows})

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.library.restore_articles(ids)
        except NewsroomError as exc:
            self._failed(translate("LibraryBrowser", "Articles Not Restored"), exc)
            return
        count = len(ids)
        self._done(translate("LibraryBrowser", "Restored %n article(s).", None, count))

    def ask_empty_trash(self) -> None:
        count = search.count(self.library, Filters(trashed=True))
        if not count:
            return
        answer = QMessageBox.question(
            self,
            translate("LibraryBrowser", "Empty Trash"),
            translate(
                "LibraryBrowser",
                "Delete the {count} article(s) in the trash for good? This cannot be undone.",
                None,
                count,
            ).format(count=i18n_count(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.library.empty_trash()
        except NewsroomError as exc:
            self._failed(translate("LibraryBrowser", "Trash Not Emptied"), exc)
            return
        self._done(translate("LibraryBrowser", "The trash is empty."))

    # -- export -----------------------------------------------------------------------
    def ask_export(self) -> ExportRunner | None:
        """Ask for a folder and a format, then write the selected articles there."""
        from newsroom.gui.transfer.export_dialog import ExportFolderDialog

        ids = self.selected_ids()
        if not ids or self.export_runner is not None:
            return None
        dialog = ExportFolderDialog(self.settings, self.library.path.parent, len(ids), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            folder, fmt = dialog.folder(), dialog.format()
        finally:
            dialog.deleteLater()
        return self.export_selected(folder, fmt)

    def export_selected(self, folder: Path, fmt: str) -> ExportRunner | None:
        """Write the selected articles into ``folder`` as ``fmt``, with progress and
        Cancel; files already there are replaced only if the journalist says so."""
        from newsroom.core.exporters import destinations
        from newsroom.gui.transfer.export_dialog import ExportJob, ExportRunner, confirm_replace

        rows = self._selected_rows()
        if not rows or self.export_runner is not None:
            return None
        slugs = []
        for row in rows:
            try:
                slugs.append(self.library.summary(row.id).slug)
            except NewsroomError:
                slugs.append("")
        paths = destinations(folder, slugs, fmt)
        there = [path for path in paths if path.exists()]
        if not confirm_replace(self, there):
            return None
        jobs = [ExportJob(r.id, r.headline, p) for r, p in zip(rows, paths, strict=True)]
        runner = ExportRunner(self.library, jobs, fmt, self.tasks, self, force=bool(there))
        runner.finished.connect(self._exported)
        self.export_runner = runner
        self._update_actions()
        runner.start()
        return runner

    def _exported(self, report: ExportReport) -> None:
        from newsroom.gui.transfer.export_dialog import show_report

        self.export_runner = None
        self._update_actions()
        show_report(self, report, self.count_label.setText)
        self.exported.emit(report)

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_chosen.emit(int(article_id))

    def reload(self) -> None:
        """Show the library as it is now (after an article was saved elsewhere)."""
        self.refresh_choices()
        if self.filters() != self.model.filters:
            self.model.set_filters(self.filters())
        else:
            self.model.reload()


def refusal_message(status: Status, moved: int, refused: Sequence[tuple[Row, str]]) -> str:
    """One message for every article a status change left where it was."""
    done = ""
    if moved == 1:
        done = translate("LibraryBrowser", "1 article was moved to {status}.", "one")
    elif moved:
        done = translate("LibraryBrowser", "{count} articles were moved to {status}.", "many")
    if done:
        done = done.format(count=moved, status=status.label) + " "
    count = len(refused)
    head = translate(
        "LibraryBrowser", "%n article(s) could not be moved to {status}:", None, count
    ).format(status=status.label)
    shown = [
        translate("LibraryBrowser", "• {article}: {reason}").format(
            article=_names([row.headline]), reason=reason
        )
        for row, reason in refused[:10]
    ]
    if count > 10:
        shown.append(translate("LibraryBrowser", "…and {count} more.").format(count=count - 10))
    return done + head + "\n\n" + "\n".join(shown)
