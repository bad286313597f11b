"""The outbox on a real library file: queueing, superseding, due entries, sync states,
the log and conflict decisions; and the assembly of what a target receives."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from golive_helpers import approve
from old_library import library_format
from PIL import Image
from publish_helpers import png

from newsroom.core.change_hash import article_hash
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.publish import outbox, states
from newsroom.core.publish.assemble import LOCAL_MEDIA_PREFIX, assemble
from newsroom.core.publish.base import Action, Conflict, Remote, SyncState, Target
from newsroom.core.publish.outbox import EntryState, Outcome
from newsroom.core.publish.targets import add_target, target_by_id
from newsroom.core.renditions import make_rendition
from newsroom.core.schema import SCHEMA_VERSION

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
#: A real 2×2 PNG (an image whose web rendition can be made).
PNG = png(20, 120, 200)


@pytest.fixture
def ninjs(library: Library) -> Target:
    return add_target(library, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")


@pytest.fixture
def wp_target(library: Library) -> Target:
    return add_target(library, "Site", "wordpress", "http://127.0.0.1:9/wp", username="anna")


def new_article(library: Library, headline: str = "Floods in the valley", **fields: object) -> int:
    article = library.create_article(
        Article(headline=headline, body="The river rose overnight.", **fields)  # type: ignore[arg-type]
    )
    assert article.id is not None
    return approve(library, article.id).id or 0


def sent(library: Library, item: outbox.Entry, remote_id: str = "7") -> None:
    """Record a successful send as the engine does."""
    assert outbox.mark_sending(library, item, NOW)
    outbox.record_sent(
        library,
        outbox.entry(library, item.id),
        Remote(remote_id, f"http://127.0.0.1:9/p/{remote_id}", "2026-03-02T09:00:00"),
        article_hash(library, item.article_id),
        NOW,
    )


# -- queueing -----------------------------------------------------------------------------
def test_enqueue_makes_one_queued_entry_with_its_own_key(library: Library, ninjs: Target) -> None:
    first, second = new_article(library), new_article(library, "Second story")
    a = outbox.enqueue(library, first, ninjs, Action.PUBLISH, now=NOW)
    b = outbox.enqueue(library, second, ninjs, Action.PUBLISH, now=NOW)
    assert a is not None and b is not None
    assert a.state is EntryState.QUEUED and a.attempts == 0 and a.action is Action.PUBLISH
    assert a.idempotency_key != b.idempotency_key
    assert [e.id for e in outbox.entries(library)] == [a.id, b.id]


def test_publish_then_update_is_one_publish(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    a = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    b = outbox.enqueue(library, article, ninjs, Action.UPDATE, now=NOW)
    assert a is not None and b is not None
    assert b.id == a.id and b.action is Action.PUBLISH
    assert len(outbox.entries(library)) == 1


def test_update_of_an_article_never_sent_is_a_publish(library: Library, ninjs: Target) -> None:
    item = outbox.enqueue(library, new_article(library), ninjs, Action.UPDATE, now=NOW)
    assert item is not None and item.action is Action.PUBLISH


def test_update_after_a_sync_stays_an_update(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    first = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert first is not None
    sent(library, first)
    again = outbox.enqueue(library, article, ninjs, Action.UPDATE, now=NOW)
    assert again is not None and again.id != first.id and again.action is Action.UPDATE
    assert outbox.entry(library, first.id).state is EntryState.DONE


def test_unpublish_of_an_unsent_publish_withdraws_it(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert outbox.enqueue(library, article, ninjs, Action.UNPUBLISH, now=NOW) is None
    assert outbox.entries(library) == []
    assert outbox.sync_log(library)[0].outcome == Outcome.DISCARDED
    # And an unpublish of what was never queued is nothing at all.
    assert outbox.enqueue(library, new_article(library, "Other"), ninjs, Action.UNPUBLISH) is None


def test_an_entry_being_sent_is_never_superseded(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    first = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert first is not None and outbox.mark_sending(library, first, NOW)
    later = outbox.enqueue(library, article, ninjs, Action.UPDATE, now=NOW)
    assert later is not None and later.id != first.id
    assert outbox.entry(library, first.id).state is EntryState.SENDING
    # The later one waits for the first: an article's entries go in order.
    assert outbox.due(library, NOW) == []


def test_unpublish_after_a_create_that_may_have_landed_follows_it(
    library: Library, ninjs: Target
) -> None:
    article = new_article(library)
    first = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert first is not None and outbox.mark_sending(library, first, NOW)
    outbox.record_retry(library, first, "Timed out.", NOW + timedelta(seconds=30), NOW)
    unpublish = outbox.enqueue(library, article, ninjs, Action.UNPUBLISH, now=NOW)
    assert unpublish is not None and unpublish.id != first.id
    assert unpublish.action is Action.UNPUBLISH
    later = NOW + timedelta(minutes=5)
    assert [e.id for e in outbox.due(library, later)] == [first.id]
    sent(library, outbox.entry(library, first.id))
    assert [e.id for e in outbox.due(library, later)] == [unpublish.id]


def test_an_entry_behind_a_refused_one_is_not_due(library: Library, ninjs: Target) -> None:
    """Else a worker sleeping until next_due() would wake for nothing, again and again."""
    article = new_article(library)
    first = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert first is not None and outbox.mark_sending(library, first, NOW)
    outbox.record_retry(library, first, "Timed out.", NOW, NOW)
    behind = outbox.enqueue(library, article, ninjs, Action.UNPUBLISH, now=NOW)
    assert behind is not None and behind.id != first.id
    assert outbox.mark_sending(library, outbox.entry(library, first.id), NOW)
    outbox.record_attention(library, first, "Wire refused it (HTTP 400): bad slug", NOW)
    assert outbox.due(library, NOW) == [] and outbox.next_due(library) is None


def test_a_new_request_requeues_a_refused_entry(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    first = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert first is not None and outbox.mark_sending(library, first, NOW)
    outbox.record_attention(library, first, "Wire refused it (HTTP 400): bad slug", NOW)
    again = outbox.enqueue(library, article, ninjs, Action.UPDATE, now=NOW)
    assert again is not None and again.id == first.id
    assert again.state is EntryState.QUEUED and again.attempts == 1


# -- due entries --------------------------------------------------------------------------
def test_due_waits_for_the_back_off(library: Library, ninjs: Target) -> None:
    item = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    outbox.record_retry(library, item, "Busy.", NOW + timedelta(seconds=40), NOW)
    assert outbox.due(library, NOW + timedelta(seconds=39)) == []
    assert [e.id for e in outbox.due(library, NOW + timedelta(seconds=40))] == [item.id]
    assert outbox.next_due(library) == NOW + timedelta(seconds=40)


def test_retry_after_holds_every_entry_of_the_target(library: Library, ninjs: Target) -> None:
    a = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    b = outbox.enqueue(library, new_article(library, "B"), ninjs, Action.PUBLISH, now=NOW)
    assert a is not None and b is not None and outbox.mark_sending(library, a, NOW)
    until = NOW + timedelta(seconds=120)
    outbox.record_retry(library, a, "Busy.", until, NOW, hold_target_until=until)
    assert outbox.due(library, NOW + timedelta(seconds=60)) == []
    assert len(outbox.due(library, until)) == 2


def test_an_embargo_holds_every_target_unless_the_site_may_hold_it(
    library: Library, ninjs: Target, wp_target: Target
) -> None:
    embargo = NOW + timedelta(hours=2)
    article = new_article(library, embargo_until=embargo)
    held = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    also_held = outbox.enqueue(library, article, wp_target, Action.PUBLISH, now=NOW)
    site = add_target(
        library,
        "Own",
        "wordpress",
        "http://127.0.0.1:9/own",
        username="anna",
        settings={"schedules": True},
    )
    early = outbox.enqueue(library, article, site, Action.PUBLISH, now=NOW)
    assert held is not None and held.not_before == embargo
    assert also_held is not None and also_held.not_before == embargo  # a hard stop by default
    assert early is not None and early.not_before is None  # this site holds it as "future"
    assert not outbox.schedules_itself(wp_target) and outbox.schedules_itself(site)
    assert [e.id for e in outbox.due(library, NOW)] == [early.id]
    assert {e.id for e in outbox.due(library, embargo)} == {held.id, also_held.id, early.id}


def test_scheduled_publication_time_holds_too(library: Library, ninjs: Target) -> None:
    article = new_article(library, published_at=NOW + timedelta(days=1))
    item = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and item.not_before == NOW + timedelta(days=1)
    assert outbox.due(library, NOW) == []
    assert outbox.next_due(library) == NOW + timedelta(days=1)


def test_paused_targets_send_nothing(library: Library, ninjs: Target) -> None:
    item = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    outbox.record_paused(library, item, "Wire did not accept the user name and password.", NOW)
    assert target_by_id(library, ninjs.id).paused
    assert outbox.due(library, NOW) == [] and outbox.next_due(library) is None
    outbox.resume(library, ninjs.id)
    assert [e.id for e in outbox.due(library, NOW)] == [item.id]


def test_entries_survive_closing_the_library(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as lib:
        target = add_target(lib, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
        item = outbox.enqueue(lib, new_article(lib), target, Action.PUBLISH, now=NOW)
    with open_library(path) as lib:
        assert item is not None and [e.id for e in outbox.due(lib, NOW)] == [item.id]
        assert outbox.entry(lib, item.id).idempotency_key == item.idempotency_key


# -- the journalist's decisions -------------------------------------------------------------
def test_retry_now_and_discard(library: Library, ninjs: Target) -> None:
    item = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    with pytest.raises(ValueError, match="being sent"):
        outbox.discard(library, item.id)
    outbox.record_retry(library, item, "Busy.", NOW + timedelta(hours=1), NOW)
    assert outbox.retry_now(library, item.id).next_attempt_at is None
    assert [e.id for e in outbox.due(library, NOW)] == [item.id]
    outbox.discard(library, item.id, now=NOW)
    assert outbox.entries(library) == []
    assert outbox.sync_log(library)[0].outcome == Outcome.DISCARDED


def _conflicted(library: Library, target: Target) -> int:
    article = new_article(library)
    first = outbox.enqueue(library, article, target, Action.PUBLISH, now=NOW)
    assert first is not None
    sent(library, first)
    library.save_article(replace(library.article(article), headline="Floods: the valley cut off"))
    update = outbox.enqueue(library, article, target, Action.UPDATE, now=NOW)
    assert update is not None and outbox.mark_sending(library, update, NOW)
    error = Conflict(
        "The article was changed on Site since it was last sent.",
        Remote("7", "http://127.0.0.1:9/p/7", "2026-03-02T10:00:00"),
        {"title": ("Floods: the valley cut off", "Floods in the valley (updated)")},
    )
    outbox.record_conflict(library, update, error, NOW)
    return article


def test_conflict_then_keep_mine_requeues_with_force(library: Library, wp_target: Target) -> None:
    article = _conflicted(library, wp_target)
    assert states.sync_states(library, [article]) == {article: SyncState.CONFLICT}
    info = outbox.conflict(library, article, wp_target.id)
    assert info is not None and not info.keep_mine
    assert info.fields["title"][1] == "Floods in the valley (updated)"
    entry = outbox.keep_mine(library, article, wp_target, now=NOW)
    assert entry.state is EntryState.QUEUED and entry.action is Action.UPDATE
    kept = outbox.conflict(library, article, wp_target.id)
    assert kept is not None and kept.keep_mine
    assert states.sync_states(library, [article]) == {article: SyncState.QUEUED}


def test_conflict_then_take_remote_writes_and_syncs(library: Library, wp_target: Target) -> None:
    article = _conflicted(library, wp_target)
    written: list[dict[str, str]] = []

    def write(fields: Mapping[str, str]) -> None:
        written.append(dict(fields))
        current = library.article(article)
        current.headline = written[-1]["title"]
        library.save_article(current)

    outbox.take_remote(library, article, wp_target, write, now=NOW)
    assert written == [{"title": "Floods in the valley (updated)"}]
    assert outbox.conflict(library, article, wp_target.id) is None
    assert states.sync_states(library, [article]) == {article: SyncState.SYNCED}
    assert outbox.known_remote(library, article, wp_target.id) == Remote(
        "7", "http://127.0.0.1:9/p/7", "2026-03-02T10:00:00"
    )
    assert outbox.entries(library, article_id=article) == []


# -- sync states --------------------------------------------------------------------------
def test_a_library_of_format_5_keeps_its_sync_states(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Format 6 adds the image edits to the change hash: what was synced stays synced
    and what was changed since stays changed."""
    path = tmp_path / "Old.newsroom"
    with library_format(5, monkeypatch), open_library(path) as old:
        target = add_target(old, "Wire", "ninjs", "http://127.0.0.1:9/")
        synced, edited = new_article(old, "Synced"), new_article(old, "Edited")
        for article_id in (synced, edited):
            item = outbox.enqueue(old, article_id, target, Action.PUBLISH, now=NOW)
            assert item is not None
            sent(old, item)
        current = old.article(edited)
        current.body += " Then it rained again."
        old.save_article(current)
    with open_library(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        assert states.sync_states(library, [synced, edited]) == {
            synced: SyncState.SYNCED,
            edited: SyncState.CHANGED,
        }


def test_an_image_edited_or_replaced_changes_the_articles_that_show_it(
    library: Library, ninjs: Target
) -> None:
    """A crop, a rotation, new details or new bytes change what the site shows of every
    article that shows the image, featured or in its text; other articles stay synced."""
    from newsroom.core.media_list import replace_image

    def picture(colour: tuple[int, int, int]) -> bytes:
        buffer = io.BytesIO()
        Image.new("RGB", (320, 200), colour).save(buffer, "PNG")
        return buffer.getvalue()

    photo = library.add_media("river.png", "image/png", picture((200, 90, 40)), caption="The river")
    featured = new_article(library, "Floods in the valley", featured_media_id=photo.id)
    inline = library.create_article(
        Article(headline="The clean-up", body=f"![The river](media:{photo.uid})\n\nMud.")
    )
    assert inline.id is not None
    inline_id = approve(library, inline.id).id or 0
    other = new_article(library, "Schools reopen")
    ids = [featured, inline_id, other]

    def sync_all() -> None:
        for article_id in ids:
            item = outbox.enqueue(library, article_id, ninjs, Action.PUBLISH, now=NOW)
            assert item is not None
            sent(library, item)
        assert set(states.sync_states(library, ids).values()) == {SyncState.SYNCED}

    sync_all()
    library.update_media(photo.id, caption="The river")  # the same: nothing changed
    assert set(states.sync_states(library, ids).values()) == {SyncState.SYNCED}
    library.update_media(photo.id, crop=(0.1, 0.0, 0.9, 1.0))
    assert states.sync_states(library, ids) == {
        featured: SyncState.CHANGED,
        inline_id: SyncState.CHANGED,
        other: SyncState.SYNCED,
    }
    for article_id in ids:  # sent again, as the outbox would
        outbox.enqueue(library, article_id, ninjs, Action.UPDATE, now=NOW)
    for item in outbox.entries(library):
        sent(library, item)
    assert set(states.sync_states(library, ids).values()) == {SyncState.SYNCED}
    replace_image(library, photo.id, picture((10, 10, 200)), "river-2.png")
    assert states.sync_states(library, ids)[inline_id] is SyncState.CHANGED
    assert states.sync_states(library, ids)[other] is SyncState.SYNCED


def test_sync_state_follows_the_article(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    state = lambda: states.sync_states(library, [article])[article]  # noqa: E731
    assert state() is SyncState.NOT_PUBLISHED
    item = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and state() is SyncState.QUEUED
    sent(library, item)
    assert state() is SyncState.SYNCED
    current = library.article(article)
    current.body += " More rain is expected."
    library.save_article(current)
    assert state() is SyncState.CHANGED
    current.body = "The river rose overnight."
    library.save_article(current)
    assert state() is SyncState.SYNCED  # the same content again: nothing to send
    update = outbox.enqueue(library, article, ninjs, Action.UPDATE, now=NOW)
    assert update is not None and outbox.mark_sending(library, update, NOW)
    outbox.record_attention(library, update, "Wire refused it (HTTP 422): no body", NOW)
    assert state() is SyncState.FAILED
    [on_wire] = states.article_sync(library, article)
    assert on_wire.state is SyncState.FAILED and "no body" in on_wire.message


def test_a_paused_target_shows_as_failed(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    item = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    outbox.record_paused(library, item, "Refused the password.", NOW)
    assert states.sync_states(library, [article])[article] is SyncState.FAILED


def test_sync_states_of_many_articles_take_one_query(
    library: Library, ninjs: Target, wp_target: Target
) -> None:
    ids = [new_article(library, f"Story {n}") for n in range(60)]
    for article in ids[:20]:
        item = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
        assert item is not None
        sent(library, item)
    outbox.enqueue(library, ids[0], wp_target, Action.PUBLISH, now=NOW)
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    try:
        found = states.sync_states(library, ids)
    finally:
        library.conn.set_trace_callback(None)
    assert len(statements) == 1
    assert found[ids[0]] is SyncState.QUEUED  # queued on WordPress outranks synced on Wire
    assert all(found[i] is SyncState.SYNCED for i in ids[1:20])
    assert all(found[i] is SyncState.NOT_PUBLISHED for i in ids[20:])
    assert states.sync_states(library, ids[:1], target_id=ninjs.id) == {ids[0]: SyncState.SYNCED}


def test_the_log_lists_every_attempt(library: Library, ninjs: Target) -> None:
    article = new_article(library)
    item = outbox.enqueue(library, article, ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    outbox.record_retry(library, item, "Wire is busy (HTTP 503).", NOW, NOW)
    sent(library, outbox.entry(library, item.id))
    log = outbox.sync_log(library, article_id=article)
    assert [(row.outcome, row.action, row.target_name) for row in log] == [
        ("sent", "publish", "Wire"),
        ("retry", "publish", "Wire"),
    ]
    assert log[1].detail == "Wire is busy (HTTP 503)." and log[1].at == NOW
    assert log[0].slug == library.article(article).slug


def test_prune_done_keeps_what_is_pending_and_the_log(library: Library, ninjs: Target) -> None:
    done = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    pending = outbox.enqueue(library, new_article(library, "B"), ninjs, Action.PUBLISH, now=NOW)
    assert done is not None and pending is not None
    sent(library, done)
    assert outbox.prune_done(library, NOW) == 0  # done at NOW, not before
    assert outbox.prune_done(library, NOW + timedelta(days=1)) == 1
    assert [e.id for e in outbox.entries(library, include_done=True)] == [pending.id]
    assert outbox.sync_log(library)[0].outcome == Outcome.SENT


def test_recover_interrupted_requeues_and_logs(library: Library, ninjs: Target) -> None:
    item = outbox.enqueue(library, new_article(library), ninjs, Action.PUBLISH, now=NOW)
    assert item is not None and outbox.mark_sending(library, item, NOW)
    assert outbox.recover_interrupted(library, NOW) == 1
    back = outbox.entry(library, item.id)
    assert back.state is EntryState.QUEUED and back.attempts == 1
    assert outbox.sync_log(library)[0].outcome == Outcome.INTERRUPTED


def test_read_only_library_refuses_to_queue(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as lib:
        target = add_target(lib, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
        article = new_article(lib)
    with open_library(path, read_only=True) as lib, pytest.raises(Exception, match="read-only"):
        outbox.enqueue(lib, article, target, Action.PUBLISH)


# -- assembly -----------------------------------------------------------------------------
def test_assemble_sends_the_body_with_its_images(library: Library, ninjs: Target) -> None:
    photo = library.add_media("flood.png", "image/png", PNG, alt="Water", caption="The bridge")
    cover = library.add_media("cover.png", "image/png", png(200, 20, 20), alt="Cover", credit="AP")
    tree = library.section_tree()
    child = next(s for s, depth in tree.walk() if depth == 1)
    article = library.create_article(
        Article(
            headline="Floods",
            standfirst="The valley is cut off.",
            body=f"First.\n\n![Water](media:{photo.uid})\n\nSee [the map](article:the-map).\n"
            "<script>alert(1)</script>",
            dateline="Paris",
            section_id=child.id,
            tags=["weather", "floods"],
            featured_media_id=cover.id,
            published_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        )
    )
    assert article.id is not None
    item = assemble(library, article.id, Action.PUBLISH, idempotency_key="k1", retried=True)
    assert item.retried and item.idempotency_key == "k1" and item.action is Action.PUBLISH
    assert "<script" not in item.body_html and "<html" not in item.body_html
    assert "PARIS" in item.body_html and "<figure>" in item.body_html
    assert f'src="{LOCAL_MEDIA_PREFIX}{photo.uid}"' in item.body_html
    assert "/the-map" in item.body_html
    assert item.section_path == tuple(s.name for s in tree.lineage(child.id))
    assert item.section_slugs[-1] == child.slug and len(item.section_path) == 2
    assert item.tags == ("weather", "floods")
    assert item.published_at == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert item.published_at.tzinfo is not None
    assert [(m.uid, m.featured) for m in item.media] == [(cover.uid, True), (photo.uid, False)]
    assert item.media[1].local_url == f"{LOCAL_MEDIA_PREFIX}{photo.uid}"
    # What goes is the image's web rendition: the same picture, re-encoded without any
    # of the original's metadata, with its own hash.
    sent = item.media[1]
    assert sent.data == make_rendition(PNG).data and sent.caption == "The bridge"
    assert sent.mime_type == "image/png" and sent.filename == "flood.png"
    assert sent.sha256 == hashlib.sha256(sent.data).hexdigest()
    assert Image.open(io.BytesIO(sent.data)).tobytes() == Image.open(io.BytesIO(PNG)).tobytes()
    assert item.body_markdown.startswith("First.")
