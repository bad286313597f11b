"""Arabic and Hebrew read right to left: in the editor, paragraph by paragraph, and on
the page the preview shows, which is the page the site gets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from preview_pages import js, make_pane
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.render.page import render_article_html
from newsroom.gui.editor.markdown_editor import MarkdownEditor
from newsroom.gui.preview.live_preview import LivePreview
from newsroom.gui.preview.preview import PreviewLinks, PreviewPane
from newsroom.gui.tasks import TaskManager

HEBREW = "הנמל נפתח מחדש אחרי הסערה"
ARABIC = "أعيد فتح الميناء بعد العاصفة"


def direction(qtbot, pane: PreviewPane) -> str:
    return str(js(qtbot, pane, "getComputedStyle(document.body).direction"))


def arabic(library: Library) -> Article:
    article = library.article(library.articles()[0].id)
    return replace(article, language="ar", headline=ARABIC, body=f"{ARABIC}.\n\n{ARABIC}.")


def test_qt_lays_a_hebrew_paragraph_out_right_to_left(qtbot) -> None:
    """Qt resolves each paragraph's direction from its letters (the document's text
    option is LayoutDirectionAuto): nothing of ours is needed for it."""
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 300)
    editor.show()
    editor.setPlainText(f"{HEBREW}\n\nThe port reopened.\n\n{ARABIC}")
    document = editor.document()
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    hebrew, english, arabic_ = (document.findBlockByNumber(n) for n in (0, 2, 4))
    assert hebrew.textDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic_.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight

    def x_at(block_number: int, end: bool) -> int:
        cursor = QTextCursor(document.findBlockByNumber(block_number))
        if end:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        return editor.cursorRect().x()

    # The first letter is drawn at the right, the last at the left: read right to left.
    assert x_at(0, end=False) > x_at(0, end=True)
    assert x_at(4, end=False) > x_at(4, end=True)
    assert x_at(2, end=False) < x_at(2, end=True)


@pytest.mark.webengine
def test_an_arabic_article_reads_right_to_left_in_the_preview(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    pane = make_pane(qtbot, panes)
    html = render_article_html(library, arabic(library), PreviewLinks())
    assert '<html lang="ar" dir="rtl">' in html
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        pane.show_html(html)
    assert direction(qtbot, pane) == "rtl"
    assert js(qtbot, pane, "document.documentElement.lang") == "ar"

    english = render_article_html(library, library.article(library.articles()[0].id))
    assert '<html lang="en">' in english  # as pages always were: no dir attribute
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        pane.show_html(english)
    assert direction(qtbot, pane) == "ltr"


@pytest.mark.webengine
def test_choosing_arabic_turns_the_live_preview_right_to_left(
    qtbot, library: Library, panes: list[PreviewPane]
) -> None:
    """The preview patches the page in place while the frame keeps its shape; a new
    language or direction on ``<html>`` has the page loaded again instead."""
    pane = make_pane(qtbot, panes)
    tasks = TaskManager()
    live = LivePreview(library, pane, tasks)
    article = library.article(library.articles()[0].id)
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        live.request(article)
    assert direction(qtbot, pane) == "ltr"

    with qtbot.waitSignal(live.rendered, timeout=20000):
        live.request(replace(article, language="he"))
    qtbot.waitUntil(lambda: direction(qtbot, pane) == "rtl", timeout=20000)
    assert js(qtbot, pane, "document.documentElement.lang") == "he"

    with qtbot.waitSignal(live.rendered, timeout=20000):
        live.request(article)
    qtbot.waitUntil(lambda: direction(qtbot, pane) == "ltr", timeout=20000)
    assert js(qtbot, pane, "document.documentElement.lang") == "en"
    live.stop()
    tasks.wait(10000)


def test_an_article_in_hebrew_sits_against_the_right_margin(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    """Set to a right-to-left language, the editor puts its text against the right
    margin, where a Hebrew reader's eye starts; back in English, against the left."""
    from newsroom.gui.editor.editor import ArticleEditor

    body = MarkdownEditor()
    qtbot.addWidget(body)
    body.resize(700, 300)
    body.show()
    body.setPlainText(f"{HEBREW}\n\n{HEBREW}")

    def ink_edges() -> tuple[int, int]:
        """The leftmost and rightmost dark pixel of the first line, in the viewport."""
        qtbot.wait(10)
        image = body.viewport().grab().toImage()
        block = body.document().firstBlock()
        y = int(body.blockBoundingGeometry(block).translated(body.contentOffset()).center().y())
        dark = [x for x in range(image.width()) if image.pixelColor(x, y).lightness() < 128]
        assert dark, "the line is drawn"
        return min(dark), max(dark)

    width = body.viewport().width()
    left, right = ink_edges()
    assert left < width / 4 and right < width * 3 / 4
    body.set_right_to_left(True)
    left, right = ink_edges()
    assert left > width / 4 and right > width * 3 / 4
    body.set_right_to_left(False)
    assert ink_edges()[0] < width / 4

    # The article's language chooses it.
    editor = ArticleEditor(library)
    qtbot.addWidget(editor)
    document = editor.body.document()
    right, left = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
    for language, wanted in (("he", right), ("ar", right), ("fr", left)):
        editor.set_language(language)
        assert document.defaultTextOption().alignment() == wanted, language
