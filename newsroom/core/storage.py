"""What went wrong with the disk under a library, told apart and said plainly.

SQLite and the operating system report a full disk, a read-only medium, a file that
vanished (a USB stick or a network drive pulled out) and a damaged file with codes that
overlap: a full disk can show as "disk I/O error" when SQLite cannot grow its shared
memory file. :func:`storage_error` turns any of them into one of the errors below, each
with a sentence a journalist can act on. Only a file that is really damaged is called
damaged (:class:`~newsroom.core.errors.CorruptLibraryError`): a journalist told that
their library is damaged may delete it.

    DiskFullError         the disk is full; how much to free is in the message
    ReadOnlyMediumError   the disk, the folder or the file cannot be written
    LibraryGoneError      the file, or the disk holding it, is no longer there
    LibraryBusyError      another program held the file longer than Newsroom waits
    CorruptLibraryError   the file is damaged
    StorageError          any other failure to read or write it
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from newsroom.core.errors import CorruptLibraryError, LibraryError
from newsroom.core.i18n import translate

#: What a write to a library needs beyond its own bytes: the write-ahead log's
#: growth, SQLite's shared memory file and a checkpoint's pages.
HEADROOM = 1024 * 1024


class StorageError(LibraryError):
    """The library's file could not be read or written; the file itself is sound."""


class DiskFullError(StorageError):
    """The disk holding the library is full; ``needed`` is how many bytes to free."""

    def __init__(self, path: Path | str, message: str, needed: int) -> None:
        self.needed = needed
        super().__init__(path, message)


class ReadOnlyMediumError(StorageError):
    """The disk, the folder or the file cannot be written to."""


class LibraryGoneError(StorageError):
    """The file, or the disk or drive that held it, is gone."""


class LibraryBusyError(StorageError):
    """Another program kept the file locked for longer than Newsroom waits."""


def file_size(size: int) -> str:
    """``size`` bytes as a person reads it: 512 bytes, 48 KB, 3.2 MB, 1.4 GB."""
    if size < 1024:
        return translate("Backup", "{size} bytes").format(size=size)
    if size < 1024**2:
        return translate("Backup", "{size} KB").format(size=f"{size / 1024:.0f}")
    if size < 1024**3:
        return translate("Backup", "{size} MB").format(size=f"{size / 1024**2:.1f}")
    return translate("Backup", "{size} GB").format(size=f"{size / 1024**3:.1f}")


def free_space(path: Path) -> int | None:
    """Bytes free on the disk holding ``path`` (or its folder); None if unknown."""
    for place in (path, *path.parents):
        try:
            return shutil.disk_usage(place).free
        except OSError:
            continue
    return None


def space_needed(path: Path, writing: int = 0) -> int:
    """Bytes to free on ``path``'s disk before writing ``writing`` bytes to it."""
    free = free_space(path) or 0
    return max(HEADROOM + 2 * writing - free, 64 * 1024)


_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTCONN}


def _is_full(path: Path, writing: int) -> bool:
    free = free_space(path)
    return free is not None and free < HEADROOM + writing


def _gone(path: Path) -> bool:
    try:
        return not path.exists()
    except OSError:
        return True


def storage_error(exc: BaseException, path: Path | str, *, writing: int = 0) -> LibraryError:
    """The error to show for ``exc``, raised while reading or writing the library at
    ``path`` (``writing``: about how many bytes were being written)."""
    path = Path(path)
    if isinstance(exc, LibraryError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or (
        isinstance(exc, sqlite3.DatabaseError)
        and not isinstance(exc, sqlite3.OperationalError)
        and ("malformed" in text or "not a database" in text)
    ):
        return CorruptLibraryError(
            path,
            translate(
                "Library",
                "“{name}” is damaged and cannot be opened ({problem}). It was left untouched.",
            ).format(name=path.name, problem=exc),
        )
    if number in _FULL or name == "SQLITE_FULL" or "disk is full" in text:
        return disk_full(path, writing)
    if _gone(path) or number in _GONE:
        return LibraryGoneError(
            path,
            translate(
                "Storage",
                "“{name}” is no longer there: the disk or the network drive that held it "
                "may have been disconnected. Connect it again; nothing typed in the window "
                "is lost.",
            ).format(name=path.name),
        )
    if number in _READ_ONLY or name.startswith("SQLITE_READONLY"):
        return ReadOnlyMediumError(
            path,
            translate(
                "Storage",
                "“{name}” cannot be written: the disk or the folder that holds it is "
                "read-only. Open it read-only, or copy it to a disk you can write to.",
            ).format(name=path.name),
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in text:
        return LibraryBusyError(
            path,
            translate(
                "Storage",
                "“{name}” is in use by another program (a backup or a sync tool?). "
                "Newsroom will try again; nothing was lost.",
            ).format(name=path.name),
        )
    if _is_full(path, writing):  # "disk I/O error" when SQLite could not grow a file
        return disk_full(path, writing)
    return StorageError(
        path,
        translate(
            "Storage",
            "“{name}” could not be read or written ({problem}). The disk that holds it "
            "reported an error; the library itself was left as it was.",
        ).format(name=path.name, problem=getattr(exc, "strerror", None) or exc),
    )


def disk_full(path: Path, writing: int = 0) -> DiskFullError:
    needed = space_needed(path, writing)
    return DiskFullError(
        path,
        translate(
            "Storage",
            "The disk that holds “{name}” is full. Free at least {size} on it; "
            "nothing was lost, and the library is not damaged.",
        ).format(name=path.name, size=file_size(needed)),
        needed,
    )
