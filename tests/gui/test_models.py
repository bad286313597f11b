from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.library_panel import ARTICLE_ID_ROLE, ArticleListModel


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
