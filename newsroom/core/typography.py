"""Typographic quotes and dashes while typing Markdown: the decisions, without Qt.

:func:`smarten` is asked, for each typed character, whether it should become
something else, given the text of the line before the cursor. It answers with an
:class:`Edit` or None (type the character as it is).

- ``"`` becomes “ or ”, ``'`` becomes ‘ or ’: opening at the start of a line, after
  a space, an opening bracket, a dash or an opening quote (emphasis markers such
  as ``**`` are looked through), closing everywhere else, so the apostrophe in
  ``don't`` is ’. (An elided year such as ``'90s`` gets ‘, as in most editors:
  what follows is not typed yet.)
- ``--`` becomes an en dash –, and a third ``-`` turns that into an em dash —.
  Lines that hold only dashes, pipes, colons and spaces so far are left alone:
  they are rules (``---``), setext underlines or table separators.

Nothing changes inside code (inline code spans, fenced code: see ``in_code_block``),
HTML tags and comments, link and image addresses, reference definitions and bare
URLs, where the plain characters mean something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_DOUBLE, CLOSING_DOUBLE = "\u201c", "\u201d"
OPENING_SINGLE, CLOSING_SINGLE = "\u2018", "\u2019"
EN_DASH, EM_DASH = "\u2013", "\u2014"

_OPENS_AFTER = set("([{<\u201c\u2018\u2013\u2014")
_EMPHASIS_MARKS = "*_~"
_STRUCTURE_ONLY = re.compile(r"[\s|:\-=+>*#]*")
_HTML_OPEN = re.compile(r"<(?:[A-Za-z/!?][^<>]*)$")
_LINK_TARGET_OPEN = re.compile(r"\]\([^)]*$")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:")
_URL_TOKEN = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|mailto:)\S*$")


@dataclass(frozen=True)
class Edit:
    """Replace the ``remove`` characters before the cursor and the typed one by ``text``.

    ``plain`` is what the same keys give without typography (the removed
    characters, or what they stood for, and the typed one): an editor inserts
    ``plain`` first and then swaps it for ``text`` in a separate undo step, so
    one Undo gives the plain characters back.
    """

    remove: int
    plain: str
    text: str


def in_code_span(before: str) -> bool:
    """Whether the end of ``before`` (one line) lies inside an unclosed code span."""
    open_run = 0
    i = 0
    while i < len(before):
        if before[i] == "\\" and open_run == 0:
            i += 2  # an escaped backtick opens nothing
            continue
        if before[i] == "`":
            j = i
            while j < len(before) and before[j] == "`":
                j += 1
            run = j - i
            if open_run == 0:
                open_run = run
            elif run == open_run:
                open_run = 0
            i = j
            continue
        i += 1
    return open_run != 0


def is_literal_context(before: str) -> bool:
    """Whether typed characters at the end of ``before`` must stay as they are."""
    return bool(
        in_code_span(before)
        or _HTML_OPEN.search(before)
        or _LINK_TARGET_OPEN.search(before)
        or _REFERENCE_DEFINITION.match(before)
        or _URL_TOKEN.search(before)
    )


def opens(before: str) -> bool:
    """Whether a quote typed after ``before`` opens (rather than closes)."""
    stripped = before.rstrip(_EMPHASIS_MARKS)
    if not stripped or stripped[-1].isspace() or stripped[-1] in _OPENS_AFTER:
        return True
    return bool(_STRUCTURE_ONLY.fullmatch(stripped))  # "> " and list markers at line start


def smarten(before: str, typed: str, *, in_code_block: bool = False) -> Edit | None:
    """What typing ``typed`` after ``before`` (the line up to the cursor) should give.

    ``in_code_block`` says that the line belongs to fenced code.
    """
    if in_code_block or typed not in "\"'-" or len(typed) != 1:
        return None
    if is_literal_context(before):
        return None
    if typed == '"':
        return Edit(0, typed, OPENING_DOUBLE if opens(before) else CLOSING_DOUBLE)
    if typed == "'":
        return Edit(0, typed, OPENING_SINGLE if opens(before) else CLOSING_SINGLE)
    # typed == "-"
    if _STRUCTURE_ONLY.fullmatch(before):
        return None  # "---" rules, setext underlines, "|---|---|" table rows, "- - -"
    if before.endswith(EN_DASH):
        return Edit(1, "---", EM_DASH)
    if before.endswith("-") and not before.endswith(("--", "<-")):
        return Edit(1, "--", EN_DASH)
    return None
