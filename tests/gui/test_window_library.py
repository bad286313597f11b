"""The window's library browser and related links panel, on a real library file."""

from __future__ import annotations

from dialogs import when_modal

from newsroom.core import section_ops
from newsroom.core.model import Article
from newsroom.core.textstats import text_stats
from newsroom.gui.library.library_browser import ARTICLE_ID_ROLE
from newsroom.gui.library.section_editor import SectionEditor
from newsroom.gui.main_window import MainWindow


def test_the_library_browser_is_made_when_shown_and_opens_articles(
    qtbot, window: MainWindow
) -> None:
    story = window.library.create_article(
        Article(headline="Ferry strike ends", body="Ferries run.")
    )
    assert window.browser is None  # nothing to pay for until asked
    action = window.browser_dock.toggleViewAction()
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    action.trigger()
    qtbot.waitUntil(lambda: window.browser is not None)
    browser = window.browser
    assert browser is not None and window.browser_dock.widget() is browser
    qtbot.keyClicks(browser.search, "ferry")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(window.preview.page_loaded, timeout=20000):
        browser.article_chosen.emit(browser.model.index(0, 0).data(ARTICLE_ID_ROLE))
    assert window.editor.loaded_id == story.id


def test_a_related_link_reaches_the_page(qtbot, window: MainWindow) -> None:
    other = window.library.create_article(Article(headline="Ports brace for the flood"))
    assert other.id is not None
    qtbot.waitUntil(lambda: window.related.isEnabled() and window.related.links.isEnabled())
    with qtbot.waitSignal(window.live_preview.rendered, timeout=20000):
        assert window.related.add_article(other.id)
    qtbot.waitUntil(lambda: "Ports brace for the flood" in window.preview.html, timeout=20000)
    article_id = window.editor.loaded_id
    assert article_id is not None
    assert window.library.related_links(article_id)[-1].target_id == other.id


def test_the_sections_dialog_updates_the_window(qtbot, window: MainWindow) -> None:
    section = section_ops.create_section(window.library, "Harbours", None)
    seen: list[str] = []

    def work_in_dialog(dialog: SectionEditor) -> None:
        section_ops.rename_section(window.library, section.id, "Ports / Harbours")
        dialog.sections_changed.emit()
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(SectionEditor, work_in_dialog)
    window.sections_action.trigger()
    assert seen == ["Sections"]
    model = window.sections.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Ports / Harbours" in names


def test_the_browser_shows_a_save_and_counts_words_as_the_editor(qtbot, window: MainWindow) -> None:
    window.browser_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.browser is not None)
    browser = window.browser
    assert browser is not None
    window.editor.headline.selectAll()
    qtbot.keyClicks(window.editor.headline, "Renamed for the browser")
    window.session.save_now()
    model = browser.model

    def headlines() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "Renamed for the browser" in headlines())
    row = headlines().index("Renamed for the browser")
    words = int(str(model.index(row, 5).data()).replace(",", ""))
    assert words == text_stats(window.editor.body.toPlainText()).words  # the status bar's
