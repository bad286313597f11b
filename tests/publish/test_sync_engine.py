"""The sync engine on a real library file, with a client that stands in for the network;
the back-off; the command-line helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from golive_helpers import approve

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish import commands, outbox, states
from newsroom.core.publish.backoff import Backoff
from newsroom.core.publish.base import (
    Account,
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    Rejected,
    Remote,
    SyncState,
    Target,
    Temporary,
)
from newsroom.core.publish.outbox import EntryState
from newsroom.core.publish.sync import SyncEngine, SyncSummary, format_summary
from newsroom.core.publish.targets import add_target, target_by_id

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Call:
    method: str
    slug: str
    action: Action
    known: Remote | None
    force: bool
    retried: bool
    key: str


@dataclass
class FakePublisher:
    """A stand-in for the network: a target that keeps its posts in a dict, records every
    call, and raises what a scenario puts in ``script`` (one item per call; ``None``
    lets the call succeed). Like a careful real client, a create with ``retried`` looks
    for a post made with the same idempotency key before making one."""

    name: str = "Wire"
    script: list[BaseException | None] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    posts: dict[str, dict[str, object]] = field(default_factory=dict)
    closed: int = 0

    def check(self) -> Account:
        return Account("anna")

    def _next(self) -> None:
        if self.script:
            failure = self.script.pop(0)
            if failure is not None:
                raise failure

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        self.calls.append(
            Call(
                "publish", item.slug, item.action, known, force, item.retried, item.idempotency_key
            )
        )
        self._next()
        if known is None and item.retried:
            for post_id, post in self.posts.items():
                if post["key"] == item.idempotency_key:
                    known = Remote(post_id)
        post_id = known.remote_id if known else str(len(self.posts) + 1)
        self.posts[post_id] = {"key": item.idempotency_key, "title": item.headline, "live": True}
        return Remote(post_id, f"http://127.0.0.1:9/{post_id}", f"m{len(self.calls)}")

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        self.calls.append(Call("unpublish", item.slug, item.action, known, False, item.retried, ""))
        self._next()
        self.posts[known.remote_id]["live"] = False
        return known

    def close(self) -> None:
        self.closed += 1


@pytest.fixture
def wire(library: Library) -> Target:
    return add_target(library, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")


@pytest.fixture
def clock() -> Clock:
    return Clock()


def new_article(library: Library, headline: str = "Floods in the valley", **fields: object) -> int:
    article = library.create_article(
        Article(headline=headline, body="The river rose overnight.", **fields)  # type: ignore[arg-type]
    )
    assert article.id is not None
    return approve(library, article.id).id or 0


def engine_for(
    library: Library, clock: Clock, *publishers: FakePublisher, rng: float = 0.5
) -> SyncEngine:
    by_name = {p.name: p for p in publishers}

    def factory(target: Target) -> FakePublisher:
        return by_name[target.name]

    return SyncEngine(
        library, factory, clock=clock, rng=lambda: rng, backoff=Backoff(base=10, cap=100)
    )


def queue(
    library: Library, target: Target, *headlines: str, action: Action = Action.PUBLISH
) -> list[int]:
    ids = [new_article(library, h) for h in headlines]
    for article in ids:
        outbox.enqueue(library, article, target, action, now=T0)
    return ids


def test_sends_every_due_entry_in_order(library: Library, wire: Target, clock: Clock) -> None:
    ids = queue(library, wire, "One", "Two", "Three")
    client = FakePublisher()
    summary = engine_for(library, clock, client).run_once()
    assert summary.sent == 3 and summary.ok and summary.remaining == 0
    assert [c.slug for c in client.calls] == ["one", "two", "three"]
    assert all(not c.retried and c.known is None for c in client.calls)
    assert client.closed == 1
    assert set(states.sync_states(library, ids).values()) == {SyncState.SYNCED}
    assert outbox.known_remote(library, ids[0], wire.id) == Remote(
        "1", "http://127.0.0.1:9/1", "m1"
    )


def test_update_and_unpublish_use_what_the_target_knows(
    library: Library, wire: Target, clock: Clock
) -> None:
    [article] = queue(library, wire, "One")
    client = FakePublisher()
    engine = engine_for(library, clock, client)
    engine.run_once()
    outbox.enqueue(library, article, wire, Action.UPDATE, now=T0)
    outbox.enqueue(library, new_article(library, "Two"), wire, Action.PUBLISH, now=T0)
    engine.run_once()
    outbox.enqueue(library, article, wire, Action.UNPUBLISH, now=T0)
    engine.run_once()
    assert [(c.method, c.action, c.known and c.known.remote_id) for c in client.calls] == [
        ("publish", Action.PUBLISH, None),
        ("publish", Action.UPDATE, "1"),
        ("publish", Action.PUBLISH, None),
        ("unpublish", Action.UNPUBLISH, "1"),
    ]
    assert client.posts["1"]["live"] is False and len(client.posts) == 2
    assert states.sync_states(library, [article])[article] is SyncState.NOT_PUBLISHED


def test_temporary_failure_backs_off_then_sends(
    library: Library, wire: Target, clock: Clock
) -> None:
    [article] = queue(library, wire, "One")
    client = FakePublisher(script=[Temporary("Wire is busy (HTTP 503).")])
    engine = engine_for(library, clock, client, rng=0.5)
    summary = engine.run_once()
    assert summary.retrying == 1 and not summary.ok and summary.remaining == 1
    entry = outbox.entries(library)[0]
    # Full jitter: 0.5 of the first bound (10 s).
    assert entry.next_attempt_at == T0 + timedelta(seconds=5)
    assert entry.last_error == "Wire is busy (HTTP 503)." and entry.state is EntryState.QUEUED
    assert engine.next_due() == T0 + timedelta(seconds=5)
    waiting = engine.run_once()
    assert waiting.attempts == 0  # not yet
    # Still failed and queued: ``newsroom sync`` keeps exiting non-zero.
    assert not waiting.ok and waiting.failing == 1
    assert "Next attempt: 2026-03-02 09:00:05 UTC." in format_summary(waiting)
    clock.advance(5)
    again = engine.run_once()
    assert again.sent == 1 and again.ok
    # The first try may have reached the server: the second looks before creating.
    assert [c.retried for c in client.calls] == [False, True]
    assert [c.key for c in client.calls][0] == client.calls[1].key
    assert len(client.posts) == 1
    assert states.sync_states(library, [article])[article] is SyncState.SYNCED
    log = outbox.sync_log(library, article_id=article)
    assert [row.outcome for row in log] == ["sent", "retry"]


def test_a_temporary_failure_stops_the_target_for_this_run(
    library: Library, wire: Target, clock: Clock
) -> None:
    queue(library, wire, "One", "Two")
    client = FakePublisher(script=[Temporary("Wire cannot be reached.")])
    summary = engine_for(library, clock, client).run_once()
    assert summary.retrying == 1 and summary.sent == 0 and len(client.calls) == 1


def test_retry_after_wins_and_holds_the_target(
    library: Library, wire: Target, clock: Clock
) -> None:
    queue(library, wire, "One", "Two")
    client = FakePublisher(script=[Temporary("Too many requests.", retry_after=120)])
    engine = engine_for(library, clock, client)
    engine.run_once()
    assert [e.next_attempt_at for e in outbox.entries(library)] == [T0 + timedelta(seconds=120)] * 2
    clock.advance(119)
    assert engine.run_once().attempts == 0
    clock.advance(1)
    assert engine.run_once().sent == 2


def test_auth_failure_pauses_the_target_only(library: Library, wire: Target, clock: Clock) -> None:
    site = add_target(library, "Site", "ninjs", "http://127.0.0.1:9/other")
    queue(library, wire, "One", "Two")
    queue(library, site, "Three")
    wire_client = FakePublisher(script=[AuthFailed("Wire did not accept the password.")])
    site_client = FakePublisher(name="Site")
    engine = engine_for(library, clock, wire_client, site_client)
    summary = engine.run_once()
    assert summary.paused == ["Wire"] and summary.sent == 1 and not summary.ok
    assert len(wire_client.calls) == 1 and len(site_client.calls) == 1
    assert target_by_id(library, wire.id).paused
    assert "paused" in format_summary(summary)
    assert engine.run_once().attempts == 0  # nothing goes until new credentials
    outbox.resume(library, wire.id)
    assert engine.run_once().sent == 2


def test_a_missing_secret_pauses_before_any_request(
    library: Library, wire: Target, clock: Clock
) -> None:
    queue(library, wire, "One")

    def factory(target: Target) -> FakePublisher:
        raise AuthFailed("Newsroom has no password for “Wire”.")

    summary = SyncEngine(library, factory, clock=clock).run_once()
    assert summary.paused == ["Wire"] and target_by_id(library, wire.id).paused
    assert outbox.entries(library)[0].state is EntryState.QUEUED


def test_rejected_needs_attention_with_the_servers_message(
    library: Library, wire: Target, clock: Clock
) -> None:
    [article] = queue(library, wire, "One")
    message = "127.0.0.1 refused it (HTTP 403): Sorry, you are not allowed to publish."
    client = FakePublisher(script=[Rejected(message)])
    engine = engine_for(library, clock, client)
    summary = engine.run_once()
    assert summary.attention == 1 and not summary.ok and message in format_summary(summary)
    entry = outbox.entries(library)[0]
    assert entry.state is EntryState.ATTENTION and entry.last_error == message
    assert states.sync_states(library, [article])[article] is SyncState.FAILED
    clock.advance(10_000)
    assert engine.run_once().attempts == 0  # it waits for the journalist
    outbox.retry_now(library, entry.id)
    assert engine.run_once().sent == 1


def test_conflict_keep_mine_sends_with_force(library: Library, wire: Target, clock: Clock) -> None:
    [article] = queue(library, wire, "One")
    client = FakePublisher()
    engine = engine_for(library, clock, client)
    engine.run_once()
    client.script = [
        Conflict(
            "The article was changed on Wire since it was last sent.",
            Remote("1", "", "m9"),
            {"title": ("One", "One (edited on the site)")},
        )
    ]
    outbox.enqueue(library, article, wire, Action.UPDATE, now=T0)
    summary = engine.run_once()
    assert summary.conflicts == 1
    assert states.sync_states(library, [article])[article] is SyncState.CONFLICT
    info = outbox.conflict(library, article, wire.id)
    assert info is not None and info.fields == {"title": ("One", "One (edited on the site)")}
    outbox.keep_mine(library, article, wire, now=T0)
    assert engine.run_once().sent == 1
    assert [c.force for c in client.calls] == [False, False, True]
    assert outbox.conflict(library, article, wire.id) is None
    assert states.sync_states(library, [article])[article] is SyncState.SYNCED


def test_an_embargo_never_leaves_the_machine_early_unless_the_site_may_hold_it(
    library: Library, wire: Target, clock: Clock
) -> None:
    site = add_target(library, "Site", "wordpress", "http://127.0.0.1:9/wp", username="anna")
    own = add_target(
        library,
        "Own",
        "wordpress",
        "http://127.0.0.1:9/own",
        username="anna",
        settings={"schedules": True},
    )
    article = new_article(library, embargo_until=T0 + timedelta(hours=1))
    for target in (wire, site, own):
        outbox.enqueue(library, article, target, Action.PUBLISH, now=T0)
    clients = FakePublisher(), FakePublisher(name="Site"), FakePublisher(name="Own")
    engine = engine_for(library, clock, *clients)
    assert engine.run_once().sent == 1
    assert [len(c.calls) for c in clients] == [0, 0, 1]  # only the site that holds it
    assert engine.next_due() == T0 + timedelta(hours=1)
    clock.advance(3600)
    assert engine.run_once().sent == 2 and [len(c.calls) for c in clients] == [1, 1, 1]


def test_an_embargo_set_after_queueing_still_holds(
    library: Library, wire: Target, clock: Clock
) -> None:
    [article] = queue(library, wire, "One")
    current = library.article(article)
    current.embargo_until = T0 + timedelta(minutes=30)
    library.save_article(current)
    client = FakePublisher()
    engine = engine_for(library, clock, client)
    summary = engine.run_once()
    assert summary.postponed == 1 and client.calls == []
    assert outbox.entries(library)[0].not_before == T0 + timedelta(minutes=30)
    clock.advance(1800)
    assert engine.run_once().sent == 1


def test_an_entry_interrupted_mid_send_is_retried_as_such(
    library: Library, wire: Target, clock: Clock
) -> None:
    [article] = queue(library, wire, "One")
    entry = outbox.entries(library)[0]
    assert outbox.mark_sending(library, entry, T0)  # then the process died
    client = FakePublisher()
    client.posts["1"] = {"key": entry.idempotency_key, "title": "One", "live": True}
    engine = engine_for(library, clock, client)
    assert engine.recovered == 1
    assert engine.run_once().sent == 1
    assert [c.retried for c in client.calls] == [True]
    assert len(client.posts) == 1  # found, not made again
    assert outbox.known_remote(library, article, wire.id) is not None


def test_a_client_bug_needs_attention_and_stops_nothing(
    library: Library, wire: Target, clock: Clock
) -> None:
    queue(library, wire, "One", "Two")
    client = FakePublisher(script=[KeyError("remote_id")])
    summary = engine_for(library, clock, client).run_once()
    assert summary.attention == 1 and summary.sent == 1
    # In words for the journalist; the error's name and traceback only in the sync log.
    said = outbox.entries(library)[0].last_error
    assert said is not None and "did not expect" in said and "KeyError" not in said
    logged = next(e for e in outbox.sync_log(library) if e.outcome == "attention")
    assert "KeyError" not in logged.message and "KeyError: 'remote_id'" in logged.technical


def test_cancel_stops_between_entries(library: Library, wire: Target, clock: Clock) -> None:
    queue(library, wire, "One", "Two", "Three")
    client = FakePublisher()
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(client.calls) >= 1

    summary = engine_for(library, clock, client).run_once(cancel=cancel)
    assert summary.cancelled and summary.sent == 1 and summary.remaining == 2


def test_run_once_for_one_target(library: Library, wire: Target, clock: Clock) -> None:
    site = add_target(library, "Site", "ninjs", "http://127.0.0.1:9/other")
    queue(library, wire, "One")
    queue(library, site, "Two")
    wire_client, site_client = FakePublisher(), FakePublisher(name="Site")
    summary = engine_for(library, clock, wire_client, site_client).run_once("Site")
    assert summary.sent == 1 and wire_client.calls == [] and summary.remaining == 0
    with pytest.raises(Exception, match="no target"):
        engine_for(library, clock, wire_client).run_once("Nowhere")


def test_trashed_articles_are_not_sent(library: Library, wire: Target, clock: Clock) -> None:
    [article] = queue(library, wire, "One")
    library.trash_articles([article])
    client = FakePublisher()
    assert engine_for(library, clock, client).run_once().skipped == 1
    assert client.calls == []


# -- back-off ------------------------------------------------------------------------------
def test_backoff_is_exponential_jittered_and_capped() -> None:
    backoff = Backoff(base=30, cap=3600, floor=1)
    assert [backoff.bound(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff.bound(20) == 3600 and backoff.bound(10_000) == 3600
    assert backoff.delay(3, rng=lambda: 0.25) == 30
    assert backoff.delay(3, rng=lambda: 0.0) == 1  # never sooner than the floor
    assert backoff.delay(50, rng=lambda: 0.999) <= 3600


def test_backoff_honours_retry_after_within_its_cap() -> None:
    backoff = Backoff(base=30, cap=3600, retry_after_cap=6 * 3600)
    assert backoff.delay(1, retry_after=900, rng=lambda: 0.0) == 900
    assert backoff.delay(1, retry_after=30 * 86400) == 6 * 3600
    assert backoff.delay(1, retry_after=0) == backoff.floor
    moment = backoff.next_attempt(1, 60, now=T0)
    assert moment == T0 + timedelta(seconds=60)


# -- the command-line helpers ------------------------------------------------------------
def test_commands_publish_and_sync(library: Library, wire: Target) -> None:
    new_article(library, "One")
    client = FakePublisher()
    factory: Callable[[Target], FakePublisher] = lambda target: client  # noqa: E731
    summary = commands.publish(library, "one", "Wire", publisher_for=factory)
    assert summary.sent == 1 and summary.ok
    assert "Sent: 1." in commands.format_summary(summary)
    client.script = [Temporary("Wire cannot be reached.")]
    outbox.enqueue(library, library.article_by_slug("one").id or 0, wire, Action.UPDATE)
    failed = commands.sync(library, publisher_for=factory)
    assert not failed.ok and failed.remaining == 1
    assert "Wire cannot be reached." in commands.format_summary(failed)


def test_commands_sync_without_a_password_pauses(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsroom.core.publish.secrets import Secrets, SessionStore

    site = add_target(library, "Site", "wordpress", "http://127.0.0.1:9/wp", username="anna")
    outbox.enqueue(library, new_article(library), site, Action.PUBLISH)

    class NoKeychain:
        persistent = True
        weak = False

        def get(self, target: Target) -> str | None:
            return None

    secrets = Secrets(keychain=NoKeychain(), session=SessionStore())  # type: ignore[arg-type]
    summary: SyncSummary = commands.sync(
        library, publisher_for=commands.publisher_factory(library, secrets)
    )
    assert summary.paused == ["Site"] and not summary.ok
    assert "no password" in commands.format_summary(summary)
