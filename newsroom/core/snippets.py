"""Search snippets: a few words of an article around what a search found, the found
words marked.

FTS5's ``snippet()`` would do it, but it tokenises the whole article again for each
row, about a quarter of a millisecond an article of 800 words: 12 ms of a page of 50.
Here one regular expression finds the query's words in the text as the index's
``unicode61 remove_diacritics 2`` tokenizer would: in any case, with or without
diacritics (each letter of a word matches every letter that folds to it), and only
the few words around the best match are cut into words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import islice

MATCH_START = "\x02"
MATCH_END = "\x03"
_NO_MARKS = str.maketrans("", "", MATCH_START + MATCH_END)
#: Words a snippet shows.
SNIPPET_WORDS = 24
#: Words shown before the first match of a snippet.
LEAD_WORDS = 4

_TOKEN = re.compile(r"[^\W_]+")
_WORD = r"[^\W_]"
#: How far (in characters) words may lie apart to count as one snippet's.
WINDOW_CHARS = 160
#: At most this many matches of an article are looked at to choose its snippet.
MAX_HITS = 12


@cache
def _fold_table() -> dict[int, str]:
    """Each letter with a diacritic (Latin, Greek, Cyrillic) to its base letter."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x530):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = base.lower()
    return table


@cache
def _classes() -> dict[str, str]:
    """Each base letter to a character class of every letter that folds to it, so that
    a pattern finds "zurich" in "Zürich" without folding the text."""
    variants: dict[str, set[str]] = {}
    for code, base in _fold_table().items():
        variants.setdefault(base, {base}).add(chr(code))
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in variants.items()}


def fold(word: str) -> str:
    """``word`` in lower case without diacritics, as the index's tokenizer sees it."""
    return word.lower().translate(_fold_table())


@dataclass(frozen=True)
class Terms:
    """The words a search looks for, folded: whole words, and prefixes."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.words and not self.prefixes

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The terms in lower-case text. It starts with the alternatives themselves (the
        word boundary before a match is checked by :meth:`find`), so that the regular
        expression engine can skip ahead to the characters a term can start with."""

        def variants(word: str) -> str:
            classes = _classes()
            return "".join(classes.get(c, re.escape(c)) for c in word)

        alternatives = [variants(w) for w in sorted(self.words, key=len, reverse=True)]
        alternatives += [variants(p) + _WORD + "*" for p in self.prefixes]
        return re.compile("(?:" + "|".join(alternatives) + f")(?!{_WORD})")

    def find(self, text: str) -> list[tuple[int, int]]:
        """Where the terms are in ``text`` (start, end): at most :data:`MAX_HITS`."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is two: keep places
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        hits: list[tuple[int, int]] = []
        for match in self.pattern.finditer(lowered):
            start = match.start()
            if start and _TOKEN.match(lowered, start - 1):
                continue  # inside a longer word
            hits.append((start, match.end()))
            if len(hits) == MAX_HITS:
                break
        return hits

    def term_of(self, token: str) -> str:
        """Which of the terms ``token`` is."""
        folded = fold(token)
        if folded in self.words:
            return folded
        return next((p for p in self.prefixes if folded.startswith(p)), folded)


def terms(parts: Sequence[tuple[Sequence[str], bool]]) -> Terms:
    """The terms of a query's parts: each part's folded words, the last one a prefix
    when the part is."""
    words: set[str] = set()
    prefixes: list[str] = []
    for part_words, prefix in parts:
        for n, word in enumerate(part_words):
            if not _TOKEN.fullmatch(word):
                continue  # the index has no such word: nothing to find
            if prefix and n == len(part_words) - 1:
                prefixes.append(fold(word))
            else:
                words.add(fold(word))
    return Terms(frozenset(words), tuple(prefixes))


def snippet(texts: Sequence[str], found: Terms) -> str:
    """A snippet of the first of ``texts`` (say body, standfirst, tags, headline) in
    which the terms occur: about :data:`SNIPPET_WORDS` words where the most different
    terms are, found words between :data:`MATCH_START` and :data:`MATCH_END`; "" when
    no text holds a term."""
    if found.empty:
        return ""
    for text in texts:
        if MATCH_START in text or MATCH_END in text:
            text = text.translate(_NO_MARKS)  # the text's own would read as marks
        hits = found.find(text)
        if hits:
            return _around(text, hits, found)
    return ""


def _around(text: str, hits: list[tuple[int, int]], found: Terms) -> str:
    # The stretch holding the most different terms; the earliest of the best.
    terms_of_hits = [found.term_of(text[a:b]) for a, b in hits]
    best, best_score = 0, -1
    for n, (hit_start, _hit_end) in enumerate(hits):
        end = hit_start + WINDOW_CHARS
        seen = {terms_of_hits[m] for m in range(n, len(hits)) if hits[m][0] < end}
        if len(seen) > best_score:
            best, best_score = n, len(seen)
    start = hits[best][0]
    before = list(_TOKEN.finditer(text, max(0, start - 20 * LEAD_WORDS), start))
    lead = [(m.start(), m.end()) for m in before[-LEAD_WORDS:]]
    after = _TOKEN.finditer(text, start, min(len(text), start + 20 * SNIPPET_WORDS))
    tail = [(m.start(), m.end()) for m in islice(after, SNIPPET_WORDS - len(lead))]
    tokens = lead + tail
    if not tokens:
        return ""
    marked = {hit_start for hit_start, _hit_end in hits}
    out: list[str] = []
    position = tokens[0][0]
    for token_start, token_end in tokens:
        out.append(text[position:token_start])
        word = text[token_start:token_end]
        out.append(f"{MATCH_START}{word}{MATCH_END}" if token_start in marked else word)
        position = token_end
    return "".join(out).strip()
