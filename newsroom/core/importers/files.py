"""Reading a file of any kind Newsroom imports, and storing what it holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from newsroom.core.errors import ImportFormatError
from newsroom.core.i18n import translate
from newsroom.core.importers import SUFFIXES
from newsroom.core.library import Library
from newsroom.core.transfer import ImportResult, Parsed, store

Reader = Callable[[Library, Path, bytes], list[Parsed]]

#: Larger files are refused before they are read: no article is this long, and a
#: Word document full of uncompressed photos should have them made smaller first.
MAX_FILE_BYTES = 200 * 1024 * 1024


def _reader(suffix: str) -> Reader | None:
    # Each format's libraries are loaded when a file of it comes.
    if suffix in (".md", ".markdown", ".txt"):
        from newsroom.core.importers import markdown

        return markdown.read
    if suffix == ".docx":
        from newsroom.core.importers import word

        return word.read
    if suffix in (".html", ".htm"):
        from newsroom.core.importers import web_page

        return web_page.read
    if suffix == ".xml":
        from newsroom.core.importers import wxr

        return wxr.read
    return None


def read(library: Library, path: Path) -> list[Parsed]:
    """The articles ``path`` holds, read and checked, nothing stored. Raises
    :class:`ImportFormatError` with a message that names the file."""
    reader = _reader(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(SUFFIXES))
        raise ImportFormatError(
            translate(
                "Importers", "{path}: Newsroom cannot import this kind of file ({kinds})."
            ).format(path=path, kinds=kinds)
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFormatError(
                translate(
                    "Importers",
                    "{path}: the file is {size} MB; Newsroom imports files of up to {most} MB.",
                ).format(
                    path=path,
                    size=f"{size / 1024 / 1024:,.0f}",
                    most=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFormatError(
            translate("Importers", "{path}: there is no such file.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise ImportFormatError(
            translate("Importers", "{path}: this is a folder, not a file.").format(path=path)
        ) from None
    except OSError as exc:
        raise ImportFormatError(
            translate("Importers", "{path}: the file cannot be read ({problem}).").format(
                path=path, problem=exc.strerror
            )
        ) from None
    parsed = reader(library, path, data)
    if not parsed:
        raise ImportFormatError(
            translate("Importers", "{path}: there is no article in this file.").format(path=path)
        )
    return parsed


def import_file(
    library: Library,
    path: Path,
    *,
    section_id: int | None = None,
    replace_existing: bool = False,
) -> list[ImportResult]:
    """Import every article ``path`` holds, all or none of them. ``section_id`` is the
    section of the articles whose file names none."""
    if section_id is not None and section_id not in library.section_tree().by_id:
        raise ImportFormatError(
            translate(
                "Importers",
                "{path}: the section chosen for the import is no longer in the library.",
            ).format(path=path)
        )
    parsed = read(library, path)
    if section_id is not None:
        parsed = [
            p if p.article.section_id is not None
            else replace(p, article=replace(p.article, section_id=section_id))
            for p in parsed
        ]  # fmt: skip
    with library.transaction():
        return [store(library, p, str(path), replace_existing=replace_existing) for p in parsed]
