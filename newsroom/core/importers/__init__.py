"""Files from elsewhere become articles: Markdown, Word documents, web pages and
WordPress export files (WXR).

Each format is one module with a ``read(library, path, data)`` that gives the
articles the file holds (:class:`~newsroom.core.transfer.Parsed`) without writing
anything; :func:`~newsroom.core.importers.files.import_file` stores them, with
their images, in one transaction: a file that cannot be read leaves nothing of
itself in the library.

This module only says which files those are, and loads nothing: the command line
asks it on every start.
"""

from __future__ import annotations

from pathlib import Path

#: What the Import dialog offers, name and patterns.
FILE_TYPES = (
    ("Markdown", ("*.md", "*.markdown", "*.txt")),
    ("Word documents", ("*.docx",)),
    ("Web pages", ("*.html", "*.htm")),
    ("WordPress export files", ("*.xml",)),
)
SUFFIXES = frozenset(
    pattern.removeprefix("*") for _, patterns in FILE_TYPES for pattern in patterns
)


def can_import(path: Path) -> bool:
    """Whether ``path``'s kind of file is one Newsroom imports (by its name)."""
    return path.suffix.lower() in SUFFIXES
