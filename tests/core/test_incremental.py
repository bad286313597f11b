"""The incremental renderer: the same bytes as render_body, re-rendering only what changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.core.markdown_ext import MediaRef
from newsroom.core.render import Link, render_body
from newsroom.core.render.incremental import IncrementalRenderer, IncrementalResult, PatchOp
from newsroom.core.text_edit import TextEdit

UID = "0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
MEDIA = {UID: MediaRef("https://cdn.example.org/crowd.jpg", "Crowd", "The square.", "AFP")}


def article_url(slug: str) -> str:
    return f"/a/{slug}.html"


def renderer(dateline: str = "Paris") -> IncrementalRenderer:
    return IncrementalRenderer(dateline=dateline, media=MEDIA, article_url=article_url)


def full(text: str, dateline: str = "Paris") -> tuple[str, tuple[Link, ...]]:
    body = render_body(text, dateline=dateline, media=MEDIA, article_url=article_url)
    return body.html, body.contents


def apply(blocks: list[str], patch: list[PatchOp]) -> list[str]:
    """What a DOM patcher does with the operations, on a list."""
    out = list(blocks)
    for op, index, html in patch:
        if op == "replace":
            out[index] = html
        elif op == "insert":
            out.insert(index, html)
        else:
            out.pop(index)
    return out


def check(r: IncrementalRenderer, text: str, previous: IncrementalResult | None = None) -> None:
    result = r.render(text)
    expected = render_body(text, dateline=r.dateline, media=MEDIA, article_url=article_url)
    assert result.body == expected, text
    assert "".join(result.blocks) == expected.html
    if previous is not None and not result.full_reload:
        assert apply(previous.blocks, result.patch) == result.blocks
        assert sorted(set(result.changed)) == result.changed


def same(text: str, dateline: str = "Paris") -> IncrementalResult:
    """Render ``text`` incrementally, cold and after a warm-up on another text."""
    cold = renderer(dateline).render(text)
    assert (cold.body.html, cold.body.contents) == full(text, dateline), text
    assert "".join(cold.blocks) == cold.body.html
    warm = renderer(dateline)
    warm.render(text.replace("e", "E") + "\n\nExtra paragraph.")
    again = warm.render(text)
    assert again.body == cold.body
    return cold


# -- the tricky constructs, one by one -----------------------------------------------------
CONSTRUCTS = {
    "paragraphs": "First words.\n\nSecond *para* with **bold** and `code`.\n\nThird.",
    "duplicate headings": "## Intro\n\nA.\n\n## Intro\n\nB.\n\n### Intro\n\n## Intro_1\n\n## Intro",
    "explicit ids": "## Vote {#intro}\n\nA.\n\n## Intro\n\nB.\n\nText {#intro_1}\n\n## Intro",
    "empty heading slug": "## !!!\n\nA.\n\n## ???\n\nB.",
    "reference links": "See [the vote][v] and [V].\n\nMore.\n\n[v]: https://example.org/v 'Vote'",
    "redefined reference": "[a] and [b]\n\n[a]: https://one.example\n\nx\n\n[a]: https://two.example",
    "reference image": "![crowd][img]\n\nFirst paragraph.\n\n[img]: media:" + UID,
    "loose list": "Intro.\n\n- one\n\n- two\n\n    more of two\n\n- three\n\nAfter.",
    "ordered loose list": "1. one\n\n2. two\n\n3. three\n\nText.\n\n1. again",
    "nested list": "- a\n    - b\n        - c\n- d\n\nPara.\n\n* x\n\n    * y",
    "fence with blank lines": "Intro.\n\n```python\ndef f():\n\n\n    return 1\n```\n\nAfter.",
    "tilde fence": "~~~\nraw\n\n  text\n~~~\nRight after.\n\n```\nunclosed\n\nstill text",
    "fence glued to text": "Para\n```\ncode\n\nmore\n```\nMore\n\n```\nx\n```",
    "indented code": "Para.\n\n    code line\n\n\n    more code\n\nAfter.\n\n    last",
    "code then reference": "    code\n\n[a]: https://example.org\n\n\nPara [a].",
    "blockquotes": "> one\n\n> two\n>\n> three\n\nOut.\n\n> again\nlazy line",
    "quote after text": "Text\n> quoted\n\n> joined?",
    "tables": "| Year | Budget |\n|---|---:|\n| 2025 | 1.2bn |\n\nText.\n\n| a |\n|---|\n| b |",
    "setext headings": "Title\n=====\n\nText.\n\nSub\n---\n\nMore.\n\n---\n\nEnd.",
    "horizontal rules": "Text.\n\n***\n\n* * *\n\n- - -\n\nEnd.",
    "figures": f'![a](media:{UID})\n\nFirst paragraph.\n\n![b](x.png "Cap"){{credit="AP"}}',
    "links between articles": "See [the vote](article:budget-vote) and [x](article:).",
    "hostile links": "[click](javascript:alert(1))\n\n[data](data:text/html;base64,PHNjcmlwdD4=)",
    "entities": "AT&amp;T &copy; 2026 & co < 3\n\nTom &amp; Jerry.",
    "tabs and trailing spaces": "Line\twith tab  \nnext\n   \n\n\tindented\n\nEnd.",
    "crlf": "One.\r\n\r\nTwo.\r\n\r\n## Head\r\n",
    "leading blank lines": "\n\n\nFirst.\n\n\n\nSecond.",
    "whitespace first line": "   \nFirst.\n\nSecond.",
    "attribute lists": "Para.\n{: .lead }\n\n## Head {: #custom }\n\n## Custom",
}


@pytest.mark.parametrize("dateline", ["Paris", ""])
@pytest.mark.parametrize("name", sorted(CONSTRUCTS))
def test_construct_renders_as_a_whole(name: str, dateline: str) -> None:
    result = same(CONSTRUCTS[name], dateline)
    assert result.fallback is None


def test_heading_ids_are_unique_across_chunks() -> None:
    body = same("## Intro\n\nA.\n\n## Intro\n\nB.\n\n## Intro").body
    assert [c.url for c in body.contents] == ["#intro", "#intro_1", "#intro_2"]
    assert 'id="intro_2"' in body.html


def test_heading_ids_shift_when_an_earlier_heading_goes() -> None:
    r = renderer()
    r.render("## Intro\n\nA.\n\n## Intro\n\nB.")
    result = r.render("A.\n\n## Intro\n\nB.")
    assert result.body.contents == (Link("Intro", "#intro"),)
    check(r, "A.\n\n## Intro\n\nB.")


def test_the_dateline_follows_the_first_paragraph() -> None:
    r = renderer()
    first = r.render("## Head\n\nFirst.\n\nSecond.")
    assert '<p><span class="dateline">PARIS —</span> First.</p>' in first.body.html
    second = r.render("## Head\n\nSecond.")
    assert '<p><span class="dateline">PARIS —</span> Second.</p>' in second.body.html
    check(r, f"![a](media:{UID})\n\nSecond.")


def test_a_new_reference_definition_updates_links_in_other_chunks() -> None:
    r = renderer()
    before = r.render("See [the vote][v].\n\nMore.")
    assert "href" not in before.body.html
    after = r.render("See [the vote][v].\n\nMore.\n\n[v]: https://example.org/v")
    assert '<a href="https://example.org/v"' in after.body.html
    check(r, "See [the vote][v].\n\nMore.\n\n[v]: https://example.org/w")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Text[^1].\n\n[^1]: A note.", "footnotes"),
        ("The HTML spec.\n\n*[HTML]: Hyper Text Markup Language", "abbreviations"),
        ("[TOC]\n\n## A\n\n## B", "[TOC] marker"),
        ("Term\n: one\n\n: two\n\nTerm 2\n\n: three\n\nText.", "definition lists"),
        ("<div>\nraw\n\n</div>\n\nText.", "raw HTML"),
        ("Inline <b>bold</b>.", "raw HTML"),
        ("See <https://example.org>.", "raw HTML"),
    ],
)
def test_whole_document_constructs_fall_back(text: str, reason: str) -> None:
    result = same(text)
    assert result.fallback == reason
    assert result.full_reload
    assert result.blocks == [result.body.html]


def test_emphasised_links_are_not_abbreviations() -> None:
    text = "*[The Guardian](https://theguardian.com)* said:\n\nMore [r].\n\n[r]: https://r.org"
    assert same(text).fallback is None


def test_code_in_fences_does_not_force_a_fallback() -> None:
    assert same("Text.\n\n```html\n<div onclick='x'>\n\n</div>\n```\n").fallback is None


def test_an_empty_text_has_no_blocks() -> None:
    result = renderer().render("  \n\n")
    assert result.blocks == [] and result.body.html == ""
    assert result.body == render_body("  \n\n", dateline="Paris")


# -- re-rendering only what changed ---------------------------------------------------------
LONG = "\n\n".join(
    f"## Section {i % 3}\n\nParagraph {i} with [a link](https://example.org/{i}).\n\n"
    f"- point {i}\n- another\n\n```\ncode {i}\n\nmore\n```"
    for i in range(40)
)


def test_typing_in_one_paragraph_renders_one_chunk() -> None:
    r = renderer()
    first = r.render(LONG)
    assert first.full_reload and first.changed == list(range(len(first.blocks)))
    text = LONG.replace("Paragraph 17 with", "Paragraph 17 now with")
    result = r.render(text)
    assert r.rendered_chunks == 1
    assert not result.full_reload
    assert len(result.changed) == 1
    (index,) = result.changed
    assert result.patch == [("replace", index, result.blocks[index])]
    assert "Paragraph 17 now with" in result.blocks[index]
    assert apply(first.blocks, result.patch) == result.blocks
    unchanged = r.render(text)
    assert unchanged.patch == [] and unchanged.changed == [] and r.rendered_chunks == 0
    check(r, text.replace("Paragraph 30", "Paragraph thirty"), unchanged)


def test_inserting_and_deleting_paragraphs_make_insert_and_delete_operations() -> None:
    r = renderer()
    first = r.render(LONG)
    text = LONG.replace("Paragraph 5 with", "A new paragraph.\n\nParagraph 5 with")
    inserted = r.render(text)
    assert [op for op, _i, _h in inserted.patch] == ["insert"]
    assert apply(first.blocks, inserted.patch) == inserted.blocks
    back = r.render(LONG)
    assert [op for op, _i, _h in back.patch] == ["delete"]
    assert r.rendered_chunks == 0  # every chunk came from the cache
    assert apply(inserted.blocks, back.patch) == back.blocks == first.blocks


def test_renaming_a_heading_renumbers_the_later_ones() -> None:
    r = renderer()
    first = r.render(LONG)
    text = LONG.replace("## Section 0", "## Section 9", 1)
    result = r.render(text)
    assert r.rendered_chunks == 1
    assert len(result.changed) > 1  # the ids of later "Section 0" headings moved up
    assert apply(first.blocks, result.patch) == result.blocks
    check(r, text)


def typed(text: str, after: str, piece: str) -> tuple[str, TextEdit]:
    at = text.index(after) + len(after)
    return text[:at] + piece + text[at:], TextEdit(at, 0, len(piece))


@pytest.mark.parametrize(
    ("after", "piece"),
    [
        ("Paragraph 17 with", " now"),  # in a paragraph
        ("## Section 1", "5"),  # a heading: its id and the later ones may change
        ("- point 3", "\n- point 3b"),  # a list item
        ("Paragraph 39 with", "\n\nA new paragraph.\n\n"),  # next to the last chunk
        ("", "First words.\n\n"),  # the dateline moves to the new first paragraph
    ],
)
def test_an_edit_given_as_a_range_cuts_only_its_neighbourhood(after: str, piece: str) -> None:
    r = renderer()
    first = r.render(LONG)
    text, edit = typed(LONG, after, piece)
    result = r.render(text, edit)
    assert r.local
    assert r.rendered_chunks <= 2
    assert result.body == render_body(text, dateline="Paris", media=MEDIA, article_url=article_url)
    assert apply(first.blocks, result.patch) == result.blocks
    # And the same from the text alone.
    by_text = renderer()
    by_text.render(LONG)
    assert by_text.render(text).body == result.body and by_text.local


@pytest.mark.parametrize(
    ("after", "piece"),
    [
        ("Paragraph 17 with", " ```"),  # a fence marker
        ("Paragraph 17 with", " <b>bold</b>"),  # raw HTML: the whole text is rendered whole
        ("Paragraph 17 with", "\n\n[a link]: https://example.org/new\n\n"),  # a definition
        ("Paragraph 17 with", "\t"),  # a tab, which _normalize expands
        ("code 8\n", "\n\n"),  # in a chunk that holds a fence
    ],
)
def test_edits_that_reach_further_cut_the_whole_text(after: str, piece: str) -> None:
    r = renderer()
    r.render(LONG)
    text, edit = typed(LONG, after, piece)
    result = r.render(text, edit)
    assert not r.local
    assert result.body == render_body(text, dateline="Paris", media=MEDIA, article_url=article_url)


def test_a_range_that_does_not_fit_the_text_is_found_again() -> None:
    r = renderer()
    r.render(LONG)
    text, _edit = typed(LONG, "Paragraph 17 with", " now")
    result = r.render(text, TextEdit(0, len(LONG) + 1, len(text) + 1))  # as Qt may report
    assert r.local and r.rendered_chunks == 1
    assert result.body == render_body(text, dateline="Paris", media=MEDIA, article_url=article_url)


def test_a_fallback_and_back_reloads_the_page() -> None:
    r = renderer()
    r.render(LONG)
    assert r.render(LONG + "\n\nNote[^1].\n\n[^1]: x").full_reload
    assert r.render(LONG).full_reload


# -- property: after every edit, the same bytes as a full render ---------------------------
WORDS = st.sampled_from(
    [
        "vote",
        "Intro",
        "the",
        "*main*",
        "**ports**",
        "`code`",
        "[link](https://e.org/x)",
        "[ref][r1]",
        "[r2]",
        "![pic](media:" + UID + ")",
        "&amp;",
        "x_1",
        "intro",
        "—",
    ]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
HEADING = st.tuples(
    st.sampled_from(["## ", "### ", "# "]),
    st.sampled_from(["Intro", "Intro", "Intro_1", "What next", "!!!", "Vote {#intro}"]),
).map("".join)
LIST_ITEM = PARAGRAPH.map(lambda p: p.replace("\n", " "))


@st.composite
def a_list(draw: st.DrawFn) -> str:
    marker = draw(st.sampled_from(["- ", "* ", "1. "]))
    items = draw(st.lists(LIST_ITEM, min_size=1, max_size=4))
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    lines = [marker + item for item in items]
    if draw(st.booleans()):
        lines.insert(1, "    - nested " + items[0])
    if draw(st.booleans()):
        lines.append("\n    continuation paragraph")
    return sep.join(lines)


BLOCK = st.one_of(
    PARAGRAPH,
    PARAGRAPH,
    HEADING,
    a_list(),
    PARAGRAPH.map(lambda p: "> " + p + "\n>\n> " + p),
    st.sampled_from(["```python\nx = 1\n\n\ny = 2\n```", "~~~\n\n> not a quote\n~~~", "```"]),
    st.just("| a | b |\n|---|---|\n| 1 | 2 |"),
    st.sampled_from(["[r1]: https://r1.example 'One'", "[r2]: https://r2.example\n[R1]: /r"]),
    st.just(f"![alone](media:{UID})"),
    st.just("    indented code\n\n    more"),
    st.just("Setext\n======"),
    st.just("Term\n: definition"),
    st.just("***"),
)
# Documents with these are rendered whole: keep them rare, so most runs test the chunks.
WHOLE = st.sampled_from(
    ["Text with a note[^n].\n\n[^n]: The note.", "<div>\nraw\n\n</div>", "*[HTML]: markup"]
)
SOMETIMES_WHOLE = st.one_of(*[BLOCK] * 9, WHOLE)
DOCUMENT = st.lists(
    st.tuples(SOMETIMES_WHOLE, st.sampled_from(["\n\n", "\n\n", "\n", "\n\n\n"])),
    min_size=1,
    max_size=10,
).map(lambda pairs: "".join(block + sep for block, sep in pairs))
SWAPS = [
    ("r1.example", "r3.example"),
    ("[r2]:", "[r1]:"),
    ("[r1]:", "[x]:"),
    ("## Intro", "## Outro"),
    ("Intro", "Intro_1"),
    ("{#intro}", ""),
    ("vote", "PARIS — vote"),
    ("media:", "midia:"),
]
CHARS = st.sampled_from(list("a \n\n`>-#[]:*1.|~<!{}\t") + ["    ", "```", "\n\n"])


Edit = Callable[[str], tuple[str, TextEdit]]


@st.composite
def edit(draw: st.DrawFn) -> Edit:
    """An edit of a text: the new text and the range that changed, as an editor
    reports it (sometimes wider than what changed, as Qt's ``contentsChange`` can be)."""
    kind = draw(st.sampled_from(["insert", "insert", "delete", "line", "drop line", "swap"]))
    where = draw(st.floats(0, 1))
    if kind == "insert":
        piece = draw(CHARS)
    elif kind == "line":
        piece = draw(st.one_of(SOMETIMES_WHOLE, st.just(""))) + "\n"
    else:
        piece = ""
    size = draw(st.integers(1, 4))
    # Edits of what the whole document depends on: definitions, headings, the first words.
    old, new = draw(st.sampled_from(SWAPS))
    wider_before, wider_after = draw(st.sampled_from([(0, 0)] * 4 + [(1, 0), (0, 3), (7, 2)]))

    def apply_edit(text: str) -> tuple[str, TextEdit]:
        at = round(where * len(text))
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        if kind == "insert":
            start, end, added = at, at, piece
        elif kind == "swap":
            start = text.find(old)
            start, end, added = (start, start + len(old), new) if start >= 0 else (0, 0, "")
        elif kind == "delete":
            start, end, added = at, min(len(text), at + size), ""
        elif kind == "line":
            start, end, added = line_start, line_start, piece
        else:
            start, end, added = line_start, len(text) if line_end < 0 else line_end + 1, ""
        # Widen the range over unchanged text around it.
        before = min(wider_before, start)
        after = min(wider_after, len(text) - end)
        return text[:start] + added + text[end:], TextEdit(
            start - before, end - start + before + after, len(added) + before + after
        )

    return apply_edit


def check_edits(
    document: str, edits: list[Edit], dateline: str, *, by_range: bool, local_first: bool = False
) -> IncrementalRenderer:
    """Render ``document`` and then each edit of it, incrementally, from the text
    alone or from the text and the changed range (``local_first``: as the preview
    does on the window's thread, where local, else whole); compare with full renders."""
    r = renderer(dateline)
    text = document
    previous = r.render(text)
    assert previous.body == render_body(
        text, dateline=dateline, media=MEDIA, article_url=article_url
    )
    for change in edits:
        text, changed = change(text)
        quick = r.render_if_local(text, changed, limit=8) if local_first else None
        if quick is not None:
            assert r.local
            result = quick
        else:
            result = r.render(text, changed) if by_range else r.render(text)
        expected = render_body(text, dateline=dateline, media=MEDIA, article_url=article_url)
        assert result.body == expected, text
        assert "".join(result.blocks) == expected.html
        assert len(result.lines) == len(result.blocks)
        assert result.lines == sorted(result.lines)
        assert all(0 <= line <= text.count("\n") for line in result.lines)
        if not result.full_reload:
            assert apply(previous.blocks, result.patch) == result.blocks
            assert sorted(set(result.changed)) == result.changed
        previous = result
    return r


EDIT_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@EDIT_SETTINGS
@given(
    document=DOCUMENT,
    edits=st.lists(edit(), min_size=1, max_size=12),
    dateline=st.sampled_from(["Paris", ""]),
)
def test_every_edit_renders_as_the_whole(document: str, edits: list[Edit], dateline: str) -> None:
    check_edits(document, edits, dateline, by_range=False)


@EDIT_SETTINGS
@given(
    document=DOCUMENT,
    edits=st.lists(edit(), min_size=1, max_size=12),
    dateline=st.sampled_from(["Paris", ""]),
)
def test_every_edit_given_as_a_range_renders_as_the_whole(
    document: str, edits: list[Edit], dateline: str
) -> None:
    check_edits(document, edits, dateline, by_range=True)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=DOCUMENT,
    first=edit(),
    second=edit(),
    dateline=st.sampled_from(["Paris", ""]),
)
def test_edits_merged_into_one_range_render_as_the_whole(
    document: str, first: Edit, second: Edit, dateline: str
) -> None:
    """Edits made while a render runs reach the renderer as one range."""
    middle, one = first(document)
    text, two = second(middle)
    check_edits(document, [lambda _text: (text, one.then(two))], dateline, by_range=True)


@EDIT_SETTINGS
@given(
    document=DOCUMENT,
    edits=st.lists(edit(), min_size=1, max_size=12),
    dateline=st.sampled_from(["Paris", ""]),
)
def test_every_edit_rendered_where_local_and_else_whole_renders_as_the_whole(
    document: str, edits: list[Edit], dateline: str
) -> None:
    check_edits(document, edits, dateline, by_range=True, local_first=True)


def test_render_if_local_renders_a_keystroke_and_leaves_the_rest_to_render() -> None:
    r = renderer()
    assert r.render_if_local(LONG) is None  # nothing rendered yet: no neighbourhood
    first = r.render(LONG)
    text, edit = typed(LONG, "Paragraph 17 with", "x")
    quick = r.render_if_local(text, edit)
    assert quick is not None and r.local and r.rendered_chunks == 1
    assert quick.patch == [("replace", quick.changed[0], quick.blocks[quick.changed[0]])]
    assert apply(first.blocks, quick.patch) == quick.blocks
    pasted = text.replace("Paragraph 30 with", "Paragraph 30 " + "word " * 500 + "with")
    assert r.render_if_local(pasted) is None  # a paste of 2,500 characters
    footnote = text.replace("Paragraph 30 with", "Paragraph 30[^1] with") + "\n\n[^1]: A note."
    assert r.render_if_local(footnote) is None  # the whole text is rendered whole
    for later in (footnote, pasted):
        expected = render_body(later, dateline="Paris", media=MEDIA, article_url=article_url)
        assert r.render(later).body == expected  # the renderer was left as it was


def test_realistic_articles_do_not_fall_back() -> None:
    r = renderer()
    for text in (LONG, CONSTRUCTS["loose list"], CONSTRUCTS["reference links"]):
        assert r.render(text).fallback is None


def test_each_block_knows_the_line_its_source_starts_on() -> None:
    text = "First paragraph,\non two lines.\n\n## A heading\n\n\n- a list\n- of two\n\nLast words."
    result = renderer().render(text)
    assert len(result.blocks) == 3  # a list never starts a chunk: it joins the heading
    assert result.lines == [0, 3, 9]
    for block, line in zip(result.blocks, result.lines, strict=True):
        first_words = text.split("\n")[line].lstrip("#- ").split(",")[0]
        assert first_words in block
    # a document rendered whole is one block, from the first line
    assert renderer().render("Text[^1]\n\n[^1]: A note.").lines == [0]
