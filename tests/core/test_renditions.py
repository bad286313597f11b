"""Web renditions: what a site receives of a library image. Real photos made with Pillow
(EXIF with a GPS position, a serial number and a copyright, as a phone writes them), a
real library file for the cache."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from import_files import photo
from old_library import library_format
from PIL import Image, ImageChops, ImageStat, PngImagePlugin

from newsroom.core import schema
from newsroom.core.errors import NewsroomError
from newsroom.core.library import Library, open_library
from newsroom.core.renditions import (
    RenditionError,
    RenditionSpec,
    SpecError,
    cached,
    check_spec,
    has_location,
    make_rendition,
    rendition,
)

GPS, EXIF_IFD = 0x8825, 0x8769
SERIALS = (0xA431, 0xA435, 0xC62F)  # body, lens, camera
OWNER, MAKER_NOTE = 0xA430, 0x927C
ARTIST, COPYRIGHT, DESCRIPTION, MAKE, ORIENTATION = 0x013B, 0x8298, 0x010E, 0x010F, 0x0112


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def phone_photo(width: int, height: int, **exif_tags: object) -> bytes:
    """A JPEG with everything a phone leaves in one: GPS, serial numbers, the owner, maker
    notes, a thumbnail-sized second picture's worth of tags, a comment and an XMP packet
    that names the place."""
    image = Image.merge("RGB", [Image.effect_noise((width, height), 40)] * 3)
    exif = Image.Exif()
    exif[MAKE] = "Newsroom Test Camera"
    exif[COPYRIGHT] = "(c) Agence Test"
    exif[ARTIST] = "Jo Lens"
    exif[DESCRIPTION] = "Boats in the harbour"
    for tag, value in exif_tags.items():
        exif[int(tag.removeprefix("tag_"), 16)] = value
    exif.get_ifd(GPS).update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)})
    inner = exif.get_ifd(EXIF_IFD)
    inner.update(
        {
            0xA431: "SN-BODY-1",
            0xA435: "SN-LENS-2",
            OWNER: "Jo Lens's phone",
            MAKER_NOTE: b"MAKERNOTE-SECRET",
        }
    )
    exif[0xC62F] = "SN-CAMERA-3"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        b'exif:GPSLatitude="48,51.4N" exif:GPSLongitude="2,21.05E" '
        b'photoshop:Credit="Agence Test / XMP"/></rdf:RDF></x:xmpmeta>'
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif, xmp=xmp, comment=b"taken at home")
    return out.getvalue()


def assert_clean(data: bytes) -> None:
    """No location, no camera, no serial number, no owner, no maker notes, no comment."""
    image = opened(data)
    exif = image.getexif()
    assert not exif.get_ifd(GPS), "the GPS block"
    assert GPS not in exif
    inner = exif.get_ifd(EXIF_IFD)
    for tag in (*SERIALS, OWNER, MAKER_NOTE):
        assert tag not in inner and tag not in exif, hex(tag)
    assert MAKE not in exif
    assert "comment" not in image.info
    for secret in (b"SN-", b"MAKERNOTE", b"Test Camera", b"taken at home", b"GPS", b"phone"):
        assert secret not in data, secret
    assert not has_location(data)


# -- what a rendition keeps and drops -----------------------------------------------------
def test_a_phone_photo_loses_its_location_and_camera_and_keeps_its_credit() -> None:
    original = phone_photo(3000, 2000)
    assert has_location(original)
    made = make_rendition(original, RenditionSpec(1200, 80), filename="IMG_1.jpg", credit="AP")
    assert_clean(made.data)
    image = opened(made.data)
    assert image.format == "JPEG" and made.mime_type == "image/jpeg"
    assert image.info.get("progressive") == 1
    assert (made.width, made.height) == image.size == (1200, 800)
    exif = image.getexif()
    assert exif[COPYRIGHT] == "(c) Agence Test"
    assert exif[ARTIST] == "Jo Lens"
    assert exif[DESCRIPTION] == "Boats in the harbour"
    xmp = image.info["xmp"].decode("utf-8")
    assert "<photoshop:Credit>AP</photoshop:Credit>" in xmp  # the library's credit first
    assert "(c) Agence Test" in xmp and "dc:rights" in xmp
    assert "GPSLatitude" not in xmp
    assert made.filename("IMG_1.jpg") == "IMG_1.jpg"


def test_without_a_library_credit_the_originals_is_kept() -> None:
    made = make_rendition(phone_photo(400, 300), filename="a.jpg")
    xmp = opened(made.data).info["xmp"].decode("utf-8")
    assert "<photoshop:Credit>Agence Test / XMP</photoshop:Credit>" in xmp


def test_the_test_suites_gps_photo_is_cleaned_too() -> None:
    original = photo(1000, 800, gps=True)
    assert has_location(original) and b"SN-12345678" in original
    made = make_rendition(original, RenditionSpec(500))
    assert_clean(made.data)
    assert opened(made.data).getexif()[COPYRIGHT].endswith("Agence Test")


@pytest.mark.parametrize(
    ("size", "long_edge", "expected"),
    [
        ((6000, 4000), 2048, (2048, 1365)),
        ((4000, 6000), 2048, (1365, 2048)),
        ((3001, 997), 800, (800, 266)),
        ((320, 200), 2048, (320, 200)),  # never scaled up
        ((2048, 100), 2048, (2048, 100)),
    ],
)
def test_scaled_down_to_the_long_edge_keeping_the_shape(
    size: tuple[int, int], long_edge: int, expected: tuple[int, int]
) -> None:
    made = make_rendition(photo(*size, detailed=True), RenditionSpec(long_edge))
    assert (made.width, made.height) == opened(made.data).size == expected
    assert max(expected) <= long_edge
    assert abs(expected[0] / expected[1] - size[0] / size[1]) < 0.01


def test_turned_upright_as_its_exif_orientation_says() -> None:
    # Stored landscape, left half red and right half blue; orientation 6 means "turn
    # 90° clockwise to show": shown portrait, red on top.
    stored = Image.new("RGB", (600, 400), (220, 0, 0))
    stored.paste((0, 0, 220), (300, 0, 600, 400))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, exif=exif)
    made = make_rendition(out.getvalue(), RenditionSpec(300))
    image = opened(made.data).convert("RGB")
    assert image.size == (200, 300)
    red, _, blue = image.getpixel((100, 20))  # type: ignore[misc]
    assert red > 150 and blue < 80
    red, _, blue = image.getpixel((100, 280))  # type: ignore[misc]
    assert blue > 150 and red < 80
    assert ORIENTATION not in opened(made.data).getexif()


def test_a_jpeg_decoded_at_a_reduced_size_is_as_good_as_one_decoded_whole() -> None:
    gradient = Image.linear_gradient("L").resize((4000, 3000))
    picture = Image.merge("RGB", [gradient, gradient.transpose(Image.Transpose.ROTATE_180),
                                  gradient])  # fmt: skip
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    fast = opened(make_rendition(out.getvalue(), RenditionSpec(1000, 95)).data)
    whole = opened(out.getvalue()).resize((1000, 750), Image.Resampling.LANCZOS)
    difference = ImageStat.Stat(ImageChops.difference(fast.convert("RGB"), whole)).mean
    assert max(difference) < 2.0, difference


def test_webp_when_the_target_asks_for_it() -> None:
    made = make_rendition(phone_photo(900, 600), RenditionSpec(600, 80, "webp"), credit="AP")
    image = opened(made.data)
    assert image.format == "WEBP" and made.mime_type == "image/webp"
    assert image.size == (600, 400)
    assert_clean(made.data)
    assert opened(made.data).getexif()[COPYRIGHT] == "(c) Agence Test"
    assert b"<photoshop:Credit>AP</photoshop:Credit>" in made.data
    assert made.filename("IMG_1.jpg") == "IMG_1.webp"


def test_original_format_keeps_a_jpeg_a_jpeg_and_a_webp_a_webp() -> None:
    spec = RenditionSpec(format="original")
    assert opened(make_rendition(phone_photo(300, 200), spec).data).format == "JPEG"
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(out, "WEBP")
    assert opened(make_rendition(out.getvalue(), spec).data).format == "WEBP"
    # A format browsers do not show becomes JPEG.
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(out, "TIFF")
    made = make_rendition(out.getvalue(), spec, filename="scan.tif")
    assert made.mime_type == "image/jpeg" and made.filename("scan.tif") == "scan.jpg"


def test_png_keeps_its_format_and_transparency_and_drops_its_text() -> None:
    image = Image.new("RGBA", (1000, 500), (0, 90, 200, 255))
    image.paste((0, 0, 0, 0), (0, 0, 500, 500))
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "Shot at 48.85N 2.35E")
    text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPSLatitude 48.85</x:xmpmeta>")
    exif = Image.Exif()
    exif.get_ifd(GPS).update({1: "N", 2: (48.0, 51.0, 24.0)})
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=text, exif=exif)
    assert has_location(out.getvalue())
    made = make_rendition(out.getvalue(), RenditionSpec(400, format="webp"))
    result = opened(made.data)
    assert result.format == "PNG" and made.mime_type == "image/png"
    assert result.size == (400, 200) and result.mode == "RGBA"
    assert result.getpixel((50, 100))[3] == 0 and result.getpixel((350, 100))[3] == 255  # type: ignore[index]
    assert not getattr(result, "text", {}) and not result.getexif()
    assert b"48.85" not in made.data and not has_location(made.data)
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf"):
        assert chunk not in made.data, chunk


def test_gif_keeps_its_format_and_frames_and_drops_its_comment() -> None:
    frames = [Image.new("RGB", (800, 400), c) for c in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(
        out, "GIF", save_all=True, append_images=frames[1:], duration=120, loop=0,
        comment=b"made in the newsroom kitchen",
    )  # fmt: skip
    made = make_rendition(out.getvalue(), RenditionSpec(200))
    result = Image.open(io.BytesIO(made.data))
    assert result.format == "GIF" and getattr(result, "n_frames", 1) == 3
    assert result.size == (200, 100)
    assert b"kitchen" not in made.data and "comment" not in result.info


def test_an_svg_goes_as_it_is() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    made = make_rendition(svg, RenditionSpec(5), mime_type="image/svg+xml")
    assert made.data == svg and made.mime_type == "image/svg+xml"
    assert made.filename("logo.svg") == "logo.svg"
    assert not has_location(svg)


@pytest.mark.parametrize(
    "data",
    [
        b"not an image at all",
        photo(200, 100)[:600],  # cut off in the middle of its pixels
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    ],
    ids=["text", "truncated jpeg", "broken png"],
)
def test_a_broken_image_is_named_in_a_clear_message(data: bytes) -> None:
    with pytest.raises(RenditionError) as caught:
        make_rendition(data, filename="harbour-dawn.jpg")
    assert isinstance(caught.value, NewsroomError)
    message = str(caught.value)
    assert "“harbour-dawn.jpg”" in message and "site" in message
    assert "Traceback" not in message and not has_location(data)


# -- the spec -------------------------------------------------------------------------------
def test_the_spec_comes_from_a_targets_settings() -> None:
    assert RenditionSpec.from_settings({}) == RenditionSpec(2048, 85, "jpeg")
    spec = RenditionSpec.from_settings(
        {"image_long_edge": 800, "image_quality": "70", "image_format": "webp", "x": 1}
    )
    assert spec == RenditionSpec(800, 70, "webp")
    assert RenditionSpec.from_settings(spec.settings()) == spec
    # A value no one could have meant is the default's, the others stay.
    broken = {"image_long_edge": "huge", "image_quality": 0, "image_format": "webp"}
    assert RenditionSpec.from_settings(broken) == RenditionSpec(2048, 85, "webp")


def test_a_spec_that_cannot_be_is_refused_with_the_reason() -> None:
    assert check_spec("1200px", "90", "JPG") == RenditionSpec(1200, 90, "jpeg")
    with pytest.raises(SpecError, match="from 64 to 16383"):
        check_spec(10, 85, "jpeg")
    with pytest.raises(SpecError, match="1 to 100"):
        check_spec(2048, 101, "jpeg")
    with pytest.raises(SpecError, match="jpeg, webp or original"):
        check_spec(2048, 85, "heic")
    with pytest.raises(SpecError, match="whole number"):
        check_spec("big", 85, "jpeg")


# -- the cache in the library -------------------------------------------------------------
def rows(library: Library, media_id: int) -> list[tuple[int, str, str, str]]:
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in library.conn.execute(
            "SELECT id, spec, source_sha256, created_at FROM media_renditions "
            "WHERE media_id = ? ORDER BY id",
            [media_id],
        )
    ]


def test_a_rendition_is_made_once_and_then_read_from_the_library(library: Library) -> None:
    media = library.add_media("IMG_2.jpg", "image/jpeg", phone_photo(1600, 1200), credit="AP")
    spec = RenditionSpec(800)
    assert cached(library, media.id, spec) is None
    first = rendition(library, media.id, spec)
    assert_clean(first.data)
    assert (first.width, first.height) == (800, 600)
    stored = rows(library, media.id)
    assert len(stored) == 1
    again = rendition(library, media.id, spec)
    assert again == first  # the same bytes, hash and size...
    assert rows(library, media.id) == stored  # ...from the same row, not encoded again
    # Another connection (the outbox's) finds it too.
    other = library.sibling(read_only=True)
    try:
        assert cached(other, media.id, spec) == first
    finally:
        other.close()


def test_a_new_spec_a_new_original_or_a_new_credit_makes_a_new_rendition(
    library: Library,
) -> None:
    media = library.add_media("IMG_3.jpg", "image/jpeg", phone_photo(1600, 1200), credit="AP")
    small = rendition(library, media.id, RenditionSpec(800))
    bigger = rendition(library, media.id, RenditionSpec(1200))
    assert (bigger.width, small.width) == (1200, 800) and bigger.sha256 != small.sha256
    webp = rendition(library, media.id, RenditionSpec(800, format="webp"))
    assert webp.mime_type == "image/webp"
    assert [r[1] for r in rows(library, media.id)] == ["jpeg:800:q85", "jpeg:1200:q85",
                                                       "webp:800:q85"]  # fmt: skip

    # The image is replaced (new bytes): the renditions of the old one go.
    replacement = photo(1000, 1000, gps=True, detailed=True)
    import hashlib

    with library.transaction():
        library.conn.execute(
            "UPDATE media SET data = ?, sha256 = ? WHERE id = ?",
            [replacement, hashlib.sha256(replacement).hexdigest(), media.id],
        )
    assert cached(library, media.id, RenditionSpec(800)) is None
    new = rendition(library, media.id, RenditionSpec(800))
    assert (new.width, new.height) == (800, 800) and new.sha256 != small.sha256
    assert_clean(new.data)
    assert [r[1] for r in rows(library, media.id)] == ["jpeg:800:q85"]

    # A new credit: the copy that carries it is made again.
    library.update_media(media.id, credit="Reuters")
    credited = rendition(library, media.id, RenditionSpec(800))
    assert b"<photoshop:Credit>Reuters</photoshop:Credit>" in credited.data
    assert len(rows(library, media.id)) == 1


def test_deleting_an_image_deletes_its_renditions(library: Library) -> None:
    media = library.add_media("IMG_4.jpg", "image/jpeg", photo(900, 600, gps=True))
    rendition(library, media.id, RenditionSpec(300))
    rendition(library, media.id, RenditionSpec(600))
    assert len(rows(library, media.id)) == 2
    with library.transaction():
        library.conn.execute("DELETE FROM media WHERE id = ?", [media.id])
    count = library.conn.execute("SELECT count(*) FROM media_renditions").fetchone()[0]
    assert count == 0


def test_a_read_only_library_makes_renditions_without_keeping_them(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as library:
        media_id = library.add_media("a.jpg", "image/jpeg", photo(900, 600, gps=True)).id
    with open_library(path, read_only=True) as library:
        made = rendition(library, media_id, RenditionSpec(300))
        assert made.width == 300
        assert library.conn.execute("SELECT count(*) FROM media_renditions").fetchone()[0] == 0


def test_an_svg_is_not_copied_into_the_cache(library: Library) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
    media = library.add_media("logo.svg", "image/svg+xml", svg)
    assert rendition(library, media.id, RenditionSpec()).data == svg
    assert rows(library, media.id) == []


def test_a_broken_image_in_the_library_is_named(library: Library) -> None:
    media = library.add_media("harbour.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 not really")
    with pytest.raises(RenditionError, match="“harbour.jpg”"):
        rendition(library, media.id, RenditionSpec())
    assert rows(library, media.id) == []


def test_a_library_of_format_4_gains_the_cache_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    with library_format(4, monkeypatch), open_library(path) as old:
        assert old.schema_version == 4
        media_id = old.add_media("a.jpg", "image/jpeg", photo(400, 300, gps=True)).id
        with pytest.raises(sqlite3.OperationalError, match="media_renditions"):
            old.conn.execute("SELECT * FROM media_renditions")
    with open_library(path) as library:
        assert library.schema_version == schema.SCHEMA_VERSION >= 5
        versions = [r[0] for r in library.conn.execute("SELECT version FROM migrations")]
        assert versions == list(range(1, schema.SCHEMA_VERSION + 1))
        assert rendition(library, media_id, RenditionSpec(200)).width == 200
        assert len(rows(library, media_id)) == 1


def test_the_rendition_table_is_the_one_the_migration_made(library: Library) -> None:
    sql = library.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'media_renditions'"
    ).fetchone()[0]
    assert re.search(r"REFERENCES media\(id\) ON DELETE CASCADE", sql)
    assert "UNIQUE (media_id, source_sha256, spec, credit)" in sql


def test_copies_for_settings_no_target_has_are_dropped(library: Library) -> None:
    """A library travels: changing a target's image size, or removing the target,
    drops the web copies made for the old settings; those another target, the exports
    or the preview still use stay."""
    from newsroom.core.publish.targets import (
        add_target,
        list_targets,
        remove_target,
        update_target,
    )
    from newsroom.core.renditions import EXPORT_SPEC, PREVIEW_SPEC

    for seeded in list_targets(library):  # the library's own site: its copies would stay
        remove_target(library, seeded.id)
    media_id = library.add_media("coast.jpg", "image/jpeg", phone_photo(900, 600)).id
    site = add_target(library, "Site", "static", str(library.path.parent / "site"))
    wire = add_target(
        library, "Wire", "ninjs", "http://127.0.0.1:9/", settings={"image_long_edge": 640}
    )
    small, wire_spec = RenditionSpec(long_edge=320), RenditionSpec(long_edge=640)
    for spec in (small, wire_spec, EXPORT_SPEC, PREVIEW_SPEC, RenditionSpec()):
        rendition(library, media_id, spec)

    def kept() -> set[str]:
        return {r[0] for r in library.conn.execute("SELECT spec FROM media_renditions")}

    assert len(kept()) == 5
    update_target(library, site.id, name="Site", url=site.url, username=None,
                  settings={"image_long_edge": 320})  # fmt: skip
    assert kept() == {small.key, wire_spec.key, EXPORT_SPEC.key, PREVIEW_SPEC.key}
    remove_target(library, wire.id)
    assert kept() == {small.key, EXPORT_SPEC.key, PREVIEW_SPEC.key}
    assert rendition(library, media_id, small).width == 320  # still read from the cache
