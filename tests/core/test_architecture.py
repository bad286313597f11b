"""The core stays Qt-free: checked statically (import-linter) and at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports() -> Path:
    exe = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    if not exe.exists():
        pytest.fail(
            f"import-linter is not installed next to {sys.executable} (pip install -e .[test])"
        )
    return exe


def test_import_contracts_are_kept() -> None:
    assert (ROOT / "pyproject.toml").is_file()
    result = subprocess.run(
        [str(_lint_imports()), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "The core never imports Qt" in result.stdout, result.stdout + result.stderr
    assert "the store below the rules, the rules below publishing KEPT" in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line"),
    [
        # the loops the layers undid: the store running the workflow's rules, the
        # store making a publishing target, search reading the publishing states
        ("library.py", "from newsroom.core import workflow"),
        ("seed.py", "from newsroom.core.publish import targets"),
        ("search.py", "from newsroom.core.publish.states import sync_states"),
    ],
)
def test_the_layers_contract_fails_on_an_import_upwards(
    tmp_path: Path, module: str, line: str
) -> None:
    """On a copy of the tree with one such import put back (inside a function, where
    it hides best), the contract breaks and names it."""
    import shutil

    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "newsroom", copy / "newsroom", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / "newsroom" / "core" / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n\ndef _upwards() -> None:\n    {line}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(_lint_imports()), "--no-cache", "--no-logo"],
        cwd=copy,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(copy)},
        timeout=120,
    )
    assert result.returncode != 0, result.stdout
    assert "rules below publishing BROKEN" in result.stdout, result.stdout + result.stderr
    assert f"newsroom.core.{module[:-3]}" in result.stdout


CORE_ONLY_CONTRACT = """\
[tool.importlinter]
root_package = "newsroom"
include_external_packages = true

[[tool.importlinter.contracts]]
name = "newsroom.core never imports Qt"
type = "forbidden"
source_modules = ["newsroom.core"]
forbidden_modules = ["PySide6", "shiboken6", "newsroom.gui"]
allow_indirect_imports = false
"""


def test_core_alone_keeps_the_contract(tmp_path: Path) -> None:
    """The same contract for newsroom.core only, so the core stays guarded meanwhile."""
    config = tmp_path / "core-contract.toml"
    config.write_text(CORE_ONLY_CONTRACT, encoding="utf-8")
    result = subprocess.run(
        [str(_lint_imports()), "--no-cache", "--no-logo", str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "newsroom.core never imports Qt KEPT" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_every_core_module_loads_no_qt() -> None:
    code = textwrap.dedent(
        """\
        import importlib, pkgutil, sys
        import newsroom.core
        names = [m.name for m in pkgutil.walk_packages(newsroom.core.__path__, "newsroom.core.")]
        for name in names:
            importlib.import_module(name)
        import newsroom.cli
        qt = sorted(m for m in sys.modules
                    if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("newsroom.gui"))
        assert not qt, qt
        print(len(names))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    core = ROOT / "newsroom" / "core"
    # Every module, and every subpackage (its __init__) once.
    expected = {p for p in core.rglob("*.py") if p.name != "__init__.py"}
    expected |= {p.parent for p in core.rglob("__init__.py") if p.parent != core}
    assert int(result.stdout.strip()) == len(expected)


def test_every_core_module_imports_first_on_its_own() -> None:
    """An import cycle shows only when a module of it is the first imported (the kinds of
    target and the publishing types import each other's package): each core module is
    imported first in an interpreter of its own."""
    from concurrent.futures import ThreadPoolExecutor

    core = ROOT / "newsroom" / "core"
    names = sorted(
        ".".join(p.with_suffix("").relative_to(ROOT).parts[:-1])
        if p.name == "__init__.py"
        else ".".join(p.with_suffix("").relative_to(ROOT).parts)
        for p in core.rglob("*.py")
    )

    def first(name: str) -> tuple[str, int, str]:
        done = subprocess.run(
            [sys.executable, "-c", f"import {name}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            timeout=120,
        )
        return (
            name,
            done.returncode,
            done.stderr.strip().splitlines()[-1:][0] if done.stderr else "",
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        failed = [(n, err) for n, code, err in pool.map(first, names) if code != 0]
    assert len(names) > 80 and not failed, failed


def test_the_readme_s_picture_of_the_layers_is_the_code_s() -> None:
    """README.md shows the layers as scripts/draw_layers.py draws them from the imports;
    a change that moves an import between layers redraws it (``--write``)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "draw_layers.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "```mermaid" in (ROOT / "README.md").read_text(encoding="utf-8")
