"""The media list on a real library file: which articles use each image, replacing an
image everywhere, and deleting those nothing uses."""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import replace

import pytest
from import_files import photo
from PIL import Image

from newsroom.core import media_list
from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.media_list import MediaError, MediaInUseError
from newsroom.core.model import Article, Media
from newsroom.core.render.page import render_article_html


def png(width: int, height: int, colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def article(library: Library, headline: str, body: str = "", featured: int | None = None) -> int:
    made = library.create_article(Article(headline=headline, body=body, featured_media_id=featured))
    assert made.id is not None
    return made.id


class Desk:
    """Three images and the articles that use them, one of those in the trash."""

    def __init__(self, library: Library) -> None:
        self.river = library.add_media("river.jpg", "image/jpeg", photo(320, 200), alt="Barges")
        self.chart = library.add_media("chart.png", "image/png", png(40, 30), credit="Desk")
        self.spare = library.add_media("spare.png", "image/png", png(10, 10))
        river, chart = self.river.uid, self.chart.uid
        self.floods = article(
            library,
            "Floods close the Rhine",
            f"Intro.\n\n![Barges](media:{river})\n\nAgain: ![](media:{river})\n\n"
            f"![Chart](media:{chart})\n",
        )
        self.barges = article(library, "Barges wait at Basel", "No picture.", self.river.id)
        self.old = article(library, "An old chart", f"![](media:{chart})", self.chart.id)
        library.trash_articles([self.old])
        # A reference to an image the library does not have counts for nothing.
        self.broken = article(library, "Broken", "![](media:00000000-0000-4000-8000-000000000000)")


@pytest.fixture
def desk(library: Library) -> Desk:
    return Desk(library)


def items(library: Library) -> dict[str, media_list.MediaItem]:
    return {item.uid: item for item in media_list.list_media(library)}


def media_rows(library: Library) -> list[tuple[object, ...]]:
    return library.conn.execute("SELECT * FROM media ORDER BY id").fetchall()


# -- the list -------------------------------------------------------------------------------
def test_the_list_counts_body_references_and_featured_images_with_the_trash_apart(
    library: Library, desk: Desk
) -> None:
    listed = items(library)
    river, chart, spare = listed[desk.river.uid], listed[desk.chart.uid], listed[desk.spare.uid]
    # the text's two references make one article; the featured image another
    assert (river.articles, river.trashed) == (2, 0)
    assert (chart.articles, chart.trashed) == (1, 1)
    assert (spare.articles, spare.trashed, spare.used) == (0, 0, False)
    assert river.usage_text == "Used in 2 articles"
    assert chart.usage_text == "Used in 1 article (1 more in the trash)"
    assert spare.usage_text == "Not used"
    assert (river.filename, river.size, river.alt) == ("river.jpg", len(photo(320, 200)), "Barges")
    assert (chart.credit, chart.mime_type) == ("Desk", "image/png")
    # the library stores no size in pixels for these: read from the images' headers
    assert library.conn.execute("SELECT count(*) FROM media WHERE width IS NULL").fetchone()[0]
    assert (river.width, river.height, river.dimensions) == (320, 200, "320 × 200")
    assert chart.dimensions == "40 × 30"
    # newest first; every image of the library, the seed's welcome SVG too
    assert [i.uid for i in media_list.list_media(library)][:3] == [
        desk.spare.uid,
        desk.chart.uid,
        desk.river.uid,
    ]
    assert len(listed) == library.stats()["media"]
    # one image alone, counted the other way, agrees with the list
    for item in listed.values():
        assert media_list.media_item(library, item.id) == item


def test_usages_name_the_articles_and_whether_the_image_is_featured(
    library: Library, desk: Desk
) -> None:
    river = media_list.usages(library, desk.river.id)
    assert {(u.article_id, u.headline, u.featured, u.in_body, u.trashed) for u in river} == {
        (desk.floods, "Floods close the Rhine", False, True, False),
        (desk.barges, "Barges wait at Basel", True, False, False),
    }
    chart = media_list.usages(library, desk.chart.id)
    assert [(u.article_id, u.featured, u.in_body, u.trashed) for u in chart] == [
        (desk.floods, False, True, False),
        (desk.old, True, True, True),  # the trash comes last
    ]
    assert media_list.usages(library, desk.spare.id) == []
    with pytest.raises(NotFoundError):
        media_list.usages(library, 9999)


def test_unused_lists_only_images_no_article_uses(library: Library, desk: Desk) -> None:
    assert [i.uid for i in media_list.unused(library)] == [desk.spare.uid]
    library.save_article(replace(library.article(desk.floods), body="Pictures gone."))
    # the chart is still in a trashed article: not unused
    assert [i.uid for i in media_list.unused(library)] == [desk.spare.uid]
    library.save_article(replace(library.article(desk.barges), featured_media_id=None))
    assert {i.uid for i in media_list.unused(library)} == {desk.spare.uid, desk.river.uid}


# -- replacing ------------------------------------------------------------------------------
def test_replace_keeps_the_uid_and_every_article_shows_the_new_bytes(
    library: Library, desk: Desk
) -> None:
    old = library.media_by_id(desk.river.id)
    new = photo(640, 360, detailed=True)
    replaced = media_list.replace_image(library, desk.river.id, new, "/home/anna/rhine.jpg")
    assert (replaced.uid, replaced.id) == (desk.river.uid, desk.river.id)
    assert (replaced.filename, replaced.size, replaced.dimensions) == (
        "rhine.jpg",
        len(new),
        "640 × 360",
    )
    assert (
        replaced.sha256 == hashlib.sha256(new).hexdigest() != hashlib.sha256(old.data).hexdigest()
    )
    assert (replaced.alt, replaced.articles) == ("Barges", 2)  # the details stay
    stored = library.conn.execute(
        "SELECT data, sha256, width, height, mime_type FROM media WHERE id = ?", [desk.river.id]
    ).fetchone()
    assert stored == (new, hashlib.sha256(new).hexdigest(), 640, 360, "image/jpeg")
    new_data = base64.b64encode(new).decode()
    old_data = base64.b64encode(old.data).decode()
    for article_id in (desk.floods, desk.barges):  # in the text, and as the featured image
        page = render_article_html(library, library.article(article_id))
        assert new_data in page and old_data not in page
    assert library.media(desk.river.uid) == Media(
        old.id, old.uid, "rhine.jpg", "image/jpeg", new, old.alt, old.caption, old.credit
    )


def test_replace_stores_the_type_the_bytes_are(library: Library, desk: Desk) -> None:
    # a PNG named .jpg: what the bytes are decides what a page is told
    media_list.replace_image(library, desk.river.id, png(50, 20), "really.jpg", "image/jpeg")
    assert library.media_by_id(desk.river.id).mime_type == "image/png"
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="8"></svg>'
    item = media_list.replace_image(library, desk.chart.id, svg, "chart.svg", "image/svg+xml")
    assert (item.mime_type, item.width, item.dimensions) == ("image/svg+xml", None, "")


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("cut.jpg", photo(320, 200, detailed=True)[:3000], "damaged or cut short"),
        ("notes.jpg", b"Meeting at ten.\n", "not an image"),
        ("empty.png", b"", "empty"),
        ("scan.tiff", None, "TIFF"),
        ("feed.svg", b'<?xml version="1.0"?><rss><svg/></rss>', "not an SVG"),
        ("bad.svg", b"<svg><g></svg>", "not a readable SVG"),
    ],
)
def test_a_file_that_is_not_a_whole_supported_image_is_refused_and_nothing_changes(
    library: Library, desk: Desk, name: str, data: bytes | None, says: str
) -> None:
    if data is None:
        out = io.BytesIO()
        Image.new("RGB", (20, 20)).save(out, "TIFF")
        data = out.getvalue()
    before, changes = media_rows(library), library.conn.total_changes
    with pytest.raises(MediaError) as refused:
        media_list.replace_image(library, desk.river.id, data, f"/tmp/{name}", "image/jpeg")
    assert f"“{name}”" in str(refused.value) and says in str(refused.value)
    assert media_rows(library) == before
    assert library.conn.total_changes == changes


def test_replace_in_a_read_only_library_or_of_a_missing_image_is_refused(
    library: Library, desk: Desk
) -> None:
    with pytest.raises(NotFoundError):
        media_list.replace_image(library, 9999, png(5, 5), "x.png")
    path = library.path
    library.close()
    with open_library(path, read_only=True) as read_only:
        before = media_rows(read_only)
        with pytest.raises(ReadOnlyError):
            media_list.replace_image(read_only, desk.river.id, png(5, 5), "x.png")
        assert media_rows(read_only) == before


# -- deleting -------------------------------------------------------------------------------
def test_delete_refuses_an_image_in_use_naming_the_articles(library: Library, desk: Desk) -> None:
    before = media_rows(library)
    with pytest.raises(MediaInUseError) as refused:
        media_list.delete_media(library, desk.chart.id)
    message = str(refused.value)
    assert "“chart.png” is used in 2 articles" in message
    assert "“Floods close the Rhine”" in message
    assert "“An old chart” (in the trash)" in message
    assert [u.article_id for u in refused.value.usages] == [desk.floods, desk.old]
    with pytest.raises(MediaInUseError, match="Barges wait at Basel"):
        media_list.delete_media(library, desk.river.id)  # only featured there
    assert media_rows(library) == before


def test_delete_removes_an_unused_image(library: Library, desk: Desk) -> None:
    media_list.delete_media(library, desk.spare.id)
    with pytest.raises(NotFoundError):
        library.media_by_id(desk.spare.id)
    assert desk.spare.uid not in items(library)
    with pytest.raises(NotFoundError):
        media_list.delete_media(library, desk.spare.id)
    # once no article uses it, an image that was used can go too
    library.trash_articles([desk.floods])
    library.empty_trash()
    media_list.delete_media(library, desk.chart.id)
    assert desk.chart.uid not in items(library)


def test_describe_usages_shortens_a_long_list() -> None:
    found = [media_list.Usage(n, f"Story {n}", False, True, n == 5) for n in range(1, 6)]
    assert media_list.describe_usages(found[:1]) == "“Story 1”"
    assert media_list.describe_usages(found[:2]) == "“Story 1” and “Story 2”"
    assert media_list.describe_usages(found) == "“Story 1”, “Story 2”, “Story 3” and 2 more"
    assert media_list.describe_usages(found[3:]) == "“Story 4” and “Story 5” (in the trash)"
