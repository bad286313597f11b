"""The library browser on a real library file of a few hundred articles."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dialogs import answer_dialog, when_modal
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)

from newsroom.core import search
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, Status
from newsroom.core.search import Filters
from newsroom.gui.library.library_browser import (
    ARTICLE_ID_ROLE,
    BYLINE,
    COLUMNS,
    HEADLINE,
    PAGE,
    SEARCH_PAGE,
    SECTION,
    SNIPPET_ROLE,
    STATUS,
    UPDATED,
    WORDS,
    LibraryBrowser,
    LibraryBrowserModel,
    SnippetDelegate,
    snippet_html,
)

ARTICLES = 450
BYLINES = ("Anna Weber", "jan Peeters", "Sofia Rossi", "Tom Clarke", "")
TOPICS = ("Budget", "river", "Election", "storm")
START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@pytest.fixture
def big_library(library_path: Path) -> Iterator[Library]:
    """The seeded library plus :data:`ARTICLES` varied ones; every tenth mentions zebras."""
    library = open_library(library_path)
    sections = [s for s in library.sections() if s.parent_id is not None]
    rng = random.Random(7)
    with library.db.atomic():
        for n in range(ARTICLES):
            words = rng.randint(0, 60)
            body = " ".join(["lorem"] * words)
            if n % 10 == 0:
                body += " The zebra crossing was closed."
            library.create_article(
                Article(
                    headline=f"{rng.choice(TOPICS)} story {n:03d}",
                    body=body,
                    byline=BYLINES[n % len(BYLINES)],
                    section_id=sections[n % len(sections)].id,
                    status=(Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED)[n % 3],
                    tags=["weather"] if n % 7 == 0 else [],
                    updated_at=START + timedelta(minutes=rng.randint(0, 10**6)),
                )
            )
    yield library
    library.close()


@pytest.fixture
def model(big_library: Library) -> LibraryBrowserModel:
    return LibraryBrowserModel(big_library)


@pytest.fixture
def browser(qtbot, big_library: Library, settings: QSettings) -> LibraryBrowser:
    widget = LibraryBrowser(big_library, settings)
    qtbot.addWidget(widget, before_close_func=lambda browser: browser.shutdown())
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    return widget


def settle(qtbot, browser: LibraryBrowser) -> None:
    """Wait until the browser's queries (off the GUI thread) are answered and shown."""
    qtbot.waitUntil(lambda: not browser.reader.busy and not browser.model.is_loading)


def fetch_everything(qtbot, browser: LibraryBrowser) -> None:
    """Fetch every page of the browser's rows, as scrolling to the end would."""
    settle(qtbot, browser)
    while browser.model.canFetchMore(QModelIndex()):
        browser.model.fetchMore(QModelIndex())
        settle(qtbot, browser)


def fetch_all(model: LibraryBrowserModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def column_values(model: LibraryBrowserModel, column: int) -> list[object]:
    rows = [model.row_at(r) for r in range(model.rowCount())]
    key = {
        HEADLINE: lambda r: r.headline,
        SECTION: lambda r: r.section,
        STATUS: lambda r: r.status,
        BYLINE: lambda r: r.byline,
        UPDATED: lambda r: r.updated_at,
        WORDS: lambda r: r.words,
    }[column]
    return [key(r) for r in rows if r is not None]


def select_rows(browser: LibraryBrowser, rows: list[int]) -> list[int]:
    browser.table.clearSelection()
    for row in rows:
        browser.table.selectionModel().select(
            browser.model.index(row, 0),
            browser.table.selectionModel().SelectionFlag.Select
            | browser.table.selectionModel().SelectionFlag.Rows,
        )
    return browser.selected_ids()


def choose_in_input_dialog(text: str) -> list[str]:
    """Pick ``text`` in the next QInputDialog and press OK; returns its label."""
    labels: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        labels.append(dialog.labelText())
        dialog.setTextValue(text)
        dialog.accept()

    when_modal(QInputDialog, answer)
    return labels


# -- the model -------------------------------------------------------------------------
@pytest.mark.qt_log_level_fail("WARNING")
def test_model_passes_qt_model_tester_also_after_fetching_and_sorting(
    qtmodeltester, model: LibraryBrowserModel
) -> None:
    # Qt's own tester (QAbstractItemModelTester), whose findings are Qt warnings, made
    # failures by the mark. It stays connected and checks the model again on every
    # change. (pytest-qt's Python tester cannot follow a lazy model through a reset: it
    # runs its checks, which call fetchMore, before it notes that the reset ended.)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.sort(WORDS, ASCENDING)
    fetch_all(model)
    model.set_query("zebra")
    model.sort(HEADLINE, DESCENDING)
    model.set_filters(Filters(trashed=True))
    assert model.rowCount() == 0


def test_rows_are_fetched_a_page_at_a_time_and_the_total_is_known(
    model: LibraryBrowserModel, big_library: Library
) -> None:
    total = ARTICLES + 1  # and the welcome article
    assert model.total == total == search.count(big_library, Filters())
    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    assert seen == [PAGE, 2 * PAGE, total]
    ids = [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == total


def test_a_search_comes_in_smaller_pages(model: LibraryBrowserModel, big_library: Library) -> None:
    model.set_query("lorem")  # in most bodies: each row of a search carries a snippet
    total = search.count(big_library, Filters(), "lorem")
    assert total > 2 * SEARCH_PAGE
    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    assert seen[:2] == [SEARCH_PAGE, 2 * SEARCH_PAGE] and seen[-1] == total


def test_a_capped_count_still_fetches_every_row(
    qtbot, monkeypatch: pytest.MonkeyPatch, big_library: Library, browser: LibraryBrowser
) -> None:
    monkeypatch.setattr(search, "COUNT_CAP", 250)
    model = LibraryBrowserModel(big_library)
    assert model.total == 250 and model.total_is_capped
    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    assert seen == [PAGE, 2 * PAGE, ARTICLES + 1]
    assert model.total == ARTICLES + 1 and not model.total_is_capped
    ids = [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == ARTICLES + 1
    browser.model.reload()
    settle(qtbot, browser)
    assert browser.count_label.text() == "250+ articles"


def test_the_view_fetches_more_as_it_scrolls(qtbot, browser: LibraryBrowser) -> None:
    assert browser.model.rowCount() == PAGE
    browser.table.scrollToBottom()
    qtbot.waitUntil(lambda: browser.model.rowCount() > PAGE)
    assert "451 articles" in browser.count_label.text()


def test_the_default_order_is_newest_first(model: LibraryBrowserModel) -> None:
    fetch_all(model)
    updated = column_values(model, UPDATED)
    assert updated == sorted(updated, reverse=True)


@pytest.mark.parametrize("column", [HEADLINE, SECTION, STATUS, BYLINE, UPDATED, WORDS])
@pytest.mark.parametrize("order", [ASCENDING, DESCENDING])
def test_sorting_by_each_column_follows_the_data(
    model: LibraryBrowserModel, column: int, order: Qt.SortOrder
) -> None:
    model.sort(column, order)
    fetch_all(model)
    values = column_values(model, column)
    assert len(values) == ARTICLES + 1

    def key(value: object) -> object:
        if isinstance(value, Status):
            return list(Status).index(value) if STATUS_ORDER == "workflow" else value.value
        return value.casefold() if isinstance(value, str) else value

    assert values == sorted(values, key=key, reverse=order == DESCENDING)


STATUS_ORDER = "workflow"


def test_display_tooltip_and_alignment(model: LibraryBrowserModel) -> None:
    row = model.row_at(0)
    assert row is not None
    index = model.index(0, STATUS)
    assert index.data() == Status(row.status).label
    assert model.index(0, UPDATED).data() == row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    words = model.index(0, WORDS)
    assert words.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "word" in words.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, HEADLINE).data(Qt.ItemDataRole.ToolTipRole).startswith(row.headline)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["Headline", "Section", "Status", "Byline", "Updated", "Words", "Sync"]


def test_a_query_sorts_by_best_match_until_a_column_is_chosen(
    model: LibraryBrowserModel,
) -> None:
    model.set_query("zebra")
    assert model.sort_column == -1
    assert model.total == ARTICLES // 10
    model.sort(WORDS, ASCENDING)
    model.set_query("zebra crossing")
    assert model.sort_column == WORDS  # a chosen column stays chosen
    model.set_query("")
    assert model.sort_column == WORDS
    model.set_query("zebra")
    model.set_query("")
    assert (model.sort_column, model.sort_order) == (UPDATED, DESCENDING)


def test_filters_select_what_they_say(model: LibraryBrowserModel, big_library: Library) -> None:
    section = next(s for s in big_library.sections() if s.parent_id is not None)
    model.set_filters(Filters(section_ids=frozenset({section.id})))
    fetch_all(model)
    assert model.total > 0
    assert set(column_values(model, SECTION)) == {big_library.section_tree().path_of(section.id)}
    model.set_filters(Filters(status=Status.IN_REVIEW))
    fetch_all(model)
    assert set(column_values(model, STATUS)) == {Status.IN_REVIEW}
    assert model.total == ARTICLES // 3
    model.set_filters(Filters(tag="weather"))
    assert model.total == len(range(0, ARTICLES, 7))


def test_snippet_markup_is_escaped_then_bold() -> None:
    html = snippet_html("a <b>tag</b> & the \x02zebra\x03 crossing")
    assert "&lt;b&gt;tag&lt;/b&gt; &amp;" in html
    doc = QTextDocument()
    doc.setHtml(html)
    assert doc.toPlainText() == "a <b>tag</b> & the zebra crossing"
    bold: list[str] = []
    block = doc.begin()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
            bold.append(fragment.text())
        it += 1
    assert bold == ["zebra"]


# -- the widget ------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(browser: LibraryBrowser) -> None:
    for widget in browser.findChildren(QWidget):
        if widget.isVisibleTo(browser) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if widget.parent() in (browser.table, browser.search):
                continue  # the view's viewport and scroll bars, the field's clear button
            assert widget.accessibleName(), widget


def test_typing_searches_once_per_pause_and_shows_only_matches(
    qtbot, browser: LibraryBrowser
) -> None:
    reloads: list[str] = []
    browser.model.reloaded.connect(lambda: reloads.append(browser.model.query))
    qtbot.keyClicks(browser.search, "zebra", delay=10)
    assert reloads == []  # still typing
    qtbot.waitUntil(lambda: reloads != [], timeout=2000)
    qtbot.wait(300)
    assert len(reloads) == 1
    model = browser.model
    assert model.total == ARTICLES // 10 and model.rowCount() == SEARCH_PAGE
    assert browser.count_label.text() == f"{ARTICLES // 10} articles found"
    fetch_everything(qtbot, browser)
    assert model.rowCount() == ARTICLES // 10
    for row in range(model.rowCount()):
        assert "\x02zebra\x03" in model.index(row, HEADLINE).data(SNIPPET_ROLE).lower()
    assert browser.table.horizontalHeader().sortIndicatorSection() == -1

    # The delegate draws the snippet rows, into the view and on its own.
    assert not browser.table.grab().isNull()
    image = QImage(400, 60, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.widget = browser.table
    delegate = browser.table.itemDelegateForColumn(HEADLINE)
    assert isinstance(delegate, SnippetDelegate)
    delegate.paint(painter, option, model.index(0, HEADLINE))
    painter.end()
    assert delegate.sizeHint(option, model.index(0, HEADLINE)).height() > 20

    browser.search.clear()
    qtbot.waitUntil(lambda: model.total == ARTICLES + 1, timeout=2000)
    assert model.index(0, HEADLINE).data(SNIPPET_ROLE) == ""


def test_the_filter_combos_filter(qtbot, browser: LibraryBrowser, big_library: Library) -> None:
    browser.status_filter.setCurrentIndex(browser.status_filter.findData(Status.PUBLISHED))
    assert browser.model.filters.status is Status.PUBLISHED
    browser.tag_filter.setCurrentIndex(browser.tag_filter.findText("weather"))
    settle(qtbot, browser)
    expected = len([n for n in range(0, ARTICLES, 7) if n % 3 == 2])
    assert browser.model.total == expected
    top = next(s for s in big_library.sections() if s.parent_id is None and s.name == "World")
    browser.section_filter.setCurrentIndex(browser.section_filter.findText("World"))
    children = {s.id for s in big_library.sections() if s.parent_id == top.id}
    assert browser.model.filters.section_ids == frozenset({top.id} | children)


def test_sorting_from_the_header(qtbot, browser: LibraryBrowser) -> None:
    header = browser.table.horizontalHeader()
    header.setSortIndicator(WORDS, ASCENDING)
    settle(qtbot, browser)
    assert (browser.model.sort_column, browser.model.sort_order) == (WORDS, ASCENDING)
    first = browser.model.row_at(0)
    assert first is not None and first.words == 0


def test_moving_selected_articles_to_a_section(
    qtbot, browser: LibraryBrowser, big_library: Library
) -> None:
    ids = select_rows(browser, [0, 1, 2])
    changed: list[None] = []
    browser.articles_changed.connect(lambda: changed.append(None))
    labels = choose_in_input_dialog("Sport")
    browser.move_button.click()
    settle(qtbot, browser)
    assert labels == ["Move 3 articles to:"]
    sport = next(s.id for s in big_library.sections() if s.name == "Sport")
    assert {big_library.article(i).section_id for i in ids} == {sport}
    assert changed == [None]


def test_changing_status_reports_what_the_workflow_refused(
    qtbot, browser: LibraryBrowser, big_library: Library
) -> None:
    browser.search.setText("zebra")
    browser.search.returnPressed.emit()
    fetch_everything(qtbot, browser)
    rows = [browser.model.row_at(r) for r in range(browser.model.rowCount())]
    before = {r.id: r.status for r in rows if r is not None}
    assert set(before.values()) == {Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED}
    browser.table.selectAll()
    changed: list[None] = []
    browser.articles_changed.connect(lambda: changed.append(None))
    texts = answer_dialog(QMessageBox.StandardButton.Ok)
    browser.status_actions[Status.IN_REVIEW].trigger()
    settle(qtbot, browser)
    after = {i: big_library.article(i).status for i in before}
    for article_id, status in before.items():
        expected = Status.PUBLISHED if status is Status.PUBLISHED else Status.IN_REVIEW
        assert after[article_id] is expected
    drafts = list(before.values()).count(Status.DRAFT)
    published = list(before.values()).count(Status.PUBLISHED)
    (text,) = texts
    assert text.startswith(f"{drafts} articles were moved to In review. ")
    assert f"{published} articles could not be moved to In review:" in text
    assert "A published article cannot be sent to review" in text
    assert f"…and {published - 10} more." in text
    assert changed == [None]


def test_trash_restore_and_empty_trash(
    qtbot, browser: LibraryBrowser, big_library: Library
) -> None:
    table = browser.table
    ids = select_rows(browser, [0, 1])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot, browser)
    assert browser.model.total == ARTICLES - 1
    assert search.count(big_library, Filters(trashed=True)) == 2

    browser.trash_toggle.click()
    settle(qtbot, browser)
    assert not browser.trash_button.isVisibleTo(browser)
    assert browser.restore_button.isVisibleTo(browser)
    assert sorted(browser.model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(2)) == sorted(ids)
    select_rows(browser, [0])
    restored = browser.selected_ids()
    browser.restore_button.click()
    settle(qtbot, browser)
    assert browser.model.total == 1
    assert big_library.article(restored[0]).id == restored[0]

    texts = answer_dialog(QMessageBox.StandardButton.Cancel)
    browser.empty_button.click()
    settle(qtbot, browser)
    assert "Delete the 1 article in the trash for good?" in texts[0]
    assert browser.model.total == 1
    texts = answer_dialog(QMessageBox.StandardButton.Yes)
    browser.empty_button.click()
    settle(qtbot, browser)
    assert texts
    assert browser.model.total == 0
    assert search.count(big_library, Filters()) == ARTICLES


def test_activating_a_row_chooses_its_article(qtbot, browser: LibraryBrowser) -> None:
    index = browser.model.index(3, HEADLINE)
    browser.table.setCurrentIndex(index)
    browser.table.setFocus()
    with qtbot.waitSignal(browser.article_chosen) as blocker:
        qtbot.keyClick(browser.table, Qt.Key.Key_Return)
    assert blocker.args == [index.data(ARTICLE_ID_ROLE)]
    other = browser.model.index(5, BYLINE)
    where = browser.table.visualRect(other).center()
    with qtbot.waitSignal(browser.article_chosen) as blocker:
        # A double-click is a click and then a double-click event, as from a mouse.
        qtbot.mouseClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [other.data(ARTICLE_ID_ROLE)]


def test_ctrl_f_searches_the_library_even_in_a_window_with_its_own_find(
    qtbot, big_library: Library, settings: QSettings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window, before_close_func=lambda _w: browser.shutdown())
    found: list[None] = []
    find = QAction("Find", window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: found.append(None))
    window.addAction(find)
    browser = LibraryBrowser(big_library, settings)
    window.setCentralWidget(browser)
    window.show()
    qtbot.waitExposed(window)
    browser.search.setText("zebra")
    browser.search.deselect()
    # (Offscreen windows may not become active, so focus itself cannot be checked:
    # what focus_search does besides, selecting the field's text, can.)
    qtbot.keyClick(browser.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.selectedText() == "zebra"
    assert found == []


def test_column_widths_are_remembered(
    qtbot, browser: LibraryBrowser, big_library: Library, settings: QSettings
) -> None:
    browser.table.horizontalHeader().resizeSection(BYLINE, 217)
    again = LibraryBrowser(big_library, settings)
    qtbot.addWidget(again, before_close_func=lambda widget: widget.shutdown())
    assert again.table.horizontalHeader().sectionSize(BYLINE) == 217
