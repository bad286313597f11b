"""kill -9 in the middle of a send: the entry survives, and a new engine sends it once.

A child process runs the real engine on a real library with a client that "creates"
the post (a file in a folder that stands in for the server) and then blocks, as if
the answer never came. The test kills the child with SIGKILL, reopens the library and
runs a new engine, whose client looks before creating, as a real one does when told
the entry was tried before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from golive_helpers import approve

from newsroom.core.library import open_library
from newsroom.core.model import Article, Status
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Account, Action, Outgoing, Remote, SyncState
from newsroom.core.publish.outbox import EntryState
from newsroom.core.publish.sync import SyncEngine
from newsroom.core.publish.targets import add_target

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from newsroom.core.library import open_library
    from newsroom.core.publish.sync import SyncEngine

    library = open_library(sys.argv[1], create=False)
    server = Path(sys.argv[2])

    class CreatesThenHangs:
        def publish(self, item, known, *, force=False):
            (server / (item.idempotency_key + ".json")).write_text(json.dumps(item.slug))
            (server.parent / "created").write_text("yes")
            time.sleep(600)  # the answer never comes

        def close(self):
            pass

    SyncEngine(library, lambda target: CreatesThenHangs()).run_once()
    """
)


def kill_9_when(marker: Path, code: str, *args: str) -> None:
    """Run ``code`` in a child process and SIGKILL it once it made ``marker``."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=Path(__file__).resolve().parents[2]
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the child stopped before it got there"
            assert time.monotonic() < deadline, "the child never got there"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


class FolderServer:
    """The same folder as the child's "server"; a retried create looks first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.retried: list[bool] = []

    def check(self) -> Account:
        return Account("anna")

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        self.retried.append(item.retried)
        post = self.folder / f"{item.idempotency_key}.json"
        if not (item.retried and post.exists()):
            post = self.folder / f"{item.idempotency_key}-{len(list(self.folder.iterdir()))}.json"
            post.write_text(json.dumps(item.slug))
        return Remote(post.stem, f"http://127.0.0.1:9/{post.stem}")

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        raise AssertionError("not in this test")

    def close(self) -> None:
        pass


def test_kill_9_mid_send_then_sent_once(tmp_path: Path) -> None:
    path, server = tmp_path / "Desk.newsroom", tmp_path / "server"
    server.mkdir()
    with open_library(path) as library:
        target = add_target(library, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
        article = library.create_article(Article(headline="Floods", body="The river rose."))
        assert article.id is not None
        approve(library, article.id)
        outbox.enqueue(library, article.id, target, Action.PUBLISH)

    kill_9_when(tmp_path / "created", CHILD, str(path), str(server))

    with open_library(path) as library:
        [stuck] = outbox.entries(library)
        assert stuck.state is EntryState.SENDING and stuck.attempts == 1
        client = FolderServer(server)
        summary = SyncEngine(library, lambda target: client).run_once()
        assert summary.sent == 1 and summary.remaining == 0
        assert client.retried == [True]
        assert len(list(server.iterdir())) == 1  # no second post
        assert states.sync_states(library, [article.id]) == {article.id: SyncState.SYNCED}
        outcomes = [row.outcome for row in outbox.sync_log(library)]
        assert outcomes[:2] == ["sent", "interrupted"]


TAKEDOWN_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from newsroom.core.library import open_library
    from newsroom.core.model import Status
    from newsroom.core.publish import golive
    from newsroom.core.publish.sync import SyncEngine

    library = open_library(sys.argv[1], create=False)
    server, stage = Path(sys.argv[2]), sys.argv[3]

    class TakesDownThenHangs:
        def unpublish(self, item, known):
            (server / (known.remote_id + ".json")).unlink()  # the site acted...
            (server.parent / "acted").write_text("yes")
            time.sleep(600)  # ...and its answer never comes

        def close(self):
            pass

    golive.set_status(library, int(sys.argv[4]), Status.SPIKED)
    (server.parent / "spiked").write_text("yes")
    if stage == "before-send":
        time.sleep(600)  # killed before any sync
    SyncEngine(library, lambda target: TakesDownThenHangs()).run_once()
    """
)


class FolderSite(FolderServer):
    """The folder "server", which can also take a post down (idempotently)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.takedowns = 0

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        self.takedowns += 1
        (self.folder / f"{known.remote_id}.json").unlink(missing_ok=True)
        return Remote(known.remote_id, "")


@pytest.mark.parametrize("stage", ["before-send", "mid-send"])
def test_kill_9_during_a_take_down_loses_nothing(tmp_path: Path, stage: str) -> None:
    """Spiking a published article, killed before its take-down is sent or while the
    site is acting on it: the take-down is still in the outbox, and a new engine sends
    it once; the post is off the site."""
    path, server = tmp_path / "Desk.newsroom", tmp_path / "server"
    server.mkdir()
    with open_library(path) as library:
        target = add_target(library, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
        article = library.create_article(Article(headline="Floods", body="The river rose."))
        assert article.id is not None
        approve(library, article.id)
        outbox.enqueue(library, article.id, target, Action.PUBLISH)
        assert SyncEngine(library, lambda t: FolderServer(server)).run_once().sent == 1
        assert len(list(server.iterdir())) == 1
        assert library.article(article.id).status is Status.PUBLISHED  # the site has it

    marker = tmp_path / ("spiked" if stage == "before-send" else "acted")
    kill_9_when(marker, TAKEDOWN_CHILD, str(path), str(server), stage, str(article.id))

    with open_library(path) as library:
        assert library.article(article.id).status is Status.SPIKED
        [waiting] = outbox.entries(library)
        assert waiting.action is Action.UNPUBLISH
        assert waiting.state is (
            EntryState.QUEUED if stage == "before-send" else EntryState.SENDING
        )
        site = FolderSite(server)
        summary = SyncEngine(library, lambda t: site).run_once()
        assert summary.sent == 1 and summary.remaining == 0
        assert site.takedowns == 1
        assert list(server.iterdir()) == []  # off the site
        assert states.sync_states(library, [article.id]) == {article.id: SyncState.NOT_PUBLISHED}
