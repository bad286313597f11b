"""The WordPress client against a scripted server (pytest-httpserver), for what a real
WordPress cannot be made to do: a captive portal's page, 429 with Retry-After, 403
with its message, a site without pretty permalinks, terms that vanished, and the exact
requests an image upload makes when an answer is lost."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsroom.core.library import Library, open_library
from newsroom.core.publish.base import (
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    OutgoingMedia,
    OutgoingNote,
    Rejected,
    Remote,
    Temporary,
)
from newsroom.core.publish.targets import add_target
from newsroom.core.publish.wordpress import WordPressPublisher, conflict_fields, marker
from newsroom.core.publish.wp_content import (
    Link,
    ParsedNote,
    byline_block,
    notes_block,
    parse_byline,
    parse_notes,
    parse_related,
    related_block,
    strip_blocks,
)
from newsroom.core.publish.wp_fields import UID_RE, strip_marker

INDEX = {"name": "Test", "namespaces": ["oembed/1.0", "wp/v2"]}
PAGE = "<!doctype html><html><body><h1>Please sign in to the hotel Wi-Fi</h1></body></html>"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(tmp_path / "Desk.newsroom")
    yield lib
    lib.close()


def publisher(library: Library, url: str, **settings: object) -> WordPressPublisher:
    target = add_target(library, "Site", "wordpress", url, "editor", settings)
    return WordPressPublisher(target, secret="abcd efgh ijkl", library=library, timeout=5.0)


def item(**changes: Any) -> Outgoing:
    values: dict[str, Any] = {
        "article_id": 1,
        "uid": "0b7c2f7e-3c1a-4c49-9e1f-3d2b5a0c9e11",
        "slug": "eu-summit",
        "action": Action.PUBLISH,
        "headline": "EU summit ends",
        "standfirst": "Leaders agree.",
        "body_html": "<p>Leaders agreed.</p>",
        "body_markdown": "Leaders agreed.",
        # No byline: the tests of bylines (a user, or a line) give one.
        "byline": "",
        "dateline": "BRUSSELS",
        "language": "en",
        "section_path": (),
        "section_slugs": (),
        "tags": (),
        "published_at": None,
        "embargo_until": None,
        "media": (),
        "idempotency_key": "key-1",
    }
    values.update(changes)
    return Outgoing(**values)


def test_a_web_page_instead_of_data_is_temporary(httpserver: HTTPServer, library: Library) -> None:
    httpserver.expect_request("/wp-json/").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    with publisher(library, httpserver.url_for("/")) as wp, pytest.raises(Temporary) as caught:
        wp.check()
    assert "sign-in" in str(caught.value)


def test_a_web_page_from_a_known_root_is_temporary(
    httpserver: HTTPServer, library: Library
) -> None:
    httpserver.expect_request("/wp-json/wp/v2/users/me").respond_with_data(
        PAGE, content_type="text/html"
    )
    url = httpserver.url_for("/wp-json")
    with publisher(library, url) as wp, pytest.raises(Temporary) as caught:
        wp.check()
    assert "instead of data" in str(caught.value)


def test_429_is_temporary_and_keeps_retry_after(httpserver: HTTPServer, library: Library) -> None:
    httpserver.expect_request("/wp-json/").respond_with_json(INDEX)
    httpserver.expect_request("/wp-json/wp/v2/posts", method="POST").respond_with_json(
        {"code": "too_many", "message": "Slow down."}, status=429, headers={"Retry-After": "7"}
    )
    with publisher(library, httpserver.url_for("/")) as wp, pytest.raises(Temporary) as caught:
        wp.publish(item(), None)
    assert caught.value.retry_after == 7.0
    assert "Slow down." in str(caught.value)


def test_403_is_rejected_with_the_servers_message(httpserver: HTTPServer, library: Library) -> None:
    httpserver.expect_request("/wp-json/").respond_with_json(INDEX)
    message = "Sorry, you are not allowed to publish posts as this user."
    httpserver.expect_request("/wp-json/wp/v2/posts", method="POST").respond_with_json(
        {"code": "rest_cannot_publish", "message": message, "data": {"status": 403}}, status=403
    )
    with publisher(library, httpserver.url_for("/")) as wp, pytest.raises(Rejected) as caught:
        wp.publish(item(), None)
    assert message in str(caught.value)
    assert "abcd" not in str(caught.value)  # never the password


def test_without_pretty_permalinks_the_link_header_names_the_root(
    httpserver: HTTPServer, library: Library
) -> None:
    httpserver.expect_request("/wp-json/").respond_with_data(
        PAGE, status=404, content_type="text/html"
    )
    root = httpserver.url_for("/") + "?rest_route=/"
    httpserver.expect_request("/", query_string={"rest_route": "/"}).respond_with_json(INDEX)
    httpserver.expect_request(
        "/", query_string={"rest_route": "/wp/v2/users/me", "context": "edit"}
    ).respond_with_json(
        {
            "id": 2,
            "username": "editor",
            "name": "Eddie Editor",
            "roles": ["contributor"],
            "capabilities": {"edit_posts": True},
        }
    )
    # Registered last: the first handler that matches answers.
    httpserver.expect_request("/").respond_with_data(
        PAGE, content_type="text/html", headers={"Link": f'<{root}>; rel="https://api.w.org/"'}
    )
    with publisher(library, httpserver.url_for("/")) as wp:
        account = wp.check()
        assert wp.root.endswith("/?rest_route=")
    assert account.name == "Eddie Editor"
    assert not account.can_publish
    assert "not publish" in account.detail


def test_no_password_is_auth_failed_without_a_request(
    httpserver: HTTPServer, library: Library
) -> None:
    target = add_target(library, "Site", "wordpress", httpserver.url_for("/wp-json"), "editor")
    wp = WordPressPublisher(target, secret=None, library=library)
    with wp, pytest.raises(AuthFailed) as caught:
        wp.check()
    assert "Site" in str(caught.value)
    assert httpserver.log == []


def test_401_is_auth_failed(httpserver: HTTPServer, library: Library) -> None:
    httpserver.expect_request("/wp-json/wp/v2/users/me").respond_with_json(
        {"code": "rest_not_logged_in", "message": "You are not currently logged in."}, status=401
    )
    with publisher(library, httpserver.url_for("/wp-json")) as wp, pytest.raises(AuthFailed):
        wp.check()


def test_not_wordpress_is_rejected(httpserver: HTTPServer, library: Library) -> None:
    httpserver.expect_request("/wp-json/").respond_with_json({"hello": "world"})
    httpserver.expect_request("/").respond_with_data("", status=404)
    with publisher(library, httpserver.url_for("/")) as wp, pytest.raises(Rejected) as caught:
        wp.check()
    assert "does not look like a WordPress site" in str(caught.value)


class FakeWordPress:
    """Just enough of /wp/v2 to see what the client sends: posts, tags, categories,
    media, with ids that the test can make vanish (WordPress drops unknown ids)."""

    def __init__(self) -> None:
        self.posts: dict[int, dict[str, Any]] = {}
        self.terms: dict[int, dict[str, Any]] = {}
        self.media: dict[int, dict[str, Any]] = {}
        self.next_id = 100
        self.requests: list[tuple[str, str]] = []
        #: How many of the next media uploads are stored but answered with a 504.
        self.lose_upload_answers = 0
        #: How many of the next post writes fail with a 503.
        self.fail_post_writes = 0

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def __call__(self, request: Request) -> Response:
        path = request.path.removeprefix("/wp-json/wp/v2/")
        self.requests.append((request.method, path))
        body = request.get_json(silent=True) or {}
        kind, _, ident = path.partition("/")
        if kind in ("categories", "tags"):
            taxonomy = kind
            if request.method == "GET":
                found = [
                    t
                    for t in self.terms.values()
                    if t["taxonomy"] == taxonomy
                    and request.args.get("search", "").lower() in t["name"].lower()
                    and ("parent" not in request.args or t["parent"] == int(request.args["parent"]))
                ]
                return Response(json.dumps(found), content_type="application/json")
            term = {"id": self.new_id(), "name": body["name"], "parent": body.get("parent", 0)}
            term["taxonomy"] = taxonomy
            self.terms[term["id"]] = term
            return Response(json.dumps(term), status=201, content_type="application/json")
        if kind == "media":
            if request.method == "GET" and not ident:
                words = request.args.get("search", "")
                found = [m for m in self.media.values() if words in m.get("description", "")]
                return Response(json.dumps(found), content_type="application/json")
            if request.method == "POST" and not ident:
                media = {"id": self.new_id(), "source_url": f"http://site/img-{self.next_id}.png"}
                media.update(request.form.items())
                media["filename"] = request.files["file"].filename
                self.media[media["id"]] = media
                if self.lose_upload_answers:
                    # Stored, and then the answer never reaches the client.
                    self.lose_upload_answers -= 1
                    return Response("Gateway timeout", status=504)
                return Response(json.dumps(media), status=201, content_type="application/json")
            media_id = int(ident)
            if media_id not in self.media:
                return Response(
                    json.dumps({"code": "rest_post_invalid_id", "message": "Invalid post ID."}),
                    status=404,
                    content_type="application/json",
                )
            self.media[media_id].update(body)
            return Response(json.dumps(self.media[media_id]), content_type="application/json")
        if kind == "posts" and not ident and request.method == "GET":
            words = request.args.get("search", "")
            found = [p for p in self.posts.values() if words in p.get("content", "")]
            found = [{**p, "content": {"raw": p.get("content", "")}} for p in found]
            return Response(json.dumps(found), content_type="application/json")
        if kind == "posts":
            if ident and int(ident) not in self.posts:
                return Response(
                    json.dumps({"code": "rest_post_invalid_id", "message": "Invalid post ID."}),
                    status=404,
                    content_type="application/json",
                )
            if request.method == "POST" and self.fail_post_writes:
                self.fail_post_writes -= 1
                return Response("Busy", status=503)
            post_id = int(ident) if ident else self.new_id()
            post = self.posts.setdefault(post_id, {"id": post_id})
            if request.method == "POST":
                post.update(body)
                post["categories"] = [c for c in body.get("categories", []) if c in self.terms]
                post["tags"] = [t for t in body.get("tags", []) if t in self.terms]
                if body.get("featured_media") not in self.media:
                    post["featured_media"] = 0
                post["modified_gmt"] = f"2026-01-01T00:00:{len(self.requests):02d}"
                post["link"] = f"http://site/{post.get('slug', post_id)}/"
            return Response(json.dumps(post), content_type="application/json")
        return Response("{}", status=404, content_type="application/json")


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeWordPress:
    site = FakeWordPress()
    httpserver.expect_request("/wp-json/").respond_with_json(INDEX)
    httpserver.expect_request(re.compile(r"^/wp-json/wp/v2/.+")).respond_with_handler(site)
    return site


def image(featured: bool = True) -> OutgoingMedia:
    data = b"\x89PNG\r\n\x1a\nnot really"
    return OutgoingMedia(
        media_id=0,
        uid="uid-1",
        filename="eu flag.png",
        mime_type="image/png",
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        alt="The EU flag",
        caption="Flags in Brussels",
        credit="AP",
        local_url="newsroom://media/uid-1",
        featured=featured,
    )


def test_ids_the_site_dropped_are_forgotten_and_made_again(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    media = library.add_media("eu flag.png", "image/png", image().data)
    picture = OutgoingMedia(**{**image().__dict__, "media_id": media.id})
    outgoing = item(section_path=("Culture", "Art/Design"), tags=("EU",), media=(picture,))
    with publisher(library, httpserver.url_for("/")) as wp:
        first = wp.publish(outgoing, None)
        fake.terms.clear()  # someone deleted the terms on the site
        fake.media.clear()
        second = wp.publish(outgoing, first, force=True)
    post = fake.posts[int(second.remote_id)]
    assert post["categories"] and post["tags"] and post["featured_media"]
    assert post["categories"][0] in fake.terms
    parent = fake.terms[post["categories"][0]]["parent"]
    assert fake.terms[parent]["name"] == "Culture"
    assert fake.media[post["featured_media"]]["alt_text"] == "The EU flag"


def flag(library: Library) -> OutgoingMedia:
    """:func:`image` as an image of the library (``remote_media`` refers to it)."""
    media = library.add_media("eu flag.png", "image/png", image().data)
    return OutgoingMedia(**{**image().__dict__, "media_id": media.id, "uid": media.uid})


def uploads(fake: FakeWordPress) -> list[tuple[str, str]]:
    return [r for r in fake.requests if r[0] == "POST" and r[1].startswith("media")]


def recorded(library: Library) -> list[tuple[str, str]]:
    return library.conn.execute("SELECT remote_id, sha256 FROM remote_media").fetchall()


def test_an_upload_is_one_request_with_its_fields_and_marker(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    picture = flag(library)
    with publisher(library, httpserver.url_for("/")) as wp:
        remote = wp.publish(item(media=(picture,)), None)
    [attachment] = fake.media.values()
    assert uploads(fake) == [("POST", "media")]  # nothing sent after it to describe it
    assert attachment["filename"] == "eu-flag.png"
    assert attachment["alt_text"] == "The EU flag"
    assert attachment["caption"] == 'Flags in Brussels <span class="credit">AP</span>'
    hidden = f"<!-- newsroom-media:{picture.uid}:{picture.sha256} -->"
    assert attachment["description"] == f"Credit: AP\n{hidden}"
    assert fake.posts[int(remote.remote_id)]["featured_media"] == attachment["id"]


def test_an_upload_whose_answer_was_lost_is_found_not_sent_again(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    picture = flag(library)
    fake.lose_upload_answers = 1
    with publisher(library, httpserver.url_for("/")) as wp:
        with pytest.raises(Temporary):
            wp.publish(item(media=(picture,)), None)
        assert len(fake.media) == 1 and recorded(library) == []
        # Not the entry that failed: another article with the same image.
        remote = wp.publish(item(uid="other", slug="other", media=(picture,)), None)
    [attachment_id] = fake.media
    assert len(uploads(fake)) == 1
    assert fake.posts[int(remote.remote_id)]["featured_media"] == attachment_id
    assert recorded(library) == [(str(attachment_id), picture.sha256)]


def test_an_upload_is_recorded_before_the_post_can_fail(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    picture = flag(library)
    fake.fail_post_writes = 1
    with publisher(library, httpserver.url_for("/")) as wp:
        with pytest.raises(Temporary):
            wp.publish(item(media=(picture,)), None)
        [attachment_id] = fake.media
        assert recorded(library) == [(str(attachment_id), picture.sha256)]
        searches = fake.requests.count(("GET", "media"))
        remote = wp.publish(item(retried=True, media=(picture,)), None)
    assert len(uploads(fake)) == 1
    assert fake.requests.count(("GET", "media")) == searches  # known: no search needed
    assert fake.posts[int(remote.remote_id)]["featured_media"] == attachment_id


def test_new_bytes_are_a_new_upload(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    picture = flag(library)
    cropped_data = picture.data + b"cropped"
    cropped = OutgoingMedia(
        **{
            **picture.__dict__,
            "data": cropped_data,
            "sha256": hashlib.sha256(cropped_data).hexdigest(),
        }
    )
    with publisher(library, httpserver.url_for("/")) as wp:
        wp.publish(item(media=(picture,)), None)
        remote = wp.publish(item(uid="other", slug="other", media=(cropped,)), None)
    assert len(fake.media) == 2
    new_id = fake.posts[int(remote.remote_id)]["featured_media"]
    assert cropped.sha256 in fake.media[new_id]["description"]
    assert recorded(library) == [(str(new_id), cropped.sha256)]


def test_conflict_fields_ignore_markers_and_slug_suffixes() -> None:
    ours = {
        "title": "A",
        "content": "<p>x</p>\n" + marker("u"),
        "excerpt": "s",
        "slug": "eu-summit",
        "status": "publish",
    }
    theirs = {
        "title": {"raw": "A"},
        "content": {"raw": "<p>x</p>\n" + marker("u")},
        "excerpt": {"raw": "s"},
        "slug": "eu-summit-2",
        "status": "future",
    }
    assert conflict_fields(ours, theirs) == {}
    theirs["title"] = {"raw": "B"}
    theirs["status"] = "draft"
    assert conflict_fields(ours, theirs) == {"title": ("A", "B"), "status": ("publish", "draft")}


def test_a_post_deleted_on_the_site_is_a_conflict_unless_forced(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    gone = Remote("999", "http://site/eu-summit/", "2026-01-01T00:00:00")
    with publisher(library, httpserver.url_for("/")) as wp:
        with pytest.raises(Conflict) as caught:
            wp.publish(item(action=Action.UPDATE), gone)
        assert caught.value.fields == {"status": ("publish", "deleted")}
        again = wp.publish(item(action=Action.UPDATE), gone, force=True)
        # Its answer was lost and the outbox sends it again: still one post.
        retried = wp.publish(item(action=Action.UPDATE), gone, force=True)
    assert retried.remote_id == again.remote_id
    assert len(fake.posts) == 1
    assert again.remote_id != "999"
    assert fake.posts[int(again.remote_id)]["title"] == "EU summit ends"


def test_embargo_still_running_schedules_the_post(
    fake: FakeWordPress, httpserver: HTTPServer, library: Library
) -> None:
    embargo = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    outgoing = item(published_at=datetime.now(UTC) - timedelta(hours=1), embargo_until=embargo)
    with publisher(library, httpserver.url_for("/")) as wp:
        remote = wp.publish(outgoing, None)
    sent = fake.posts[int(remote.remote_id)]
    assert sent["date_gmt"] == embargo.strftime("%Y-%m-%dT%H:%M:%S")
    assert sent["content"].endswith(marker(outgoing.uid))


def test_without_a_link_header_the_query_form_is_tried(
    httpserver: HTTPServer, library: Library
) -> None:
    httpserver.expect_request("/wp-json/").respond_with_data(
        PAGE, status=404, content_type="text/html"
    )
    httpserver.expect_request(
        "/", query_string={"rest_route": "/", "_fields": "name,namespaces"}
    ).respond_with_json(INDEX)
    httpserver.expect_request(
        "/", query_string={"rest_route": "/wp/v2/users/me", "context": "edit"}
    ).respond_with_json({"id": 1, "username": "admin", "capabilities": {"publish_posts": True}})
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    with publisher(library, httpserver.url_for("/")) as wp:
        assert wp.check().can_publish
        assert wp.root == httpserver.url_for("/") + "?rest_route="


def test_newsroom_blocks_are_escaped_and_read_back() -> None:
    """The byline, notes and related blocks carry hostile text escaped, strip off the
    body whole, and are never taken for the post's marker."""
    hostile = "<script>alert('x')</script> \"Q\" & A"
    at = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    note = OutgoingNote("correction", "Correction", at, "5 December 2026, 10:00 CET", hostile)
    content = "\n".join(
        [
            byline_block(hostile),
            "<p>Body.</p>",
            notes_block([note]),
            related_block(
                [Link(hostile, "https://a.example/?x=1&y=2"), Link("JS", "javascript:x")]
            ),
            marker("0b7c2f7e-3c1a-4c49-9e1f-3d2b5a0c9e11"),
        ]
    )
    assert "<script>" not in content and "javascript:" not in content
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;Q&quot; &amp; A" in content
    assert strip_blocks(strip_marker(content)) == "<p>Body.</p>"
    assert strip_marker(content).count("<!-- newsroom:") == 3  # the blocks stay
    found = UID_RE.search(content)
    assert found is not None and found.group(1) == "0b7c2f7e-3c1a-4c49-9e1f-3d2b5a0c9e11"
    assert parse_byline(content) == hostile
    assert parse_related(content) == [Link(hostile, "https://a.example/?x=1&y=2")]
    assert parse_notes(content) == [ParsedNote("correction", at, hostile)]
