"""The editor and the preview scroll together, both ways, through the block map."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget
from test_preview_patch import js

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.preview.live_preview import LivePreview
from newsroom.gui.preview.preview import PreviewPane
from newsroom.gui.preview.scroll_sync import ScrollSync, scroll_editor_to_line
from newsroom.gui.tasks import TaskManager

PARAGRAPHS = 80


def body() -> str:
    parts = []
    for n in range(PARAGRAPHS):
        if n % 10 == 0:
            parts.append(f"## Part {n // 10}")
        parts.append(f"Paragraph {n} of the long read,\nwhich runs over two lines of text.")
    return "\n\n".join(parts)


def line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n")


@dataclass
class Rig:
    editor: QPlainTextEdit
    pane: PreviewPane
    live: LivePreview
    sync: ScrollSync
    host: QWidget  # holds the rest


def make_rig(qtbot, library: Library, text: str) -> Rig:
    """An editor and a preview side by side, the preview showing what the editor holds."""
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    editor = QPlainTextEdit()
    pane = PreviewPane()
    row.addWidget(editor)
    row.addWidget(pane)
    host.resize(1200, 700)
    host.show()
    live = LivePreview(library, pane, TaskManager())
    sync = ScrollSync(editor, live, pane, host)
    article = library.create_article(Article(headline="A long read", body=text))
    editor.setPlainText(article.body)
    editor.textChanged.connect(lambda: live.request(replace(article, body=editor.toPlainText())))
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(article)
    qtbot.waitUntil(lambda: live.idle, timeout=20000)
    return Rig(editor, pane, live, sync, host)


def close_rig(qtbot, rig: Rig) -> None:
    rig.live.stop()
    rig.pane.shutdown()
    qtbot.wait(50)


@pytest.fixture
def rig(qtbot, library: Library) -> Iterator[Rig]:
    made = make_rig(qtbot, library, body())
    yield made
    close_rig(qtbot, made)


@pytest.fixture
def long_rig(qtbot, library: Library) -> Iterator[Rig]:
    made = make_rig(qtbot, library, long_article())
    yield made
    close_rig(qtbot, made)


def top_paragraph(qtbot, pane: PreviewPane) -> str:
    """The text of the body element at the top of the preview's view."""
    return str(
        js(
            qtbot,
            pane,
            "Array.from(document.querySelectorAll('.article-body > *'))"
            ".find(e => e.getBoundingClientRect().bottom > 1).textContent",
        )
    )


def test_the_preview_follows_the_editor(qtbot, rig: Rig) -> None:
    text = rig.editor.toPlainText()
    scroll_editor_to_line(rig.editor, line_of(text, "Paragraph 42 "))
    qtbot.waitUntil(lambda: top_paragraph(qtbot, rig.pane).startswith("Paragraph 42 "))
    scroll_editor_to_line(rig.editor, line_of(text, "## Part 6"))
    qtbot.waitUntil(lambda: top_paragraph(qtbot, rig.pane) == "Part 6")
    # the ends of the text are the ends of the page
    rig.editor.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: js(qtbot, rig.pane, "window.scrollY") == 0)
    bar = rig.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    bottom = "window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1"
    qtbot.waitUntil(lambda: js(qtbot, rig.pane, bottom) is True)


def test_the_editor_follows_the_preview(qtbot, rig: Rig) -> None:
    text = rig.editor.toPlainText()
    rig.editor.clearFocus()  # the writer is over in the preview
    qtbot.wait(400)  # past the echo of the preview's first placing
    js(
        qtbot,
        rig.pane,
        "Array.from(document.querySelectorAll('.article-body p'))"
        ".find(p => p.textContent.startsWith('Paragraph 57 ')).scrollIntoView()",
    )
    target = line_of(text, "Paragraph 57 ")
    qtbot.waitUntil(lambda: abs(rig.sync.line_at_top() - target) <= 1, timeout=5000)
    js(qtbot, rig.pane, "window.scrollTo(0, 0)")
    qtbot.waitUntil(lambda: rig.editor.verticalScrollBar().value() == 0, timeout=5000)


def test_a_page_that_moves_by_itself_does_not_move_the_text(qtbot, rig: Rig) -> None:
    rig.editor.setFocus()
    qtbot.waitUntil(rig.editor.hasFocus)
    scroll_editor_to_line(rig.editor, line_of(rig.editor.toPlainText(), "Paragraph 30 "))
    qtbot.wait(400)  # past the echo of that scroll
    before = rig.editor.verticalScrollBar().value()
    js(qtbot, rig.pane, "window.scrollBy(0, 800)")  # as a patch above the view might
    qtbot.wait(400)
    assert rig.editor.verticalScrollBar().value() == before


def test_the_window_scrolls_its_editor_and_preview_together(qtbot, window) -> None:
    window.resize(1400, 700)
    article = window.library.create_article(Article(headline="A long read", body=body()))
    assert article.id is not None
    with qtbot.waitSignal(window.preview.page_loaded, timeout=20000):
        window.open_article(article.id)
    assert window.scroll_sync is not None
    qtbot.waitUntil(lambda: window.live_preview.idle, timeout=20000)
    editor = window.editor.body
    scroll_editor_to_line(editor, line_of(editor.toPlainText(), "Paragraph 63 "))
    qtbot.waitUntil(lambda: top_paragraph(qtbot, window.preview).startswith("Paragraph 63 "))


def test_a_page_that_loads_opens_where_the_editor_is(qtbot, rig: Rig, library: Library) -> None:
    text = rig.editor.toPlainText()
    article = library.create_article(
        Article(headline="Another long read", body=text.replace("long read", "report"))
    )
    with qtbot.waitSignal(rig.pane.page_loaded, timeout=20000):
        with qtbot.waitSignal(rig.live.rendered, timeout=20000):
            rig.live.request(article)  # another article: a load
        assert rig.live.last_update == "load"
        # scrolled while the page loads, when the page cannot scroll yet
        scroll_editor_to_line(rig.editor, line_of(text, "Paragraph 48 "))
    qtbot.waitUntil(lambda: top_paragraph(qtbot, rig.pane).startswith("Paragraph 48 "))


# -- the block being edited stays in view ------------------------------------------------
SENTENCE = (
    "The council met late into the night to weigh a budget that cuts the bus routes "
    "reporters had followed for a year while residents waited outside in the rain"
)


def long_article() -> str:
    """Sixty paragraphs of sixty words: 3,600 words, each paragraph one line of text."""
    paragraphs = []
    for n in range(60):
        words = SENTENCE.split()
        words = " ".join(words[(n + i) % len(words)] for i in range(58))
        paragraphs.append(f"Paragraph {n}: {words}.")
    return "\n\n".join(paragraphs)


def in_view(qtbot, pane: PreviewPane, words: str) -> bool | None:
    """Whether the body block holding ``words`` lies wholly inside the preview's view,
    give or take the pixel a box's fractions round to (None: no such block yet)."""
    return js(  # type: ignore[no-any-return]
        qtbot,
        pane,
        "(function (words) {"
        " var block = Array.from(document.querySelectorAll('.article-body > *'))"
        "  .find(e => e.textContent.includes(words));"
        " if (!block) return null;"
        " var r = block.getBoundingClientRect();"
        " return r.top >= -1 && r.bottom <= window.innerHeight + 1;"
        f"}})({json.dumps(words)})",
    )


def scroll_y(qtbot, pane: PreviewPane) -> float:
    return float(js(qtbot, pane, "window.scrollY"))


def open_long_article(qtbot, window) -> QPlainTextEdit:
    window.resize(1400, 900)
    article = window.library.create_article(Article(headline="A long read", body=long_article()))
    assert article.id is not None
    with qtbot.waitSignal(window.preview.page_loaded, timeout=20000):
        window.open_article(article.id)
    qtbot.waitUntil(lambda: window.live_preview.idle, timeout=20000)
    editor = window.editor.body
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    return editor


def put_cursor(qtbot, editor: QPlainTextEdit, position: int) -> None:
    """Put the editor's cursor at ``position``, in view, as a click there would."""
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    qtbot.wait(400)  # the preview follows the editor there, past the echo


def type_words(qtbot, live: LivePreview, pane: PreviewPane, editor, words: str) -> None:
    """Type ``words`` at the cursor; back once the preview shows them."""
    qtbot.keyClicks(editor, words)
    qtbot.waitUntil(lambda: live.idle, timeout=20000)
    qtbot.waitUntil(lambda: in_view(qtbot, pane, words) is not None, timeout=10000)


def test_typing_at_the_end_of_a_long_article_shows_the_block_in_the_preview(qtbot, window) -> None:
    editor = open_long_article(qtbot, window)
    put_cursor(qtbot, editor, len(editor.toPlainText()))
    type_words(qtbot, window.live_preview, window.preview, editor, " Late news")
    # The preview's type is larger than the editor's: with its top where the editor's
    # is, the end of the last paragraph would lie below its view.
    qtbot.waitUntil(lambda: in_view(qtbot, window.preview, "Late news") is True, timeout=3000)


def test_typing_in_the_middle_of_a_long_article_shows_the_block(qtbot, window) -> None:
    editor = open_long_article(qtbot, window)
    text = editor.toPlainText()
    put_cursor(qtbot, editor, text.index("\n\nParagraph 31:"))  # the end of paragraph 30
    type_words(qtbot, window.live_preview, window.preview, editor, " Midway news")
    qtbot.waitUntil(lambda: in_view(qtbot, window.preview, "Midway news") is True, timeout=3000)


def test_typing_at_the_start_of_a_long_article_shows_the_block(qtbot, window) -> None:
    editor = open_long_article(qtbot, window)
    put_cursor(qtbot, editor, len(editor.toPlainText()))  # from the far end
    put_cursor(qtbot, editor, 0)
    type_words(qtbot, window.live_preview, window.preview, editor, "Update: ")
    qtbot.waitUntil(lambda: in_view(qtbot, window.preview, "Update: ") is True, timeout=3000)


def test_a_block_in_view_leaves_the_preview_where_it_is(qtbot, rig: Rig) -> None:
    rig.editor.setFocus()
    qtbot.waitUntil(rig.editor.hasFocus)
    text = rig.editor.toPlainText()
    scroll_editor_to_line(rig.editor, line_of(text, "Paragraph 42 "))
    qtbot.waitUntil(lambda: top_paragraph(qtbot, rig.pane).startswith("Paragraph 42 "))
    qtbot.wait(400)
    before = scroll_y(qtbot, rig.pane)
    put_cursor(qtbot, rig.editor, text.index("Paragraph 43 ") + len("Paragraph 43"))
    type_words(qtbot, rig.live, rig.pane, rig.editor, " and a half")
    assert in_view(qtbot, rig.pane, "and a half") is True
    assert scroll_y(qtbot, rig.pane) == before


def test_a_preview_scrolled_by_hand_is_not_undone_by_the_next_patch(qtbot, long_rig: Rig) -> None:
    from PySide6.QtCore import Qt

    rig = long_rig
    rig.editor.setFocus()
    qtbot.waitUntil(rig.editor.hasFocus)
    put_cursor(qtbot, rig.editor, rig.editor.toPlainText().index("\n\nParagraph 31:"))
    rig.editor.centerCursor()
    qtbot.wait(400)
    type_words(qtbot, rig.live, rig.pane, rig.editor, " Midway")
    assert in_view(qtbot, rig.pane, "Midway") is True
    # The pointer goes over the preview and scrolls it: half the block goes out of
    # view at the top; the editor follows the preview, its cursor still in view.
    view = rig.pane.view
    view.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # what entering it sets
    js(
        qtbot,
        rig.pane,
        "(function () {"
        " var r = Array.from(document.querySelectorAll('.article-body > *'))"
        "  .find(e => e.textContent.includes('Midway')).getBoundingClientRect();"
        " window.scrollBy(0, Math.round(r.top + r.height / 2)); })()",
    )
    qtbot.wait(400)  # the editor follows, past the echo
    assert rig.sync.cursor_keep() is not None  # the editor still shows the cursor
    assert in_view(qtbot, rig.pane, "Midway") is False
    scrolled = scroll_y(qtbot, rig.pane)
    # the writer types on, the pointer still over the preview: the patch leaves it be
    type_words(qtbot, rig.live, rig.pane, rig.editor, " news")
    qtbot.wait(200)
    # (the page may keep what is on screen in place as the block grows, scrolling
    # down by a line; bringing the block back would scroll up)
    assert scroll_y(qtbot, rig.pane) >= scrolled
    assert top_paragraph(qtbot, rig.pane).startswith("Paragraph 30:")
    assert in_view(qtbot, rig.pane, "Midway news") is False
    # once the pointer has left the preview, the next keystroke brings the block back
    view.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    type_words(qtbot, rig.live, rig.pane, rig.editor, " tonight")
    qtbot.waitUntil(lambda: in_view(qtbot, rig.pane, "Midway news tonight") is True, timeout=3000)


def test_an_editor_scrolled_away_from_its_cursor_leads_the_preview(qtbot, rig: Rig) -> None:
    rig.editor.setFocus()
    qtbot.waitUntil(rig.editor.hasFocus)
    text = rig.editor.toPlainText()
    put_cursor(qtbot, rig.editor, text.index("Paragraph 5 "))
    # the wheel: the view moves, the cursor stays behind, out of view
    line = line_of(text, "Paragraph 60 ")
    rig.editor.verticalScrollBar().setValue(
        rig.editor.document().findBlockByNumber(line).firstLineNumber()
    )
    qtbot.waitUntil(lambda: top_paragraph(qtbot, rig.pane).startswith("Paragraph 60 "))
    assert rig.sync.cursor_keep() is None
