"""The background outbox worker on a real library: a static-site target in tmp_path,
and a ninjs receiver on 127.0.0.1 (pytest-httpserver) for slow answers, 503 and 401."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from golive_helpers import approve
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Action, Publisher, SyncState, Target
from newsroom.core.publish.commands import publisher_factory
from newsroom.core.publish.outbox import EntryState
from newsroom.core.publish.secrets import Secrets
from newsroom.core.publish.sync import PublisherFactory
from newsroom.core.publish.targets import add_target, target_by_id
from newsroom.gui.publish.outbox_worker import OutboxWorker
from newsroom.gui.tasks import TaskManager

LONG_POLL = 600_000  # the slow timer never fires within a test


def article(library: Library, headline: str = "Storm hits the coast") -> int:
    made = library.create_article(Article(headline=headline, body="The wind came at dawn."))
    assert made.id is not None
    approve(library, made.id)
    return made.id


def make_worker(
    library: Library, tasks: TaskManager, secrets: Secrets, **kwargs: object
) -> OutboxWorker:
    return OutboxWorker(library, tasks, secrets=secrets, poll_ms=LONG_POLL, **kwargs)  # type: ignore[arg-type]


def test_sends_what_is_enqueued_off_the_gui_thread(
    qtbot, library: Library, tasks: TaskManager, secrets: Secrets, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    target = add_target(library, "Site", "static", str(site))
    article_id = article(library)
    threads: list[str] = []

    def make_factory(conn: Library) -> PublisherFactory:
        assert conn is not library  # its own connection
        inner = publisher_factory(conn, secrets)

        def make(t: Target) -> Publisher:
            threads.append(threading.current_thread().name)
            return inner(t)

        return make

    worker = make_worker(library, tasks, secrets, make_factory=make_factory)
    outbox.enqueue(library, article_id, target, Action.PUBLISH)
    with qtbot.waitSignal(worker.states_changed, timeout=10000):
        worker.request()
    assert states.sync_states(library, [article_id]) == {article_id: SyncState.SYNCED}
    assert list(site.rglob("index.html")), "the static site has the article's page"
    assert threads and threading.main_thread().name not in threads
    engine = worker.engine
    assert engine is not None and worker.engine is engine  # made once
    assert worker.shutdown()
    assert worker.engine is None  # shut down, it makes no other


def test_never_two_runs_at_once(
    qtbot, library: Library, tasks: TaskManager, secrets: Secrets, httpserver: HTTPServer
) -> None:
    """Requests during a run fold into one more run after it, never a second engine
    run alongside (run_once would refuse: the worker would report a failure)."""
    target = add_target(library, "Wire", "ninjs", httpserver.url_for("/"))
    calls: list[float] = []

    def slow(request: Request) -> Response:
        calls.append(time.monotonic())
        time.sleep(0.4)
        return Response('{"url": "https://wire.example/1"}', 200, content_type="application/json")

    httpserver.expect_request("/items", method="POST").respond_with_handler(slow)
    worker = make_worker(library, tasks, secrets)
    failures: list[str] = []
    worker.failed.connect(failures.append)
    first = article(library, "First")
    outbox.enqueue(library, first, target, Action.PUBLISH)
    worker.request()
    qtbot.waitUntil(lambda: worker.running, timeout=5000)
    second = article(library, "Second")
    outbox.enqueue(library, second, target, Action.PUBLISH)
    for _ in range(5):
        worker.request()
    qtbot.waitUntil(lambda: worker.runs == 2 and not worker.running, timeout=10000)
    qtbot.wait(300)
    assert worker.runs == 2, "five requests during a run make one more run, not five"
    assert failures == []
    assert states.sync_states(library, [first, second]) == {
        first: SyncState.SYNCED,
        second: SyncState.SYNCED,
    }
    worker.shutdown()


def test_503_is_retried_later_by_itself(
    qtbot, library: Library, tasks: TaskManager, secrets: Secrets, httpserver: HTTPServer
) -> None:
    target = add_target(library, "Wire", "ninjs", httpserver.url_for("/"))
    answers = iter([Response("Busy", 503, headers={"Retry-After": "1"})])

    def handler(request: Request) -> Response:
        return next(answers, Response("{}", 200, content_type="application/json"))

    httpserver.expect_request("/items", method="POST").respond_with_handler(handler)
    article_id = article(library)
    worker = make_worker(library, tasks, secrets)
    outbox.enqueue(library, article_id, target, Action.PUBLISH)
    with qtbot.waitSignal(worker.run_finished, timeout=10000) as first:
        worker.request()
    assert first.args[0].retrying == 1
    waiting = outbox.entries(library)
    assert len(waiting) == 1 and waiting[0].last_error and waiting[0].next_attempt_at
    on_wire = [s for s in states.article_sync(library, article_id) if s.target_id == target.id]
    assert on_wire[0].state is SyncState.QUEUED and on_wire[0].message
    # No request(): the worker wakes at the entry's next attempt (Retry-After: 1 s).
    started = time.monotonic()
    qtbot.waitUntil(
        lambda: states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED,
        timeout=8000,
    )
    assert 0.5 < time.monotonic() - started < 6
    assert len(httpserver.log) == 2
    worker.shutdown()


def test_401_pauses_and_asks_once_then_resumes(
    qtbot, library: Library, tasks: TaskManager, secrets: Secrets, httpserver: HTTPServer
) -> None:
    target = add_target(library, "Wire", "ninjs", httpserver.url_for("/"), username="desk")
    secrets.store(target, "old password", session_only=True)

    def handler(request: Request) -> Response:
        if request.authorization and request.authorization.password == "new password":
            return Response("{}", 200, content_type="application/json")
        return Response("No", 401)

    httpserver.expect_request("/items", method="POST").respond_with_handler(handler)
    article_id = article(library)
    worker = make_worker(library, tasks, secrets)
    asked: list[tuple[Target, str]] = []
    worker.credentials_needed.connect(lambda t, m: asked.append((t, m)))
    outbox.enqueue(library, article_id, target, Action.PUBLISH)
    with qtbot.waitSignal(worker.run_finished, timeout=10000):
        worker.request()
    assert [t.name for t, _m in asked] == ["Wire"]
    assert "old password" not in asked[0][1]
    assert target_by_id(library, target.id).paused
    assert states.sync_states(library, [article_id])[article_id] is SyncState.FAILED
    # Another run while paused sends nothing and does not ask again.
    with qtbot.waitSignal(worker.run_finished, timeout=10000):
        worker.request()
    assert len(asked) == 1 and len(httpserver.log) == 1
    # New credentials: resume, and the worker sends at once.
    secrets.store(target, "new password", session_only=True)
    outbox.resume(library, target.id)
    with qtbot.waitSignal(worker.run_finished, timeout=10000):
        worker.resumed(target.id)
    assert states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED
    worker.shutdown()


def test_shutdown_waits_for_the_entry_being_sent_and_closes_its_connection(
    qtbot, library: Library, tasks: TaskManager, secrets: Secrets, httpserver: HTTPServer
) -> None:
    target = add_target(library, "Wire", "ninjs", httpserver.url_for("/"))
    arrived, sent = threading.Event(), threading.Event()

    def slow(request: Request) -> Response:
        arrived.set()
        time.sleep(0.5)
        sent.set()
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request("/items", method="POST").respond_with_handler(slow)
    ids = [article(library, f"Story {n}") for n in range(3)]
    for article_id in ids:
        outbox.enqueue(library, article_id, target, Action.PUBLISH)
    worker = make_worker(library, tasks, secrets)
    worker.request()
    qtbot.waitUntil(arrived.is_set, timeout=5000)  # the first entry is being sent
    assert worker.shutdown(timeout_s=10)
    assert sent.is_set()
    left = outbox.entries(library)
    # Cancelled between entries: none is left "sending", the rest waits for next time.
    assert all(e.state is EntryState.QUEUED for e in left)
    assert len(left) < 3
    assert worker._conn is None
    worker.request()  # after shutdown: nothing happens
    assert not worker.running


def test_entries_left_sending_by_a_crash_go_again_at_start(
    qtbot, library_path: Path, tasks: TaskManager, secrets: Secrets, tmp_path: Path
) -> None:
    library = open_library(library_path)
    try:
        target = add_target(library, "Site", "static", str(tmp_path / "site"))
        article_id = article(library)
        item = outbox.enqueue(library, article_id, target, Action.PUBLISH)
        assert item is not None
        assert outbox.mark_sending(library, item, item.created_at)  # then "kill -9"
        worker = OutboxWorker(library, tasks, secrets=secrets, poll_ms=LONG_POLL)
        # No request: the first look at the outbox, after start-up, finds it.
        qtbot.waitUntil(
            lambda: states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED,
            timeout=10000,
        )
        log = [e.outcome for e in outbox.sync_log(library)]
        assert "interrupted" in log and "sent" in log
        worker.shutdown()
    finally:
        library.close()


def test_a_read_only_library_has_no_worker(
    qtbot, library_path: Path, tasks: TaskManager, secrets: Secrets
) -> None:
    open_library(library_path).close()
    library = open_library(library_path, read_only=True)
    try:
        worker = OutboxWorker(library, tasks, secrets=secrets, poll_ms=LONG_POLL)
        worker.request()
        assert not worker.enabled and worker.engine is None and not worker.running
        assert worker.shutdown()
    finally:
        library.close()
