"""What will change on the site, shown before a publish or an update goes out.

:class:`PublishPreviewDialog` is built from a :class:`~newsroom.core.publish.changes.Plan`:
the target, the changed fields (before and after), the text as a coloured diff, the
images that will be uploaded and, when the outbox holds the article back (an
embargo, a publication time to come), until when. The writer confirms with
"Publish" (or "Update"); Cancel sends nothing. :func:`show_refusal` is the message
shown instead when the desk has not approved the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.checklist import Finding
from newsroom.core.i18n import translate
from newsroom.core.publish.approval import NotApproved
from newsroom.core.publish.base import Action
from newsroom.core.publish.changes import FieldChange, Plan
from newsroom.gui.panels.history_panel import KIND_COLOURS
from newsroom.gui.row_table import RowTable

#: How a line of the text's diff is coloured, by its first character.
LINE_COLOURS = {"+": KIND_COLOURS["added"], "-": KIND_COLOURS["removed"]}
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def local_time(moment: datetime) -> str:
    """A moment as the writer's clock shows it: "Sat 5 Dec 2026, 10:00"."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def diff_lines(text_diff: Sequence[str]) -> list[str]:
    """The unified diff as a writer reads it: no file headers, and a plain "line N"
    marker where the diff says "@@ -a,b +c,d @@"."""
    lines: list[str] = []
    for line in text_diff:
        if line.startswith(("--- ", "+++ ")):
            continue
        hunk = _HUNK.match(line)
        if hunk:
            lines.append(
                translate("PublishPreviewDialog", "⋯ from line {number} ⋯").format(
                    number=max(1, int(hunk.group(1)))
                )
            )
        else:
            lines.append(line)
    return lines


class FieldChangeModel(RowTable):
    """The changed fields; with ``before`` the site's value too."""

    def __init__(self, changes: Sequence[FieldChange], before: bool) -> None:
        field = translate("FieldChangeModel", "Field")
        if before:
            headers = (
                field,
                translate("FieldChangeModel", "On the site now"),
                translate("FieldChangeModel", "After the update"),
            )
        else:
            headers = (field, translate("FieldChangeModel", "Value"))
        super().__init__(changes, headers)
        self.before = before

    def cell_data(self, row: FieldChange, column: int, role: int) -> Any:
        columns = [row.label, row.before, row.after] if self.before else [row.label, row.after]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = columns[column]
            if column > 0 and not text:
                if role == Qt.ItemDataRole.DisplayRole:
                    return translate("FieldChangeModel", "(empty)")
                return ""
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("FieldChangeModel", "{column}: {value}").format(
                column=self._headers[column],
                value=columns[column] or translate("FieldChangeModel", "empty"),
            )
        return None


class PublishPreviewDialog(QDialog):
    """Shows ``plan`` and asks the writer to confirm it; accepted means "send it"."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        update = plan.action is Action.UPDATE
        target = plan.target.name
        headline = plan.headline.strip() or translate("PublishPreviewDialog", "Untitled")
        if update:
            title = translate("PublishPreviewDialog", "Update on {target}")
        else:
            title = translate("PublishPreviewDialog", "Publish on {target}")
        self.setWindowTitle(title.format(target=target))
        self.setAccessibleName(title.format(target=target))
        self.resize(820, 640)
        layout = QVBoxLayout(self)

        if not update:
            intro = translate("PublishPreviewDialog", "“{headline}” will be published on {target}.")
        elif plan.unchanged:
            intro = translate(
                "PublishPreviewDialog",
                "Nothing in “{headline}” has changed since it was last sent to {target}. "
                "Update it anyway?",
            )
        else:
            intro = translate(
                "PublishPreviewDialog", "These changes to “{headline}” will be made on {target}."
            )
        self.intro = QLabel(intro.format(headline=headline, target=target))
        self.intro.setAccessibleName(translate("PublishPreviewDialog", "What will happen"))
        self.intro.setWordWrap(True)
        font = self.intro.font()
        font.setBold(True)
        self.intro.setFont(font)
        layout.addWidget(self.intro)

        self.held = QLabel()
        self.held.setAccessibleName(translate("PublishPreviewDialog", "Held until"))
        self.held.setWordWrap(True)
        if plan.held_until is not None:
            self.held.setText(
                translate(
                    "PublishPreviewDialog",
                    "It stays in the outbox until {when} (its embargo or publication time): "
                    "nothing leaves this computer before then.",
                ).format(when=local_time(plan.held_until))
            )
        self.held.setVisible(plan.held_until is not None)
        layout.addWidget(self.held)

        self.fields_label = QLabel(
            translate("PublishPreviewDialog", "&Fields:")
            if update
            else translate("PublishPreviewDialog", "&What the site gets:")
        )
        self.fields = QTableView()
        self.fields.setAccessibleName(translate("PublishPreviewDialog", "Changed fields"))
        self.fields_label.setBuddy(self.fields)
        self.model = FieldChangeModel(plan.changes, before=update)
        self.fields.setModel(self.model)
        self.fields.setWordWrap(True)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.verticalHeader().hide()
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.fields.horizontalHeader()
        header.setAccessibleName(translate("PublishPreviewDialog", "Field columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        has_fields = bool(plan.changes)
        self.fields_label.setVisible(has_fields)
        self.fields.setVisible(has_fields)
        layout.addWidget(self.fields_label)
        layout.addWidget(self.fields, 2)

        lines = diff_lines(plan.text_diff)
        #: The whole text is new to the site: shown as it is, not as a diff.
        self.whole_text = bool(lines) and all(line.startswith(("+", "⋯")) for line in lines)
        if self.whole_text:
            self.diff_label = QLabel(translate("PublishPreviewDialog", "&Text:"))
            lines = [line[1:] for line in lines if line.startswith("+")]
        else:
            self.diff_label = QLabel(
                translate(
                    "PublishPreviewDialog",
                    "&Text (lines starting with + are added, with - removed):",
                )
            )
        self.diff = QPlainTextEdit()
        self.diff.setAccessibleName(
            translate("PublishPreviewDialog", "Text")
            if self.whole_text
            else translate("PublishPreviewDialog", "Changes to the text")
        )
        self.diff_label.setBuddy(self.diff)
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if self.whole_text:
            self.diff.setPlainText("\n".join(lines))
        else:
            self._show_diff(lines)
        has_diff = bool(plan.text_diff)
        self.diff_label.setVisible(has_diff)
        self.diff.setVisible(has_diff)
        layout.addWidget(self.diff_label)
        layout.addWidget(self.diff, 3)

        self.uploads = QLabel()
        self.uploads.setAccessibleName(translate("PublishPreviewDialog", "Images to upload"))
        self.uploads.setWordWrap(True)
        if plan.uploads:
            count = len(plan.uploads)
            if count == 1:
                uploads = translate("PublishPreviewDialog", "This image will be uploaded: {names}.")
            else:
                uploads = translate(
                    "PublishPreviewDialog",
                    "These %n image(s) will be uploaded: {names}.",
                    None,
                    count,
                )
            self.uploads.setText(uploads.format(names=", ".join(plan.uploads)))
        self.uploads.setVisible(bool(plan.uploads))
        layout.addWidget(self.uploads)
        if not (has_fields or has_diff or plan.uploads):
            layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.buttons.setAccessibleName(translate("PublishPreviewDialog", "Dialog buttons"))
        if update:
            self.confirm_button = QPushButton(translate("PublishPreviewDialog", "&Update"))
            self.confirm_button.setAccessibleName(translate("PublishPreviewDialog", "Update"))
        else:
            self.confirm_button = QPushButton(translate("PublishPreviewDialog", "&Publish"))
            self.confirm_button.setAccessibleName(translate("PublishPreviewDialog", "Publish"))
        self.confirm_button.setToolTip(
            translate(
                "PublishPreviewDialog", "Queue it for {target}; it goes out from there."
            ).format(target=target)
        )
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("PublishPreviewDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_button.setDefault(True)
        layout.addWidget(self.buttons)
        self._fit_fields()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_fields()  # the rows wrap to the width the dialog has now

    def _show_diff(self, lines: Sequence[str]) -> None:
        """The lines, each added or removed one on a coloured band the whole width
        (wrapped too); the "line N" markers dimmed."""
        self.diff.setPlainText("\n".join(lines))
        document = self.diff.document()
        dim = self.palette().placeholderText().color()
        for number, line in enumerate(lines):
            cursor = QTextCursor(document.findBlockByNumber(number))
            colour: QColor | None = LINE_COLOURS.get(line[:1])
            if colour is not None:
                block = QTextBlockFormat()
                block.setBackground(colour)
                cursor.mergeBlockFormat(block)
            elif line.startswith("⋯"):
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                marker = QTextCharFormat()
                marker.setForeground(dim)
                cursor.mergeCharFormat(marker)

    def line_colour(self, number: int) -> QColor | None:
        """The background of the text's line ``number`` (None: not coloured)."""
        brush = self.diff.document().findBlockByNumber(number).blockFormat().background()
        return None if brush.style() == Qt.BrushStyle.NoBrush else brush.color()

    def _fit_fields(self) -> None:
        """The table of fields no taller than its rows, so the text gets the room."""
        self.fields.resizeRowsToContents()
        rows = sum(self.fields.rowHeight(r) for r in range(self.model.rowCount()))
        header = self.fields.horizontalHeader().sizeHint().height()
        frame = 2 * self.fields.frameWidth()
        self.fields.setMaximumHeight(min(rows + header + frame + 2, 320))


def show_refusal(
    parent: QWidget, refused: NotApproved, target_name: str, to_fix: Sequence[Finding] = ()
) -> bool:
    """Say why the article may not go out, one reason a line, and ``to_fix``: the
    checklist's errors that would also stop a draft from being marked ready. With
    checklist errors among them, offer to open the checklist: True if the writer
    asked for it."""
    if refused.headline.strip():
        text = translate(
            "PublishPreviewDialog",
            "“{headline}” cannot be published on {target} yet. Nothing was sent.",
        )
    else:
        text = translate(
            "PublishPreviewDialog",
            "This article cannot be published on {target} yet. Nothing was sent.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("PublishPreviewDialog", "Not Published"),
        text.format(headline=refused.headline, target=target_name),
        parent=parent,
    )
    lines = [f"• {reason}" for reason in refused.reasons]
    if to_fix:
        lines.append("")
        lines.append(translate("PublishPreviewDialog", "Before it can be marked ready:"))
        lines.extend(f"• {finding.message}" for finding in to_fix)
    box.setInformativeText("\n".join(lines))
    opener = None
    if refused.findings or to_fix:
        opener = box.addButton(
            translate("PublishPreviewDialog", "Open &Checklist"), QMessageBox.ButtonRole.ActionRole
        )
        opener.setAccessibleName(translate("PublishPreviewDialog", "Open Checklist"))
        opener.setToolTip(
            translate(
                "PublishPreviewDialog", "Show the checklist, where each problem leads to its field."
            )
        )
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(opener or ok)
    box.exec()
    return opener is not None and box.clickedButton() is opener
