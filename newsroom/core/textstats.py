"""Word and character counts and reading time of a Markdown text, as a reader sees it.

What counts is the text of the published article, not its Markdown:

- heading markers, emphasis markers, blockquote and list markers, table pipes
  and separator rows, rules (``---``), HTML tags and comments, and backslash
  escapes are not counted;
- links count their text only (not the URL), images count nothing (neither
  ``alt`` nor address: the caption comes from the library's image record), and
  reference definitions (``[id]: https://...``) count nothing;
- fenced code counts its content (a reader reads it) but not its fence lines;
  inline code counts its content.

A word is a run of characters between spaces (or em and en dashes) holding at
least one letter or digit, so ``re-elected`` is one word and a lone ``–`` is none.
Characters are those a reader sees, spaces included, with each run of spaces and
line breaks counted as one space. Reading time is the words at
:data:`WORDS_PER_MINUTE`, rounded up: 1 to 230 words is "1 min read".
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from newsroom.core.i18n import count as i18n_count
from newsroom.core.i18n import translate
from newsroom.core.outline import CODE, TEXT, inline_plain, line_kinds

WORDS_PER_MINUTE = 230

_ATX_MARK = re.compile(r"^#{1,6}[ \t]*|[ \t]*#*[ \t]*$")
_QUOTE_MARK = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ ]*){3,}|(?:\*[ ]*){3,}|(?:_[ ]*){3,}|=+[ ]*)$")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S")
_TABLE_SEPARATOR = re.compile(r"^[ \t|:-]*-[ \t|:-]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SPACES = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[\s\u2013\u2014]+")
_HAS_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        return math.ceil(self.words / WORDS_PER_MINUTE)

    def summary(self) -> str:
        """``1,234 words · 7,890 characters · 6 min read``."""
        words = translate("TextStats", "{count} word(s)", None, self.words)
        chars = translate("TextStats", "{count} character(s)", None, self.characters)
        return translate("TextStats", "{words} · {characters} · {minutes} min read").format(
            words=words.format(count=i18n_count(self.words)),
            characters=chars.format(count=i18n_count(self.characters)),
            minutes=self.reading_minutes,
        )


def visible_text(markdown: str) -> str:
    """The text of ``markdown`` that a reader sees, one line per source line."""
    lines = _without_comments(markdown).split("\n")
    return "\n".join(
        _visible_line(line, kind) for line, kind in zip(lines, line_kinds(lines), strict=True)
    )


def text_stats(markdown: str) -> TextStats:
    """Count the words and characters of ``markdown`` as published.

    Counted line by line, with each line's count remembered: a keystroke changes one
    line, so recounting a long read costs a lookup per line, not a parse of the text.
    The figures are those of the whole :func:`visible_text` (tests/core/test_textstats.py
    compares the two): no word spans a line break, and between two lines that show
    text every run of space counts as one character."""
    lines = _without_comments(markdown).split("\n")
    words = characters = shown = 0
    for line, kind in zip(lines, line_kinds(lines), strict=True):
        line_words, line_characters = _line_stats(line, kind)
        words += line_words
        if line_characters:
            characters += line_characters
            shown += 1
    return TextStats(words, characters + max(0, shown - 1))


def _without_comments(markdown: str) -> str:
    if "<!--" not in markdown:
        return markdown
    return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), markdown)


def _visible_line(line: str, kind: int) -> str:
    if kind != TEXT:
        return line if kind == CODE else ""
    if _RULE.match(line) or _REFERENCE.match(line) or _TABLE_SEPARATOR.match(line):
        return ""
    line = _QUOTE_MARK.sub("", line)
    line = _LIST_MARK.sub("", line)
    if line.startswith("#"):
        line = _ATX_MARK.sub("", line)
    if "|" in line:
        line = line.replace("|", " ")
    return inline_plain(line)


@functools.lru_cache(maxsize=1 << 16)
def _line_stats(line: str, kind: int) -> tuple[int, int]:
    """The words of one line and its characters, each run of space as one, without
    the spaces at its ends."""
    visible = _visible_line(line, kind)
    words = sum(1 for token in _WORD_SPLIT.split(visible) if _HAS_WORD_CHAR.search(token))
    return words, len(_SPACES.sub(" ", visible).strip())
