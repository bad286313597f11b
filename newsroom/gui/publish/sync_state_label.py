"""The open article's sync state, next to its status: "Synced to Website", "Conflict on
Blog"... with every target and its last error in the tooltip.

A flat button: a click on a conflict opens the conflict dialog, on anything else
the sync log (the window connects :attr:`SyncStateButton.conflict_requested` and
:attr:`SyncStateButton.log_requested`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.publish.base import SyncState
from newsroom.core.publish.states import TargetSync

#: The state that needs the journalist most comes first.
PRECEDENCE = (
    SyncState.CONFLICT,
    SyncState.FAILED,
    SyncState.QUEUED,
    SyncState.CHANGED,
    SyncState.SYNCED,
    SyncState.NOT_PUBLISHED,
)

#: The button's text for the state that needs the journalist most, on its target.
_ON_TARGET = {
    SyncState.QUEUED: QT_TRANSLATE_NOOP("SyncStateButton", "Queued for {target}"),
    SyncState.SYNCED: QT_TRANSLATE_NOOP("SyncStateButton", "Synced to {target}"),
    SyncState.CHANGED: QT_TRANSLATE_NOOP("SyncStateButton", "Changed since sync on {target}"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("SyncStateButton", "Failed on {target}"),
    SyncState.CONFLICT: QT_TRANSLATE_NOOP("SyncStateButton", "Conflict on {target}"),
}


def describe(sync: TargetSync) -> str:
    """One target's line, for the tooltip: "Website: Failed (the server said ...)"."""
    text = translate("SyncStateButton", "{target}: {state}").format(
        target=sync.target_name, state=sync.state.label
    )
    if sync.synced_at is not None and sync.state in (SyncState.SYNCED, SyncState.CHANGED):
        text = translate("SyncStateButton", "{text}, last sent {when}").format(
            text=text, when=f"{sync.synced_at.astimezone():%d %b %H:%M}"
        )
    if sync.message and sync.state in (SyncState.FAILED, SyncState.CONFLICT, SyncState.QUEUED):
        text += f". {sync.message}"
    return text


class SyncStateButton(QPushButton):
    """Shows the sync state of one article on every target (:meth:`set_states`)."""

    #: (article id, target id) of a conflict the journalist wants to resolve.
    conflict_requested = Signal(int, int)
    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setAccessibleName(translate("SyncStateButton", "Sync state"))
        self.article_id: int | None = None
        self.states: list[TargetSync] = []
        self.clicked.connect(self._clicked)
        self.set_states(None, [])

    @property
    def worst(self) -> TargetSync | None:
        """The target whose state needs the journalist most (None: no target)."""
        if not self.states:
            return None
        return min(self.states, key=lambda s: PRECEDENCE.index(s.state))

    def set_states(self, article_id: int | None, states: Sequence[TargetSync]) -> None:
        self.article_id = article_id
        self.states = list(states)
        worst = self.worst
        if article_id is None:
            self.setText("")
            self.setToolTip("")
            self.setAccessibleDescription("")
            self.setEnabled(False)
            self.hide()
            return
        self.show()
        self.setEnabled(True)
        if worst is None:
            self.setText(translate("SyncStateButton", "Not published"))
            tip = translate(
                "SyncStateButton",
                "There is no publishing target yet: add one with Publish › Targets…",
            )
        else:
            text = worst.state.label
            if worst.state is not SyncState.NOT_PUBLISHED:
                text = translate("SyncStateButton", _ON_TARGET[worst.state]).format(
                    target=worst.target_name
                )
                others = sum(1 for s in self.states if s is not worst)
                if others and any(s.state is not SyncState.NOT_PUBLISHED for s in self.states):
                    text += f" (+{others})"
            self.setText(text)
            tip = "\n".join(describe(s) for s in self.states)
            if worst.state is SyncState.CONFLICT:
                tip += "\n\n" + translate(
                    "SyncStateButton", "Click to compare the two versions and decide."
                )
            else:
                tip += "\n\n" + translate("SyncStateButton", "Click to open the sync log.")
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def _clicked(self) -> None:
        worst = self.worst
        if self.article_id is not None and worst and worst.state is SyncState.CONFLICT:
            self.conflict_requested.emit(self.article_id, worst.target_id)
        else:
            self.log_requested.emit()
