"""Going live on the real WordPress on 127.0.0.1 (``wp``, put back after each test): only
an approved article goes out, and the whole page the writer previewed reaches the site
(dateline, byline as a user or a line, corrections, "You Might Also Like", the search
title and description, the featured image's caption); spiking takes it down and bringing
it back reuses the post; a renamed section renames its category; a pull brings it all
back without doubling Newsroom's blocks.

Everything goes through the outbox and the sync engine (:func:`commands.sync`) with real
requests."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from bs4 import BeautifulSoup
from golive_helpers import approve
from import_files import photo
from PIL import Image
from servers.wordpress import WordPressSite

from newsroom.core import section_ops
from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind, RelatedLink, Status
from newsroom.core.publish import commands, golive, outbox
from newsroom.core.publish.approval import NotApproved
from newsroom.core.publish.base import Action, Outgoing, Target
from newsroom.core.publish.sync import SyncSummary
from newsroom.core.publish.targets import add_target, update_target
from newsroom.core.publish.wordpress import WordPressPublisher, marker
from newsroom.core.publish.wp_pull import take_remote
from newsroom.core.renditions import has_location
from newsroom.core.sections import format_path
from newsroom.core.workflow import move

HOSTILE = "<script>alert('x')</script> \"Q\" & A"
SEO_WARNING = "has no search title or description fields"


@pytest.fixture
def token() -> str:
    return uuid.uuid4().hex[:8]


def target(library: Library, wp: WordPressSite, **settings: object) -> Target:
    return add_target(library, "Site", "wordpress", wp.url, wp.username, settings)


def sync(library: Library, wp: WordPressSite) -> SyncSummary:
    """Send what is due, with clients signed in as the site's administrator."""
    return commands.sync(
        library,
        publisher_for=lambda t: WordPressPublisher(t, secret=wp.app_password, library=library),
    )


def client(library: Library, wp: WordPressSite, site: Target) -> WordPressPublisher:
    return WordPressPublisher(site, secret=wp.app_password, library=library)


def rest(wp: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    response = wp.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def the_post(wp: WordPressSite, library: Library, article_id: int, site: Target) -> dict[str, Any]:
    known = outbox.known_remote(library, article_id, site.id)
    assert known is not None
    return dict(rest(wp, "GET", f"wp/v2/posts/{known.remote_id}", params={"context": "edit"}))


def story(library: Library, token: str, **fields: Any) -> int:
    """An article the desk approved, in the test's own section."""
    name = f"Europe {token}"
    section = next((s for s in library.sections() if s.name == name), None)
    section = section or library.add_section(name)
    values: dict[str, Any] = {
        "headline": f"Harbour reopens {token}",
        "standfirst": "Ferries are back.",
        "body": "The first boat left at dawn.\n\nMore followed.",
        "dateline": "Ostend",
        "byline": f"Ana Díaz {token}",
        "section_id": section.id,
    }
    values.update(fields)
    made = library.create_article(Article(**values))
    assert made.id is not None
    approve(library, made.id)
    return made.id


def go(library: Library, wp: WordPressSite, article_id: int, site: Target) -> SyncSummary:
    golive.publish(library, article_id, site)
    summary = sync(library, wp)
    assert summary.ok and summary.sent == 1, summary.failures
    return summary


def user(wp: WordPressSite, login: str, name: str) -> int:
    made = rest(
        wp,
        "POST",
        "wp/v2/users",
        json={
            "username": login,
            "email": f"{login}@example.invalid",
            "password": uuid.uuid4().hex,
            "name": name,
        },
    )
    return int(made["id"])


def text(content: str) -> str:
    """A post's content as its readers read it."""
    return " ".join(BeautifulSoup(content, "html.parser").get_text().split())


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, format="PNG")
    return out.getvalue()


# -- approval --------------------------------------------------------------------------
def test_a_draft_is_refused_and_nothing_reaches_the_site(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    made = library.create_article(Article(headline=f"Not yet {token}", body="Draft text."))
    assert made.id is not None
    with pytest.raises(NotApproved) as refused:
        golive.publish(library, made.id, site)
    assert "Draft" in str(refused.value)
    assert outbox.entries(library) == []
    assert sync(library, wp).attempts == 0
    with client(library, wp, site) as wp_client:
        assert wp_client.find_post(made.uid) is None
    assert outbox.known_remote(library, made.id, site.id) is None


# -- the whole page ----------------------------------------------------------------------
def test_a_ready_article_goes_out_whole_and_becomes_published(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    earlier = story(library, token, headline=f"Storm closes port {token}", slug=f"storm-{token}")
    elsewhere = story(library, token, headline=f"Not on this site {token}")
    go(library, wp, earlier, site)
    earlier_url = the_post(wp, library, earlier, site)["link"]

    article_id = story(library, token, byline=HOSTILE)
    library.set_related_links(
        article_id,
        [
            RelatedLink(title=f"Port authority {HOSTILE}", url="https://port.example/news?a=1&b=2"),
            RelatedLink(title="", target_id=earlier),
            RelatedLink(title="", target_id=elsewhere),
            RelatedLink(title="Sneaky", url="javascript:alert(1)"),
        ],
    )
    at = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    library.add_note(article_id, NoteKind.CORRECTION, f"The port is in Ostend, {HOSTILE}.", at=at)
    summary = go(library, wp, article_id, site)

    post = the_post(wp, library, article_id, site)
    content = post["content"]["raw"]
    # The dateline opens the text as in the preview.
    assert '<p><span class="dateline">OSTEND —</span> The first boat left at dawn.</p>' in content
    # The byline as a line at the top, escaped; the post's author is the account's.
    assert content.startswith("<!-- newsroom:byline -->")
    assert "By &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;Q&quot; &amp; A" in content
    # The correction, dated as the page shows it, escaped.
    assert "Correction (December 5, 2026, 9:00 AM UTC): The port is in Ostend" in text(content)
    assert "The port is in Ostend, &lt;script&gt;" in content
    # You Might Also Like: in order, the library article at its address on this site,
    # the one not on this site left out, and no javascript: link.
    related = content.split("<!-- newsroom:related -->")[1].split("<!-- /newsroom:related -->")[0]
    assert "You Might Also Like" in related
    assert related.index("https://port.example/news?a=1&amp;b=2") < related.index(earlier_url)
    assert f"Storm closes port {token}" in related
    assert f"Not on this site {token}" not in related and "javascript" not in related
    assert "<script>" not in content
    assert content.endswith(marker(library.article(article_id).uid))
    # The site has no SEO fields: said once, and the article is published in the library.
    assert library.article(article_id).status is Status.PUBLISHED
    assert summary.confirmed == 1
    assert post["status"] == "publish"


def test_the_search_fields_warn_once_without_a_plugin_and_arrive_with_one(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    article_id = story(
        library, token, seo_title=f"Ostend port {token}", seo_description="Ferries & boats."
    )
    first = go(library, wp, article_id, site)
    assert any(SEO_WARNING in w for w in first.warnings), first.warnings
    assert the_post(wp, library, article_id, site)["meta"] == []
    # Said once per target: the next send of this or any article says nothing.
    library.save_article(replace(library.article(article_id), standfirst="Ferries run again."))
    again = go(library, wp, article_id, site)
    assert not any(SEO_WARNING in w for w in again.warnings)

    with wp.plugin("seo-fields"):
        library.save_article(replace(library.article(article_id), seo_title=f"Port {token}"))
        fields = go(library, wp, article_id, site)
        meta = the_post(wp, library, article_id, site)["meta"]
    assert not fields.warnings
    assert meta["_yoast_wpseo_title"] == meta["rank_math_title"] == f"Port {token}"
    assert meta["_yoast_wpseo_metadesc"] == meta["rank_math_description"] == "Ferries & boats."
    # The fields went away again: the journalist hears of it again, once.
    library.save_article(replace(library.article(article_id), seo_title=f"Ports {token}"))
    gone = go(library, wp, article_id, site)
    assert any(SEO_WARNING in w for w in gone.warnings)


def test_a_byline_that_names_a_user_makes_them_the_author(
    wp: WordPressSite, library: Library, token: str
) -> None:
    writer = user(wp, f"ana{token}", f"Ana Díaz {token}")
    desk = user(wp, f"desk{token}", f"Night Desk {token}")
    site = target(library, wp, authors={f"The Desk {token}": f"desk{token}"})
    by_name = story(library, token, byline=f"ana díaz {token}")  # case does not matter
    go(library, wp, by_name, site)
    post = the_post(wp, library, by_name, site)
    assert post["author"] == writer
    assert "newsroom:byline" not in post["content"]["raw"]

    mapped = story(library, token, byline=f"The Desk {token}")
    go(library, wp, mapped, site)
    assert the_post(wp, library, mapped, site)["author"] == desk


def test_a_new_caption_credit_and_alt_text_reach_the_media_item(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    photo = library.add_media(
        f"port-{token}.png", "image/png", png("navy"), alt="Boats", caption="The port", credit="AP"
    )
    article_id = story(library, token, featured_media_id=photo.id)
    go(library, wp, article_id, site)
    media_id = the_post(wp, library, article_id, site)["featured_media"]
    before = rest(wp, "GET", f"wp/v2/media/{media_id}", params={"context": "edit"})
    assert before["alt_text"] == "Boats"
    assert before["caption"]["raw"] == 'The port <span class="credit">AP</span>'

    library.update_media(photo.id, alt="Ferries at dawn", caption=f"Back {HOSTILE}", credit="AFP")
    golive.publish(library, article_id, site, Action.UPDATE)
    assert sync(library, wp).sent == 1
    after = rest(wp, "GET", f"wp/v2/media/{media_id}", params={"context": "edit"})
    assert the_post(wp, library, article_id, site)["featured_media"] == media_id  # no new upload
    assert after["alt_text"] == "Ferries at dawn"
    assert after["caption"]["raw"].startswith("Back &lt;script&gt;")
    assert '<span class="credit">AFP</span>' in after["caption"]["raw"]
    assert "Credit: AFP" in after["description"]["raw"]


def test_a_gps_photo_reaches_the_site_scaled_and_without_its_location(
    wp: WordPressSite, library: Library, token: str
) -> None:
    """The file WordPress serves is the target's rendition: at most 800 px, no GPS, no
    serial number; a new size makes a new upload, the same one never does."""
    site = target(library, wp, image_long_edge=800)
    original = photo(2400, 1600, gps=True, detailed=True)
    assert has_location(original)
    picture = library.add_media(
        f"harbour-{token}.jpg", "image/jpeg", original, alt="Boats", credit="Ana Ruiz"
    )
    article_id = story(
        library, token, featured_media_id=picture.id,
        body=f"The first boat left at dawn.\n\n![Boats](media:{picture.uid})",
    )  # fmt: skip
    go(library, wp, article_id, site)
    media_id = the_post(wp, library, article_id, site)["featured_media"]
    attachment = rest(wp, "GET", f"wp/v2/media/{media_id}", params={"context": "edit"})
    assert attachment["mime_type"] == "image/jpeg"
    served = httpx.get(attachment["source_url"], timeout=30)
    assert served.status_code == 200 and urlsplit(attachment["source_url"]).hostname in (
        "127.0.0.1",
        "localhost",
    )
    data = served.content
    assert not has_location(data) and b"SN-12345678" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert max(image.size) <= 800 and image.size == (800, 533)
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and 0xA431 not in exif.get_ifd(0x8769)
        assert exif[0x8298].endswith("Agence Test")  # the copyright stays
    # The same rendition is not uploaded again; a new size is.
    golive.publish(library, article_id, site, Action.UPDATE)
    assert sync(library, wp).sent == 1
    assert the_post(wp, library, article_id, site)["featured_media"] == media_id
    site = update_target(
        library, site.id, name=site.name, url=site.url, username=site.username,
        settings={**site.settings, "image_long_edge": 400},
    )  # fmt: skip
    golive.publish(library, article_id, site, Action.UPDATE)
    assert sync(library, wp).sent == 1
    smaller = the_post(wp, library, article_id, site)["featured_media"]
    assert smaller != media_id
    source = rest(wp, "GET", f"wp/v2/media/{smaller}")["source_url"]
    with Image.open(io.BytesIO(httpx.get(source, timeout=30).content)) as image:
        assert image.size == (400, 267)
    assert library.media(picture.uid).data == original  # the library keeps the original


# -- take-down and back --------------------------------------------------------------------
@pytest.mark.parametrize("takedown", ["draft", "trash"])
def test_spiking_takes_it_down_and_bringing_it_back_reuses_the_post(
    wp: WordPressSite, library: Library, token: str, takedown: str
) -> None:
    site = target(library, wp, takedown=takedown)
    article_id = story(library, token)
    go(library, wp, article_id, site)
    first = the_post(wp, library, article_id, site)
    assert first["status"] == "publish"

    golive.set_status(library, article_id, Status.SPIKED)
    down = sync(library, wp)
    assert down.sent == 1, down.failures
    taken = rest(wp, "GET", f"wp/v2/posts/{first['id']}", params={"context": "edit"})
    assert taken["status"] == takedown
    anonymous = wp.rest("GET", f"/wp/v2/posts/{first['id']}", anonymous=True)
    assert anonymous.status_code in (401, 403, 404)  # off the site for its readers

    for status in (Status.DRAFT, Status.IN_REVIEW, Status.READY):
        move(library, article_id, status)
    go(library, wp, article_id, site)
    back = the_post(wp, library, article_id, site)
    assert back["id"] == first["id"] and back["status"] == "publish"
    assert back["slug"] == first["slug"]
    search = rest(
        wp, "GET", "wp/v2/posts", params={"search": f"Harbour reopens {token}", "status": "any"}
    )
    assert [p["id"] for p in search] == [first["id"]]  # never a second post
    assert library.article(article_id).status is Status.PUBLISHED


def test_a_held_post_goes_live_when_sent_after_its_time(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp, schedules=True)
    article_id = story(library, token)
    from newsroom.core.publish.assemble import assemble

    later = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)
    item = replace(
        assemble(library, article_id, Action.PUBLISH, idempotency_key="k1"), published_at=later
    )
    with client(library, wp, site) as wp_client:
        held = wp_client.publish(item, None)
        assert not held.live
        assert rest(wp, "GET", f"wp/v2/posts/{held.remote_id}")["status"] == "future"
        # Its time has come (here: the time is moved back, as a clock moving on would):
        # the follow-up update publishes it.
        past = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
        update: Outgoing = replace(item, action=Action.UPDATE, published_at=past)
        live = wp_client.publish(update, held)
    post = rest(wp, "GET", f"wp/v2/posts/{held.remote_id}", params={"context": "edit"})
    assert live.live and post["status"] == "publish"
    assert post["date_gmt"] == past.strftime("%Y-%m-%dT%H:%M:%S")


# -- sections ----------------------------------------------------------------------------------
def categories_named(wp: WordPressSite, words: str) -> list[dict[str, Any]]:
    found = rest(wp, "GET", "wp/v2/categories", params={"search": words, "hide_empty": "false"})
    return list(found)


def test_a_renamed_section_renames_its_category(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    article_id = story(library, token)
    section_id = library.article(article_id).section_id
    assert section_id is not None
    go(library, wp, article_id, site)
    category = the_post(wp, library, article_id, site)["categories"][0]

    section_ops.rename_section(library, section_id, f"Continent {token}")
    assert golive.sections_changed(library, [section_id]) == []
    summary = sync(library, wp)
    assert summary.sent == 1, summary.failures
    assert the_post(wp, library, article_id, site)["categories"] == [category]
    renamed = rest(wp, "GET", f"wp/v2/categories/{category}")
    assert renamed["name"] == f"Continent {token}"
    assert categories_named(wp, token) == [renamed]  # never a second category

    # Moved under another section: the category moves under that one's category.
    parent = library.add_section(f"World {token}")
    section_ops.move_section(library, section_id, parent.id)
    golive.sections_changed(library, [section_id])
    assert sync(library, wp).sent == 1
    moved = rest(wp, "GET", f"wp/v2/categories/{category}")
    top = [c for c in categories_named(wp, token) if c["name"] == f"World {token}"]
    assert len(top) == 1 and moved["parent"] == top[0]["id"]
    assert the_post(wp, library, article_id, site)["categories"] == [category]


def test_a_category_remembered_by_its_path_is_taken_over(
    wp: WordPressSite, library: Library, token: str
) -> None:
    """A library made before sections were remembered by id keeps its categories."""
    site = target(library, wp)
    # Named otherwise on the site, so that only the remembered id leads to it.
    made = rest(wp, "POST", "wp/v2/categories", json={"name": f"Legacy {token}"})
    article_id = story(library, token)
    with client(library, wp, site) as wp_client:
        wp_client.remember_term("category", format_path([f"Europe {token}"]), int(made["id"]))
    section_id = library.article(article_id).section_id
    go(library, wp, article_id, site)
    assert the_post(wp, library, article_id, site)["categories"] == [made["id"]]
    keys = [
        row[0]
        for row in library.conn.execute(
            "SELECT local_key FROM remote_terms WHERE kind = 'category' AND remote_id = ?",
            [str(made["id"])],
        )
    ]
    assert keys == [f"section:{section_id}"]
    assert [c["id"] for c in categories_named(wp, token)] == [made["id"]]  # none made


def test_a_remembered_category_deleted_on_the_site_is_made_again(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    article_id = story(library, token)
    go(library, wp, article_id, site)
    category = the_post(wp, library, article_id, site)["categories"][0]
    rest(wp, "DELETE", f"wp/v2/categories/{category}", params={"force": "true"})
    section_id = library.article(article_id).section_id
    section_ops.rename_section(library, int(section_id or 0), f"Continent {token}")
    golive.sections_changed(library, [int(section_id or 0)])
    assert sync(library, wp).sent == 1
    again = the_post(wp, library, article_id, site)["categories"]
    assert again and again[0] != category
    assert [c["name"] for c in categories_named(wp, token)] == [f"Continent {token}"]


# -- pull ------------------------------------------------------------------------------------
def test_a_pull_brings_it_back_without_doubling_the_blocks(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    article_id = story(
        library, token, byline=f"Ana {HOSTILE}", seo_title=f"Port {token}", seo_description="Boats"
    )
    library.set_related_links(
        article_id, [RelatedLink(title=f"Port {HOSTILE}", url="https://port.example/a?b=1&c=2")]
    )
    at = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    library.add_note(article_id, NoteKind.UPDATE, f"Ferries {HOSTILE}", at=at)
    with wp.plugin("seo-fields"):
        go(library, wp, article_id, site)
        before = library.article(article_id)
        sent = the_post(wp, library, article_id, site)
        post_id = str(sent["id"])
        # Renamed on the site: the category still means the section it was made for.
        rest(wp, "POST", f"wp/v2/categories/{sent['categories'][0]}", json={"name": "Renamed"})
        with client(library, wp, site) as wp_client:
            assert take_remote(wp_client, post_id) == article_id
    pulled = library.article(article_id)
    assert pulled.byline == f"Ana {HOSTILE}"
    assert (pulled.seo_title, pulled.seo_description) == (f"Port {token}", "Boats")
    assert pulled.section_id == before.section_id
    assert not any(s.name == "Renamed" for s in library.sections())
    assert "newsroom" not in pulled.body and "Might Also" not in pulled.body
    assert "Ferries" not in pulled.body and "By Ana" not in pulled.body
    assert [(r.title, r.url) for r in library.related_links(article_id)] == [
        (f"Port {HOSTILE}", "https://port.example/a?b=1&c=2")
    ]
    notes = library.notes(article_id)
    assert [(n.kind, n.text, n.at) for n in notes] == [(NoteKind.UPDATE, f"Ferries {HOSTILE}", at)]
    # Sent again, each block is there once.
    golive.publish(library, article_id, site, Action.UPDATE)
    assert sync(library, wp).ok
    content = the_post(wp, library, article_id, site)["content"]["raw"]
    for name in ("byline", "notes", "related"):
        assert content.count(f"<!-- newsroom:{name} -->") == 1
