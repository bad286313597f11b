"""The image dialog's crop, rotation and focal point: a view of the image the writer
turns, crops with the mouse or the arrow keys, and clicks to set the point the theme must
keep in view.

Nothing here touches the library: the view holds the edit (rotation, crop and focal
point as fractions of the upright, rotated image, as
:meth:`~newsroom.core.library.Library.update_media` takes them) until the dialog is
accepted. The picture shown is a thumbnail decoded once, at a reduced size
(``QImageReader.setScaledSize``: libjpeg's scaled decoding for a JPEG), never the
full-size photo.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.renditions import MIN_CROP_PIXELS, Crop

#: The longer side of the thumbnail the view shows.
THUMBNAIL_EDGE = 1024
#: The aspect ratios offered for the crop (None: free). Their names are translated when
#: shown: ``translate("ImageEditView", name)``.
ASPECTS: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("ImageEditView", "Free"), None),
    ("16:9", 16 / 9),
    ("3:2", 3 / 2),
    ("4:3", 4 / 3),
    ("1:1", 1.0),
)
_HANDLE = 10.0  # how near a corner (in pixels of the view) grabs it
_MARGIN = 12.0


def thumbnail(data: bytes, edge: int = THUMBNAIL_EDGE) -> QImage:
    """The image upright (its EXIF orientation applied), at most ``edge`` pixels on its
    longer side, decoded at that size in the first place; a null image if unreadable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > edge:
        scale = edge / max(size.width(), size.height())
        reader.setScaledSize(
            QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        )
    image = reader.read()
    buffer.close()
    return image


def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return min(high, max(low, value))


def turn_crop(crop: Crop | None, clockwise: bool) -> Crop | None:
    """The same part of the image once it is turned a quarter."""
    if crop is None:
        return None
    left, top, right, bottom = crop
    if clockwise:
        return (1 - bottom, left, 1 - top, right)
    return (top, 1 - right, bottom, 1 - left)


def turn_point(point: tuple[float, float] | None, clockwise: bool) -> tuple[float, float] | None:
    if point is None:
        return None
    x, y = point
    return (1 - y, x) if clockwise else (y, 1 - x)


class ImageEditView(QWidget):
    """Shows the image as it will be published: turned, with its crop (the rest dimmed)
    and its focal point. Drag inside the crop to move it, drag a corner to resize it,
    drag elsewhere to draw a new one; arrow keys move it (Shift: further). In focal
    point mode, a click (or the arrow keys) puts the marker."""

    #: The rotation, crop or focal point changed.
    changed = Signal()

    def __init__(
        self,
        data: bytes,
        size: tuple[int, int],
        *,
        rotation: int = 0,
        crop: Crop | None = None,
        focus: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ImageEditView", "Image crop and focal point"))
        self.setAccessibleDescription(
            translate(
                "ImageEditView",
                "Drag to crop, drag a corner to resize, arrow keys move the crop; in focal "
                "point mode a click or the arrow keys place the focal point.",
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._upright = thumbnail(data)
        #: The original's upright size in pixels (before the writer's rotation).
        self._size = size
        self.rotation = rotation
        self.crop: Crop | None = crop
        self.focus: tuple[float, float] | None = focus
        self.aspect: float | None = None
        self.focal_mode = False
        self._shown = self._turned()
        self._drag: str | None = None  # "move", "new", or a corner: "tl", "tr", "bl", "br"
        self._anchor = QPointF()
        self._start_crop: Crop | None = None
        self._press = QPointF()

    # -- the state -------------------------------------------------------------------
    @property
    def rotated_size(self) -> tuple[int, int]:
        """The original's size in pixels once turned as the view says."""
        width, height = self._size
        return (width, height) if self.rotation in (0, 180) else (height, width)

    def edit(self) -> tuple[int, Crop | None, tuple[float, float] | None]:
        """(rotation, crop, focal point), as the library stores them."""
        crop = self.crop
        if crop is not None and crop == (0.0, 0.0, 1.0, 1.0):
            crop = None
        return self.rotation, crop, self.focus

    def rotate(self, clockwise: bool) -> None:
        """A quarter turn, the crop and focal point turning with the picture."""
        self.rotation = (self.rotation + (90 if clockwise else 270)) % 360
        self.crop = turn_crop(self.crop, clockwise)
        self.focus = turn_point(self.focus, clockwise)
        self._shown = self._turned()
        if self.aspect is not None:
            self.set_aspect(self.aspect)
        self._changed()

    def rotate_left(self) -> None:
        self.rotate(False)

    def rotate_right(self) -> None:
        self.rotate(True)

    def reset(self) -> None:
        """The image as it came: unturned, uncropped, no focal point."""
        self.rotation, self.crop, self.focus = 0, None, None
        self._shown = self._turned()
        if self.aspect is not None:
            self.set_aspect(self.aspect)
        self._changed()

    def set_aspect(self, ratio: float | None) -> None:
        """Crop to ``ratio`` (width / height in pixels): the largest such part of the
        current crop, centred in it. None lets the crop take any shape."""
        self.aspect = ratio
        if ratio is None:
            return
        width, height = self.rotated_size
        left, top, right, bottom = self.crop or (0.0, 0.0, 1.0, 1.0)
        fw, fh = right - left, bottom - top
        wanted_fh = fw * width / (height * ratio)
        if wanted_fh > fh:
            fw = fh * height * ratio / width
        else:
            fh = wanted_fh
        cx, cy = (left + right) / 2, (top + bottom) / 2
        self.crop = (cx - fw / 2, cy - fh / 2, cx + fw / 2, cy + fh / 2)
        self._changed()

    def set_focal_mode(self, on: bool) -> None:
        self.focal_mode = on
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _turned(self) -> QImage:
        if self._upright.isNull() or self.rotation == 0:
            return self._upright
        return self._upright.transformed(QTransform().rotate(self.rotation))

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    def _minimum(self) -> tuple[float, float]:
        width, height = self.rotated_size
        return MIN_CROP_PIXELS / width, MIN_CROP_PIXELS / height

    # -- geometry --------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        """Where the picture is drawn in the view."""
        width, height = self.rotated_size
        room_w = max(1.0, self.width() - 2 * _MARGIN)
        room_h = max(1.0, self.height() - 2 * _MARGIN)
        scale = min(room_w / width, room_h / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_view(self, x: float, y: float) -> QPointF:
        """The view's point of a point of the image (fractions)."""
        rect = self.image_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def _fraction(self, point: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        return (
            _clamp((point.x() - rect.left()) / rect.width()),
            _clamp((point.y() - rect.top()) / rect.height()),
        )

    def crop_rect(self) -> QRectF:
        left, top, right, bottom = self.crop or (0.0, 0.0, 1.0, 1.0)
        return QRectF(self.to_view(left, top), self.to_view(right, bottom))

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().window())
        target = self.image_rect()
        if self._shown.isNull():
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("ImageEditView", "No preview")
            )
            painter.end()
            return
        painter.drawImage(target, self._shown)
        crop = self.crop_rect()
        shade = QColor(0, 0, 0, 140)
        painter.fillRect(QRectF(target.left(), target.top(), target.width(),
                                crop.top() - target.top()), shade)  # fmt: skip
        painter.fillRect(QRectF(target.left(), crop.bottom(), target.width(),
                                target.bottom() - crop.bottom()), shade)  # fmt: skip
        painter.fillRect(QRectF(target.left(), crop.top(), crop.left() - target.left(),
                                crop.height()), shade)  # fmt: skip
        painter.fillRect(QRectF(crop.right(), crop.top(), target.right() - crop.right(),
                                crop.height()), shade)  # fmt: skip
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.drawRect(crop)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor("black"), 1))
        for corner in (crop.topLeft(), crop.topRight(), crop.bottomLeft(), crop.bottomRight()):
            painter.drawRect(QRectF(corner.x() - 4, corner.y() - 4, 8, 8))
        if self.focus is not None:
            centre = self.to_view(*self.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for colour, width in ((QColor("black"), 4.0), (QColor("#ffd400"), 2.0)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(centre, 9, 9)
                painter.drawLine(QPointF(centre.x() - 14, centre.y()),
                                 QPointF(centre.x() + 14, centre.y()))  # fmt: skip
                painter.drawLine(QPointF(centre.x(), centre.y() - 14),
                                 QPointF(centre.x(), centre.y() + 14))  # fmt: skip
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    # -- the mouse -------------------------------------------------------------------
    def _corner_at(self, point: QPointF) -> str | None:
        crop = self.crop_rect()
        corners = {
            "tl": crop.topLeft(), "tr": crop.topRight(),
            "bl": crop.bottomLeft(), "br": crop.bottomRight(),
        }  # fmt: skip
        for name, corner in corners.items():
            if abs(corner.x() - point.x()) <= _HANDLE and abs(corner.y() - point.y()) <= _HANDLE:
                return name
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._shown.isNull():
            super().mousePressEvent(event)
            return
        point = event.position()
        if self.focal_mode:
            self.focus = self._fraction(point)
            self._changed()
            return
        self._press = point
        self._start_crop = self.crop or (0.0, 0.0, 1.0, 1.0)
        left, top, right, bottom = self._start_crop
        corner = self._corner_at(point)
        if corner is not None:
            self._drag = corner
            # The opposite corner stays where it is.
            self._anchor = QPointF(
                right if "l" in corner else left, bottom if "t" in corner else top
            )
        elif self.crop is not None and self.crop_rect().contains(point):
            self._drag = "move"
        else:
            self._drag = "new"
            self._anchor = QPointF(*self._fraction(point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None or self._start_crop is None:
            corner = self._corner_at(event.position()) if not self.focal_mode else None
            if corner in ("tl", "br"):
                self.setCursor(Qt.CursorShape.SizeFDiagCursor)
            elif corner in ("tr", "bl"):
                self.setCursor(Qt.CursorShape.SizeBDiagCursor)
            elif not self.focal_mode:
                self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        if self._drag == "move":
            rect = self.image_rect()
            dx = (event.position().x() - self._press.x()) / rect.width()
            dy = (event.position().y() - self._press.y()) / rect.height()
            self._move_to(self._start_crop, dx, dy)
        else:
            self._resize_to(*self._fraction(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self._start_crop = None
        super().mouseReleaseEvent(event)

    def _move_to(self, crop: Crop, dx: float, dy: float) -> None:
        left, top, right, bottom = crop
        dx = _clamp(dx, -left, 1 - right)
        dy = _clamp(dy, -top, 1 - bottom)
        self.crop = (left + dx, top + dy, right + dx, bottom + dy)
        self._changed()

    def _resize_to(self, x: float, y: float) -> None:
        """The crop from the anchor to (x, y), kept to the aspect ratio and inside the
        image; one smaller than the least a crop may keep is not taken."""
        ax, ay = self._anchor.x(), self._anchor.y()
        fw, fh = abs(x - ax), abs(y - ay)
        room_w = ax if x < ax else 1 - ax
        room_h = ay if y < ay else 1 - ay
        if self.aspect is not None:
            width, height = self.rotated_size
            per = width / (height * self.aspect)  # fh per fw
            fw = min(max(fw, fh / per), room_w, room_h / per)
            fh = fw * per
        least_w, least_h = self._minimum()
        if fw < least_w or fh < least_h:
            return
        left = ax - fw if x < ax else ax
        top = ay - fh if y < ay else ay
        self.crop = (left, top, left + fw, top + fh)
        self._changed()

    # -- the keyboard ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
        }  # fmt: skip
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        size = 0.1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.01
        dx, dy = step[0] * size, step[1] * size
        if self.focal_mode:
            x, y = self.focus or (0.5, 0.5)
            self.focus = (_clamp(x + dx), _clamp(y + dy))
            self._changed()
        elif self.crop is not None:
            self._move_to(self.crop, dx, dy)
        event.accept()
