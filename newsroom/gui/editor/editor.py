"""The article editor: the article's details above, the Markdown text below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.render.locale import text_direction
from newsroom.core.sections import SectionTree
from newsroom.core.spelling import SpellChecker
from newsroom.gui.editor.find_replace import FindReplaceBar
from newsroom.gui.editor.markdown_editor import MarkdownEditor
from newsroom.gui.editor.metadata_form import MetadataForm
from newsroom.gui.editor.paste import PasteHandler


class ArticleEditor(QWidget):
    """Edits one article at a time. ``edited`` fires on every change the user makes;
    :meth:`article` returns the loaded article with the edits applied."""

    edited = Signal()
    #: The article's language has no spelling dictionary here: (language code).
    no_dictionary = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ArticleEditor", "Article editor"))
        self._article: Article | None = None
        self._loading = False

        self.metadata = MetadataForm(library)
        # The fields other panels and tests reach directly.
        self.headline = self.metadata.headline
        self.section = self.metadata.section
        self.byline = self.metadata.byline
        self.dateline = self.metadata.dateline

        self.body = MarkdownEditor()
        self.find_bar = FindReplaceBar(self.body)
        self.paste = PasteHandler(library, self)
        self.body.set_mime_handler(self.paste)
        self._checkers: dict[str, SpellChecker | None] = {}  # "Ignore" lasts the session
        self._language: str | None = None
        self._spelling_deferred = False
        text = QWidget()
        text.setAccessibleName(translate("ArticleEditor", "Text"))
        box = QVBoxLayout(text)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.body, 1)
        box.addWidget(self.find_bar)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setAccessibleName(translate("ArticleEditor", "Details and text"))
        self.split.addWidget(self.metadata)
        self.split.addWidget(text)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 600])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

        self.metadata.edited.connect(self._changed)
        self.metadata.language.currentIndexChanged.connect(self._language_changed)
        self.body.textChanged.connect(self._changed)
        self.setEnabled(False)

    def defer_spelling(self) -> None:
        """Load no dictionary for the articles loaded until :meth:`resume_spelling`:
        the window defers it while it starts, so the text is on screen first."""
        self._spelling_deferred = True

    def resume_spelling(self) -> None:
        """Check the spelling of the loaded article, and of those loaded from now on."""
        self._spelling_deferred = False
        if self._article is not None:
            self._language_changed()

    def set_sections(self, tree: SectionTree) -> None:
        self.metadata.set_sections(tree)

    def _language_changed(self) -> None:
        code = self.metadata.language.currentData()
        if isinstance(code, str):
            self.set_language(code)

    def set_language(self, language: str) -> None:
        """Check spelling against the article's language, if a dictionary is here, and
        set the text against the margin its script starts from."""
        if language == self._language:
            return
        self._language = language
        self.body.set_right_to_left(text_direction(language) == "rtl")
        if language not in self._checkers:
            self._checkers[language] = SpellChecker.for_language(language)
        checker = self._checkers[language]
        # Underlining anew makes the text widget say its text changed: not an edit.
        loading, self._loading = self._loading, True
        try:
            self.body.set_spell_checker(checker)
        finally:
            self._loading = loading
        if checker is None:
            self.no_dictionary.emit(language)

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
            if article is not None and not self._spelling_deferred:
                # Loading a dictionary takes a moment: after the text is on screen.
                language = article.language
                QTimer.singleShot(0, self, lambda: self.set_language(language))
        finally:
            self._loading = False

    @property
    def loaded_id(self) -> int | None:
        return self._article.id if self._article else None

    def article(self) -> Article | None:
        if self._article is None:
            return None
        return self.metadata.apply(replace(self._article, body=self.body.toPlainText()))

    def article_for_preview(self) -> Article | None:
        """Like :meth:`article`, with the text as the editor tracks it edit by edit
        (:meth:`MarkdownEditor.plain_text`): cheap enough for every keystroke. What is
        saved comes from :meth:`article`, which copies the text out whole."""
        if self._article is None:
            return None
        return self.metadata.apply(replace(self._article, body=self.body.plain_text()))

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
