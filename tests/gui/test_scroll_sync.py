"""The editor and the preview scroll together, both ways, through the block map."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget
from test_preview_patch import js

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.live_preview import LivePreview
from newsroom.gui.preview import PreviewPane
from newsroom.gui.scroll_sync import ScrollSync, scroll_editor_to_line
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


@pytest.fixture
def rig(qtbot, library: Library) -> Iterator[Rig]:
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
    article = library.create_article(Article(headline="A long read", body=body()))
    editor.setPlainText(article.body)
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(article)
    qtbot.waitUntil(lambda: live.idle, timeout=20000)
    yield Rig(editor, pane, live, sync)
    live.stop()
    pane.shutdown()
    qtbot.wait(50)


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
