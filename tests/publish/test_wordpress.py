"""The WordPress client against a real WordPress on 127.0.0.1 (the fixture ``wp``, put
back as it was after each test): publish, update, unpublish, categories, tags, media,
schedules, conflicts, an idempotent create, wrong credentials, and one upload per image
when an answer is lost (through a loopback fault proxy).

Every test names its posts, categories and tags with a token of its own as well, so
that a search finds only them."""

from __future__ import annotations

import importlib.util
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from publish_helpers import outgoing_item as item
from publish_helpers import outgoing_picture as picture
from servers.wordpress import WordPressSite

from newsroom.core.library import Library, open_library
from newsroom.core.publish.base import (
    Action,
    AuthFailed,
    Conflict,
    OutgoingMedia,
    Remote,
    Temporary,
)
from newsroom.core.publish.targets import add_target
from newsroom.core.publish.wordpress import WordPressPublisher, marker, parse_wp_time, term_name


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(tmp_path / "Desk.newsroom")
    yield lib
    lib.close()


def connect(
    library: Library,
    site: WordPressSite,
    *,
    password: str | None = None,
    url: str | None = None,
    **settings: object,
) -> WordPressPublisher:
    name = f"Site {len(library._query('SELECT id FROM targets')) + 1}"
    target = add_target(library, name, "wordpress", url or site.url, site.username, settings)
    secret = site.app_password if password is None else password
    return WordPressPublisher(target, secret=secret, library=library)


def rest(site: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    """The site as another writer sees it (through the fixture's own helper)."""
    response = site.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def post(site: WordPressSite, remote: Remote) -> dict[str, Any]:
    return dict(rest(site, "GET", f"wp/v2/posts/{remote.remote_id}", params={"context": "edit"}))


# -- credentials -----------------------------------------------------------------------
def test_check_names_the_account(wp: WordPressSite, library: Library) -> None:
    with connect(library, wp) as client:
        account = client.check()
    assert account.can_publish
    assert wp.username in account.detail
    assert "administrator" in account.detail


def test_a_wrong_password_fails_the_check(wp: WordPressSite, library: Library) -> None:
    wrong = "aaaa bbbb cccc dddd eeee ffff"
    with connect(library, wp, password=wrong) as client, pytest.raises(AuthFailed) as caught:
        client.check()
    assert wrong not in str(caught.value)
    assert "aaaa" not in str(caught.value)


def test_the_login_password_is_not_an_application_password(
    wp: WordPressSite, library: Library
) -> None:
    with (
        connect(library, wp, password=wp.admin_password) as client,
        pytest.raises(AuthFailed),
    ):
        client.check()


# -- publish, update, unpublish --------------------------------------------------------
def test_publish_update_unpublish(wp: WordPressSite, library: Library, token: str) -> None:
    outgoing = item(token)
    with connect(library, wp) as client:
        remote = client.publish(outgoing, None)
        live = post(wp, remote)
        assert live["status"] == "publish"
        assert live["title"]["raw"] == outgoing.headline
        assert live["excerpt"]["raw"] == outgoing.standfirst
        assert live["slug"] == outgoing.slug
        assert live["content"]["raw"].endswith(marker(outgoing.uid))
        assert '<h2 id="deal">The deal</h2>' in live["content"]["raw"]
        assert remote.url.rstrip("/").endswith(outgoing.slug)
        assert remote.modified == live["modified_gmt"]
        assert httpx.get(remote.url, follow_redirects=True).status_code == 200

        changed = item(
            token,
            uid=outgoing.uid,
            action=Action.UPDATE,
            headline=f"EU summit ends late {token}",
            body_html="<p>Leaders agreed at dawn.</p>",
        )
        updated = client.publish(changed, remote)
        assert updated.remote_id == remote.remote_id
        live = post(wp, updated)
        assert live["title"]["raw"] == changed.headline
        assert live["content"]["raw"].startswith("<p>Leaders agreed at dawn.</p>")
        assert updated.modified == live["modified_gmt"]

        gone = client.unpublish(changed, updated)
        assert gone.remote_id == remote.remote_id
        live = post(wp, gone)
        assert live["status"] == "draft"
        assert "?p=" in gone.url
        # Publishing again after an unpublish is an update of the same post.
        again = client.publish(changed, gone)
        assert again.remote_id == remote.remote_id
        assert post(wp, again)["status"] == "publish"
    found = rest(wp, "GET", "wp/v2/posts", params={"search": token, "status": "any"})
    assert [p["id"] for p in found] == [int(remote.remote_id)]


def test_a_target_that_sends_drafts(wp: WordPressSite, library: Library, token: str) -> None:
    with connect(library, wp, post_status="draft") as client:
        remote = client.publish(item(token), None)
        assert post(wp, remote)["status"] == "draft"
        # The site's editors publish it; our update leaves their status alone.
        rest(wp, "POST", f"wp/v2/posts/{remote.remote_id}", json={"status": "publish"})
        known = Remote(remote.remote_id, remote.url, post(wp, remote)["modified_gmt"])
        client.publish(item(token, headline=f"Better headline {token}"), known)
    live = post(wp, remote)
    assert live["status"] == "publish"
    assert live["title"]["raw"] == f"Better headline {token}"


def test_scheduled_articles_become_future_posts(
    wp: WordPressSite, library: Library, token: str
) -> None:
    when = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    with connect(library, wp) as client:
        remote = client.publish(item(token, published_at=when), None)
    live = post(wp, remote)
    assert live["status"] == "future"
    assert parse_wp_time(live["date_gmt"]) == when


def test_a_past_publication_time_is_kept(wp: WordPressSite, library: Library, token: str) -> None:
    when = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    with connect(library, wp) as client:
        remote = client.publish(item(token, published_at=when), None)
    live = post(wp, remote)
    assert live["status"] == "publish"
    assert live["date_gmt"] == "2025-03-04T05:06:07"


# -- categories and tags ----------------------------------------------------------------
def category(site: WordPressSite, term_id: int) -> dict[str, Any]:
    return dict(rest(site, "GET", f"wp/v2/categories/{term_id}", params={"context": "edit"}))


def test_sections_become_categories_with_their_hierarchy(
    wp: WordPressSite, library: Library, token: str
) -> None:
    culture = f"Culture {token}"
    paths = [
        (culture, "Art/Design"),
        (culture, "Film – TV"),
        (f"Europe {token}", "News & Views"),
        (f"World {token}", "News & Views"),  # the same name under another parent
    ]
    ids: list[int] = []
    with connect(library, wp) as client:
        for n, path in enumerate(paths):
            remote = client.publish(item(f"{token}-{n}", section_path=path), None)
            categories = post(wp, remote)["categories"]
            assert len(categories) == 1
            ids.append(categories[0])
    for path, term_id in zip(paths, ids, strict=True):
        child = category(wp, term_id)
        assert term_name(child["name"]) == path[1]
        parent = category(wp, child["parent"])
        assert term_name(parent["name"]) == path[0]
        assert parent["parent"] == 0
    assert len(set(ids)) == 4
    # One "Culture" for both of its children; the mapping is in the library.
    assert category(wp, ids[0])["parent"] == category(wp, ids[1])["parent"]
    stored = dict(
        library.conn.execute(
            "SELECT local_key, remote_id FROM remote_terms WHERE kind = 'category'"
        ).fetchall()
    )
    assert stored[f"{culture}/Art\\/Design"] == str(ids[0])
    assert stored[f"World {token}/News & Views"] == str(ids[3])


def test_a_second_library_finds_the_categories_and_tags_it_did_not_make(
    wp: WordPressSite, tmp_path: Path, library: Library, token: str
) -> None:
    path = (f"Sport {token}", "Ski & Snow")
    tags = (f"R&D {token}", f"Alps {token}")
    with connect(library, wp) as client:
        first = post(wp, client.publish(item(token, section_path=path, tags=tags), None))
    with open_library(tmp_path / "Other.newsroom") as other, connect(other, wp) as client:
        second = post(
            wp,
            client.publish(
                item(token + "b", section_path=path, tags=tuple(t.upper() for t in tags)), None
            ),
        )
    assert second["categories"] == first["categories"]
    assert sorted(second["tags"]) == sorted(first["tags"])
    assert len(first["tags"]) == 2
    names = {term_name(t["name"]) for t in rest(wp, "GET", "wp/v2/tags", params={"search": token})}
    assert names == set(tags)


def test_a_category_deleted_on_the_site_is_made_again(
    wp: WordPressSite, library: Library, token: str
) -> None:
    path = (f"Tech {token}",)
    with connect(library, wp) as client:
        first = post(wp, client.publish(item(token, section_path=path), None))
        rest(
            wp,
            "DELETE",
            f"wp/v2/categories/{first['categories'][0]}",
            params={"force": "true"},
        )
        # WordPress drops the unknown id without a word; the client notices.
        second = post(wp, client.publish(item(token + "b", section_path=path), None))
    assert second["categories"] and second["categories"] != first["categories"]
    assert term_name(category(wp, second["categories"][0])["name"]) == path[0]


# -- media -----------------------------------------------------------------------------
def test_featured_and_inline_images(wp: WordPressSite, library: Library, token: str) -> None:
    featured = picture(library, f"lead {token}.png", "red", featured=True)
    inline = picture(library, f"inline-{token}.png", "blue", featured=False)
    body = (
        f'<p>Before.</p>\n<figure><img alt="A blue square" src="{inline.local_url}">'
        '<figcaption>The blue one <span class="credit">AP Photo</span></figcaption></figure>'
    )
    outgoing = item(token, body_html=body, media=(featured, inline))
    with connect(library, wp) as client:
        remote = client.publish(outgoing, None)
        live = post(wp, remote)
        lead = rest(wp, "GET", f"wp/v2/media/{live['featured_media']}", params={"context": "edit"})
        assert lead["alt_text"] == "A red square"
        assert lead["caption"]["raw"] == 'The red one <span class="credit">AP Photo</span>'
        assert "AP Photo" in lead["description"]["raw"]
        uploaded = dict(
            library.conn.execute("SELECT media_id, remote_url FROM remote_media").fetchall()
        )
        inline_url = uploaded[inline.media_id]
        assert f'src="{inline_url}"' in live["content"]["raw"]
        assert "newsroom://" not in live["content"]["raw"]
        fetched = httpx.get(inline_url)
        assert fetched.status_code == 200 and fetched.content == inline.data
        # Published again with a new caption: the same uploads, brought up to date.
        media_before = rest(wp, "GET", "wp/v2/media", params={"search": token})
        recaptioned = OutgoingMedia(**{**featured.__dict__, "caption": "Still red"})
        again = client.publish(item(token, body_html=body, media=(recaptioned, inline)), remote)
        live = post(wp, again)
        lead = rest(wp, "GET", f"wp/v2/media/{live['featured_media']}", params={"context": "edit"})
    assert lead["caption"]["raw"].startswith("Still red")
    media_after = rest(wp, "GET", "wp/v2/media", params={"search": token})
    assert len(media_after) == len(media_before) == 2


# -- conflicts ---------------------------------------------------------------------------
def test_a_change_on_the_site_is_a_conflict(
    wp: WordPressSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, wp) as client:
        remote = client.publish(outgoing, None)
        # Another writer edits the post on the site, a second later (``modified_gmt``
        # has whole seconds: an edit within the same second cannot be told apart).
        time.sleep(1.1)
        rest(
            wp,
            "POST",
            f"wp/v2/posts/{remote.remote_id}",
            json={"title": f"Their headline {token}", "excerpt": "Their standfirst."},
        )
        ours = item(token, uid=outgoing.uid, action=Action.UPDATE, headline=f"Mine {token}")
        with pytest.raises(Conflict) as caught:
            client.publish(ours, remote)
        conflict = caught.value
        assert set(conflict.fields) == {"title", "excerpt"}
        assert conflict.fields["title"] == (f"Mine {token}", f"Their headline {token}")
        assert conflict.fields["excerpt"] == (outgoing.standfirst, "Their standfirst.")
        assert conflict.remote.remote_id == remote.remote_id
        assert conflict.remote.modified != remote.modified
        assert post(wp, remote)["title"]["raw"] == f"Their headline {token}"
        # The journalist keeps theirs: force overwrites.
        kept = client.publish(ours, remote, force=True)
        assert post(wp, kept)["title"]["raw"] == f"Mine {token}"
        assert post(wp, kept)["excerpt"]["raw"] == outgoing.standfirst
        # A re-save on the site that changes nothing is no conflict.
        time.sleep(1.1)  # modified_gmt has whole seconds
        rest(wp, "POST", f"wp/v2/posts/{remote.remote_id}", json={"title": f"Mine {token}"})
        assert post(wp, kept)["modified_gmt"] != kept.modified
        final = client.publish(ours, kept)
    assert final.remote_id == remote.remote_id


def test_a_post_trashed_or_rewritten_on_the_site_is_a_conflict(
    wp: WordPressSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, wp) as client:
        remote = client.publish(outgoing, None)
        time.sleep(1.1)
        rest(wp, "POST", f"wp/v2/posts/{remote.remote_id}", json={"content": "<p>Theirs.</p>"})
        with pytest.raises(Conflict) as caught:
            client.publish(outgoing, remote)
        assert set(caught.value.fields) == {"content"}
        ours, theirs = caught.value.fields["content"]
        assert theirs == "<p>Theirs.</p>"
        assert ours.startswith("<h2") and "newsroom:" not in ours  # no marker in a diff
        rewritten = caught.value.remote

        time.sleep(1.1)
        rest(wp, "DELETE", f"wp/v2/posts/{remote.remote_id}")  # to the trash
        with pytest.raises(Conflict) as caught:
            client.publish(outgoing, rewritten)
        assert caught.value.fields["status"] == ("publish", "trash")
        # Keeping ours brings it back from the trash.
        back = client.publish(outgoing, rewritten, force=True)
    assert back.remote_id == remote.remote_id
    live = post(wp, back)
    assert live["status"] == "publish"
    assert live["content"]["raw"].endswith(marker(outgoing.uid))


def test_no_conflict_when_nothing_changed_on_the_site(
    wp: WordPressSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, wp) as client:
        remote = client.publish(outgoing, None)
        changed = item(token, uid=outgoing.uid, headline=f"New {token}", body_html="<p>New.</p>")
        again = client.publish(changed, remote)
    assert post(wp, again)["title"]["raw"] == f"New {token}"


# -- idempotent create -----------------------------------------------------------------
def test_a_retried_create_finds_the_post_it_made(
    wp: WordPressSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, wp) as client:
        first = client.publish(outgoing, None)  # its answer "was lost"
        retry = item(token, uid=outgoing.uid, headline=f"Retried {token}", retried=True)
        second = client.publish(retry, None)
    assert second.remote_id == first.remote_id
    assert post(wp, second)["title"]["raw"] == f"Retried {token}"
    found = rest(wp, "GET", "wp/v2/posts", params={"search": token, "status": "any"})
    assert len(found) == 1


def test_a_retried_create_that_never_arrived_creates(
    wp: WordPressSite, library: Library, token: str
) -> None:
    with connect(library, wp) as client:
        remote = client.publish(item(token, retried=True), None)
    assert post(wp, remote)["title"]["raw"] == f"EU summit ends {token}"


# -- an image is uploaded once, whatever the network does --------------------------------
def _faultproxy() -> ModuleType:
    """``benchmarks/faultproxy.py``, which is no package."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "faultproxy.py"
    spec = importlib.util.spec_from_file_location("faultproxy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class ScriptedProxy(_faultproxy().FaultProxy):
    """The fault proxy in front of the site, failing only the requests a script names
    by method and a pattern of the path: ``{("POST", UPLOAD): ["drop"]}`` forwards the
    first upload to the site and then resets the connection instead of answering
    ("timeout after create"). ``seen`` lists every request as ``(method, path)``."""

    def __init__(self, upstream: str, script: dict[tuple[str, str], list[str]]) -> None:
        super().__init__(upstream, rate=0.0)
        self.script = {key: list(faults) for key, faults in script.items()}
        self.seen: list[tuple[str, str]] = []
        self._current = threading.local()

    def _handler(self) -> type:
        base = super()._handler()
        proxy = self

        class Handler(base):
            def _handle(self) -> None:
                # The fault is chosen in this thread before the request is forwarded.
                proxy._current.request = (self.command, urlsplit(self.path).path)
                base._handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        return Handler

    def _choose(self) -> str | None:
        method, path = self._current.request
        with self._lock:
            self.stats["requests"] += 1
            self.seen.append((method, path))
            for (want, pattern), faults in self.script.items():
                if method == want and re.search(pattern, path) and faults:
                    fault: str = faults.pop(0)
                    self.stats[fault] += 1
                    return fault
        return None

    def count(self, method: str, pattern: str) -> int:
        return sum(1 for m, p in self.seen if m == method and re.search(pattern, p))


#: The paths of an upload, of an attachment's own route, of a post write.
UPLOAD = r"/wp/v2/media/?$"
ATTACHMENT = r"/wp/v2/media/\d+/?$"
POSTS = r"/wp/v2/posts(/\d+)?/?$"


def all_media(site: WordPressSite) -> list[dict[str, Any]]:
    """Every attachment on the site (the tests make a handful)."""
    return list(rest(site, "GET", "wp/v2/media", params={"per_page": 100, "context": "edit"}))


def test_an_upload_whose_answer_was_lost_is_not_made_twice(
    wp: WordPressSite, library: Library, token: str
) -> None:
    photo = picture(library, f"eu-flag-{token}.png", "navy", featured=True)
    before = {m["id"] for m in all_media(wp)}
    script = {("POST", UPLOAD): ["drop"]}
    with ScriptedProxy(wp.url, script) as proxy, connect(library, wp, url=proxy.url) as client:
        first = item(token, media=(photo,))
        with pytest.raises(Temporary):
            client.publish(first, None)
        # The site made the attachment; the library never heard of it.
        made = [m for m in all_media(wp) if m["id"] not in before]
        assert len(made) == 1
        assert library.conn.execute("SELECT COUNT(*) FROM remote_media").fetchone()[0] == 0
        # The outbox tries again; then another article uses the same image.
        again = client.publish(item(token, uid=first.uid, retried=True, media=(photo,)), None)
        other = client.publish(item(f"{token}-b", media=(photo,)), None)
    assert proxy.stats["drop"] == 1
    assert proxy.count("POST", UPLOAD) == 1
    assert proxy.count("POST", ATTACHMENT) == 0  # the upload carried its fields
    after = [m for m in all_media(wp) if m["id"] not in before]
    assert [m["id"] for m in after] == [made[0]["id"]]
    assert after[0]["media_details"]["file"].endswith(f"eu-flag-{token}.png")  # no "-1"
    assert post(wp, again)["featured_media"] == made[0]["id"]
    assert post(wp, other)["featured_media"] == made[0]["id"]
    assert after[0]["alt_text"] == "A navy square"
    remembered = library.conn.execute("SELECT remote_id FROM remote_media").fetchall()
    assert remembered == [(str(made[0]["id"]),)]


def test_a_failure_after_the_upload_does_not_upload_again(
    wp: WordPressSite, library: Library, token: str
) -> None:
    photo = picture(library, f"eu-flag-{token}.png", "teal", featured=True)
    before = {m["id"] for m in all_media(wp)}
    # Whatever comes after the upload fails once: describing the attachment (if the
    # client does that in a second request) or writing the post.
    script = {("POST", ATTACHMENT): ["500"], ("POST", POSTS): ["503"]}
    with ScriptedProxy(wp.url, script) as proxy, connect(library, wp, url=proxy.url) as client:
        first = item(token, media=(photo,))
        with pytest.raises(Temporary):
            client.publish(first, None)
        [made] = [m for m in all_media(wp) if m["id"] not in before]
        # Recorded as soon as the upload answered, before the post failed.
        remembered = library.conn.execute("SELECT remote_id FROM remote_media").fetchall()
        assert remembered == [(str(made["id"]),)]
        again = client.publish(item(token, uid=first.uid, retried=True, media=(photo,)), None)
    assert proxy.count("POST", UPLOAD) == 1
    assert [m["id"] for m in all_media(wp) if m["id"] not in before] == [made["id"]]
    assert post(wp, again)["featured_media"] == made["id"]
