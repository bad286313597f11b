"""The article's fields are declared once (newsroom/core/fields.py), and what is not
derived from that list is held to it here: a field added to the article and not
declared, a column missing, or a field a target receives but the change hash does not
read, fails."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from newsroom.core import change_hash, fields, transfer
from newsroom.core.exporters.markdown import export_markdown
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, Status


def test_every_attribute_of_the_article_is_declared_once_in_its_order() -> None:
    declared = [f.name for f in fields.ARTICLE_FIELDS]
    assert declared == [f.name for f in dataclasses.fields(Article)]


def test_every_declared_column_is_in_a_new_library(tmp_path: Path) -> None:
    with open_library(tmp_path / "New.newsroom") as library:
        columns = {r[1] for r in library.conn.execute("PRAGMA table_info(articles)")}
    assert {f.column for f in fields.COLUMNS} <= columns


def test_what_a_target_receives_is_what_the_change_hash_reads() -> None:
    read = change_hash.HASH_COLUMNS
    for field in fields.ARTICLE_FIELDS:
        if field.hashed is not None:
            assert field.hashed in read, f"{field.name} is sent but not in the change hash"
    # ...and the hash reads no column of the article that is not declared as sent.
    hashed = {f.hashed for f in fields.ARTICLE_FIELDS if f.hashed}
    article_columns = {c.strip() for c in read.split(",") if c.strip().startswith("a.")}
    assert article_columns - hashed <= {"a.media_edits"}  # an image's edits: not a field


def test_a_stored_article_comes_back_field_for_field(library: Library) -> None:
    """Every declared field, written with a value of its own, reads back the same."""
    section = library.sections()[0].id
    moment = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    made = library.create_article(
        Article(
            **{f.name: f"{f.name} value" for f in fields.PLAIN if f.name != "timezone"},
            timezone="Europe/Brussels",
            section_id=section,
            tags=["floods", "rhine"],
            status=Status.IN_REVIEW,
            published_at=moment,
            embargo_until=moment,
        )
    )
    stored = library.article(made.id or 0)
    for field in fields.PLAIN:
        assert getattr(stored, field.name) == getattr(made, field.name)
    assert stored.slug == "slug-value" and stored.headline == "headline value"
    assert (stored.section_id, stored.tags, stored.status) == (
        section,
        ["floods", "rhine"],
        Status.IN_REVIEW,
    )
    assert stored.published_at == moment and stored.embargo_until == moment


def test_every_plain_field_travels_through_a_markdown_file(library: Library) -> None:
    values = {f.name: f"{f.name} words" for f in fields.PLAIN if f.name != "timezone"}
    made = library.create_article(Article(**values, timezone="Europe/Brussels"))
    text = export_markdown(library, library.article(made.id or 0))
    back = transfer.parse_markdown(library, text, "the file").article
    for field in fields.PLAIN:
        if field.name != "slug":  # the library makes it unique on import
            assert getattr(back, field.name) == getattr(made, field.name), field.name
