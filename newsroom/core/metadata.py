"""Helpers for editing an article's metadata: lists typed with commas, time zones,
languages and image types. Plain Python, so the form's rules can be tested without Qt."""

from __future__ import annotations

import mimetypes
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate

#: Offered first in the time-zone list, in this order.
COMMON_ZONES: tuple[str, ...] = (
    "Europe/Brussels",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Warsaw",
    "Europe/Kyiv",
    "UTC",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
)

#: Languages for spell checking and the page's ``lang``: (code, name). The names are in
#: English; :func:`language_name` gives one in the reader's language.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", QT_TRANSLATE_NOOP("Metadata", "English")),
    ("en-GB", QT_TRANSLATE_NOOP("Metadata", "English (United Kingdom)")),
    ("en-US", QT_TRANSLATE_NOOP("Metadata", "English (United States)")),
    ("fr", QT_TRANSLATE_NOOP("Metadata", "French")),
    ("de", QT_TRANSLATE_NOOP("Metadata", "German")),
    ("nl", QT_TRANSLATE_NOOP("Metadata", "Dutch")),
    ("es", QT_TRANSLATE_NOOP("Metadata", "Spanish")),
    ("it", QT_TRANSLATE_NOOP("Metadata", "Italian")),
    ("pt", QT_TRANSLATE_NOOP("Metadata", "Portuguese")),
    ("pl", QT_TRANSLATE_NOOP("Metadata", "Polish")),
    ("uk", QT_TRANSLATE_NOOP("Metadata", "Ukrainian")),
    ("sv", QT_TRANSLATE_NOOP("Metadata", "Swedish")),
    ("da", QT_TRANSLATE_NOOP("Metadata", "Danish")),
    ("el", QT_TRANSLATE_NOOP("Metadata", "Greek")),
    ("ar", QT_TRANSLATE_NOOP("Metadata", "Arabic")),
    ("he", QT_TRANSLATE_NOOP("Metadata", "Hebrew")),
)


def language_code(text: str) -> str | None:
    """The code of :data:`LANGUAGES` that a language tag names ("en-gb", "fr_FR",
    "de"), or None."""
    codes = {code.lower(): code for code, _ in LANGUAGES}
    tag = text.strip().replace("_", "-").lower()
    return codes.get(tag) or codes.get(tag[:2]) if tag else None


def split_list(text: str) -> list[str]:
    """``"floods, shipping,, Rhine "`` → ``["floods", "shipping", "Rhine"]``; repeats
    (ignoring case) are dropped, the first spelling kept."""
    out: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def join_list(items: list[str]) -> str:
    return ", ".join(items)


@cache
def all_zones() -> tuple[str, ...]:
    """Every time zone this machine knows: the common ones first, then the rest A–Z."""
    known = available_timezones() | {"UTC"}
    common = [z for z in COMMON_ZONES if z in known]
    return (*common, *sorted(known - set(common)))


def zone(name: str) -> ZoneInfo | None:
    """The zone called ``name``, or None when there is no such zone."""
    name = name.strip()
    if name not in _zone_names():
        return None  # also keeps out partial names such as "Europe/", a folder
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(all_zones())


def to_utc(wall_clock: datetime, zone_name: str) -> datetime:
    """A wall-clock time (naive) in ``zone_name`` as an aware UTC time.

    A time that the clock skips when it goes forward is read with the offset from
    before the change, as :mod:`zoneinfo` does (``fold=0``)."""
    tz = zone(zone_name)
    if tz is None:
        raise ValueError(translate("Metadata", "unknown time zone “{zone}”").format(zone=zone_name))
    local = wall_clock.replace(tzinfo=tz)
    return local.astimezone(UTC).replace(microsecond=0)


def to_wall_clock(moment: datetime, zone_name: str) -> datetime:
    """The naive wall-clock time that ``moment`` shows in ``zone_name``."""
    tz = zone(zone_name) or UTC
    return moment.astimezone(tz).replace(tzinfo=None, microsecond=0)


def language_name(code: str) -> str:
    """The language's name in the reader's language ("French"), or ``code`` itself."""
    name = dict(LANGUAGES).get(code)
    return translate("Metadata", name) if name is not None else code


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(filename: str, data: bytes) -> str | None:
    """The MIME type of an image file, from its bytes where they say it, else from its
    name; None when it is not an image a web page can show."""
    for magic, mime in _SIGNATURES:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    guessed, _ = mimetypes.guess_type(filename)
    if data and guessed in ("image/avif", "image/svg+xml", "image/webp"):
        return guessed
    return None
