"""Answer the app's dialogs in tests, as a person clicking would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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
