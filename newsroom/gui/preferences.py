"""Preferences: the interface's language, and the dates and numbers of this library's site.

The interface's language is the person's (kept in QSettings, for every library) and
shows from the next start, as the window's texts are made once. The site's locale is
the library's (kept in the file, so it travels with it): it changes the pages at once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsroom import language as languages
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.render import locale as site_locale

#: The site locales offered first; the library's own, if another, is added.
OFFERED = (
    "en_US", "en_GB", "fr_FR", "fr_BE", "fr_CH", "de_DE", "de_AT", "de_CH",
    "it_IT", "es_ES", "nl_NL", "pt_PT", "pl_PL", "ar", "he_IL",
)  # fmt: skip
#: The moment the example shows, in every locale.
EXAMPLE_MOMENT = datetime(2026, 1, 6, 8, 30, tzinfo=UTC)
EXAMPLE_ZONE = "Europe/Paris"


class PreferencesDialog(QDialog):
    def __init__(
        self, settings: QSettings, library: Library | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library = library
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        layout = QVBoxLayout(self)

        interface = QGroupBox(translate("PreferencesDialog", "Interface"), self)
        form = QFormLayout(interface)
        self.language_box = QComboBox(interface)
        system = languages.LANGUAGES[languages.system_language()]
        self.language_box.addItem(
            translate("PreferencesDialog", "As the system ({language})").format(language=system),
            "",
        )
        for code, name in languages.LANGUAGES.items():
            self.language_box.addItem(name, code)
        chosen = str(settings.value(languages.SETTING, "") or "")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(chosen)))
        self.language_box.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language_box)
        note = QLabel(
            translate("PreferencesDialog", "A new language shows the next time Newsroom starts."),
            interface,
        )
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(interface)

        site = QGroupBox(translate("PreferencesDialog", "This library’s site"), self)
        site_form = QFormLayout(site)
        self.locale_box = QComboBox(site)
        self.locale_box.setAccessibleName(
            translate("PreferencesDialog", "Language of the site’s dates and numbers")
        )
        current = str(site_locale.site_locale(library)) if library is not None else "en_US"
        shown_in = QLocale().name().split("_")[0]  # the interface's language, as it is now
        for code in (current, *[c for c in OFFERED if c != current]):
            self.locale_box.addItem(display_name(code, shown_in), code)
        self.locale_box.setCurrentIndex(0)
        site_form.addRow(translate("PreferencesDialog", "&Dates and numbers:"), self.locale_box)
        self.example = QLabel(site)
        self.example.setAccessibleName(translate("PreferencesDialog", "Example of a date"))
        site_form.addRow(translate("PreferencesDialog", "Example:"), self.example)
        site.setEnabled(library is not None and not library.read_only)
        layout.addWidget(site)
        self.locale_box.currentIndexChanged.connect(self._show_example)
        self._show_example()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_example(self) -> None:
        code = str(self.locale_box.currentData())
        self.example.setText(site_locale.format_moment(EXAMPLE_MOMENT, EXAMPLE_ZONE, code))

    def chosen_language(self) -> str:
        return str(self.language_box.currentData() or "")

    def chosen_locale(self) -> str:
        return str(self.locale_box.currentData())

    def apply(self) -> bool:
        """Keep the choices; True when the site's locale changed (the pages change)."""
        self.settings.setValue(languages.SETTING, self.chosen_language())
        if self.library is None or self.library.read_only:
            return False
        code = self.chosen_locale()
        if code == str(site_locale.site_locale(self.library)):
            return False
        site_locale.set_site_locale(self.library, code)
        return True


def display_name(code: str, language: str) -> str:
    """The locale's name in ``language``, as a list shows it: "Français (France)"."""
    name = site_locale.parse_locale(code).get_display_name(language) or code
    return name[:1].upper() + name[1:]
