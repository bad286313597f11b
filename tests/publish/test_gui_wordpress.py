"""The window's publishing parts against the real WordPress on 127.0.0.1 (``wp``): the
outbox worker publishes, a change made on the site meanwhile becomes a conflict that
the conflict dialog resolves (Take Theirs, Keep Mine), and Pull from WordPress imports
the site's posts off the GUI thread, with Cancel."""

from __future__ import annotations

import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from golive_helpers import approve
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from servers.wordpress import WordPressSite

from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Action, SyncState, Target
from newsroom.core.publish.secrets import KeyringStore, Secrets
from newsroom.core.publish.targets import add_target
from newsroom.gui.publish.conflict_dialog import Choice, ConflictDialog
from newsroom.gui.publish.outbox_worker import OutboxWorker
from newsroom.gui.publish.pull_dialog import PullCancelled, PullRunner, run_pull
from newsroom.gui.tasks import TaskManager


@pytest.fixture
def secrets() -> Secrets:
    return Secrets(KeyringStore(null.Keyring()))


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    manager = TaskManager()
    yield manager
    manager.wait(30000)


@pytest.fixture
def site(library: Library, wp: WordPressSite, secrets: Secrets) -> Target:
    target = add_target(library, "Site", "wordpress", wp.url, wp.username)
    secrets.store(target, wp.app_password, session_only=True)
    return target


def rest(wp: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    response = wp.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def run(qtbot, worker: OutboxWorker) -> Any:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(worker.run_finished, timeout=60000) as finished:
        worker.request()
    return finished.args[0]


def published_then_edited_on_the_site(
    qtbot, library: Library, site: Target, wp: WordPressSite, worker: OutboxWorker
) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    token = uuid.uuid4().hex[:6]
    made = library.create_article(
        Article(headline=f"Harbour reopens {token}", body="Boats are back.", standfirst="At last.")
    )
    assert made.id is not None
    approve(library, made.id)
    outbox.enqueue(library, made.id, site, Action.PUBLISH)
    assert run(qtbot, worker).sent == 1
    remote = outbox.known_remote(library, made.id, site.id)
    assert remote is not None
    time.sleep(1.1)  # WordPress keeps modified_gmt to the second
    rest(wp, "POST", f"wp/v2/posts/{remote.remote_id}", json={"title": f"Desk title {token}"})
    article = library.article(made.id)
    library.save_article(replace_body(article, "Boats are back, and ferries too."))
    outbox.enqueue(library, made.id, site, Action.UPDATE)
    summary = run(qtbot, worker)
    assert summary.conflicts == 1, summary.failures
    assert states.sync_states(library, [made.id])[made.id] is SyncState.CONFLICT
    return made.id, remote.remote_id


def replace_body(article: Article, body: str) -> Article:
    from dataclasses import replace

    return replace(article, body=body)


def test_a_change_on_the_site_is_a_conflict_and_take_theirs_brings_it_in(
    qtbot, library: Library, site: Target, wp: WordPressSite, secrets: Secrets, tasks: TaskManager
) -> None:
    worker = OutboxWorker(library, tasks, secrets=secrets, poll_ms=600_000)
    article_id, remote_id = published_then_edited_on_the_site(qtbot, library, site, wp, worker)
    dialog = ConflictDialog(library, article_id, site)
    qtbot.addWidget(dialog)
    names = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert "Headline" in names and "Text" in names
    dialog.fields.setCurrentRow(names.index("Headline"))
    assert "Desk title" in dialog.diff.toPlainText()
    dialog.take_button.click()
    assert dialog.choice is Choice.TAKE_THEIRS
    stored = library.article(article_id)
    assert stored.headline.startswith("Desk title")
    assert "ferries" not in stored.body  # the site's text, not ours
    assert states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED
    # Nothing waits: the next run sends nothing and the post keeps the desk's title.
    assert run(qtbot, worker).attempts == 0
    post = rest(wp, "GET", f"wp/v2/posts/{remote_id}", params={"context": "edit"})
    assert post["title"]["raw"].startswith("Desk title")
    worker.shutdown()


def test_keep_mine_overwrites_the_site(
    qtbot, library: Library, site: Target, wp: WordPressSite, secrets: Secrets, tasks: TaskManager
) -> None:
    worker = OutboxWorker(library, tasks, secrets=secrets, poll_ms=600_000)
    article_id, remote_id = published_then_edited_on_the_site(qtbot, library, site, wp, worker)
    dialog = ConflictDialog(library, article_id, site)
    qtbot.addWidget(dialog)
    dialog.keep_button.click()
    assert run(qtbot, worker).sent == 1
    post = rest(wp, "GET", f"wp/v2/posts/{remote_id}", params={"context": "edit"})
    assert post["title"]["raw"] == library.article(article_id).headline
    assert "ferries" in post["content"]["raw"]
    assert states.sync_states(library, [article_id])[article_id] is SyncState.SYNCED
    worker.shutdown()


def test_pull_from_wordpress_runs_off_the_gui_thread(
    qtbot, library: Library, site: Target, wp: WordPressSite, secrets: Secrets, tasks: TaskManager
) -> None:
    token = uuid.uuid4().hex[:6]
    for n in range(3):
        rest(
            wp,
            "POST",
            "wp/v2/posts",
            json={"title": f"Pulled {token} {n}", "content": "<p>Words.</p>", "status": "publish"},
        )
    total = int(
        wp.rest("GET", "/wp/v2/posts", params={"status": "any", "per_page": 1}).headers[
            "x-wp-total"
        ]
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = PullRunner(library, site, tasks, parent, secrets=secrets)
    counts: list[int] = []
    runner._relay.progress.connect(counts.append)
    with qtbot.waitSignal(runner.finished, timeout=60000) as finished:
        runner.start()
        assert runner.progress.isVisible()
        assert runner.progress.labelText().startswith("Reading the posts of Site")
    message, changed = finished.args
    assert changed and message.startswith(f"Pulled from Site: {total} new, 0 updated")
    headlines = {a.headline for a in library.articles()}
    assert {f"Pulled {token} {n}" for n in range(3)} <= headlines
    assert counts[-1] == total
    assert not runner.running


def test_cancel_stops_the_pull_before_the_next_post(
    qtbot, library: Library, site: Target, wp: WordPressSite, secrets: Secrets
) -> None:
    token = uuid.uuid4().hex[:6]
    for n in range(3):
        rest(wp, "POST", "wp/v2/posts", json={"title": f"Half {token} {n}", "status": "draft"})
    before = len(library.articles())
    cancel = threading.Event()
    with pytest.raises(PullCancelled) as stopped:
        # The journalist presses Cancel as the first post is read.
        run_pull(library, site, secrets, cancel, lambda count: cancel.set())
    assert stopped.value.posts_read == 1
    assert len(library.articles()) == before + 1, "that post is in, the rest waits"


def test_the_cancel_button_stops_the_runner(
    qtbot, library: Library, site: Target, secrets: Secrets, tasks: TaskManager
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = PullRunner(library, site, tasks, parent, secrets=secrets)
    with qtbot.waitSignal(runner.finished, timeout=60000) as finished:
        runner.start()
        button = runner.progress.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        assert runner.cancel.is_set()
        assert "Stopping" in runner.progress.labelText()
    message, _changed = finished.args
    # Every list (categories first) stops at Cancel: nothing was imported.
    assert "was stopped after 0 posts" in message


def test_the_menu_command_pulls_and_reloads_the_list(
    qtbot, tmp_path: Path, wp: WordPressSite, secrets: Secrets
) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "gui"))
    from dialogs import answer_dialog

    from newsroom.gui.main_window import MainWindow

    token = uuid.uuid4().hex[:6]
    category = rest(wp, "POST", "wp/v2/categories", json={"name": f"Harbours {token}"})
    rest(
        wp,
        "POST",
        "wp/v2/posts",
        json={"title": f"Menu pull {token}", "status": "publish", "categories": [category["id"]]},
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_library(tmp_path / "Window.newsroom"), settings, secrets=secrets)
    qtbot.addWidget(window)
    try:
        target = add_target(window.library, "Site", "wordpress", wp.url, wp.username)
        secrets.store(target, wp.app_password, session_only=True)
        window.publishing.update_menu()
        assert window.publishing.pull_action.isEnabled()
        texts = answer_dialog(QMessageBox.StandardButton.Ok)
        window.publishing.pull_action.trigger()
        qtbot.waitUntil(lambda: bool(texts), timeout=60000)
        assert texts[0].startswith("Pulled from Site:")
        model = window.article_model
        headlines = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert f"Menu pull {token}" in headlines
        sections = window.sections.model()
        names = [sections.index(r, 0).data() for r in range(sections.rowCount())]
        assert f"Harbours {token}" in names
    finally:
        window.close()
