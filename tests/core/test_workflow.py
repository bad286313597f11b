"""The article workflow and Library.set_status, on a real library file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsroom.core.errors import ReadOnlyError, WorkflowError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, RelatedLink, Status
from newsroom.core.revisions import list_revisions
from newsroom.core.workflow import (
    MOVES,
    ChecklistBlockedError,
    allowed_moves,
    check_move,
    move,
    move_label,
)

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def complete(library: Library, **changes: object) -> Article:
    section = next(s for s in library.sections() if s.name == "Business")
    article = library.create_article(
        Article(
            **{
                "headline": "Ports brace for a strike",
                "body": "Dockers vote on Friday.",
                "byline": "Jan Peeters",
                "dateline": "Antwerp",
                "section_id": section.id,
                **changes,
            }
        )
    )
    assert article.id is not None
    library.set_related_links(
        article.id, [RelatedLink(f"R{n}", f"https://example.org/{n}") for n in range(3)]
    )
    return article


def walk(library: Library, article_id: int, *statuses: Status) -> Article:
    article = library.article(article_id)
    for status in statuses:
        article = move(library, article_id, status, now=NOW)
    return article


def test_every_status_has_moves_and_none_to_itself() -> None:
    assert set(MOVES) == set(Status)
    for status in Status:
        assert allowed_moves(status), status
        assert status not in allowed_moves(status)
    # Every status can be reached from draft, and every status can be spiked or is spiked.
    reached, todo = {Status.DRAFT}, [Status.DRAFT]
    while todo:
        for new in allowed_moves(todo.pop()):
            if new not in reached:
                reached.add(new)
                todo.append(new)
    assert reached == set(Status)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (Status.DRAFT, Status.PUBLISHED),
        (Status.DRAFT, Status.READY),
        (Status.SPIKED, Status.PUBLISHED),
        (Status.PUBLISHED, Status.DRAFT),
        (Status.IN_REVIEW, Status.SCHEDULED),
    ],
)
def test_moves_outside_the_workflow_are_refused(old: Status, new: Status) -> None:
    with pytest.raises(WorkflowError) as caught:
        check_move(old, new)
    message = str(caught.value)
    assert message[0].isupper() and message.endswith(".")
    assert "_" not in message  # no "in_review" in a sentence for people


def test_the_refusal_says_what_is_possible() -> None:
    with pytest.raises(WorkflowError, match="A draft cannot be published; it can be sent to "
                       "review or spiked."):  # fmt: skip
        check_move(Status.DRAFT, Status.PUBLISHED)
    with pytest.raises(WorkflowError, match="already"):
        check_move(Status.READY, Status.READY)


def test_buttons_say_what_the_move_does() -> None:
    assert move_label(Status.DRAFT, Status.IN_REVIEW) == "Send to review"
    assert move_label(Status.PUBLISHED, Status.READY) == "Unpublish"
    assert move_label(Status.PUBLISHED, Status.SPIKED) == "Kill"
    assert move_label(Status.SPIKED, Status.DRAFT) == "Restore as draft"
    labels = [move_label(old, new) for old in Status for new in allowed_moves(old)]
    assert all(label and label[0].isupper() for label in labels)


def test_an_article_goes_from_draft_to_published(library: Library) -> None:
    article = complete(library)
    assert article.id is not None and article.published_at is None
    published = walk(library, article.id, Status.IN_REVIEW, Status.READY, Status.PUBLISHED)
    assert published.status is Status.PUBLISHED
    assert published.published_at == NOW
    assert library.summary(article.id).status is Status.PUBLISHED
    reasons = [r.reason for r in list_revisions(library, article.id)]
    assert reasons == [
        "status: Ready → Published",
        "status: In review → Ready",
        "status: Draft → In review",
        "created",
    ]


def test_publishing_keeps_an_earlier_date_but_not_a_future_one(library: Library) -> None:
    earlier = NOW - timedelta(days=3)
    kept = complete(library, published_at=earlier)
    assert kept.id is not None
    assert walk(library, kept.id, Status.IN_REVIEW, Status.READY, Status.PUBLISHED).published_at
    assert library.article(kept.id).published_at == earlier
    future = complete(library, published_at=NOW + timedelta(days=1))
    assert future.id is not None
    now_date = walk(library, future.id, Status.IN_REVIEW, Status.READY, Status.PUBLISHED)
    assert now_date.published_at == NOW


def test_unpublish_and_kill(library: Library) -> None:
    article = complete(library)
    assert article.id is not None
    walk(library, article.id, Status.IN_REVIEW, Status.READY, Status.PUBLISHED)
    back = move(library, article.id, Status.READY, now=NOW + timedelta(hours=1))
    assert back.status is Status.READY and back.published_at == NOW
    walk(library, article.id, Status.SPIKED, Status.DRAFT)
    assert library.article(article.id).status is Status.DRAFT


def test_a_refused_move_changes_nothing(library: Library) -> None:
    article = complete(library)
    assert article.id is not None
    before = library.revision_count(article.id)
    with pytest.raises(WorkflowError):
        move(library, article.id, Status.PUBLISHED, now=NOW)
    assert library.article(article.id).status is Status.DRAFT
    assert library.revision_count(article.id) == before


def test_checklist_errors_block_ready_but_not_review(library: Library) -> None:
    article = complete(library, byline="")
    assert article.id is not None
    walk(library, article.id, Status.IN_REVIEW)
    before = library.revision_count(article.id)
    with pytest.raises(ChecklistBlockedError) as caught:
        move(library, article.id, Status.READY, now=NOW)
    assert [f.field for f in caught.value.findings] == ["byline"]
    assert str(caught.value).startswith("The article cannot be marked ready yet. Add a byline")
    assert library.article(article.id).status is Status.IN_REVIEW
    assert library.revision_count(article.id) == before
    # Warnings do not block: no dateline, no related links.
    article = library.article(article.id)
    article.byline, article.dateline = "Jan Peeters", ""
    library.save_article(article)
    library.set_related_links(article.id or 0, [])
    assert move(library, article.id or 0, Status.READY, now=NOW).status is Status.READY


def test_an_embargo_blocks_publishing_but_allows_a_schedule_after_it(library: Library) -> None:
    until = NOW + timedelta(hours=6)
    article = complete(library, embargo_until=until)
    assert article.id is not None
    walk(library, article.id, Status.IN_REVIEW, Status.READY)
    with pytest.raises(ChecklistBlockedError, match="embargo"):
        move(library, article.id, Status.PUBLISHED, now=NOW)
    with pytest.raises(ChecklistBlockedError, match="publication time in the future"):
        move(library, article.id, Status.SCHEDULED, now=NOW)
    stored = library.article(article.id)
    stored.published_at = until
    library.save_article(stored)
    scheduled = move(library, article.id, Status.SCHEDULED, now=NOW)
    assert scheduled.status is Status.SCHEDULED and scheduled.published_at == until
    published = move(library, article.id, Status.PUBLISHED, now=until)
    assert published.published_at == until


def test_a_read_only_library_refuses_a_move(library: Library, tmp_path: Path) -> None:
    article = complete(library)
    assert article.id is not None
    path = library.path
    library.close()
    with open_library(path, read_only=True) as read_only, pytest.raises(ReadOnlyError):
        move(read_only, article.id, Status.IN_REVIEW, now=NOW)
    with open_library(path) as again:
        assert again.article(article.id).status is Status.DRAFT
