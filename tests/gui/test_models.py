from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.library.library_panel import ARTICLE_ID_ROLE, ArticleListModel


def test_article_list_model_passes_qt_model_tester(qtmodeltester, library: Library) -> None:
    for n in range(5):
        library.create_article(Article(headline=f"Story {n}", body="Text"))
    model = ArticleListModel(library.articles())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6
    assert model.columnCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Headline", "Status", "Updated"]


def test_update_row_changes_only_that_row(qtbot, library: Library, tmp_path: Path) -> None:
    created = library.create_article(Article(headline="Old headline"))
    model = ArticleListModel(library.articles())
    row = model.row_of(created.id or 0)
    created.headline = "New headline"
    stored = library.save_article(created)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_row(library.summary(stored.id or 0))
    assert blocker.args[0].row() == row
    assert model.index(row, 0).data() == "New headline"
    assert model.index(row, 0).data(ARTICLE_ID_ROLE) == created.id


def test_the_article_list_fetches_a_page_at_a_time(
    qtmodeltester, monkeypatch, library: Library
) -> None:
    monkeypatch.setattr(ArticleListModel, "PAGE", 5)
    for n in range(11):
        library.create_article(Article(headline=f"Story {n}"))
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int):  # type: ignore[no-untyped-def]
        calls.append((offset, limit))
        return library.articles(limit=limit, offset=offset)

    model = ArticleListModel()
    model.set_source(fetch)
    assert model.rowCount() == 5 and calls == [(0, 5)]
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 12  # and the welcome article
    headlines = [model.index(r, 0).data() for r in range(12)]
    assert headlines[0] == "Story 10" and len(set(headlines)) == 12
    assert calls[-1] == (10, 5)
