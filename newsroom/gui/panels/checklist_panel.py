"""The pre-publish checklist: what to fix before the article can go out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from newsroom.core.checklist import Finding, blocking, summarize
from newsroom.core.i18n import translate

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistPanel(QWidget):
    """Lists ``findings``, errors first; activating one (double-click or Enter) emits
    ``field_requested`` with the editor field it is about."""

    field_requested = Signal(str)

    def __init__(self, findings: Sequence[Finding] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ChecklistPanel", "Checklist panel"))
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("ChecklistPanel", "Checklist summary"))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ChecklistPanel", "Checklist"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._findings: list[Finding] = []
        self.set_findings(findings)

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = blocking(findings) + [f for f in findings if not f.is_error]
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.list.clear()
        for finding in self._findings:
            if finding.is_error:
                spoken = translate("ChecklistPanel", "Error: {message}")
                tip = translate("ChecklistPanel", "Error. Double-click to go to the field.")
            else:
                spoken = translate("ChecklistPanel", "Warning: {message}")
                tip = translate("ChecklistPanel", "Warning. Double-click to go to the field.")
            item = QListWidgetItem(
                error_icon if finding.is_error else warning_icon, finding.message
            )
            item.setData(FIELD_ROLE, finding.field)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken.format(message=finding.message))
            item.setToolTip(tip)
            self.list.addItem(item)
        self.summary.setText(summarize(self._findings))
        self.summary.setProperty("blocking", bool(blocking(self._findings)))

    def clear(self) -> None:
        """Show that there is no article to check."""
        self._findings = []
        self.list.clear()
        self.summary.setText(translate("ChecklistPanel", "No article is open."))
        self.summary.setProperty("blocking", False)

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(FIELD_ROLE)
        if field:
            self.field_requested.emit(str(field))
