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
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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


def _fold(text: str) -> str:
    """Lower case, whitespace collapsed: to find which reference ids a text may use."""
    return " ".join(text.lower().split())


class IncrementalRenderer:
    """Renders successive versions of one article's text, reusing unchanged chunks.

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
        self._chunks: dict[tuple[str, bool, tuple[Any, ...]], _Chunk] = {}
        self._old_chunks: dict[tuple[str, bool, tuple[Any, ...]], _Chunk] = {}
        self._definitions: dict[str, dict[str, tuple[str, str]]] = {}
        self._old_definitions: dict[str, dict[str, tuple[str, str]]] = {}
        self._folded: dict[str, str] = {}
        self._old_folded: dict[str, str] = {}
        self._previous: IncrementalResult | None = None
        #: How many chunks the last call rendered (the others came from the cache).
        self.rendered_chunks = 0

    def render(self, text: str) -> IncrementalResult:
        reason = self._fallback_reason(text)
        if reason is None:
            try:
                body, blocks, lines = self._render_chunks(text)
            except _Fallback as fallback:
                reason = fallback.reason
        if reason is not None:
            body = render_body(
                text, dateline=self.dateline, media=self.media, article_url=self.article_url
            )
            blocks = [body.html] if body.html else []
            lines = [0] * len(blocks)
        result = self._compare(body, blocks, lines, reason)
        self._previous = result
        return result

    # -- the whole document ------------------------------------------------------------
    def _fallback_reason(self, text: str) -> str | None:
        if "[^" in text:
            return "footnotes"
        if "*[" in text and _ABBREVIATION.search(text):
            return "abbreviations"
        if "[TOC]" in text:
            return "[TOC] marker"
        if _ID_PREFIX in text:
            return "placeholder text"
        return None

    def _render_chunks(self, text: str) -> tuple[RenderedBody, list[str], list[int]]:
        normal = _normalize(text)
        if not normal.strip():
            self._chunks, self._old_chunks = {}, self._chunks
            return RenderedBody("", ()), [], []
        fences = _fence_spans(normal)
        if _has_raw_html(normal, fences):
            raise _Fallback("raw HTML")
        if _DEFINITION.search("\n" + normal[:5]) or _DEFINITION.search(normal):
            raise _Fallback("definition lists")
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
            chunks = self._render_all(texts, references, folded)
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
        return self._assemble(chunks, lines)

    def _render_all(
        self,
        texts: list[str],
        references: dict[str, tuple[str, str]],
        folded: dict[str, tuple[str, tuple[str, str]]],
    ) -> list[_Chunk]:
        cache: dict[tuple[str, bool, tuple[Any, ...]], _Chunk] = {}
        chunks: list[_Chunk] = []
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
            chunk = cache.get(key) or self._chunks.get(key) or self._old_chunks.get(key)
            if chunk is None:
                chunk = self._render_one(chunk_text, dateline_pending, references)
                rendered += 1
            cache[key] = chunk
            chunks.append(chunk)
            if chunk.has_paragraph:
                dateline_pending = False
        self._chunks, self._old_chunks = cache, self._chunks
        self._folded, self._old_folded = folded_texts, self._folded
        self.rendered_chunks = rendered
        return chunks

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

    def _assemble(
        self, chunks: list[_Chunk], starts: list[int]
    ) -> tuple[RenderedBody, list[str], list[int]]:
        """Give the headings their ids, in order, as the toc extension does; and keep
        the line where each block's source starts (``starts``: each chunk's)."""
        used: set[str] = set()
        for chunk in chunks:
            if chunk.explicit_ids:
                used |= chunk.explicit_ids
        counters: dict[str, int] = {}
        blocks: list[str] = []
        lines: list[int] = []
        contents: list[Link] = []
        for chunk, start in zip(chunks, starts, strict=True):
            if not chunk.slugs and not chunk.contents:
                if chunk.html:
                    blocks.append(chunk.block)
                    lines.append(start)
                continue
            html = chunk.html
            ids: dict[str, str] = {}
            for index, slug in enumerate(chunk.slugs):
                placeholder = _placeholder(index)
                ids[placeholder] = unique(slug, used, counters)
                html = html.replace(f'id="{placeholder}"', f'id="{ids[placeholder]}"', 1)
            contents.extend(
                Link(name, "#" + ids.get(ident, ident)) for name, ident in chunk.contents
            )
            if html:
                blocks.append(html + chunk.separator)
                lines.append(start)
        if blocks:
            blocks[0] = blocks[0].lstrip()
            blocks[-1] = blocks[-1].rstrip()
        return RenderedBody("".join(blocks), tuple(contents)), blocks, lines

    # -- what changed ------------------------------------------------------------------
    def _compare(
        self, body: RenderedBody, blocks: list[str], lines: list[int], reason: str | None
    ) -> IncrementalResult:
        previous = self._previous
        if previous is None or reason is not None or previous.fallback is not None:
            return IncrementalResult(
                body, blocks, lines, list(range(len(blocks))), [], True, reason
            )
        old = previous.blocks
        # Typing changes one place: compare only what lies between the common ends.
        head = 0
        limit = min(len(old), len(blocks))
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
