"""File › Import Site Theme…: a page template and CSS into the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.render.theme import DEFAULT_THEME, save_theme, theme_from_files

THEME_FILTER = QT_TRANSLATE_NOOP("ThemeImport", "Site themes (*.html.j2 *.css);;All files (*)")


def import_theme(library: Library, paths: list[Path]) -> str:
    """Store the theme made of ``paths`` (see
    :func:`~newsroom.core.render.theme.theme_from_files`) in ``library``; raises
    :class:`~newsroom.core.errors.NewsroomError` with a message for the user."""
    theme = theme_from_files(paths)
    save_theme(library, theme)
    if theme.template and theme.css:
        return translate("ThemeImport", "Site theme imported: a page template and CSS.")
    if theme.template:
        return translate("ThemeImport", "Site theme imported: a page template.")
    return translate("ThemeImport", "Site theme imported: CSS.")


def ask_import_theme(parent: QWidget, library: Library) -> str | None:
    """Ask for a template and/or CSS files and import them. The message to show in
    the status bar, or None if nothing changed."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("ThemeImport", "Import Site Theme"),
        "",
        translate("ThemeImport", THEME_FILTER),
    )
    if not names:
        return None
    try:
        return import_theme(library, [Path(n) for n in names])
    except NewsroomError as exc:
        QMessageBox.warning(parent, translate("ThemeImport", "Import Site Theme"), str(exc))
        return None


def reset_theme(parent: QWidget, library: Library) -> str | None:
    try:
        save_theme(library, DEFAULT_THEME)
    except NewsroomError as exc:
        QMessageBox.warning(parent, translate("ThemeImport", "Default Site Theme"), str(exc))
        return None
    return translate("ThemeImport", "The default site theme is used again.")
