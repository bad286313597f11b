"""What went wrong with the disk under a library, told apart and said plainly.

SQLite and the operating system report a full disk, a read-only medium, a file that
vanished (a USB stick or a network drive pulled out) and a damaged file with codes that
overlap: a full disk can show as "disk I/O error" when SQLite cannot grow its shared
memory file, and a read-only medium as "unable to open database file". :func:`storage_error`
turns any of them into one of the errors below, each with a sentence a journalist can
act on. Only a file that is really damaged is called damaged
(:class:`~newsroom.core.errors.CorruptLibraryError`): a journalist told that their
library is damaged may delete it.

    DiskFullError         the disk is full; how much to free is in the message
    ReadOnlyMediumError   the disk, the folder or the file cannot be written
    LibraryGoneError      the file, or the disk holding it, is no longer there
    LibraryBusyError      another program held the file longer than Newsroom waits
    CorruptLibraryError   the file is damaged
    StorageError          any other failure to read or write it

:func:`file_error` says the same of any other file (one to import, export or back up to).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from newsroom.core.errors import CorruptLibraryError, LibraryError, ReadOnlyError
from newsroom.core.i18n import translate

#: What a write to a library needs beyond its own bytes: the write-ahead log's
#: growth, SQLite's shared memory file and a checkpoint's pages.
HEADROOM = 1024 * 1024


class StorageError(LibraryError):
    """A file could not be read or written; the file itself is sound."""


class DiskFullError(StorageError):
    """The disk holding the file is full; ``needed`` is how many bytes to free."""

    def __init__(self, path: Path | str, message: str, needed: int) -> None:
        self.needed = needed
        super().__init__(path, message)


class ReadOnlyMediumError(StorageError, ReadOnlyError):
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


def medium_read_only(path: Path) -> bool:
    """Whether the file system holding ``path`` (or its nearest folder) is mounted
    read-only: a write-protected USB stick, a CD, a share mounted so."""
    for place in (path, *path.parents):
        try:
            return bool(os.statvfs(place).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False


_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTCONN}
#: The SQLite result codes (extended ones begin with these) of a file that could not be
#: read or written, as opposed to a mistake in a statement or a broken constraint.
_STORAGE_CODES = (
    "SQLITE_FULL",
    "SQLITE_IOERR",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_PERM",
    "SQLITE_NOLFS",
)
_STORAGE_TEXTS = (
    "disk is full",
    "disk i/o error",
    "readonly database",
    "unable to open database",
    "database is locked",
    "malformed",
    "not a database",
)


def is_storage_failure(exc: BaseException) -> bool:
    """Whether ``exc`` says a file could not be read or written (or is damaged), rather
    than that a statement was wrong: only those become a :class:`StorageError`."""
    if isinstance(exc, OSError):
        return True
    if not isinstance(exc, sqlite3.Error):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(_STORAGE_CODES)
    text = str(exc).lower()
    return any(words in text for words in _STORAGE_TEXTS)


def _is_full(path: Path, writing: int) -> bool:
    free = free_space(path)
    return free is not None and free < HEADROOM + writing


def _gone(path: Path) -> bool:
    try:
        return not path.exists()
    except OSError:
        return True


def kind_by_code(exc: BaseException) -> str | None:
    """What the codes of ``exc`` alone say (damaged, full, gone, read-only or busy), with
    no look at the disk; None when they say none of these."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or (
        not name
        and isinstance(exc, sqlite3.DatabaseError)
        and not isinstance(exc, sqlite3.OperationalError)
        and ("malformed" in text or "not a database" in text)
    ):
        return "damaged"
    if number in _FULL or name == "SQLITE_FULL" or "disk is full" in text:
        return "full"
    if number in _GONE:
        return "gone"
    if (
        number in _READ_ONLY
        or name.startswith(("SQLITE_READONLY", "SQLITE_PERM"))
        or "readonly database" in text
    ):
        return "read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "busy"
    return None


def _kind(exc: BaseException, path: Path, writing: int, new: bool) -> str:
    """What ``exc`` means for the file at ``path``: full, gone, read-only, busy, damaged
    or other. ``new``: the file is being made, so only its folder must be there."""
    said = kind_by_code(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if said in ("damaged", "full"):
        return said
    if said == "gone" or _gone(path.parent if new else path):
        return "gone"  # a pulled USB stick also fails with "disk I/O error" or EIO
    if said is not None:
        return said
    if medium_read_only(path):
        return "read-only"
    if name.startswith("SQLITE_CANTOPEN") and not os.access(path.parent, os.W_OK):
        return "read-only"  # the folder cannot take the -wal and -shm files
    if _is_full(path, writing):  # "disk I/O error" when SQLite could not grow a file
        return "full"
    return "other"


def storage_error(
    exc: BaseException, path: Path | str, *, writing: int = 0, new: bool = False
) -> LibraryError:
    """The error to show for ``exc``, raised while reading or writing the library at
    ``path`` (``writing``: about how many bytes were being written; ``new``: the
    library is being created)."""
    path = Path(path)
    if isinstance(exc, LibraryError):
        return exc
    kind = _kind(exc, path, writing, new)
    if kind == "damaged":
        return CorruptLibraryError(
            path,
            translate(
                "Library",
                "“{name}” is damaged and cannot be opened ({problem}). It was left untouched.",
            ).format(name=path.name, problem=exc),
        )
    if kind == "full":
        return disk_full(path, writing, new=new)
    if kind == "gone":
        return library_gone(path)
    if kind == "read-only":
        return read_only_medium(path)
    if kind == "busy":
        return LibraryBusyError(
            path,
            translate(
                "Storage",
                "“{name}” is in use by another program (a backup or a sync tool?); "
                "nothing was lost. It can be written again once that program lets go of it.",
            ).format(name=path.name),
        )
    return StorageError(
        path,
        translate(
            "Storage",
            "“{name}” could not be read or written ({problem}). The disk that holds it "
            "reported an error; the library itself was left as it was.",
        ).format(name=path.name, problem=_problem(exc)),
    )


def library_gone(path: Path) -> LibraryGoneError:
    """The library at ``path`` vanished while it was in use (or the disk holding it)."""
    return LibraryGoneError(
        path,
        translate(
            "Storage",
            "“{name}” is no longer there: the disk or the network drive that held it "
            "may have been disconnected. Connect it again.",
        ).format(name=path.name),
    )


def read_only_medium(path: Path) -> ReadOnlyMediumError:
    """The library at ``path`` cannot be written: its disk or folder is read-only."""
    return ReadOnlyMediumError(
        path,
        translate(
            "Storage",
            "“{name}” cannot be written: the disk or the folder that holds it is "
            "read-only. Open it read-only, or copy it to a disk you can write to.",
        ).format(name=path.name),
    )


def disk_full(path: Path, writing: int = 0, *, new: bool = False) -> DiskFullError:
    """The library at ``path`` cannot take ``writing`` more bytes (``new``: cannot be
    made): its disk is full."""
    needed = space_needed(path, writing)
    if new:
        message = translate(
            "Storage",
            "The disk that holds “{name}” is full, so the library could not be made there. "
            "Free at least {size} on it, or choose another place.",
        )
    else:
        message = translate(
            "Storage",
            "The disk that holds “{name}” is full. Free at least {size} on it; "
            "nothing was lost, and the library is not damaged.",
        )
    return DiskFullError(path, message.format(name=path.name, size=file_size(needed)), needed)


def file_error(exc: OSError, path: Path | str | None = None, *, writing: int = 0) -> StorageError:
    """The error to show for ``exc``, raised while reading or writing a file that is not
    the library (one to import, an export, a backup): the same kinds, said of a file."""
    named = path if path is not None else exc.filename
    if not named:  # a write to a file already open: the system does not say which
        if kind_by_code(exc) == "full":
            return DiskFullError(
                Path(),
                translate("Storage", "The disk is full. Free some space on it and try again."),
                HEADROOM,
            )
        return StorageError(
            Path(),
            translate("Storage", "A file could not be read or written ({problem}).").format(
                problem=_problem(exc)
            ),
        )
    where = Path(named)
    kind = _kind(exc, where, writing, new=True)
    if kind == "full":
        needed = space_needed(where, writing)
        return DiskFullError(
            where,
            translate(
                "Storage", "The disk that holds “{file}” is full. Free at least {size} on it."
            ).format(file=where, size=file_size(needed)),
            needed,
        )
    if exc.errno in _GONE or kind == "gone":
        return LibraryGoneError(
            where,
            translate(
                "Storage",
                "“{file}” is not there (if it is on a disk or a network drive, is it connected?).",
            ).format(file=where),
        )
    if kind == "read-only":
        return ReadOnlyMediumError(
            where,
            translate(
                "Storage",
                "“{file}” cannot be written: the disk or the folder that holds it is "
                "read-only, or you may not write there.",
            ).format(file=where),
        )
    return StorageError(
        where,
        translate("Storage", "“{file}” could not be read or written ({problem}).").format(
            file=where, problem=_problem(exc)
        ),
    )


def _problem(exc: BaseException) -> str:
    """What the system said, without Python's "[Errno 5]" and file name."""
    return str(getattr(exc, "strerror", None) or exc)
