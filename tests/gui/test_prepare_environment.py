"""What the app sets before Qt starts: Chromium's switches."""

from __future__ import annotations

import os

import pytest

from newsroom.gui.app import add_chromium_flags

FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"


def test_switches_are_added_to_those_already_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FLAGS, raising=False)
    add_chromium_flags("--disable-gpu", "--js-flags=--lite-mode")
    add_chromium_flags("--disable-gpu")
    assert os.environ[FLAGS] == "--disable-gpu --js-flags=--lite-mode"


def test_a_switch_set_in_the_environment_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FLAGS, "--js-flags=--max-old-space-size=64")
    add_chromium_flags("--js-flags=--lite-mode", "--disable-gpu")
    assert os.environ[FLAGS] == "--js-flags=--max-old-space-size=64 --disable-gpu"
