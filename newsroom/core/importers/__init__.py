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

from newsroom.core.i18n import QT_TRANSLATE_NOOP

#: What the Import dialog offers, name and patterns; the names are shown as
#: ``translate("Importers", name)``.
FILE_TYPES = (
    (QT_TRANSLATE_NOOP("Importers", "Markdown"), ("*.md", "*.markdown", "*.txt")),
    (QT_TRANSLATE_NOOP("Importers", "Word documents"), ("*.docx",)),
    (QT_TRANSLATE_NOOP("Importers", "Web pages"), ("*.html", "*.htm")),
    (QT_TRANSLATE_NOOP("Importers", "WordPress export files"), ("*.xml",)),
)
SUFFIXES = frozenset(
    pattern.removeprefix("*") for _, patterns in FILE_TYPES for pattern in patterns
)


def can_import(path: Path) -> bool:
    """Whether ``path``'s kind of file is one Newsroom imports (by its name)."""
    return path.suffix.lower() in SUFFIXES
