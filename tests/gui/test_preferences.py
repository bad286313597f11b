"""Preferences: the interface's language for the person, the site's locale for the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from newsroom import language as languages
from newsroom.core.library import Library, open_library
from newsroom.core.render import locale as site_locale
from newsroom.gui.preferences import PreferencesDialog


def _pick(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_it_keeps_the_language_for_the_person_and_the_locale_in_the_library(
    qtbot, settings: QSettings, library: Library
) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings, library)
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == ""  # as the system, until chosen
    assert dialog.locale_box.currentData() == "en_US"  # a new library's
    assert "January 6, 2026" in dialog.example.text()

    _pick(dialog.language_box, "fr")
    _pick(dialog.locale_box, "fr_FR")
    assert dialog.example.text().startswith("6 janvier 2026")
    assert dialog.example.text().endswith("09:30 CET")
    assert dialog.apply() is True
    assert settings.value(languages.SETTING) == "fr"
    assert library.setting(site_locale.SETTING_KEY) == "fr_FR"

    again = PreferencesDialog(settings, library)
    qtbot.addWidget(again)
    assert again.language_box.currentData() == "fr"
    assert again.locale_box.currentData() == "fr_FR"
    _pick(again.locale_box, "de_DE")
    assert again.example.text().startswith("6. Januar 2026")
    again.reject()  # cancelled: nothing kept
    assert library.setting(site_locale.SETTING_KEY) == "fr_FR"
    assert again.apply() is True and str(site_locale.site_locale(library)) == "de_DE"
    assert again.apply() is False  # unchanged: the pages need nothing


def test_a_read_only_library_keeps_its_locale(
    qtbot, settings: QSettings, library_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_library(library_path).close()
    library = open_library(library_path, read_only=True)
    try:
        dialog = PreferencesDialog(settings, library)
        qtbot.addWidget(dialog)
        assert not dialog.locale_box.parentWidget().isEnabled()  # type: ignore[union-attr]
        _pick(dialog.language_box, "de")
        assert dialog.apply() is False
        assert settings.value(languages.SETTING) == "de"
    finally:
        library.close()


def test_every_control_has_an_accessible_name(qtbot, settings: QSettings, library: Library) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings, library)
    qtbot.addWidget(dialog)
    for control in (dialog.language_box, dialog.locale_box, dialog.example):
        assert control.accessibleName()


def test_the_window_opens_them_from_the_edit_menu_and_the_page_follows(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Edit › Preferences… with its standard key; a new site locale re-renders the page."""
    from PySide6.QtGui import QAction

    from newsroom.gui import preferences

    action = window.preferences_action
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert not action.shortcut().isEmpty()
    article = window.library.article(window.editor.loaded_id)
    assert article.published_at is not None
    french = site_locale.format_moment(article.published_at, article.timezone, "fr_FR")

    def page_text() -> str:
        text: list[str] = []
        window.preview.view.page().toPlainText(text.append)
        qtbot.waitUntil(lambda: bool(text), timeout=10000)
        return text[0]

    assert french not in page_text()

    def choose_french(dialog: preferences.PreferencesDialog) -> int:
        _pick(dialog.locale_box, "fr_FR")
        return preferences.PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose_french)
    action.trigger()
    qtbot.waitUntil(lambda: french in page_text(), timeout=20000)
    assert window.library.setting("site_locale") == "fr_FR"
