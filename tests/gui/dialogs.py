"""Answer the app's dialogs in tests, as a person clicking would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from newsroom.gui.publish.publish_preview import PublishPreviewDialog

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], act: Callable[[W], None]) -> None:
    """Once the next modal dialog of ``kind`` is on screen, ``act`` on it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def answer_dialog(button: QMessageBox.StandardButton | None = None) -> list[str]:
    """Answer the next message box (reject it, or press ``button``); returns its text."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        if button is None:
            box.reject()
        else:
            box.button(button).click()

    when_modal(QMessageBox, answer)
    return texts


def confirm_publish(confirm: bool = True) -> list[PublishPreviewDialog]:
    """Answer the next "what will change on the site" dialog: press its Publish (or
    Update) button, or Cancel; returns the dialog seen, to look at what it showed."""
    from newsroom.gui.publish.publish_preview import PublishPreviewDialog

    seen: list[PublishPreviewDialog] = []

    def answer(dialog: PublishPreviewDialog) -> None:
        seen.append(dialog)
        (dialog.confirm_button if confirm else dialog.cancel_button).click()

    when_modal(PublishPreviewDialog, answer)
    return seen
