"""Revisions: recording, listing, comparing and restoring, on a real library file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.revisions import (
    DiffRow,
    diff_lines,
    diff_revisions,
    get_revision,
    list_revisions,
    record_revision,
    restore_revision,
)


def edit(library: Library, article_id: int, **changes: str) -> Article:
    article = library.article(article_id)
    for name, value in changes.items():
        setattr(article, name, value)
    return library.save_article(article)


@pytest.fixture
def article_id(library: Library) -> int:
    article = library.create_article(Article(headline="Rhine closed", body="One two three."))
    assert article.id is not None
    return article.id


def test_an_edit_is_recorded_once(library: Library, article_id: int) -> None:
    edit(library, article_id, body="One two three four five.")
    first = record_revision(library, article_id)
    assert first is not None
    assert record_revision(library, article_id) is None  # nothing changed since
    edit(library, article_id, byline="Anna Weber")  # not part of a revision's text
    assert record_revision(library, article_id) is None
    edit(library, article_id, standfirst="Barges wait at Basel.")
    second = record_revision(library, article_id, reason="end of editing")
    assert second is not None and second > first
    assert get_revision(library, second).reason == "end of editing"
    assert library.revision_count(article_id) == 3


def test_the_list_is_newest_first_with_word_deltas(library: Library, article_id: int) -> None:
    edit(library, article_id, body="One two three four five.")
    record_revision(library, article_id)
    edit(library, article_id, body="One.")
    record_revision(library, article_id)
    infos = list_revisions(library, article_id)
    assert [(i.reason, i.word_count, i.word_delta) for i in infos] == [
        ("edit", 1, -4),
        ("edit", 5, 2),
        ("created", 3, 3),
    ]
    assert [i.delta_text for i in infos] == ["−4 words", "+2 words", "+3 words"]
    assert replace(infos[0], word_delta=0).delta_text == "±0 words"
    assert replace(infos[0], word_delta=1).delta_text == "+1 word"
    assert infos[0].created_at.tzinfo is not None
    assert list_revisions(library, 9999) == []


def test_a_missing_revision_is_reported_plainly(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no longer in the library"):
        get_revision(library, 9999)


def test_side_by_side_rows() -> None:
    rows = diff_lines(["a", "b", "c", "d"], ["a", "B", "c", "e", "f"])
    assert rows == [
        DiffRow("a", "a", "equal", 1, 1),
        DiffRow("b", "B", "changed", 2, 2),
        DiffRow("c", "c", "equal", 3, 3),
        DiffRow("d", "e", "changed", 4, 4),
        DiffRow("", "f", "added", None, 5),
    ]
    assert diff_lines(["x", "y"], ["x"]) == [
        DiffRow("x", "x", "equal", 1, 1),
        DiffRow("y", "", "removed", 2, None),
    ]


def test_comparing_two_revisions(library: Library, article_id: int) -> None:
    edit(library, article_id, headline="Rhine reopens", body="One two three.\n\nNew paragraph.")
    newer = record_revision(library, article_id)
    assert newer is not None
    older = list_revisions(library, article_id)[-1].id
    rows = diff_revisions(get_revision(library, older), get_revision(library, newer))
    assert rows[0] == DiffRow("Rhine closed", "Rhine reopens", "changed", 1, 1)
    assert [r.kind for r in rows if r.kind != "equal"] == ["changed", "added", "added"]
    assert rows[-1].right == "New paragraph."


def test_restoring_a_revision(library: Library, article_id: int) -> None:
    original = list_revisions(library, article_id)[-1]
    edit(library, article_id, headline="Rhine reopens", body="Changed.", byline="Anna Weber")
    record_revision(library, article_id)
    restored = restore_revision(library, article_id, original.id)
    assert (restored.headline, restored.body) == ("Rhine closed", "One two three.")
    assert restored.byline == "Anna Weber"  # only the text goes back
    assert library.article(article_id).body == "One two three."
    latest = list_revisions(library, article_id)[0]
    when = original.created_at.astimezone()
    assert latest.reason == f"restored from {when.day} {when:%b %Y, %H:%M}"
    assert (latest.word_count, latest.word_delta) == (3, 2)
    # Nothing changed since the restore, so nothing more to record.
    assert record_revision(library, article_id) is None


def test_a_revision_of_another_article_is_not_restored(library: Library, article_id: int) -> None:
    other = library.create_article(Article(headline="Other"))
    assert other.id is not None
    foreign = list_revisions(library, other.id)[0].id
    with pytest.raises(NotFoundError, match="another article"):
        restore_revision(library, article_id, foreign)
    assert library.article(article_id).headline == "Rhine closed"


def test_a_read_only_library_records_nothing(library: Library, article_id: int) -> None:
    edit(library, article_id, body="Unrecorded text.")
    path: Path = library.path
    library.close()
    with open_library(path, read_only=True) as read_only:
        with pytest.raises(ReadOnlyError):
            record_revision(read_only, article_id)
        with pytest.raises(ReadOnlyError):
            restore_revision(read_only, article_id, list_revisions(read_only, article_id)[0].id)
        assert read_only.revision_count(article_id) == 1
