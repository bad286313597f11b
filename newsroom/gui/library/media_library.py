"""View › Media…: the library's images in one list, where each is used, and what can be
done with one: insert it in the open article, replace it everywhere, edit its details,
delete it when nothing uses it.

The list and the usages are read off the GUI thread on a
:class:`~newsroom.gui.library.reader.LibraryReader` (the counts read the text of every article
that shows an image); thumbnails are made, as the list scrolls them into view, on a
second reader, decoded at their small size by Qt's image reader, and kept per image
and hash. A replacement is checked and written on a worker with a connection of its
own. Nothing here touches the library while the writer types.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import media_list
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.media_list import ImageFacts, MediaItem, Usage
from newsroom.core.model import Media
from newsroom.gui.editor.highlighter import utf16_prefix
from newsroom.gui.library.reader import LibraryReader
from newsroom.gui.tasks import Operation, TaskManager

Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the search field looks in: file name, alt text, caption, credit.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
THUMBNAIL = 72
PREVIEW = 220
#: Thumbnails kept (a 72-pixel one takes about 20 KB).
CACHE_SIZE = 2000


def image_filter() -> str:
    """The file dialog's filter of image files, in the reader's language."""
    return translate(
        "MediaLibrary", "Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)"
    )


def file_size(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("MediaLibrary", "{size} MB").format(
            size=QLocale().toString(n / (1024 * 1024), "f", 1)
        )
    if n >= 1024:
        return translate("MediaLibrary", "{size} KB").format(size=f"{n / 1024:.0f}")
    return translate("MediaLibrary", "%n byte(s)", None, n)


def kind_of(item: MediaItem) -> str:
    """``JPEG``, ``PNG``, ``SVG``... from the MIME type."""
    sub = item.mime_type.split("/")[-1].split("+")[0]
    return "JPEG" if sub == "jpeg" else sub.upper()


def reference(item: MediaItem) -> str:
    """The Markdown that shows the image: ``![alt](media:UID)`` (see paste.py)."""
    from newsroom.gui.editor.paste import image_markdown

    return image_markdown(Media(item.id, item.uid, item.filename, item.mime_type, b"", item.alt))


def insert_figure(editor: QPlainTextEdit, markdown: str) -> None:
    """Insert ``markdown`` at the editor's cursor as a paragraph of its own (a figure
    must be one), adding only the blank lines it lacks, as one undoable edit."""
    cursor = editor.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    probe = QTextCursor(editor.document())
    probe.setPosition(start)
    first = probe.block()
    before = utf16_prefix(first.text(), start - first.position())
    probe.setPosition(end)
    last = probe.block()
    after = last.text()[len(utf16_prefix(last.text(), end - last.position())) :]
    previous, following = first.previous(), last.next()
    if before.strip():
        prefix = "\n\n"  # the paragraph is split
    else:
        prefix = "\n" if previous.isValid() and previous.text().strip() else ""
    if after.strip():
        suffix = "\n\n"
    else:
        suffix = "\n" if following.isValid() and following.text().strip() else ""
    cursor.beginEditBlock()
    cursor.insertText(prefix + markdown + suffix)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


# -- thumbnails --------------------------------------------------------------------------------
def read_thumbnail(reader: Library, media_id: int, size: int) -> QImage:
    """The image scaled to fit ``size`` pixels; for a pool thread (a QImage may be made
    there, a QPixmap may not). A null image if it cannot be read."""
    row = reader.conn.execute("SELECT data FROM media WHERE id = ?", [media_id]).fetchone()
    if row is None:
        return QImage()
    data = QByteArray(bytes(row[0]))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    decoder = QImageReader(buffer)
    decoder.setAutoTransform(True)  # upright, as the EXIF orientation says
    full = decoder.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        # A JPEG is then decoded at the smaller size: a fraction of the work.
        decoder.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = decoder.read()
    buffer.close()
    return image


class Thumbnails(QObject):
    """Thumbnails of the library's images, made on a reader of their own when first
    asked for and kept per image, hash and size (a replaced image gets a new one)."""

    ready = Signal(int)  # media id

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = LibraryReader(library, self)
        self._cache: OrderedDict[tuple[int, str, int], QPixmap] = OrderedDict()
        self._asked: set[tuple[int, str, int]] = set()

    def get(self, item: MediaItem, size: int = THUMBNAIL) -> QPixmap | None:
        """The thumbnail if it is made; otherwise None, and it is made (then :attr:`ready`)."""
        key = (item.id, item.sha256, size)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if key not in self._asked:
            self._asked.add(key)
            self._reader.submit(
                lambda reader: read_thumbnail(reader, item.id, size),
                lambda made: self._made(key, made),
                failed=lambda _exc: self._asked.discard(key),
                name=translate("Thumbnails", "make a thumbnail"),
            )
        return None

    def _made(self, key: tuple[int, str, int], image: QImage) -> None:
        self._asked.discard(key)
        self._cache[key] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.ready.emit(key[0])

    def wait(self, msecs: int = -1) -> bool:
        return self._reader.wait(msecs)

    def close(self) -> None:
        self._reader.close()


class MediaListModel(QAbstractListModel):
    """The images of :func:`newsroom.core.media_list.list_media`, one a row: the
    thumbnail, the file name, size in pixels and credit, and how many articles use it."""

    def __init__(self, thumbnails: Thumbnails | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[MediaItem] = []
        self._thumbnails = thumbnails
        self._placeholder = QPixmap(THUMBNAIL, THUMBNAIL)
        self._placeholder.fill(QColor("#d9dde3"))
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def set_items(self, items: Sequence[MediaItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, media_id: int) -> int:
        return next((n for n, item in enumerate(self.items) if item.id == media_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            facts = " · ".join(
                part for part in (item.dimensions or kind_of(item), item.credit) if part
            )
            return f"{item.filename}\n{facts}\n{item.usage_text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            size = item.dimensions or kind_of(item)
            usage = item.usage_text.lower()
            if item.credit:
                return translate(
                    "MediaListModel", "{filename}, {size}, credit {credit}, {usage}"
                ).format(filename=item.filename, size=size, credit=item.credit, usage=usage)
            return translate("MediaListModel", "{filename}, {size}, {usage}").format(
                filename=item.filename, size=size, usage=usage
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.alt or item.caption or item.filename
        if role == Qt.ItemDataRole.DecorationRole:
            if self._thumbnails is None:
                return None
            found = self._thumbnails.get(item)
            return found if found is not None and not found.isNull() else self._placeholder
        if role == ITEM_ROLE:
            return item
        if role == SEARCH_ROLE:
            return " ".join((item.filename, item.alt, item.caption, item.credit))
        return None

    def _thumbnail_ready(self, media_id: int) -> None:
        row = self.row_of(media_id)
        if row >= 0:
            index = self.index(row, 0)
            roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole]
            self.dataChanged.emit(index, index, roles)


class MediaFilter(QSortFilterProxyModel):
    """Rows whose file name, alt text, caption or credit hold the search's words;
    with :attr:`unused_only`, only images no article uses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._unused_only = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unused_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._unused_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        item = model.data(index, ITEM_ROLE)
        if not isinstance(item, MediaItem):
            return False
        if self._unused_only and item.used:
            return False
        haystack = str(model.data(index, SEARCH_ROLE)).casefold()
        return all(word in haystack for word in self._words)


class MediaLibrary(QDialog):
    """The library's images (View › Media…). ``editor`` is the text the Insert action
    writes into (at its cursor); without one, nothing is inserted."""

    #: Open this article in the window (a double-click on a usage).
    article_chosen = Signal(int)
    #: An image's bytes were replaced: pages that show it must load it again.
    image_replaced = Signal(int)
    #: An image's caption, credit or alt text changed.
    details_changed = Signal(int)

    def __init__(
        self,
        library: Library,
        editor: QPlainTextEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MediaLibrary", "Media"))
        self.setAccessibleName(translate("MediaLibrary", "Media"))
        self.setModal(False)
        self.resize(900, 600)
        self.library = library
        self.editor = editor
        #: Called before a change that depends on what the articles hold (the window
        #: saves the open article, so that an image just inserted counts as used).
        self.before_change: Callable[[], None] = lambda: None
        self.reader = LibraryReader(library, self)
        self.thumbnails = Thumbnails(library, self)
        self._writer = TaskManager(self, max_threads=1)
        self._shown_id: int | None = None
        self._loaded_version: tuple[int, int] | None = None
        self._replacing = False
        self._closed = False

        self.model = MediaListModel(self.thumbnails, self)
        self.filter = MediaFilter(self)
        self.filter.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("MediaLibrary", "Search file names, alt text, captions and credits")
        )
        self.search.setAccessibleName(translate("MediaLibrary", "Search images"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.unused_only = QCheckBox(translate("MediaLibrary", "&Unused only"))
        self.unused_only.setAccessibleName(
            translate("MediaLibrary", "Show only images no article uses")
        )
        self.unused_only.toggled.connect(self._filter_changed)

        self.view = QListView()
        self.view.setAccessibleName(translate("MediaLibrary", "Images"))
        self.view.setModel(self.filter)
        self.view.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumWidth(320)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.view.activated.connect(lambda _index: self.insert())  # Enter, double-click

        self.picture = QLabel()
        self.picture.setAccessibleName(translate("MediaLibrary", "Image preview"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedHeight(PREVIEW + 8)
        self.picture.setMinimumWidth(PREVIEW + 8)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, name in (
            ("filename", translate("MediaLibrary", "File:"), translate("MediaLibrary", "File")),
            ("kind", translate("MediaLibrary", "Type:"), translate("MediaLibrary", "Type")),
            ("dimensions", translate("MediaLibrary", "Size:"), translate("MediaLibrary", "Size")),
            ("alt", translate("MediaLibrary", "Alt text:"), translate("MediaLibrary", "Alt text")),
            (
                "caption",
                translate("MediaLibrary", "Caption:"),
                translate("MediaLibrary", "Caption"),
            ),
            ("credit", translate("MediaLibrary", "Credit:"), translate("MediaLibrary", "Credit")),
            ("added", translate("MediaLibrary", "Added:"), translate("MediaLibrary", "Added")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(name)
            self.fields[key] = value
            form.addRow(label, value)
        self.used_label = QLabel(translate("MediaLibrary", "Used in:"))
        self.usages = QListWidget()
        self.usages.setAccessibleName(translate("MediaLibrary", "Articles that use the image"))
        self.usages.itemActivated.connect(self._open_usage)
        self.used_label.setBuddy(self.usages)

        details = QWidget()
        details.setAccessibleName(translate("MediaLibrary", "Image details"))
        column = QVBoxLayout(details)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.picture)
        column.addLayout(form)
        column.addWidget(self.used_label)
        column.addWidget(self.usages, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.insert_button = self._button(
            translate("MediaLibrary", "&Insert in Article"), self.insert
        )
        self.insert_button.setToolTip(
            translate("MediaLibrary", "Insert the image at the cursor of the open article (Enter)")
        )
        self.replace_button = self._button(
            translate("MediaLibrary", "&Replace Everywhere…"), self.ask_replace
        )
        self.replace_button.setToolTip(
            translate(
                "MediaLibrary", "Put another picture in its place in every article that uses it"
            )
        )
        self.details_button = self._button(
            translate("MediaLibrary", "Edit &Details…"), self.edit_details
        )
        self.delete_button = self._button(translate("MediaLibrary", "De&lete"), self.delete)
        self.delete_button.setToolTip(
            translate("MediaLibrary", "Delete an image no article uses (Delete)")
        )
        close = self._button(translate("MediaLibrary", "Close"), self.close)
        self.status = QLabel()
        self.status.setAccessibleName(translate("MediaLibrary", "Media status"))

        # Delete deletes and Enter inserts, while the list has the focus.
        self.delete_action = QAction(translate("MediaLibrary", "Delete"), self.view)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete)
        self.view.addAction(self.delete_action)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unused_only)
        buttons = QHBoxLayout()
        for button in (
            self.insert_button,
            self.replace_button,
            self.details_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self._show_current()
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)  # Enter belongs to the list: it inserts
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- reading ---------------------------------------------------------------------------
    def reload(self, done: str = "") -> None:
        """Read the list again (off the GUI thread); the image shown stays selected.
        ``done``: what was just done, said beside the counts."""
        if self._closed:
            return
        self._loaded_version = self.library.change_count()
        self.status.setText(done or translate("MediaLibrary", "Reading the library…"))
        self.reader.submit(
            media_list.list_media, lambda items: self._listed(items, done), failed=self._failed
        )

    def _listed(self, items: list[MediaItem], done: str = "") -> None:
        keep = self._shown_id
        self.model.set_items(items)
        unused, count = sum(1 for item in items if not item.used), len(items)
        counts = (
            translate("MediaLibrary", "%n image(s), {unused} not used", None, count).format(
                unused=unused
            )
            if items
            else translate("MediaLibrary", "No images in this library yet")
        )
        self.status.setText(f"{done} · {counts}" if done else counts)
        row = self.model.row_of(keep) if keep is not None else -1
        self._select_row(row if row >= 0 else 0, refresh=True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            translate("MediaLibrary", "The images could not be read: {error}").format(error=exc)
        )

    def _select_row(self, source_row: int, *, refresh: bool = False) -> None:
        """Make the row current; with ``refresh``, show it afresh even if it already was
        (its details and usages may have changed)."""
        shown = self._shown_id
        index = self.filter.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            index = self.filter.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)  # shows it, if it is another image
            self.view.scrollTo(index)
        if (refresh and self._shown_id == shown) or not index.isValid():
            self._show_current(force=True)

    def current(self) -> MediaItem | None:
        item = self.view.currentIndex().data(ITEM_ROLE)
        return item if isinstance(item, MediaItem) else None

    def select(self, media_id: int) -> bool:
        """Make the image ``media_id`` the current one (if the list shows it)."""
        index = self.filter.mapFromSource(self.model.index(self.model.row_of(media_id), 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def _filter_changed(self) -> None:
        self.filter.set_search(self.search.text())
        self.filter.set_unused_only(self.unused_only.isChecked())
        if not self.view.currentIndex().isValid() and self.filter.rowCount():
            self.view.setCurrentIndex(self.filter.index(0, 0))
        self._show_current()

    def _show_current(self, force: bool = False) -> None:
        item = self.current()
        new_id = item.id if item is not None else None
        if new_id != self._shown_id or force:
            self._shown_id = new_id
            self._show_details(item)
            self.usages.clear()
            if item is not None:
                self.usages.addItem(translate("MediaLibrary", "Looking…"))
                self.reader.submit(
                    lambda reader: media_list.usages(reader, item.id),
                    lambda found: self._show_usages(item.id, found),
                    failed=self._failed,
                    name=translate("MediaLibrary", "find where an image is used"),
                )
        self.update_actions()

    def _show_details(self, item: MediaItem | None) -> None:
        self.picture.clear()
        if item is None:
            for label in self.fields.values():
                label.clear()
            self.picture.setText(translate("MediaLibrary", "No image chosen"))
            return
        self._show_picture(item)
        values = {
            "filename": item.filename,
            "kind": f"{kind_of(item)}, {file_size(item.size)}",
            "dimensions": item.dimensions or "—",
            "alt": item.alt
            or translate("MediaLibrary", "None (readers who cannot see it are told nothing)"),
            "caption": item.caption or "—",
            "credit": item.credit or "—",
            "added": QLocale().toString(
                item.created_at.astimezone(), translate("MediaLibrary", "dd MMMM yyyy, HH:mm")
            ),
        }
        for key, value in values.items():
            self.fields[key].setText(value)

    def _show_picture(self, item: MediaItem) -> None:
        pixmap = self.thumbnails.get(item, PREVIEW)
        if pixmap is None:
            self.picture.setText(translate("MediaLibrary", "Loading…"))
        elif pixmap.isNull():
            self.picture.setText(
                translate("MediaLibrary", "{kind} image: no preview").format(kind=kind_of(item))
            )
        else:
            self.picture.setPixmap(pixmap)
        self.picture.setAccessibleDescription(item.alt or item.filename)

    def _thumbnail_ready(self, media_id: int) -> None:
        item = self.current()
        if item is not None and item.id == media_id:
            self._show_picture(item)

    def _show_usages(self, media_id: int, found: list[Usage]) -> None:
        if media_id != self._shown_id:
            return  # another image was chosen meanwhile
        self.usages.clear()
        for usage in found:
            ways = (
                (translate("MediaLibrary", "in the text"), usage.in_body),
                (translate("MediaLibrary", "featured image"), usage.featured),
            )
            how = [way for way, on in ways if on]
            text = translate("MediaLibrary", "{headline} — {where}").format(
                headline=usage.headline or translate("MediaLibrary", "Untitled"),
                where=", ".join(how),
            )
            if usage.trashed:
                text = translate("MediaLibrary", "{usage} (in the trash)").format(usage=text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, usage.article_id)
            if usage.trashed:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                entry.setToolTip(
                    translate(
                        "MediaLibrary",
                        "In the trash: restore it from the Library browser to open it",
                    )
                )
            else:
                entry.setToolTip(translate("MediaLibrary", "Double-click to open the article"))
            self.usages.addItem(entry)
        if not found:
            self.usages.addItem(translate("MediaLibrary", "No article uses this image."))
        self.used_label.setText(
            translate("MediaLibrary", "Used in ({count}):").format(count=len(found))
            if found
            else translate("MediaLibrary", "Used in:")
        )

    def _open_usage(self, entry: QListWidgetItem) -> None:
        article_id = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(article_id, int) and entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.article_chosen.emit(article_id)

    # -- what can be done -------------------------------------------------------------------
    def _can_insert(self) -> bool:
        editor = self.editor
        return (
            editor is not None
            and editor.isEnabled()
            and not editor.isReadOnly()
            and not self.library.read_only
        )

    def update_actions(self) -> None:
        item = self.current()
        writable = item is not None and not self.library.read_only
        self.insert_button.setEnabled(item is not None and self._can_insert())
        self.replace_button.setEnabled(writable and not self._replacing)
        self.details_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and item is not None and not item.used)
        self.delete_action.setEnabled(self.delete_button.isEnabled())
        if self.library.read_only:
            tip = translate(
                "MediaLibrary", "This library is open read-only: its images cannot be changed."
            )
            for button in (self.replace_button, self.details_button, self.delete_button):
                button.setToolTip(tip)

    def insert(self) -> None:
        """Insert the image at the cursor of the open article's text."""
        item = self.current()
        if item is None or self.editor is None or not self._can_insert():
            return
        editor = self.editor
        insert_figure(editor, reference(item))
        self.before_change()  # stored now, so that the counts include it
        self.reload(translate("MediaLibrary", "“{name}” inserted").format(name=item.filename))
        editor.window().activateWindow()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_details(self) -> None:
        """The image's caption, credit and alt text (the paste's Image Details dialog)."""
        from newsroom.gui.editor.paste import ImageDetailsDialog

        item = self.current()
        if item is None or self.library.read_only:
            return
        try:
            media = self.library.media_by_id(item.id)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("MediaLibrary", "Edit Details"), str(exc))
            return
        dialog = ImageDetailsDialog(media, self)
        try:
            if not dialog.exec():
                return
            try:
                dialog.apply(self.library)
            except NewsroomError as exc:
                QMessageBox.warning(self, translate("MediaLibrary", "Edit Details"), str(exc))
                return
        finally:
            dialog.deleteLater()
        self.details_changed.emit(item.id)
        self.reload(
            translate("MediaLibrary", "Details of “{name}” saved").format(name=item.filename)
        )

    def delete(self) -> None:
        """Delete the image, once asked, if no article uses it."""
        item = self.current()
        if item is None or self.library.read_only:
            return
        self.before_change()  # an image just inserted in the open article counts
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MediaLibrary", "Delete Image"),
            translate("MediaLibrary", "Delete “{name}” from the library?").format(
                name=item.filename
            ),
            parent=self,
        )
        box.setInformativeText(
            translate("MediaLibrary", "No article uses it. This cannot be undone.")
        )
        delete = box.addButton(
            translate("MediaLibrary", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            media_list.delete_media(self.library, item.id)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("MediaLibrary", "Delete Image"), str(exc))
            self.reload()
            return
        # The next image takes its place in the list.
        row = self.model.row_of(item.id)
        following = self.model.items[row + 1 :]
        self._shown_id = following[0].id if following else None
        self.reload(translate("MediaLibrary", "“{name}” deleted").format(name=item.filename))

    # -- replacing -------------------------------------------------------------------------
    def ask_replace(self) -> None:
        """Ask for an image file (the system's own dialog), check it, say how many
        articles will change, then replace the image everywhere."""
        item = self.current()
        if item is None or self.library.read_only or self._replacing:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MediaLibrary", "Replace “{name}”").format(name=item.filename),
            str(Path.home()),
            image_filter(),
        )
        if path:
            self.replace_with(item, Path(path))

    def replace_with(self, item: MediaItem, path: Path) -> None:
        """Read and check ``path`` (off the GUI thread), confirm, then replace."""
        self.before_change()
        self._replacing = True
        self.update_actions()
        self.status.setText(translate("MediaLibrary", "Checking “{name}”…").format(name=path.name))

        def check(reader: Library) -> tuple[bytes, ImageFacts, list[Usage]]:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise media_list.MediaError(
                    translate(
                        "MediaLibrary",
                        "“{name}” could not be read ({reason}). Nothing was changed.",
                    ).format(name=path.name, reason=exc.strerror)
                ) from exc
            facts = media_list.inspect_image(data, path.name)
            return data, facts, media_list.usages(reader, item.id)

        def checked(result: tuple[bytes, ImageFacts, list[Usage]]) -> None:
            data, facts, found = result
            self.status.clear()
            if not self._confirm_replace(item, path, facts, found):
                self._replace_over()
                return
            self.status.setText(
                translate("MediaLibrary", "Replacing “{name}”…").format(name=item.filename)
            )
            self._writer.run(
                Operation(
                    translate("MediaLibrary", "replace an image"),
                    lambda: _replace_on_own_connection(self.library, item.id, data, path.name),
                    lambda _made: self._replaced(item),
                    self._replace_failed,
                )
            )

        self.reader.submit(
            check,
            checked,
            failed=self._replace_failed,
            name=translate("MediaLibrary", "check an image"),
        )

    def _confirm_replace(
        self, item: MediaItem, path: Path, facts: ImageFacts, found: Sequence[Usage]
    ) -> bool:
        live = [u for u in found if not u.trashed]
        trashed = len(found) - len(live)
        if live:
            count = len(live)
            where = translate(
                "MediaLibrary", "The picture changes in %n article(s): {articles}.", None, count
            ).format(articles=media_list.describe_usages(live))
        else:
            where = translate("MediaLibrary", "No article shows it now.")
        if trashed:
            where += " " + translate("MediaLibrary", "{count} more in the trash.").format(
                count=trashed
            )
        if facts.width and facts.height:
            question = translate(
                "MediaLibrary", "Replace “{name}” with “{new}” ({width} × {height})?"
            ).format(name=item.filename, new=path.name, width=facts.width, height=facts.height)
        else:
            question = translate("MediaLibrary", "Replace “{name}” with “{new}”?").format(
                name=item.filename, new=path.name
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MediaLibrary", "Replace Everywhere"),
            question,
            parent=self,
        )
        box.setInformativeText(
            where
            + " "
            + translate(
                "MediaLibrary", "The caption, credit and alt text stay; check that they still fit."
            )
        )
        replace = box.addButton(
            translate("MediaLibrary", "Replace"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        box.exec()
        return box.clickedButton() is replace

    def _replaced(self, item: MediaItem) -> None:
        self._replace_over()
        self.image_replaced.emit(item.id)
        self.reload(
            translate("MediaLibrary", "“{name}” replaced everywhere").format(name=item.filename)
        )

    def _replace_failed(self, exc: BaseException) -> None:
        self._replace_over()
        if not self._closed:
            QMessageBox.warning(self, translate("MediaLibrary", "Replace Everywhere"), str(exc))

    def _replace_over(self) -> None:
        self._replacing = False
        self.status.clear()
        self.update_actions()

    # -- the window around it ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.view.setFocus()  # Enter inserts, the arrows choose
        self._catch_up()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._catch_up()

    def _catch_up(self) -> None:
        """Back from the window: an article may have been opened, or saved with an image
        inserted, meanwhile."""
        if self._closed:  # shut down with its window: the library is closed
            return
        self.update_actions()
        if self._loaded_version != self.library.change_count():
            self.reload()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every read, thumbnail and write is done (tests)."""
        return all((self.reader.wait(msecs), self.thumbnails.wait(msecs), self._writer.wait(msecs)))

    def shutdown(self) -> None:
        """Stop reading and writing: the library is about to close."""
        self._closed = True
        self._writer.wait()
        self.thumbnails.close()
        self.reader.close()


def _replace_on_own_connection(library: Library, media_id: int, data: bytes, name: str) -> None:
    """For a pool thread: a connection of its own, as the import's and the autosaver's."""
    writer = library.sibling(read_only=False)
    try:
        media_list.replace_image(writer, media_id, data, name)
    finally:
        writer.close()
