"""The preview runs no script from an article and loads nothing from the network.

A real HTTP server on loopback counts every request that reaches it: there must
be none, whether the hostile HTML passes through the renderer or goes straight
into the page."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QUrl

from newsroom.core.render import render_body
from newsroom.gui.preview.preview import PreviewPane


class Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    do_POST = do_GET

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


def hostile(base: str) -> str:
    return f"""
<p>Hostile article</p>
<script>document.title = "pwned";</script>
<img src="{base}/img.png" onerror="document.title='pwned'">
<img srcset="{base}/srcset.png 2x" src="data:,">
<iframe src="{base}/iframe"></iframe>
<object data="{base}/object"></object>
<embed src="{base}/embed">
<div style="background-image: url({base}/css-url.png)">styled</div>
<style>body {{ background: url({base}/style-tag.png); }}</style>
<link rel="stylesheet" href="{base}/link.css">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<form id="f" action="{base}/form" method="post"><input name="a" value="b"></form>
<script>document.getElementById("f").submit();</script>
<video src="{base}/video.mp4" autoplay></video>
<audio src="{base}/audio.mp3" autoplay></audio>
"""


@pytest.fixture
def pane(qtbot) -> Iterator[PreviewPane]:
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    yield widget
    widget.shutdown()
    qtbot.wait(50)  # let the page go before its profile


def load(qtbot, pane: PreviewPane, html: str) -> None:
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        pane.show_html(html)
    qtbot.wait(1500)  # time for any late request to go out


def test_raw_hostile_html_in_the_page_makes_no_request_and_runs_no_script(
    qtbot, pane: PreviewPane, server: str
) -> None:
    load(
        qtbot,
        pane,
        "<!DOCTYPE html><html><head><title>clean</title></head>"
        f"<body>{hostile(server)}</body></html>",
    )
    assert Counter.hits == []
    assert pane.view.page().title() != "pwned"


def test_hostile_markdown_through_the_renderer_makes_no_request(
    qtbot, pane: PreviewPane, server: str
) -> None:
    body = render_body("Intro paragraph.\n\n" + hostile(server), dateline="Paris")
    assert "<script" not in body.html and "<iframe" not in body.html
    load(qtbot, pane, f"<!DOCTYPE html><title>clean</title>{body.html}")
    assert Counter.hits == []
    assert pane.view.page().title() != "pwned"


def test_the_server_is_reachable_so_the_zero_above_means_something(server: str) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{server}/probe", timeout=5) as response:
        assert response.status == 200
    assert Counter.hits == ["/probe"]


def test_clicked_links_leave_the_page_to_the_app(qtbot, pane: PreviewPane) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    load(qtbot, pane, "<p>x</p>")
    page = pane.view.page()
    clicked = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    with qtbot.waitSignal(pane.link_clicked) as blocker:
        allowed = page.acceptNavigationRequest(QUrl("https://example.org/story"), clicked, True)
    assert allowed is False
    assert blocker.args[0].toString() == "https://example.org/story"
    # an anchor of the Contents stays in the page
    assert page.acceptNavigationRequest(QUrl("newsroom://preview/#writing"), clicked, True)
    # a page may never navigate itself to the network or to local files
    typed = QWebEnginePage.NavigationType.NavigationTypeRedirect
    assert not page.acceptNavigationRequest(QUrl("http://127.0.0.1/"), typed, True)
    assert not page.acceptNavigationRequest(QUrl("file:///etc/passwd"), typed, True)


def test_the_request_filter_holds_even_for_a_page_with_a_network_origin(
    qtbot, pane: PreviewPane, server: str
) -> None:
    """Defence in depth: the app's page origin already blocks mixed content; the
    profile's request filter must stop requests on its own too."""
    view = pane.view
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        view.setHtml(f"<!DOCTYPE html><body>{hostile(server)}</body>", QUrl(f"{server}/base/"))
    qtbot.wait(1500)
    assert Counter.hits == []
