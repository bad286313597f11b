"""Typographic quotes and dashes: what typing a character after some text gives."""

from __future__ import annotations

import pytest

from newsroom.core.typography import (
    CLOSING_DOUBLE,
    CLOSING_SINGLE,
    EM_DASH,
    EN_DASH,
    OPENING_DOUBLE,
    OPENING_SINGLE,
    Edit,
    in_code_span,
    smarten,
)


def typed(text: str) -> str:
    """Type ``text`` key by key into one line, as the editor does with each answer."""
    line = ""
    for char in text:
        edit = smarten(line, char)
        if edit is None:
            line += char
        else:
            line = line[: len(line) - edit.remove] + edit.text
    return line


@pytest.mark.parametrize(
    ("before", "char", "expected"),
    [
        ("", '"', OPENING_DOUBLE),
        ("He said ", '"', OPENING_DOUBLE),
        ("(", '"', OPENING_DOUBLE),
        ("[", "'", OPENING_SINGLE),
        (f"{OPENING_DOUBLE}", "'", OPENING_SINGLE),
        (f"a {EM_DASH}", '"', OPENING_DOUBLE),
        ("**", '"', OPENING_DOUBLE),
        ("> ", '"', OPENING_DOUBLE),
        (">", '"', OPENING_DOUBLE),
        ("He said hi", '"', CLOSING_DOUBLE),
        ("hi.", '"', CLOSING_DOUBLE),
        ("it", "'", CLOSING_SINGLE),
        ("the dogs", "'", CLOSING_SINGLE),
        ("*emphasis*", '"', CLOSING_DOUBLE),
        ("said **hi**", '"', CLOSING_DOUBLE),
    ],
)
def test_quotes_open_after_space_start_or_bracket_and_close_elsewhere(
    before: str, char: str, expected: str
) -> None:
    assert smarten(before, char) == Edit(0, char, expected)


def test_a_sentence_gets_curly_quotes_and_apostrophes() -> None:
    assert typed('He said "don\'t" and \'maybe\' ("yes")') == (
        "He said “don’t” and ‘maybe’ (“yes”)"
    )


def test_two_hyphens_make_an_en_dash_and_three_an_em_dash() -> None:
    assert smarten("pages 10-", "-") == Edit(1, "--", EN_DASH)
    assert smarten(f"wait{EN_DASH}", "-") == Edit(1, "---", EM_DASH)
    assert typed("10--12 and then---nothing") == f"10{EN_DASH}12 and then{EM_DASH}nothing"
    assert typed("a -- b") == f"a {EN_DASH} b"


def test_a_single_hyphen_and_a_fourth_one_stay_hyphens() -> None:
    assert smarten("well", "-") is None
    assert smarten("well-known", " ") is None
    assert typed("well-known") == "well-known"
    assert typed("a----") == f"a{EM_DASH}-"


@pytest.mark.parametrize(
    "line", ["---", "- - -", "===", "| --- | --- |", "|:--|--:|", "> ---", "  --"]
)
def test_rules_setext_underlines_and_table_rows_keep_their_hyphens(line: str) -> None:
    assert typed(line) == line


@pytest.mark.parametrize(
    "line",
    [
        '`a--b "c" it\'s`',
        '``say "hi" -- ` here``',
        "<a href=\"x--y\" title='t'>",
        "<!-- don't -- touch -->",
        '[link](https://example.org/a--b "title")',
        '![photo](media:12--3 "it\'s")',
        "[ref]: https://example.org/--'\"",
        "see https://example.org/it's--here",
        "mailto:o'brien@example.org",
    ],
)
def test_code_html_and_addresses_keep_plain_characters(line: str) -> None:
    assert typed(line) == line


def test_after_a_code_span_closes_typography_is_back() -> None:
    assert typed('`x` "y"') == "`x` “y”"
    assert typed('\\`not code "y"') == "\\`not code “y”"


def test_nothing_changes_in_a_fenced_code_block() -> None:
    assert smarten("print(", '"', in_code_block=True) is None
    assert smarten("x -", "-", in_code_block=True) is None


def test_other_characters_are_typed_as_they_are() -> None:
    assert smarten("abc", "a") is None
    assert smarten("abc", "`") is None
    assert smarten("abc", "") is None


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ("`a", True),
        ("`a`", False),
        ("``a`", True),
        ("``a`b``", False),
        ("\\`a", False),
        ("", False),
    ],
)
def test_code_span_detection(before: str, inside: bool) -> None:
    assert in_code_span(before) is inside
