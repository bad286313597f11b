"""Crop, rotation and focal point in the Image Details dialog, with real mouse and
keyboard events on the view; what OK stores, what Cancel does not; and the preview's
newsroom://media/<uid> serving the image as it will be published."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from test_media_scheme import make_pane, settled, show

from newsroom.core.library import Library
from newsroom.gui.editor.paste import ImageDetailsDialog
from newsroom.gui.library.image_edit import ImageEditView
from newsroom.gui.preview.preview import PreviewPane, library_media_source


def quadrants(width: int = 400, height: int = 200) -> bytes:
    image = Image.new("RGB", (width, height), (220, 20, 20))
    image.paste((20, 200, 20), (width // 2, 0, width, height // 2))
    image.paste((20, 20, 220), (0, height // 2, width // 2, height))
    image.paste((230, 230, 20), (width // 2, height // 2, width, height))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def stored(library_path: Path, media_id: int) -> tuple[object, ...]:
    with sqlite3.connect(f"file:{library_path}?mode=ro", uri=True) as conn:
        return tuple(
            conn.execute(
                "SELECT rotation, crop_left, crop_top, crop_right, crop_bottom, focus_x, "
                "focus_y, data FROM media WHERE id = ?",
                [media_id],
            ).fetchone()
        )


@pytest.fixture
def dialog(qtbot, library: Library) -> ImageDetailsDialog:
    media = library.add_media("quads.png", "image/png", quadrants())
    made = ImageDetailsDialog(media)
    qtbot.addWidget(made)
    made.resize(700, 600)
    made.show()
    made.activateWindow()
    qtbot.waitActive(made)  # shortcuts work in the active window
    return made


def view_of(dialog: ImageDetailsDialog) -> ImageEditView:
    assert dialog.editor is not None
    return dialog.editor


def at(view: ImageEditView, x: float, y: float) -> QPoint:
    return view.to_view(x, y).toPoint()


def drag(view: ImageEditView, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 5
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        QTest.mouseMove(view, point)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_every_control_is_named(dialog: ImageDetailsDialog) -> None:
    controls: list[QWidget | None] = [
        dialog.editor, dialog.rotate_left, dialog.rotate_right, dialog.aspect,
        dialog.focal_point, dialog.reset,
    ]  # fmt: skip
    assert all(c is not None and c.accessibleName() for c in controls)
    assert dialog.aspect is not None
    assert [dialog.aspect.itemText(i) for i in range(dialog.aspect.count())] == [
        "Free", "16:9", "3:2", "4:3", "1:1",
    ]  # fmt: skip


def test_rotate_drag_a_crop_set_a_focal_point_and_ok_stores_them(
    qtbot, dialog: ImageDetailsDialog, library: Library, library_path: Path
) -> None:
    view = view_of(dialog)
    media_id = dialog._media.id
    QTest.keyClick(dialog.caption, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.rotation == 90)  # a shortcut clicks the button, animated
    assert view.rotated_size == (200, 400)
    # Draw a crop over the top right quarter of the turned image.
    drag(view, at(view, 0.5, 0.02), at(view, 0.98, 0.5))
    assert view.crop is not None
    left, top, right, bottom = view.crop
    assert left == pytest.approx(0.5, abs=0.02) and right == pytest.approx(0.98, abs=0.02)
    assert top == pytest.approx(0.02, abs=0.02) and bottom == pytest.approx(0.5, abs=0.02)
    # Move it by dragging its inside down by a tenth.
    drag(view, at(view, 0.75, 0.25), at(view, 0.75, 0.35))
    assert view.crop[1] == pytest.approx(top + 0.1, abs=0.02)
    # Resize it by its bottom right corner.
    corner = view.crop_rect().bottomRight().toPoint()
    drag(view, corner, at(view, 1.0, 0.7))
    assert view.crop[2] == pytest.approx(1.0, abs=0.01)
    assert view.crop[3] == pytest.approx(0.7, abs=0.02)
    # The arrow keys nudge it.
    view.setFocus()
    before = view.crop
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.crop[0] == pytest.approx(before[0] - 0.01)
    # The focal point, by a click.
    assert dialog.focal_point is not None
    dialog.focal_point.click()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(view, 0.8, 0.4))  # fmt: skip
    assert view.focus == pytest.approx((0.8, 0.4), abs=0.02)
    # Nothing is stored before OK.
    assert stored(library_path, media_id)[:7] == (0, None, None, None, None, None, None)
    rotation, crop, focus = view.edit()
    dialog.accept()
    media = dialog.apply(library)
    assert (media.rotation, media.crop, media.focus) == (rotation, crop, focus)
    row = stored(library_path, media_id)
    assert row[0] == 90
    assert row[1:5] == pytest.approx(crop)
    assert row[5:7] == pytest.approx(focus)
    assert row[7] == quadrants()  # the original as it was


def test_cancel_stores_nothing(
    qtbot, dialog: ImageDetailsDialog, library: Library, library_path: Path
) -> None:
    view = view_of(dialog)
    media_id = dialog._media.id
    QTest.keyClick(dialog.caption, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.rotation == 270)
    drag(view, at(view, 0.1, 0.1), at(view, 0.6, 0.6))
    assert view.crop is not None
    dialog.reject()
    assert stored(library_path, media_id)[:7] == (0, None, None, None, None, None, None)
    assert library.media_by_id(media_id).crop is None


def test_an_aspect_ratio_holds_while_dragging_and_reset_clears_all(
    dialog: ImageDetailsDialog,
) -> None:
    view = view_of(dialog)
    assert dialog.aspect is not None and dialog.reset is not None
    dialog.aspect.setCurrentText("1:1")
    assert view.crop is not None
    width, height = view.rotated_size
    left, top, right, bottom = view.crop
    assert (right - left) * width == pytest.approx((bottom - top) * height)
    assert (bottom - top) == pytest.approx(1.0)  # the largest square of 400 × 200
    drag(view, at(view, 0.05, 0.05), at(view, 0.4, 0.9))
    left, top, right, bottom = view.crop
    assert (right - left) * width == pytest.approx((bottom - top) * height)
    dialog.reset.click()
    assert view.edit() == (0, None, None)
    assert dialog.aspect.currentText() == "Free"


def test_a_crop_smaller_than_the_least_is_not_drawn(dialog: ImageDetailsDialog) -> None:
    view = view_of(dialog)
    drag(view, at(view, 0.5, 0.5), at(view, 0.51, 0.51))  # 4 × 2 pixels of the image
    assert view.crop is None


def test_the_preview_serves_the_cropped_image(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    media = library.add_media("quads.png", "image/png", quadrants(400, 200))
    source = library_media_source(library)
    data, mime = source(media.uid) or (b"", "")
    assert (mime, data) == ("image/png", quadrants(400, 200))  # unedited: the original
    library.update_media(media.id, rotation=90, crop=(0.0, 0.0, 1.0, 0.5))
    data, mime = source(media.uid) or (b"", "")
    assert mime == "image/png"
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (200, 200)
        assert image.convert("RGB").getpixel((5, 5)) == (20, 20, 220)  # blue, turned
    pane = make_pane(qtbot, source)
    panes.append(pane)
    show(qtbot, pane, f"<!DOCTYPE html><img src='newsroom://media/{media.uid}'>")
    assert [i["width"] for i in settled(qtbot, pane)] == [200]


def test_the_thumbnail_is_decoded_small(qtbot, library: Library) -> None:
    image = Image.new("RGB", (4000, 3000), (10, 120, 200))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    media = library.add_media("big.jpg", "image/jpeg", out.getvalue())
    dialog = ImageDetailsDialog(media)
    qtbot.addWidget(dialog)
    view = view_of(dialog)
    assert view.rotated_size == (4000, 3000)
    assert max(view._upright.width(), view._upright.height()) <= 1024
    assert view._upright.width() / view._upright.height() == pytest.approx(4 / 3, rel=0.01)
