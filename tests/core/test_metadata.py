"""Helpers of the metadata form that need no Qt: lists, time zones, image types."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsroom.core import metadata


def test_a_comma_list_is_trimmed_and_without_repeats() -> None:
    assert metadata.split_list(" floods,shipping ,, Floods,  Rhine   valley ") == [
        "floods",
        "shipping",
        "Rhine valley",
    ]
    assert metadata.split_list("") == []
    assert metadata.join_list(["Anna Weber", "Jan Peeters"]) == "Anna Weber, Jan Peeters"


def test_common_zones_come_first_then_every_other_once() -> None:
    zones = metadata.all_zones()
    assert zones[:4] == ("Europe/Brussels", "Europe/London", "Europe/Paris", "Europe/Berlin")
    assert "UTC" in zones[: len(metadata.COMMON_ZONES)]
    assert len(zones) == len(set(zones)) > 300
    rest = zones[len(metadata.COMMON_ZONES) :]
    assert list(rest) == sorted(rest)


@pytest.mark.parametrize("name", ["Europe/", "Europe/Atlantis", "", "../etc/passwd", "Europe"])
def test_what_is_not_a_zone_is_none(name: str) -> None:
    assert metadata.zone(name) is None


def test_half_past_nine_in_paris_is_half_past_eight_utc_in_winter() -> None:
    moment = metadata.to_utc(datetime(2026, 1, 15, 9, 30), "Europe/Paris")
    assert moment == datetime(2026, 1, 15, 8, 30, tzinfo=UTC)
    assert metadata.to_wall_clock(moment, "Europe/Paris") == datetime(2026, 1, 15, 9, 30)


def test_and_half_past_seven_utc_in_summer() -> None:
    moment = metadata.to_utc(datetime(2026, 7, 15, 9, 30), "Europe/Paris")
    assert moment == datetime(2026, 7, 15, 7, 30, tzinfo=UTC)


def test_an_unknown_zone_is_refused_when_converting() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        metadata.to_utc(datetime(2026, 1, 1), "Mars/Olympus")


def test_languages_have_names_and_unknown_codes_stay_as_they_are() -> None:
    codes = [code for code, _name in metadata.LANGUAGES]
    assert codes[:9] == ["en", "en-GB", "en-US", "fr", "de", "nl", "es", "it", "pt"]
    assert metadata.language_name("nl") == "Dutch"
    assert metadata.language_name("tlh") == "tlh"


@pytest.mark.parametrize(
    ("name", "data", "mime"),
    [
        ("a.bin", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("a.png", b"\xff\xd8\xff\xe0....", "image/jpeg"),
        ("a", b"GIF89a....", "image/gif"),
        ("a", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (
            "a.txt",
            b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
            "image/svg+xml",
        ),
        ("photo.avif", b"\x00\x00\x00\x1cftypavif", "image/avif"),
        ("notes.png", b"not a picture", None),
        ("empty.webp", b"", None),
    ],
)
def test_image_types_come_from_the_bytes(name: str, data: bytes, mime: str | None) -> None:
    assert metadata.image_type(name, data) == mime
