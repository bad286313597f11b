"""Crop, rotation and focal point of a library image: kept as parameters (the original's
bytes never change), applied by the renditions in the right order, refused when they
do not fit, and the focal point carried by the page's featured image."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from old_library import library_format
from PIL import Image

from newsroom.core import schema
from newsroom.core.library import Library, open_library
from newsroom.core.render.page import render_article_html
from newsroom.core.renditions import ImageEditError, RenditionSpec, rendition

RED, GREEN, BLUE, YELLOW = (220, 20, 20), (20, 200, 20), (20, 20, 220), (230, 230, 20)


def quadrants(width: int = 400, height: int = 200, fmt: str = "PNG") -> bytes:
    """Top left red, top right green, bottom left blue, bottom right yellow."""
    image = Image.new("RGB", (width, height))
    w, h = width // 2, height // 2
    for colour, box in (
        (RED, (0, 0, w, h)),
        (GREEN, (w, 0, width, h)),
        (BLUE, (0, h, w, height)),
        (YELLOW, (w, h, width, height)),
    ):
        image.paste(colour, box)
    out = io.BytesIO()
    image.save(out, fmt, quality=95)
    return out.getvalue()


def near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 30 for a, b in zip(pixel[:3], colour, strict=True))


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def corners(image: Image.Image) -> list[tuple[int, ...]]:
    w, h = image.size
    return [image.getpixel(p) for p in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3))]  # type: ignore[misc]


def renditions(library: Library, media_id: int) -> list[tuple[str, str]]:
    return list(
        library.conn.execute(
            "SELECT spec, sha256 FROM media_renditions WHERE media_id = ? ORDER BY id",
            [media_id],
        )
    )


def test_rotation_then_crop_then_scaling(library: Library) -> None:
    original = quadrants(400, 200)
    media = library.add_media("quads.png", "image/png", original)
    # Turned clockwise, the 400 × 200 image is 200 × 400: blue top left, red top right,
    # yellow bottom left, green bottom right. Its top right quarter is the red one.
    edited = library.update_media(media.id, rotation=90, crop=(0.5, 0.0, 1.0, 0.5))
    assert edited.rotation == 90 and edited.crop == (0.5, 0.0, 1.0, 0.5)
    made = rendition(library, media.id, RenditionSpec(long_edge=64))
    image = opened(made.data)
    # The quarter is 100 × 200, scaled to 64 on its longer side.
    assert image.size == (made.width, made.height) == (32, 64)
    assert all(near(p, RED) for p in corners(image))
    # The other order (crop the unturned image's top right, then turn) would be green.
    assert bytes(library.media_by_id(media.id).data) == original


def test_a_rotated_crop_keeps_its_shape_and_its_colours(library: Library) -> None:
    media = library.add_media("quads.jpg", "image/jpeg", quadrants(400, 200, "JPEG"))
    # Turned anticlockwise (270): green top left, yellow top right, red bottom left,
    # blue bottom right, 200 × 400. The lower half is red and blue side by side.
    library.update_media(media.id, rotation=270, crop=(0.0, 0.5, 1.0, 1.0))
    made = rendition(library, media.id, RenditionSpec())
    image = opened(made.data)
    assert image.size == (200, 200)
    top_left, top_right, bottom_left, bottom_right = corners(image)
    assert near(top_left, RED) and near(bottom_left, RED)
    assert near(top_right, BLUE) and near(bottom_right, BLUE)


def test_an_edit_makes_a_new_rendition_and_the_old_one_is_not_reused(
    library: Library,
) -> None:
    media = library.add_media("quads.png", "image/png", quadrants())
    spec = RenditionSpec(long_edge=100)
    whole = rendition(library, media.id, spec)
    assert (whole.width, whole.height) == (100, 50)
    library.update_media(media.id, crop=(0.0, 0.0, 0.5, 1.0))
    cropped = rendition(library, media.id, spec)
    assert (cropped.width, cropped.height) == (100, 100)
    assert cropped.sha256 != whole.sha256
    assert [sha for _, sha in renditions(library, media.id)] == [cropped.sha256]
    assert rendition(library, media.id, spec).sha256 == cropped.sha256  # from the cache
    # Cleared, the image is whole again, made anew.
    library.update_media(media.id, crop=None)
    again = rendition(library, media.id, spec)
    assert (again.width, again.height) == (100, 50)
    assert [sha for _, sha in renditions(library, media.id)] == [again.sha256]
    # A rotation is an edit too.
    library.update_media(media.id, rotation=180)
    turned = rendition(library, media.id, spec)
    assert near(opened(turned.data).getpixel((2, 2)), YELLOW)  # type: ignore[arg-type]


def test_focal_point_alone_does_not_change_the_rendition(library: Library) -> None:
    media = library.add_media("quads.png", "image/png", quadrants())
    before = rendition(library, media.id, RenditionSpec())
    library.update_media(media.id, focus=(0.25, 0.75))
    assert library.media_by_id(media.id).focus == (0.25, 0.75)
    assert rendition(library, media.id, RenditionSpec()).sha256 == before.sha256
    library.update_media(media.id, focus=None)
    assert library.media_by_id(media.id).focus is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"crop": (0.5, 0.0, 0.4, 1.0)}, "inside the image"),
        ({"crop": (-0.1, 0.0, 0.5, 1.0)}, "inside the image"),
        ({"crop": (0.0, 0.0, 1.2, 1.0)}, "inside the image"),
        ({"crop": (0.0, 0.0, 0.03, 1.0)}, "at least 16"),  # 12 px of 400
        ({"crop": (0.0, 0.0, 1.0, 0.05), "rotation": 0}, "at least 16"),  # 10 px of 200
        ({"rotation": 45}, "0, 90, 180 or 270"),
        ({"focus": (1.5, 0.5)}, "focal point"),
    ],
)
def test_an_invalid_edit_is_refused_and_changes_nothing(
    library: Library, changes: dict[str, object], message: str
) -> None:
    media = library.add_media("quads.png", "image/png", quadrants(400, 200))
    library.update_media(media.id, rotation=90, crop=(0.1, 0.1, 0.9, 0.9), focus=(0.5, 0.5))
    before = library.media_by_id(media.id)
    with pytest.raises(ImageEditError, match=message):
        library.update_media(media.id, alt="changed too", **changes)  # type: ignore[arg-type]
    assert library.media_by_id(media.id) == before


def test_a_crop_is_checked_against_the_rotated_image(library: Library) -> None:
    media = library.add_media("quads.png", "image/png", quadrants(400, 20))
    # 10 % of 400 px is 40 px wide: fine unturned; turned, it is 10 % of 20 px.
    library.update_media(media.id, crop=(0.0, 0.0, 0.1, 1.0))
    with pytest.raises(ImageEditError, match="at least 16"):
        library.update_media(media.id, rotation=90)
    assert library.media_by_id(media.id).rotation == 0


def test_an_svg_takes_a_focal_point_but_no_crop(library: Library) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    media = library.add_media("logo.svg", "image/svg+xml", svg)
    with pytest.raises(ImageEditError, match="cannot be cropped"):
        library.update_media(media.id, crop=(0.0, 0.0, 0.5, 0.5))
    assert library.update_media(media.id, focus=(0.1, 0.2)).focus == (0.1, 0.2)


def test_a_library_of_format_5_gains_the_edits_with_its_images_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    data = quadrants()
    with library_format(5, monkeypatch), open_library(path) as old:
        assert old.schema_version == 5
        media_id = old.add_media("quads.png", "image/png", data, credit="Reuters").id
        columns = [r[1] for r in old.conn.execute("PRAGMA table_info(media)")]
        assert "rotation" not in columns
    with open_library(path) as library:
        assert library.schema_version == schema.SCHEMA_VERSION
        versions = [r[0] for r in library.conn.execute("SELECT version FROM migrations")]
        assert versions == list(range(1, schema.SCHEMA_VERSION + 1))
        media = library.media_by_id(media_id)
        assert bytes(media.data) == data and media.credit == "Reuters"
        assert (
            hashlib.sha256(data).hexdigest()
            == library.conn.execute("SELECT sha256 FROM media WHERE id = ?", [media_id]).fetchone()[
                0
            ]
        )
        assert (media.rotation, media.crop, media.focus) == (0, None, None)
        assert rendition(library, media_id, RenditionSpec(long_edge=100)).height == 50
        library.update_media(media_id, crop=(0.0, 0.0, 0.5, 0.5))
        assert rendition(library, media_id, RenditionSpec(long_edge=100)).width == 100


def test_the_featured_image_carries_its_focal_point(library: Library) -> None:
    media = library.add_media("quads.png", "image/png", quadrants(), alt="Quarters")
    article = replace(library.article(library.articles()[0].id), featured_media_id=media.id)
    html = render_article_html(library, article)
    featured = re.search(r'<figure class="featured">\s*<img [^>]*>', html)
    assert featured is not None and "object-position" not in featured.group(0)
    library.update_media(media.id, focus=(0.25, 0.8))
    html = render_article_html(library, article)
    featured = re.search(r'<figure class="featured">\s*<img [^>]*>', html)
    assert featured is not None
    assert 'style="object-position: 25% 80%"' in featured.group(0)
    # Within a crop, the point is where it falls in the published part.
    library.update_media(media.id, crop=(0.0, 0.5, 0.5, 1.0))
    html = render_article_html(library, article)
    assert 'style="object-position: 50% 60%"' in html
