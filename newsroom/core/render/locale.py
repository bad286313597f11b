"""The site's locale: how its pages write dates and times, and their language.

A locale is a CLDR identifier such as ``en_GB``, ``en_US``, ``fr_FR`` or ``de_DE``.
The library's setting ``site_locale`` wins; then the theme's locale (``theme.locale``);
with neither, ``en_GB``, in which a moment reads "5 January 2026, 09:30 CET" as pages
always have. A new library starts in ``en_US`` (:data:`newsroom.core.seed.SITE_LOCALE`).

A moment is written as CLDR says the locale writes it: the long date and the short
time joined by the locale's medium date-time pattern, then the abbreviation of the
article's time zone. Babel holds the CLDR data; it is imported with this module (about
14 ms), which the renderer loads once, and each locale and its pattern are parsed once
and cached, so a keystroke's render costs a dictionary look-up and a string format.
The pages show no numbers of their own (no counts, no reading time); one added should
be written with :mod:`babel.numbers` in the same locale.

Which way a page's text runs follows its language: an Arabic or Hebrew article reads
right to left (CLDR's character order for the language).
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import (
    DateTimePattern,
    get_date_format,
    get_datetime_format,
    get_time_format,
    parse_pattern,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The library's setting: the site's locale, a CLDR identifier ("" or absent: none).
SETTING_KEY = "site_locale"
#: The theme's locale, stored with the rest of the theme (see :mod:`.theme`).
THEME_KEY = "theme.locale"
#: Without a setting or a theme's: the British English pages have always been in.
DEFAULT_LOCALE = "en_GB"


class SiteLocaleError(NewsroomError, UnknownLocaleError):
    """A locale that CLDR does not know; ``identifier`` is what was given."""

    def __init__(self, identifier: str) -> None:
        message = translate(
            "SiteLocale",
            "“{name}” is not a locale Newsroom knows. Give a language and a country "
            "as CLDR writes them, such as en_GB, en_US, fr_FR or de_DE.",
        )
        Exception.__init__(self, message.format(name=identifier))
        self.identifier = identifier


@functools.lru_cache(maxsize=64)
def parse_locale(identifier: str) -> Locale:
    """The locale named ``identifier`` (``fr_FR`` or ``fr-FR``), parsed once.

    Raises :class:`SiteLocaleError` (an :class:`babel.UnknownLocaleError`) if CLDR
    has no such locale, including one Babel would quietly replace by another
    (``en_ZZ`` is not taken for ``en_US``)."""
    wanted = identifier.strip().replace("-", "_")
    try:
        locale = Locale.parse(wanted)
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise SiteLocaleError(identifier) from exc
    if str(locale).lower() != wanted.lower():
        raise SiteLocaleError(identifier)
    return locale


def set_site_locale(library: Library, identifier: str) -> str:
    """Store the site's locale, as CLDR writes its name (``fr-fr`` is kept as
    ``fr_FR``); ``""`` removes it, so the theme's or the default applies again.
    Raises :class:`SiteLocaleError`, storing nothing, for a locale CLDR does not know."""
    name = str(parse_locale(identifier)) if identifier.strip() else ""
    library.set_setting(SETTING_KEY, name)
    return name


def site_locale(library: Library) -> Locale:
    """The locale the library's pages are written in: its own setting, else its
    theme's, else :data:`DEFAULT_LOCALE`. A stored name that this Babel does not know
    (the library was set elsewhere) is passed over, so a page always renders."""
    for name in (library.setting(SETTING_KEY), library.setting(THEME_KEY)):
        if name:
            try:
                return parse_locale(name)
            except SiteLocaleError:
                continue
    return parse_locale(DEFAULT_LOCALE)


@functools.lru_cache(maxsize=64)
def _moment_pattern(locale: Locale) -> DateTimePattern:
    """The long date and the short time in the locale's medium date-time pattern,
    as one pattern (literal text in a pattern is quoted, so the parts join as they are)."""
    date = get_date_format("long", locale).pattern
    time = get_time_format("short", locale).pattern
    joined = str(get_datetime_format("medium", locale))
    return parse_pattern(joined.replace("{1}", date).replace("{0}", time))


def format_moment(moment: datetime, zone: str, locale: Locale | str = DEFAULT_LOCALE) -> str:
    """``moment`` in the time zone ``zone`` (UTC if there is none such), as ``locale``
    writes it, with the zone's abbreviation: ``5 January 2026, 09:30 CET`` in en_GB,
    ``January 5, 2026, 9:30 AM CET`` in en_US (CLDR puts a narrow no-break space
    before "AM")."""
    if isinstance(locale, str):
        locale = parse_locale(locale)
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    local = moment.astimezone(tz)
    return f"{_moment_pattern(locale).apply(local, locale)} {local.tzname()}"


@functools.lru_cache(maxsize=256)
def text_direction(language: str) -> str:
    """``"rtl"`` for a language written right to left (``ar``, ``he``, ``fa``,
    ``ur``; ``ar-EG`` too), ``"ltr"`` for the others and for what CLDR does not know."""
    try:
        locale = Locale.parse(language.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return "ltr"
    return "rtl" if locale.text_direction == "rtl" else "ltr"


def page_language(locale: Locale) -> str:
    """The ``lang`` of a page in ``locale``: its language, as the article page gives
    an article's (``en``, ``fr``)."""
    return str(locale.language)
