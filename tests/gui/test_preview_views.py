"""Preview views (desktop or mobile, light or dark) and site themes in the preview.

Views are the preview's alone: the page's HTML, as exported, never changes for them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from preview_pages import js
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QToolButton

from newsroom.core.library import Library
from newsroom.core.render.page import render_article_html
from newsroom.core.render.theme import TEMPLATE_KEY, load_theme
from newsroom.gui.main_window import MainWindow
from newsroom.gui.preview.preview import MOBILE_WIDTH, Device, PreviewLinks, PreviewPane, Scheme
from newsroom.gui.preview.preview_toolbar import DEVICE_KEY, SCHEME_KEY, PreviewPanel
from newsroom.gui.transfer.theme_import import import_theme

DARK_PAPER = "rgb(21, 25, 30)"
LIGHT_PAPER = "rgb(255, 255, 255)"


def looks(qtbot, pane: PreviewPane) -> dict[str, Any]:
    return js(
        qtbot,
        pane,
        "{cls: document.documentElement.className, width: window.innerWidth,"
        " paper: getComputedStyle(document.documentElement).backgroundColor}",
    )


@pytest.fixture
def panel(qtbot, settings: QSettings) -> Iterator[PreviewPanel]:
    widget = PreviewPanel(PreviewPane(), settings)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.pane.shutdown()
    qtbot.wait(50)


def article_page(library: Library) -> str:
    article = library.article(library.articles()[0].id)
    return render_article_html(library, article, PreviewLinks())


def load(qtbot, pane: PreviewPane, html: str) -> None:
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        pane.show_html(html)


def test_the_toolbar_is_accessible_and_starts_on_desktop_light(
    qtbot, panel: PreviewPanel, library: Library
) -> None:
    toolbar = panel.toolbar
    assert toolbar.accessibleName() == "Preview options"
    names = {b.accessibleName() for b in toolbar.findChildren(QToolButton) if b.accessibleName()}
    assert {"Desktop preview", "Mobile preview", "Light preview", "Dark preview"} <= names
    assert toolbar.device_actions[Device.DESKTOP].isChecked()
    assert toolbar.scheme_actions[Scheme.LIGHT].isChecked()
    load(qtbot, panel.pane, article_page(library))
    shown = looks(qtbot, panel.pane)
    assert shown["cls"] == "theme-light" and shown["paper"] == LIGHT_PAPER
    assert shown["width"] > 700


def test_mobile_and_dark_change_the_view_not_the_page(
    qtbot, panel: PreviewPanel, library: Library, settings: QSettings
) -> None:
    pane = panel.pane
    html = article_page(library)
    load(qtbot, pane, html)
    panel.toolbar.device_actions[Device.MOBILE].trigger()
    panel.toolbar.scheme_actions[Scheme.DARK].trigger()
    qtbot.waitUntil(lambda: looks(qtbot, pane)["width"] == MOBILE_WIDTH, timeout=5000)
    qtbot.waitUntil(lambda: looks(qtbot, pane)["paper"] == DARK_PAPER, timeout=5000)
    assert looks(qtbot, pane)["cls"] == "theme-dark"
    # a narrow column, centred in the pane
    view = pane.view
    left = view.mapTo(pane, view.rect().topLeft()).x()
    assert view.width() == MOBILE_WIDTH
    assert abs(left - (pane.width() - left - view.width())) <= 1
    # the page's HTML is what the export writes: the views live in the DOM only
    assert pane.html == html
    assert "theme-dark" not in html.split("<style>")[0]  # no class on the exported <html>
    # a page loaded afterwards, and a patched one, keep the chosen view
    load(qtbot, pane, html.replace("Welcome to Newsroom", "Welcome back"))
    assert looks(qtbot, pane) == {"cls": "theme-dark", "width": MOBILE_WIDTH, "paper": DARK_PAPER}
    with qtbot.waitSignal(pane.patched, timeout=20000):
        pane.patch_page(html.replace("Welcome to Newsroom", "Welcome back"))
    assert looks(qtbot, pane)["cls"] == "theme-dark"
    assert settings.value(DEVICE_KEY) == "mobile" and settings.value(SCHEME_KEY) == "dark"
    panel.toolbar.device_actions[Device.DESKTOP].trigger()
    panel.toolbar.scheme_actions[Scheme.LIGHT].trigger()
    qtbot.waitUntil(lambda: looks(qtbot, pane)["paper"] == LIGHT_PAPER, timeout=5000)
    qtbot.waitUntil(lambda: looks(qtbot, pane)["width"] > 700, timeout=5000)


def test_the_choice_is_remembered(qtbot, settings: QSettings, library: Library) -> None:
    settings.setValue(DEVICE_KEY, "mobile")
    settings.setValue(SCHEME_KEY, "dark")
    panel = PreviewPanel(PreviewPane(), settings)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    try:
        assert panel.toolbar.device_actions[Device.MOBILE].isChecked()
        assert panel.toolbar.scheme_actions[Scheme.DARK].isChecked()
        load(qtbot, panel.pane, article_page(library))
        shown = looks(qtbot, panel.pane)
        assert shown == {"cls": "theme-dark", "width": MOBILE_WIDTH, "paper": DARK_PAPER}
    finally:
        panel.pane.shutdown()
        qtbot.wait(50)


def test_nonsense_in_the_settings_falls_back_to_desktop_light(qtbot, settings: QSettings) -> None:
    settings.setValue(DEVICE_KEY, "watch")
    settings.setValue(SCHEME_KEY, 7)
    panel = PreviewPanel(PreviewPane(), settings)
    qtbot.addWidget(panel)
    assert panel.pane.device is Device.DESKTOP and panel.pane.scheme is Scheme.LIGHT


# -- in the window ---------------------------------------------------------------------
def preview_menu(window: MainWindow) -> dict[str, Any]:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    sub = next(a.menu() for a in view.actions() if a.text() == "&Preview")
    return {a.text().replace("&", ""): a for a in sub.actions() if a.text()}


def test_the_view_menu_drives_the_same_choices(
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    actions = preview_menu(window)
    assert {"Desktop", "Mobile", "Light", "Dark", "Import Site Theme…"} <= set(actions)
    actions["Mobile"].trigger()
    assert window.preview.device is Device.MOBILE
    assert window.preview_panel.toolbar.device_actions[Device.MOBILE].isChecked()
    assert settings.value(DEVICE_KEY) == "mobile"
    qtbot.waitUntil(lambda: looks(qtbot, window.preview)["width"] == MOBILE_WIDTH, timeout=5000)


def test_an_imported_theme_shows_in_the_preview_and_a_broken_one_falls_back(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "article.html.j2").write_text(
        "<!DOCTYPE html><html><head><style>{{ css }}</style></head><body>"
        "<h1 class='themed'>{{ page.headline }}</h1>"
        "<div class='article-body'>{{ page.body.html|safe }}</div></body></html>",
        encoding="utf-8",
    )
    (folder / "site.css").write_text(".themed { color: teal; }", encoding="utf-8")
    assert import_theme(window.library, [folder]).startswith("Site theme imported")
    with qtbot.waitSignal(window.preview.page_loaded, timeout=20000):
        window.live_preview.request(window.editor.article())
    assert "<h1 class='themed'>Welcome to Newsroom</h1>" in window.preview.html
    assert ".themed { color: teal; }" in window.preview.html
    assert window.preview_panel.notice.isHidden()

    window.library.set_setting(TEMPLATE_KEY, "{% for %}")  # broken behind our back
    assert load_theme(window.library).template == "{% for %}"
    with qtbot.waitSignal(window.preview.page_loaded, timeout=20000):
        window.live_preview.request(window.editor.article())
    assert '<h1 class="headline">Welcome to Newsroom</h1>' in window.preview.html
    notice = window.preview_panel.notice
    assert notice.isVisible()
    assert "template has an error" in notice.text() and "default template" in notice.text()
