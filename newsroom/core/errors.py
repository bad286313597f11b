"""Errors whose message can be shown to a journalist as it is."""

from __future__ import annotations

from pathlib import Path

from newsroom.core.i18n import translate


class NewsroomError(Exception):
    """Base class: ``str(error)`` is a complete sentence for the user."""


class LibraryError(NewsroomError):
    """A library file cannot be opened or used."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class NotALibraryError(LibraryError):
    """The file is not a Newsroom library (text, foreign SQLite, empty...)."""


class CorruptLibraryError(LibraryError):
    """The file is a damaged Newsroom library."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer Newsroom; it may be opened read-only."""

    def __init__(self, path: Path | str, file_version: int, supported: int) -> None:
        self.file_version = file_version
        self.supported = supported
        super().__init__(
            path,
            translate(
                "NewerLibraryError",
                "“{name}” was saved by a newer version of Newsroom "
                "(library format {version}; this version knows up to {supported}). "
                "It can be opened read-only, or with a newer Newsroom.",
            ).format(name=Path(path).name, version=file_version, supported=supported),
        )


class NoLibraryError(LibraryError):
    """There is no file at the library's path (and none was to be made)."""


class LibraryLockedError(LibraryError):
    """Another Newsroom process has the library open."""


class ReadOnlyError(NewsroomError):
    """A change was attempted on a library opened read-only."""


class NotFoundError(NewsroomError):
    """An article, section or other record does not exist."""


class ImportFormatError(NewsroomError):
    """A file to import is malformed; the message names the file and the problem."""


class WorkflowError(NewsroomError):
    """A status change the workflow does not allow, or that the checklist blocks."""


class BackupError(NewsroomError):
    """A backup could not be made; the message names the file and says why."""


class BackupCancelled(BackupError):
    """The backup was stopped on request; nothing was written."""
