"""PySide's scan of imported modules reads their files without keeping the source."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

from newsroom.gui import source_scan


def test_imported_modules_leave_no_source_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtCore  # noqa: F401  (PySide's scanner is loaded with it)

    assert source_scan.scan_without_caching()
    assert source_scan.scan_without_caching()  # twice is harmless: one wrapper
    scanner = getattr(sys.modules[source_scan.FEATURE_MODULE], source_scan.SCANNER)
    assert scanner.reads_files
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\n")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt", "plain_module"):
        __import__(name)  # the import statement's way, which PySide watches
        monkeypatch.delitem(sys.modules, name)
    assert str(tmp_path / "uses_qt.py") not in linecache.cache
    assert str(tmp_path / "plain_module.py") not in linecache.cache
    assert scanner(importlib.import_module("uses_qt")) is True
    assert scanner(importlib.import_module("plain_module")) is False
    assert scanner(sys) is False  # no file: PySide's own answer


def test_nothing_changes_where_pyside_scans_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source_scan, "FEATURE_MODULE", "no.such.module")
    assert source_scan.scan_without_caching() is False
