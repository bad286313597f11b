"""translate() and count() without a catalogue, and with the translator they are given."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsroom.core import i18n
from newsroom.core.i18n import count, translate


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.use(None)
    yield
    i18n.use(None)


def test_english_is_the_code_s_own() -> None:
    assert translate("X", "Saved “{name}”.").format(name="a") == "Saved “a”."
    assert translate("X", "%n article(s) waiting", None, 1) == "1 article waiting"
    assert translate("X", "%n article(s) waiting", None, 0) == "0 articles waiting"
    assert translate("X", "%n article(s) waiting", None, 12) == "12 articles waiting"
    assert count(1234567) == "1,234,567"


def test_a_translator_and_a_count_format_are_used_once_given() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return {"Saved": "Enregistré", "%n file(s)": "%n fichier(s)"}[text].replace("%n", str(n))

    i18n.use(french, counts=lambda n: f"{n:,}".replace(",", "\u202f"))
    assert translate("Ctx", "Saved") == "Enregistré"
    assert translate("Ctx", "%n file(s)", "files", 2) == "2 fichiers"
    assert count(1164) == "1\u202f164"
    assert asked == [("Ctx", "Saved", None, -1), ("Ctx", "%n file(s)", "files", 2)]
