"""The related links panel, on a real library file: internal links found by searching
the library, external links, reordering by dragging, and "Suggest"."""

from __future__ import annotations

from dialogs import when_modal
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from newsroom.core.library import Library
from newsroom.core.model import Article, RelatedLink
from newsroom.gui.panels.related_panel import ExternalLinkDialog, RelatedPanel


def make(qtbot, library: Library) -> tuple[RelatedPanel, dict[str, int]]:
    ids = {}
    for key, headline, body in [
        ("main", "Floods close the Rhine to barges", "Barges wait at Basel as the river rises."),
        ("flood", "Rhine floods: barges stranded at Basel", "The river flood strands barges."),
        ("budget", "Budget vote delayed", "The minister delayed the budget vote."),
        ("ports", "Ports brace for the flood", "Rotterdam port and Rhine barges brace."),
    ]:
        created = library.create_article(Article(headline=headline, body=body))
        assert created.id is not None
        ids[key] = created.id
    panel = RelatedPanel(library)
    qtbot.addWidget(panel, before_close_func=lambda widget: widget.shutdown())
    panel.show()
    panel.set_article(ids["main"])
    return panel, ids


def test_searching_and_adding_an_article(qtbot, library: Library) -> None:
    panel, ids = make(qtbot, library)
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    qtbot.keyClicks(panel.find, "budget")
    qtbot.waitUntil(lambda: panel.found.count() == 1)
    item = panel.found.item(0)
    assert "Budget vote delayed" in item.text()
    panel.found.itemActivated.emit(item)
    assert [link.target_id for link in library.related_links(ids["main"])] == [ids["budget"]]
    assert changes == [True]
    assert panel.found.count() == 0  # added: no longer offered
    assert not panel.add_article(ids["budget"])  # never twice
    assert not panel.add_article(ids["main"])  # never itself


def test_suggest_offers_similar_articles_first(qtbot, library: Library) -> None:
    panel, ids = make(qtbot, library)
    with qtbot.waitSignal(panel.suggested):
        panel.suggest()
    offered = [panel.found.item(i).text() for i in range(panel.found.count())]
    assert offered and offered[0].startswith("Rhine floods")
    assert not any(text.startswith("Floods close the Rhine") for text in offered)
    panel.found.itemActivated.emit(panel.found.item(0))
    assert library.related_links(ids["main"])[0].target_id == ids["flood"]


def test_external_links_are_checked_and_kept(qtbot, library: Library) -> None:
    panel, ids = make(qtbot, library)
    dialog = ExternalLinkDialog(panel)
    qtbot.addWidget(dialog)
    dialog.url.setText("not a web address")
    dialog.title_field.setText("Water levels")
    dialog.accept()
    assert dialog.result() == 0 and "https://" in dialog.problem.text()
    dialog.url.setText("https://example.org/levels")
    dialog.title_field.setText("")
    dialog.accept()
    assert dialog.result() == 0 and "title" in dialog.problem.text()

    def fill(box: ExternalLinkDialog) -> None:
        box.url.setText("https://example.org/levels")
        box.title_field.setText("Water levels on the Rhine")
        box.accept()

    when_modal(ExternalLinkDialog, fill)
    panel.add_external()
    assert library.related_links(ids["main"]) == [
        RelatedLink(title="Water levels on the Rhine", url="https://example.org/levels")
    ]


def test_dragging_reorders_and_remove_removes(qtbot, library: Library) -> None:
    panel, ids = make(qtbot, library)
    for key in ("flood", "budget", "ports"):
        assert panel.add_article(ids[key])
    model = panel.links.model()
    # A drag within the list, as the view performs it: the first row's data dropped
    # below the last row.
    mime: QMimeData = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    model.removeRows(0, 1)
    panel.save()
    assert [link.target_id for link in library.related_links(ids["main"])] == [
        ids["budget"], ids["ports"], ids["flood"],
    ]  # fmt: skip
    panel.links.setCurrentRow(1)
    panel.remove_selected()
    assert [link.target_id for link in library.related_links(ids["main"])] == [
        ids["budget"], ids["flood"],
    ]  # fmt: skip
    QApplication.processEvents()
    assert panel.links.count() == 2 and panel.links.itemAt(QPoint(1, 1)) is not None
