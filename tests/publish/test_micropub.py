"""The Micropub target against a Micropub endpoint on 127.0.0.1.

No Micropub server installs from the package registries here, so the endpoint is a
small receiver on a real loopback HTTP server (pytest-httpserver) that answers as the
W3C Micropub Recommendation says (https://www.w3.org/TR/micropub/): ``q=config`` names
the media endpoint, a JSON ``h-entry`` is created with 201 and ``Location``, ``update``
replaces properties, ``delete`` deletes, the media endpoint answers 201 and
``Location``, and errors are ``{"error": ..., "error_description": ...}`` with 401, 403
or 400. It keeps what it was sent, which the tests read."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from publish_helpers import outgoing_item as item
from publish_helpers import outgoing_picture as picture
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsroom.core.library import Library
from newsroom.core.publish import kinds
from newsroom.core.publish.base import Action, AuthFailed, Rejected
from newsroom.core.publish.clients import make_publisher, needs_secret
from newsroom.core.publish.kinds.micropub import KIND, MicropubPublisher
from newsroom.core.publish.targets import TargetError, add_target

TOKEN = "xyz-token"


class Endpoint:
    """A Micropub endpoint and its media endpoint, as the Recommendation specifies."""

    def __init__(self, server: HTTPServer, *, media: bool = True) -> None:
        self.server = server
        self.posts: dict[str, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self._n = itertools.count(1)
        server.expect_request("/micropub").respond_with_handler(self.micropub)
        if media:
            server.expect_request("/media", method="POST").respond_with_handler(self.media)
        self.has_media = media

    @staticmethod
    def _error(status: int, error: str, description: str) -> Response:
        body = json.dumps({"error": error, "error_description": description})
        return Response(body, status=status, content_type="application/json")

    def _authorized(self, request: Request) -> Response | None:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in (TOKEN, "read-only"):
            return self._error(401, "unauthorized", "The token is not valid.")
        if request.method == "POST" and token == "read-only":
            return self._error(403, "insufficient_scope", "The token may not create.")
        return None

    def micropub(self, request: Request) -> Response:
        if (refused := self._authorized(request)) is not None:
            return refused
        if request.method == "GET" and request.args.get("q") == "config":
            config = {"media-endpoint": self.server.url_for("/media")} if self.has_media else {}
            return Response(json.dumps(config), content_type="application/json")
        body = request.get_json(force=True)
        action = body.get("action")
        if action in ("update", "delete"):
            url = body.get("url", "")
            if url not in self.posts:
                return self._error(400, "invalid_request", "There is no post at that URL.")
            if action == "delete":
                del self.posts[url]
            else:
                self.posts[url]["properties"].update(body["replace"])
            return Response(status=204)
        if body.get("type") != ["h-entry"] or not isinstance(body.get("properties"), dict):
            return self._error(400, "invalid_request", "Send an h-entry with properties.")
        slug = (body["properties"].get("mp-slug") or [f"post-{next(self._n)}"])[0]
        url = self.server.url_for(f"/posts/{slug}")
        self.posts[url] = body
        return Response(status=201, headers={"Location": url})

    def media(self, request: Request) -> Response:
        if (refused := self._authorized(request)) is not None:
            return refused
        upload = request.files["file"]
        url = self.server.url_for(f"/files/{next(self._n)}-{upload.filename}")
        self.files[url] = upload.read()
        return Response(status=201, headers={"Location": url})


@pytest.fixture
def endpoint(httpserver: HTTPServer) -> Iterator[Endpoint]:
    yield Endpoint(httpserver)


def client(library: Library, server: HTTPServer, token: str = TOKEN) -> MicropubPublisher:
    target = add_target(library, "Notes", "micropub", server.url_for("/micropub"))
    return MicropubPublisher(target, secret=token, library=library)


def test_the_kind_is_registered_and_read_from_its_descriptor(library: Library) -> None:
    assert kinds.check("micropub") is KIND and KIND in kinds.known()
    notes = add_target(library, "Notes", "micropub", "https://micro.blog/micropub")
    assert needs_secret(notes) and notes.kind.schedules_switch is None
    with pytest.raises(TargetError, match="no user name here"):
        add_target(library, "Other", "micropub", "https://micro.blog/micropub", "ada")
    assert isinstance(make_publisher(notes, secret="t", library=library), MicropubPublisher)


def test_check_reads_the_config_and_a_wrong_token_is_refused(
    endpoint: Endpoint, library: Library, httpserver: HTTPServer
) -> None:
    with client(library, httpserver) as good:
        assert "which takes images" in good.check().detail
    bad = MicropubPublisher(
        add_target(library, "Wrong", "micropub", httpserver.url_for("/micropub")),
        secret="not-it",
        library=library,
    )
    with bad, pytest.raises(AuthFailed, match="did not accept the access token") as caught:
        bad.check()
    assert "not-it" not in str(caught.value)


def test_publish_update_and_take_down(
    endpoint: Endpoint, library: Library, httpserver: HTTPServer, token: str
) -> None:
    top = picture(library, "top.png", "red", featured=True)
    inline = picture(library, "in.png", "blue", featured=False)
    sent = item(
        token,
        byline="Jane Doe",
        section_path=("World", "Europe"),
        tags=("budget",),
        body_html=f'<p>Before.</p><figure><img src="{inline.local_url}" alt="Blue"></figure>',
        media=(top, inline),
    )
    with client(library, httpserver) as notes:
        remote = notes.publish(sent, None)
        assert remote.url == httpserver.url_for(f"/posts/eu-summit-{token}") and remote.live
        props = endpoint.posts[remote.remote_id]["properties"]
        assert props["name"] == [sent.headline] and props["summary"] == [sent.standfirst]
        assert props["category"] == ["Europe", "budget"]
        assert props["photo"][0]["alt"] == "A red square"
        html = props["content"][0]["html"]
        assert "Jane Doe" in html and "newsroom://" not in html
        assert set(endpoint.files) == {props["photo"][0]["value"], _src(html)}
        assert all(data[:4] == b"\x89PNG" for data in endpoint.files.values())

        changed = item(token, uid=sent.uid, action=Action.UPDATE, headline="Late", media=(top,))
        uploads = dict(endpoint.files)
        again = notes.publish(changed, remote)
        assert again.remote_id == remote.remote_id
        assert endpoint.posts[remote.remote_id]["properties"]["name"] == ["Late"]
        assert endpoint.files == uploads, "an unchanged photo is not uploaded again"

        gone = notes.unpublish(changed, again)
        assert not gone.live and remote.remote_id not in endpoint.posts
        anew = notes.publish(changed, gone)
        assert anew.live and anew.remote_id in endpoint.posts


def _src(html: str) -> str:
    start = html.index('src="') + len('src="')
    return html[start : html.index('"', start)]


def test_a_site_without_a_media_endpoint_gets_the_text_and_a_warning(
    httpserver: HTTPServer, library: Library, token: str
) -> None:
    endpoint = Endpoint(httpserver, media=False)
    inline = picture(library, "in.png", "blue", featured=False)
    body = f'<p>Text.</p><figure><img src="{inline.local_url}" alt="Blue"></figure>'
    with client(library, httpserver) as notes:
        remote = notes.publish(item(token, body_html=body, media=(inline,)), None)
    assert "takes no images" in remote.warnings[0]
    html = endpoint.posts[remote.remote_id]["properties"]["content"][0]["html"]
    assert "Text." in html and "<img" not in html


def test_refusals_say_why_in_the_servers_words(
    endpoint: Endpoint, library: Library, httpserver: HTTPServer, token: str
) -> None:
    reader = client(library, httpserver, token="read-only")
    with reader, pytest.raises(AuthFailed, match="The token may not create"):
        reader.publish(item(token), None)
    other = add_target(library, "Notes 2", "micropub", httpserver.url_for("/micropub"))
    with MicropubPublisher(other, secret=TOKEN, library=library) as notes:
        lost = notes.publish(item(token), None)
        endpoint.posts.clear()  # deleted on the site meanwhile
        with pytest.raises(Rejected, match="There is no post at that URL"):
            notes.publish(item(token, action=Action.UPDATE), lost)
