"""The checklist panel: findings with icons, a summary, and a way to the field."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from newsroom.core.checklist import Finding, run_checklist
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.panels.checklist_panel import FIELD_ROLE, ChecklistPanel

FINDINGS = [
    Finding("warning", "dateline", "Add a dateline: the place the story was reported from."),
    Finding("error", "headline", "Write a headline: the article has none."),
    Finding("error", "byline", "Add a byline."),
]


def test_it_lists_errors_first_with_a_summary(qtbot) -> None:
    panel = ChecklistPanel(FINDINGS)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "2 errors, 1 warning"
    items = [panel.list.item(row) for row in range(panel.list.count())]
    assert [i.data(FIELD_ROLE) for i in items] == ["headline", "byline", "dateline"]
    assert items[0].text() == "Write a headline: the article has none."
    assert items[0].data(Qt.ItemDataRole.AccessibleTextRole).startswith("Error: ")
    assert items[2].data(Qt.ItemDataRole.AccessibleTextRole).startswith("Warning: ")
    assert not items[0].icon().isNull()
    assert items[0].icon().cacheKey() != items[2].icon().cacheKey()


def test_an_empty_checklist_says_ready(qtbot) -> None:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Ready to publish"
    panel.set_findings(FINDINGS)
    panel.set_findings(FINDINGS[:1])
    assert panel.list.count() == 1
    assert panel.summary.text() == "Ready to publish, with 1 warning"
    panel.clear()
    assert panel.list.count() == 0 and panel.findings == []
    assert panel.summary.text() == "No article is open."


def test_activating_a_finding_asks_for_its_field(qtbot) -> None:
    panel = ChecklistPanel(FINDINGS)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.field_requested) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args == ["byline"]
    item = panel.list.item(2)
    rect = panel.list.visualItemRect(item)
    # An item view activates on a double-click that follows a press on the same item.
    qtbot.mousePress(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.field_requested) as blocker:
        qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["dateline"]


def test_it_shows_what_the_checklist_finds(qtbot, library: Library) -> None:
    article = library.create_article(Article(headline="Untitled story"))
    findings = run_checklist(library, article, now=datetime(2026, 1, 1, tzinfo=UTC))
    panel = ChecklistPanel(findings)
    qtbot.addWidget(panel)
    fields = [panel.list.item(r).data(FIELD_ROLE) for r in range(panel.list.count())]
    assert fields == ["section", "byline", "dateline", "related"]
    assert panel.summary.text() == "2 errors, 2 warnings"
