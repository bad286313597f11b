"""What the window says and sets about the images a site receives: the three image
fields of Publish › Targets… and the location line of the image details."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from import_files import photo  # noqa: E402

from newsroom.core.library import Library  # noqa: E402
from newsroom.core.publish.secrets import Secrets  # noqa: E402
from newsroom.core.publish.targets import add_target, get_target  # noqa: E402
from newsroom.core.renditions import RenditionSpec  # noqa: E402
from newsroom.gui.editor.paste import LOCATION_NOTE, ImageDetailsDialog  # noqa: E402
from newsroom.gui.publish.targets_dialog import TargetsDialog  # noqa: E402

pytestmark = pytest.mark.gui


def test_the_targets_dialog_sets_the_size_quality_and_format_of_images(
    qtbot, library: Library, secrets: Secrets, tmp_path: Path
) -> None:
    add_target(library, "Archive", "static", str(tmp_path / "archive"))
    dialog = TargetsDialog(library, secrets=secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(next(
        i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Archive")
    ))  # fmt: skip
    assert dialog.name_edit.text() == "Archive"
    # Shown for every kind, each with a name a screen reader says.
    for widget, name in (
        (dialog.image_size, "Image size, longer side in pixels"),
        (dialog.image_quality, "Image quality"),
        (dialog.image_format, "Image format"),
    ):
        assert widget.isVisibleTo(dialog) and widget.accessibleName() == name
    assert (dialog.image_size.value(), dialog.image_quality.value()) == (2048, 85)
    assert dialog.image_format.currentData() == "jpeg"

    dialog.image_size.setValue(1200)
    dialog.image_quality.setValue(72)
    dialog.image_format.setCurrentIndex(dialog.image_format.findData("webp"))
    assert dialog.save()
    stored = get_target(library, "Archive")
    assert RenditionSpec.from_settings(stored.settings) == RenditionSpec(1200, 72, "webp")

    dialog.new_target()
    assert dialog.image_size.value() == 2048  # a new target starts from the default
    dialog.list.setCurrentRow(next(
        i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Archive")
    ))  # fmt: skip
    assert (dialog.image_size.value(), dialog.image_quality.value()) == (1200, 72)
    assert dialog.image_format.currentData() == "webp"


def test_the_image_details_say_when_a_photo_records_where_it_was_taken(
    qtbot, library: Library
) -> None:
    located = library.add_media("IMG_7.jpg", "image/jpeg", photo(320, 200, gps=True))
    dialog = ImageDetailsDialog(located)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.location_note.isVisible()
    assert dialog.location_note.text() == LOCATION_NOTE
    assert "removes the location and camera serial numbers" in LOCATION_NOTE
    assert dialog.location_note.accessibleName() == "Location in the photo"

    plain = library.add_media("plain.jpg", "image/jpeg", photo(320, 200))
    other = ImageDetailsDialog(plain)
    qtbot.addWidget(other)
    other.show()
    assert not other.location_note.isVisible()
