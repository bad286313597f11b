"""Incremental rendering for the live preview of long articles.

:class:`IncrementalRenderer` gives exactly what :func:`~newsroom.core.render.render_body`
gives, byte for byte, but re-renders only the parts of the text that changed since its
last call. The text is cut into *chunks* at blank lines where Python-Markdown's block
parser could not carry anything over from one chunk into the next; each chunk is rendered
and sanitized on its own and cached. What depends on the whole document is redone on every
call, cheaply:

- reference-style link definitions are gathered from every chunk first, and a chunk's
  cache key holds the definitions it can use;
- heading ids: chunks are rendered with placeholder ids, and the real ids are given in a
  post-pass over all headings in order, as the ``toc`` extension would;
- the dateline goes into the first chunk that has a top-level paragraph.

Documents that hold footnotes, abbreviations, definition lists, raw HTML (and autolinks)
outside fenced code, or a ``[TOC]`` marker are rendered whole:
:attr:`IncrementalResult.fallback` says why.

Between two calls the renderer keeps the chunks' places in the text, so a keystroke costs
what its neighbourhood costs: given the edit (a :class:`~newsroom.core.text_edit.TextEdit`,
or found by comparing the two texts), only the chunks it touches and their neighbours are
cut and looked up again, the offsets of the later chunks are shifted, and the heading ids
of the others are kept when the headings around the edit stay the same. An edit that adds
or removes a fence marker, a reference definition, or what has the text rendered whole,
has the whole text cut again (still reusing every chunk that did not change).
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Literal

import markdown
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.extensions.toc import unique
from markdown.treeprocessors import Treeprocessor

from newsroom.core.markdown_ext import MediaRef, format_dateline
from newsroom.core.render import (
    Link,
    RenderedBody,
    _flatten,
    _markdown,
    render_body,
    sanitize,
)
from newsroom.core.text_edit import TextEdit, changed_range

#: The most characters an edit may add or remove for :meth:`IncrementalRenderer.render_if_local`
#: to render it: a keystroke, a word pasted or deleted, not a paste of paragraphs.
LOCAL_LIMIT = 2000

#: One DOM operation, applied in order to the blocks of the previous result:
#: ``("replace", i, html)``, ``("insert", i, html)`` (the new block becomes block ``i``)
#: or ``("delete", i, "")``.
PatchOp = tuple[Literal["replace", "insert", "delete"], int, str]

# Heading ids are placeholders until the post-pass; a text that contains this prefix
# is rendered whole so that a writer's words can never be mistaken for one.
_ID_PREFIX = "nrid7q"
_STX, _ETX = "\x02", "\x03"

# The abbreviation definitions of markdown.extensions.abbr, in a block at any depth.
_ABBREVIATION = re.compile(r"^[ >*+\-\d.]*\*\[(?:[^\\\n]|\n(?!\n))*?\] ?:", re.MULTILINE)
# What the HTML block preprocessor may take for raw HTML, and carry across blank lines.
_RAW_HTML = re.compile(r"<[A-Za-z/!?]")
# Blank lines, then a block that cannot join the element before it. Not a block that
# starts a list (sane_lists continues a list after a blank line) or a reference definition
# (which leaves the element before as the sibling of what follows it), nor one with a
# ">" line (a blockquote goes on after a blank line) or a ":" line (definition lists).
_BOUNDARY = re.compile(
    r"""\n\n+(?=[^\ \n])
    (?![*+-](?:\ |$) | \d+\.(?:\ |$) | \[[^\]]*\]: | (?:[^\n]+\n)*?\ {0,3}[>:])""",
    re.MULTILINE | re.VERBOSE,
)
# A definition takes the paragraph before it as its term, and joins the definition list
# before that: it reaches too far back (through reference definitions, fenced code).
_DEFINITION = re.compile(r"\n {0,3}: ")
# Line-start patterns are led by a newline, which the regex engine finds fast; a "^"
# pattern is tried at every position. The start of the text is checked on its own.
_FENCE_START = re.compile(r"\n(?=~~~|```)")
_BLANK_LINES = re.compile(r"(?<=\n) +\n")
# What an edit may not add or take away to be rendered from its neighbourhood alone:
# fence markers (a fence runs to the next marker, however far), what has the whole text
# rendered whole, and what _normalize would change (offsets in the text and in its
# normal form must agree).
_NOT_LOCAL = ("```", "~~~", "[^", "*[", "[TOC]", _ID_PREFIX, "\r", "\t", _STX, _ETX)
_SPACE_LINE = re.compile(r"^ +$", re.MULTILINE)
# How many chunks rendered for edits are kept (for undo, and for typing a word back).
_RECENT = 512


@dataclass(frozen=True)
class IncrementalResult:
    """One render of the text.

    ``"".join(blocks) == body.html`` always. A block is the HTML of one chunk: one or
    more whole top-level elements, in order, and the whitespace that follows them (a
    newline, as a rule; the last block has none). ``patch`` turns the previous result's blocks
    into these (unless ``full_reload``, when the page should be loaded anew).
    """

    body: RenderedBody
    blocks: list[str]
    #: The line of the text (0-based) where each block's source begins: the map by
    #: which the editor and the preview scroll together.
    lines: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    patch: list[PatchOp] = field(default_factory=list)
    full_reload: bool = False
    #: Why the text was rendered whole, or ``None`` when it was rendered by chunks.
    fallback: str | None = None


@dataclass(frozen=True)
class _Chunk:
    """A chunk rendered and sanitized on its own, heading ids still placeholders."""

    html: str
    separator: str  # what follows this chunk's HTML in the document's: often "\n"
    slugs: tuple[str, ...]  # the slug of each placeholder id, in order
    explicit_ids: frozenset[str]
    contents: tuple[tuple[str, str], ...]  # (name, id or placeholder) of each H2
    has_paragraph: bool  # a top-level <p>: where the dateline would go
    ends_with_code: bool  # the last top-level element is an indented code block
    block: str = ""  # html and separator, when there are no ids to fill in


#: A chunk's cache key: its text, whether the dateline is still to place, and the
#: reference definitions it may use.
_Key = tuple[str, bool, tuple[Any, ...]]


def _placeholder(index: int) -> str:
    return f"{_ID_PREFIX}{index}x"


class _Probe(Treeprocessor):
    """Runs between ``attr_list``/``figure`` and ``toc``: what the post-pass needs."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.ids: set[str] = set()
        self.has_paragraph = False

    def run(self, root: etree.Element) -> None:
        self.ids = {el.attrib["id"] for el in root.iter() if "id" in el.attrib}
        self.has_paragraph = any(el.tag == "p" for el in root)


class _Engine:
    """A Markdown instance of render.py, with a slug recorder and a probe."""

    def __init__(self, dateline: str, media: Mapping[str, MediaRef]) -> None:
        self.md = _markdown(dateline, media)
        self.slugs: list[str] = []
        toc: Any = self.md.treeprocessors["toc"]
        slugify: Callable[[str, str], str] = toc.slugify

        def record(value: str, separator: str) -> str:
            self.slugs.append(slugify(value, separator))
            return _placeholder(len(self.slugs) - 1)

        toc.slugify = record
        self.probe = _Probe(self.md)
        self.md.treeprocessors.register(self.probe, "newsroom_probe", 5.5)

    def definitions(self, text: str) -> dict[str, tuple[str, str]]:
        """The reference definitions of ``text``, by block parsing alone."""
        md = self.md
        md.reset()
        lines = text.split("\n")
        for prep in md.preprocessors:
            lines = prep.run(lines)
        md.parser.parseDocument(lines)
        return dict(md.references)

    def render(self, text: str, references: Mapping[str, tuple[str, str]]) -> tuple[str, str, bool]:
        """``Markdown.convert`` without its last ``strip()``, with the whole document's
        references; the text that follows the last top-level element in a document (its
        tail, usually a newline); and whether that element is an indented code block."""
        md = self.md
        md.reset()
        self.slugs = []
        lines = text.split("\n")
        for prep in md.preprocessors:
            lines = prep.run(lines)
        tree_root = md.parser.parseDocument(lines).getroot()
        assert tree_root is not None
        root: etree.Element = tree_root
        last = root[-1] if len(root) else None
        ends_with_code = (
            last is not None and last.tag == "pre" and len(last) > 0 and last[0].tag == "code"
        )
        md.references.clear()
        md.references.update(references)
        for processor in md.treeprocessors:
            new_root = processor.run(root)
            if new_root is not None:
                root = new_root
        tail = (root[-1].tail or "") if len(root) else ""
        output: str = md.serializer(root)
        try:
            start = output.index(f"<{md.doc_tag}>") + len(md.doc_tag) + 2
            end = output.rindex(f"</{md.doc_tag}>")
            output = output[start:end].strip()
        except ValueError:
            output = ""
        for post in md.postprocessors:
            output = post.run(output)
        return output, tail, ends_with_code


def _normalize(text: str) -> str:
    """Python-Markdown's NormalizeWhitespace, without the two newlines it appends."""
    source = text
    if _STX in source or _ETX in source:
        source = source.replace(_STX, "").replace(_ETX, "")
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    source += "\n\n"
    if "\t" in source:
        source = source.expandtabs(4)
    if " \n" in source:
        source = _BLANK_LINES.sub("\n", source)
    return source[:-2]


def _fence_spans(text: str) -> list[tuple[int, int]]:
    """Where the fenced code preprocessor finds fences, exactly as it searches."""
    pattern = FencedBlockPreprocessor.FENCED_BLOCK_RE
    spans: list[tuple[int, int]] = []
    index = 0
    # pattern.search(text, index), sped up: a fence can only start where one of these does.
    candidates = [m.end() for m in _FENCE_START.finditer(text)]
    if text.startswith(("~~~", "```")):
        candidates.insert(0, 0)
    for candidate in candidates:
        if candidate < index:
            continue
        m = pattern.match(text, candidate)
        if m is None:
            continue
        if m.group("attrs"):
            _attrs, remainder = get_attrs_and_remainder(m.group("attrs"))
            if remainder:
                index = m.end("attrs")
                continue
        spans.append((m.start(), m.end()))
        index = m.end()
    return spans


def _has_raw_html(text: str, fences: list[tuple[int, int]]) -> bool:
    """Raw HTML outside fenced code, which the HTML preprocessor never sees."""
    start = 0
    for begin, end in fences:
        if _RAW_HTML.search(text, start, begin):
            return True
        start = end
    return _RAW_HTML.search(text, start) is not None


def _chunk_spans(text: str, fences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut ``text`` at blank lines where no block can depend on the element before it.

    Returns ``(start, end)`` per chunk; a chunk ends at the end of its last non-blank
    line, except the last, which runs to the end of the text.
    """
    spans: list[tuple[int, int]] = []
    chunk_start = 0
    fence = 0
    for m in _BOUNDARY.finditer(text):
        start, end = m.start(), m.end()  # the newlines after a line; the next block
        while fence < len(fences) and fences[fence][1] < end:
            fence += 1
        if fence < len(fences) and fences[fence][0] < end:
            continue  # inside fenced code
        if chunk_start == 0 and not text[:start].strip():
            continue  # nothing before but blank lines
        if text[text.rfind("\n", 0, start) + 1] == " ":
            continue  # after an indented line: code, or a list item's continuation
        spans.append((chunk_start, start))
        chunk_start = end
    spans.append((chunk_start, len(text)))
    return spans


def independent_chunks(text: str) -> list[str] | None:
    """``text`` cut where the renderer cuts it: at blank lines that no block reaches
    across, so that each chunk parses alone as it does in the whole (its text is
    normalized: tabs expanded, blank lines emptied). None when something reaches across
    chunks (what has the renderer render the text whole, and reference definitions):
    then parse the text whole."""
    if "]:" in text or _whole_reason(text) is not None:
        return None
    normal = _normalize(text)
    fences = _fence_spans(normal)
    if _uncut_reason(normal, fences) is not None:
        return None
    return [normal[start:end] for start, end in _chunk_spans(normal, fences)]


def _whole_reason(text: str) -> str | None:
    """Why ``text`` must be rendered whole, from what it holds anywhere; else None."""
    if "[^" in text:
        return "footnotes"
    if "*[" in text and _ABBREVIATION.search(text):
        return "abbreviations"
    if "[TOC]" in text:
        return "[TOC] marker"
    if _ID_PREFIX in text:
        return "placeholder text"
    return None


def _uncut_reason(normal: str, fences: list[tuple[int, int]]) -> str | None:
    """Why the normalized text cannot be cut into chunks (a block that reaches across
    blank lines); else None."""
    if _has_raw_html(normal, fences):
        return "raw HTML"
    if _DEFINITION.search("\n" + normal[:5]) or _DEFINITION.search(normal):
        return "definition lists"
    return None


def _fold(text: str) -> str:
    """Lower case, whitespace collapsed: to find which reference ids a text may use."""
    return " ".join(text.lower().split())


@dataclass
class _Document:
    """What the last render by chunks knew of the text, kept to render the next edit
    from the neighbourhood of the edit alone. One entry per chunk in each list."""

    text: str  # the text, which is its own normal form (see _normalize)
    starts: list[int]
    ends: list[int]
    lines: list[int]  # the line where each chunk starts
    texts: list[str]
    chunks: list[_Chunk]
    flags: list[bool]  # whether the chunk was rendered with the dateline still to place
    ids: list[tuple[str, ...]]  # the id given to each of the chunk's placeholders
    links: list[tuple[Link, ...]]  # the chunk's entries in the Contents
    blocks: list[str]  # the chunk's block, ends of the document not yet stripped; or ""
    references: dict[str, tuple[str, str]]
    folded: dict[str, tuple[str, tuple[str, str]]]
    contents: tuple[Link, ...]
    first_paragraph: int  # the first chunk with a top-level paragraph (or len(chunks))


def _first_paragraph(chunks: list[_Chunk]) -> int:
    return next((i for i, chunk in enumerate(chunks) if chunk.has_paragraph), len(chunks))


def _resolve(
    chunks: list[_Chunk],
) -> tuple[list[tuple[str, ...]], list[tuple[Link, ...]], list[str]]:
    """Give the headings their ids, in order, as the toc extension does: the ids, the
    Contents entries and the block of each chunk."""
    used: set[str] = set()
    for chunk in chunks:
        if chunk.explicit_ids:
            used |= chunk.explicit_ids
    counters: dict[str, int] = {}
    all_ids: list[tuple[str, ...]] = []
    all_links: list[tuple[Link, ...]] = []
    blocks: list[str] = []
    for chunk in chunks:
        ids = tuple(unique(slug, used, counters) for slug in chunk.slugs)
        links, block = _fill(chunk, ids)
        all_ids.append(ids)
        all_links.append(links)
        blocks.append(block)
    return all_ids, all_links, blocks


def _fill(chunk: _Chunk, ids: tuple[str, ...]) -> tuple[tuple[Link, ...], str]:
    """A chunk's Contents entries and block, once its headings' ids are known."""
    if not chunk.slugs and not chunk.contents:
        return (), chunk.block
    html = chunk.html
    by_placeholder: dict[str, str] = {}
    for index, ident in enumerate(ids):
        placeholder = _placeholder(index)
        by_placeholder[placeholder] = ident
        html = html.replace(f'id="{placeholder}"', f'id="{ident}"', 1)
    links = tuple(
        Link(name, "#" + by_placeholder.get(ident, ident)) for name, ident in chunk.contents
    )
    return links, (html + chunk.separator if html else "")


def _finish(
    chunk_blocks: list[str], chunk_lines: list[int], contents: tuple[Link, ...]
) -> tuple[RenderedBody, list[str], list[int]]:
    """The body, its blocks and their lines, from each chunk's ("" for no block)."""
    blocks = list(filter(None, chunk_blocks))
    lines = list(compress(chunk_lines, chunk_blocks))
    if blocks:
        blocks[0] = blocks[0].lstrip()
        blocks[-1] = blocks[-1].rstrip()
    return RenderedBody("".join(blocks), contents), blocks, lines


def _local(old: str, new: str) -> bool:
    """Whether an edit that turned the chunks ``old`` into ``new`` may be rendered from
    their neighbourhood, and leaves ``new`` in its normal form. (Reference
    definitions are compared once the neighbourhood is cut.)"""
    if "```" in old or "~~~" in old:
        return False  # a fence marker goes
    if any(marker in new for marker in _NOT_LOCAL):
        return False
    return not (_RAW_HTML.search(new) or _DEFINITION.search("\n" + new) or _SPACE_LINE.search(new))


class IncrementalRenderer:
    """Renders successive versions of one article's text, reusing unchanged chunks.

    :meth:`render` takes the text and, when the caller knows it, the :class:`TextEdit`
    that made it from the previous one (what ``QTextDocument.contentsChange`` reports);
    without it, the edit is found by comparing the two texts (a memory comparison,
    fast but proportional to the text). Then only the chunks around the edit are cut
    and rendered anew, when nothing whose effect reaches further changes (see
    :func:`_local`); otherwise the whole text is cut again, reusing the chunks that did
    not change.

    Not thread-safe: use one renderer from one thread at a time (the preview's worker).
    """

    def __init__(
        self,
        *,
        dateline: str = "",
        media: Mapping[str, MediaRef] | None = None,
        article_url: Callable[[str], str] | None = None,
    ) -> None:
        self.dateline = dateline
        self.media: Mapping[str, MediaRef] = media or {}
        self.article_url = article_url
        self._with_dateline = bool(format_dateline(dateline))
        self._plain = _Engine("", self.media)
        self._dated = _Engine(dateline, self.media) if self._with_dateline else self._plain
        self._chunks: dict[_Key, _Chunk] = {}
        self._old_chunks: dict[_Key, _Chunk] = {}
        self._recent: dict[_Key, _Chunk] = {}  # rendered for edits since the last re-cut
        self._definitions: dict[str, dict[str, tuple[str, str]]] = {}
        self._old_definitions: dict[str, dict[str, tuple[str, str]]] = {}
        self._folded: dict[str, str] = {}
        self._old_folded: dict[str, str] = {}
        self._previous: IncrementalResult | None = None
        self._document: _Document | None = None
        #: How many chunks the last call rendered (the others came from the cache).
        self.rendered_chunks = 0
        #: Whether the last call cut only the neighbourhood of the edit.
        self.local = False

    @property
    def text(self) -> str | None:
        """The text of the last call, when the next can build on it (else None)."""
        return self._document.text if self._document is not None else None

    def render(self, text: str, edit: TextEdit | None = None) -> IncrementalResult:
        """Render ``text``. ``edit``, when given, must say where ``text`` differs from
        the text of the previous call; one that does not fit its length is ignored."""
        self.local = False
        quick = self._render_around(text, edit, None)
        if quick is not None:
            return quick
        self._document = None
        reason = _whole_reason(text)
        if reason is None:
            try:
                body, blocks, lines = self._render_chunks(text)
            except _Fallback as fallback:
                reason = fallback.reason
                self._document = None
        if reason is not None:
            body = render_body(
                text, dateline=self.dateline, media=self.media, article_url=self.article_url
            )
            blocks = [body.html] if body.html else []
            lines = [0] * len(blocks)
        result = self._compare(body, blocks, lines, reason)
        self._previous = result
        return result

    def render_if_local(
        self, text: str, edit: TextEdit | None = None, *, limit: int = LOCAL_LIMIT
    ) -> IncrementalResult | None:
        """Like :meth:`render`, but only when that costs what a keystroke costs: the
        edit changes at most ``limit`` characters and only the chunks around it are
        rendered again. Otherwise None, with the renderer as it was: call
        :meth:`render` (on a worker: it may render the whole text)."""
        self.local = False
        return self._render_around(text, edit, limit)

    def _render_around(
        self, text: str, edit: TextEdit | None, limit: int | None
    ) -> IncrementalResult | None:
        document, previous = self._document, self._previous
        if document is None or previous is None:
            return None
        if edit is None or not edit.fits(len(document.text), len(text)):
            edit = changed_range(document.text, text)
        if edit.removed == edit.added == 0:
            self.rendered_chunks = 0
            self.local = True
            result = IncrementalResult(previous.body, previous.blocks, previous.lines)
            self._previous = result
            return result
        if limit is not None and max(edit.removed, edit.added) > limit:
            return None
        try:
            local = self._render_local(text, edit, document)
        except _Fallback:
            local = None
        if local is None:
            return None
        body, blocks, lines, window = local
        self.local = True
        result = self._compare(body, blocks, lines, None, window)
        self._previous = result
        return result

    # -- the whole document ------------------------------------------------------------
    def _render_chunks(self, text: str) -> tuple[RenderedBody, list[str], list[int]]:
        normal = _normalize(text)
        if not normal.strip():
            self._chunks, self._old_chunks = {}, self._chunks
            return RenderedBody("", ()), [], []
        fences = _fence_spans(normal)
        uncut = _uncut_reason(normal, fences)
        if uncut is not None:
            raise _Fallback(uncut)
        spans = _chunk_spans(normal, fences)
        texts = [normal[start:end] for start, end in spans]

        definitions: dict[str, dict[str, tuple[str, str]]] = {}
        references: dict[str, tuple[str, str]] = {}
        for chunk_text in texts:
            if "]:" in chunk_text:
                found = definitions.get(chunk_text)
                if found is None:
                    found = self._old_definitions.get(chunk_text)
                if found is None:
                    found = self._plain.definitions(chunk_text)
                definitions[chunk_text] = found
                references.update(found)
        self._definitions, self._old_definitions = definitions, self._definitions
        folded = {_fold(key): (key, value) for key, value in sorted(references.items())}

        while True:
            chunks, flags = self._render_all(texts, references, folded)
            # A chunk rendered alone ends with an empty block, which Python-Markdown
            # appends to an indented code block before it: join such a chunk to the next.
            joins = [i for i, chunk in enumerate(chunks[:-1]) if chunk.ends_with_code]
            if not joins:
                break
            for i in reversed(joins):
                start = spans[i][0]
                end = spans[i + 1][1]
                spans[i : i + 2] = [(start, end)]
            texts = [normal[start:end] for start, end in spans]
        lines: list[int] = []
        line = previous = 0
        for start, _end in spans:
            line += normal.count("\n", previous, start)
            previous = start
            lines.append(line)
        ids, links, chunk_blocks = _resolve(chunks)
        contents = tuple(link for chunk_links in links for link in chunk_links)
        self._recent = {}
        if normal == text:
            self._document = _Document(
                text,
                [start for start, _end in spans],
                [end for _start, end in spans],
                lines,
                texts,
                chunks,
                flags,
                ids,
                links,
                chunk_blocks,
                references,
                folded,
                contents,
                _first_paragraph(chunks),
            )
        return _finish(chunk_blocks, lines, contents)

    def _render_all(
        self,
        texts: list[str],
        references: dict[str, tuple[str, str]],
        folded: dict[str, tuple[str, tuple[str, str]]],
    ) -> tuple[list[_Chunk], list[bool]]:
        cache: dict[_Key, _Chunk] = {}
        chunks: list[_Chunk] = []
        flags: list[bool] = []
        folded_texts: dict[str, str] = {}
        dateline_pending = self._with_dateline
        rendered = 0
        for chunk_text in texts:
            used: tuple[Any, ...] = ()
            if folded and "[" in chunk_text:
                haystack = self._folded.get(chunk_text) or self._old_folded.get(chunk_text)
                if haystack is None:
                    haystack = _fold(chunk_text)
                folded_texts[chunk_text] = haystack
                used = tuple(item for key, item in folded.items() if key in haystack)
            key = (chunk_text, dateline_pending, used)
            chunk = (
                cache.get(key)
                or self._chunks.get(key)
                or self._old_chunks.get(key)
                or self._recent.get(key)
            )
            if chunk is None:
                chunk = self._render_one(chunk_text, dateline_pending, references)
                rendered += 1
            cache[key] = chunk
            chunks.append(chunk)
            flags.append(dateline_pending)
            if chunk.has_paragraph:
                dateline_pending = False
        self._chunks, self._old_chunks = cache, self._chunks
        self._folded, self._old_folded = folded_texts, self._folded
        self.rendered_chunks = rendered
        return chunks, flags

    # -- the neighbourhood of an edit --------------------------------------------------
    def _chunk(self, text: str, dateline: bool, document: _Document) -> _Chunk:
        """The chunk of ``text``, from a cache or rendered (and then counted)."""
        used: tuple[Any, ...] = ()
        if document.folded and "[" in text:
            haystack = _fold(text)
            used = tuple(item for key, item in document.folded.items() if key in haystack)
        key = (text, dateline, used)
        chunk = self._recent.get(key) or self._chunks.get(key) or self._old_chunks.get(key)
        if chunk is None:
            chunk = self._render_one(text, dateline, document.references)
            self.rendered_chunks += 1
            if len(self._recent) >= _RECENT:
                self._recent = {}
            self._recent[key] = chunk
        return chunk

    def _defined(self, texts: list[str]) -> dict[str, tuple[str, str]]:
        """The reference definitions of consecutive chunks; a later one of a name wins."""
        references: dict[str, tuple[str, str]] = {}
        for text in texts:
            if "]:" in text:
                found = self._definitions.get(text)
                if found is None:
                    found = self._old_definitions.get(text)
                if found is None:
                    found = self._plain.definitions(text)
                    self._definitions[text] = found
                references.update(found)
        return references

    def _render_local(
        self, text: str, edit: TextEdit, document: _Document
    ) -> tuple[RenderedBody, list[str], list[int], tuple[int, int] | None] | None:
        """Render ``text`` by cutting and rendering only the chunks around ``edit``:
        the chunks it touches and one more on each side, since whether two chunks
        stay apart depends on the last line of the one and the first block of the
        other. ``None`` when the edit may change more than that.

        Returns the body, blocks and lines, and how many blocks at the start and at
        the end cannot have changed (``None`` when the heading ids were given anew)."""
        self.rendered_chunks = 0
        starts, ends = document.starts, document.ends
        count = len(starts)
        position, end_of_edit = edit.position, edit.position + edit.removed
        first = bisect_right(starts, position) - 1
        last = bisect_right(starts, end_of_edit) - 1
        if end_of_edit > ends[last]:
            last += 1  # in the blank lines after a chunk: the next one is touched too
        low, high = max(0, first - 1), min(count - 1, last + 1)
        delta = edit.added - edit.removed
        touched_start, touched_end = starts[first], ends[last]
        if not _local(
            document.text[touched_start:touched_end], text[touched_start : touched_end + delta]
        ):
            return None
        while True:
            start, old_end = starts[low], ends[high]
            old_text, new_text = document.text[start:old_end], text[start : old_end + delta]
            if not new_text.strip():
                return None
            pending = self._with_dateline and document.first_paragraph >= low
            fences = _fence_spans(new_text) if "```" in new_text or "~~~" in new_text else []
            spans = _chunk_spans(new_text, fences)
            while True:
                texts = [new_text[a:b] for a, b in spans]
                chunks: list[_Chunk] = []
                flags: list[bool] = []
                dateline = pending
                for chunk_text in texts:
                    chunk = self._chunk(chunk_text, dateline, document)
                    chunks.append(chunk)
                    flags.append(dateline)
                    if chunk.has_paragraph:
                        dateline = False
                joins = [i for i, chunk in enumerate(chunks[:-1]) if chunk.ends_with_code]
                if not joins:
                    break
                for i in reversed(joins):
                    spans[i : i + 2] = [(spans[i][0], spans[i + 1][1])]
            if chunks[-1].ends_with_code and high < count - 1:
                high += 1  # it would be joined to the next chunk
                continue
            break
        if ("]:" in old_text or "]:" in new_text) and self._defined(
            document.texts[low : high + 1]
        ) != self._defined(texts):
            return None  # the references of every chunk may change

        line = document.lines[low]
        new_lines: list[int] = []
        previous = 0
        for a, _b in spans:
            line += new_text.count("\n", previous, a)
            previous = a
            new_lines.append(line)
        new_starts = [start + a for a, _b in spans]
        new_ends = [start + b for _a, b in spans]
        line_delta = new_text.count("\n") - old_text.count("\n")
        # The dateline goes to the first paragraph: chunks after the edit that were
        # rendered for the wrong side of it are rendered again.
        after = high + 1
        while after < count and document.flags[after] != dateline:
            chunk = self._chunk(document.texts[after], dateline, document)
            texts.append(document.texts[after])
            chunks.append(chunk)
            flags.append(dateline)
            new_starts.append(starts[after] + delta)
            new_ends.append(ends[after] + delta)
            new_lines.append(document.lines[after] + line_delta)
            if chunk.has_paragraph:
                dateline = False
            after += 1
        high = after - 1

        old_chunks = document.chunks[low : high + 1]
        old_blocks = document.blocks[low : high + 1]
        window: tuple[int, int] | None = None
        if self._previous is not None:
            head = low - document.blocks[:low].count("")
            changed = len(old_blocks) - old_blocks.count("")
            window = (head, len(self._previous.blocks) - head - changed)
        same_headings = [s for c in old_chunks for s in c.slugs] == [
            s for c in chunks for s in c.slugs
        ] and frozenset().union(*(c.explicit_ids for c in old_chunks)) == frozenset().union(
            *(c.explicit_ids for c in chunks)
        )
        stop = high + 1
        document.text = text
        document.texts[low:stop] = texts
        document.chunks[low:stop] = chunks
        document.flags[low:stop] = flags
        document.starts[low:stop] = new_starts
        document.ends[low:stop] = new_ends
        document.lines[low:stop] = new_lines
        later = low + len(chunks)
        if delta:
            document.starts[later:] = [s + delta for s in document.starts[later:]]
            document.ends[later:] = [e + delta for e in document.ends[later:]]
        if line_delta:
            document.lines[later:] = [n + line_delta for n in document.lines[later:]]
        document.first_paragraph = _first_paragraph(document.chunks)
        if same_headings:
            # The same headings in the same order: the same ids, so the other chunks
            # keep theirs.
            ids = iter([i for chunk_ids in document.ids[low:stop] for i in chunk_ids])
            new_ids = [tuple(next(ids) for _slug in chunk.slugs) for chunk in chunks]
            filled = [_fill(chunk, i) for chunk, i in zip(chunks, new_ids, strict=True)]
            new_links = [links for links, _block in filled]
            old_links = document.links[low:stop]
            document.ids[low:stop] = new_ids
            document.links[low:stop] = new_links
            document.blocks[low:stop] = [block for _links, block in filled]
            if new_links != old_links:
                document.contents = tuple(link for ls in document.links for link in ls)
        else:
            window = None
            document.ids, document.links, document.blocks = _resolve(document.chunks)
            document.contents = tuple(link for ls in document.links for link in ls)
        body, blocks, lines = _finish(document.blocks, document.lines, document.contents)
        return body, blocks, lines, window

    def _render_one(
        self, text: str, dateline: bool, references: Mapping[str, tuple[str, str]]
    ) -> _Chunk:
        engine = self._dated if dateline else self._plain
        html, tail, ends_with_code = engine.render(text, references)
        if tail.strip():
            raise _Fallback("text after the last element")
        toc_tokens: list[dict[str, Any]] = getattr(engine.md, "toc_tokens", [])
        clean = sanitize(html, self.media, self.article_url)
        separator = tail if html else ""
        return _Chunk(
            html=clean,
            block=clean + separator,
            separator=separator,
            slugs=tuple(engine.slugs),
            explicit_ids=frozenset(engine.probe.ids),
            contents=tuple(
                (token["name"], token["id"])
                for token in _flatten(toc_tokens)
                if token["level"] == 2
            ),
            has_paragraph=engine.probe.has_paragraph,
            ends_with_code=ends_with_code,
        )

    # -- what changed ------------------------------------------------------------------
    def _compare(
        self,
        body: RenderedBody,
        blocks: list[str],
        lines: list[int],
        reason: str | None,
        window: tuple[int, int] | None = None,
    ) -> IncrementalResult:
        """The result, with the patch from the previous one. ``window``: how many
        blocks at the start and at the end are known to be the same (one more on each
        side is checked, for the stripped ends of the document)."""
        previous = self._previous
        if previous is None or reason is not None or previous.fallback is not None:
            return IncrementalResult(
                body, blocks, lines, list(range(len(blocks))), [], True, reason
            )
        old = previous.blocks
        limit = min(len(old), len(blocks))
        if window is not None:
            head = min(max(0, window[0] - 1), limit)
            tail = min(max(0, window[1] - 1), limit - head)
        else:
            # Typing changes one place: compare only what lies between the common ends.
            head = 0
            while head < limit and old[head] == blocks[head]:
                head += 1
            tail = 0
            while tail < limit - head and old[-1 - tail] == blocks[-1 - tail]:
                tail += 1
        patch: list[PatchOp] = []
        changed: list[int] = []
        matcher = difflib.SequenceMatcher(
            None, old[head : len(old) - tail], blocks[head : len(blocks) - tail], autojunk=False
        )
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            i1, i2, j1, j2 = a1 + head, a2 + head, b1 + head, b2 + head
            common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(common):
                patch.append(("replace", j1 + k, blocks[j1 + k]))
                changed.append(j1 + k)
            for k in range(j1 + common, j2):
                patch.append(("insert", k, blocks[k]))
                changed.append(k)
            for _k in range(i1 + common, i2):
                patch.append(("delete", j2, ""))
        return IncrementalResult(body, blocks, lines, changed, patch)


class _Fallback(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
