"""The time zone of a library's new and pulled articles: its ``timezone`` setting
(the seed's Europe/Brussels), else its last updated article's, else this computer's."""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsroom.core import library as library_module
from newsroom.core.library import TIMEZONE_KEY, Library, create_library, local_timezone
from newsroom.core.model import Article


def test_the_seed_sets_the_desk_s_time_zone(library: Library) -> None:
    assert library.setting(TIMEZONE_KEY) == "Europe/Brussels"
    assert library.default_timezone() == "Europe/Brussels"
    library.set_setting(TIMEZONE_KEY, "Asia/Tokyo")
    assert library.default_timezone() == "Asia/Tokyo"


def test_without_the_setting_the_last_updated_article_s_zone(library: Library) -> None:
    library.set_setting(TIMEZONE_KEY, "Europe/Nowhere")  # no such zone: as if none
    assert library.default_timezone() == "Europe/Brussels"  # the welcome article's
    older = datetime(2025, 6, 1, tzinfo=UTC)  # before the welcome article's time
    library.create_article(Article(headline="Old", timezone="Asia/Tokyo", updated_at=older))
    assert library.default_timezone() == "Europe/Brussels"
    library.create_article(Article(headline="Later", timezone="America/Chicago"))
    assert library.default_timezone() == "America/Chicago"


def test_an_empty_library_takes_this_computer_s_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "local_timezone", lambda: "Pacific/Auckland")
    lib = create_library(tmp_path / "Empty.newsroom", seed=False)
    try:
        assert lib.setting(TIMEZONE_KEY) == ""
        assert lib.default_timezone() == "Pacific/Auckland"
    finally:
        lib.close()


def test_this_computer_s_zone_from_tzlocal_else_the_offset_s_name_else_utc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.ModuleType("tzlocal")
    fake.get_localzone_name = lambda: "Europe/Lisbon"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tzlocal", fake)
    assert local_timezone() == "Europe/Lisbon"

    monkeypatch.setitem(sys.modules, "tzlocal", None)  # not installed
    monkeypatch.setenv("TZ", "CET")
    import time

    time.tzset()
    try:
        assert local_timezone() == "CET"
        monkeypatch.setenv("TZ", "XYZ+5")  # a name that is no zone's
        time.tzset()
        assert local_timezone() == "UTC"
    finally:
        monkeypatch.undo()
        time.tzset()
