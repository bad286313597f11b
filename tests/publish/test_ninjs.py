"""ninjs: items that validate against the official IPTC schema, pushed to a real
HTTP receiver on 127.0.0.1 (images first, then the item)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ninjs_schema import ninjs_validator
from publish_helpers import outgoing, png
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind, Status
from newsroom.core.publish import kinds
from newsroom.core.publish.base import (
    Action,
    AuthFailed,
    Rejected,
    Remote,
    Target,
    Temporary,
)
from newsroom.core.publish.ninjs import NinjsPublisher, item_uri, to_ninjs

LOCAL = "newsroom://media/"
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return ninjs_validator()


def assert_valid(validator: Draft202012Validator, ninjs: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(ninjs)]
    assert not errors, errors


@pytest.fixture
def story(library: Library) -> Article:
    """A story with a featured photo and a chart in the text."""
    photo = library.add_media(
        "harbour.png", "image/png", png(200, 30, 30),
        alt="The harbour at dawn", caption="Antwerp, Monday.", credit="Photo: A. Lens",
    )  # fmt: skip
    chart = library.add_media("chart.png", "image/png", png(30, 30, 200), alt="A chart")
    europe = library.section_tree().resolve("My Europe/Europe News")
    assert europe is not None
    return library.create_article(
        Article(
            headline="Ports brace for the strike", slug="ports", section_id=europe.id,
            standfirst="Dockers stop work on Monday.", byline="Ana Ruiz and Tom Berg",
            dateline="Antwerp", tags=["strikes", "Ports & Docks"],
            body=f"Dockers stop work.\n\n![The quay](media:{chart.uid})\n\n## Why\n\nPay.",
            featured_media_id=photo.id, status=Status.PUBLISHED,
            published_at=datetime(2026, 3, 9, 7, 30, tzinfo=UTC), language="en",
        )
    )  # fmt: skip


def test_items_validate_against_the_official_schema(
    validator: Draft202012Validator, library: Library, story: Article
) -> None:
    item = outgoing(library, story)
    urls = {m.media_id: f"https://cdn.example.org/{m.filename}" for m in item.media}
    ninjs = to_ninjs(item, media_urls=urls, now=NOW)
    assert_valid(validator, ninjs)
    assert ninjs["uri"] == f"urn:uuid:{story.uid}"
    assert ninjs["type"] == "text" and ninjs["pubstatus"] == "usable"
    assert ninjs["headlines"] == [{"role": "main", "value": "Ports brace for the strike"}]
    assert ninjs["descriptions"][0]["value"] == "Dockers stop work on Monday."
    assert ninjs["by"] == "Ana Ruiz and Tom Berg"
    assert [p["name"] for p in ninjs["people"]] == ["Ana Ruiz", "Tom Berg"]
    assert ninjs["located"] == "Antwerp"
    assert ninjs["firstcreated"] == "2026-03-09T07:30:00Z"
    assert ninjs["versioncreated"] == "2026-03-10T12:00:00Z"
    assert ninjs["subjects"][:2] == [
        {"name": "My Europe", "rel": "section", "uri": "urn:newsroom:section:my-europe"},
        {
            "name": "Europe News",
            "rel": "section",
            "uri": "urn:newsroom:section:my-europe/europe-news",
        },
    ]
    assert {s["literal"] for s in ninjs["subjects"][2:]} == {"strikes", "Ports & Docks"}
    body = ninjs["bodies"][0]
    assert body["contenttype"] == "text/html"
    assert LOCAL not in body["value"]
    assert 'src="https://cdn.example.org/chart.png"' in body["value"]
    assert body["value"].count('<!-- EMBED START Image {id: "editor_0"} --><figure>') == 1
    featured, inline = ninjs["associations"]
    assert featured["name"] == "featuremedia" and inline["name"] == "editor_0"
    assert featured["type"] == "picture"
    assert featured["renditions"] == [
        {
            "name": "original",
            "href": "https://cdn.example.org/harbour.png",
            "contenttype": "image/png",
            # The size of the web rendition that is sent (PNG keeps its format).
            "sizeinbytes": len(item.media[0].data),
            "width": 2,
            "height": 2,
        }
    ]
    assert {d["role"]: d["value"] for d in featured["descriptions"]} == {
        "caption": "Antwerp, Monday.",
        "alt": "The harbour at dawn",
        "creditline": "Photo: A. Lens",
    }
    assert featured["copyrightholder"] == "Photo: A. Lens"


def test_the_welcome_article_embargo_and_unpublish_validate_too(
    validator: Draft202012Validator, library: Library, story: Article
) -> None:
    welcome = outgoing(library, library.article_by_slug("welcome-to-newsroom"))
    urls = {m.media_id: f"https://cdn.example.org/{m.uid}.svg" for m in welcome.media}
    ninjs = to_ninjs(welcome, media_urls=urls, now=NOW)
    assert_valid(validator, ninjs)
    assert [a["name"] for a in ninjs["associations"]] == ["editor_0"]
    assert ninjs["associations"][0]["renditions"][0]["contenttype"] == "image/svg+xml"

    item = outgoing(library, story)
    embargoed = replace(item, embargo_until=NOW + timedelta(hours=6))
    held = to_ninjs(embargoed, media_urls={}, now=NOW)
    assert_valid(validator, held)
    assert held["pubstatus"] == "withheld" and held["embargoed"] == "2026-03-10T18:00:00Z"
    assert "associations" not in held  # nothing uploaded: no image is announced
    lifted = to_ninjs(embargoed, media_urls={}, now=NOW + timedelta(hours=7))
    assert lifted["pubstatus"] == "usable"

    canceled = to_ninjs(replace(item, action=Action.UNPUBLISH), media_urls={}, now=NOW)
    assert_valid(validator, canceled)
    assert canceled["pubstatus"] == "canceled" and canceled["uri"] == item_uri(story.uid)

    bare = replace(
        item, standfirst="", byline="", dateline="", tags=(), section_path=(),
        section_slugs=(), media=[], published_at=None,
    )  # fmt: skip
    minimal = to_ninjs(bare, media_urls={}, now=NOW)
    assert_valid(validator, minimal)
    assert minimal["firstcreated"] == "2026-03-10T12:00:00Z"
    for key in ("descriptions", "by", "people", "located", "subjects", "associations"):
        assert key not in minimal


def test_the_schema_check_catches_what_it_should(validator: Draft202012Validator) -> None:
    """The validator is not a rubber stamp: typical mistakes fail it."""
    good = {"uri": "urn:uuid:1", "type": "text", "headlines": [{"value": "H"}]}
    assert not list(validator.iter_errors(good))
    for bad in (
        {**good, "keywords": ["ninjs 1 had these"]},
        {**good, "pubstatus": "published"},
        {**good, "firstcreated": "9 March 2026"},
        {**good, "uri": "no scheme"},
        {**good, "associations": [{"uri": "urn:uuid:2", "type": "picture"}]},  # no name
        {**good, "renditions": [{"href": "https://x.example/a.png"}]},  # no name
    ):
        assert list(validator.iter_errors(bad)), bad


def test_version_follows_the_content_and_not_the_clock(library: Library, story: Article) -> None:
    item = outgoing(library, story)
    first = to_ninjs(item, media_urls={}, now=NOW)
    again = to_ninjs(item, media_urls={}, now=NOW + timedelta(days=1))
    edited = to_ninjs(replace(item, headline="Ports shut"), media_urls={}, now=NOW)
    assert first["version"] == again["version"] != edited["version"]


# -- the receiver -----------------------------------------------------------------------
def target(server: HTTPServer, **fields: Any) -> Target:
    return Target(id=1, name="Wire", kind=kinds.NINJS, url=server.url_for("/ninjs"), **fields)


def register_target(library: Library) -> None:
    """The targets row the remembered uploads belong to."""
    library.conn.execute(
        "INSERT INTO targets (id, name, kind, url, created_at) VALUES (1, 'Wire', 'ninjs', "
        "'http://127.0.0.1/', '2026-03-01T00:00:00+00:00')"
    )


class Receiver:
    """Answers uploads with an address and records what came, in order."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.seen: list[tuple[str, str, bytes, dict[str, str]]] = []
        server.expect_request("/ninjs/media", method="POST").respond_with_handler(self.media)
        server.expect_request("/ninjs/items", method="POST").respond_with_handler(self.items)
        server.expect_request("/ninjs", method="GET").respond_with_json({"name": "wire"})

    def _record(self, request: Request) -> None:
        self.seen.append((request.method, request.path, request.get_data(), dict(request.headers)))

    def media(self, request: Request) -> Response:
        self._record(request)
        name = f"{len(self.seen)}.png"
        return Response(json.dumps({"href": f"/files/{name}"}), content_type="application/json")

    def items(self, request: Request) -> Response:
        self._record(request)
        return Response(
            json.dumps({"id": "42", "url": "https://wire.example.org/42"}),
            status=201,
            content_type="application/json",
        )

    def paths(self) -> list[str]:
        return [path for _, path, _, _ in self.seen]

    def item(self, index: int = -1) -> dict[str, Any]:
        items = [body for _, path, body, _ in self.seen if path.endswith("/items")]
        return dict(json.loads(items[index]))


def test_images_go_first_then_the_item(
    httpserver: HTTPServer, library: Library, story: Article, validator: Draft202012Validator
) -> None:
    register_target(library)
    receiver = Receiver(httpserver)
    client = NinjsPublisher(target(httpserver), secret=None, library=library)
    item = outgoing(library, story)
    remote = client.publish(item, None)
    assert receiver.paths() == ["/ninjs/media", "/ninjs/media", "/ninjs/items"]
    _, _, data, headers = receiver.seen[0]
    assert data == item.media[0].data
    assert headers["Content-Type"] == "image/png"
    assert headers["Content-Disposition"] == 'attachment; filename="harbour.png"'
    assert headers["X-Ninjs-Uri"] == item_uri(item.media[0].uid)
    assert "Authorization" not in headers
    sent = receiver.item()
    assert_valid(validator, sent)
    assert receiver.seen[-1][3]["Idempotency-Key"] == item.idempotency_key
    base = httpserver.url_for("/files/")  # "/files/1.png" is on the host, as in a browser
    assert [a["renditions"][0]["href"] for a in sent["associations"]] == [
        base + "1.png",
        base + "2.png",
    ]
    assert remote == Remote(item_uri(story.uid), "https://wire.example.org/42", sent["version"])

    # Again: the receiver has the images; only the item goes, the same version.
    client.publish(item, remote)
    assert receiver.paths()[3:] == ["/ninjs/items"]
    assert receiver.item()["version"] == sent["version"]

    # Unpublish: the same item, canceled, and no upload.
    gone = client.unpublish(replace(item, action=Action.UNPUBLISH), remote)
    assert receiver.paths()[4:] == ["/ninjs/items"]
    assert receiver.item()["pubstatus"] == "canceled"
    assert receiver.item()["associations"] == sent["associations"]
    assert gone.remote_id == remote.remote_id
    client.close()


def test_basic_auth_only_when_configured(
    httpserver: HTTPServer, library: Library, story: Article
) -> None:
    receiver = Receiver(httpserver)
    client = NinjsPublisher(
        target(httpserver, username="desk"), secret="s3cret pass", library=library
    )
    assert client.check().name == "desk"
    client.publish(outgoing(library, story), None)
    token = base64.b64encode(b"desk:s3cret pass").decode()
    assert [h.get("Authorization") for _, _, _, h in receiver.seen] == [f"Basic {token}"] * 3
    client.close()
    # A user without a password (not yet entered) sends nothing rather than half.
    receiver.seen.clear()
    bare = NinjsPublisher(target(httpserver, username="desk"), secret=None, library=library)
    bare.publish(outgoing(library, replace(story, featured_media_id=None)), None)
    assert all("Authorization" not in h for _, _, _, h in receiver.seen)
    bare.close()


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (401, {"message": "bad credentials"}, AuthFailed, "did not accept"),
        (403, {"message": "This feed is closed."}, Rejected, "This feed is closed."),
        (422, {"error": "headline too long"}, Rejected, "headline too long"),
        (503, {"message": "maintenance"}, Temporary, "busy or failing"),
        (200, "<html><body>Sign in to the hotel wifi</body></html>", Temporary, "sign-in"),
    ],
)
def test_server_failures_map_to_the_outbox_errors(
    httpserver: HTTPServer,
    library: Library,
    story: Article,
    status: int,
    body: object,
    error: type[Exception],
    words: str,
) -> None:
    if isinstance(body, str):
        httpserver.expect_request("/ninjs/media").respond_with_data(
            body, status=status, content_type="text/html"
        )
    else:
        httpserver.expect_request("/ninjs/media").respond_with_json(
            body, status=status, headers={"Retry-After": "120"}
        )
    client = NinjsPublisher(target(httpserver, username="desk"), secret="s3cret", library=library)
    with pytest.raises(error, match=words) as raised:
        client.publish(outgoing(library, story), None)
    assert "s3cret" not in str(raised.value)
    if status == 503:
        assert isinstance(raised.value, Temporary) and raised.value.retry_after == 120
    # Nothing was announced while its images could not go.
    assert all(not r.path.endswith("/items") for r, _ in httpserver.log)
    client.close()


def test_an_upload_answer_without_an_address_needs_attention(
    httpserver: HTTPServer, library: Library, story: Article
) -> None:
    httpserver.expect_request("/ninjs/media").respond_with_json({"id": 7})
    client = NinjsPublisher(target(httpserver), secret=None, library=library)
    with pytest.raises(Rejected, match="did not say where it is"):
        client.publish(outgoing(library, story), None)
    client.close()


def test_a_receiver_that_is_down_is_tried_again_later(
    httpserver: HTTPServer, library: Library, story: Article
) -> None:
    dead = Target(id=1, name="Wire", kind=kinds.NINJS, url=httpserver.url_for("/ninjs"))
    httpserver.stop()
    try:
        client = NinjsPublisher(dead, secret=None, library=library)
        with pytest.raises(Temporary, match="cannot be reached"):
            client.publish(outgoing(library, replace(story, featured_media_id=None)), None)
        client.close()
    finally:
        httpserver.start()


def test_the_item_is_refused_with_the_receivers_words(
    httpserver: HTTPServer, library: Library, story: Article
) -> None:
    httpserver.expect_request("/ninjs/items").respond_with_json(
        {"message": "Unknown section."}, status=400
    )
    client = NinjsPublisher(
        target(httpserver, settings={"items_path": "items"}), secret=None, library=library
    )
    bare = replace(story, featured_media_id=None, body="No pictures.")
    with pytest.raises(Rejected, match="Unknown section."):
        client.publish(outgoing(library, bare), None)
    client.close()


HOSTILE = """<script>alert("x")</script> & 'quoted' "double\""""


def test_corrections_and_updates_travel_as_ednote_and_raise_the_version(
    validator: Draft202012Validator, library: Library, story: Article
) -> None:
    assert story.id is not None
    plain = to_ninjs(outgoing(library, story), media_urls={}, now=NOW)
    assert "ednote" not in plain
    assert plain["version"].startswith("1.")

    library.add_note(
        story.id, NoteKind.CORRECTION, "The strike starts on Monday.",
        at=datetime(2026, 3, 9, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    corrected = to_ninjs(outgoing(library, story), media_urls={}, now=NOW)
    assert_valid(validator, corrected)
    assert (
        corrected["ednote"]
        == "Correction (March 9, 2026, 9:00\u202fAM UTC): The strike starts on Monday."
    )
    assert corrected["version"].startswith("2.")

    library.add_note(story.id, NoteKind.UPDATE, HOSTILE, at=datetime(2026, 3, 9, 15, 0, tzinfo=UTC))
    updated = to_ninjs(outgoing(library, story), media_urls={}, now=NOW)
    assert_valid(validator, updated)
    assert updated["ednote"] == (
        "Correction (March 9, 2026, 9:00\u202fAM UTC): The strike starts on Monday.\n"
        f"Update (March 9, 2026, 3:00\u202fPM UTC): {HOSTILE}"
    )
    assert updated["version"].startswith("3.")
    # Sent again, unchanged: the same version, a repeat the receiver may ignore.
    assert (
        to_ninjs(outgoing(library, story), media_urls={}, now=NOW)["version"]
        == (updated["version"])
    )
    # The take-down keeps them, canceled.
    canceled = to_ninjs(outgoing(library, story, Action.UNPUBLISH), media_urls={}, now=NOW)
    assert_valid(validator, canceled)
    assert canceled["pubstatus"] == "canceled" and canceled["ednote"] == updated["ednote"]


def test_hostile_text_is_plain_text_in_ninjs(
    validator: Draft202012Validator, library: Library, story: Article
) -> None:
    """Text fields carry the words as written (a receiver escapes them where it shows
    them); only the body is HTML, sanitized: raw HTML in the Markdown loses its script."""
    assert story.id is not None
    hostile = library.save_article(
        replace(story, headline=HOSTILE, byline=HOSTILE, standfirst=HOSTILE, body=HOSTILE)
    )
    library.add_note(story.id, NoteKind.CORRECTION, HOSTILE, at=datetime(2026, 3, 9, tzinfo=UTC))
    ninjs = to_ninjs(outgoing(library, hostile), media_urls={}, now=NOW)
    assert_valid(validator, ninjs)
    assert ninjs["headlines"][0]["value"] == HOSTILE
    assert ninjs["by"] == HOSTILE
    assert ninjs["descriptions"][0]["value"] == HOSTILE
    assert ninjs["ednote"] == f"Correction (March 9, 2026, 12:00\u202fAM UTC): {HOSTILE}"
    body = ninjs["bodies"][0]["value"]
    assert "<script" not in body and "alert" not in body and "<p>&amp; 'quoted'" in body


def test_a_take_down_reaches_the_receiver_as_canceled(
    httpserver: HTTPServer, library: Library, story: Article, validator: Draft202012Validator
) -> None:
    """Unpublishing in the library queues the take-down; the sync sends it, canceled."""
    from golive_helpers import approve

    from newsroom.core.publish import commands, golive
    from newsroom.core.publish.targets import add_target

    receiver = Receiver(httpserver)
    wire = add_target(library, "Wire", kinds.NINJS, httpserver.url_for("/ninjs"))
    assert story.id is not None
    approve(library, story.id, Status.PUBLISHED)
    golive.publish(library, story.id, wire)
    assert commands.sync(library, "Wire").ok
    assert receiver.item()["pubstatus"] == "usable"

    golive.set_status(library, story.id, Status.READY)  # "Unpublish"
    assert commands.sync(library, "Wire").ok
    gone = receiver.item()
    assert_valid(validator, gone)
    assert gone["pubstatus"] == "canceled" and gone["uri"] == item_uri(story.uid)
