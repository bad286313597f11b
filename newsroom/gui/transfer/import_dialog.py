"""File › Import…, files dropped on the window and files named on the command line.

The files import one after the other off the GUI thread, on a writable connection
of their own, while a progress dialog (shown once the import takes longer than a
moment) names the file being read; Cancel stops before the next file. Each file is
imported whole or not at all, and one that cannot be read does not stop the others:
the report at the end names each one that failed and why.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QWidget

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.importers import FILE_TYPES, can_import
from newsroom.core.library import Library
from newsroom.gui.tasks import TaskManager
from newsroom.gui.transfer.batch_runner import BatchRunner


def import_filter() -> str:
    """The Import dialog's filter: every kind at once first, then each kind."""
    everything = translate("ImportDialog", "Everything Newsroom imports ({patterns})").format(
        patterns=" ".join(p for _, ps in FILE_TYPES for p in ps)
    )
    return ";;".join(
        [everything]
        + [f"{translate('Importers', name)} ({' '.join(ps)})" for name, ps in FILE_TYPES]
    )


def __getattr__(name: str) -> str:
    """``FILTER``: :func:`import_filter`, in the language of the moment it is asked for."""
    if name == "FILTER":
        return import_filter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def importable_files(mime: QMimeData) -> list[Path]:
    """The files of a drag that Newsroom imports (all of them, or none)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(mime.urls()):
        return []
    return paths if all(can_import(p) for p in paths) else []


@dataclass
class ImportReport:
    """What one import did: the articles made (their ids, in order), the files that
    failed (their messages), the warnings, and whether Cancel stopped it."""

    total: int
    article_ids: list[int] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files_done: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        words = translate(
            "ImportReport",
            "Imported %n article(s) from {done} of {total} files.",
            None,
            len(self.article_ids),
        ).format(done=self.files_done - len(self.failed), total=self.total)
        if self.cancelled:
            left = self.total - self.files_done
            words += " " + translate("ImportReport", "Stopped before the other %n.", None, left)
        if self.failed:
            words += " " + translate(
                "ImportReport",
                "%n could not be imported; nothing of them was kept.",
                None,
                len(self.failed),
            )
        return words


def run_imports(
    library: Library,
    files: Sequence[Path],
    *,
    section_id: int | None,
    cancel: threading.Event,
    progress: Callable[[int, str], None],
) -> ImportReport:
    """The import itself, for a pool thread: its own connection to ``library``."""
    from newsroom.core.importers.files import import_file

    report = ImportReport(len(files))
    conn = library.sibling(read_only=False)
    try:
        for number, path in enumerate(files):
            if cancel.is_set():
                report.cancelled = True
                break
            progress(number, path.name)
            try:
                results = import_file(conn, path, section_id=section_id)
            except NewsroomError as exc:
                report.failed.append(str(exc))
            except (sqlite3.Error, OSError) as exc:
                report.failed.append(
                    translate(
                        "ImportDialog", "{file}: the library could not store it ({error})."
                    ).format(file=path, error=exc)
                )
            else:
                report.article_ids.extend(r.article.id for r in results if r.article.id)
                report.warnings.extend(w for r in results for w in r.warnings)
            report.files_done = number + 1
    finally:
        conn.close()
    return report


class ImportRunner(BatchRunner):
    """One import of ``files`` with its progress dialog; :attr:`finished` gives the
    :class:`ImportReport` (with the failure, if the import could not start at all)."""

    def __init__(
        self,
        library: Library,
        files: Sequence[Path],
        tasks: TaskManager,
        parent: QWidget,
        *,
        section_id: int | None = None,
    ) -> None:
        super().__init__(
            tasks,
            parent,
            total=len(files),
            title=translate("ImportRunner", "Import"),
            doing=translate("ImportRunner", "Importing"),
            stopping=translate("ImportRunner", "Stopping after the file being read…"),
        )
        self.library = library
        self.files = list(files)
        self.section_id = section_id

    def start(self) -> None:
        library, files, section_id = self.library, self.files, self.section_id

        def failed(exc: BaseException) -> ImportReport:
            report = ImportReport(len(files))
            report.failed.append(
                translate("ImportRunner", "The import could not run: {error}").format(error=exc)
            )
            return report

        self.run(
            translate("ImportRunner", "import files"),
            lambda cancel, progress: run_imports(
                library,
                files,
                section_id=section_id,
                cancel=cancel,
                progress=lambda n, name: progress(
                    n, translate("ImportRunner", "“{file}”").format(file=name)
                ),
            ),  # fmt: skip
            failed,
        )
