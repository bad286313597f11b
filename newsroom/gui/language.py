"""The window's language: Newsroom's catalogue and Qt's own (the buttons and texts of
standard dialogs), installed before the first window is made."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from newsroom import language as languages
from newsroom.core import i18n


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Speak the chosen language (``choice``, else ``NEWSROOM_LANGUAGE``, else the
    choice made in Preferences, else the system's) in this application from now on;
    the language used. Windows made before keep their words: a change of language
    shows in the next start."""
    if choice is None:  # NEWSROOM_LANGUAGE, for one run, over the choice in Preferences
        choice = os.environ.get("NEWSROOM_LANGUAGE") or languages.stored_choice()
    code = languages.chosen_language(choice)
    for old in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    ours = languages.load(code)
    if ours is not None:
        ours.setParent(app)
        QCoreApplication.installTranslator(ours)
    qt = QTranslator(app)
    if code != "en" and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt)
    QLocale.setDefault(QLocale(code))
    i18n.use(QCoreApplication.translate, counts=lambda n: QLocale().toString(n))
    return code if ours is not None or code == "en" else "en"
