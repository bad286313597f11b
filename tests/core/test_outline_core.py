"""The outline of a Markdown text: headings with level and line, none from code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsroom.core.outline import (
    CODE,
    FENCE,
    TEXT,
    Fence,
    Heading,
    code_lines,
    headings,
    inline_plain,
    line_kinds,
    opening_fence,
)

ARTICLE = """\
Intro paragraph.

## The flood
Water rose.

### Basel
More text.

```python
## not a heading
```

## Closing *words* ##

~~~~
# also not a heading
~~~
still code
~~~~
### After the [tilde](https://example.org) fence
"""


def test_headings_with_level_title_and_line_number() -> None:
    assert headings(ARTICLE) == [
        (2, "The flood", 2),
        (3, "Basel", 5),
        (2, "Closing words", 12),
        (3, "After the tilde fence", 19),
    ]
    assert headings(ARTICLE)[0] == Heading(level=2, title="The flood", line_number=2)


def test_all_six_levels_and_python_markdown_spacing() -> None:
    text = "# One\n###### Six\n####### Seven\n##NoSpace\n  ## indented"
    assert [(h.level, h.title) for h in headings(text)] == [
        (1, "One"),
        (6, "Six"),
        (6, "# Seven"),
        (2, "NoSpace"),
    ]


def test_setext_headings_when_the_underlined_line_starts_a_paragraph() -> None:
    text = "Title\n=====\n\nSubtitle\n---\n\ntwo lines\nof text\n---\n\n## Hash\n---\n"
    assert headings(text) == [(1, "Title", 0), (2, "Subtitle", 3), (2, "Hash", 10)]


def test_an_unclosed_fence_hides_the_rest_while_it_is_being_typed() -> None:
    assert headings("## Before\n```\n## Inside\n") == [(2, "Before", 0)]


def test_fences_open_and_close_with_the_same_run() -> None:
    lines = ["text", "```js", "code", "````", "```", "after", "``` `x` ```", "more"]
    assert line_kinds(lines) == [TEXT, FENCE, CODE, CODE, FENCE, TEXT, TEXT, TEXT]
    assert code_lines(lines) == [False, True, True, True, True, False, False, False]
    assert opening_fence("~~~~ python") == Fence("~", 4)
    assert opening_fence("``") is None
    assert opening_fence("    ```") is None
    assert Fence("`", 3).closed_by("```  ")
    assert not Fence("`", 3).closed_by("~~~")


def test_inline_markup_is_removed_from_titles() -> None:
    assert inline_plain("**Bold** _it_ `code` [link](u) ![img](i) <b>tag</b> a\\*b") == (
        "Bold it code link  tag a*b"
    )


def every_line(text: str) -> list[Heading]:
    """The definition, line by line: each line outside code, as an ATX heading or as
    the underline of a setext one."""
    import re

    atx, setext = re.compile(r"^(#{1,6})(.*?)#*[ \t]*$"), re.compile(r"^(=+|-+)[ ]*$")
    lines = text.split("\n")
    in_code = code_lines(lines)
    found: list[Heading] = []
    for number, line in enumerate(lines):
        if in_code[number]:
            continue
        if (match := atx.match(line)) is not None:
            found.append(Heading(len(match.group(1)), inline_plain(match.group(2)).strip(), number))
            continue
        if (under := setext.match(line)) is None or number == 0:
            continue
        above = lines[number - 1]
        first = number == 1 or not lines[number - 2].strip() or in_code[number - 2]
        after_heading = bool(found) and found[-1].line_number == number - 2
        if not above.strip() or in_code[number - 1] or not (first or after_heading):
            continue
        if found and found[-1].line_number == number - 1:
            continue
        level = 1 if under.group(1)[0] == "=" else 2
        found.append(Heading(level, inline_plain(above).strip(), number - 1))
    return found


@given(
    st.lists(
        st.sampled_from(
            ["# ", "## ", "###", "Title", " words", "*em*", "===", "---", "-", "=", "```",
             "~~~", "````", "\n", "\n\n", " ", "- item", "#", "`code`"]
        ),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_looking_only_at_candidate_lines_finds_what_every_line_finds(text: str) -> None:
    assert headings(text) == every_line(text)
    assert headings(ARTICLE) == every_line(ARTICLE)
