"""Text the library cannot take, kept somewhere else.

File › Save a Copy As… (and the button of the same name on the bar that says the
article is not saved) writes the open article, as the editor holds it, to a Markdown
file with front matter: the file File › Export writes, made by the same exporter, so
that File › Import brings it back as the same article. The folder chosen last is
remembered (``copy/folder``).

:func:`ask_before_closing` is the question a window asks before it closes on text that
is not saved: save a copy elsewhere, close anyway (asked a second time), or stay.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from newsroom.core.errors import NewsroomError
from newsroom.core.exporters import export_format, file_name, with_suffix, write_file
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.editor.save_banner import why_not_saved

#: The folder the last copy went into (a setting).
FOLDER_KEY = "copy/folder"


def save_copy_as(
    parent: QWidget, library: Library, article: Article, settings: QSettings
) -> Path | None:
    """Ask where (the system's save dialog), then write ``article`` there as Markdown
    with front matter, unsaved text and all. The file written, or None: not said where,
    or it could not be written (a box then says why)."""
    from newsroom.core.exporters.markdown import export_markdown

    # Not the library's folder by default: its disk may be the full one.
    folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
    if not folder.is_dir():
        folder = Path.home()
    markdown = export_format("md")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SaveCopy", "Save a Copy As"),
        str(folder / file_name(article.slug, "md")),
        markdown.filter,
    )
    if not chosen:
        return None
    path = with_suffix(Path(chosen), "md")
    try:
        # The library is read for the section's name, the related links and the notes.
        write_file(path, export_markdown(library, article).encode("utf-8"))
    except (NewsroomError, sqlite3.Error, OSError) as exc:
        why = why_not_saved(exc, library.path)
        QMessageBox.warning(parent, translate("SaveCopy", "Copy Not Saved"), why)
        return None
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


def ask_before_closing(
    parent: QWidget, headline: str, why: str, save_copy: Callable[[], bool]
) -> bool:
    """The open article ``headline`` is not saved (because of ``why``, a sentence, if
    known): ask whether to save a copy elsewhere (``save_copy``, True once written),
    to close anyway (confirmed a second time), or to stay. True if the window may
    close."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SaveCopy", "Article Not Saved"),
        translate("SaveCopy", "“{headline}” has changes that are not saved in the library.").format(
            headline=headline or translate("SaveCopy", "Untitled")
        ),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    informative = translate(
        "SaveCopy",
        "Save a copy of the article somewhere else before closing, or cancel and keep the "
        "window open: Newsroom keeps trying to save it.",
    )
    box.setInformativeText(f"{why}\n\n{informative}" if why else informative)
    box.button(buttons.Save).setText(translate("SaveCopy", "Save a Copy As…"))
    box.button(buttons.Discard).setText(translate("SaveCopy", "Close Without Saving"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    choice = _answer(box)
    if choice == buttons.Save:
        return save_copy()
    if choice == buttons.Discard:
        return _confirm_losing(parent)
    return False


def _confirm_losing(parent: QWidget) -> bool:
    """The second question: closing loses what was typed since the last save."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SaveCopy", "Close Without Saving"),
        translate(
            "SaveCopy", "Close the window and lose what you typed since the article was last saved?"
        ),
        buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setInformativeText(translate("SaveCopy", "This cannot be undone."))
    box.button(buttons.Discard).setText(translate("SaveCopy", "Close Anyway"))
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    return _answer(box) == buttons.Discard


def _answer(box: QMessageBox) -> QMessageBox.StandardButton:
    """The button ``box`` was closed with (Cancel when closed otherwise)."""
    try:
        box.exec()
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else None
    finally:
        box.deleteLater()
    return answer or QMessageBox.StandardButton.Cancel
