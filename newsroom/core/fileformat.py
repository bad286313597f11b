"""Recognise a library file from its first 100 bytes, without opening it in SQLite.

Reading the header with plain file I/O means a foreign, newer or damaged file
is refused before SQLite could write a journal, a WAL or a schema into it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from newsroom.core.errors import CorruptLibraryError, NotALibraryError
from newsroom.core.i18n import translate
from newsroom.core.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    page_size: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Parse the SQLite header of ``path`` or raise a :class:`LibraryError`."""
    name = path.name
    if path.is_dir():
        raise NotALibraryError(
            path,
            translate("FileFormat", "“{name}” is a folder, not a Newsroom library.").format(
                name=name
            ),
        )
    with path.open("rb") as fh:
        head = fh.read(HEADER_SIZE)
    if not head:
        raise NotALibraryError(
            path,
            translate(
                "FileFormat",
                "“{name}” is an empty file, not a Newsroom library. It was left untouched.",
            ).format(name=name),
        )
    if not head.startswith(SQLITE_MAGIC):
        raise NotALibraryError(
            path,
            translate(
                "FileFormat",
                "“{name}” is not a Newsroom library: it is not a database file "
                "(perhaps a text or Markdown file?). It was left untouched.",
            ).format(name=name),
        )
    if len(head) < HEADER_SIZE:
        raise CorruptLibraryError(
            path,
            translate(
                "FileFormat",
                "“{name}” is damaged: the file ends inside its header. It was left untouched.",
            ).format(name=name),
        )
    raw_page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptLibraryError(
            path,
            translate(
                "FileFormat", "“{name}” is damaged: its header is invalid. It was left untouched."
            ).format(name=name),
        )
    return Header(
        page_size=page_size,
        user_version=int.from_bytes(head[60:64], "big", signed=True),
        application_id=int.from_bytes(head[68:72], "big", signed=False),
    )


def check_is_library(path: Path, header: Header) -> None:
    """Refuse SQLite files that are not Newsroom libraries."""
    if header.application_id != APPLICATION_ID or header.user_version < 1:
        raise NotALibraryError(
            path,
            translate(
                "FileFormat",
                "“{name}” is a database, but not a Newsroom library. It was left untouched.",
            ).format(name=path.name),
        )


def is_read_only_file(path: Path) -> bool:
    """True when the file is marked read-only, or cannot be written by us.

    The mode bits count even for root, who could write anyway: a journalist who
    marks a library read-only means it.
    """
    mode = path.stat().st_mode
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)
