"""Focus mode on a real main window: in, out, and everything back as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QPlainTextEdit

from newsroom.gui.editor.focus_mode import FocusMode


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.setCentralWidget(self.editor)
        self.dock = QDockWidget("Outline")
        self.dock.setWidget(QLabel("headings"))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.hidden_dock = QDockWidget("Links")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.hidden_dock)
        self.hidden_dock.hide()
        self.toolbar = self.addToolBar("Format")
        self.statusBar().showMessage("ready")
        self.bold_hits = 0
        menu = self.menuBar().addMenu("&Format")
        self.bold = QAction("Bold", self, shortcut=QKeySequence("Ctrl+B"))
        self.bold.triggered.connect(self._bold)
        menu.addAction(self.bold)
        self.focus = FocusMode(
            self,
            self.editor,
            [self.dock, self.hidden_dock, self.toolbar, self.menuBar(), self.statusBar()],
        )

    def _bold(self) -> None:
        self.bold_hits += 1


@pytest.fixture
def window(qtbot) -> Window:
    win = Window()
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.editor.setFocus()
    return win


def others(win: Window) -> list[bool]:
    widgets = (win.dock, win.hidden_dock, win.toolbar, win.menuBar(), win.statusBar())
    return [w.isVisible() for w in widgets]


def test_enter_hides_the_rest_goes_full_screen_and_centres_the_text(qtbot, window) -> None:
    assert others(window) == [True, False, True, True, True]
    with qtbot.waitSignal(window.focus.toggled) as blocker:
        window.focus.enter()
    assert blocker.args == [True]
    assert window.focus.active
    assert others(window) == [False, False, False, False, False]
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.editor.isVisible()
    qtbot.waitUntil(lambda: window.editor.viewportMargins().left() > 0)
    margins = window.editor.viewportMargins()
    assert abs(margins.left() - margins.right()) <= 1
    column = window.editor.viewport().width()
    assert column < window.editor.width()
    assert column >= window.editor.fontMetrics().horizontalAdvance("n") * 60


def test_leave_restores_exactly_what_was_there(qtbot, window) -> None:
    window.showMaximized()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMaximized))
    window.editor.setViewportMargins(3, 0, 5, 0)
    before = window.windowState()
    window.focus.enter()
    with qtbot.waitSignal(window.focus.toggled) as blocker:
        window.focus.leave()
    assert blocker.args == [False]
    assert not window.focus.active
    assert others(window) == [True, False, True, True, True]  # the hidden dock stays hidden
    assert window.windowState() == before
    margins = window.editor.viewportMargins()
    assert (margins.left(), margins.right()) == (3, 5)


def test_toggle_and_escape(qtbot, window) -> None:
    window.focus.toggle()
    assert window.focus.active
    window.focus.toggle()
    assert not window.focus.active
    window.focus.enter()
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.focus.active
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)  # outside focus mode: nothing happens
    assert others(window) == [True, False, True, True, True]


def test_menu_shortcuts_still_work_while_the_menu_bar_is_hidden(qtbot, window) -> None:
    window.focus.enter()
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.bold_hits == 1
    window.focus.leave()
    assert window.bold not in window.actions()  # only lent for the while
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.bold_hits == 2


def test_entering_twice_changes_nothing_more(qtbot, window) -> None:
    window.focus.enter()
    window.focus.enter()
    window.focus.leave()
    assert others(window) == [True, False, True, True, True]
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
