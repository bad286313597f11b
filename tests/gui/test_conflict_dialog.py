"""The conflict dialog on a real library, with the conflict recorded through the
outbox's own API as the sync engine records one (a real one against WordPress is in
tests/publish/test_gui_wordpress.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from golive_helpers import approve

from newsroom.core.change_hash import article_hash
from newsroom.core.errors import NewsroomError
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Action, Conflict, Remote, SyncState, Target
from newsroom.core.publish.outbox import EntryState
from newsroom.core.publish.targets import add_target
from newsroom.gui.publish.conflict_dialog import Choice, ConflictDialog, diff_html, write_remote

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
REMOTE = Remote("41", "https://news.example/tide", "2026-03-10T11:00:00")


def conflicted(library: Library, tmp_path) -> tuple[int, Target]:  # type: ignore[no-untyped-def]
    """An article sent once, then changed on the site and here: the update waits."""
    target = add_target(library, "Blog", "static", str(tmp_path / "blog"))
    made = library.create_article(
        Article(headline="Tide tables", body="High water at noon.", standfirst="When to sail.")
    )
    assert made.id is not None
    approve(library, made.id)
    first = outbox.enqueue(library, made.id, target, Action.PUBLISH, now=NOW)
    assert first is not None and outbox.mark_sending(library, first, NOW)
    outbox.record_sent(library, first, REMOTE, article_hash(library, made.id), NOW)
    update = outbox.enqueue(library, made.id, target, Action.UPDATE, now=NOW)
    assert update is not None and outbox.mark_sending(library, update, NOW)
    error = Conflict(
        "The article was changed on the site since it was last sent: title, content.",
        Remote("41", REMOTE.url, "2026-03-10T11:30:00"),
        {
            "title": ("Tide tables", "Tide tables for March"),
            "content": (
                "<p>High water at noon.</p>",
                "<p>High water at noon.</p>\n<p>Low water at <strong>six</strong>.</p>",
            ),
            "excerpt": ("When to sail.", "<p>When to sail, and when not to.</p>"),
        },
    )
    outbox.record_conflict(library, update, error, NOW)
    return made.id, target


def make(qtbot, library: Library, article_id: int, target: Target) -> ConflictDialog:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog(library, article_id, target)
    qtbot.addWidget(dialog)
    return dialog


def test_shows_each_field_side_by_side_in_the_journalists_words(
    qtbot, library: Library, tmp_path
) -> None:
    article_id, target = conflicted(library, tmp_path)
    dialog = make(qtbot, library, article_id, target)
    names = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert names == ["Headline", "Text", "Standfirst"]
    assert "Tide tables" in dialog.message.text() and "Blog" in dialog.message.text()
    assert "Tide tables for March" in dialog.diff.toPlainText()
    dialog.fields.setCurrentRow(1)
    text = dialog.diff.toPlainText()
    # The text is compared as Markdown, not as HTML.
    assert "Low water at **six**." in text and "<strong>" not in text
    assert "In Newsroom" in text and "On the site" in text
    for button in (dialog.keep_button, dialog.take_button, dialog.edit_button):
        assert button.accessibleName() and button.toolTip()


def test_the_diff_marks_what_changed() -> None:
    page = diff_html("title", "Storm hits the coast", "Storm hits the north coast")
    assert "diff_chg" in page or "diff_add" in page
    assert diff_html("slug", "same", "same").count("diff_chg") == 0


def test_keep_mine_queues_a_forced_update(qtbot, library: Library, tmp_path) -> None:
    article_id, target = conflicted(library, tmp_path)
    assert states.sync_states(library, [article_id])[article_id] is SyncState.CONFLICT
    dialog = make(qtbot, library, article_id, target)
    dialog.keep_button.click()
    assert (
        dialog.choice is Choice.KEEP_MINE and dialog.result() == ConflictDialog.DialogCode.Accepted
    )
    info = outbox.conflict(library, article_id, target.id)
    assert info is not None and info.keep_mine
    waiting = outbox.entries(library, article_id=article_id)
    assert [e.state for e in waiting] == [EntryState.QUEUED]
    assert states.sync_states(library, [article_id])[article_id] is SyncState.QUEUED


def test_take_theirs_writes_the_sites_version_into_the_article(
    qtbot, library: Library, tmp_path
) -> None:
    article_id, target = conflicted(library, tmp_path)
    dialog = make(qtbot, library, article_id, target)
    dialog.take_button.click()
    assert dialog.choice is Choice.TAKE_THEIRS
    stored = library.article(article_id)
    assert stored.headline == "Tide tables for March"
    assert "Low water at **six**." in stored.body and "<p>" not in stored.body
    assert stored.standfirst == "When to sail, and when not to."
    assert outbox.conflict(library, article_id, target.id) is None
    assert outbox.entries(library, article_id=article_id) == []
    assert states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED
    assert outbox.sync_log(library)[0].outcome == "resolved"


def test_edit_leaves_the_conflict_for_later(qtbot, library: Library, tmp_path) -> None:
    article_id, target = conflicted(library, tmp_path)
    before = library.article(article_id)
    dialog = make(qtbot, library, article_id, target)
    dialog.edit_button.click()
    assert dialog.choice is Choice.EDIT
    assert library.article(article_id) == before
    assert states.sync_states(library, [article_id])[article_id] is SyncState.CONFLICT


def test_closing_decides_nothing(qtbot, library: Library, tmp_path) -> None:
    article_id, target = conflicted(library, tmp_path)
    dialog = make(qtbot, library, article_id, target)
    dialog.reject()
    assert dialog.choice is None
    assert states.sync_states(library, [article_id])[article_id] is SyncState.CONFLICT


def test_no_conflict_is_said_plainly(qtbot, library: Library, tmp_path) -> None:
    target = add_target(library, "Blog", "static", str(tmp_path / "blog"))
    made = library.create_article(Article(headline="Calm"))
    assert made.id is not None
    with pytest.raises(NewsroomError, match="no conflict"):
        ConflictDialog(library, made.id, target)


def test_write_remote_keeps_the_status_and_takes_the_slug(library: Library) -> None:
    made = library.create_article(Article(headline="Old", body="Old text."))
    assert made.id is not None
    write_remote(library, made.id, {"title": "New", "slug": "new-one", "status": "draft"})
    stored = library.article(made.id)
    assert (stored.headline, stored.slug, stored.status) == ("New", "new-one", made.status)
    assert stored.body == "Old text."


def test_a_post_deleted_on_the_site_cannot_be_taken(qtbot, library: Library, tmp_path) -> None:
    target = add_target(library, "Blog", "static", str(tmp_path / "blog"))
    made = library.create_article(Article(headline="Gone", body="Text."))
    assert made.id is not None
    approve(library, made.id)
    item = outbox.enqueue(library, made.id, target, Action.UPDATE, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    outbox.record_conflict(
        library,
        item,
        Conflict(
            "The article was deleted on the site.", REMOTE, {"status": ("publish", "deleted")}
        ),
        NOW,
    )
    dialog = make(qtbot, library, made.id, target)
    assert dialog.deleted_on_site
    assert not dialog.take_button.isEnabled() and dialog.keep_button.isEnabled()
    assert "no longer on the site" in dialog.take_button.toolTip()
    assert "deleted" in dialog.diff.toPlainText()
