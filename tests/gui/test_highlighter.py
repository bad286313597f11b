"""Markdown highlighting on a real document: the formats Qt lays out, line by line."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsroom.gui.editor.highlighter import MarkdownHighlighter, in_fenced_code

RED = QColor("#d01c1c")


class WordListChecker:
    """A stand-in for a dictionary: the words of a fixed set are the misspelt ones.

    It keeps to the protocol the real (Hunspell) checker follows.
    """

    def __init__(self, wrong: dict[str, list[str]]) -> None:
        self.wrong = wrong
        self.calls = 0

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        self.calls += 1
        return [
            (m.start(), len(m.group()))
            for m in re.finditer(r"\w+", text)
            if m.group().lower() in self.wrong
        ]

    def suggest(self, word: str) -> list[str]:
        return self.wrong.get(word.lower(), [])


def make(qtbot, text: str) -> tuple[QPlainTextEdit, MarkdownHighlighter]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), dark=False)
    editor.setPlainText(text)
    return editor, highlighter


def fmt(editor: QPlainTextEdit, line: int, needle: str, offset: int = 0) -> QTextCharFormat:
    """The format the highlighter gave the character ``offset`` into ``needle`` on ``line``."""
    block = editor.document().findBlockByNumber(line)
    index = block.text().index(needle) + offset
    column = len(block.text()[:index].encode("utf-16-le")) // 2  # Qt counts UTF-16 units
    ranges = block.layout().formats()
    for r in ranges:
        if r.start <= column < r.start + r.length:
            return QTextCharFormat(r.format)  # a copy: the range dies with the list
    return QTextCharFormat()


def is_mono(f: QTextCharFormat) -> bool:
    return f.fontFixedPitch()


def test_headings_are_bold_with_dimmed_markers(qtbot) -> None:
    editor, _ = make(qtbot, "## The flood\nplain")
    title = fmt(editor, 0, "The")
    assert title.fontWeight() == QFont.Weight.Bold
    marker = fmt(editor, 0, "##")
    assert marker.foreground().color() != title.foreground().color()
    assert fmt(editor, 1, "plain").fontWeight() != QFont.Weight.Bold


def test_bold_italic_strike_and_code_spans(qtbot) -> None:
    editor, _ = make(qtbot, "a **bold** and *it* or _it2_ ~~gone~~ `co*de*` snake_case_name")
    assert fmt(editor, 0, "bold").fontWeight() == QFont.Weight.Bold
    assert fmt(editor, 0, "it").fontItalic()
    assert fmt(editor, 0, "it2").fontItalic()
    assert fmt(editor, 0, "gone").fontStrikeOut()
    assert is_mono(fmt(editor, 0, "co*de"))
    assert not fmt(editor, 0, "de*").fontItalic()  # no Markdown inside code
    assert not fmt(editor, 0, "case").fontItalic()
    assert not fmt(editor, 0, "a ").fontItalic()


def test_italic_after_a_refused_star_inside_code(qtbot) -> None:
    editor, _ = make(qtbot, "`a*b` and *real*")
    assert fmt(editor, 0, "real").fontItalic()


def test_fenced_code_spans_lines_and_follows_edits(qtbot) -> None:
    editor, highlighter = make(qtbot, "```python\n## not a heading\n```\n## heading")
    assert is_mono(fmt(editor, 1, "not"))
    assert fmt(editor, 1, "not").fontWeight() != QFont.Weight.Bold
    assert fmt(editor, 3, "heading").fontWeight() == QFont.Weight.Bold
    assert in_fenced_code(editor.document().findBlockByNumber(0))
    assert not in_fenced_code(editor.document().findBlockByNumber(3))
    # Delete the closing fence: the code now runs to the end.
    cursor = QTextCursor(editor.document().findBlockByNumber(2))
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    assert is_mono(fmt(editor, 2, "heading"))
    assert in_fenced_code(editor.document().findBlockByNumber(2))
    editor.undo()
    assert not is_mono(fmt(editor, 3, "heading"))


def test_tilde_fences_close_only_with_the_same_run(qtbot) -> None:
    editor, _ = make(qtbot, "~~~~\n```\n~~~\nstill code\n~~~~\nprose")
    assert is_mono(fmt(editor, 3, "still"))
    assert not is_mono(fmt(editor, 5, "prose"))


def test_quotes_lists_links_images_and_html(qtbot) -> None:
    editor, _ = make(
        qtbot,
        "> quoted\n- item\n12. item\n[text](https://example.org) ![alt](media:1)\n"
        "<span class=x>in</span> <!-- a\nlong note --> after",
    )
    assert fmt(editor, 0, "quoted").fontItalic()
    text = fmt(editor, 3, "text").foreground().color()
    url = fmt(editor, 3, "https").foreground().color()
    plain = fmt(editor, 3, " !").foreground().color()
    assert len({text.name(), url.name(), plain.name()}) == 3
    assert fmt(editor, 3, "alt").foreground().color() not in (text, plain)
    marker = fmt(editor, 1, "-").foreground().color()
    assert marker == fmt(editor, 2, "12.").foreground().color()
    assert marker != fmt(editor, 1, "item").foreground().color()
    tag = fmt(editor, 4, "<span").foreground().color()
    assert tag != fmt(editor, 4, "in<").foreground().color()
    assert fmt(editor, 5, "long").foreground().color() == tag  # the comment runs on
    assert fmt(editor, 5, "after").foreground().color() != tag


def underlined(f: QTextCharFormat) -> bool:
    return (
        f.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        and f.underlineColor() == RED
    )


def test_spell_checker_underlines_misspellings_in_prose_only(qtbot) -> None:
    editor, highlighter = make(
        qtbot,
        "## Teh heading with **teh** bold\n"
        "`teh` code and [teh link](https://teh.example/teh) and https://x.org/teh\n"
        "```\nteh in a block\n```\n"
        "<teh> and teh",
    )
    assert not underlined(fmt(editor, 0, "Teh"))
    highlighter.set_spell_checker(WordListChecker({"teh": ["the"]}))
    assert underlined(fmt(editor, 0, "Teh"))
    assert fmt(editor, 0, "Teh").fontWeight() == QFont.Weight.Bold  # still a heading
    assert underlined(fmt(editor, 0, "teh**", 0))
    assert underlined(fmt(editor, 1, "teh link"))
    assert not underlined(fmt(editor, 1, "`teh", 1))
    assert not underlined(fmt(editor, 1, "teh.example"))
    assert not underlined(fmt(editor, 1, "x.org/teh", 6))
    assert not underlined(fmt(editor, 3, "teh"))
    assert not underlined(fmt(editor, 5, "<teh", 1))
    assert underlined(fmt(editor, 5, "and teh", 4))
    highlighter.set_spell_checker(None)
    assert not underlined(fmt(editor, 0, "Teh"))


def test_misspellings_of_a_block_leave_out_code_and_urls(qtbot) -> None:
    editor, highlighter = make(qtbot, "teh `teh` https://teh.org teh")
    block = editor.document().firstBlock()
    assert highlighter.misspellings(block) == []
    highlighter.set_spell_checker(WordListChecker({"teh": []}))
    assert highlighter.misspellings(block) == [(0, 3), (26, 3)]


def test_formats_land_in_place_after_an_emoji(qtbot) -> None:
    # Python counts 😀 as one character, Qt as two UTF-16 units.
    editor, highlighter = make(qtbot, "😀😀 **bold** and teh")
    highlighter.set_spell_checker(WordListChecker({"teh": []}))
    assert fmt(editor, 0, "bold").fontWeight() == QFont.Weight.Bold
    assert fmt(editor, 0, " and").fontWeight() != QFont.Weight.Bold
    marker = fmt(editor, 0, "**bold").foreground().color()
    assert fmt(editor, 0, "bold").foreground().color() != marker
    assert all(underlined(fmt(editor, 0, "teh", i)) for i in range(3))
    assert not underlined(fmt(editor, 0, "and"))
    block = editor.document().firstBlock()
    assert highlighter.misspellings(block) == [(block.text().index("teh") + 2, 3)]
