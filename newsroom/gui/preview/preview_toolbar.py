"""The preview's own controls: desktop or mobile width, light or dark.

Views are the preview's alone: they change the widget's width and a class on the
live page's ``<html>``, never the HTML that is exported or published.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from newsroom.core.i18n import translate
from newsroom.gui.preview.preview import Device, PreviewPane, Scheme

DEVICE_KEY = "preview/device"
SCHEME_KEY = "preview/scheme"


def _stored(settings: QSettings, key: str, default: StrEnum) -> str:
    """The stored choice, or ``default`` for anything not a member of its kind."""
    value = str(settings.value(key, default.value, str))
    return value if value in {m.value for m in type(default)} else default.value


class PreviewToolbar(QToolBar):
    """Desktop/Mobile and Light/Dark for ``pane``, remembered in ``settings``."""

    views_changed = Signal()

    def __init__(
        self, pane: PreviewPane, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("PreviewToolbar", "Preview"), parent)
        self.setObjectName("preview-toolbar")
        self.setAccessibleName(translate("PreviewToolbar", "Preview options"))
        self._pane = pane
        self._settings = settings
        self.device_actions: dict[Device, QAction] = {}
        self.scheme_actions: dict[Scheme, QAction] = {}
        devices = QActionGroup(self)
        for device, text, name, tip in (
            (
                Device.DESKTOP,
                translate("PreviewToolbar", "&Desktop"),
                translate("PreviewToolbar", "Desktop preview"),
                translate("PreviewToolbar", "Show the page at the width of a desktop browser"),
            ),
            (
                Device.MOBILE,
                translate("PreviewToolbar", "&Mobile"),
                translate("PreviewToolbar", "Mobile preview"),
                translate("PreviewToolbar", "Show the page at the width of a phone"),
            ),
        ):
            self.device_actions[device] = self._add(devices, text, name, tip)
        self.addSeparator()
        schemes = QActionGroup(self)
        for scheme, text, name, tip in (
            (
                Scheme.LIGHT,
                translate("PreviewToolbar", "&Light"),
                translate("PreviewToolbar", "Light preview"),
                translate("PreviewToolbar", "Show the page in its light colours"),
            ),
            (
                Scheme.DARK,
                translate("PreviewToolbar", "Dar&k"),
                translate("PreviewToolbar", "Dark preview"),
                translate("PreviewToolbar", "Show the page in its dark colours"),
            ),
        ):
            self.scheme_actions[scheme] = self._add(schemes, text, name, tip)
        device = Device(_stored(settings, DEVICE_KEY, Device.DESKTOP))
        scheme = Scheme(_stored(settings, SCHEME_KEY, Scheme.LIGHT))
        self.device_actions[device].setChecked(True)
        self.scheme_actions[scheme].setChecked(True)
        pane.set_device(device)
        pane.set_scheme(scheme)
        devices.triggered.connect(self._chosen)
        schemes.triggered.connect(self._chosen)

    def _add(self, group: QActionGroup, text: str, name: str, tip: str) -> QAction:
        action = QAction(text, self, checkable=True)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        group.addAction(action)
        self.addAction(action)
        button = self.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name)
            button.setAccessibleDescription(tip)
        return action

    def _chosen(self, _action: QAction) -> None:
        device = next(d for d, a in self.device_actions.items() if a.isChecked())
        scheme = next(s for s, a in self.scheme_actions.items() if a.isChecked())
        self._pane.set_device(device)
        self._pane.set_scheme(scheme)
        self._settings.setValue(DEVICE_KEY, device.value)
        self._settings.setValue(SCHEME_KEY, scheme.value)
        self.views_changed.emit()

    def fill_menu(self, menu: QMenu) -> None:
        """Put the same (shared, so always in step) actions into ``menu``."""
        menu.addActions(list(self.device_actions.values()))
        menu.addSeparator()
        menu.addActions(list(self.scheme_actions.values()))


class PreviewPanel(QWidget):
    """The preview with its toolbar above it and, when there is one, a notice (such
    as a site theme that cannot be used) between them."""

    def __init__(
        self, pane: PreviewPane, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PreviewPanel", "Preview panel"))
        self.pane = pane
        self.toolbar = PreviewToolbar(pane, settings, self)
        self.notice = QLabel()
        self.notice.setAccessibleName(translate("PreviewPanel", "Preview notice"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }")
        self.notice.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(self.notice)
        column.addWidget(pane, 1)

    def show_notice(self, message: str) -> None:
        """Show ``message`` above the preview; an empty one hides the notice."""
        self.notice.setText(message)
        self.notice.setVisible(bool(message))
