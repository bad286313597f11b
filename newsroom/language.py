"""Which language Newsroom speaks, and its catalogues.

The interface speaks the language chosen in Preferences (the ``interface/language``
setting), else the system's first language that Newsroom has a catalogue for, else
English. The catalogues are ``resources/i18n/newsroom_<language>.qm``, built from the
``.ts`` sources by ``scripts/translations.py release`` (the bootstrap and the
installers' build run it). English is the code's own and needs none.

Loading a catalogue needs QtCore only, so the command line uses the same catalogue as
the window without starting a QApplication. The command line speaks as command-line
tools do: ``NEWSROOM_LANGUAGE`` if set, else the environment's ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES`` or ``LANG``; in English it loads no Qt at all.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom.core import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

#: The interface's languages, each named in its own words, as the choice lists them.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "de": "Deutsch"}
#: The QSettings key of the choice; empty or absent: the system's language.
SETTING = "interface/language"
ORGANIZATION = APPLICATION = "Newsroom"


def catalogue_folder() -> Path:
    """Where the compiled catalogues (``.qm``) are."""
    return Path(str(files("newsroom.resources") / "i18n"))


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's languages (most wanted first) that Newsroom speaks."""
    if ui_languages is None:
        from PySide6.QtCore import QLocale

        ui_languages = QLocale.system().uiLanguages()
    wanted = ui_languages
    for tag in wanted:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(setting: str | None) -> str:
    """The language of the interface: the setting if Newsroom speaks it, else the system's."""
    code = (setting or "").strip().lower()
    return code if code in LANGUAGES else system_language()


def stored_choice() -> str:
    """The choice made in Preferences; empty: follow the system."""
    from PySide6.QtCore import QSettings

    value = QSettings(ORGANIZATION, APPLICATION).value(SETTING, "")
    return str(value or "")


def load(language: str, folder: Path | None = None) -> QTranslator | None:
    """Newsroom's catalogue for ``language``; None when there is none (English, or a
    catalogue not built)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(f"newsroom_{language}", str(folder or catalogue_folder())):
        return translator
    return None


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks command-line tools for, as gettext reads it:
    ``NEWSROOM_LANGUAGE``, then ``LANGUAGE`` (a list, most wanted first), ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``; the first Newsroom speaks, else English."""
    env = os.environ if environ is None else environ
    for key in ("NEWSROOM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if not value:
            continue
        tags = [t.split(".")[0].split("@")[0] for t in value.split(":") if t]
        if key != "LANGUAGE" and tags and tags[0] in ("C", "POSIX"):
            return "en"
        for tag in tags:
            code = tag.replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return "en"


def install_for_cli(language: str | None = None) -> str:
    """Translate the core's and the command line's messages into ``language`` (else
    the environment's) without Qt's application; the language used."""
    language = language or environment_language()
    translator = load(language) if language != "en" else None
    if translator is None:
        i18n.use(None)
        return "en"

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        out = translator.translate(context, text, disambiguation, n) or text
        return out.replace("%n", str(n)) if n >= 0 else out

    from PySide6.QtCore import QLocale

    locale = QLocale(language)
    i18n.use(translate, counts=locale.toString)
    _kept.append(translator)
    return language


#: Translators in use, kept alive for as long as the process runs.
_kept: list[QTranslator] = []
