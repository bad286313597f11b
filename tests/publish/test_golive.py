"""Going live on a real library file and a real static-site folder: only what the desk
approved goes out, the site follows the library (spike, unpublish, trash, bring back),
a scheduled article becomes published once a target confirms it, and what will change
is told before it changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from golive_helpers import approve
from publish_helpers import png

from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, NoteKind, RelatedLink, Status
from newsroom.core.publish import approval, changes, commands, golive, outbox, states
from newsroom.core.publish.approval import NotApproved
from newsroom.core.publish.base import Action, Outgoing, Remote, SyncState, Target
from newsroom.core.publish.sync import SyncEngine
from newsroom.core.publish.targets import add_target
from newsroom.core.workflow import move


@pytest.fixture
def site(library: Library, tmp_path: Path) -> Target:
    return add_target(library, "Site folder", "static", str(tmp_path / "site"))


def story(library: Library, headline: str = "Floods in the valley", **fields: object) -> int:
    article = library.create_article(
        Article(
            headline=headline,
            body="VALLEY — The river rose overnight.",
            **fields,  # type: ignore[arg-type]
        )
    )
    assert article.id is not None
    return article.id


def page_of(site: Target, library: Library, article_id: int) -> Path:
    return Path(site.url) / "articles" / f"{library.article(article_id).slug}.html"


def sync(library: Library, site: Target) -> commands.SyncSummary:
    return commands.sync(library, site.name)


# -- only what was approved goes out ---------------------------------------------------
@pytest.mark.parametrize(
    ("status", "words"),
    [
        (Status.DRAFT, "Draft: mark it ready"),
        (Status.IN_REVIEW, "In review: the desk has not approved it yet"),
        (Status.SPIKED, "Spiked: bring it back before publishing."),
    ],
)
def test_an_article_not_approved_is_refused_and_nothing_is_queued(
    library: Library, site: Target, status: Status, words: str
) -> None:
    article_id = story(library)
    approve(library, article_id, status)
    with pytest.raises(NotApproved) as refused:
        golive.publish(library, article_id, site)
    assert words in str(refused.value) and refused.value.findings == []
    assert outbox.entries(library, include_done=True) == []
    assert sync(library, site).attempts == 0
    assert not (Path(site.url) / "articles").exists()


def test_the_checklist_errors_are_the_reasons(library: Library, site: Target) -> None:
    article_id = story(library)
    approve(library, article_id)
    library.save_article(replace(library.article(article_id), byline=""))
    refused = approval.refusal(library, article_id)
    assert refused is not None
    assert [f.field for f in refused.findings] == ["byline"]
    assert "Add a byline" in str(refused)
    with pytest.raises(NotApproved):
        golive.publish(library, article_id, site)
    assert outbox.entries(library) == []


def test_a_trashed_article_is_refused(library: Library, site: Target) -> None:
    article_id = story(library)
    approve(library, article_id)
    library.trash_articles([article_id])
    with pytest.raises(NotApproved, match="in the trash"):
        golive.publish(library, article_id, site)


def test_an_article_that_changed_after_it_was_queued_is_checked_again(
    library: Library, site: Target
) -> None:
    article_id = story(library)
    approve(library, article_id)
    golive.publish(library, article_id, site)
    move(library, article_id, Status.IN_REVIEW)  # the desk took it back
    summary = sync(library, site)
    assert summary.sent == 0 and summary.attention == 1
    assert "In review" in summary.failures[0]
    assert not page_of(site, library, article_id).exists()
    [waiting] = outbox.entries(library)
    assert waiting.state is outbox.EntryState.ATTENTION and "Not sent" in (waiting.last_error or "")
    # Approved again, the same entry goes.
    move(library, article_id, Status.READY)
    golive.publish(library, article_id, site)
    assert sync(library, site).sent == 1
    assert page_of(site, library, article_id).exists()


def test_a_ready_article_goes_out_and_becomes_published(library: Library, site: Target) -> None:
    article_id = story(library)
    approve(library, article_id)
    golive.publish(library, article_id, site)
    summary = sync(library, site)
    assert summary.sent == 1 and summary.confirmed == 1
    assert library.article(article_id).status is Status.PUBLISHED
    assert page_of(site, library, article_id).exists()
    # The publication time it took is not a change to send again.
    assert states.sync_states(library, [article_id]) == {article_id: SyncState.SYNCED}
    assert changes.plan(library, article_id, site).unchanged


# -- the site follows the library --------------------------------------------------------
def published(library: Library, site: Target, headline: str = "Floods in the valley") -> int:
    article_id = story(library, headline)
    approve(library, article_id)
    golive.publish(library, article_id, site)
    assert sync(library, site).sent == 1
    assert library.article(article_id).status is Status.PUBLISHED
    return article_id


def test_spiking_takes_it_down_and_bringing_it_back_reuses_the_same_page(
    library: Library, site: Target
) -> None:
    article_id = published(library, site)
    page = page_of(site, library, article_id)
    [first] = [r for r in outbox.sync_log(library) if r.outcome == "sent"]
    golive.set_status(library, article_id, Status.SPIKED)
    [takedown] = outbox.entries(library)
    assert takedown.action is Action.UNPUBLISH
    assert sync(library, site).sent == 1
    assert not page.exists()
    index = (Path(site.url) / "index.html").read_text(encoding="utf-8")
    assert "Floods in the valley" not in index
    assert states.sync_states(library, [article_id]) == {article_id: SyncState.NOT_PUBLISHED}

    for status in (Status.DRAFT, Status.IN_REVIEW, Status.READY):
        golive.set_status(library, article_id, status)
    golive.publish(library, article_id, site)
    assert sync(library, site).sent == 1
    assert page.exists()
    again = [r for r in outbox.sync_log(library) if r.outcome == "sent"][0]
    assert again.detail == first.detail  # the same address: no second page
    assert outbox.known_remote(library, article_id, site.id) is not None


def test_unpublishing_takes_it_down_too(library: Library, site: Target) -> None:
    article_id = published(library, site)
    golive.set_status(library, article_id, Status.READY)  # "Unpublish"
    assert sync(library, site).sent == 1
    assert not page_of(site, library, article_id).exists()


def test_a_take_down_waits_offline_and_survives_a_restart(tmp_path: Path) -> None:
    path, folder = tmp_path / "Desk.newsroom", tmp_path / "drive" / "site"
    folder.parent.mkdir()
    with open_library(path) as library:
        site = add_target(library, "Drive", "static", str(folder))
        article_id = published(library, site)
        golive.set_status(library, article_id, Status.SPIKED)
        (folder.parent).rename(tmp_path / "unplugged")  # the drive is gone
        summary = sync(library, site)
        assert summary.sent == 0 and summary.retrying == 1
    with open_library(path) as library:
        [waiting] = outbox.entries(library)
        assert waiting.action is Action.UNPUBLISH and waiting.state is outbox.EntryState.QUEUED
        (tmp_path / "unplugged").rename(folder.parent)  # plugged in again
        outbox.retry_now(library, waiting.id)
        assert sync(library, site).sent == 1
    assert not (folder / "articles").exists() or not list((folder / "articles").iterdir())


def test_a_take_down_is_not_stuck_behind_a_refused_send(library: Library, site: Target) -> None:
    article_id = published(library, site)
    library.save_article(replace(library.article(article_id), body="Edited."))
    golive.publish(library, article_id, site, Action.UPDATE)
    [update] = outbox.entries(library)
    assert outbox.mark_sending(library, update, datetime.now(UTC))
    outbox.record_attention(
        library, outbox.entry(library, update.id), "Refused.", datetime.now(UTC)
    )
    golive.set_status(library, article_id, Status.SPIKED)
    assert sync(library, site).sent == 1
    assert not page_of(site, library, article_id).exists()
    assert outbox.entries(library) == []


def test_trashing_takes_it_down_and_the_trash_keeps_it_until_it_is_off(
    library: Library, site: Target
) -> None:
    article_id = published(library, site)
    golive.trash(library, [article_id])
    assert library.empty_trash() == 0  # the take-down would go with it
    assert sync(library, site).sent == 1
    assert not page_of(site, library, article_id).exists()
    assert library.empty_trash() == 1


def test_a_section_rename_queues_updates_of_what_is_on_a_site(
    library: Library, site: Target
) -> None:
    from newsroom.core.section_ops import rename_section

    article_id = published(library, site)
    other = story(library, "Not on any site")
    approve(library, other)
    section_id = library.article(article_id).section_id
    assert section_id is not None
    top = library.section_tree().lineage(section_id)[0]
    rename_section(library, top.id, "Our Europe")
    assert golive.sections_changed(library, [top.id]) == []
    [update] = outbox.entries(library)
    assert update.article_id == article_id and update.action is Action.UPDATE
    assert sync(library, site).sent == 1
    assert "Our Europe" in page_of(site, library, article_id).read_text(encoding="utf-8")


# -- a scheduled article and the site's confirmation ---------------------------------------
class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class HoldingSite:
    """Stands in for a site that holds a post until its time (WordPress ``future``)
    and says whether it is live, as the WordPress client does; the real site's
    behaviour is tested against WordPress in test_wordpress_golive.py."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.sent: list[Action] = []

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        self.sent.append(item.action)
        when = item.published_at
        return Remote("7", "http://127.0.0.1:9/7", live=when is None or when <= self.clock())

    def close(self) -> None:
        pass


def test_a_scheduled_article_becomes_published_once_its_time_has_passed(
    library: Library, site: Target
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    article_id = story(library, published_at=now + timedelta(hours=1))
    approve(library, article_id, Status.SCHEDULED)
    golive.publish(library, article_id, site, now=now)
    clock = Clock(now)
    engine = SyncEngine(library, commands.publisher_factory(library), clock=clock)
    assert engine.run_once().sent == 0  # not due: held in the outbox until its time
    assert outbox.entries(library)[0].not_before == now + timedelta(hours=1)
    assert library.article(article_id).status is Status.SCHEDULED
    assert not page_of(site, library, article_id).exists()  # it never left the machine
    clock.now = now + timedelta(hours=1, seconds=1)
    summary = engine.run_once()
    assert summary.sent == 1 and summary.confirmed == 1
    assert library.article(article_id).status is Status.PUBLISHED
    assert page_of(site, library, article_id).exists()


def test_a_site_that_holds_it_is_looked_at_again_at_its_time(library: Library) -> None:
    target = add_target(
        library,
        "Blog",
        "wordpress",
        "http://127.0.0.1:9/wp",
        username="anna",
        settings={"schedules": True},
    )
    now = datetime.now(UTC).replace(microsecond=0)
    article_id = story(library, published_at=now + timedelta(hours=1))
    approve(library, article_id, Status.SCHEDULED)
    golive.publish(library, article_id, target, now=now)
    clock = Clock(now)
    holding = HoldingSite(clock)
    engine = SyncEngine(library, lambda t: holding, clock=clock)
    summary = engine.run_once()
    assert summary.sent == 1 and summary.confirmed == 0
    assert library.article(article_id).status is Status.SCHEDULED  # held by the site
    [check] = outbox.entries(library)
    assert check.action is Action.UPDATE and check.not_before == now + timedelta(hours=1)
    clock.now = now + timedelta(hours=1)
    assert engine.run_once().confirmed == 1
    assert holding.sent == [Action.PUBLISH, Action.UPDATE]
    assert library.article(article_id).status is Status.PUBLISHED


# -- what will change ------------------------------------------------------------------------
def test_the_plan_lists_fields_text_and_images_against_what_was_sent(
    library: Library, site: Target
) -> None:
    photo = library.add_media("flood.png", "image/png", png(0, 0, 255), alt="The river")
    article_id = story(library)
    approve(library, article_id)
    first = changes.plan(library, article_id, site)
    assert first.action is Action.PUBLISH and not first.on_site and first.refused is None
    assert {c.key for c in first.changes} >= {"headline", "byline", "section"}
    golive.publish(library, article_id, site)
    assert sync(library, site).sent == 1
    assert changes.plan(library, article_id, site).unchanged

    article = library.article(article_id)
    library.save_article(
        replace(
            article,
            headline="Floods cut the valley off",
            body=article.body + f"\n\n![The river](media:{photo.uid})",
            seo_title="Valley floods",
        )
    )
    library.set_related_links(article_id, [RelatedLink("Earlier <floods>", "https://example.org/")])
    library.add_note(article_id, NoteKind.CORRECTION, "The river rose by two metres, not three.")
    later = changes.plan(library, article_id, site)
    assert later.action is Action.UPDATE and later.on_site
    by_key = {c.key: c for c in later.changes}
    assert by_key["headline"].before == "Floods in the valley"
    assert by_key["headline"].after == "Floods cut the valley off"
    assert by_key["seo_title"].after == "Valley floods"
    assert "Earlier <floods>" in by_key["related"].after
    assert "Correction" in by_key["notes"].after and "two metres" in by_key["notes"].after
    assert any(line.startswith("+![The river]") for line in later.text_diff)
    assert later.uploads == ["flood.png"]
    text = changes.format_plan([later])
    assert "Floods in the valley" in text and "Images to upload: flood.png" in text
    assert outbox.entries(library) == []  # a plan queues nothing


def test_the_plan_of_a_refused_article_says_why(library: Library, site: Target) -> None:
    article_id = story(library)
    plan = changes.plan(library, article_id, site)
    assert plan.refused is not None
    text = changes.format_plan([plan])
    assert "Refused: nothing would be sent." in text and "Draft" in text


def test_the_plan_says_when_an_embargo_holds_it(library: Library, site: Target) -> None:
    until = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    article_id = story(library, embargo_until=until)
    approve(library, article_id)
    plan = changes.plan(library, article_id, site)
    assert plan.refused is None and plan.held_until == until
    assert "Held in the outbox until" in changes.format_plan([plan])


def test_articles_synced_before_the_upgrade_stay_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 4 hashes more of an article (SEO fields, related links, notes): what was
    synced under the old hash is still synced after it, and what had changed still has."""
    import hashlib
    import json

    from newsroom.core import schema

    path = tmp_path / "Old.newsroom"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        patch.setattr(schema, "SCHEMA_VERSION", 3)
        library = open_library(path)
    try:
        assert library.schema_version == 3
        target = add_target(library, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
        same, edited = story(library, "Kept"), story(library, "Edited")
        for article_id in (same, edited):
            old = library.conn.execute(
                f"SELECT {schema._HASH_COLUMNS_3} FROM articles a "
                "LEFT JOIN media fm ON fm.id = a.featured_media_id WHERE a.id = ?",
                [article_id],
            ).fetchone()
            text = json.dumps(list(old), ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(text.encode()).hexdigest()
            if article_id == edited:
                digest = "0" * 64
            library.conn.execute(
                "INSERT INTO sync_state (article_id, target_id, remote_id, content_hash, state) "
                "VALUES (?, ?, ?, ?, 'synced')",
                [article_id, target.id, f"urn:{article_id}", digest],
            )
        library.conn.commit()
    finally:
        library.close()
    with open_library(path) as library:
        assert library.schema_version == schema.SCHEMA_VERSION
        assert states.sync_states(library, [same, edited]) == {
            same: SyncState.SYNCED,
            edited: SyncState.CHANGED,
        }
