"""Opening libraries from the app: refusals explained in a dialog, files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialogs import answer_dialog
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from newsroom.core.library import open_library
from newsroom.core.schema import SCHEMA_VERSION
from newsroom.gui.app import Newsroom
from newsroom.gui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def app(qtbot, settings: QSettings) -> Iterator[Newsroom]:
    newsroom = Newsroom(settings)
    yield newsroom
    for window in list(newsroom.windows):
        assert isinstance(window, MainWindow)
        window.close()


def test_a_text_file_is_refused_in_a_dialog_and_left_untouched(
    qtbot, app: Newsroom, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n\nNot a library.\n")
    before = digest(notes)
    texts = answer_dialog()
    assert app.open(notes) is False
    assert "not a Newsroom library" in texts[0]
    assert digest(notes) == before
    assert app.windows == []


def test_a_newer_library_is_offered_read_only(qtbot, app: Newsroom, library_path: Path) -> None:
    open_library(library_path).close()
    import sqlite3

    conn = sqlite3.connect(library_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(library_path)
    texts = answer_dialog(QMessageBox.StandardButton.Open)
    assert app.open(library_path) is True
    assert "newer version of Newsroom" in texts[0]
    (window,) = app.windows
    assert isinstance(window, MainWindow)
    assert window.library.read_only
    assert "[read-only]" in window.windowTitle()
    window.close()
    assert digest(library_path) == before


def test_opening_the_same_library_twice_raises_its_window(
    qtbot, app: Newsroom, library_path: Path
) -> None:
    assert app.open(library_path)
    assert app.open(library_path)
    assert len(app.windows) == 1


def test_a_library_open_in_another_process_is_refused(
    qtbot, app: Newsroom, library_path: Path
) -> None:
    open_library(library_path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from newsroom.core.library import open_library
                lib = open_library({str(library_path)!r})
                print("ready", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        texts = answer_dialog()
        assert app.open(library_path) is False
        assert "already open in another Newsroom" in texts[0]
    finally:
        holder.communicate("\n", timeout=30)
    assert app.open(library_path) is True


def test_a_big_library_found_damaged_after_opening_is_closed_untouched(
    qtbot, app: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsroom.core import library as library_module
    from newsroom.core.model import Article

    path = tmp_path / "Archive.newsroom"
    library = open_library(path)
    for n in range(80):
        library.create_article(Article(headline=f"Story {n}", body=f"Words of story {n}. " * 300))
    library.close()
    with sqlite3.connect(path) as conn:  # a page of the revisions, which no window reads first
        pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'revisions'")]
    conn.close()
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    middle = pages[len(pages) // 2] - 1
    data[size * middle : size * middle + 1024] = b"\xff" * 1024
    path.write_bytes(bytes(data))
    before = digest(path)
    # As if it were bigger than the size checked in full before opening.
    monkeypatch.setattr(library_module, "FULL_CHECK_BYTES", 0)
    texts = answer_dialog()
    assert app.open(path) is True
    qtbot.waitUntil(lambda: texts != [], timeout=10_000)
    assert "damaged" in texts[0] and "Archive.newsroom" in texts[0]
    qtbot.waitUntil(lambda: app.windows == [], timeout=5000)
    assert digest(path) == before
