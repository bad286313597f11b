"""Fixtures for the Qt-free core: real library files in a temporary folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from newsroom.core.library import Library, open_library

_hypothesis_home: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Keep Hypothesis' caches (it writes them while collecting) out of the working tree."""
    global _hypothesis_home
    if "HYPOTHESIS_STORAGE_DIRECTORY" not in os.environ and _hypothesis_home is None:
        _hypothesis_home = tempfile.mkdtemp(prefix="newsroom-hypothesis-")
        set_hypothesis_home_dir(_hypothesis_home)


def pytest_unconfigure(config: pytest.Config) -> None:
    global _hypothesis_home
    if _hypothesis_home is not None:
        set_hypothesis_home_dir(None)
        shutil.rmtree(_hypothesis_home, ignore_errors=True)
        _hypothesis_home = None


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A brand-new library, seeded as the app seeds it, closed after the test."""
    lib = open_library(tmp_path / "Desk.newsroom")
    yield lib
    lib.close()
