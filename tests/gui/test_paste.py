"""Pasting and dropping into the editor: images go into the library file and come back
as figures; rich text becomes clean Markdown; nothing is fetched."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from newsroom.core.html_to_markdown import html_to_markdown
from newsroom.core.library import Library, open_library
from newsroom.core.markdown_ext import MediaRef
from newsroom.core.render import render_body
from newsroom.gui.editor.paste import (
    MAX_IMAGE_BYTES,
    ImageDetailsDialog,
    PasteError,
    PasteHandler,
)

UID = re.compile(r"!\[\]\(media:([0-9a-f-]{36})\)")


def media_rows(path: Path) -> list[tuple[str, str, str, bytes]]:
    """The media table as another program would read it from the file."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(
            "SELECT uid, filename, mime_type, data FROM media ORDER BY id"
        ).fetchall()


def red_image(width: int = 40, height: int = 30) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 10, 10))
    return image


@pytest.fixture
def handler(qtbot, library: Library) -> PasteHandler:
    return PasteHandler(library)


def test_a_pasted_image_is_stored_as_png_in_the_library_file(
    handler: PasteHandler, library: Library, library_path: Path
) -> None:
    before = media_rows(library_path)
    mime = QMimeData()
    mime.setImageData(red_image())
    markdown = handler(mime)
    assert markdown is not None
    assert markdown.startswith("\n\n") and markdown.endswith("\n\n")  # a paragraph of its own
    match = UID.fullmatch(markdown.strip())
    assert match, markdown
    rows = media_rows(library_path)
    assert len(rows) == len(before) + 1
    uid, filename, mime_type, data = rows[-1]
    assert uid == match.group(1)
    assert mime_type == "image/png" and filename.endswith(".png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    stored = QImage.fromData(data)
    assert (stored.width(), stored.height()) == (40, 30)
    assert stored.pixelColor(5, 5) == QColor(200, 10, 10)


def test_the_inserted_markdown_renders_as_a_figure_with_caption_and_credit(
    handler: PasteHandler, library: Library
) -> None:
    mime = QMimeData()
    mime.setImageData(red_image())
    added: list[tuple[int, str]] = []
    handler.image_added.connect(lambda media_id, md: added.append((media_id, md)))
    markdown = handler(mime)
    assert markdown is not None and len(added) == 1
    media = library.update_media(added[0][0], caption="Barges wait at Basel", credit="Reuters")
    ref = MediaRef(f"newsroom://media/{media.uid}", media.alt, media.caption, media.credit)
    html = render_body(markdown, media={media.uid: ref}).html
    assert f'src="newsroom://media/{media.uid}"' in html
    assert "<figure>" in html and "Barges wait at Basel" in html
    assert '<span class="credit">Reuters</span>' in html


def test_a_dropped_image_file_keeps_its_format_and_bytes(
    handler: PasteHandler, library_path: Path, tmp_path: Path
) -> None:
    jpeg = tmp_path / "Rhine at Basel.JPG"
    assert red_image(64, 48).save(str(jpeg), "JPEG")
    svg = tmp_path / "map.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg)), QUrl.fromLocalFile(str(svg))])
    markdown = handler(mime)
    assert markdown is not None
    uids = UID.findall(markdown)
    assert len(uids) == 2
    rows = {uid: (name, mime_type, data) for uid, name, mime_type, data in media_rows(library_path)}
    assert rows[uids[0]] == ("Rhine at Basel.JPG", "image/jpeg", jpeg.read_bytes())
    assert rows[uids[1]] == ("map.svg", "image/svg+xml", svg.read_bytes())
    assert "\n\n" in markdown.strip()  # one figure per paragraph


def test_a_dropped_file_that_is_not_an_image_is_left_to_the_editor(
    handler: PasteHandler, library_path: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes)), QUrl("https://example.org/photo.png")])
    before = media_rows(library_path)
    assert handler(mime) is None
    assert media_rows(library_path) == before


def test_an_image_over_20_mb_is_refused_with_a_message(
    qtbot, handler: PasteHandler, library_path: Path, tmp_path: Path
) -> None:
    big = tmp_path / "huge.png"
    with big.open("wb") as f:
        f.truncate(MAX_IMAGE_BYTES + 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(big))])
    before = media_rows(library_path)
    with qtbot.waitSignal(handler.refused) as blocker:
        assert handler(mime) is None
    message = blocker.args[0]
    assert "huge.png" in message and "20 MB" in message
    with pytest.raises(PasteError, match="at most 20 MB"):
        handler.convert(mime)
    assert media_rows(library_path) == before


def test_an_image_of_exactly_20_mb_is_accepted(
    handler: PasteHandler, library_path: Path, tmp_path: Path
) -> None:
    edge = tmp_path / "edge.gif"
    edge.write_bytes(b"GIF89a" + bytes(MAX_IMAGE_BYTES - 6))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(edge))])
    assert handler(mime) is not None
    assert len(media_rows(library_path)[-1][3]) == MAX_IMAGE_BYTES


def test_an_image_pasted_into_a_read_only_library_is_refused(
    qtbot, library_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "ro.newsroom"
    open_library(path).close()
    with open_library(path, read_only=True) as library:
        handler = PasteHandler(library)
        mime = QMimeData()
        mime.setImageData(red_image())
        with qtbot.waitSignal(handler.refused) as blocker:
            assert handler(mime) is None
        assert "read-only" in blocker.args[0]


BROWSER = """<html><head><meta charset="utf-8"><style>p { color: red }</style>
<script>alert("x")</script><title>Page title</title></head><body>
<!--StartFragment--><h2 class="article__title" style="font-size:2em">Floods close the Rhine</h2>
<p class="lead">Shipping is <b>halted</b> between <i>Basel</i> and
<a href="https://example.org/mannheim" class="link" onclick="track()">Mannheim</a>.</p>
<img src="https://cdn.example.org/barge.jpg" alt="A barge at anchor">
<img src="https://cdn.example.org/tracking.gif">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="">
<ul><li>Water at 8.1 m</li><li>Locks closed</li></ul>
<ol><li>First</li><li>Second</li></ol>
<blockquote><p>We have never seen this.</p></blockquote>
<table><thead><tr><th>Gauge</th><th>Level</th></tr></thead>
<tbody><tr><td>Basel</td><td>8.1 m</td></tr></tbody></table>
<p><a href="javascript:steal()">Click me</a> and <a href="file:///etc/passwd">this</a>.</p>
<!--EndFragment--></body></html>"""


def test_rich_text_from_a_browser_becomes_clean_markdown(handler: PasteHandler) -> None:
    mime = QMimeData()
    mime.setHtml(BROWSER)
    mime.setText("Floods close the Rhine ...")
    markdown = handler(mime)
    assert markdown is not None
    assert markdown.startswith("## Floods close the Rhine\n")
    assert (
        "Shipping is **halted** between *Basel* and [Mannheim](https://example.org/mannheim)."
        in markdown
    )
    assert "[A barge at anchor](https://cdn.example.org/barge.jpg)" in markdown
    assert "tracking.gif" not in markdown and "data:" not in markdown
    assert "- Water at 8.1 m\n- Locks closed" in markdown
    assert "1. First\n2. Second" in markdown
    assert "> We have never seen this." in markdown
    assert "| Gauge | Level |" in markdown and "| Basel | 8.1 m |" in markdown
    assert "Click me and this." in markdown
    for residue in (
        "alert",
        "color: red",
        "Page title",
        "class",
        "style",
        "onclick",
        "<",
        "javascript",
    ):
        assert residue not in markdown, residue
    # and it renders back to the same structure
    html = render_body(markdown).html
    assert "<h2" in html and "<strong>halted</strong>" in html and "<table>" in html


def test_rich_text_from_a_word_processor_becomes_clean_markdown() -> None:
    word = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<style>.MsoNormal { mso-style-parent: ""; }</style></head><body lang=EN-GB>
<p class=MsoNormal><span style='mso-bidi-font-weight:bold'><b>PARIS</b></span> — The
<span style='font-family:Calibri'>minister</span> resigned.<o:p></o:p></p>
<h3 style='mso-outline-level:3'><span>Reaction</span></h3>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>The opposition <em>welcomed</em> it.</p>
</body></html>"""
    markdown = html_to_markdown(word)
    assert markdown == (
        "**PARIS** — The minister resigned.\n\n### Reaction\n\nThe opposition *welcomed* it."
    )


def test_html_without_formatting_and_plain_text_paste_as_usual(handler: PasteHandler) -> None:
    mime = QMimeData()
    mime.setHtml("<meta charset='utf-8'><span style='color:#333'>Just *words* here</span>")
    mime.setText("Just *words* here")
    assert handler(mime) is None
    text = QMimeData()
    text.setText("plain text, with **Markdown** in it")
    assert handler(text) is None
    assert not handler.can_handle(text)


def test_the_details_dialog_writes_caption_credit_and_alt(
    qtbot, handler: PasteHandler, library: Library, library_path: Path
) -> None:
    mime = QMimeData()
    mime.setImageData(red_image())
    added: list[int] = []
    handler.image_added.connect(lambda media_id, _md: added.append(media_id))
    handler(mime)
    dialog = ImageDetailsDialog(library.media_by_id(added[0]))
    qtbot.addWidget(dialog)
    dialog.caption.setText("  Barges at Basel ")
    dialog.credit.setText("AP")
    dialog.alt.setText("Three barges moored")
    media = dialog.apply(library)
    assert (media.caption, media.credit, media.alt) == (
        "Barges at Basel",
        "AP",
        "Three barges moored",
    )
    with sqlite3.connect(f"file:{library_path}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT caption, credit, alt FROM media WHERE id = ?", [added[0]]
        ).fetchone()
    assert row == ("Barges at Basel", "AP", "Three barges moored")
