"""File › Back Up Library…: a checked copy of the open library, made while it is in use.

The copy runs on the task pool from a read-only connection of its own (typing and
autosave go on meanwhile) while a progress dialog counts the pages; Cancel stops it
between steps and leaves no file. Closing the window cancels it too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from newsroom.core.backup import back_up, backup_name
from newsroom.core.errors import BackupCancelled, NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.paths import LIBRARY_SUFFIX
from newsroom.core.storage import file_size
from newsroom.gui.tasks import Operation, TaskManager

TITLE = QT_TRANSLATE_NOOP("BackupRunner", "Back Up Library")
#: The progress bar counts pages in this many steps.
BAR_STEPS = 1000


class _Relay(QObject):
    progress = Signal(int, int)


class BackupRunner(QObject):
    """One backup of ``library`` to ``destination`` with its progress dialog;
    :attr:`finished` gives the message for the journalist and whether it is an error
    (a backup made or cancelled is not)."""

    finished = Signal(str, bool)

    def __init__(
        self, library: Library, destination: Path, tasks: TaskManager, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.destination = destination
        self.tasks = tasks
        self.cancel = threading.Event()
        self.running = False
        self.progress = QProgressDialog(
            translate("BackupRunner", "Backing up “{library}”…").format(library=library.path.name),
            translate("BackupRunner", "Cancel"),
            0,
            BAR_STEPS,
            parent,
        )
        title = translate("BackupRunner", TITLE)
        self.progress.setWindowTitle(title)
        self.progress.setAccessibleName(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)
        parent.installEventFilter(self)

    def start(self) -> None:
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        library, destination, relay, cancel = (
            self.library, self.destination, self._relay, self.cancel
        )  # fmt: skip
        self.tasks.run(
            Operation(
                translate("BackupRunner", "back up the library"),
                lambda: back_up(
                    library, destination, progress=relay.progress.emit, cancel=cancel.is_set
                ),
                self._done,
                self._failed,
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and self.running:
            self.cancel.set()  # the window waits for its tasks: let this one end soon
        return False

    def _cancel(self) -> None:
        self.cancel.set()
        self.progress.setLabelText(translate("BackupRunner", "Stopping…"))
        self.progress.show()  # QProgressDialog hides itself on Cancel

    def _show_progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            return
        self.progress.setValue(done * BAR_STEPS // total if total else 0)
        if total and done == total:
            self.progress.setLabelText(
                translate("BackupRunner", "Checking the copy of “{library}”…").format(
                    library=self.library.path.name
                )
            )

    def _end(self, message: str, error: bool) -> None:
        self.running = False
        self.parent().removeEventFilter(self)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(message, error)
        self.deleteLater()

    def _done(self, made: Path) -> None:
        message = translate("BackupRunner", "Backed up to {file} ({size})").format(
            file=made, size=file_size(made.stat().st_size)
        )
        self._end(message, False)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupCancelled):
            self._end(str(exc), False)
        elif isinstance(exc, NewsroomError):
            self._end(
                translate("BackupRunner", "The library was not backed up. {error}").format(
                    error=exc
                ),
                True,
            )
        else:
            self._end(
                translate(
                    "BackupRunner", "The library was not backed up ({error}). No file was written."
                ).format(error=exc or type(exc).__name__),
                True,
            )


def ask_destination(library: Library, parent: QWidget) -> Path | None:
    """Where to put the backup, asked with the system's own dialog; None if not said."""
    suggested = library.path.parent / backup_name(library.path)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("BackupRunner", TITLE),
        str(suggested),
        translate("BackupRunner", "Newsroom libraries (*{suffix});;All files (*)").format(
            suffix=LIBRARY_SUFFIX
        ),
    )
    if not path:
        return None
    if not path.endswith(LIBRARY_SUFFIX):
        path += LIBRARY_SUFFIX
    return Path(path)


def back_up_library(
    library: Library, tasks: TaskManager, window: QMainWindow, save: Callable[[], None]
) -> BackupRunner | None:
    """Ask where, store what is being typed (``save``), then back up with progress;
    the outcome shows in the status bar, or in a message box when it failed."""
    destination = ask_destination(library, window)
    if destination is None:
        return None
    save()
    runner = BackupRunner(library, destination, tasks, window)

    def finished(message: str, error: bool) -> None:
        if error:
            QMessageBox.warning(window, translate("BackupRunner", TITLE), message)
        else:
            window.statusBar().showMessage(message, 10000)

    runner.finished.connect(finished)
    runner.start()
    return runner
