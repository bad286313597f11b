"""The project's own checks: lint, types, and a README that documents every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsroom.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing() -> None:
    done = run(str(BIN / "ruff"), "check", "newsroom", "tests", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_core_is_type_checked_strictly() -> None:
    done = run(str(BIN / "mypy"))  # files and strictness: [tool.mypy] in pyproject.toml
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_readme_documents_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, sub in commands.choices.items():  # type: ignore[union-attr]
        assert f"newsroom {name}" in readme, f"README does not show `newsroom {name}`"
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"README does not mention {flag} of {name}"
    assert "scripts/start" in readme and "scripts/test" in readme


def test_ci_runs_the_readme_test_command_and_nothing_else() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[-1] == "exec scripts/test"


def test_every_package_of_the_source_is_installed() -> None:
    """An installed (not editable) copy has only the packages pyproject.toml lists."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "newsroom").rglob("__init__.py")
    }
    found |= {
        "newsroom.resources"
        + "".join(f".{p}" for p in init.parent.relative_to(ROOT / "resources").parts)
        for init in (ROOT / "resources").rglob("__init__.py")
    }
    assert found <= listed, f"missing from [tool.setuptools] packages: {sorted(found - listed)}"
