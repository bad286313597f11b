"""The history panel: revisions, comparing two of them, and restoring one."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.revisions import get_revision, list_revisions, record_revision
from newsroom.gui.panels.history_panel import KIND_ROLE, HistoryPanel, RevisionListModel


@pytest.fixture
def article_id(library: Library) -> int:
    article = library.create_article(Article(headline="Rhine closed", body="Barges wait."))
    assert article.id is not None
    for headline, body in [
        ("Rhine closed", "Barges wait at Basel.\n\nThe water is high."),
        ("Rhine reopens", "Barges wait at Basel.\n\nThe water is falling."),
    ]:
        article.headline, article.body = headline, body
        article = library.save_article(article)
        record_revision(library, article.id or 0)
    return article.id or 0


def panel_for(qtbot, library: Library, article_id: int) -> HistoryPanel:
    panel = HistoryPanel(list_revisions(library, article_id), partial(get_revision, library))
    qtbot.addWidget(panel)
    return panel


def test_revision_model_passes_qt_model_tester(qtmodeltester, library, article_id) -> None:
    model = RevisionListModel(list_revisions(library, article_id))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    rows = [[model.index(r, c).data() for c in (1, 2)] for r in range(3)]
    assert rows == [["edit", "±0 words"], ["edit", "+6 words"], ["created", "+2 words"]]


def test_buttons_follow_the_selection(qtbot, library: Library, article_id: int) -> None:
    panel = panel_for(qtbot, library, article_id)
    assert not panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()
    newest, middle, oldest = (i.id for i in list_revisions(library, article_id))
    panel.select(newest)
    assert panel.compare_button.isEnabled() and panel.restore_button.isEnabled()
    panel.select(newest, oldest)
    assert panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()
    panel.select(oldest)  # nothing before it to compare with
    assert not panel.compare_button.isEnabled() and panel.restore_button.isEnabled()
    panel.set_read_only(True)
    assert not panel.restore_button.isEnabled()
    panel.set_revisions([])
    assert not panel.compare_button.isEnabled() and panel.selected() == []


def test_restore_asks_for_the_selected_revision(qtbot, library: Library, article_id: int) -> None:
    panel = panel_for(qtbot, library, article_id)
    middle = list_revisions(library, article_id)[1].id
    panel.select(middle)
    with qtbot.waitSignal(panel.restore_requested) as blocker:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [middle]


def test_compare_shows_two_revisions_side_by_side(qtbot, library, article_id) -> None:
    panel = panel_for(qtbot, library, article_id)
    newest, _middle, oldest = (i.id for i in list_revisions(library, article_id))
    panel.select(oldest, newest)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    dialog = panel.compare_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.table.model()
    first = [model.index(0, c).data() for c in (0, 1)]
    assert first == ["Rhine closed", "Rhine reopens"]  # older on the left
    kinds = [model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())]
    assert kinds.count("changed") == 2 and kinds.count("added") == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # standfirst, equal
    assert dialog.summary.text() == "2 lines changed, 2 lines added."
    dialog.reject()
    assert not dialog.isVisible()


def test_one_selected_revision_is_compared_with_the_one_before(
    qtbot, qtmodeltester, library: Library, article_id: int
) -> None:
    panel = panel_for(qtbot, library, article_id)
    panel.select(list_revisions(library, article_id)[0].id)
    dialog = panel.compare()
    assert dialog is not None
    qtmodeltester.check(dialog.model, force_py=True)
    changed = [r for r in dialog.rows if r.kind != "equal"]
    assert [(r.left, r.right) for r in changed] == [
        ("Rhine closed", "Rhine reopens"),
        ("The water is high.", "The water is falling."),
    ]
    again = panel.compare()
    assert again is not dialog and panel.compare_dialog is again
