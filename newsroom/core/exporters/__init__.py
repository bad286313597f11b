"""Copy out: one article of the library as a file, in one of :data:`FORMATS`.

- ``html``: the page as the preview shows it, self-contained (images inside);
- ``md``: Markdown with YAML front matter, which imports back as the same article;
- ``docx``: a Word document for an editor or a lawyer to read (python-docx);
- ``ninjs``: the IPTC ninjs 2.2 JSON the ninjs target sends, images named by file.

:func:`export_article` makes the bytes; :func:`write_export` writes them (with any
files that go beside them: the images a ninjs item names) and never replaces a file
unless told to. Every image that goes into an export comes from
:func:`newsroom.core.exporters.images.image_for_export`.

Each format's libraries (python-docx, the page template) are loaded when a file of
that format is first made, not when the command line or the window starts.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library


class ExportError(NewsroomError):
    """An export could not be made or written; the message says which and why."""


@dataclass(frozen=True)
class ExportFormat:
    """One kind of file an article is exported as."""

    name: str  # as the command line takes it: --format NAME
    english_label: str  # as a person reads it, in a file dialog (see label)
    english_noun: str  # one file of it: "a Word document" (see noun)
    suffix: str  # with its dot
    #: Text that may go to a terminal (standard output); a Word document may not.
    text: bool

    @property
    def label(self) -> str:
        """The kind of file as a person reads it, in a file dialog: "Word documents"."""
        return translate("ExportFormat", self.english_label)

    @property
    def noun(self) -> str:
        """One file of it: "a Word document"."""
        return translate("ExportFormat", self.english_noun)

    @property
    def filter(self) -> str:
        """The file dialog's filter: ``Word documents (*.docx)``."""
        return f"{self.label} (*{self.suffix})"


#: In the order the file dialog lists them.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "html",
            QT_TRANSLATE_NOOP("ExportFormat", "Web pages"),
            QT_TRANSLATE_NOOP("ExportFormat", "a web page"),
            ".html",
            text=True,
        ),
        ExportFormat(
            "md",
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown with front matter"),
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown"),
            ".md",
            text=True,
        ),
        ExportFormat(
            "docx",
            QT_TRANSLATE_NOOP("ExportFormat", "Word documents"),
            QT_TRANSLATE_NOOP("ExportFormat", "a Word document"),
            ".docx",
            text=False,
        ),
        ExportFormat(
            "ninjs",
            QT_TRANSLATE_NOOP("ExportFormat", "IPTC ninjs news items"),
            QT_TRANSLATE_NOOP("ExportFormat", "a ninjs news item"),
            ".json",
            text=True,
        ),
    )
}


@dataclass(frozen=True)
class Exported:
    """An article as a file: its bytes, and the files that go beside it (by name)."""

    data: bytes
    beside: tuple[tuple[str, bytes], ...] = ()


def export_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ExportError(
            translate("Exporters", "Newsroom does not export “{name}”; it exports {known}.").format(
                name=name, known=known
            )
        ) from None


def _maker(name: str) -> Callable[[Library, int], Exported]:
    export_format(name)
    if name == "html":
        from newsroom.core.exporters import html_page

        return html_page.export
    if name == "md":
        from newsroom.core.exporters import markdown

        return markdown.export
    if name == "docx":
        from newsroom.core.exporters import word

        return word.export
    from newsroom.core.exporters import ninjs

    return ninjs.export


def export_files(library: Library, article_id: int, fmt: str) -> Exported:
    """The article ``article_id`` as a file of format ``fmt``, with what goes beside it.
    Raises :class:`NewsroomError` with a message for the journalist."""
    return _maker(fmt)(library, article_id)


def export_article(library: Library, article_id: int, fmt: str) -> bytes:
    """The article ``article_id`` as a file of format ``fmt`` (see :data:`FORMATS`)."""
    return export_files(library, article_id, fmt).data


def file_name(slug: str, fmt: str) -> str:
    """The name an article's file is given in a folder: its slug and the suffix."""
    return f"{slug or 'article'}{export_format(fmt).suffix}"


def with_suffix(path: Path, fmt: str) -> Path:
    """``path`` ending in the format's suffix (added when it does not already)."""
    suffix = export_format(fmt).suffix
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def destinations(folder: Path, slugs: Sequence[str], fmt: str) -> list[Path]:
    """Where articles with these slugs go in ``folder``: one file each, named by its
    slug (``article-2.md`` when two would have the same name)."""
    taken: set[str] = set()
    paths: list[Path] = []
    for slug in slugs:
        name = file_name(slug, fmt)
        stem, suffix = name[: -len(export_format(fmt).suffix)], export_format(fmt).suffix
        number = 1
        while name.lower() in taken:
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name.lower())
        paths.append(folder / name)
    return paths


def write_export(
    library: Library,
    article_id: int,
    fmt: str,
    path: Path,
    *,
    force: bool = False,
    batch: set[Path] | None = None,
) -> list[Path]:
    """Write the article to ``path``, and what goes beside it into the same folder; the
    paths written. Each file is written whole or not at all, and every check is made
    before anything is written.

    A file that is already there is replaced only with ``force`` (a file beside it that
    holds the very same bytes, such as an image two articles share, is left as it is).
    ``batch`` holds the files written by the export this one is part of: another image
    of the same name is never written over one of those, even with ``force``."""
    if not force and path.exists():
        raise ExportError(_exists(path))
    made = export_files(library, article_id, fmt)
    plan = [(path, made.data)]
    for name, data in made.beside:
        target = path.parent / name
        if _holds(target, data):
            continue
        if batch is not None and target in batch:
            raise ExportError(
                translate(
                    "Exporters",
                    "Its image “{name}” has the same name as another article's image just "
                    "exported into {folder}; export it into a folder of its own.",
                ).format(name=name, folder=path.parent)
            )
        if not force and target.exists():
            raise ExportError(_exists(target))
        plan.append((target, data))
    for target, data in plan:
        write_file(target, data)
    if batch is not None:
        batch.update(target for target, _ in plan)
    return [target for target, _ in plan]


def _exists(path: Path) -> str:
    return translate("Exporters", "“{path}” already exists; Newsroom does not replace it.").format(
        path=path
    )


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: into a temporary file beside it,
    which then takes its name. Raises :class:`ExportError` saying why not."""
    folder = path.parent
    temporary = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    except FileNotFoundError:
        raise ExportError(
            translate(
                "Exporters", "“{name}” cannot be written: the folder {folder} does not exist."
            ).format(name=path.name, folder=folder)
        ) from None
    except OSError as exc:
        raise ExportError(
            translate("Exporters", "“{name}” cannot be written in {folder}: {problem}.").format(
                name=path.name, folder=folder, problem=_why(exc)
            )
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            translate("Exporters", "“{name}” could not be written in {folder}: {problem}.").format(
                name=path.name, folder=folder, problem=_why(exc)
            )
        ) from None


_BINARY = getattr(os, "O_BINARY", 0)  # Windows


def _why(exc: OSError) -> str:
    """``No space left on device`` → ``no space left on device``."""
    words = exc.strerror or str(exc)
    return words[:1].lower() + words[1:]
