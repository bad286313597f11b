"""The article's status and a button for each move the workflow allows from it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.model import Status
from newsroom.core.workflow import allowed_moves, move_label

#: The label's tooltip: a whole sentence per status, which translates better than a
#: status put into one sentence.
_STATE = {
    Status.DRAFT: QT_TRANSLATE_NOOP("StatusControl", "The article is draft."),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("StatusControl", "The article is in review."),
    Status.READY: QT_TRANSLATE_NOOP("StatusControl", "The article is ready."),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("StatusControl", "The article is scheduled."),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("StatusControl", "The article is published."),
    Status.SPIKED: QT_TRANSLATE_NOOP("StatusControl", "The article is spiked."),
}


class StatusControl(QWidget):
    """Shows ``status``; ``move_requested`` gives the status a button asks for. The
    control does not change the status itself: the window does, then calls
    :meth:`set_status` with what the library stored."""

    move_requested = Signal(object)  # Status

    def __init__(self, status: Status | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StatusControl", "Workflow"))
        self.label = QLabel()
        self.label.setAccessibleName(translate("StatusControl", "Status"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)
        self.buttons: dict[Status, QPushButton] = {}
        self._status: Status | None = None
        self._read_only = False
        self.set_status(status)

    @property
    def status(self) -> Status | None:
        return self._status

    def set_status(self, status: Status | None) -> None:
        """Show ``status`` (None: no article) and the moves allowed from it."""
        self._status = None if status is None else Status(status)
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if self._status is None:
            self.label.setText(translate("StatusControl", "No article"))
            self.label.setToolTip("")
            return
        self.label.setText(
            translate("StatusControl", "Status: {status}").format(status=self._status.label)
        )
        self.label.setToolTip(translate("StatusControl", _STATE[self._status]))
        for new in allowed_moves(self._status):
            text = move_label(self._status, new)
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setToolTip(
                translate("StatusControl", "Move the article to “{status}”.").format(
                    status=new.label
                )
            )
            button.setEnabled(not self._read_only)
            button.clicked.connect(lambda _=False, s=new: self.move_requested.emit(s))
            self._layout.addWidget(button)
            self.buttons[new] = button

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons.values():
            button.setEnabled(not read_only)
