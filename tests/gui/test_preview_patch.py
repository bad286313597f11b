"""The preview patches the page's DOM instead of reloading it: the reader keeps
their place, the result is the page a full load shows, and the lockdown holds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from preview_pages import js, make_pane

from newsroom.core.library import Library
from newsroom.core.render import Link, Page, render_body
from newsroom.core.render.page import render_article_html
from newsroom.core.render.theme import CSS_KEY, render_page
from newsroom.gui.preview.live_preview import LivePreview
from newsroom.gui.preview.preview import BLOCK_MARK, PreviewLinks, PreviewPane
from newsroom.gui.tasks import TaskManager

MARK = f"<!--{BLOCK_MARK}-->"


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


def plain_text(qtbot, pane: PreviewPane) -> str:
    got: list[str] = []
    pane.view.page().toPlainText(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def load(qtbot, pane: PreviewPane, html: str) -> None:
    with qtbot.waitSignal(pane.page_loaded, timeout=20000) as blocker:
        pane.show_html(html)
    assert blocker.args == [True]


def patch(qtbot, pane: PreviewPane, html: str) -> bool:
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        pane.patch_page(html)
    return bool(blocker.args[0])


def page_of(markdown: str, headline: str = "Floods close the Rhine") -> str:
    site = Link("Desk", "newsroom://home/")
    body = render_body(markdown, dateline="Basel")
    return render_page(
        Page(site=site, headline=headline, body=body, breadcrumb=(site, Link(headline)))
    )


def story(paragraphs: int, extra: str = "", headings: tuple[str, ...] = ("Ships", "Rain")) -> str:
    parts = ["Barges waited at the lock."]
    for heading in headings:
        parts.append(f"## {heading}")
        parts.extend(f"Paragraph {i} about {heading.lower()}." for i in range(paragraphs))
    return "\n\n".join(parts) + extra


def regions(qtbot, pane: PreviewPane) -> dict[str, Any]:
    return js(
        qtbot,
        pane,
        "{body: document.querySelector('.article-body').innerHTML,"
        " contents: (document.querySelector('nav.contents') || {}).outerHTML || null}",
    )


def test_a_patched_page_equals_a_fresh_load_and_keeps_the_scroll_position(
    qtbot, panes: list[PreviewPane]
) -> None:
    patched, fresh = make_pane(qtbot, panes), make_pane(qtbot, panes)
    load(qtbot, patched, page_of(story(40)))
    js(qtbot, patched, "window.scrollTo(0, 900)")
    qtbot.waitUntil(lambda: js(qtbot, patched, "window.scrollY") == 900)
    reading = (
        "Array.from(document.querySelectorAll('p')).find(p => "
        "p.textContent === 'Paragraph 30 about ships.').getBoundingClientRect().top"
    )
    before = js(qtbot, patched, reading)
    # a paragraph edited, one added at the end, and a new heading in the Contents
    new = page_of(
        story(40, "\n\nA late addition.", ("Ships", "Rain", "Aftermath")).replace(
            "Paragraph 3 about ships", "Paragraph three about ships"
        )
    )
    assert patch(qtbot, patched, new) is True
    load(qtbot, fresh, new)
    after, expected = regions(qtbot, patched), regions(qtbot, fresh)
    assert after == expected
    assert "Aftermath" in after["contents"] and "Paragraph three" in after["body"]
    assert plain_text(qtbot, patched) == plain_text(qtbot, fresh)
    # The paragraph being read stays where it was on screen, although the Contents
    # box above it grew (the engine's scroll anchoring moves scrollY to match).
    assert abs(js(qtbot, patched, reading) - before) <= 1
    assert js(qtbot, patched, "window.scrollY") >= 900
    assert patched.html == new


def test_only_the_blocks_that_changed_are_replaced(qtbot, panes: list[PreviewPane]) -> None:
    pane = make_pane(qtbot, panes)
    load(qtbot, pane, page_of(story(5)))
    # Mark every block (a script property, not an attribute, which would make the
    # node differ): a mark survives only on a node the patch left in place.
    count = js(
        qtbot,
        pane,
        "(function(){var c=document.querySelector('.article-body').children;"
        "for (var i=0;i<c.length;i++) c[i].newsroomMark=String(i); return c.length;})()",
    )
    assert patch(qtbot, pane, page_of(story(5).replace("Paragraph 2 about rain", "Edited")))
    marks = js(
        qtbot,
        pane,
        "Array.from(document.querySelector('.article-body').children)"
        ".map(e => [e.newsroomMark || null, e.textContent])",
    )
    assert len(marks) == count
    unmarked = [text for mark, text in marks if mark is None]
    assert unmarked == ["Edited."]


def test_a_page_of_another_shape_is_loaded_instead(qtbot, panes: list[PreviewPane]) -> None:
    pane = make_pane(qtbot, panes)
    load(qtbot, pane, page_of(story(3)))
    # One heading: no Contents box, where the page shown has one.
    no_contents = page_of(story(3, headings=("Ships",)))
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        assert patch(qtbot, pane, no_contents) is False
    assert regions(qtbot, pane)["contents"] is None
    assert "Paragraph 2 about ships" in plain_text(qtbot, pane)
    # and a page without a body container at all
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        assert patch(qtbot, pane, "<!DOCTYPE html><p>Just this</p>") is False
    assert plain_text(qtbot, pane).strip() == "Just this"


def test_patch_body_replaces_the_body_container(qtbot, panes: list[PreviewPane]) -> None:
    pane = make_pane(qtbot, panes)
    load(qtbot, pane, page_of(story(2)))
    body = render_body("Only this now.\n\n## Tail").html
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        pane.patch_body(body)
    assert blocker.args == [True]
    shown = regions(qtbot, pane)
    assert "Only this now." in shown["body"] and "Paragraph" not in shown["body"]
    assert "Rain" in shown["contents"]  # the Contents box is patch_page's business


def test_a_hostile_patch_makes_no_request_and_runs_no_script(
    qtbot, panes: list[PreviewPane], server: str
) -> None:
    pane = make_pane(qtbot, panes)
    load(qtbot, pane, page_of(story(2)))
    title = pane.view.page().title()
    # Raw, unsanitised HTML straight into the live page...
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        pane.patch_body(hostile(server))
    assert blocker.args == [True]
    # ...and a whole page whose body is hostile, through the region patch.
    raw_page = page_of(story(2)).replace(
        '<div class="article-body">', f'<div class="article-body">{hostile(server)}'
    )
    assert raw_page.count(hostile(server)) == 1
    assert patch(qtbot, pane, raw_page) is True
    qtbot.wait(1500)  # time for any late request to go out
    assert "Hostile article" in plain_text(qtbot, pane)  # the patch happened
    assert js(qtbot, pane, "document.querySelectorAll('.article-body img').length") >= 2
    assert Counter.hits == []
    assert pane.view.page().title() == title != "pwned"


def test_the_server_is_reachable_so_the_zero_above_means_something(server: str) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{server}/probe", timeout=5) as response:
        assert response.status == 200
    assert Counter.hits == ["/probe"]


def test_contents_links_jump_within_the_preview(qtbot, panes: list[PreviewPane]) -> None:
    pane = make_pane(qtbot, panes)
    load(qtbot, pane, page_of(story(40)))
    assert js(qtbot, pane, "window.scrollY") == 0
    js(qtbot, pane, "document.querySelector('nav.contents a[href=\"#rain\"]').click()")
    qtbot.waitUntil(lambda: js(qtbot, pane, "window.scrollY") > 1000, timeout=5000)
    assert js(qtbot, pane, "location.href") == "newsroom://preview/#rain"
    top = js(qtbot, pane, "document.getElementById('rain').getBoundingClientRect().top")
    assert abs(top) < 5
    # a heading that arrived by a patch is a working anchor too
    assert patch(qtbot, pane, page_of(story(40, headings=("Ships", "Rain", "Aftermath"))))
    js(qtbot, pane, "document.querySelector('nav.contents a[href=\"#aftermath\"]').click()")
    qtbot.waitUntil(
        lambda: (
            abs(js(qtbot, pane, "document.getElementById('aftermath').getBoundingClientRect().top"))
            < 5
        ),
        timeout=5000,
    )


# -- LivePreview decides: same frame → patch; otherwise a full load -------------------
def first_article(library: Library):  # type: ignore[no-untyped-def]
    return library.article(library.articles()[0].id)


def test_live_preview_patches_body_edits_and_loads_frame_changes(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    pane, fresh = make_pane(qtbot, panes), make_pane(qtbot, panes)
    live = LivePreview(library, pane, TaskManager())
    article = first_article(library)
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(article)
    assert live.last_update == "load"
    js(qtbot, pane, "window.scrollTo(0, 300)")
    qtbot.waitUntil(lambda: js(qtbot, pane, "window.scrollY") == 300)

    edited = replace(article, body=article.body + "\n\n## Late news\n\nThe minister resigned.")
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        live.request(edited)
    assert blocker.args == [True] and live.last_update == "patch"
    load(qtbot, fresh, render_article_html(library, edited, PreviewLinks()))
    # The same as the exported page, but for the marks that lead the preview's blocks.
    shown = regions(qtbot, pane)
    assert shown["body"].count(MARK) == len(pane.blocks or []) + 1 > 2
    assert {**shown, "body": shown["body"].replace(MARK, "")} == regions(qtbot, fresh)
    assert plain_text(qtbot, pane) == plain_text(qtbot, fresh)
    assert js(qtbot, pane, "window.scrollY") == 300

    # A new headline changes the page around the body: patched too, in place.
    retitled = replace(edited, headline="A new headline", byline="Jo Reporter")
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        live.request(retitled)
    assert blocker.args == [True] and live.last_update == "patch"
    load(qtbot, fresh, render_article_html(library, retitled, PreviewLinks()))
    assert plain_text(qtbot, pane) == plain_text(qtbot, fresh)
    assert js(qtbot, pane, "document.title") == js(qtbot, fresh, "document.title")
    assert "A new headline" in plain_text(qtbot, pane)
    assert js(qtbot, pane, "window.scrollY") == 300

    # Another site theme: the page is loaded afresh.
    library.set_setting(CSS_KEY, "body { color: #123456; }")
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(retitled)
    assert live.last_update == "load"
    live.stop()


def test_keystrokes_are_rendered_at_once_and_a_paste_on_the_pool(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    """A keystroke's render is done on the window's thread when it is asked for; its
    page is the full render's, byte for byte. A paste of paragraphs goes to the pool."""
    pane = make_pane(qtbot, panes)
    tasks = TaskManager()
    live = LivePreview(library, pane, tasks)
    typed = first_article(library)
    asked: list[str] = []  # where the editor would say what changed since each text
    live.set_edit_source(lambda before, _after: asked.append(before) or None)
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(typed)
    shown = [typed.body]
    for letter in "abc":
        typed = replace(typed, body=typed.body.replace("Newsroom", f"Newsroom{letter}", 1))
        with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
            live.request(typed)
            assert live.idle and not tasks.busy  # rendered already, nothing on the pool
        assert blocker.args == [True] and live.last_update == "patch"
        shown.append(typed.body)
    # Asked twice a key (the images, the render), since the text shown before it.
    assert [id(a) for a in asked] == [id(b) for b in shown[:-1] for _ in (0, 1)]
    expected = render_article_html(library, typed, PreviewLinks())
    assert pane.html.replace(MARK, "") == expected
    assert "Newsroomcba" in plain_text(qtbot, pane)

    pasted = replace(typed, body=typed.body + "\n\n" + "A pasted paragraph. " * 200)
    with qtbot.waitSignal(pane.patched, timeout=20000):
        live.request(pasted)
        assert tasks.busy and not live.idle
    assert pane.html.replace(MARK, "") == render_article_html(library, pasted, PreviewLinks())
    live.stop()
    tasks.wait(5000)


def test_an_image_reference_typed_in_is_found_and_one_typed_away_from_it_is_kept(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    """The images are looked for again only near an edit: one typed in shows at once."""
    from PySide6.QtGui import QColor, QImage, QTextCursor

    from newsroom.gui.editor.markdown_editor import MarkdownEditor
    from newsroom.gui.editor.paste import png_bytes

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6"))
    media = library.add_media("quay.png", "image/png", png_bytes(image), alt="The quay")
    pane = make_pane(qtbot, panes)
    live = LivePreview(library, pane, TaskManager())
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("Barges waited.\n\n" + "More text. " * 50)
    live.set_edit_source(editor.edit_since)
    article = replace(first_article(library), body=editor.plain_text())

    def show() -> None:
        with qtbot.waitSignal(
            pane.patched if live.last_update else pane.page_loaded, timeout=20000
        ):
            live.request(replace(article, body=editor.plain_text()))

    show()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.textCursor().insertText(f"![The quay](media:{media.uid})")  # one edit
    show()
    assert f"newsroom://media/{media.uid}" in pane.html
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "Late: ")
    show()
    assert f"newsroom://media/{media.uid}" in pane.html
    assert pane.html.replace(MARK, "") == render_article_html(
        library, replace(article, body=editor.plain_text()), PreviewLinks()
    )
