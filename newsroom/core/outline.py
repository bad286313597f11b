"""The headings of a Markdown text, and the line scan that finds fenced code.

:func:`headings` returns ``(level, title, line_number)`` for every ATX heading
(``## Title``) and setext heading (``Title`` underlined with ``===`` or ``---``),
skipping anything inside fenced code. Line numbers count from 0 and match the
block numbers of a ``QTextDocument`` holding the same text.

The rules are those of Python-Markdown, the renderer of the preview, so the
outline lists what the Contents box shows: ``#`` starts a heading at the start of
a line even without a space after it (``##Title``); a code fence is three or more
backticks or tildes at the start of a line and is closed by the same run of the
same character. Unlike Python-Markdown, an unclosed fence counts as code to the
end of the text, as it does in the editor's highlighting while one types it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

_OPENING_FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r"^(#{1,6})(.*?)#*[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ ]*$")
# How a line that may be a heading (ATX) or a heading's underline (setext) starts.
_CANDIDATE = "#=-"

# Inline markup that a reader does not see, for titles and statistics.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^\s@<>]+@)[^\s<>]*)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Fence:
    """An opening code fence: its character (`` ` `` or ``~``) and length."""

    char: str
    length: int

    def closed_by(self, line: str) -> bool:
        return line.rstrip(" ") == self.char * self.length


def opening_fence(line: str) -> Fence | None:
    """The fence that ``line`` opens, or None when it opens none."""
    match = _OPENING_FENCE.match(line)
    if match is None:
        return None
    run, info = match.group(1), match.group(2)
    if run[0] == "`" and "`" in info:
        return None  # a backtick fence's info string may not hold backticks
    return Fence(run[0], len(run))


TEXT, FENCE, CODE = 0, 1, 2


def line_kinds(lines: Sequence[str]) -> list[int]:
    """For each line: :data:`TEXT`, :data:`FENCE` (an opening or closing fence line)
    or :data:`CODE` (a line inside fenced code)."""
    kinds: list[int] = []
    fence: Fence | None = None
    for line in lines:
        if fence is not None:
            if fence.closed_by(line):
                kinds.append(FENCE)
                fence = None
            else:
                kinds.append(CODE)
            continue
        fence = opening_fence(line)
        kinds.append(TEXT if fence is None else FENCE)
    return kinds


def code_lines(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it belongs to fenced code (the fence lines included)."""
    return [kind != TEXT for kind in line_kinds(lines)]


@functools.lru_cache(maxsize=4096)
def inline_plain(text: str) -> str:
    """``text`` as a reader sees it: no emphasis markers, link targets, images or tags."""
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    previous = None
    while previous != text:  # nested emphasis: ***both*** or **bold _and italic_**
        previous, text = text, _EMPHASIS.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text)


class Heading(NamedTuple):
    level: int
    title: str
    line_number: int


def headings(text: str) -> list[Heading]:
    """Every heading of ``text`` outside fenced code, in order.

    Only the lines that may be one (starting with ``#``, ``=`` or ``-``) are looked at,
    and the fences only in a text that has some: the outline of a long read is made
    again whenever typing pauses."""
    lines = text.split("\n")
    in_code = code_lines(lines) if "```" in text or "~~~" in text else [False] * len(lines)
    found: list[Heading] = []
    for number, line in enumerate(lines):
        if line[:1] not in _CANDIDATE or not line or in_code[number]:
            continue
        atx = _ATX.match(line)
        if atx is not None:
            title = inline_plain(atx.group(2)).strip()
            found.append(Heading(len(atx.group(1)), title, number))
            continue
        setext = _SETEXT.match(line)
        if setext is None or number == 0:
            continue
        # The underlined line must open its paragraph: Python-Markdown reads
        # "a\nb\n---" as the paragraph "a b" and a rule.
        above = lines[number - 1]
        first = number == 1 or not lines[number - 2].strip() or in_code[number - 2]
        after_heading = bool(found) and found[-1].line_number == number - 2
        if not above.strip() or in_code[number - 1] or not (first or after_heading):
            continue
        if found and found[-1].line_number == number - 1:
            continue  # "## Title" above "---": a heading and a rule
        level = 1 if setext.group(1)[0] == "=" else 2
        found.append(Heading(level, inline_plain(above).strip(), number - 1))
    return found
