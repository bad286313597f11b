"""The window in another language: every text it shows goes through the catalogue,
and in French its menus hold no English.

A translator of the test's own marks every text that asks for a translation, so a
text shown without asking is seen; the French window loads the real catalogue, built
from the repository's .ts by Qt's lrelease into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from newsroom import language as languages
from newsroom.core import i18n
from newsroom.core.library import open_library
from newsroom.core.publish.secrets import Secrets
from newsroom.gui import language as gui_language
from newsroom.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "\u27e6", "\u27e7"


class Marking(QTranslator):
    """Gives back every text it is asked for between ⟦ ⟧."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}"


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    i18n.use(None)
    QLocale.setDefault(QLocale("en_US"))


def _make_window(qtbot, library_path: Path, settings: QSettings, secrets: Secrets) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        win.show()
    return win


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    """(where, text) of the menu's title and every action in it, submenus included."""
    yield menu.title(), menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub)
        elif action.text():
            yield f"{menu.title()} › {action.text()}", action.text()


def window_texts(win: QWidget) -> Iterator[tuple[str, str]]:
    """The texts a window shows: its menus, buttons, labels, boxes, placeholders,
    tabs, tooltips and accessible names."""
    if isinstance(win, QMainWindow):
        for action in win.menuBar().actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                sub.aboutToShow.emit()  # menus filled when they open (recent, publish)
                yield from menu_texts(sub)
    yield "title", win.windowTitle()
    for widget in win.findChildren(QAbstractButton):
        yield f"button {widget.objectName()}", widget.text()
        yield f"tooltip of {widget.objectName() or widget.text()}", widget.toolTip()
    for label in win.findChildren(QLabel):
        if label.textFormat() != label.textFormat().RichText:
            yield f"label {label.objectName()}", label.text()
    for box in win.findChildren(QGroupBox):
        yield "group", box.title()
    for edit in win.findChildren(QLineEdit):
        yield f"placeholder of {edit.objectName()}", edit.placeholderText()
    for tabs in win.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield "tab", tabs.tabText(i)
    for widget in [win, *win.findChildren(QAbstractButton), *win.findChildren(QLineEdit)]:
        yield f"accessible name of {widget.objectName()}", widget.accessibleName()
    for header in win.findChildren(QHeaderView):
        model = header.model()
        if model is not None and header.orientation() == Qt.Orientation.Horizontal:
            for section in range(header.count()):
                yield "column", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for combo in win.findChildren(QComboBox):
        if not combo.isEditable():
            for i in range(combo.count()):
                yield f"choice of {combo.accessibleName()}", combo.itemText(i)


def dialogs(win: MainWindow) -> Iterator[QWidget]:
    """The window's main dialogs, each made as its menu entry makes it."""
    from newsroom.gui.library.media_library import MediaLibrary
    from newsroom.gui.library.section_editor import SectionEditor
    from newsroom.gui.preferences import PreferencesDialog
    from newsroom.gui.publish.sync_log import SyncLogDialog
    from newsroom.gui.publish.targets_dialog import TargetsDialog

    library = win.library
    made: list[QWidget] = [
        TargetsDialog(library, win, tasks=win.tasks, secrets=win.publishing.secrets),
        SyncLogDialog(library, win),
        SectionEditor(library, win),
        PreferencesDialog(win.settings, library, win),
    ]
    win.show_media_library()  # the window's own, which it shuts down when it closes
    assert isinstance(win.media_library, MediaLibrary)
    made.append(win.media_library)
    for dialog in made:
        dialog.show()
        yield dialog
        dialog.close()


def test_every_text_of_the_window_asks_for_its_translation(
    qtbot, qapp, library_path: Path, settings: QSettings, secrets: Secrets, restore_language
) -> None:  # type: ignore[no-untyped-def]
    marking = Marking(qapp)
    QCoreApplication.installTranslator(marking)
    i18n.use(QCoreApplication.translate)
    win = _make_window(qtbot, library_path, settings, secrets)
    library = win.library
    article = library.article(win.editor.loaded_id)  # type: ignore[arg-type]
    # Texts that are the library's data, not the interface's.
    from newsroom.core.render.locale import format_moment
    from newsroom.gui import preferences

    data = {article.headline, article.byline, article.dateline, article.slug, str(library.path)}
    data |= {section.name for section in library.section_tree().sections}
    # Languages named in their own words, and locales named as CLDR names them.
    data |= set(languages.LANGUAGES.values())
    data |= {preferences.display_name(code, "en") for code in preferences.OFFERED}
    data.add(format_moment(preferences.EXAMPLE_MOMENT, preferences.EXAMPLE_ZONE, "en_US"))
    shown = [*window_texts(win), *(t for dialog in dialogs(win) for t in window_texts(dialog))]
    bare = sorted(
        {
            (where, text)
            for where, text in shown
            if any(ch.isalpha() for ch in text)
            and OPEN not in text
            and not any(d and d in text for d in data)
        }
    )
    win.close()
    assert bare == [], "\n".join(map(str, bare))


def _french_sources() -> dict[str, str]:
    """English source to its French translation, for every message of the catalogue."""
    found = {}
    tree = ET.parse(ROOT / "resources" / "i18n" / "newsroom_fr.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        found[message.findtext("source") or ""] = (
            translation.text or "" if translation is not None else ""
        )
    return found


def test_the_window_in_french_has_french_menus(
    qtbot,
    qapp,
    tmp_path: Path,
    library_path: Path,
    settings: QSettings,
    secrets: Secrets,
    restore_language,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.release(into=tmp_path)
    monkeypatch.setattr(languages, "catalogue_folder", lambda: tmp_path)
    assert gui_language.install(qapp, "fr") == "fr"
    win = _make_window(qtbot, library_path, settings, secrets)
    french = _french_sources()
    shown = dict(
        (where, text)
        for action in win.menuBar().actions()
        if isinstance(action.menu(), QMenu)
        for where, text in menu_texts(action.menu())  # type: ignore[arg-type]
    )
    titles = [a.text() for a in win.menuBar().actions()]
    english = sorted(
        (where, text)
        for where, text in shown.items()
        if text in french and french[text] != text  # an English text that French changes
    )
    win.close()
    assert titles[:2] == ["&Fichier", "É&dition"]
    assert english == []
    assert len(shown) > 40
