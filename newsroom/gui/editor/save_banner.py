"""The bar above the editor that says the article is not saved, and why.

A save that fails (a full disk, a drive pulled out, a file another program holds) does
not stop the writer: the text stays in the editor, the session tries again by itself
(:class:`~newsroom.gui.editor.article_session.ArticleSession`), and this bar stays
above the editor until a save goes through. It says why in the library's own words
(:func:`why_not_saved`), that nothing typed is lost, and offers Try Again and Save a
Copy As… (the article as a Markdown file somewhere else).

A bar rather than a message box: a box would stop the typing it is about, and come
back at every retry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.storage import storage_error

# Light and dark themes alike: the bar brings its own colours, its text too.
_STYLE = """
QFrame#save-banner { background-color: #fff4ce; border: 1px solid #d9a400; border-radius: 4px; }
QFrame#save-banner > QLabel { color: #3a2e00; background: transparent; border: none; }
"""


def why_not_saved(exc: BaseException, path: Path | str) -> str:
    """The sentence that says why a save of the library at ``path`` failed: the
    library's own for its errors, and one of :mod:`newsroom.core.storage`'s for what
    SQLite or the system raised (never an exception's name)."""
    if isinstance(exc, NewsroomError):
        return str(exc)
    return str(storage_error(exc, path))


class SaveBanner(QFrame):
    """Hidden until :meth:`show_problem`; hidden again by :meth:`clear`."""

    #: Try Again was pressed.
    retry_requested = Signal()
    #: Save a Copy As… was pressed.
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save-banner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(translate("SaveBanner", "Not saved"))
        self._why = ""
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold "<"
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(translate("SaveBanner", "Why the article is not saved"))
        self.retry_button = QPushButton(translate("SaveBanner", "Try Again"))
        self.retry_button.setAccessibleName(translate("SaveBanner", "Try Again"))
        self.retry_button.setToolTip(
            translate("SaveBanner", "Try to save the article in the library now.")
        )
        self.retry_button.clicked.connect(self.retry_requested)
        self.copy_button = QPushButton(translate("SaveBanner", "Save a Copy As…"))
        self.copy_button.setAccessibleName(translate("SaveBanner", "Save a Copy As…"))
        self.copy_button.setToolTip(
            translate(
                "SaveBanner",
                "Write the article as it is in the editor to a Markdown file somewhere else.",
            )
        )
        self.copy_button.clicked.connect(self.copy_requested)
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addWidget(self.message, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    @property
    def why(self) -> str:
        """Why the article is not saved, as :meth:`show_problem` was told (empty while
        the bar is hidden)."""
        return self._why

    def show_problem(self, why: str) -> None:
        """Say that the article is not saved, because of ``why`` (a sentence); a
        screen reader is told the first time."""
        text = translate(
            "SaveBanner",
            "Your latest changes are not in the library yet. {why} Nothing you typed is "
            "lost: it stays here, and Newsroom saves it by itself as soon as it can.",
        ).format(why=why)
        first = self.isHidden()
        self._why = why
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        if first:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear(self) -> None:
        """A save went through: the bar goes."""
        self.hide()
        self._why = ""
        self.message.clear()
        self.setAccessibleDescription("")
