"""Spell checking of Markdown text with the system's Hunspell dictionaries.

Dictionaries come through Enchant (pyenchant), which prefers its Hunspell provider
here. The text is Markdown, so what is not prose is left alone: URLs, e-mail
addresses, inline and fenced code, link and image targets, HTML tags, attribute
lists such as ``{credit="AP"}``, words with digits and ALL-CAPS acronyms.

Enchant is loaded on first use, not at import time; when it or a dictionary is
missing, :func:`available_languages` is empty and :meth:`SpellChecker.for_language`
returns None, so the editor can say that spelling is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

#: Providers in the order Enchant should try them: Hunspell first, whatever the
#: system's enchant.ordering says (Debian puts Aspell first for English).
PROVIDER_ORDER = "hunspell,nuspell,aspell,hspell,voikko,zemberek,applespell"
MAX_SUGGESTIONS = 8

#: For an article language without a region, the dictionaries to try first.
PREFERRED: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr_BE", "fr_CH"),
    "nl": ("nl_NL", "nl_BE"),
    "pt": ("pt_PT", "pt_BR"),
    "sv": ("sv_SE", "sv_FI"),
    "da": ("da_DK",),
    "el": ("el_GR",),
    "uk": ("uk_UA",),
}

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|\d{3}))?")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
#: Spans that are not prose; each is blanked out before the words are split.
_NOT_PROSE = re.compile(
    r"""
      (?P<code>(`+)[^`\n](?:.*?[^`])??\2(?!`))           # inline code
    | ^\ {0,3}\[[^\]\n]+\]:[ \t]*\S+                      # [ref]: target
    | \]\(\s*(?:<[^>\n]*>|[^\s)]*)                        # ](target of a link or image
    | \]\[[^\]\n]*\]                                      # ][reference label]
    | </?[A-Za-z!][^<>\n]*>                              # HTML tag, comment, <autolink>
    | \{[^{}\n]*\}                                        # attribute list {credit="AP"}
    | [A-Za-z][A-Za-z0-9+.-]*://\S+                       # URL with a scheme
    | \b(?:www\.|mailto:|media:|tel:|data:)\S+            # ... and other link forms
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                        # e-mail address
    | &\#?\w+;                                            # HTML entity
    | [\w'’-]*\d[\w'’-]*                                  # a word with digits
    | \w[\w-]*(?:\.[\w-]+)+\.?                             # example.org, e.g., U.S.
    """,
    re.VERBOSE | re.MULTILINE,
)


def _enchant() -> Any | None:
    try:
        import enchant  # type: ignore[import-untyped]
    except ImportError:  # no libenchant on this machine: spelling is not checked
        return None
    return enchant


@cache
def _broker() -> Any | None:
    enchant = _enchant()
    if enchant is None:
        return None
    broker = enchant.Broker()
    broker.set_ordering("*", PROVIDER_ORDER)
    for tag in broker.list_languages():
        broker.set_ordering(tag, PROVIDER_ORDER)
    return broker


def available_languages() -> list[str]:
    """The dictionaries installed, such as ``["de_DE", "en_GB", "en_US", "fr_FR"]``.

    A bare language (``fr``) is listed only when no regional dictionary of it is."""
    broker = _broker()
    if broker is None:
        return []
    tags = set(broker.list_languages())
    regional = {t.split("_")[0] for t in tags if "_" in t}
    return sorted(t for t in tags if "_" in t or t not in regional)


def dictionary_for(language: str, available: Iterable[str] | None = None) -> str | None:
    """The best dictionary for an article language: ``en-GB`` → ``en_GB``,
    ``en`` → ``en_US`` (else ``en_GB``), ``fr`` → ``fr_FR``; None when there is none."""
    tags = set(available_languages() if available is None else available)
    match = _TAG.match(language.strip())
    if not match:
        return None
    lang, region = match.group(1).lower(), match.group(2)
    candidates: list[str] = []
    if region:
        candidates.append(f"{lang}_{region.upper()}")
    candidates += [*PREFERRED.get(lang, ()), f"{lang}_{lang.upper()}", lang]
    for tag in candidates:
        if tag in tags:
            return tag
    same = sorted(t for t in tags if t.split("_")[0] == lang)
    return same[0] if same else None


def _blank(text: str, start: int, end: int) -> str:
    """Replace a span with spaces, keeping line breaks so positions stay put."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def prose_only(text: str) -> str:
    """``text`` with everything that is not prose replaced by spaces (same length)."""
    out = _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    # Fenced code blocks: from a fence to the matching closing fence (or the end).
    fence: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        if fence is None:
            opening = _FENCE.match(line)
            if opening:
                fence = opening.group(1)
                out = _blank(out, pos, pos + len(line))
        else:
            out = _blank(out, pos, pos + len(line))
            stripped = line.strip()
            if set(stripped) == {fence[0]} and len(stripped) >= len(fence):
                fence = None
        pos += len(line)
    return out


def _is_acronym(word: str) -> bool:
    core = re.sub(r"['’]s$", "", word)
    letters = [c for c in core if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def utf16_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, length) spans of ``text`` in UTF-16 code units, as Qt counts them
    (they differ from Python's after a character outside the BMP, such as an emoji)."""

    def units(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    return [(units(text[:start]), units(text[start : start + n])) for start, n in spans]


# A run of non-space: words never span a space.
_RUN = re.compile(r"\S+")
#: How many runs a checker remembers (a long read holds tens of thousands).
_RUNS_KEPT = 200_000


class SpellChecker:
    """Checks the words of one language; :meth:`for_language` makes one."""

    def __init__(self, dictionary: Any, tokenizer: Callable[[str], Iterator[tuple[str, int]]]):
        self._dict = dictionary
        self._tokenize = tokenizer
        self._ignored: set[str] = set()
        self._runs: dict[str, tuple[tuple[int, int], ...]] = {}  # see misspelled

    @classmethod
    def for_language(cls, language: str) -> SpellChecker | None:
        """A checker for an article language (``en``, ``en-GB``, ``fr_FR``...), or None
        when no dictionary for it is installed."""
        broker = _broker()
        tag = dictionary_for(language)
        if broker is None or tag is None:
            return None
        enchant = _enchant()
        assert enchant is not None  # the broker exists
        from enchant.errors import TokenizerNotFoundError  # type: ignore[import-untyped]
        from enchant.tokenize import get_tokenizer  # type: ignore[import-untyped]

        try:
            dictionary = broker.request_dict(tag)
        except enchant.errors.Error:
            return None
        try:
            tokenizer = get_tokenizer(tag)
        except TokenizerNotFoundError:
            tokenizer = get_tokenizer("en")  # Unicode-aware; fits Latin-script languages
        return cls(dictionary, tokenizer)

    @property
    def language(self) -> str:
        """The dictionary's tag, such as ``en_US``."""
        return str(self._dict.tag)

    @property
    def provider(self) -> str:
        """The Enchant provider that serves the dictionary, such as ``hunspell``."""
        return str(self._dict.provider.name)

    def check(self, word: str) -> bool:
        """True when ``word`` is spelt correctly (or ignored for this session)."""
        word = word.replace("’", "'")
        if not word.strip() or word in self._ignored:
            return True
        return bool(self._dict.check(word))

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word of a Markdown ``text``, in Python
        string positions (code points).

        The text is taken a run of non-space at a time, and what each run holds is
        remembered: a keystroke changes one run of a paragraph, so the others are
        not tokenized and looked up again (no word spans a space)."""
        prose = prose_only(text).replace("’", "'")  # one apostrophe; the same length
        found: list[tuple[int, int]] = []
        for run in _RUN.finditer(prose):
            known = self._runs.get(run.group())
            if known is None:
                known = tuple(self.scan(run.group()))
                if len(self._runs) >= _RUNS_KEPT:
                    self._runs.clear()
                self._runs[run.group()] = known
            found.extend((run.start() + start, length) for start, length in known)
        return found

    def scan(self, prose: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word of ``prose``, tokenized whole."""
        found: list[tuple[int, int]] = []
        for word, start in self._tokenize(prose):
            word = word.strip("'")
            if not word or _is_acronym(word) or any(c.isdigit() for c in word):
                continue
            if not any(c.isalpha() for c in word):
                continue
            begin = prose.index(word, start)
            if not self.check(word):
                found.append((begin, len(word)))
        return found

    def suggest(self, word: str) -> list[str]:
        """Up to :data:`MAX_SUGGESTIONS` corrections, the likeliest first."""
        word = word.strip()
        if not word:
            return []
        seen: dict[str, None] = {}
        for suggestion in self._dict.suggest(word.replace("’", "'")):
            if suggestion != word:
                seen.setdefault(suggestion, None)
        return list(seen)[:MAX_SUGGESTIONS]

    def add_to_session(self, word: str) -> None:
        """Accept ``word`` until the app quits (nothing is written to disk)."""
        word = word.strip().replace("’", "'")
        if word:
            self._ignored.add(word)
            self._dict.add_to_session(word)
            self._runs.clear()
