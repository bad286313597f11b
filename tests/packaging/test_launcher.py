"""The packaged app's entry point (packaging/launcher.py): how a file manager's "open
with" reaches the command line. No package is built for these."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _launcher() -> ModuleType:
    path = ROOT / "packaging" / "launcher.py"
    spec = importlib.util.spec_from_file_location("newsroom_launcher", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # its __main__ block does not run
    return module


arguments = _launcher().arguments


def test_a_library_opened_from_a_file_manager_becomes_library(tmp_path: Path) -> None:
    library = tmp_path / "Desk.NEWSROOM"
    library.write_bytes(b"")
    assert arguments([str(library)]) == ["--library", str(library)]


def test_commands_and_other_arguments_pass_unchanged(tmp_path: Path) -> None:
    library = tmp_path / "Desk.newsroom"
    library.write_bytes(b"")
    assert arguments([]) == []
    assert arguments(["--version"]) == ["--version"]
    assert arguments(["list"]) == ["list"]
    assert arguments(["--library", str(library)]) == ["--library", str(library)]
    missing = str(tmp_path / "Gone.newsroom")  # argparse then says what is wrong
    assert arguments([missing]) == [missing]
    story = tmp_path / "story.md"
    story.write_text("x")
    assert arguments([str(story)]) == [str(story)]
