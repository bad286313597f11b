"""Files that are not healthy Newsroom libraries are refused, and left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsroom.core.errors import (
    CorruptLibraryError,
    LibraryError,
    LibraryLockedError,
    NewerLibraryError,
    NotALibraryError,
    ReadOnlyError,
)
from newsroom.core.library import open_library
from newsroom.core.model import Article
from newsroom.core.schema import APPLICATION_ID, SCHEMA_VERSION

SIDE_FILE_SUFFIXES = ("-wal", "-journal", "-shm")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return sorted(
        p.name
        for p in path.parent.iterdir()
        if p.name in {path.name + s for s in SIDE_FILE_SUFFIXES}
    )


def assert_refused_untouched(
    path: Path, error: type[LibraryError], *, no_side_files: bool = True
) -> LibraryError:
    """Open ``path``, expect ``error``, and check the file did not change."""
    before = sha256_of(path)
    size = path.stat().st_size
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as info:
        open_library(path)
    assert sha256_of(path) == before
    assert path.stat().st_size == size
    if no_side_files:
        assert side_files(path) == []
        # Refused by its header: not even a lock file appears beside it.
        assert sorted(p.name for p in path.parent.iterdir()) == listing
    exc = info.value
    assert exc.path == path
    message = str(exc)
    assert path.name in message
    assert message.endswith(".")
    assert "Traceback" not in message
    return exc


def make_library(path: Path) -> Path:
    with open_library(path) as lib:
        lib.create_article(Article(headline="Something to lose", body="Important text. " * 200))
    assert side_files(path) == []
    return path


# -- not libraries at all ------------------------------------------------------------------
NOT_DATABASES: dict[str, Callable[[Path], Path]] = {
    "text": lambda d: _write(d / "notes.txt", b"Interview notes\nCall back at 5pm.\n"),
    "markdown": lambda d: _write(
        d / "story.md", b"---\nheadline: A story\n---\n\n# A story\n\nText.\n"
    ),
    "png": lambda d: _write(
        d / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    ),
    "empty": lambda d: _write(d / "Empty.newsroom", b""),
    "short-text-with-library-suffix": lambda d: _write(d / "Old.newsroom", b"hello"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", sorted(NOT_DATABASES))
def test_non_database_files_are_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = NOT_DATABASES[kind](tmp_path)
    exc = assert_refused_untouched(path, NotALibraryError)
    assert "not" in str(exc)


def test_empty_file_message_says_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "Empty.newsroom", b"")
    exc = assert_refused_untouched(path, NotALibraryError)
    assert "empty" in str(exc)
    assert path.read_bytes() == b""


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "Folder.newsroom"
    folder.mkdir()
    with pytest.raises(NotALibraryError, match="Folder.newsroom"):
        open_library(folder)
    assert list(folder.iterdir()) == []


def test_header_only_sqlite_magic_is_refused_untouched(tmp_path: Path) -> None:
    path = _write(tmp_path / "Cut.newsroom", b"SQLite format 3\x00" + b"\x10\x00")
    assert_refused_untouched(path, CorruptLibraryError)


# -- SQLite files that are not libraries ---------------------------------------------------
def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Source A', '555-0100')")
    conn.commit()
    conn.close()
    exc = assert_refused_untouched(path, NotALibraryError)
    assert "database" in str(exc)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM contacts").fetchall() == [("Source A",)]
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 1
    finally:
        conn.close()


def test_empty_sqlite_database_with_user_version_0_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Blank.newsroom"
    conn = sqlite3.connect(path)
    # Write page 1 so the file has a real header, then leave no table behind.
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    assert_refused_untouched(path, NotALibraryError)


def test_half_made_library_with_user_version_0_is_refused(tmp_path: Path) -> None:
    """Our application id, but no schema yet: not something to migrate into."""
    path = tmp_path / "Half.newsroom"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    assert_refused_untouched(path, NotALibraryError)


# -- newer libraries -----------------------------------------------------------------------
def _set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.close()
    assert side_files(path) == []


def test_newer_library_is_refused_then_opens_read_only(tmp_path: Path) -> None:
    path = make_library(tmp_path / "Future.newsroom")
    _set_user_version(path, SCHEMA_VERSION + 1)
    exc = assert_refused_untouched(path, NewerLibraryError)
    assert isinstance(exc, NewerLibraryError)
    assert exc.file_version == SCHEMA_VERSION + 1
    assert exc.supported == SCHEMA_VERSION
    assert "newer" in str(exc)
    assert "read-only" in str(exc)

    before = sha256_of(path)
    lib = open_library(path, read_only=True)
    try:
        assert lib.read_only is True
        assert lib.schema_version == SCHEMA_VERSION + 1
        headlines = {a.headline for a in lib.articles()}
        assert "Something to lose" in headlines
        with pytest.raises(ReadOnlyError, match="Future.newsroom"):
            lib.create_article(Article(headline="New"))
    finally:
        lib.close()
    assert sha256_of(path) == before


# -- damaged libraries ---------------------------------------------------------------------
def _page_size(path: Path) -> int:
    raw = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if raw == 1 else raw


@pytest.mark.parametrize("page", [2, 3])
def test_library_with_garbage_pages_is_refused_untouched(tmp_path: Path, page: int) -> None:
    path = make_library(tmp_path / "Damaged.newsroom")
    page_size = _page_size(path)
    data = bytearray(path.read_bytes())
    assert len(data) > page_size * (page + 1)
    data[page_size * page : page_size * page + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    exc = assert_refused_untouched(path, CorruptLibraryError, no_side_files=False)
    assert "damaged" in str(exc)
    assert side_files(path) == []


def test_library_with_a_bad_page_size_is_refused_untouched(tmp_path: Path) -> None:
    path = make_library(tmp_path / "BadHeader.newsroom")
    data = bytearray(path.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, CorruptLibraryError)


def _close_leaked_connections(exc: BaseException) -> None:
    """Close sqlite3 connections an escaping exception left open in its frames."""
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, sqlite3.Connection):
                value.close()
        tb = tb.tb_next


def test_truncated_library_is_refused_untouched(tmp_path: Path) -> None:
    path = make_library(tmp_path / "Truncated.newsroom")
    data = path.read_bytes()
    page_size = _page_size(path)
    path.write_bytes(data[: (len(data) // page_size // 2) * page_size])
    before = sha256_of(path)
    try:
        open_library(path).close()
    except CorruptLibraryError as exc:
        assert path.name in str(exc)
        assert "damaged" in str(exc)
    except sqlite3.Error as exc:
        _close_leaked_connections(exc)
        pytest.fail(f"a damaged library escaped as a raw SQLite error: {exc!r}")
    else:
        pytest.fail("a truncated library was opened")
    finally:
        assert sha256_of(path) == before


# -- read-only files -----------------------------------------------------------------------
@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    path = make_library(tmp_path / "Locked-down.newsroom")
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_read_only_file_opens_read_only(read_only_file: Path) -> None:
    path = read_only_file
    before = sha256_of(path)
    lib = open_library(path)
    try:
        assert lib.read_only is True
        assert "Something to lose" in {a.headline for a in lib.articles()}
        with pytest.raises(ReadOnlyError) as exc:
            lib.set_setting("site_name", "Changed")
        assert path.name in str(exc.value)
        with pytest.raises(ReadOnlyError):
            lib.create_article(Article(headline="New"))
    finally:
        lib.close()
    assert sha256_of(path) == before


# -- a library open in another process -----------------------------------------------------
HOLDER = """
import sys
from newsroom.core.library import open_library
lib = open_library(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
lib.close()
"""


@pytest.mark.parametrize("ending", ["exits", "is killed"])
def test_library_open_in_another_process_is_refused(tmp_path: Path, ending: str) -> None:
    path = make_library(tmp_path / "Shared.newsroom")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        line = holder.stdout.readline() if holder.stdout else ""
        assert line.strip() == "ready", holder.stderr.read() if holder.stderr else ""

        with pytest.raises(LibraryLockedError) as exc:
            open_library(path)
        message = str(exc.value)
        assert path.name in message
        assert "already open" in message

        # Reading it meanwhile is fine.
        with open_library(path, read_only=True) as reader:
            assert reader.read_only is True
            assert len(reader.articles()) == 2

        if ending == "exits":
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(timeout=20) == 0
        else:
            holder.kill()
            holder.wait(timeout=20)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=20)
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()

    with open_library(path) as lib:
        assert lib.read_only is False
        lib.create_article(Article(headline="After the other window closed"))
        assert len(lib.articles()) == 3
