"""The article's fields, declared once.

Each :class:`Field` says where the field lives in the library file, how a Markdown
file's front matter names it, and whether a target receives it (so that a change to it
counts as a change since the last sync). The library reads and writes its ``articles``
row from this list, and the front matter of an imported file is read from it; the
tests hold the rest to it: every attribute of :class:`~newsroom.core.model.Article` is
declared here, every column exists, and every field a target receives is in the change
hash (:mod:`newsroom.core.change_hash`, whose order is a stored format and stays
written out).

Adding a field to the article: the attribute in :class:`~newsroom.core.model.Article`,
its line here, a migration that adds the column, and, if targets receive it, its column
in the change hash (with a migration that rehashes); the form shows it with a widget of
its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: How a value is kept: text as it is, a time as UTC ISO text, an id, the status's
#: value, or a list kept in a table of its own.
Kind = Literal["text", "time", "id", "status", "list"]


@dataclass(frozen=True)
class Field:
    #: The attribute of :class:`~newsroom.core.model.Article`.
    name: str
    kind: Kind = "text"
    #: The column of ``articles``; None for one kept elsewhere (the tags).
    column: str | None = None
    #: Written by every save (else set once, or by a rule of its own: the slug).
    saved: bool = True
    #: The front matter's keys for it, the first the one Newsroom writes.
    front_matter: tuple[str, ...] = ()
    #: Plain text that a file gives as it is (front matter).
    plain: bool = False
    #: Where the change hash reads it; None: targets do not receive it.
    hashed: str | None = None


def _text(name: str, *aliases: str) -> Field:
    """A plain text field that targets receive, its front matter key its own name."""
    return Field(name, "text", name, front_matter=(name, *aliases), plain=True, hashed=f"a.{name}")


#: In the order of :class:`~newsroom.core.model.Article`'s attributes.
ARTICLE_FIELDS: tuple[Field, ...] = (
    _text("headline", "title"),
    Field("body", "text", "body", hashed="a.body"),
    _text("standfirst"),
    Field(
        "slug", "text", "slug", saved=False, front_matter=("slug",), plain=True, hashed="a.slug"
    ),  # fmt: skip
    _text("byline", "author"),
    _text("dateline"),
    Field("section_id", "id", "section_id", front_matter=("section",), hashed="a.section_id"),
    Field("tags", "list", None, front_matter=("tags",), hashed="a.tags_text"),
    Field("status", "status", "status", front_matter=("status",)),
    Field("created_at", "time", "created_at", saved=False),
    Field("updated_at", "time", "updated_at", front_matter=("updated",)),
    Field(
        "published_at",
        "time",
        "published_at",
        front_matter=("published", "date"),
        hashed="a.published_at",
    ),  # fmt: skip
    Field("embargo_until", "time", "embargo_until", hashed="a.embargo_until"),
    _text("timezone"),
    _text("seo_title"),
    _text("seo_description"),
    Field("featured_media_id", "id", "featured_media_id", hashed="a.featured_media_id"),
    _text("language"),
    Field("id", "id", "id", saved=False),
    Field("uid", "text", "uid", saved=False),
)

#: The fields kept in the ``articles`` row.
COLUMNS = tuple(f for f in ARTICLE_FIELDS if f.column is not None)
#: The plain text fields a Markdown file's front matter may give.
PLAIN = tuple(f for f in ARTICLE_FIELDS if f.plain)
