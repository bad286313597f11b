"""The Publish menu's commands and the sync state button, in a real window on a real
library: read-only libraries, a paused target on Sync Now, a conflict opened from
the state button (Take Theirs reloads the editor; Edit leaves it for later)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from dialogs import answer_dialog, when_modal
from golive_helpers import approve
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from newsroom.core.change_hash import article_hash
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Action, Conflict, Remote, SyncState, Target
from newsroom.core.publish.secrets import Secrets
from newsroom.core.publish.states import TargetSync
from newsroom.core.publish.targets import add_target, pause_target, target_by_id
from newsroom.gui.main_window import MainWindow
from newsroom.gui.publish.conflict_dialog import ConflictDialog
from newsroom.gui.publish.sync_state_label import SyncStateButton
from newsroom.gui.publish.targets_dialog import CredentialsDialog

PAST = datetime.now(UTC) - timedelta(hours=1)


def make_conflict(library: Library, article_id: int, target: Target) -> None:
    """What the engine records when the site changed the post since the last sync."""
    first = outbox.enqueue(library, article_id, target, Action.PUBLISH, now=PAST)
    assert first is not None and outbox.mark_sending(library, first, PAST)
    outbox.record_sent(
        library,
        first,
        Remote("5", "https://x.example/5", "a"),
        article_hash(library, article_id),
        PAST,
    )
    update = outbox.enqueue(library, article_id, target, Action.UPDATE, now=PAST)
    assert update is not None and outbox.mark_sending(library, update, PAST)
    outbox.record_conflict(
        library,
        update,
        Conflict(
            "The article was changed on the site since it was last sent: title.",
            Remote("5", "https://x.example/5", "b"),
            {"title": (library.article(article_id).headline, "Edited by the desk")},
        ),
        PAST,
    )


# -- the state button ---------------------------------------------------------------------
def sync(name: str, state: SyncState, message: str = "", target_id: int = 1) -> TargetSync:
    return TargetSync(
        target_id, name, state, "", PAST if state is SyncState.SYNCED else None, message
    )


def test_the_state_button_shows_the_most_pressing_target(qtbot) -> None:
    button = SyncStateButton()
    qtbot.addWidget(button)
    button.set_states(None, [])
    assert button.isHidden()
    button.set_states(3, [])
    assert button.text() == "Not published" and "Targets" in button.toolTip()
    button.set_states(
        3,
        [
            sync("Site", SyncState.SYNCED, target_id=1),
            sync("Wire", SyncState.FAILED, "The server refused it.", target_id=2),
        ],
    )
    assert button.text() == "Failed on Wire (+1)"
    assert "Wire: Failed. The server refused it." in button.toolTip()
    assert "Site: Synced, last sent" in button.toolTip()
    with qtbot.waitSignal(button.log_requested):
        button.click()
    button.set_states(3, [sync("Wire", SyncState.CONFLICT, "Changed on the site.", 2)])
    assert button.text() == "Conflict on Wire"
    with qtbot.waitSignal(button.conflict_requested) as asked:
        button.click()
    assert asked.args == [3, 2]
    for state in SyncState:
        button.set_states(3, [sync("Site", state)])
        assert button.text().startswith(state.label)


# -- the menu in the window ---------------------------------------------------------------
def test_a_read_only_library_cannot_send(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    open_library(library_path).close()
    library_path.chmod(0o444)
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    publishing = win.publishing
    publishing.update_menu()
    assert not publishing.worker.enabled
    assert not any(a.isEnabled() for a in publishing.direct.values())
    assert not publishing.sync_action.isEnabled()
    assert publishing.send(Action.PUBLISH, 1) is None
    assert outbox.entries(win.library) == []
    win.close()


def test_pull_without_a_site_to_pull_from_says_how_to_add_one(qtbot, window: MainWindow) -> None:
    texts = answer_dialog(QMessageBox.StandardButton.Ok)
    window.publishing.pull()
    assert "no site to pull from" in texts[0] and "WordPress or Ghost" in texts[0]
    assert "Targets" in texts[0]


def test_sync_now_asks_for_a_paused_targets_password(
    qtbot, window: MainWindow, secrets: Secrets
) -> None:
    target = add_target(window.library, "Wire", "ninjs", "http://127.0.0.1:9/", username="desk")
    pause_target(window.library, target.id)
    seen: list[str] = []

    def answer(dialog: CredentialsDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.password_edit.setText("fresh")
        dialog.accept()

    when_modal(CredentialsDialog, answer)
    window.publishing.sync_action.trigger()
    assert seen == ["Password for Wire"]
    assert not target_by_id(window.library, target.id).paused
    assert secrets.get(target) == "fresh" and secrets.is_session_only(target)


def test_take_theirs_from_the_state_button_reloads_the_editor(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = add_target(window.library, "Blog", "static", str(tmp_path / "blog"))
    article_id = window.editor.loaded_id
    assert article_id is not None
    make_conflict(window.library, article_id, target)
    window.publishing.refresh()
    button = window.publishing.state_button
    assert button.text().startswith("Conflict on Blog")
    when_modal(ConflictDialog, lambda dialog: dialog.take_button.click())
    button.click()
    assert window.editor.headline.text() == "Edited by the desk"
    assert window.library.article(article_id).headline == "Edited by the desk"
    assert not button.text().startswith("Conflict")
    assert "Undo" in window.statusBar().currentMessage()


def test_edit_keeps_the_conflict_and_opens_the_article(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = add_target(window.library, "Blog", "static", str(tmp_path / "blog"))
    other = window.library.create_article(Article(headline="Other story", body="Text."))
    assert other.id is not None
    approve(window.library, other.id)
    make_conflict(window.library, other.id, target)
    when_modal(ConflictDialog, lambda dialog: dialog.edit_button.click())
    window.publishing.open_conflict(other.id, target.id)
    assert window.editor.loaded_id == other.id
    assert window.publishing.state_button.text().startswith("Conflict on Blog")
    assert "Update" in window.statusBar().currentMessage()


def test_keep_mine_from_the_sync_log_sends_it_again(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = add_target(window.library, "Blog", "static", str(tmp_path / "blog"))
    other = window.library.create_article(Article(headline="Harbour news", body="Boats."))
    assert other.id is not None
    approve(window.library, other.id)
    make_conflict(window.library, other.id, target)
    window.publishing.show_log()
    log = window.publishing.log_dialog
    assert log is not None and log.isVisible()
    entry = outbox.entries(window.library, article_id=other.id)[0]
    assert log.select_entry(entry.id)
    when_modal(ConflictDialog, lambda dialog: dialog.keep_button.click())
    log.conflict_button.click()
    # The static site has no remote copy to compare: the forced update goes out.
    qtbot.waitUntil(
        lambda: (
            states.sync_states(window.library, [other.id], target_id=target.id)[other.id]
            is SyncState.SYNCED
        ),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: log.outbox_model.rowCount() == 0, timeout=5000)


def test_targets_opens_the_targets_dialog_with_the_windows_tasks(
    qtbot, window: MainWindow, secrets: Secrets
) -> None:
    from newsroom.gui.publish.targets_dialog import TargetsDialog

    seen: list[TargetsDialog] = []

    def look(dialog: TargetsDialog) -> None:
        seen.append(dialog)
        assert dialog.tasks is window.tasks and dialog.secrets is secrets
        dialog.reject()

    when_modal(TargetsDialog, look)
    window.publishing.targets_action.trigger()
    assert len(seen) == 1


def test_the_state_button_opens_the_sync_log(qtbot, window: MainWindow) -> None:
    window.publishing.state_button.click()
    log = window.publishing.log_dialog
    assert log is not None and log.isVisible() and log.windowTitle() == "Sync Log"
    window.publishing.log_action.trigger()
    assert window.publishing.log_dialog is log  # one log, brought to the front
