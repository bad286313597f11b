"""A full disk, a read-only medium, a vanished file, a busy file and real damage, told
apart from the errors SQLite and the system really raise, on a real small file system
(a tmpfs mounted for the test, see tests/small_disk.py)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from small_disk import SmallDisk, small_disk

from newsroom.core.errors import CorruptLibraryError, LibraryError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.storage import (
    HEADROOM,
    DiskFullError,
    LibraryBusyError,
    LibraryGoneError,
    ReadOnlyMediumError,
    StorageError,
    file_error,
    is_storage_failure,
    storage_error,
)

#: What no sentence for the journalist may hold: a Python exception's name.
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception)\b|sqlite3|Traceback|Errno")


def plain(message: str) -> str:
    assert not EXCEPTION_NAME.search(message), message
    assert "\n" not in message, message
    return message


def caught(action: object) -> BaseException:
    """The exception ``action()`` raises."""
    try:
        action()  # type: ignore[operator]
    except BaseException as exc:  # noqa: BLE001 (the test looks at it)
        return exc
    raise AssertionError("nothing was raised")


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@contextlib.contextmanager
def read_only(disk: SmallDisk) -> Iterator[None]:
    """The small disk remounted read-only, as a write-protected USB stick."""
    subprocess.run(["mount", "-o", "remount,ro", str(disk.mount)], check=True)
    try:
        yield
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk.mount)], check=True)


def long_article(words: int = 40_000) -> Article:
    return Article(headline="The long read", body=("Word " * 200 + "\n\n") * (words // 200))


def integrity(path: Path) -> list[tuple[str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def headlines(path: Path) -> list[str]:
    with open_library(path, read_only=True) as library:
        return sorted(a.headline for a in library.articles())


# -- storage_error, one kind at a time, from real errors -----------------------------------
def test_a_real_full_disk_is_full_and_says_how_much_to_free(disk: SmallDisk) -> None:
    path = disk.mount / "Desk.newsroom"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (data BLOB)")
        disk.fill(leave=20_000)
        full = caught(lambda: conn.execute("INSERT INTO t VALUES (?)", [b"x" * 200_000]))
    assert isinstance(full, sqlite3.OperationalError)
    assert is_storage_failure(full)
    error = storage_error(full, path, writing=200_000)
    assert isinstance(error, DiskFullError)
    assert error.needed >= HEADROOM + 2 * 200_000 - disk.free_bytes()
    message = plain(str(error))
    assert message.startswith("The disk that holds “Desk.newsroom” is full. Free at least ")
    assert "damaged" not in message.replace("not damaged", "")

    # The system's own word for it, on a file that is not the library.
    enospc = caught(lambda: (disk.mount / "more.bin").write_bytes(b"x" * 100_000))
    assert isinstance(enospc, OSError) and enospc.errno == errno.ENOSPC
    assert isinstance(storage_error(enospc, path), DiskFullError)
    said = file_error(enospc, disk.mount / "more.bin")
    assert isinstance(said, DiskFullError)
    assert plain(str(said)).startswith(f"The disk that holds “{disk.mount / 'more.bin'}” is full.")
    assert plain(str(file_error(enospc))) == (
        "The disk is full. Free some space on it and try again."
    )


def test_a_disk_too_full_for_the_shared_memory_file_is_full_not_damaged(
    disk: SmallDisk,
) -> None:
    path = disk.mount / "Desk.newsroom"
    open_library(path).close()
    disk.fill()
    # SQLite cannot make the -shm file of a WAL library: "disk I/O error".
    with contextlib.closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as conn:
        failed = caught(lambda: conn.execute("PRAGMA quick_check").fetchall())
    assert isinstance(failed, sqlite3.OperationalError) and "disk I/O error" in str(failed)
    assert isinstance(storage_error(failed, path), DiskFullError)
    with pytest.raises(DiskFullError) as opened:
        open_library(path, read_only=True)
    assert "damaged" not in str(opened.value).replace("not damaged", "")


def test_a_read_only_medium(disk: SmallDisk) -> None:
    path = disk.mount / "Desk.newsroom"
    open_library(path).close()
    with read_only(disk):
        erofs = caught(lambda: (disk.mount / "new.txt").write_text("x"))
        assert isinstance(erofs, OSError) and erofs.errno == errno.EROFS
        error = storage_error(erofs, path)
        assert isinstance(error, ReadOnlyMediumError) and isinstance(error, ReadOnlyError)
        assert plain(str(error)) == (
            "“Desk.newsroom” cannot be written: the disk or the folder that holds it is "
            "read-only. Open it read-only, or copy it to a disk you can write to."
        )
        cantopen = caught(lambda: sqlite3.connect(path.as_uri() + "?mode=rw", uri=True).execute(
            "PRAGMA quick_check"
        ))  # fmt: skip
        assert isinstance(cantopen, sqlite3.OperationalError)
        assert isinstance(storage_error(cantopen, path), ReadOnlyMediumError)
        assert isinstance(file_error(erofs), ReadOnlyMediumError)


def test_a_file_that_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "Stick" / "Desk.newsroom"
    missing = caught(lambda: path.open("rb"))
    assert isinstance(missing, FileNotFoundError)
    error = storage_error(missing, path)
    assert isinstance(error, LibraryGoneError)
    assert plain(str(error)).startswith("“Desk.newsroom” is no longer there: the disk or ")
    # SQLite's "unable to open database file", for a file that is not there any more.
    cantopen = caught(lambda: sqlite3.connect(path.as_uri() + "?mode=rw", uri=True))
    assert isinstance(storage_error(cantopen, path), LibraryGoneError)
    # A pulled USB stick fails reads with EIO: the file is gone, not damaged.
    eio = OSError(errno.EIO, os.strerror(errno.EIO), str(path))
    assert isinstance(storage_error(eio, path), LibraryGoneError)
    assert plain(str(file_error(missing))).startswith(f"“{path}” is not there")


def test_a_file_held_by_another_writer_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    open_library(path).close()
    with (
        contextlib.closing(sqlite3.connect(path, isolation_level=None)) as holder,
        contextlib.closing(sqlite3.connect(path, isolation_level=None, timeout=0)) as other,
    ):
        holder.execute("BEGIN IMMEDIATE")
        busy = caught(lambda: other.execute("BEGIN IMMEDIATE"))
        holder.execute("ROLLBACK")
    assert isinstance(busy, sqlite3.OperationalError) and "locked" in str(busy)
    error = storage_error(busy, path)
    assert isinstance(error, LibraryBusyError)
    plain(str(error))


def test_only_a_damaged_file_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        damaged = caught(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert isinstance(damaged, sqlite3.DatabaseError)
    error = storage_error(damaged, path)
    assert isinstance(error, CorruptLibraryError)
    assert "is damaged" in str(error)
    # Any other failure of a sound disk with room to spare: not damage either.
    eio = OSError(errno.EIO, os.strerror(errno.EIO), str(path))
    other = storage_error(eio, path)
    assert type(other) is StorageError
    assert "damaged" not in plain(str(other))
    assert "(Input/output error)" in str(other)


def test_a_mistake_in_a_statement_is_not_a_storage_failure(tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(tmp_path / "x.db")) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO t VALUES (1)")
        duplicate = caught(lambda: conn.execute("INSERT INTO t VALUES (1)"))
        syntax = caught(lambda: conn.execute("SELEKT 1"))
    assert not is_storage_failure(duplicate)
    assert not is_storage_failure(syntax)
    assert not is_storage_failure(ValueError("x"))
    known = LibraryError(tmp_path, "said already")
    assert storage_error(known, tmp_path) is known


# -- the library on a real small disk ------------------------------------------------------
def test_a_library_cannot_be_made_on_a_full_disk_and_leaves_nothing(disk: SmallDisk) -> None:
    disk.fill()
    before = sorted(os.listdir(disk.mount))
    with pytest.raises(DiskFullError) as info:
        open_library(disk.mount / "Desk.newsroom")
    assert info.value.path == disk.mount / "Desk.newsroom"
    plain(str(info.value))
    assert sorted(os.listdir(disk.mount)) == before  # no half-made library, no temp file
    disk.free()
    with open_library(disk.mount / "Desk.newsroom") as library:
        assert library.stats()["articles"] == 1


def test_a_write_the_disk_cannot_take_changes_nothing_and_works_once_it_has_room(
    disk: SmallDisk,
) -> None:
    path = disk.mount / "Desk.newsroom"
    with open_library(path) as library:
        kept = library.create_article(Article(headline="Filed before the disk filled"))
        disk.fill(leave=150_000)
        with pytest.raises(DiskFullError) as info:
            library.create_article(long_article())
        assert not library.conn.in_transaction
        message = plain(str(info.value))
        assert "Free at least" in message and "damaged" not in message.replace("not damaged", "")
        # The long article's own bytes are counted in what to free.
        assert info.value.needed > HEADROOM
        # An import: the article with its image, in one transaction.
        with pytest.raises(DiskFullError), library.transaction():
            library.create_article(Article(headline="With its photo"))
            library.add_media("photo.jpg", "image/jpeg", os.urandom(400_000))
        assert library.article(kept.id or 0).headline == "Filed before the disk filled"
    disk.free()
    assert integrity(path) == [("ok",)]
    assert headlines(path) == ["Filed before the disk filled", "Welcome to Newsroom"]
    with open_library(path) as library:
        library.create_article(long_article())
    assert integrity(path) == [("ok",)]
    assert headlines(path) == [
        "Filed before the disk filled",
        "The long read",
        "Welcome to Newsroom",
    ]


def test_a_full_disk_on_opening_is_full_not_damaged(disk: SmallDisk) -> None:
    path = disk.mount / "Desk.newsroom"
    open_library(path).close()
    disk.fill()
    for read_only_open in (False, True):
        with pytest.raises(DiskFullError) as info:
            open_library(path, read_only=read_only_open)
        assert not isinstance(info.value, CorruptLibraryError)
        plain(str(info.value))
    disk.free()
    assert integrity(path) == [("ok",)]
    assert headlines(path) == ["Welcome to Newsroom"]


def test_a_library_on_a_read_only_medium_reads_and_refuses_writes(disk: SmallDisk) -> None:
    path = disk.mount / "Desk.newsroom"
    open_library(path).close()
    with read_only(disk), open_library(path) as library:
        assert library.read_only
        assert [a.headline for a in library.articles()] == ["Welcome to Newsroom"]
        with pytest.raises(ReadOnlyMediumError) as info:
            library.create_article(Article(headline="Not on a locked stick"))
        assert "is read-only" in plain(str(info.value))
        sibling = library.sibling()
        assert sibling.stats()["articles"] == 1
        sibling.close()
    assert headlines(path) == ["Welcome to Newsroom"]


def test_a_library_that_vanishes_while_open_is_said_to_be_gone(disk: SmallDisk) -> None:
    path = disk.mount / "Desk.newsroom"
    library: Library = open_library(path)
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        # SQLite would write on into the deleted file, which nobody opens again.
        with pytest.raises(LibraryGoneError) as info:
            library.create_article(Article(headline="Into the void"))
        assert plain(str(info.value)).startswith("“Desk.newsroom” is no longer there")
        assert not library.conn.in_transaction
    finally:
        library.close()


def test_a_really_damaged_library_is_still_damaged(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    open_library(path).close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptLibraryError) as info:
        open_library(path)
    assert "is damaged and cannot be opened" in plain(str(info.value))
