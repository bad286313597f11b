"""The site's locale: dates and times on every page as the locale writes them, the
library's setting before the theme's, and each page's language and direction."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from babel import UnknownLocaleError
from bs4 import BeautifulSoup

from newsroom.core.exporters import html_page
from newsroom.core.exporters import ninjs as ninjs_export
from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind
from newsroom.core.render.locale import (
    SETTING_KEY,
    THEME_KEY,
    format_moment,
    parse_locale,
    set_site_locale,
    site_locale,
    text_direction,
)
from newsroom.core.render.page import ExportLinks, build_page, render_article_html
from newsroom.core.render.section_page import render_section_page
from newsroom.core.render.theme import Theme, load_theme, save_theme
from newsroom.core.seed import SITE_LOCALE

#: The welcome article's publication: 5 January 2026, 08:30 UTC, in Europe/Brussels.
SAMPLE = {
    "en_GB": "5 January 2026, 09:30 CET",
    "en_US": "January 5, 2026, 9:30\u202fAM CET",  # CLDR: a narrow no-break space
    "fr_FR": "5 janvier 2026, 09:30 CET",
    "de_DE": "5. Januar 2026, 09:30 CET",
}


def welcome(library: Library) -> Article:
    (row,) = [a for a in library.articles() if a.headline == "Welcome to Newsroom"]
    return library.article(row.id)


def published_text(html: str) -> str:
    time = BeautifulSoup(html, "html.parser").select_one("time.published")
    assert time is not None
    return time.get_text()


def test_a_new_library_writes_dates_as_the_sample_site_does(library: Library) -> None:
    assert library.setting(SETTING_KEY) == SITE_LOCALE == "en_US"
    page = build_page(library, welcome(library), ExportLinks())
    assert page.published == SAMPLE["en_US"]
    assert page.published_iso == "2026-01-05T08:30:00+00:00"  # machine time stays ISO


@pytest.mark.parametrize("locale", sorted(SAMPLE))
def test_the_sample_article_in_each_locale(library: Library, locale: str) -> None:
    set_site_locale(library, locale)
    html = render_article_html(library, welcome(library))
    assert published_text(html) == SAMPLE[locale]
    assert '<html lang="en">' in html  # the article's language, not the site's


def test_without_a_locale_pages_stay_as_they_were(library: Library) -> None:
    set_site_locale(library, "")
    assert library.setting(SETTING_KEY) == ""
    assert str(site_locale(library)) == "en_GB"
    assert build_page(library, welcome(library), ExportLinks()).published == SAMPLE["en_GB"]


@pytest.mark.parametrize("name", ["xx_YY", "english", "en_ZZ", "fr__FR", "de-"])
def test_an_unknown_locale_is_refused_and_nothing_is_stored(library: Library, name: str) -> None:
    with pytest.raises(UnknownLocaleError, match="not a locale Newsroom knows"):
        set_site_locale(library, name)
    assert library.setting(SETTING_KEY) == "en_US"
    with pytest.raises(UnknownLocaleError):
        save_theme(library, Theme(css="p { color: red }", locale=name))
    assert load_theme(library) == Theme()


def test_a_locale_is_stored_as_cldr_names_it(library: Library) -> None:
    assert set_site_locale(library, "fr-fr") == "fr_FR"
    assert library.setting(SETTING_KEY) == "fr_FR"


def test_the_themes_locale_applies_when_the_library_has_none(library: Library) -> None:
    set_site_locale(library, "")
    save_theme(library, Theme(locale="de-DE"))
    assert load_theme(library) == Theme(locale="de_DE")
    assert library.setting(THEME_KEY) == "de_DE"
    assert build_page(library, welcome(library), ExportLinks()).published == SAMPLE["de_DE"]
    # The library's own setting wins over the theme's.
    set_site_locale(library, "fr_FR")
    assert build_page(library, welcome(library), ExportLinks()).published == SAMPLE["fr_FR"]
    # A theme without a locale leaves the default.
    set_site_locale(library, "")
    save_theme(library, Theme())
    assert library.setting(THEME_KEY) == ""
    assert build_page(library, welcome(library), ExportLinks()).published == SAMPLE["en_GB"]


def test_a_stored_locale_this_babel_does_not_know_is_passed_over(library: Library) -> None:
    library.set_setting(SETTING_KEY, "xx_YY")  # written by something else
    library.set_setting(THEME_KEY, "fr_FR")
    assert str(site_locale(library)) == "fr_FR"


def test_updated_times_and_notes_follow_the_locale(library: Library) -> None:
    set_site_locale(library, "de_DE")
    article = welcome(library)
    assert article.id is not None
    library.add_note(
        article.id, NoteKind.CORRECTION, "Ein Name.", at=datetime(2026, 3, 2, 15, 5, tzinfo=UTC)
    )
    page = build_page(library, library.article(article.id), ExportLinks())
    assert [n.when for n in page.notes] == ["2. März 2026, 16:05 CET"]
    later = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    page = build_page(library, replace(article, updated_at=later), ExportLinks())
    assert page.updated == "1. Juli 2026, 14:00 CEST"


def test_the_section_page_is_in_the_sites_language(library: Library) -> None:
    europe = welcome(library).section_id
    html = render_section_page(library, europe, ExportLinks())
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert SAMPLE["en_US"] in html

    set_site_locale(library, "fr_FR")
    html = render_section_page(library, europe, ExportLinks())
    assert html.startswith('<!DOCTYPE html>\n<html lang="fr">\n')
    soup = BeautifulSoup(html, "html.parser")
    assert [t.get_text() for t in soup.select(".teaser time")] == [SAMPLE["fr_FR"]]

    set_site_locale(library, "ar_EG")
    html = render_section_page(library, europe, ExportLinks())
    assert html.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n')


def test_an_arabic_or_hebrew_article_page_is_right_to_left(library: Library) -> None:
    article = welcome(library)
    for language in ("ar", "he", "ar-EG", "fa"):
        page = build_page(library, replace(article, language=language), ExportLinks())
        assert page.direction == "rtl"
        html = render_article_html(library, replace(article, language=language))
        assert f'<html lang="{language}" dir="rtl">' in html
    for language in ("en", "fr", "el", "", "not a language"):
        assert text_direction(language) == "ltr"


def test_exports_take_the_librarys_locale(library: Library) -> None:
    set_site_locale(library, "fr_FR")
    article = welcome(library)
    assert article.id is not None
    library.add_note(
        article.id, NoteKind.CORRECTION, "Un nom.", at=datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    )
    html = html_page.export(library, article.id).data.decode("utf-8")
    assert published_text(html) == SAMPLE["fr_FR"]
    item = json.loads(ninjs_export.export(library, article.id).data)
    # ninjs sends the note's date as text in the site's locale; its timestamps stay ISO.
    assert item["ednote"] == "Correction (6 janvier 2026, 10:00 CET): Un nom."
    assert item["firstcreated"].startswith("2026-01-05T08:30:00")


def test_a_locale_is_parsed_once(library: Library) -> None:
    assert parse_locale("fr_FR") is parse_locale("fr_FR")
    moment = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
    assert format_moment(moment, "Europe/Brussels", "de_DE") == SAMPLE["de_DE"]
    assert format_moment(moment, "Not/AZone", "en_GB") == "5 January 2026, 08:30 UTC"
