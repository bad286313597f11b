"""What a paste or a drop into the editor inserts.

Images (pasted pixels, or image files dropped from the file manager) are stored in
the library and inserted as a figure, ``![](media:UID)``; rich text from a browser
or a word processor becomes clean Markdown. Anything else is left to the editor's
ordinary paste. Nothing here asks a question or touches the network.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Signal
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.markdown_ext import MEDIA_SCHEME
from newsroom.core.model import Media

if TYPE_CHECKING:
    from newsroom.gui.library.image_edit import ImageEditView

MAX_IMAGE_BYTES = 20 * 1024 * 1024

#: Image files taken as they are, by extension.
IMAGE_TYPES: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}


class PasteError(NewsroomError):
    """A paste or drop was refused; the message says why, for the journalist."""


def _size(n: int) -> str:
    return translate("PasteHandler", "{size} MB").format(size=f"{n / (1024 * 1024):.1f}")


def _check_size(name: str, size: int) -> None:
    if size > MAX_IMAGE_BYTES:
        raise PasteError(
            translate(
                "PasteHandler",
                "“{name}” is {size}; an image may be at most {limit} MB. Make it smaller, "
                "then add it again.",
            ).format(name=name, size=_size(size), limit=MAX_IMAGE_BYTES // (1024 * 1024))
        )


def _title(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def image_markdown(media: Media, caption: str = "") -> str:
    """``![alt](media:UID "Caption")``: the renderer makes it a figure, taking the
    caption, credit and alt it lacks from the library's row."""
    alt = media.alt.replace("[", "\\[").replace("]", "\\]")
    title = f' "{_title(caption)}"' if caption else ""
    return f"![{alt}]({MEDIA_SCHEME}{media.uid}{title})"


def _figure_block(lines: list[str]) -> str:
    # A figure must be a paragraph of its own, wherever the cursor is.
    return "\n\n" + "\n\n".join(lines) + "\n\n"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise PasteError(translate("PasteHandler", "The pasted image could not be read."))
    buffer.close()
    return bytes(data.data())


class PasteHandler(QObject):
    """Turns clipboard or drop data into the Markdown to insert.

    Call it with the ``QMimeData``: it returns the Markdown, or None to let the
    editor paste as usual. A refused paste (an image over 20 MB, a read-only
    library) returns None and emits :attr:`refused` with a message to show;
    :meth:`convert` raises :class:`PasteError` instead.
    """

    refused = Signal(str)
    #: A library image was added: (media id, the Markdown inserted for it).
    image_added = Signal(int, str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library

    def __call__(self, mime: QMimeData) -> str | None:
        try:
            return self.convert(mime)
        except PasteError as exc:
            self.refused.emit(str(exc))
            return None

    def can_handle(self, mime: QMimeData) -> bool:
        """Whether :meth:`convert` might turn ``mime`` into Markdown (for drag-enter)."""
        return bool(self._image_files(mime)) or mime.hasImage() or mime.hasHtml()

    def convert(self, mime: QMimeData) -> str | None:
        files = self._image_files(mime)
        if files:
            return _figure_block([self._add_file(path) for path in files])
        if mime.hasImage():
            return _figure_block([self._add_image(mime.imageData())])
        if mime.hasHtml():
            # Imported here: BeautifulSoup and markdownify cost start-up time.
            from newsroom.core.html_to_markdown import html_to_markdown

            return html_to_markdown(mime.html())
        return None

    # -- images ----------------------------------------------------------------------
    @staticmethod
    def _image_files(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in IMAGE_TYPES and p.is_file()]

    def _add_file(self, path: Path) -> str:
        try:
            _check_size(path.name, path.stat().st_size)
            data = path.read_bytes()
        except OSError as exc:
            raise PasteError(
                translate("PasteHandler", "“{name}” could not be read ({reason}).").format(
                    name=path.name, reason=exc.strerror
                )
            ) from exc
        _check_size(path.name, len(data))
        return self._store(path.name, IMAGE_TYPES[path.suffix.lower()], data)

    def _add_image(self, image: object) -> str:
        if not isinstance(image, QImage) or image.isNull():
            raise PasteError(translate("PasteHandler", "The pasted image could not be read."))
        data = png_bytes(image)
        _check_size(translate("PasteHandler", "The pasted image"), len(data))
        name = f"pasted-{datetime.now():%Y%m%d-%H%M%S}.png"
        return self._store(name, "image/png", data)

    def _store(self, filename: str, mime_type: str, data: bytes) -> str:
        try:
            media = self._library.add_media(filename, mime_type, data)
        except NewsroomError as exc:  # a read-only library, for one
            raise PasteError(str(exc)) from exc
        markdown = image_markdown(media)
        self.image_added.emit(media.id, markdown)
        return markdown


#: Under the fields of an image that records where it was taken.
LOCATION_NOTE = QT_TRANSLATE_NOOP(
    "ImageDetailsDialog",
    "This photo records where it was taken (GPS). Newsroom removes the location and "
    "camera serial numbers from every published copy; the original stays in your library.",
)


class ImageDetailsDialog(QDialog):
    """Asks for an added image's caption, credit and alt text, and lets the writer turn
    and crop it and set its focal point; the host shows it (after
    :attr:`PasteHandler.image_added`, say) and saves with :meth:`apply`: nothing is
    stored before. When the image records where it was taken, a line says that no
    published copy will."""

    def __init__(self, media: Media, parent: QWidget | None = None) -> None:
        from newsroom.core.renditions import has_location, upright_size

        super().__init__(parent)
        self.setWindowTitle(translate("ImageDetailsDialog", "Image Details"))
        self._media = media
        size = upright_size(bytes(media.data), media.mime_type)
        #: The crop, rotation and focal point; None for an image that has none (an SVG).
        self.editor: ImageEditView | None = None
        self.rotate_left: QPushButton | None = None
        self.rotate_right: QPushButton | None = None
        self.aspect: QComboBox | None = None
        self.focal_point: QPushButton | None = None
        self.reset: QPushButton | None = None
        edit_box = self._edit_box(media, size) if size is not None else None
        self.caption = QLineEdit(media.caption)
        self.credit = QLineEdit(media.credit)
        self.alt = QLineEdit(media.alt)
        self.caption.setPlaceholderText(translate("ImageDetailsDialog", "What the picture shows"))
        self.credit.setPlaceholderText(
            translate("ImageDetailsDialog", "Photographer / agency, such as Reuters")
        )
        self.alt.setPlaceholderText(
            translate("ImageDetailsDialog", "A description for readers who cannot see it")
        )
        self.caption.setAccessibleName(translate("ImageDetailsDialog", "Caption"))
        self.credit.setAccessibleName(translate("ImageDetailsDialog", "Credit"))
        self.alt.setAccessibleName(translate("ImageDetailsDialog", "Alternative text"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        if edit_box is not None:
            outer.addWidget(edit_box, 1)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(translate("ImageDetailsDialog", "&Caption:"), self.caption)
        form.addRow(translate("ImageDetailsDialog", "C&redit:"), self.credit)
        form.addRow(translate("ImageDetailsDialog", "&Alt text:"), self.alt)
        #: Shown only for an image with a location (its EXIF GPS, read without decoding it).
        self.location_note = QLabel(translate("ImageDetailsDialog", LOCATION_NOTE), self)
        self.location_note.setWordWrap(True)
        self.location_note.setAccessibleName(
            translate("ImageDetailsDialog", "Location in the photo")
        )
        self.location_note.setVisible(has_location(bytes(media.data)))
        form.addRow(self.location_note)
        form.addRow(buttons)

    def _edit_box(self, media: Media, size: tuple[int, int]) -> QWidget:
        from newsroom.gui.library.image_edit import ASPECTS, ImageEditView

        box = QWidget(self)
        editor = self.editor = ImageEditView(
            bytes(media.data), size, rotation=media.rotation, crop=media.crop,
            focus=media.focus, parent=box,
        )  # fmt: skip

        def button(text: str, name: str, shortcut: str = "") -> QPushButton:
            made = QPushButton(text, box)
            made.setAccessibleName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setToolTip(f"{name} ({QKeySequence(shortcut).toString()})")
            return made

        self.rotate_left = button(
            translate("ImageDetailsDialog", "Rotate &Left"),
            translate("ImageDetailsDialog", "Rotate Left"),
            "Ctrl+L",
        )
        self.rotate_right = button(
            translate("ImageDetailsDialog", "Rotate R&ight"),
            translate("ImageDetailsDialog", "Rotate Right"),
            "Ctrl+R",
        )
        self.rotate_left.clicked.connect(editor.rotate_left)
        self.rotate_right.clicked.connect(editor.rotate_right)
        self.aspect = QComboBox(box)
        self.aspect.setAccessibleName(translate("ImageDetailsDialog", "Crop aspect ratio"))
        for label, ratio in ASPECTS:
            # "Free" is the one word among the ratios ("16:9"...).
            self.aspect.addItem(
                label if ratio is not None else translate("ImageDetailsDialog", "Free"), ratio
            )
        self.aspect.currentIndexChanged.connect(lambda index: editor.set_aspect(ASPECTS[index][1]))
        aspect_label = QLabel(translate("ImageDetailsDialog", "As&pect:"), box)
        aspect_label.setBuddy(self.aspect)
        self.focal_point = button(
            translate("ImageDetailsDialog", "Set &Focal Point"),
            translate("ImageDetailsDialog", "Set Focal Point"),
        )
        self.focal_point.setCheckable(True)
        self.focal_point.toggled.connect(editor.set_focal_mode)
        self.reset = button(
            translate("ImageDetailsDialog", "R&eset"),
            translate("ImageDetailsDialog", "Reset image edits"),
        )
        # Free first: a fixed ratio would crop the image reset to whole.
        self.reset.clicked.connect(lambda: self.aspect and self.aspect.setCurrentIndex(0))
        self.reset.clicked.connect(editor.reset)
        row = QHBoxLayout()
        for widget in (self.rotate_left, self.rotate_right, aspect_label, self.aspect,
                       self.focal_point):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.reset)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor, 1)
        column.addLayout(row)
        return box

    @property
    def image_edited(self) -> bool:
        """Whether the crop, rotation or focal point differ from the stored ones."""
        if self.editor is None:
            return False
        media = self._media
        return self.editor.edit() != (media.rotation, media.crop, media.focus)

    def apply(self, library: Library) -> Media:
        """Write the fields, and the crop, rotation and focal point, into the library's
        row of the image (the original's bytes stay as they are)."""
        edits: dict[str, object] = {}
        if self.image_edited and self.editor is not None:
            rotation, crop, focus = self.editor.edit()
            edits = {"rotation": rotation, "crop": crop, "focus": focus}
        return library.update_media(
            self._media.id,
            alt=self.alt.text().strip(),
            caption=self.caption.text().strip(),
            credit=self.credit.text().strip(),
            **edits,  # type: ignore[arg-type]
        )
