from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtCore import QSettings

from newsroom.core.library import Library, open_library
from newsroom.core.publish.secrets import KeyringStore, Secrets
from newsroom.gui.main_window import MainWindow
from newsroom.gui.preview.preview import PreviewPane
from newsroom.gui.tasks import TaskManager


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    lib = open_library(library_path)
    yield lib
    lib.close()


@pytest.fixture
def secrets() -> Secrets:
    """Passwords for the window's targets kept for the session only: no test window
    reaches the OS keychain (the keyring tests start a keychain of their own)."""
    return Secrets(KeyringStore(null.Keyring()))


@pytest.fixture
def window(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets
) -> Iterator[MainWindow]:
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        win.show()
    yield win
    win.close()


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    """A task pool of the test's own, waited for afterwards."""
    manager = TaskManager()
    yield manager
    manager.wait(10000)


@pytest.fixture
def panes(qtbot) -> Iterator[list[PreviewPane]]:
    """Preview panes a test makes (append them); each is shut down afterwards."""
    made: list[PreviewPane] = []
    yield made
    for pane in made:
        pane.shutdown()
    qtbot.wait(50)  # let the page, then its profile, be deleted in order
