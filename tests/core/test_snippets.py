"""Search snippets made in Python: the query's words found as the index finds them
(any case, with or without diacritics, prefixes), around the best stretch."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsroom.core.snippets import MATCH_END, MATCH_START, SNIPPET_WORDS, snippet, terms


def marked(text: str) -> list[str]:
    out = []
    while MATCH_START in text:
        start = text.index(MATCH_START) + 1
        end = text.index(MATCH_END, start)
        out.append(text[start:end])
        text = text[end + 1 :]
    return out


def test_words_are_found_in_any_case_and_with_diacritics() -> None:
    found = terms([(["zurich"], False), (["cafe"], False)])
    text = "Prices rose in ZÜRICH and at every Café on the lake; zurich agrees."
    made = snippet([text], found)
    assert marked(made) == ["ZÜRICH", "Café", "zurich"]
    assert made.replace(MATCH_START, "").replace(MATCH_END, "").startswith("Prices rose")


def test_whole_words_only_and_prefixes_match_their_words() -> None:
    found = terms([(["rain"], False), (["minist"], True)])
    made = snippet(["Training the ministers: rain, rainy, Ministry, rain."], found)
    assert marked(made) == ["ministers", "rain", "Ministry", "rain"]


def test_the_stretch_with_most_different_words_wins() -> None:
    filler = " ".join(f"w{n}" for n in range(60))
    body = f"flood {filler} flood barges Basel {filler}"
    found = terms([(["flood"], False), (["barges"], False)])
    made = snippet([body], found)
    assert marked(made) == ["flood", "barges"]
    assert len(made.replace(MATCH_START, "").replace(MATCH_END, "").split()) <= SNIPPET_WORDS


def test_the_first_text_holding_a_word_is_used_and_none_gives_empty() -> None:
    found = terms([(["barges"], False)])
    assert marked(snippet(["no match here", "Barges wait", "barges"], found)) == ["Barges"]
    assert snippet(["nothing", ""], found) == ""
    assert snippet(["barges"], terms([])) == ""


def test_a_phrase_marks_each_of_its_words() -> None:
    found = terms([(["heavy", "rain"], False)])
    assert marked(snippet(["After heavy rain, the river rose."], found)) == ["heavy", "rain"]


@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=8), max_size=3))
def test_any_text_and_any_words_give_a_snippet_of_the_text(text: str, words: list[str]) -> None:
    made = snippet([text], terms([([w], False) for w in words]))
    plain = made.replace(MATCH_START, "").replace(MATCH_END, "")
    # Marks are the snippet's own: a text's own mark characters are left out of it.
    assert plain in text.replace(MATCH_START, "").replace(MATCH_END, "") or not plain
    assert made.count(MATCH_START) == made.count(MATCH_END)


def test_mark_characters_in_the_text_are_not_taken_for_marks() -> None:
    made = snippet(["0\x030 and \x02flood"], terms([(["flood"], False)]))
    assert marked(made) == ["flood"] and made.count(MATCH_END) == 1
