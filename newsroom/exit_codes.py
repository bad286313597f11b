"""The exit statuses of ``newsroom COMMAND``, one per kind of failure, so that a script
can tell a full disk from a site that is down (the README's "Command line" lists them).

A command ends with one line on standard error, ``newsroom: <sentence>``, and one of
these; never with a traceback for a failure of the disk, the network or the input.
:func:`exit_code` picks the status for an error.
"""

from __future__ import annotations

import sys
from enum import IntEnum


class ExitCode(IntEnum):
    #: Done.
    OK = 0
    #: Any other failure; ``sync``: something failed and waits in the outbox; ``import``:
    #: some files were imported and others not.
    FAILED = 1
    #: The command line itself is wrong (an unknown command or option, a missing argument).
    USAGE = 2
    #: Refused: a file that cannot be imported, an unknown article, section or target, a
    #: bad value, a move the workflow forbids, an article not approved for publishing.
    #: Nothing was changed.
    REFUSED = 3
    #: The library is damaged, is not a Newsroom library, or comes from a newer Newsroom.
    DAMAGED = 4
    #: The library is open in another Newsroom, or another program holds it.
    BUSY = 5
    #: The disk is full; the message says how much to free.
    DISK_FULL = 6
    #: The disk, the folder or the file is read-only, or may not be written.
    READ_ONLY = 7
    #: The library or a file is not there (a disk or a network drive disconnected?).
    NOT_FOUND = 8
    #: The site could not be reached (network down, time-out, server error).
    UNREACHABLE = 9
    #: The site refused: the user name or password, or what was sent.
    SITE_REFUSED = 10


#: The status for each kind of failure :func:`newsroom.core.storage.kind_by_code` names.
_BY_KIND = {
    "damaged": ExitCode.DAMAGED,
    "full": ExitCode.DISK_FULL,
    "gone": ExitCode.NOT_FOUND,
    "read-only": ExitCode.READ_ONLY,
    "busy": ExitCode.BUSY,
}


def exit_code(exc: BaseException) -> ExitCode:
    """The exit status of a command that ended with ``exc``."""
    from newsroom.core.errors import (
        CorruptLibraryError,
        LibraryLockedError,
        NewerLibraryError,
        NoLibraryError,
        NotALibraryError,
        NotFoundError,
        ReadOnlyError,
        WorkflowError,
    )
    from newsroom.core.storage import (
        DiskFullError,
        LibraryBusyError,
        LibraryGoneError,
        StorageError,
    )

    kinds: list[tuple[type[BaseException] | tuple[type[BaseException], ...], ExitCode]] = [
        (DiskFullError, ExitCode.DISK_FULL),
        (ReadOnlyError, ExitCode.READ_ONLY),  # and ReadOnlyMediumError
        ((LibraryGoneError, NoLibraryError), ExitCode.NOT_FOUND),
        ((LibraryBusyError, LibraryLockedError), ExitCode.BUSY),
        ((CorruptLibraryError, NotALibraryError, NewerLibraryError), ExitCode.DAMAGED),
        (StorageError, ExitCode.FAILED),
        ((NotFoundError, WorkflowError), ExitCode.REFUSED),
    ]
    # The publishing clients' errors, if publishing was used at all (importing it
    # for nothing would slow every command down).
    if "newsroom.core.publish.base" in sys.modules:
        from newsroom.core.publish.base import AuthFailed, Conflict, Rejected, Temporary
        from newsroom.core.publish.clients import NoClient

        kinds += [
            (NoClient, ExitCode.FAILED),
            (Temporary, ExitCode.UNREACHABLE),
            ((AuthFailed, Rejected, Conflict), ExitCode.SITE_REFUSED),
        ]
    if "httpx" in sys.modules:
        import httpx

        kinds += [
            (httpx.HTTPStatusError, ExitCode.SITE_REFUSED),
            (httpx.TransportError, ExitCode.UNREACHABLE),
        ]
    for kind, code in kinds:
        if isinstance(exc, kind):
            return code
    from newsroom.core.errors import BackupError, LibraryError, NewsroomError
    from newsroom.core.storage import kind_by_code

    # An export or a backup that a full or read-only disk stopped, say.
    cause = exc.__cause__ or exc.__context__
    said = kind_by_code(cause) if cause is not None else None
    if said is not None:
        return _BY_KIND[said]
    if isinstance(exc, LibraryError | BackupError):
        return ExitCode.FAILED
    if "newsroom.core.publish.secrets" in sys.modules:
        from newsroom.core.publish.secrets import SecretError

        if isinstance(exc, SecretError):
            return ExitCode.FAILED  # the system keychain
    if isinstance(exc, NewsroomError):
        return ExitCode.REFUSED  # the input: a file, a name, a value
    return ExitCode.FAILED
