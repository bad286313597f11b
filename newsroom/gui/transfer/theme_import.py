"""File › Import Site Theme…: a page template and CSS into the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from newsroom.core.errors import NewsroomError
from newsroom.core.library import Library
from newsroom.core.render.theme import DEFAULT_THEME, save_theme, theme_from_files

THEME_FILTER = "Site themes (*.html.j2 *.css);;All files (*)"


def import_theme(library: Library, paths: list[Path]) -> str:
    """Store the theme made of ``paths`` (see
    :func:`~newsroom.core.render.theme.theme_from_files`) in ``library``; raises
    :class:`~newsroom.core.errors.NewsroomError` with a message for the user."""
    theme = theme_from_files(paths)
    save_theme(library, theme)
    parts = (["a page template"] if theme.template else []) + (["CSS"] if theme.css else [])
    return "Site theme imported: " + " and ".join(parts) + "."


def ask_import_theme(parent: QWidget, library: Library) -> str | None:
    """Ask for a template and/or CSS files and import them. The message to show in
    the status bar, or None if nothing changed."""
    names, _ = QFileDialog.getOpenFileNames(parent, "Import Site Theme", "", THEME_FILTER)
    if not names:
        return None
    try:
        return import_theme(library, [Path(n) for n in names])
    except NewsroomError as exc:
        QMessageBox.warning(parent, "Import Site Theme", str(exc))
        return None


def reset_theme(parent: QWidget, library: Library) -> str | None:
    try:
        save_theme(library, DEFAULT_THEME)
    except NewsroomError as exc:
        QMessageBox.warning(parent, "Default Site Theme", str(exc))
        return None
    return "The default site theme is used again."
