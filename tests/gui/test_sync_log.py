"""The sync log dialog on a real library: entries recorded through the outbox as the
sync engine records them, Retry Now, Discard, and a conflict sent to its dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dialogs import answer_dialog
from golive_helpers import approve
from PySide6.QtWidgets import QMessageBox

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish import outbox
from newsroom.core.publish.base import Action, Conflict, Remote, Target
from newsroom.core.publish.outbox import Entry, EntryState
from newsroom.core.publish.targets import add_target
from newsroom.gui.publish.sync_log import SyncLogDialog

NOW = datetime.now(UTC) - timedelta(minutes=5)


def queued(library: Library, target: Target, headline: str) -> Entry:
    made = library.create_article(Article(headline=headline, body="Text."))
    assert made.id is not None
    approve(library, made.id)
    item = outbox.enqueue(library, made.id, target, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    return item


def setup(library: Library, tmp_path) -> tuple[Target, Entry, Entry, Entry]:  # type: ignore[no-untyped-def]
    target = add_target(library, "Blog", "static", str(tmp_path / "blog"))
    refused = queued(library, target, "Refused story")
    outbox.record_attention(library, refused, "The site refused it: the slug is taken.", NOW)
    waiting = queued(library, target, "Waiting story")
    later = datetime.now(UTC) + timedelta(hours=1)
    outbox.record_retry(library, waiting, "The site did not answer.", later, NOW)
    clash = queued(library, target, "Clashing story")
    outbox.record_conflict(
        library,
        clash,
        Conflict("Changed on the site.", Remote("9"), {"title": ("Ours", "Theirs")}),
        NOW + timedelta(seconds=1),
    )
    return target, refused, waiting, clash


def make(qtbot, library: Library) -> SyncLogDialog:  # type: ignore[no-untyped-def]
    dialog = SyncLogDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_the_outbox_and_every_attempt_newest_first(
    qtbot, qtmodeltester, library: Library, tmp_path
) -> None:
    setup(library, tmp_path)
    dialog = make(qtbot, library)
    qtmodeltester.check(dialog.outbox_model)
    qtmodeltester.check(dialog.log_model)
    rows = [
        [dialog.outbox_model.index(r, c).data() for c in range(7)]
        for r in range(dialog.outbox_model.rowCount())
    ]
    assert [(r[1], r[3]) for r in rows] == [
        ("Refused story", "Needs attention"),
        ("Waiting story", "Waiting to retry"),
        ("Clashing story", "Needs attention"),
    ]
    assert rows[0][6] == "The site refused it: the slug is taken."
    assert rows[1][5], "the next attempt is shown"
    log = [
        [dialog.log_model.index(r, c).data() for c in range(6)]
        for r in range(dialog.log_model.rowCount())
    ]
    assert log[0][2] == "Clashing story" and log[0][4] == "Conflict"
    assert {row[4] for row in log} == {"Conflict", "Will retry", "Needs attention"}
    assert all(row[1] == "Blog" and row[3] == "Publish" for row in log)
    assert not dialog.empty.isVisible()
    for view in (dialog.outbox_view, dialog.log_view):
        assert view.accessibleName()


def test_retry_now_queues_a_refused_entry_at_once(qtbot, library: Library, tmp_path) -> None:
    _target, refused, waiting, _clash = setup(library, tmp_path)
    dialog = make(qtbot, library)
    assert not dialog.retry_button.isEnabled()  # nothing chosen
    assert dialog.select_entry(waiting.id)
    assert dialog.retry_button.isEnabled() and not dialog.conflict_button.isEnabled()
    with qtbot.waitSignal(dialog.outbox_changed):
        dialog.retry_button.click()
    assert outbox.entry(library, waiting.id).next_attempt_at is None
    assert dialog.select_entry(refused.id)
    with qtbot.waitSignal(dialog.outbox_changed):
        dialog.retry_button.click()
    item = outbox.entry(library, refused.id)
    assert item.state is EntryState.QUEUED and item.next_attempt_at is None
    assert dialog.selected_entry() is not None and dialog.selected_entry().id == refused.id  # type: ignore[union-attr]


def test_discard_asks_first(qtbot, library: Library, tmp_path) -> None:
    _target, refused, _waiting, _clash = setup(library, tmp_path)
    dialog = make(qtbot, library)
    dialog.select_entry(refused.id)
    texts = answer_dialog()  # No
    dialog.discard_button.click()
    assert "Refused story" in texts[0]
    assert outbox.entry(library, refused.id).state is EntryState.ATTENTION
    answer_dialog(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.outbox_changed):
        dialog.discard_button.click()
    assert refused.id not in [e.id for e in outbox.entries(library)]
    assert dialog.outbox_model.rowCount() == 2
    assert dialog.log_model.index(0, 4).data() == "Discarded"


def test_a_conflict_goes_to_its_dialog(qtbot, library: Library, tmp_path) -> None:
    target, _refused, _waiting, clash = setup(library, tmp_path)
    dialog = make(qtbot, library)
    dialog.select_entry(clash.id)
    assert dialog.conflict_button.isEnabled()
    with qtbot.waitSignal(dialog.conflict_requested) as asked:
        dialog.conflict_button.click()
    assert asked.args == [clash.article_id, target.id]
    # Retry Now on a conflict decides nothing by itself: it opens the comparison.
    with qtbot.waitSignal(dialog.conflict_requested):
        dialog.retry_button.click()
    assert outbox.entry(library, clash.id).state is EntryState.ATTENTION


def test_an_empty_outbox_says_so(qtbot, library: Library) -> None:
    dialog = make(qtbot, library)
    assert dialog.empty.isVisible() and dialog.outbox_model.rowCount() == 0
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()
