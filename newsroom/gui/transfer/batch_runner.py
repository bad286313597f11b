"""Work over many files or articles off the GUI thread, with progress and Cancel.

Import and export share it: the work runs on the task pool (one
:class:`~newsroom.gui.tasks.Operation`), a window-modal progress dialog, shown once the
work takes longer than a moment, names the item being done, and Cancel stops before the
next item, keeping what was done. :attr:`BatchRunner.finished` gives the work's report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from newsroom.core.i18n import translate
from newsroom.gui.tasks import Operation, TaskManager

#: The work: given the Cancel flag and a ``progress(number, name)`` to call before each
#: item, it returns the report.
Work = Callable[[threading.Event, Callable[[int, str], None]], Any]


class _Relay(QObject):
    progress = Signal(int, str)


class BatchRunner(QObject):
    """One run of ``work`` over ``total`` items, its progress dialog and its Cancel."""

    finished = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        parent: QWidget,
        *,
        total: int,
        title: str,
        doing: str,
        stopping: str,
        show_after_ms: int = 800,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.total = total
        self.doing = doing
        self.stopping = stopping
        self.cancel = threading.Event()
        self.running = False
        self._abandoned = False
        self.progress = QProgressDialog(
            translate("BatchRunner", "{doing}…").format(doing=doing),
            translate("BatchRunner", "Cancel"),
            0,
            total,
            parent,
        )
        self.progress.setWindowTitle(title)
        self.progress.setAccessibleName(
            translate("BatchRunner", "{title} progress").format(title=title)
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(show_after_ms)  # an item or two: no dialog at all
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)

    def run(self, name: str, work: Work, failed: Callable[[BaseException], Any]) -> None:
        """Start ``work`` on the pool; ``failed`` makes the report of work that could
        not run at all."""
        self.running = True
        self.progress.setValue(0)
        cancel, relay = self.cancel, self._relay

        def done(report: Any) -> None:
            if self._here():
                self._done(report)

        def broke(exc: BaseException) -> None:
            if self._here():
                self._done(failed(exc))

        self.tasks.run(Operation(name, lambda: work(cancel, relay.progress.emit), done, broke))

    def abandon(self) -> None:
        """Its owner is going: stop after the item being done, and tell nobody."""
        self.cancel.set()
        self._abandoned = True

    def _here(self) -> bool:
        """Whether the outcome still has somewhere to go: the runner was not abandoned,
        nor deleted with its window while the pool finished the work."""
        return not self._abandoned and shiboken6.isValid(self)

    def _cancel(self) -> None:
        self.cancel.set()
        self.progress.setLabelText(self.stopping)
        self.progress.show()  # QProgressDialog hides itself on Cancel

    def _show_progress(self, number: int, name: str) -> None:
        if not self.cancel.is_set():
            self.progress.setLabelText(
                translate("BatchRunner", "{doing} {name} ({number} of {total})…").format(
                    doing=self.doing, name=name, number=number + 1, total=self.total
                )
            )
            self.progress.setValue(number)

    def _done(self, report: Any) -> None:
        self.running = False
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(report)
        self.deleteLater()
