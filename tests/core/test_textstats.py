"""Word and character counts and reading time, of the text as a reader sees it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsroom.core.textstats import WORDS_PER_MINUTE, TextStats, text_stats, visible_text


def test_plain_words_and_characters() -> None:
    stats = text_stats("The river rose overnight.")
    assert (stats.words, stats.characters) == (4, 25)


def test_markdown_syntax_is_not_counted() -> None:
    markdown = (
        "## The **flood** _rose_\n"
        "\n"
        "> Read [the report](https://example.org/a-very-long-address) now.\n"
        "\n"
        "- one\n"
        "1. two\n"
        "- [x] three\n"
        "\n"
        '![A barge on the Rhine](media:abc123 "Barge")\n'
        "\n"
        "---\n"
        "\n"
        "[ref]: https://example.org\n"
        "<!-- a note\nfor editors -->\n"
        "<span>tagged</span> `code`\n"
    )
    assert visible_text(markdown).split() == [
        "The", "flood", "rose", "Read", "the", "report", "now.",
        "one", "two", "three", "tagged", "code",
    ]  # fmt: skip
    assert text_stats(markdown).words == 12


def test_fenced_code_counts_its_content_but_not_its_fences() -> None:
    assert text_stats("```python\nprint(x)\n```\nend").words == 2
    assert text_stats("~~~\n~~~").words == 0


def test_tables_count_cells_not_pipes() -> None:
    assert text_stats("| City | Level |\n|---|---:|\n| Basel | 7 m |").words == 5


def test_words_need_a_letter_or_digit_and_dashes_separate_them() -> None:
    assert text_stats("re-elected — 2026 – yes—no * _ ...").words == 4


def test_characters_count_runs_of_space_once() -> None:
    assert text_stats("a  b\n\n\nc  ").characters == len("a b c")
    assert text_stats("").characters == 0


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 0), (1, 1), (WORDS_PER_MINUTE, 1), (WORDS_PER_MINUTE + 1, 2)]
)
def test_reading_time_rounds_up(words: int, minutes: int) -> None:
    assert text_stats(" ".join(["word"] * words)).reading_minutes == minutes


def test_summary_uses_thousands_separators_and_singulars() -> None:
    assert TextStats(1234, 7890).summary() == "1,234 words · 7,890 characters · 6 min read"
    assert TextStats(1, 1).summary() == "1 word · 1 character · 1 min read"
    assert TextStats(0, 0).summary() == "0 words · 0 characters · 0 min read"


def whole_text_stats(markdown: str) -> TextStats:
    """The definition: the words and characters of the whole visible text at once."""
    visible = visible_text(markdown)
    words = sum(
        1 for token in re.split(r"[\s\u2013\u2014]+", visible) if re.search(r"[^\W_]", token)
    )
    return TextStats(words, len(re.sub(r"\s+", " ", visible).strip()))


_PIECES = st.sampled_from(
    ["word", "re-elected", " ", "  ", "\t", "\n", "\n\n", "—", "–", "*", "**", "_", "# ", "> ",
     "- ", "1. ", "|", "---", "```", "~~~", "`", "[", "](https://x.org)", "![", "<!--", "-->",
     "<b>", "\\", "é", "\u2028", "\x1c", "\u00a0", "2026"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_counting_line_by_line_gives_the_whole_texts_figures(markdown: str) -> None:
    assert text_stats(markdown) == whole_text_stats(markdown)


def test_a_recount_after_one_key_is_the_count_of_the_new_text() -> None:
    text = "\n\n".join(f"Paragraph {n} with *some* words." for n in range(200))
    assert text_stats(text).words == 200 * 5
    edited = text.replace("Paragraph 100 with", "Paragraph 100 x with")
    assert text_stats(edited) == whole_text_stats(edited)
    assert text_stats(edited).words == 200 * 5 + 1
