"""Issue 16: every failure in publishing is said in words a journalist understands;
the sync log keeps the technical detail (the error's type, message and traceback) for
a bug report, and no text a person reads names a Python exception."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from golive_helpers import approve

from newsroom.core.importers.files import import_file
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.publish import clients, commands, golive, kinds, outbox
from newsroom.core.publish.approval import NotApproved
from newsroom.core.publish.base import Account, Outgoing, Remote, Target
from newsroom.core.publish.failures import explain, http_status, unexpected
from newsroom.core.publish.targets import add_target, list_targets
from newsroom.core.seed import DEFAULT_SITE_TARGET

#: A Python exception's name, as none of the texts a person reads may hold.
EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Timeout|Exit)\b|Traceback")


def assert_plain(*texts: str) -> None:
    for text in texts:
        assert text.strip(), "a failure is said, not left blank"
        assert not EXCEPTION_NAME.search(text), f"an exception's name in {text!r}"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Library]:
    """A new library as the app makes one: with its own static-site target."""
    library = open_library(tmp_path / "Desk.newsroom")
    yield library
    library.close()


def story(library: Library) -> Article:
    made = library.create_article(Article(headline="Tide tables", body="High at noon."))
    assert made.id is not None
    return approve(library, made.id)


class Raising:
    """A client with a bug: every send raises ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def check(self) -> Account:
        return Account("anna")

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        raise self.error

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        raise self.error

    def close(self) -> None:
        pass


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_imported_draft_is_refused_up_front_with_the_reason(
    desk: Library, tmp_path: Path
) -> None:
    """The issue's case: an imported draft published to the library's own site is
    refused before anything is queued, in words, as `newsroom publish` and the window
    do; the sync that follows has nothing to send and nothing to report."""
    sample = tmp_path / "sample.md"
    sample.write_text("# Sample article\n\nBody of the sample.\n", encoding="utf-8")
    (result,) = import_file(desk, sample)
    assert result.article.id is not None and result.article.status.value == "draft"
    target = next(t for t in list_targets(desk) if t.name == DEFAULT_SITE_TARGET)
    with pytest.raises(NotApproved) as refused:
        golive.publish(desk, result.article.id, target)
    assert "Draft: mark it ready" in str(refused.value)
    assert_plain(str(refused.value), *refused.value.reasons)
    assert outbox.entries(desk) == []
    summary = commands.sync(desk, target.name)
    assert summary.ok and summary.attempts == 0
    assert_plain(commands.format_summary(summary))


def test_an_unexpected_error_is_a_sentence_and_the_log_keeps_its_detail(desk: Library) -> None:
    article = story(desk)
    error = ValueError("time data '5 janvier' does not match format '%Y-%m-%d'")
    summary = commands.publish(
        desk, article.slug, DEFAULT_SITE_TARGET, publisher_for=lambda _t: Raising(error)
    )
    (entry,) = outbox.entries(desk)
    sentence = unexpected()
    assert entry.last_error == sentence
    assert sentence == (
        "Newsroom ran into a problem it did not expect while sending it; the sync log has "
        "the details for a bug report."
    )
    said = commands.format_summary(summary)
    assert sentence in said
    (logged,) = [e for e in outbox.sync_log(desk) if e.outcome == "attention"]
    assert logged.message == sentence
    assert "ValueError" in logged.technical and "5 janvier" in logged.technical
    assert "Traceback (most recent call last)" in logged.technical
    assert "in publish" in logged.technical, "the traceback shows where it was raised"
    assert_plain(entry.last_error, said, *summary.failures, logged.message)


def test_a_client_that_cannot_be_made_is_said_in_words_and_logged(desk: Library) -> None:
    article = story(desk)

    def broken(_target: Target) -> Raising:
        raise KeyError("base_url")

    summary = commands.publish(desk, article.slug, DEFAULT_SITE_TARGET, publisher_for=broken)
    assert not summary.ok or outbox.entries(desk)
    (failure,) = summary.failures
    assert "did not expect while connecting to the target" in failure
    assert_plain(failure, commands.format_summary(summary))
    (entry,) = outbox.entries(desk)
    assert entry.state is outbox.EntryState.QUEUED  # tried again at the next run
    (logged,) = [e for e in outbox.sync_log(desk) if e.outcome == "retry"]
    assert "KeyError" in logged.technical and "base_url" in logged.technical


def test_a_closed_port_says_the_site_could_not_be_reached(desk: Library) -> None:
    port = closed_port()
    target = add_target(desk, "Wire", kinds.NINJS, f"http://127.0.0.1:{port}/ninjs")
    article = story(desk)
    summary = commands.publish(
        desk,
        article.slug,
        target.name,
        publisher_for=lambda t: clients.make_publisher(t, secret=None, library=desk),
    )
    assert summary.retrying == 1
    (failure,) = summary.failures
    assert "could not reach 127.0.0.1" in failure
    (entry,) = outbox.entries(desk, target_id=target.id)
    assert entry.last_error is not None and "could not reach" in entry.last_error
    assert_plain(failure, entry.last_error, commands.format_summary(summary))


def test_a_network_error_a_client_lets_through_is_retried_in_words(desk: Library) -> None:
    article = story(desk)
    request = httpx.Request("POST", f"http://127.0.0.1:{closed_port()}/posts")
    error = httpx.ConnectError("[Errno 111] Connection refused", request=request)
    summary = commands.publish(
        desk, article.slug, DEFAULT_SITE_TARGET, publisher_for=lambda _t: Raising(error)
    )
    assert summary.retrying == 1 and summary.attention == 0
    (entry,) = outbox.entries(desk)
    assert entry.last_error is not None
    assert entry.last_error.startswith("Newsroom could not reach 127.0.0.1")
    assert_plain(entry.last_error, *summary.failures)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (httpx.ReadTimeout("timed out"), "did not answer in time"),
        (httpx.ConnectError("[Errno -2] Name or service not known"), "there is no such address"),
        (
            httpx.ConnectError(
                "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed "
                "certificate (_ssl.c:1006)"
            ),
            "certificate is not trusted",
        ),
        (httpx.RemoteProtocolError("Server disconnected"), "the connection was cut off"),
        (OSError(28, "No space left on device"), "is full"),
        (RuntimeError("dictionary changed size during iteration"), "did not expect"),
    ],
)
def test_each_kind_of_failure_is_named(error: BaseException, words: str, desk: Library) -> None:
    said = explain(error, library_path=desk.path)
    assert words in said
    assert_plain(said)


def test_an_http_status_in_words() -> None:
    response = httpx.Response(404, request=httpx.Request("GET", "https://news.example.org/a"))
    error = httpx.HTTPStatusError("Not Found", request=response.request, response=response)
    said = explain(error)
    assert said == "news.example.org answered: the page was not found (HTTP 404)."
    assert "unavailable" in http_status(503)
    assert_plain(said)


def test_the_sync_log_shows_the_detail_apart_and_copies_it(qtbot, desk: Library) -> None:
    from PySide6.QtGui import QGuiApplication

    from newsroom.gui.publish.sync_log import LogModel, SyncLogDialog

    article = story(desk)
    commands.publish(
        desk,
        article.slug,
        DEFAULT_SITE_TARGET,
        publisher_for=lambda _t: Raising(ZeroDivisionError("division by zero")),
    )
    dialog = SyncLogDialog(desk)
    qtbot.addWidget(dialog)
    model = dialog.log_model
    row = next(i for i, e in enumerate(model.rows) if e.outcome == "attention")
    shown = model.index(row, LogModel.COLUMNS.index("Detail")).data()
    assert shown == unexpected()
    outbox_error = dialog.outbox_model.index(0, 6).data()
    assert_plain(shown, outbox_error)
    assert dialog.select_log(model.rows[row].id)
    details = dialog.details.toPlainText()
    assert details.startswith(unexpected())
    assert "Technical details (for a bug report):" in details
    assert "ZeroDivisionError: division by zero" in details and "Traceback" in details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
