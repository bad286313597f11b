"""Shared test set-up: Qt offscreen, QtWebEngine ready, nothing of the user's touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def pytest_configure(config: pytest.Config) -> None:
    # What the app does before its QApplication exists; pytest-qt makes that later.
    from newsroom.gui.app import prepare_environment

    prepare_environment()
    # The suite reads Newsroom's English, whatever the language of the machine it runs on;
    # tests of the other languages choose theirs.
    os.environ["NEWSROOM_LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the default library and settings of the person running the tests out of reach."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(request: pytest.FixtureRequest) -> None:
    """Tests with a QApplication collect cycles on its thread, as the app does (see
    newsroom/gui/garbage.py): the task pools' threads run Python too."""
    if "qapp" in request.fixturenames:
        from newsroom.gui.garbage import collect_on_gui_thread

        collect_on_gui_thread(request.getfixturevalue("qapp"))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "Test.newsroom"
