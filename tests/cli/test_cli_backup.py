"""``newsroom backup``, run as a journalist runs it: a real ``python -m newsroom``."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from test_cli import run

from newsroom.core.library import open_library
from newsroom.core.model import Article


def headlines(path: Path) -> list[str]:
    with open_library(path, read_only=True) as lib:
        return sorted(a.headline for a in lib.articles())


def test_backup_to_a_file_while_the_library_is_open(tmp_path: Path) -> None:
    lib_path = tmp_path / "Cli.newsroom"
    destination = tmp_path / "Cli backup.newsroom"
    with open_library(lib_path) as library:  # open for writing, as in the window
        library.create_article(Article(headline="Port strike enters its second day"))

        result = run("backup", destination, "--library", lib_path, cwd=tmp_path)

        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        (line,) = result.stdout.splitlines()
        assert str(destination) in line and "Cli.newsroom" in line
        assert re.search(r"\(\d+(\.\d)? (KB|MB)\)\.$", line), line
        assert headlines(destination) == sorted(a.headline for a in library.articles())
    conn = sqlite3.connect(destination)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_backup_into_a_folder_names_the_file(tmp_path: Path) -> None:
    lib_path = tmp_path / "Cli.newsroom"
    open_library(lib_path).close()
    folder = tmp_path / "backups"
    folder.mkdir()

    result = run("--library", lib_path, "backup", folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    (made,) = folder.iterdir()
    assert re.fullmatch(r"Cli-\d{4}-\d\d-\d\d-\d{4}\.newsroom", made.name), made.name
    assert str(made) in result.stdout
    assert "Welcome to Newsroom" in headlines(made)


def test_a_bad_destination_is_one_line_on_stderr(tmp_path: Path) -> None:
    lib_path = tmp_path / "Cli.newsroom"
    open_library(lib_path).close()

    def listing() -> list[str]:  # reading the library may leave its empty -wal and -shm
        return sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))

    before = listing()

    for destination, words in (
        (tmp_path / "no such folder" / "copy.newsroom", "does not exist"),
        (lib_path, "is the library itself"),
    ):
        result = run("backup", destination, "--library", lib_path, cwd=tmp_path)
        assert result.returncode != 0
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith("newsroom: ") and destination.name in line and words in line
        assert "Traceback" not in result.stderr
    assert listing() == before
