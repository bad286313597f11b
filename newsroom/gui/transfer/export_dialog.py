"""Exporting from the window: File › Export… (the open article, to a file the system's
save dialog names) and the library browser's Export… (many articles, into a folder).

The files are made off the GUI thread, on a read-only connection of their own, while a
progress dialog (shown once the export takes longer than a moment) names the article
being written; Cancel stops before the next one and keeps those written. Each file is
written whole or not at all, and an article that cannot be exported does not stop the
others: the report at the end names each one that failed, and why.

The last folder and format chosen are remembered (``export/folder``, ``export/format``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.exporters import FORMATS, export_format, file_name, with_suffix, write_export
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.gui.tasks import TaskManager
from newsroom.gui.transfer.batch_runner import BatchRunner

TITLE = QT_TRANSLATE_NOOP("ExportDialog", "Export")
FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"
DEFAULT_FORMAT = "html"


@dataclass(frozen=True)
class ExportJob:
    """One article to write, and where."""

    article_id: int
    headline: str
    destination: Path


@dataclass
class ExportReport:
    """What one export did: the files written, the articles that failed (a message
    each, naming the article), and whether Cancel stopped it."""

    total: int
    fmt: str
    written: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    done: int = 0
    cancelled: bool = False

    @property
    def exported(self) -> int:
        return self.done - len(self.failed)

    def summary(self) -> str:
        words = translate(
            "ExportReport", "Exported {exported} of %n article(s) ({format}).", None, self.total
        ).format(exported=self.exported, format=export_format(self.fmt).label)
        if self.cancelled:
            left = self.total - self.done
            words += " " + translate("ExportReport", "Stopped before the other %n.", None, left)
        if self.failed:
            failed = len(self.failed)
            words += " " + translate("ExportReport", "%n could not be exported.", None, failed)
        return words


def _name(headline: str) -> str:
    return translate("ExportDialog", "“{headline}”").format(
        headline=headline or translate("ExportDialog", "Untitled")
    )


def failure_message(job: ExportJob, fmt: str, exc: BaseException) -> str:
    """Why ``job`` was not exported, in words for the journalist, naming the article."""
    noun = export_format(fmt).noun
    article = _name(job.headline)
    if isinstance(exc, NewsroomError):
        return translate("ExportDialog", "{article} was not exported as {noun}. {error}").format(
            article=article, noun=noun, error=exc
        )
    if isinstance(exc, OSError):
        return translate(
            "ExportDialog",
            "{article} was not exported: “{file}” could not be written in {folder} ({reason}).",
        ).format(
            article=article,
            file=job.destination.name,
            folder=job.destination.parent,
            reason=exc.strerror or str(exc),
        )
    return translate("ExportDialog", "{article} could not be made into {noun} ({error}).").format(
        article=article, noun=noun, error=exc or type(exc).__name__
    )


def run_exports(
    library: Library,
    jobs: Sequence[ExportJob],
    fmt: str,
    *,
    force: bool,
    cancel: threading.Event,
    progress: Callable[[int, str], None],
) -> ExportReport:
    """The export itself, for a pool thread: its own connection to ``library``."""
    report = ExportReport(len(jobs), fmt)
    conn = library.sibling(read_only=True)
    batch: set[Path] = set()
    try:
        for number, job in enumerate(jobs):
            if cancel.is_set():
                report.cancelled = True
                break
            progress(number, job.headline)
            try:
                report.written += write_export(
                    conn, job.article_id, fmt, job.destination, force=force, batch=batch
                )
            except Exception as exc:  # one article's failure does not stop the others
                report.failed.append(failure_message(job, fmt, exc))
            report.done = number + 1
    finally:
        conn.close()
    return report


class ExportRunner(BatchRunner):
    """One export of ``jobs`` with its progress dialog; :attr:`finished` gives the
    :class:`ExportReport`."""

    def __init__(
        self,
        library: Library,
        jobs: Sequence[ExportJob],
        fmt: str,
        tasks: TaskManager,
        parent: QWidget,
        *,
        force: bool = False,
        show_after_ms: int = 500,
    ) -> None:
        super().__init__(
            tasks,
            parent,
            total=len(jobs),
            title=translate("ExportDialog", TITLE),
            doing=translate("ExportRunner", "Exporting"),
            stopping=translate("ExportRunner", "Stopping after the article being written…"),
            show_after_ms=show_after_ms,
        )
        self.library = library
        self.jobs = list(jobs)
        self.fmt = fmt
        self.force = force

    def start(self) -> None:
        library, jobs, fmt, force = self.library, self.jobs, self.fmt, self.force

        def failed(exc: BaseException) -> ExportReport:
            report = ExportReport(len(jobs), fmt)
            report.failed.append(
                translate("ExportRunner", "The export could not run: {error}").format(error=exc)
            )
            return report

        self.run(
            translate("ExportRunner", "export articles"),
            lambda cancel, progress: run_exports(
                library,
                jobs,
                fmt,
                force=force,
                cancel=cancel,
                progress=lambda n, headline: progress(n, _name(headline)),
            ),  # fmt: skip
            failed,
        )


def show_report(parent: QWidget, report: ExportReport, tell: Callable[[str], None]) -> None:
    """What the export did: in a message that names each article that failed, or,
    when all went well, in a line given to ``tell`` (the status bar)."""
    if report.failed:
        shown = report.failed[:10]
        if len(report.failed) > 10:
            more = len(report.failed) - 10
            shown.append(translate("ExportDialog", "…and %n more.", None, more))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ExportDialog", TITLE),
            report.summary(),
            parent=parent,
        )
        box.setInformativeText("\n\n".join(shown))
        box.setAccessibleName(translate("ExportDialog", "Export problems"))
        box.exec()
    elif report.total == 1 and report.written and not report.cancelled:
        tell(translate("ExportDialog", "Exported to {file}").format(file=report.written[0]))
    else:
        tell(report.summary())


# -- the settings ------------------------------------------------------------------------
def remembered_format(settings: QSettings) -> str:
    name = str(settings.value(FORMAT_KEY, DEFAULT_FORMAT))
    return name if name in FORMATS else DEFAULT_FORMAT


def remembered_folder(settings: QSettings, default: Path) -> Path:
    folder = Path(str(settings.value(FOLDER_KEY, str(default))))
    return folder if folder.is_dir() else default


def remember(settings: QSettings, folder: Path, fmt: str) -> None:
    settings.setValue(FOLDER_KEY, str(folder))
    settings.setValue(FORMAT_KEY, fmt)


# -- File › Export… -------------------------------------------------------------------------
def save_filters() -> str:
    """The save dialog's filters: one per format, in :data:`FORMATS` order."""
    return ";;".join(f.filter for f in FORMATS.values())


def format_of_filter(chosen: str, fallback: str) -> str:
    for f in FORMATS.values():
        if f.filter == chosen:
            return f.name
    return fallback


def ask_export_file(
    parent: QWidget, settings: QSettings, default_folder: Path, slug: str
) -> tuple[Path, str] | None:
    """Where to export one article, and as what, asked with the system's own save
    dialog (whose filter chooses the format); None if not said."""
    fmt = remembered_format(settings)
    folder = remembered_folder(settings, default_folder)
    suggested = folder / file_name(slug, fmt)
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("ExportDialog", TITLE),
        str(suggested),
        save_filters(),
        export_format(fmt).filter,
    )
    if not path:
        return None
    fmt = format_of_filter(chosen, fmt)
    destination = with_suffix(Path(path), fmt)
    remember(settings, destination.parent, fmt)
    return destination, fmt


# -- the library browser's Export… --------------------------------------------------------
class ExportFolderDialog(QDialog):
    """Asks for a folder and a format to export ``count`` articles into."""

    def __init__(
        self, settings: QSettings, default_folder: Path, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("ExportFolderDialog", "Export %n Article(s)", None, count))
        self.setAccessibleName(translate("ExportFolderDialog", "Export articles"))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("ExportFolderDialog", "Export format"))
        for f in FORMATS.values():
            self.format_box.addItem(f"{f.label} ({f.suffix})", f.name)
        self.format_box.setCurrentIndex(
            max(0, self.format_box.findData(remembered_format(settings)))
        )
        self.folder_edit = QLineEdit(str(remembered_folder(settings, default_folder)))
        self.folder_edit.setAccessibleName(translate("ExportFolderDialog", "Export folder"))
        self.choose_button = QPushButton(translate("ExportFolderDialog", "Choose…"))
        self.choose_button.setAccessibleName(
            translate("ExportFolderDialog", "Choose the export folder")
        )
        self.choose_button.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        note = QLabel(
            translate(
                "ExportFolderDialog",
                "Each article becomes a file of its own, named after its slug.",
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ExportFolderDialog", "&Format:"), self.format_box)
        form.addRow(translate("ExportFolderDialog", "F&older:"), folder_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(translate("ExportFolderDialog", "Export"))
        self.export_button.setAccessibleName(translate("ExportFolderDialog", "Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("ExportFolderDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.folder_edit.textChanged.connect(self._check)
        self._check()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def format(self) -> str:
        return str(self.format_box.currentData())

    def _check(self) -> None:
        text = self.folder_edit.text().strip()
        self.export_button.setEnabled(bool(text) and self.folder().is_dir())

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ExportFolderDialog", "Export Into"), str(self.folder())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def accept(self) -> None:
        remember(self.settings, self.folder(), self.format())
        super().accept()


def confirm_replace(parent: QWidget, there: Sequence[Path]) -> bool:
    """Whether to replace the files of an export that are in the folder already."""
    if not there:
        return True
    names = ", ".join(translate("ExportDialog", "“{file}”").format(file=p.name) for p in there[:5])
    if len(there) > 5:
        names = translate("ExportDialog", "{files} and %n more", None, len(there) - 5).format(
            files=names
        )
    count = len(there)
    if count == 1:
        question = translate(
            "ExportDialog",
            "{count} of the files is already in “{folder}”: {files}. Replace it?",
            "one",
        )
    else:
        question = translate(
            "ExportDialog",
            "{count} of the files are already in “{folder}”: {files}. Replace them?",
            "many",
        )
    answer = QMessageBox.question(
        parent,
        translate("ExportDialog", TITLE),
        question.format(count=count, folder=there[0].parent, files=names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
