"""``newsroom`` on a disk that fills up, turns read-only or loses the library, on a real
small file system (a tmpfs mounted for the test, see tests/small_disk.py): one plain line
on standard error, the exit status of its kind (newsroom/exit_codes.py), no traceback,
and nothing lost."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from small_disk import SmallDisk, small_disk
from test_cli import run

from newsroom import cli
from newsroom.core.library import open_library
from newsroom.exit_codes import ExitCode

#: What no line for the journalist may hold: a Python exception's name, a traceback.
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception)\b|sqlite3|Traceback|Errno")


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def desk(disk: SmallDisk) -> Path:
    """A library made on the 3 MB disk, with one article of the journalist's own."""
    path = disk.mount / "Desk.newsroom"
    with open_library(path) as library:
        from newsroom.core.model import Article

        library.create_article(Article(headline="Filed before the disk filled", body="Text."))
    return path


@pytest.fixture
def long_read(tmp_path: Path) -> Path:
    path = tmp_path / "long-read.md"
    path.write_text("# The long read\n\n" + ("Word " * 200 + "\n\n") * 200, encoding="utf-8")
    return path


def one_plain_line(stderr: str) -> str:
    (line,) = stderr.splitlines()
    assert line.startswith("newsroom: "), line
    assert not EXCEPTION_NAME.search(line), line
    return line


def headlines(path: Path) -> list[str]:
    with open_library(path, read_only=True) as library:
        return sorted(a.headline for a in library.articles())


def integrity(path: Path) -> list[tuple[str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def not_damaged(line: str) -> None:
    assert "damaged" not in line.replace("not damaged", ""), line


BEFORE = ["Filed before the disk filled", "Welcome to Newsroom"]


def test_list_on_a_full_disk_says_so_and_how_much_to_free(
    disk: SmallDisk, desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk.fill()

    assert cli.main(["list", "--library", str(desk)]) == ExitCode.DISK_FULL == 6
    out = capsys.readouterr()
    line = one_plain_line(out.err)
    assert out.out == ""
    assert line.startswith("newsroom: The disk that holds “Desk.newsroom” is full. Free at least ")
    assert re.search(r"Free at least [\d.]+ (KB|MB) on it", line)
    not_damaged(line)

    result = run("list", "--library", desk, cwd=tmp_path)
    assert result.returncode == 6
    assert one_plain_line(result.stderr) == line

    disk.free()
    assert integrity(desk) == [("ok",)]
    assert headlines(desk) == BEFORE


def test_import_on_a_full_disk_is_one_line_and_works_once_there_is_room(
    disk: SmallDisk, desk: Path, long_read: Path, tmp_path: Path
) -> None:
    disk.fill()
    result = run("import", long_read, "--library", desk, cwd=tmp_path)
    assert result.returncode == 6, result.stderr
    assert result.stdout == ""
    line = one_plain_line(result.stderr)
    assert "is full. Free at least" in line
    not_damaged(line)

    # Nearly full: the library opens, the long article does not fit.
    disk.free()
    disk.fill(leave=120_000)
    result = run("import", long_read, "--library", desk, cwd=tmp_path)
    assert result.returncode == 6, result.stderr
    assert "is full. Free at least" in one_plain_line(result.stderr)

    disk.free()
    assert integrity(desk) == [("ok",)]
    assert headlines(desk) == BEFORE  # the failed imports left nothing behind
    result = run("import", long_read, "--library", desk, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "the-long-read\n"
    assert integrity(desk) == [("ok",)]
    assert headlines(desk) == sorted([*BEFORE, "The long read"])


def test_a_library_cannot_be_made_on_a_full_disk(
    disk: SmallDisk, long_read: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk.fill()
    before = sorted(p.name for p in disk.mount.iterdir())
    new = disk.mount / "New.newsroom"
    assert cli.main(["import", str(long_read), "--library", str(new)]) == 6
    line = one_plain_line(capsys.readouterr().err)
    assert "The disk that holds “New.newsroom” is full" in line
    assert sorted(p.name for p in disk.mount.iterdir()) == before  # nothing half-made


def test_a_read_only_disk(disk: SmallDisk, desk: Path, long_read: Path, tmp_path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk.mount)], check=True)
    try:
        listed = run("list", "--library", desk, cwd=tmp_path)
        assert listed.returncode == 0, listed.stderr  # reading a locked USB stick works
        assert "Filed before the disk filled" in listed.stdout

        result = run("import", long_read, "--library", desk, cwd=tmp_path)
        assert result.returncode == ExitCode.READ_ONLY == 7
        assert one_plain_line(result.stderr) == (
            "newsroom: “Desk.newsroom” cannot be written: the disk or the folder that holds "
            "it is read-only. Open it read-only, or copy it to a disk you can write to."
        )

        # Files written beside it: a backup, an export.
        backup = run("backup", disk.mount / "copy.newsroom", "--library", desk, cwd=tmp_path)
        assert backup.returncode == 7
        assert "cannot be written" in one_plain_line(backup.stderr)
        exported = run("export", "welcome-to-newsroom", "-f", "md", "-o", disk.mount / "w.md",
                       "--library", desk, cwd=tmp_path)  # fmt: skip
        assert exported.returncode == 7
        assert "read-only" in one_plain_line(exported.stderr)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk.mount)], check=True)
    assert headlines(desk) == BEFORE


def test_a_library_that_is_gone(
    disk: SmallDisk, desk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{desk}{suffix}").unlink(missing_ok=True)
    result = run("list", "--library", desk, cwd=tmp_path)
    assert result.returncode == ExitCode.NOT_FOUND == 8
    assert one_plain_line(result.stderr) == f"newsroom: There is no library at “{desk}”."


def test_a_library_open_in_another_newsroom(desk: Path, long_read: Path, tmp_path: Path) -> None:
    with open_library(desk):
        result = run("import", long_read, "--library", desk, cwd=tmp_path)
    assert result.returncode == ExitCode.BUSY == 5
    assert "is already open in another Newsroom window" in one_plain_line(result.stderr)
    assert headlines(desk) == BEFORE


def test_a_really_damaged_library_is_still_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Desk.newsroom"
    open_library(path).close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))

    result = run("list", "--library", path, cwd=tmp_path)
    assert result.returncode == ExitCode.DAMAGED == 4
    line = one_plain_line(result.stderr)
    assert line.startswith("newsroom: “Desk.newsroom” is damaged and cannot be opened (")

    notes = tmp_path / "notes.txt"
    assert cli.main(["list", "--library", str(notes)]) == ExitCode.NOT_FOUND
    assert "There is no library at" in one_plain_line(capsys.readouterr().err)
    notes.write_text("Not a library.", encoding="utf-8")
    assert cli.main(["list", "--library", str(notes)]) == ExitCode.DAMAGED
    assert "is not a Newsroom library" in one_plain_line(capsys.readouterr().err)


def test_input_that_is_refused_is_one_line_and_status_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "Desk.newsroom"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word document")
    assert cli.main(["import", str(broken), "--library", str(library)]) == ExitCode.REFUSED
    assert not EXCEPTION_NAME.search(one_plain_line(capsys.readouterr().err))
    assert cli.main(["export", "no-such-story", "--library", str(library)]) == 3
    assert "There is no article “no-such-story”" in one_plain_line(capsys.readouterr().err)
    assert cli.main(["import", str(tmp_path / "gone.md"), "--library", str(library)]) == 8
    assert not EXCEPTION_NAME.search(one_plain_line(capsys.readouterr().err))
    with pytest.raises(SystemExit) as usage:
        cli.main(["list", "--no-such-option"])
    assert usage.value.code == ExitCode.USAGE == 2
