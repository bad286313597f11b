"""The article editor: the article's details above, the Markdown text below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.sections import SectionTree
from newsroom.gui.metadata_form import MetadataForm


class ArticleEditor(QWidget):
    """Edits one article at a time. ``edited`` fires on every change the user makes;
    :meth:`article` returns the loaded article with the edits applied."""

    edited = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article editor")
        self._article: Article | None = None
        self._loading = False

        self.metadata = MetadataForm(library)
        # The fields other panels and tests reach directly.
        self.headline = self.metadata.headline
        self.section = self.metadata.section
        self.byline = self.metadata.byline
        self.dateline = self.metadata.dateline

        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Article text")
        self.body.setPlaceholderText("Write the story in Markdown…")
        body_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        body_font.setPointSizeF(max(body_font.pointSizeF(), 10) * 1.15)
        body_font.setStyleHint(QFont.StyleHint.Serif)
        self.body.setFont(body_font)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setAccessibleName("Details and text")
        self.split.addWidget(self.metadata)
        self.split.addWidget(self.body)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 600])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

        self.metadata.edited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.setEnabled(False)

    def set_sections(self, tree: SectionTree) -> None:
        self.metadata.set_sections(tree)

    def _changed(self) -> None:
        if not self._loading and self._article is not None:
            self.edited.emit()

    def load(self, article: Article | None) -> None:
        """Show ``article`` (or nothing); does not emit ``edited``."""
        self._loading = True
        try:
            self._article = article
            self.setEnabled(article is not None)
            self.metadata.load(article)
            self.body.setPlainText(article.body if article else "")
        finally:
            self._loading = False

    @property
    def loaded_id(self) -> int | None:
        return self._article.id if self._article else None

    def article(self) -> Article | None:
        if self._article is None:
            return None
        return self.metadata.apply(replace(self._article, body=self.body.toPlainText()))

    def restore(self, article: Article) -> None:
        """Show a restored version as one undoable edit: Ctrl+Z brings back the text
        that was there before the restore."""
        self._loading = True
        try:
            self._article = article
            self.metadata.load(article)
            cursor = self.body.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(article.body)
            cursor.endEditBlock()
        finally:
            self._loading = False

    def focus_field(self, name: str) -> bool:
        """Put the cursor in the field a checklist entry names; False if unknown."""
        if self.metadata.has_field(name):
            self.metadata.focus_field(name)
            return True
        if name == "body":
            self.body.setFocus()
            return True
        return False

    def saved(self, article: Article) -> None:
        """Take what the library stored (a new slug, times) without touching the text."""
        if self._article is not None and article.id == self._article.id:
            self._article = article
            self.metadata.saved(article)

    def flush(self) -> None:
        """Write what the details form holds back (image caption, credit, alt)."""
        self.metadata.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.body.setReadOnly(read_only)
        self.metadata.set_read_only(read_only)
