"""Focus mode: the text alone, full screen, in a centred column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QPlainTextEdit, QWidget

#: The column is about this many characters of the editor's font wide.
COLUMN_CHARACTERS = 72


class FocusMode(QObject):
    """Hides ``others`` (docks, panels, toolbars, the menu and status bars), shows
    ``window`` full screen and narrows ``editor`` to a centred column; :meth:`leave`
    (or Escape) puts back exactly what was there.

    While the menu bar is hidden its shortcuts would die with it (Qt ignores the
    shortcuts of hidden menus), so they are lent to the window until focus mode ends.
    """

    toggled = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        editor: QPlainTextEdit,
        others: Sequence[QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self._window = window
        self._editor = editor
        self._others = list(others)
        self._active = False
        self._hidden: list[QWidget] = []
        self._lent: list[QAction] = []
        self._state = window.windowState()
        self._margins = QMargins()

    @property
    def active(self) -> bool:
        return self._active

    def toggle(self) -> None:
        if self._active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self._active:
            return
        self._active = True
        self._state = self._window.windowState()
        self._margins = self._editor.viewportMargins()
        self._hidden = [w for w in self._others if not w.isHidden()]
        for widget in self._hidden:
            if isinstance(widget, QMenuBar):
                self._lend_shortcuts(widget)
            widget.hide()
        self._window.setWindowState(self._state | Qt.WindowState.WindowFullScreen)
        self._window.installEventFilter(self)
        self._editor.installEventFilter(self)
        self._centre()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor.ensureCursorVisible()
        self.toggled.emit(True)

    def leave(self) -> None:
        if not self._active:
            return
        self._active = False
        self._window.removeEventFilter(self)
        self._editor.removeEventFilter(self)
        self._editor.setViewportMargins(self._margins)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        for action in self._lent:
            self._window.removeAction(action)
        self._lent = []
        self._window.setWindowState(self._state)
        self._editor.ensureCursorVisible()
        self.toggled.emit(False)

    def _lend_shortcuts(self, bar: QMenuBar) -> None:
        pending = list(bar.actions())
        while pending:
            action = pending.pop()
            menu = action.menu()
            if isinstance(menu, QMenu):
                pending.extend(menu.actions())
            elif not action.shortcut().isEmpty() and action not in self._window.actions():
                self._window.addAction(action)
                self._lent.append(action)

    def _centre(self) -> None:
        column = self._editor.fontMetrics().horizontalAdvance("n") * COLUMN_CHARACTERS
        side = max(0, (self._editor.width() - column) // 2)
        self._editor.setViewportMargins(side, 0, side, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self._active:
            return False
        if watched is self._editor and event.type() == QEvent.Type.Resize:
            self._centre()
        elif (
            watched is self._window
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.leave()  # Escape reached the window: nothing inside wanted it
            return True
        return False
