"""A consistent copy of a library, made while it is open and in use.

The copy is read through SQLite's online backup from a read-only connection of its
own that holds one read transaction from the first page to the last: the copy is
the library as it was when the backup began, however much is written meanwhile
(WAL readers never block the writer, and the backup never has to start over). It
is written under a temporary name beside the destination, checked with
``PRAGMA integrity_check`` and only then moved into place, so a failed or cancelled
backup leaves no half file and never replaces a good one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import filelock

from newsroom.core.errors import BackupCancelled, BackupError
from newsroom.core.i18n import translate
from newsroom.core.library import LOCK_SUFFIX, Library, open_library
from newsroom.core.paths import LIBRARY_SUFFIX

#: Pages copied in one step; progress is reported and Cancel looked at between steps.
STEP_PAGES = 256
#: While the copy is checked, Cancel is looked at after this many steps of SQLite's work.
CHECK_INSTRUCTIONS = 100_000

#: Called with (pages copied, pages in all).
Progress = Callable[[int, int], None]
#: Returns True once the backup should stop.
Cancel = Callable[[], bool]


def backup_name(library_path: Path | str, when: datetime | None = None) -> str:
    """The file name a backup of ``library_path`` is given in a folder: the library's
    name and the local time, ``Desk-2026-03-01-0930.newsroom``."""
    when = when or datetime.now()
    return f"{Path(library_path).stem}-{when:%Y-%m-%d-%H%M}{LIBRARY_SUFFIX}"


def back_up(
    library: Library | Path | str,
    destination: Path | str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Copy ``library`` (an open library, or the path of one) to ``destination``.

    Safe while the library is being written, by this process or another. Returns
    the destination's full path. Raises :class:`BackupCancelled` when ``cancel``
    says so, and :class:`BackupError` when the copy cannot be made; either way no
    file is left behind and an existing ``destination`` is left as it was.
    """
    if isinstance(library, Library):
        source = library.sibling(read_only=True)
    else:
        source = open_library(library, read_only=True, create=False)
    try:
        return _back_up(source, Path(destination).expanduser().absolute(), progress, cancel)
    finally:
        source.close()


def _back_up(
    source: Library, destination: Path, progress: Progress | None, cancel: Cancel | None
) -> Path:
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.backup")
    stopped = _stopper(destination, cancel)
    try:
        try:
            _check_destination(source.path, destination)
            _remove(temp)
            stopped()
            _copy(source, temp, destination, progress, stopped)
            stopped()
            os.replace(temp, destination)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, source.path, destination) from exc
        except OSError as exc:
            raise _os_error(exc, destination) from exc
    except BaseException:
        _remove(temp)
        raise
    return destination


def _copy(
    source: Library,
    temp: Path,
    destination: Path,
    progress: Progress | None,
    stopped: Callable[[], None],
) -> None:
    """The backup itself, into ``temp``, and its check."""
    target = sqlite3.connect(temp, isolation_level=None)
    try:
        conn = source.conn
        conn.execute("BEGIN")
        try:
            # The read transaction starts with the first read: the snapshot is taken here.
            total = int(conn.execute("PRAGMA page_count").fetchone()[0])
            if progress is not None:
                progress(0, total)

            def step(_status: int, remaining: int, pages: int) -> None:
                stopped()
                if progress is not None:
                    progress(pages - remaining, pages)

            conn.backup(target, pages=STEP_PAGES, progress=step)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        # A plain one-file copy (the library's own WAL mode comes back when it is opened).
        target.execute("PRAGMA journal_mode = DELETE")
        _check_copy(target, source.path, destination, stopped)
    finally:
        target.close()


def _check_copy(
    target: sqlite3.Connection, library: Path, destination: Path, stopped: Callable[[], None]
) -> None:
    def look() -> int:
        """Non-zero interrupts the check (an exception here would only be printed)."""
        try:
            stopped()
        except BackupCancelled:
            return 1
        return 0

    target.set_progress_handler(look, CHECK_INSTRUCTIONS)
    try:
        result = [row[0] for row in target.execute("PRAGMA integrity_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        stopped()  # interrupted by Cancel
        result = [str(exc)]
    finally:
        target.set_progress_handler(None, 0)
    if result != ["ok"]:
        raise BackupError(
            translate(
                "Backup",
                "The copy of “{name}” did not pass its check ({problem}), so it was "
                "not saved. “{name}” itself may be damaged.",
            ).format(name=library.name, problem=result[0])
            + _kept(destination)
        )


def _stopper(destination: Path, cancel: Cancel | None) -> Callable[[], None]:
    """A function that raises :class:`BackupCancelled` once ``cancel`` says so."""

    def stopped() -> None:
        if cancel is not None and cancel():
            raise BackupCancelled(
                translate(
                    "Backup", "The backup to “{name}” was cancelled; nothing was written."
                ).format(name=destination.name)
                + _kept(destination)
            )

    return stopped


def _check_destination(library: Path, destination: Path) -> None:
    name, folder = destination.name, destination.parent
    if destination.resolve() == library.resolve() or (
        destination.exists() and os.path.samefile(destination, library)
    ):
        raise BackupError(
            translate(
                "Backup",
                "“{name}” is the library itself: choose another name or folder for the backup.",
            ).format(name=name)
        )
    if destination.is_dir():
        raise BackupError(
            translate(
                "Backup", "“{folder}” is a folder: choose a file name for the backup."
            ).format(folder=destination)
        )
    if not folder.is_dir():
        raise BackupError(_no_folder(name, folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(
            translate(
                "Backup", "“{name}” cannot be written: you may not write in the folder “{folder}”."
            ).format(name=name, folder=folder)
        )
    if _in_use(destination):
        raise BackupError(
            translate(
                "Backup",
                "“{name}” is a library that is open, or was not closed properly: "
                "choose another name for the backup.",
            ).format(name=name)
        )


def _no_folder(name: str, folder: Path) -> str:
    return translate(
        "Backup", "“{name}” cannot be written: the folder “{folder}” does not exist."
    ).format(name=name, folder=folder)


def _in_use(destination: Path) -> bool:
    """Whether ``destination`` is a library open somewhere, or has changes not yet
    written into it, which would be applied to whatever file takes its place."""
    for suffix in ("-wal", "-journal"):
        side = destination.with_name(destination.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            return True
    lock_path = Path(str(destination) + LOCK_SUFFIX)
    if not lock_path.exists():
        return False
    lock = filelock.FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except (filelock.Timeout, OSError):
        return True
    lock.release()
    return False


def _kept(destination: Path) -> str:
    if not destination.exists():
        return ""
    return " " + translate("Backup", "“{name}” was left as it was.").format(name=destination.name)


def _full(name: str) -> str:
    return translate("Backup", "“{name}” could not be written: the disk is full.").format(name=name)


def _forbidden(name: str, folder: Path) -> str:
    return translate(
        "Backup", "“{name}” could not be written: you may not write in the folder “{folder}”."
    ).format(name=name, folder=folder)


def _sqlite_error(exc: sqlite3.Error, library: Path, destination: Path) -> BackupError:
    name, kept = destination.name, _kept(destination)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return BackupError(_full(name) + kept)
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return BackupError(_forbidden(name, destination.parent) + kept)
    if code == sqlite3.SQLITE_IOERR:
        return BackupError(
            translate(
                "Backup", "“{name}” could not be written: the disk reported an error."
            ).format(name=name)
            + kept
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return BackupError(
            translate(
                "Backup",
                "“{name}” could not be read: it is damaged ({problem}). No backup was made.",
            ).format(name=library.name, problem=exc)
            + kept
        )
    return BackupError(
        translate("Backup", "The backup to “{name}” failed ({problem}).").format(
            name=name, problem=exc
        )
        + kept
    )


def _os_error(exc: OSError, destination: Path) -> BackupError:
    name, kept = destination.name, _kept(destination)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupError(_full(name) + kept)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupError(_forbidden(name, destination.parent) + kept)
    if exc.errno == errno.ENOENT:
        return BackupError(_no_folder(name, destination.parent))
    return BackupError(
        translate("Backup", "“{name}” could not be written ({problem}).").format(
            name=name, problem=exc.strerror or exc
        )
        + kept
    )


def _remove(temp: Path) -> None:
    """``temp`` and the files SQLite may keep beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):  # never hide the error that brought us here
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
