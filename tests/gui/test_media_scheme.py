"""Library images reach the preview through newsroom://media/<uid>, served from the
library file; every other request of the app's scheme, and the network, stays shut."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage

from newsroom.core.library import Library
from newsroom.core.model import Media
from newsroom.core.render.page import render_article_html
from newsroom.gui.editor.paste import png_bytes
from newsroom.gui.preview.live_preview import LivePreview
from newsroom.gui.preview.preview import (
    MediaSource,
    PreviewLinks,
    PreviewPane,
    library_media_source,
    media_uid_of,
)
from newsroom.gui.tasks import TaskManager

UNKNOWN = "00000000-0000-4000-8000-000000000000"


class Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Counter.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def noise_png(width: int, height: int) -> bytes:
    """A PNG that does not compress: random pixels."""
    raw = os.urandom(width * height * 4)
    image = QImage(raw, width, height, width * 4, QImage.Format.Format_RGB32).copy()
    return png_bytes(image)


def small_png() -> bytes:
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    return png_bytes(image)


class Recording:
    """A media source over the library that remembers the uids asked for."""

    def __init__(self, library: Library) -> None:
        self.asked: list[str] = []
        self._source = library_media_source(library)

    def __call__(self, uid: str) -> tuple[bytes, str] | None:
        self.asked.append(uid)
        return self._source(uid)


def make_pane(qtbot, source: MediaSource | None) -> PreviewPane:
    pane = PreviewPane(media_source=source)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    return pane


def show(qtbot, pane: PreviewPane, html: str) -> None:
    with qtbot.waitSignal(pane.page_loaded, timeout=20000) as blocker:
        pane.show_html(html)
    assert blocker.args == [True]


def images(qtbot, pane: PreviewPane) -> list[dict[str, Any]]:
    """src, complete and naturalWidth of every <img>, read by the app (page script is off)."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    result: list[Any] = []
    # JSON: QtWebEngine hands arrays of objects back as an empty string
    script = (
        "JSON.stringify(Array.from(document.images).map(i => "
        "({src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth})))"
    )
    pane.view.page().runJavaScript(
        script, QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append
    )
    qtbot.waitUntil(lambda: bool(result), timeout=10000)
    return list(json.loads(result[0]))


def settled(qtbot, pane: PreviewPane) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def done() -> bool:
        found[:] = images(qtbot, pane)
        return all(i["complete"] for i in found)

    qtbot.waitUntil(done, timeout=15000)
    return found


def article_with(library: Library, body: str) -> Any:
    article = library.article(library.articles()[0].id)
    return replace(article, body=body, featured_media_id=None)


def add_png(library: Library, data: bytes, caption: str = "") -> Media:
    return library.add_media("photo.png", "image/png", data, caption=caption, credit="Reuters")


def test_the_preview_links_images_to_the_app_scheme_not_data_urls(library: Library) -> None:
    media = add_png(library, small_png())
    assert PreviewLinks().media(media) == f"newsroom://media/{media.uid}"


def test_an_article_image_loads_from_the_library_through_the_scheme(
    qtbot, library: Library, panes: list[PreviewPane], server: str
) -> None:
    big = add_png(library, noise_png(1000, 800), caption="Barges wait at Basel")
    assert len(big.data) > 2 * 1024 * 1024  # over setHtml's limit as a data: URL
    small = add_png(library, small_png())
    article = article_with(
        library,
        f"Intro.\n\n![](media:{big.uid})\n\n![Navy](media:{small.uid})\n\n"
        f"![]({server}/remote.png)\n",
    )
    html = render_article_html(library, article, PreviewLinks())
    assert "data:image/png" not in html
    source = Recording(library)
    pane = make_pane(qtbot, source)
    panes.append(pane)
    show(qtbot, pane, html)
    by_src = {i["src"]: i for i in settled(qtbot, pane)}
    assert by_src[f"newsroom://media/{big.uid}"]["width"] == 1000
    assert by_src[f"newsroom://media/{small.uid}"]["width"] == 30
    assert {big.uid, small.uid} <= set(source.asked)
    assert "Barges wait at Basel" in html and "Reuters" in html
    qtbot.wait(500)
    assert Counter.hits == []


def test_refused_requests_load_nothing_and_touch_neither_library_nor_network(
    qtbot, library: Library, panes: list[PreviewPane], server: str, tmp_path: Path
) -> None:
    good = add_png(library, small_png())
    local_png = tmp_path / "local.png"
    local_png.write_bytes(small_png())
    # PNG bytes in a row that says text/html: served, the engine would sniff and show them
    page_text = library.add_media("page.html", "text/html", small_png())
    hostile = [
        f"newsroom://media/{UNKNOWN}",
        "newsroom://media/../secret",
        "newsroom://media/%2e%2e/%2e%2e/etc/passwd",
        "newsroom://media/..%2f..%2fetc%2fpasswd",
        f"newsroom://media/%2E%2E%2F{good.uid}",
        f"newsroom://media/{good.uid}%2F..%2F..%2Fetc%2Fpasswd",
        f"newsroom://media/{good.uid}/extra",
        f"newsroom://media/{good.uid}?size=big",
        f"newsroom://article/{good.uid}",
        f"newsroom://preview/{good.uid}",
        f"newsroom://media:{good.uid}",
        f"newsroom://media/{page_text.uid}",
        f"{server}/media/{good.uid}",
        QUrl.fromLocalFile(str(local_png)).toString(),  # a real image file on this disk
    ]
    source = Recording(library)
    pane = make_pane(qtbot, source)
    panes.append(pane)
    html = "".join(f'<img src="{src}">' for src in hostile)
    show(qtbot, pane, f"<!DOCTYPE html><body>{html}<img src='newsroom://media/{good.uid}'>")
    found = settled(qtbot, pane)
    assert len(found) == len(hostile) + 1
    assert found[-1]["width"] == 30  # the page could load images: the zeros mean something
    assert [i["width"] for i in found[:-1]] == [0] * len(hostile)
    # the source was only asked for plain uids; never for a path
    assert set(source.asked) <= {UNKNOWN, good.uid, page_text.uid}
    qtbot.wait(500)
    assert Counter.hits == []


def test_dots_are_resolved_by_the_url_standard_and_cannot_leave_media(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    """``media/../UID`` and ``media/%2e%2e/UID`` are, by the URL standard, the URL
    ``media/UID`` (a path cannot climb above its root): the engine asks for that
    image, and the handler never sees a dot segment."""
    good = add_png(library, small_png())
    source = Recording(library)
    pane = make_pane(qtbot, source)
    panes.append(pane)
    dotted = [f"newsroom://media/../{good.uid}", f"newsroom://media/%2e%2e/{good.uid}"]
    show(qtbot, pane, "<!DOCTYPE html>" + "".join(f'<img src="{u}">' for u in dotted))
    assert [i["width"] for i in settled(qtbot, pane)] == [30, 30]
    assert set(source.asked) == {good.uid}


def test_a_pane_without_a_media_source_shows_no_library_image(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    media = add_png(library, small_png())
    pane = make_pane(qtbot, None)
    panes.append(pane)
    show(qtbot, pane, f"<!DOCTYPE html><img src='newsroom://media/{media.uid}'>")
    assert [i["width"] for i in settled(qtbot, pane)] == [0]


def test_the_live_preview_makes_its_library_the_media_source(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    media = add_png(library, small_png(), caption="Navy square")
    pane = make_pane(qtbot, None)
    panes.append(pane)
    tasks = TaskManager()
    live = LivePreview(library, pane, tasks)
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(article_with(library, f"Text.\n\n![](media:{media.uid})\n"))
    found = settled(qtbot, pane)
    assert [i["width"] for i in found if i["src"] == f"newsroom://media/{media.uid}"] == [30]
    live.stop()
    assert pane.media_source is None  # the library is about to close: serve nothing more


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"newsroom://media/{UNKNOWN}", UNKNOWN),
        (f"newsroom://MEDIA/{UNKNOWN}", UNKNOWN),  # hosts are case-insensitive
        (f"newsroom://media/../{UNKNOWN}", None),
        (f"newsroom://media/%2e%2e/{UNKNOWN}", None),
        (f"newsroom://media/{UNKNOWN}%2F..", None),
        (f"newsroom://media/{UNKNOWN}/x", None),
        (f"newsroom://media/{UNKNOWN}?a=b", None),
        (f"newsroom://media/{UNKNOWN}#top", None),
        (f"newsroom://user@media/{UNKNOWN}", None),
        (f"newsroom://media:8080/{UNKNOWN}", None),
        (f"newsroom://article/{UNKNOWN}", None),
        (f"http://media/{UNKNOWN}", None),
        ("newsroom://media/", None),
        ("newsroom://media/..", None),
        ("newsroom://media/.hidden", None),
    ],
)
def test_only_plain_media_urls_name_an_image(url: str, expected: str | None) -> None:
    assert media_uid_of(QUrl(url)) == expected
