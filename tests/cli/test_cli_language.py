"""The command line in French: its messages, its help and the core's errors, from the
same catalogue as the window's, built here from the repository's .ts by Qt's lrelease."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsroom import language as languages
from newsroom.cli import main
from newsroom.core import i18n
from newsroom.core.library import open_library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    folder = tmp_path / "qm"
    script.release(into=folder)
    monkeypatch.setattr(languages, "catalogue_folder", lambda: folder)
    yield folder
    i18n.use(None)


def test_the_command_line_speaks_the_environment_s_language(
    catalogues: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSROOM_LANGUAGE", "fr")
    missing = tmp_path / "nowhere" / "desk.newsroom"
    assert main(["list", "--library", str(missing)]) != 0
    error = capsys.readouterr().err
    assert error.startswith("newsroom: Il n’y a pas de bibliothèque")
    assert str(missing) in error

    monkeypatch.setenv("NEWSROOM_LANGUAGE", "de")
    library = tmp_path / "desk.newsroom"
    open_library(library).close()
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "Bibliothek" in capsys.readouterr().out


def test_english_needs_no_catalogue(
    catalogues: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSROOM_LANGUAGE", "en")
    assert main(["list", "--library", str(tmp_path / "nowhere.newsroom")]) != 0
    assert capsys.readouterr().err.startswith("newsroom: There is no library at")


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "es:de", "LANG": "fr_FR.UTF-8"}, "de"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_AT.UTF-8"}, "de"),
        ({"NEWSROOM_LANGUAGE": "fr", "LANG": "de_DE"}, "fr"),
        ({}, "en"),
    ],
)
def test_the_language_is_read_from_the_environment_as_gettext_does(
    environment: dict[str, str], language: str
) -> None:
    assert languages.environment_language(environment) == language


def test_the_window_follows_the_system_unless_a_language_is_chosen() -> None:
    assert languages.system_language(["de-AT", "en-US"]) == "de"
    assert languages.system_language(["es-ES", "fr-CA", "en"]) == "fr"
    assert languages.system_language(["ja-JP"]) == "en"
    system = languages.system_language()
    assert languages.chosen_language("") == system
    assert languages.chosen_language("fr") == "fr"
    assert languages.chosen_language("xx") == system  # a choice Newsroom cannot speak
