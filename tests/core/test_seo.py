"""SEO length counters and slug checks: plain Python, no Qt."""

from __future__ import annotations

import pytest

from newsroom.core import seo


def test_a_title_within_the_limit_counts_what_is_left() -> None:
    counted = seo.title_count("x" * 48)
    assert counted.text == "48 / 60"
    assert not counted.is_over and counted.over_by == 0
    assert counted.description == "12 characters left"


def test_a_title_past_the_limit_says_by_how_much() -> None:
    counted = seo.title_count("x" * 72)
    assert counted.text == "72 / 60"
    assert counted.is_over and counted.over_by == 12
    assert counted.description == "12 characters over"


@pytest.mark.parametrize(
    ("length", "words"),
    [(159, "1 character left"), (160, "0 characters left"), (161, "1 character over")],
)
def test_the_description_limit_is_160_and_one_is_singular(length: int, words: str) -> None:
    assert seo.description_count("d" * length).description == words


def test_blank_fields_are_measured_as_what_the_page_falls_back_to() -> None:
    assert seo.title_count("   ", "A headline of twenty").text == "20 / 60"
    assert seo.title_count("Own title", "A much longer headline").length == 9
    assert seo.description_count("", "s" * 170).is_over


def test_limits_are_those_search_engines_show() -> None:
    assert (seo.SEO_TITLE_LIMIT, seo.SEO_DESCRIPTION_LIMIT) == (60, 160)


def test_a_good_slug_has_no_problem() -> None:
    assert seo.slug_problem("floods-close-the-rhine") is None
    assert seo.slug_problem("  covid-19-in-2026 ") is None


@pytest.mark.parametrize(
    ("typed", "saved_as"),
    [("Rhine Floods!", "rhine-floods"), ("café-crème", "cafe-creme"), ("a--b", "a-b")],
)
def test_a_bad_slug_says_what_will_be_saved(typed: str, saved_as: str) -> None:
    problem = seo.slug_problem(typed)
    assert problem is not None and f"“{saved_as}”" in problem


def test_an_empty_slug_is_a_problem() -> None:
    assert seo.slug_problem(" ") == "A slug cannot be empty."
