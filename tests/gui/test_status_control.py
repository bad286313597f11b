"""The status control: the current status and one button per allowed move."""

from __future__ import annotations

from PySide6.QtCore import Qt

from newsroom.core.model import Status
from newsroom.core.workflow import allowed_moves
from newsroom.gui.editor.status_control import StatusControl


def test_it_offers_only_the_allowed_moves(qtbot) -> None:
    control = StatusControl(Status.DRAFT)
    qtbot.addWidget(control)
    assert control.label.text() == "Status: Draft"
    assert list(control.buttons) == [Status.IN_REVIEW, Status.SPIKED]
    assert [b.text() for b in control.buttons.values()] == ["Send to review", "Spike"]
    assert all(b.accessibleName() == b.text() for b in control.buttons.values())


def test_a_button_asks_for_its_move(qtbot) -> None:
    control = StatusControl(Status.READY)
    qtbot.addWidget(control)
    with qtbot.waitSignal(control.move_requested) as blocker:
        qtbot.mouseClick(control.buttons[Status.PUBLISHED], Qt.MouseButton.LeftButton)
    assert blocker.args == [Status.PUBLISHED]
    assert control.status is Status.READY  # the window decides, then calls set_status


def test_set_status_rebuilds_the_buttons(qtbot) -> None:
    control = StatusControl()
    qtbot.addWidget(control)
    assert control.label.text() == "No article" and control.buttons == {}
    for status in Status:
        control.set_status(status)
        assert control.label.text() == f"Status: {status.label}"
        assert tuple(control.buttons) == allowed_moves(status)
    control.set_status(Status.PUBLISHED)
    assert [b.text() for b in control.buttons.values()] == ["Unpublish", "Kill"]
    with qtbot.waitSignal(control.move_requested) as blocker:
        control.buttons[Status.READY].click()
    assert blocker.args == [Status.READY]


def test_read_only_disables_the_moves(qtbot) -> None:
    control = StatusControl(Status.DRAFT)
    qtbot.addWidget(control)
    control.set_read_only(True)
    assert not any(b.isEnabled() for b in control.buttons.values())
    control.set_status(Status.IN_REVIEW)
    assert not any(b.isEnabled() for b in control.buttons.values())
    with qtbot.assertNotEmitted(control.move_requested):
        qtbot.mouseClick(control.buttons[Status.READY], Qt.MouseButton.LeftButton)
    control.set_read_only(False)
    assert all(b.isEnabled() for b in control.buttons.values())
