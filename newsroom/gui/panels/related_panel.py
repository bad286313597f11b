"""The related links of the open article: other articles of the library, picked by
searching it, and external links (a URL and a title), kept in order by dragging.
"Suggest" offers the ten most similar articles by full text; one click adds one.

Every change is written to the library at once (the list is part of the article).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import search
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import RelatedLink
from newsroom.gui.library.reader import LibraryReader

#: Where each list item keeps its link.
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where a search or suggestion result keeps its article id.
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: How many articles a search for one to link shows.
SEARCH_LIMIT = 20


def link_text(link: RelatedLink) -> str:
    if link.target_id is not None:
        return link.title or translate("RelatedPanel", "(untitled article)")
    return f"{link.title or link.url} — {link.url}"


class ExternalLinkDialog(QDialog):
    """A URL and a title: what an external related link needs (editable offline)."""

    def __init__(self, parent: QWidget | None = None, link: RelatedLink | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExternalLinkDialog", "External Link"))
        self.url = QLineEdit((link.url or "") if link else "")
        self.url.setAccessibleName(translate("ExternalLinkDialog", "Link address"))
        self.url.setPlaceholderText(translate("ExternalLinkDialog", "https://…"))
        self.title_field = QLineEdit(link.title if link else "")
        self.title_field.setAccessibleName(translate("ExternalLinkDialog", "Link title"))
        self.problem = QLabel()
        self.problem.setAccessibleName(translate("ExternalLinkDialog", "Link problem"))
        self.problem.setStyleSheet("color: #a00")
        form = QFormLayout(self)
        form.addRow(translate("ExternalLinkDialog", "&Address"), self.url)
        form.addRow(translate("ExternalLinkDialog", "&Title"), self.title_field)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def link(self) -> RelatedLink:
        return RelatedLink(title=self.title_field.text().strip(), url=self.url.text().strip())

    def accept(self) -> None:
        url = self.url.text().strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            self.problem.setText(
                translate(
                    "ExternalLinkDialog", "Give a web address that starts with https:// or http://."
                )
            )
            self.url.setFocus()
            return
        if not self.title_field.text().strip():
            self.problem.setText(
                translate(
                    "ExternalLinkDialog", "Give the link a title: readers see it, not the address."
                )
            )
            self.title_field.setFocus()
            return
        super().accept()


class _Dropped(QObject):
    """Tells the panel when a drag has reordered the list."""

    def __init__(self, panel: RelatedPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, self._panel.save)
        return False


class RelatedPanel(QWidget):
    """The related links of one article."""

    #: The article's related links changed (and are saved).
    changed = Signal()
    #: Suggestions were shown (they come from a query off the GUI thread).
    suggested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._article_id: int | None = None
        #: Searches and suggestions run off the GUI thread, the newest winning.
        self.reader = LibraryReader(library, self)
        self.setAccessibleName(translate("RelatedPanel", "Related links"))

        self.links = QListWidget()
        self.links.setAccessibleName(translate("RelatedPanel", "Related links of this article"))
        self.links.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.links.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.links.itemActivated.connect(self._edit)
        self._drops = _Dropped(self)
        self.links.viewport().installEventFilter(self._drops)

        self.find = QLineEdit()
        self.find.setAccessibleName(translate("RelatedPanel", "Find an article to link"))
        self.find.setPlaceholderText(translate("RelatedPanel", "Find an article to link…"))
        self.find.setClearButtonEnabled(True)
        self.found = QListWidget()
        self.found.setAccessibleName(translate("RelatedPanel", "Articles found"))
        self.found.itemActivated.connect(self._add_found)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search)
        self.find.textChanged.connect(lambda _text: self._search_timer.start())

        self.add_link_button = QPushButton(translate("RelatedPanel", "Add &Link…"))
        self.add_link_button.setAccessibleName(translate("RelatedPanel", "Add an external link"))
        self.add_link_button.clicked.connect(self.add_external)
        self.suggest_button = QPushButton(translate("RelatedPanel", "&Suggest"))
        self.suggest_button.setAccessibleName(translate("RelatedPanel", "Suggest related articles"))
        self.suggest_button.clicked.connect(self.suggest)
        self.remove_button = QPushButton(translate("RelatedPanel", "&Remove"))
        self.remove_button.setAccessibleName(translate("RelatedPanel", "Remove the selected link"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.links, self.remove_selected)

        buttons = QHBoxLayout()
        for button in (self.add_link_button, self.suggest_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.links, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.find)
        layout.addWidget(self.found, 1)
        self.hint = QLabel(
            translate("RelatedPanel", "Double-click an article found (or suggested) to add it.")
        )
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("RelatedPanel", "Related links hint"))
        layout.addWidget(self.hint)
        self.set_article(None)

    # -- the article -------------------------------------------------------------------
    def set_article(self, article_id: int | None) -> None:
        self._article_id = article_id
        self.links.clear()
        self.found.clear()
        enabled = article_id is not None and not self._library.read_only
        for widget in (self.links, self.find, self.found, self.add_link_button):
            widget.setEnabled(enabled)
        self.suggest_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        if article_id is None:
            return
        for link in self._library.related_links(article_id):
            self._append(link)

    def current_links(self) -> list[RelatedLink]:
        links = []
        for row in range(self.links.count()):
            link = self.links.item(row).data(LINK_ROLE)
            assert isinstance(link, RelatedLink)
            links.append(link)
        return links

    def save(self) -> None:
        if self._article_id is None:
            return
        self._library.set_related_links(self._article_id, self.current_links())
        self.changed.emit()

    def _append(self, link: RelatedLink) -> None:
        item = QListWidgetItem(link_text(link))
        item.setData(LINK_ROLE, link)
        item.setToolTip(link.url or translate("RelatedPanel", "An article of this library"))
        self.links.addItem(item)

    # -- adding and removing -----------------------------------------------------------
    def add_article(self, article_id: int) -> bool:
        """Link the library's article ``article_id``; False if it is there already."""
        if self._article_id is None or article_id == self._article_id:
            return False
        if any(link.target_id == article_id for link in self.current_links()):
            return False
        headline = self._library.summary(article_id).headline
        self._append(RelatedLink(title=headline, target_id=article_id))
        self.save()
        return True

    def add_external(self) -> None:
        dialog = ExternalLinkDialog(self)
        if dialog.exec():
            self._append(dialog.link())
            self.save()

    def remove_selected(self) -> None:
        row = self.links.currentRow()
        if row < 0:
            return
        self.links.takeItem(row)
        self.save()

    def _edit(self, item: QListWidgetItem) -> None:
        link = item.data(LINK_ROLE)
        assert isinstance(link, RelatedLink)
        if link.target_id is not None:
            return  # an article's title is its headline
        dialog = ExternalLinkDialog(self, link)
        if dialog.exec():
            edited = dialog.link()
            item.setData(LINK_ROLE, edited)
            item.setText(link_text(edited))
            self.save()

    # -- finding -----------------------------------------------------------------------
    def _search(self) -> None:
        self.found.clear()
        text = self.find.text().strip()
        article_id = self._article_id
        if article_id is None or not text:
            self.reader.submit(lambda _library: None, lambda _none: None, supersede=True)
            return

        def work(library: Library) -> list[search.Row]:
            return search.rows(library, search.Filters(), text, sort="rank", limit=SEARCH_LIMIT)

        def done(found: list[search.Row]) -> None:
            if article_id == self._article_id:
                self._show_found([row for row in found if row.id != article_id])

        self.reader.submit(
            work, done, supersede=True, name=translate("RelatedPanel", "find articles to link")
        )

    def suggest(self) -> None:
        """Show the ten most similar articles; one double-click adds one."""
        article_id = self._article_id
        if article_id is None:
            return
        self.find.blockSignals(True)
        self.find.clear()
        self.find.blockSignals(False)
        self.found.clear()
        self.suggest_button.setEnabled(False)

        def done(suggestions: list[search.Row]) -> None:
            self.suggest_button.setEnabled(not self._library.read_only)
            if article_id != self._article_id:
                return
            self._show_found(suggestions)
            self.suggested.emit()
            if not suggestions:
                QMessageBox.information(
                    self,
                    translate("RelatedPanel", "Suggest Related"),
                    translate("RelatedPanel", "No similar articles were found in this library."),
                )

        def failed(exc: BaseException) -> None:
            self.suggest_button.setEnabled(not self._library.read_only)
            QMessageBox.warning(
                self,
                translate("RelatedPanel", "Suggest Related"),
                translate("RelatedPanel", "No suggestions could be made: {error}").format(
                    error=exc
                ),
            )

        self.reader.submit(
            lambda library: search.suggest_related(library, article_id),
            done,
            supersede=True,
            failed=failed,
            name=translate("RelatedPanel", "suggest related articles"),
        )

    def shutdown(self) -> None:
        """Stop reading the library (before it closes)."""
        self.reader.close()

    def _show_found(self, found: list[search.Row]) -> None:
        self.found.clear()
        linked = {link.target_id for link in self.current_links()}
        for row in found:
            if row.id in linked:
                continue
            label = row.headline or translate("RelatedPanel", "(untitled)")
            item = QListWidgetItem(f"{label} — {row.section}" if row.section else label)
            item.setData(ARTICLE_ROLE, row.id)
            item.setToolTip(
                translate(
                    "RelatedPanel", "{status}, %n word(s). Double-click to add.", None, row.words
                ).format(status=row.status.label)
            )
            self.found.addItem(item)

    def _add_found(self, item: QListWidgetItem) -> None:
        article_id = item.data(ARTICLE_ROLE)
        if isinstance(article_id, int) and self.add_article(article_id):
            self.found.takeItem(self.found.row(item))
