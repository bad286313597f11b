"""Markdown syntax highlighting, with an optional spell checker underlining misspellings.

Each block (line) is scanned into a list of style flags, one per character, and
the flags are turned into a few formats at the end: nested styles (a link inside
bold text inside a quote) combine without reading formats back from Qt, which
keeps long paragraphs fast. The block state carries fenced code and HTML
comments from one line to the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Protocol

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from newsroom.core.outline import Fence, opening_fence


class SpellChecker(Protocol):
    """What the highlighter and the editor need from a spell checker. A checker that
    also has ``add_to_session(word)`` gets an "Ignore" entry in the context menu."""

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word of ``text`` (one line), in Python
        string positions (code points)."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Replacements for ``word``, best first."""
        ...


# Style flags, one bit each.
HEADING = 1 << 0
MARKUP = 1 << 1  # syntax characters a reader does not see: "#", "**", "](", ...
BOLD = 1 << 2
ITALIC = 1 << 3
STRIKE = 1 << 4
CODE = 1 << 5  # inline code
CODE_BLOCK = 1 << 6  # fenced code, fence lines included
QUOTE = 1 << 7
LIST_MARK = 1 << 8
LINK = 1 << 9  # the text of a link
URL = 1 << 10  # an address: link and image targets, autolinks, bare URLs
IMAGE = 1 << 11
HTML = 1 << 12
MISSPELT = 1 << 13

#: Where no spell checking happens.
NO_SPELLING = CODE | CODE_BLOCK | URL | HTML

# Block states: -1 (Qt's "none") and 0 are ordinary text.
STATE_COMMENT = 1  # inside an HTML comment
_FENCE_BASE = 2  # 2 + 2 * length (+ 1 for tildes): inside fenced code


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 offset of each code point of ``text`` (and of its end), or None when the
    two agree (no character beyond the BMP, such as an emoji). Python indexes code
    points; Qt's blocks, cursors and formats count UTF-16 units."""
    if text.isascii() or all(ord(c) <= 0xFFFF for c in text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def utf16_prefix(text: str, units: int) -> str:
    """The start of ``text`` that is ``units`` UTF-16 units long."""
    offsets = utf16_offsets(text)
    if offsets is None:
        return text[:units]
    return text[: next((i for i, o in enumerate(offsets) if o >= units), len(text))]


def fence_state(fence: Fence) -> int:
    return _FENCE_BASE + 2 * fence.length + (1 if fence.char == "~" else 0)


def state_fence(state: int) -> Fence | None:
    if state < _FENCE_BASE:
        return None
    value = state - _FENCE_BASE
    return Fence("~" if value % 2 else "`", value // 2)


def in_fenced_code(block: QTextBlock) -> bool:
    """Whether ``block`` lies inside fenced code (its opening fence line counts)."""
    return _in_fence(block.previous()) or opening_fence(block.text()) is not None


def _in_fence(block: QTextBlock) -> bool:
    return block.isValid() and state_fence(block.userState()) is not None


_ATX = re.compile(r"^(#{1,6})(.*?)(#*[ \t]*)$")
_SETEXT_OR_RULE = re.compile(r"^ {0,3}(?:=+|-+|(?:[-*_][ ]*){3,})[ \t]*$")
_QUOTE = re.compile(r"^(?: {0,3}> ?)+")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)")
_REFERENCE = re.compile(r"^ {0,3}(\[[^\]]+\]:)[ \t]*(\S+)(.*)$")
_BACKTICKS = re.compile(r"`+")
_COMMENT_OPEN = re.compile(r"<!--")
_COMMENT_CLOSE = re.compile(r"-->")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^\s@<>]+@)[^\s<>]*>")
_BARE_URL = re.compile(
    r"(?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]"
)
_IMAGE = re.compile(r"(!\[)([^\]]*)(\]\()([^)]*)(\))")
_LINK = re.compile(r"(\[)([^\]]+)(\]\()([^)]*)(\))|(\[)([^\]]+)(\]\[)([^\]]*)(\])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(
    r"(?<![*\\])(\*)(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)|(?<![\w\\])(_)(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"(~~)(?=\S)(.+?)(?<=\S)~~")


class _Theme:
    """Colours for a light or a dark editor."""

    def __init__(self, dark: bool) -> None:
        self.heading = QColor("#8cb4ff" if dark else "#1d4f91")
        self.markup = QColor("#7f8790" if dark else "#9aa0a6")
        self.quote = QColor("#b5bcc4" if dark else "#5f6368")
        self.list_mark = QColor("#f0a35e" if dark else "#b0531a")
        self.link = QColor("#8cb4ff" if dark else "#1a62c7")
        self.url = QColor("#8fa0b3" if dark else "#7a8794")
        self.image = QColor("#c99cf0" if dark else "#7b3fb0")
        self.html = QColor("#e39a9a" if dark else "#a13d3d")
        self.code = QColor("#b8d7a3" if dark else "#2f6b2f")
        self.code_back = QColor("#2b2f33" if dark else "#f1f3f4")
        self.misspelt = QColor("#ff6b6b" if dark else "#d01c1c")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown in ``document``; see :meth:`set_spell_checker`."""

    def __init__(self, document: QTextDocument, *, dark: bool | None = None) -> None:
        super().__init__(document)
        if dark is None:
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            dark = base.lightness() < 128
        self._theme = _Theme(dark)
        self._checker: SpellChecker | None = None
        self._formats: dict[int, QTextCharFormat] = {}
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()

    # -- spelling --------------------------------------------------------------------
    def set_spell_checker(self, checker: SpellChecker | None) -> None:
        """Underline what ``checker`` finds misspelt (None: stop checking)."""
        self._checker = checker
        self.rehighlight()

    def spell_checker(self) -> SpellChecker | None:
        return self._checker

    def misspellings(self, block: QTextBlock) -> list[tuple[int, int]]:
        """The misspelt (start, length) ranges of ``block`` that are underlined, in
        UTF-16 units as Qt counts positions in a block."""
        if self._checker is None or in_fenced_code(block):
            return []
        text = block.text()
        flags = self._scan(text, _previous_state(block))[0]
        found = self._spelling(text, flags)
        offsets = utf16_offsets(text)
        if offsets is None:
            return found
        return [(offsets[s], offsets[s + n] - offsets[s]) for s, n in found]

    def _spelling(self, text: str, flags: list[int]) -> list[tuple[int, int]]:
        if self._checker is None or not text.strip():
            return []
        found = []
        for start, length in self._checker.misspelled(text):
            end = min(start + length, len(text))
            if start < 0 or end <= start:
                continue
            if not any(flags[i] & NO_SPELLING for i in range(start, end)):
                found.append((start, end - start))
        return found

    # -- highlighting ----------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        flags, state = self._scan(text, self.previousBlockState())
        for start, length in self._spelling(text, flags):
            for i in range(start, start + length):
                flags[i] |= MISSPELT
        self.setCurrentBlockState(state)
        self._apply(text, flags)

    def _scan(self, text: str, previous: int) -> tuple[list[int], int]:
        """The style flags of each character of ``text`` and the state after it."""
        n = len(text)
        flags = [0] * n
        fence = state_fence(previous)
        if fence is not None:
            if fence.closed_by(text):
                _mark(flags, 0, n, CODE_BLOCK | MARKUP)
                return flags, 0
            _mark(flags, 0, n, CODE_BLOCK)
            return flags, previous
        start = 0
        if previous == STATE_COMMENT:
            close = _COMMENT_CLOSE.search(text)
            if close is None:
                _mark(flags, 0, n, HTML)
                return flags, STATE_COMMENT
            start = close.end()
            _mark(flags, 0, start, HTML)
        elif (opened := opening_fence(text)) is not None:
            _mark(flags, 0, n, CODE_BLOCK | MARKUP)
            return flags, fence_state(opened)
        if start == 0:
            self._block(text, flags)
        state = self._inline(text, flags, start)
        return flags, state

    def _block(self, text: str, flags: list[int]) -> None:
        if (heading := _ATX.match(text)) is not None:
            _mark(flags, 0, len(text), HEADING)
            _mark(flags, 0, heading.end(1), MARKUP)
            _mark(flags, heading.start(3), heading.end(3), MARKUP)
            return
        if _SETEXT_OR_RULE.match(text):
            _mark(flags, 0, len(text), MARKUP)
            return
        if (quote := _QUOTE.match(text)) is not None:
            _mark(flags, 0, len(text), QUOTE)
            _mark(flags, 0, quote.end(), MARKUP)
            text_start = quote.end()
        else:
            text_start = 0
        if (item := _LIST.match(text, text_start)) is not None:
            _mark(flags, item.start(), item.end(), LIST_MARK)
        if (reference := _REFERENCE.match(text)) is not None:
            _mark(flags, reference.start(1), reference.end(1), LINK)
            _mark(flags, reference.start(2), reference.end(2), URL)

    def _inline(self, text: str, flags: list[int], start: int) -> int:
        """Inline styles from ``start`` on; returns the block state (comment or not)."""
        state = 0
        # Code spans first: nothing else is Markdown inside them.
        runs = list(_BACKTICKS.finditer(text, start))
        taken = [False] * len(text)
        i = 0
        while i < len(runs):
            opener = runs[i]
            closer = next(
                (j for j in range(i + 1, len(runs)) if len(runs[j].group()) == len(opener.group())),
                None,
            )
            if closer is None:
                i += 1
                continue
            end = runs[closer].end()
            _mark(flags, opener.start(), end, CODE)
            _mark(flags, opener.start(), opener.end(), MARKUP)
            _mark(flags, runs[closer].start(), end, MARKUP)
            taken[opener.start() : end] = [True] * (end - opener.start())
            i = closer + 1

        def free(match: re.Match[str]) -> bool:
            return not any(taken[match.start() : match.end()])

        def delimiters_free(match: re.Match[str]) -> bool:
            return not taken[match.start()] and not taken[match.end() - 1]

        def take(begin: int, end: int) -> None:
            taken[begin:end] = [True] * (end - begin)

        # HTML comments (possibly running on), tags and autolinks.
        position = start
        while (opened := _COMMENT_OPEN.search(text, position)) is not None:
            if taken[opened.start()]:
                position = opened.end()
                continue
            closed = _COMMENT_CLOSE.search(text, opened.end())
            end = closed.end() if closed is not None else len(text)
            _mark(flags, opened.start(), end, HTML)
            take(opened.start(), end)
            if closed is None:
                state = STATE_COMMENT
                break
            position = end
        for match in _matches(_AUTOLINK, text, start, free):
            _mark(flags, match.start(), match.end(), URL)
            take(match.start(), match.end())
        for match in _matches(_TAG, text, start, free):
            _mark(flags, match.start(), match.end(), HTML)
            take(match.start(), match.end())
        for match in _matches(_IMAGE, text, start, free):
            _mark(flags, match.start(), match.end(), IMAGE)
            _mark(flags, match.start(1), match.end(1), MARKUP)
            _mark(flags, match.start(3), match.end(5), MARKUP)
            _mark(flags, match.start(4), match.end(4), URL)
            take(match.start(3), match.end())
        for match in _matches(_LINK, text, start, free):
            inline = match.group(1) is not None
            base = 1 if inline else 6
            _mark(flags, match.start(base + 1), match.end(base + 1), LINK)
            _mark(flags, match.start(base), match.end(base), MARKUP)
            _mark(flags, match.start(base + 2), match.end(), MARKUP)
            if inline:
                _mark(flags, match.start(base + 3), match.end(base + 3), URL)
            take(match.start(base + 2), match.end())
        for match in _matches(_BARE_URL, text, start, free):
            _mark(flags, match.start(), match.end(), URL)
            take(match.start(), match.end())
        for pattern, style in ((_BOLD, BOLD), (_ITALIC, ITALIC), (_STRIKE, STRIKE)):
            for match in _matches(pattern, text, start, delimiters_free):
                group = 1 if match.group(1) is not None else 3
                marker = len(match.group(group))
                _mark(flags, match.start(), match.end(), style)
                _mark(flags, match.start(), match.start() + marker, MARKUP)
                _mark(flags, match.end() - marker, match.end(), MARKUP)
        return state

    # -- formats ---------------------------------------------------------------------
    def _apply(self, text: str, flags: list[int]) -> None:
        offsets = utf16_offsets(text)
        n = len(flags)
        i = 0
        while i < n:
            style = flags[i]
            j = i + 1
            while j < n and flags[j] == style:
                j += 1
            if style:
                if offsets is None:
                    self.setFormat(i, j - i, self._format(style))
                else:
                    self.setFormat(offsets[i], offsets[j] - offsets[i], self._format(style))
            i = j

    def _format(self, style: int) -> QTextCharFormat:
        cached = self._formats.get(style)
        if cached is not None:
            return cached
        theme = self._theme
        fmt = QTextCharFormat()
        if style & QUOTE:
            fmt.setForeground(theme.quote)
            fmt.setFontItalic(True)
        if style & HEADING:
            fmt.setForeground(theme.heading)
            fmt.setFontWeight(QFont.Weight.Bold)
        if style & BOLD:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style & ITALIC:
            fmt.setFontItalic(True)
        if style & STRIKE:
            fmt.setFontStrikeOut(True)
        if style & LIST_MARK:
            fmt.setForeground(theme.list_mark)
            fmt.setFontWeight(QFont.Weight.Bold)
        if style & LINK:
            fmt.setForeground(theme.link)
        if style & IMAGE:
            fmt.setForeground(theme.image)
        if style & HTML:
            fmt.setForeground(theme.html)
        if style & (CODE | CODE_BLOCK):
            fmt.setFontFamilies(self._mono)
            fmt.setFontFixedPitch(True)
            fmt.setForeground(theme.code)
            fmt.setBackground(theme.code_back)
        if style & URL:
            fmt.setForeground(theme.url)
        if style & MARKUP:
            fmt.setForeground(theme.markup)
        if style & MISSPELT:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(theme.misspelt)
        self._formats[style] = fmt
        return fmt


def _mark(flags: list[int], start: int, end: int, style: int) -> None:
    for i in range(start, end):
        flags[i] |= style


def _previous_state(block: QTextBlock) -> int:
    previous = block.previous()
    return previous.userState() if previous.isValid() else -1


def _matches(
    pattern: re.Pattern[str], text: str, start: int, ok: Callable[[re.Match[str]], bool]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that ``ok`` accepts, looking again just after a refused one
    (a refused ``*`` inside code must not hide a good ``*italic*`` further on)."""
    position = start
    while (match := pattern.search(text, position)) is not None:
        if ok(match):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1
