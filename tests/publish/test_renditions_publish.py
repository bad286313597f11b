"""Renditions through the outbox and the sync engine, on the library's static site: the
target's settings decide the copy, the library keeps it, a new setting makes a new one,
and a broken image is named in the sync log instead of stopping the outbox."""

from __future__ import annotations

import io
from pathlib import Path

from golive_helpers import approve
from import_files import photo
from PIL import Image

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish import changes, commands, golive, kinds, outbox
from newsroom.core.publish.base import Action, Target
from newsroom.core.publish.targets import add_target, update_target
from newsroom.core.renditions import has_location


def story(library: Library, media_id: int, uid: str) -> int:
    europe = library.section_tree().resolve("My Europe/Europe News")
    assert europe is not None
    article = library.create_article(
        Article(
            headline="Harbour at dawn", slug="harbour", section_id=europe.id, byline="Desk",
            body=f"Boats.\n\n![Boats](media:{uid})", featured_media_id=media_id,
        )
    )  # fmt: skip
    assert article.id is not None
    approve(library, article.id)
    return article.id


def cache_rows(library: Library) -> list[tuple[int, str]]:
    return [
        (int(r[0]), str(r[1]))
        for r in library.conn.execute("SELECT id, spec FROM media_renditions ORDER BY id")
    ]


def test_the_targets_settings_make_the_copy_and_a_new_setting_a_new_one(
    library: Library, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    target: Target = add_target(
        library, "Folder", kinds.STATIC, str(site), settings={"image_long_edge": 640}
    )
    picture = library.add_media("IMG_9.jpg", "image/jpeg", photo(1920, 1280, gps=True))
    article_id = story(library, picture.id, picture.uid)

    plan = changes.plan(library, article_id, target)
    assert plan.uploads == ["IMG_9.jpg"]
    golive.publish(library, article_id, target)
    assert commands.sync(library, target.name).ok
    written = (site / "media" / f"{picture.uid}.jpg").read_bytes()
    assert not has_location(written)
    with Image.open(io.BytesIO(written)) as image:
        assert image.size == (640, 427)
    kept = cache_rows(library)
    assert [spec for _, spec in kept] == ["jpeg:640:q85"]  # made once, by the plan

    golive.publish(library, article_id, target, Action.UPDATE)
    assert commands.sync(library, target.name).ok
    assert cache_rows(library) == kept  # the same copy, not made again

    target = update_target(
        library, target.id, name=target.name, url=target.url, username=None,
        settings={"image_long_edge": 300, "image_format": "webp"},
    )  # fmt: skip
    assert changes.plan(library, article_id, target, Action.UPDATE).uploads == ["IMG_9.webp"]
    golive.publish(library, article_id, target, Action.UPDATE)
    assert commands.sync(library, target.name).ok
    assert not (site / "media" / f"{picture.uid}.jpg").exists()  # no page shows it now
    with Image.open(site / "media" / f"{picture.uid}.webp") as image:
        assert image.format == "WEBP" and image.size == (300, 200)
    page = (site / "articles" / "harbour.html").read_text("utf-8")
    assert f"media/{picture.uid}.webp" in page and f"{picture.uid}.jpg" not in page


def test_a_broken_image_is_named_and_the_article_waits(library: Library, tmp_path: Path) -> None:
    target = add_target(library, "Folder", kinds.STATIC, str(tmp_path / "site"))
    broken = library.add_media("dawn-harbour.jpg", "image/jpeg", photo(400, 300)[:500])
    article_id = story(library, broken.id, broken.uid)
    golive.publish(library, article_id, target)
    summary = commands.sync(library, target.name)
    assert summary.attention == 1 and summary.sent == 0
    (entry,) = outbox.entries(library)
    assert entry.last_error is not None
    assert "“dawn-harbour.jpg”" in entry.last_error and "Replace it" in entry.last_error
    assert "RenditionError" not in entry.last_error
    assert not (tmp_path / "site" / "articles" / "harbour.html").exists()
