"""Spell checking with the real Hunspell dictionaries of the machine (through Enchant)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.core.spelling import (
    MAX_SUGGESTIONS,
    SpellChecker,
    available_languages,
    dictionary_for,
    prose_only,
    utf16_spans,
)

DICTIONARIES = ("de_DE", "en_GB", "en_US", "fr_FR")


def checker(language: str) -> SpellChecker:
    found = SpellChecker.for_language(language)
    assert found is not None, f"no {language} dictionary: install hunspell dictionaries"
    return found


def flagged(check: SpellChecker, text: str) -> list[str]:
    return [text[start : start + length] for start, length in check.misspelled(text)]


def test_the_hunspell_dictionaries_are_available() -> None:
    assert set(DICTIONARIES) <= set(available_languages())
    assert available_languages() == sorted(available_languages())


@pytest.mark.parametrize("tag", DICTIONARIES)
def test_each_dictionary_is_served_by_hunspell(tag: str) -> None:
    check = checker(tag)
    assert check.language == tag
    assert check.provider == "hunspell"


def test_a_misspelt_word_is_found_with_its_position_and_corrections() -> None:
    check = checker("en")
    text = "The ministr resigned on Tuesday."
    assert check.misspelled(text) == [(4, 7)]
    assert "minister" in check.suggest("ministr")
    assert len(check.suggest("ministr")) <= MAX_SUGGESTIONS


def test_correct_english_has_nothing_flagged() -> None:
    text = "The minister resigned on Tuesday, and the government didn’t comment."
    assert flagged(checker("en_US"), text) == []


def test_a_french_sentence_is_checked_with_the_french_dictionary() -> None:
    check = checker("fr")
    assert check.language == "fr_FR"
    text = "Le gouvernment a annoncé aujourd’hui des mesures pour l’économie."
    assert flagged(check, text) == ["gouvernment"]
    assert "gouvernement" in check.suggest("gouvernment")
    # the English dictionary finds the French words wrong: the language matters
    assert len(flagged(checker("en"), text)) >= 4


def test_a_german_sentence_is_checked_with_the_german_dictionary() -> None:
    check = checker("de")
    text = "Die Bundesregirung hat am Montag beschlossen, die Straßen zu sperren."
    assert flagged(check, text) == ["Bundesregirung"]
    assert check.suggest("Bundesregirung")[0] == "Bundesregierung"


def test_british_and_american_spellings_follow_the_region() -> None:
    assert flagged(checker("en-GB"), "The colour of the organisation") == []
    assert flagged(checker("en-US"), "The colour of the organisation") == ["colour", "organisation"]


def test_markdown_that_is_not_prose_is_skipped() -> None:
    text = (
        "# A headng\n"
        "See [the reprot](https://exmaple.org/pth/teh) and `fnuc()` or "
        '<span class="xyzq">this</span>, NATO and NATO’s, the 3rd COVID-19 wave,\n'
        "write to desk@exmple.com or www.exmple.com, example.org, e.g. in the U.S.\n"
        '![A photo](media:0f8e9a7b-1c2d-4e5f-8a9b-0c1d2e3f4a5b "Flods in Basel"){credit="Reutrs"}\n'
        "```python\n"
        "def fnuc(): pas\n"
        "```\n"
        "A [label][refx] and <https://exmaple.org/autolnk>.\n"
        "[refx]: https://exmaple.org/reflnk\n"
    )
    # What is left is prose: the heading, the link text and the image caption.
    assert flagged(checker("en"), text) == ["headng", "reprot", "Flods"]


def test_prose_only_keeps_positions_and_line_breaks() -> None:
    text = "Text `code`\n```\nfenced\n```\nafter https://x.org/y"
    blanked = prose_only(text)
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert blanked.split() == ["Text", "after"]


def test_an_unclosed_fence_blanks_to_the_end() -> None:
    assert prose_only("Before\n~~~\nteh code\nstill codde").split() == ["Before"]


def test_words_ignored_for_the_session_are_no_longer_flagged() -> None:
    check = checker("en")
    assert flagged(check, "Ask Zelenskyy and Ursula") == ["Zelenskyy"]
    check.add_to_session("Zelenskyy")
    assert flagged(check, "Ask Zelenskyy and Ursula") == []
    assert check.check("Zelenskyy")


def test_positions_count_code_points_after_non_ascii_text() -> None:
    text = "“Quote” — 🙂 the ministr"
    assert checker("en").misspelled(text) == [(text.index("ministr"), 7)]


def test_spans_convert_to_utf16_for_qt() -> None:
    text = "🙂 the ministr"
    spans = checker("en").misspelled(text)
    assert spans == [(6, 7)]
    assert utf16_spans(text, spans) == [(7, 7)]  # the emoji is two UTF-16 units


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "en_US"),
        ("en-GB", "en_GB"),
        ("en_us", "en_US"),
        ("fr", "fr_FR"),
        ("fr-CA", "fr_CA"),
        ("de", "de_DE"),
        ("de-AT", "de_DE"),  # no Austrian dictionary: the German one
        ("xx", None),
        ("", None),
        ("123", None),
    ],
)
def test_article_languages_map_to_the_best_dictionary(language: str, expected: str | None) -> None:
    assert dictionary_for(language, ["de_DE", "en_GB", "en_US", "fr_CA", "fr_FR"]) == expected


def test_english_falls_back_to_british_when_only_that_is_installed() -> None:
    assert dictionary_for("en", ["en_GB", "fr_FR"]) == "en_GB"
    assert dictionary_for("fr", ["fr"]) == "fr"


def test_a_language_without_a_dictionary_gives_no_checker() -> None:
    assert SpellChecker.for_language("xx") is None
    assert SpellChecker.for_language("") is None


_PROSE = st.lists(
    st.sampled_from(
        ["The", "recieve", "ministre", "don't", "'quoted'", "NATO's", "B2B", "re-elected",
         "Zürich", "naïve", "teh", "l'État", "—", "…", ",", ".", " ", "  ", "\t", "\n",
         "’", "'", "*", "_", "[link](https://e.org/teh)", "`teh`", "😀", "1990s"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(text=_PROSE, language=st.sampled_from(["en", "fr", "de"]))
def test_checking_run_by_run_flags_what_checking_the_whole_text_flags(
    text: str, language: str
) -> None:
    check = checker(language)
    whole = check.scan(prose_only(text).replace("’", "'"))
    assert check.misspelled(text) == whole
    assert check.misspelled(text) == whole  # remembered runs give the same


def test_a_word_accepted_for_the_session_is_no_longer_flagged_in_remembered_runs() -> None:
    check = checker("en")
    assert flagged(check, "Barges met Qwzx at Basel.") == ["Qwzx"]
    check.add_to_session("Qwzx")
    assert flagged(check, "Barges met Qwzx at Basel.") == []
