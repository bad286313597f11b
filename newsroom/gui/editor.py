"""The article editor: headline, section, byline, dateline and the Markdown text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.model import Article
from newsroom.core.sections import SectionTree

NO_SECTION = "— No section —"


class ArticleEditor(QWidget):
    """Edits one article at a time. ``edited`` fires on every change the user makes;
    :meth:`article` returns the loaded article with the edits applied."""

    edited = Signal()

    def __init__(self, tree: SectionTree, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article editor")
        self._article: Article | None = None
        self._loading = False

        self.headline = QLineEdit(placeholderText="Headline")
        self.headline.setAccessibleName("Headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.section = QComboBox()
        self.section.setAccessibleName("Section")
        self.byline = QLineEdit(placeholderText="Author or desk")
        self.byline.setAccessibleName("Byline")
        self.dateline = QLineEdit(placeholderText="Place, such as Paris")
        self.dateline.setAccessibleName("Dateline")
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Article text")
        self.body.setPlaceholderText("Write the story in Markdown…")
        self.body.setTabChangesFocus(False)
        body_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        body_font.setPointSizeF(max(body_font.pointSizeF(), 10) * 1.15)
        body_font.setStyleHint(QFont.StyleHint.Serif)
        self.body.setFont(body_font)
        self.set_sections(tree)

        form = QFormLayout()
        form.addRow("&Section", self.section)
        form.addRow("&Byline", self.byline)
        form.addRow("&Dateline", self.dateline)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)

        for line in (self.headline, self.byline, self.dateline):
            line.textEdited.connect(self._changed)
        self.section.activated.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.setEnabled(False)

    def set_sections(self, tree: SectionTree) -> None:
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(NO_SECTION, None)
        for section, _depth in tree.walk():
            path = " › ".join(s.name for s in tree.lineage(section.id))
            self.section.addItem(path, section.id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    def _changed(self) -> None:
        if not self._loading and self._article is not None:
            self.edited.emit()

    def load(self, article: Article | None) -> None:
        """Show ``article`` (or nothing); does not emit ``edited``."""
        self._loading = True
        try:
            self._article = article
            self.setEnabled(article is not None)
            a = article or Article()
            self.headline.setText(a.headline)
            self.byline.setText(a.byline)
            self.dateline.setText(a.dateline)
            self.section.setCurrentIndex(max(0, self.section.findData(a.section_id)))
            self.body.setPlainText(a.body)
        finally:
            self._loading = False

    @property
    def loaded_id(self) -> int | None:
        return self._article.id if self._article else None

    def article(self) -> Article | None:
        if self._article is None:
            return None
        return replace(
            self._article,
            headline=self.headline.text().strip(),
            byline=self.byline.text().strip(),
            dateline=self.dateline.text().strip(),
            section_id=self.section.currentData(),
            body=self.body.toPlainText(),
        )

    def restore(self, article: Article) -> None:
        """Show a restored version as one undoable edit: Ctrl+Z brings back the text
        that was there before the restore."""
        self._loading = True
        try:
            self._article = article
            self.headline.setText(article.headline)
            cursor = self.body.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(article.body)
            cursor.endEditBlock()
        finally:
            self._loading = False

    def focus_field(self, name: str) -> bool:
        """Put the cursor in the field a checklist entry names; False if unknown."""
        widget = {
            "headline": self.headline,
            "section": self.section,
            "byline": self.byline,
            "dateline": self.dateline,
            "body": self.body,
        }.get(name)
        if widget is None:
            return False
        widget.setFocus()
        return True

    def saved(self, article: Article) -> None:
        """Take what the library stored (a new slug, times) without touching the text."""
        if self._article is not None and article.id == self._article.id:
            self._article = article

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.headline, self.byline, self.dateline):
            line.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.section.setEnabled(not read_only)
