"""Answer the app's message boxes in tests, as a person clicking would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_dialog(button: QMessageBox.StandardButton | None = None) -> list[str]:
    """Answer the next message box (reject it, or press ``button``); returns its text."""
    texts: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        texts.append(box.text())
        if button is None:
            box.reject()
        else:
            box.button(button).click()

    QTimer.singleShot(20, answer)
    return texts
