"""An article's history: revisions of its headline, standfirst and text.

The library records a revision when an article is created and at each status change;
the app records one at the end of each burst of editing (:func:`record_revision`,
which skips the record when the text did not change). Any revision can be compared
with another (:func:`diff_revisions`) or restored (:func:`restore_revision`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from newsroom.core.errors import NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.model import Article, Status

if TYPE_CHECKING:
    from newsroom.core.library import Library

RowKind = Literal["equal", "changed", "added", "removed"]


@dataclass(frozen=True)
class RevisionInfo:
    """A revision as a history list shows it; ``word_delta`` is against the one before."""

    id: int
    article_id: int
    created_at: datetime
    reason: str
    status: Status
    word_count: int
    word_delta: int

    @property
    def delta_text(self) -> str:
        """``"+12 words"``, ``"−1 word"``, ``"±0 words"``."""
        n = abs(self.word_delta)
        sign = "+" if self.word_delta > 0 else "−" if self.word_delta < 0 else "±"
        return translate("RevisionInfo", "{sign}%n word(s)", None, n).format(sign=sign)


@dataclass(frozen=True)
class Revision:
    """One stored version of an article's headline, standfirst and text."""

    id: int
    article_id: int
    created_at: datetime
    reason: str
    status: Status
    headline: str
    standfirst: str
    body: str
    word_count: int

    def lines(self) -> list[str]:
        """The revision as lines to compare: headline, standfirst, a blank line, the text."""
        return [self.headline, self.standfirst, "", *self.body.splitlines()]


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side comparison; a side is empty where it has no line."""

    left: str
    right: str
    kind: RowKind
    left_line: int | None = None
    right_line: int | None = None


def _revision(r: dict[str, Any]) -> Revision:
    return Revision(
        id=r["id"],
        article_id=r["article_id"],
        created_at=datetime.fromisoformat(r["created_at"]),
        reason=r["reason"],
        status=Status(r["status"]),
        headline=r["headline"],
        standfirst=r["standfirst"],
        body=r["body"],
        word_count=r["word_count"],
    )


def latest_revision(library: Library, article_id: int) -> Revision | None:
    rows = list(
        library.db.query(
            "SELECT * FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1", [article_id]
        )
    )
    return _revision(rows[0]) if rows else None


def record_revision(library: Library, article_id: int, reason: str = "edit") -> int | None:
    """Record the stored article as a new revision and return its id; return None, and
    record nothing, when its headline, standfirst and text equal the latest revision's."""
    with library.db.atomic():
        article = library.article(article_id)
        latest = latest_revision(library, article_id)
        if latest is not None and (latest.headline, latest.standfirst, latest.body) == (
            article.headline,
            article.standfirst,
            article.body,
        ):
            return None
        library.add_revision(article_id, reason)
        created = latest_revision(library, article_id)
    assert created is not None
    return created.id


def list_revisions(library: Library, article_id: int) -> list[RevisionInfo]:
    """The article's revisions, newest first."""
    sql = """SELECT id, article_id, created_at, reason, status, word_count
             FROM revisions WHERE article_id = ? ORDER BY id"""
    infos: list[RevisionInfo] = []
    previous = 0
    for r in library.db.query(sql, [article_id]):
        infos.append(
            RevisionInfo(
                id=r["id"],
                article_id=r["article_id"],
                created_at=datetime.fromisoformat(r["created_at"]),
                reason=r["reason"],
                status=Status(r["status"]),
                word_count=r["word_count"],
                word_delta=r["word_count"] - previous,
            )
        )
        previous = r["word_count"]
    infos.reverse()
    return infos


def get_revision(library: Library, revision_id: int) -> Revision:
    rows = list(library.db.query("SELECT * FROM revisions WHERE id = ?", [revision_id]))
    if not rows:
        raise NotFoundError(
            translate("Revisions", "That version of the article is no longer in the library.")
        )
    return _revision(rows[0])


def diff_lines(left: list[str], right: list[str]) -> list[DiffRow]:
    """Side-by-side rows: equal lines face each other, changed lines are paired up,
    and lines only one side has face an empty line."""
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                DiffRow(left[i], right[j], "equal", i + 1, j + 1)
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        rows.extend(
            DiffRow(left[i1 + k], right[j1 + k], "changed", i1 + k + 1, j1 + k + 1)
            for k in range(pairs)
        )
        rows.extend(DiffRow(left[i], "", "removed", i + 1, None) for i in range(i1 + pairs, i2))
        rows.extend(DiffRow("", right[j], "added", None, j + 1) for j in range(j1 + pairs, j2))
    return rows


def diff_revisions(a: Revision, b: Revision) -> list[DiffRow]:
    """Compare revision ``a`` (left, usually the older) with ``b`` (right)."""
    return diff_lines(a.lines(), b.lines())


def restore_revision(library: Library, article_id: int, revision_id: int) -> Article:
    """Put the revision's headline, standfirst and text back into the article and record
    that as a new revision, "restored from <time>"; the other fields stay as they are."""
    revision = get_revision(library, revision_id)
    if revision.article_id != article_id:
        raise NotFoundError(
            translate("Revisions", "That version belongs to another article; nothing was restored.")
        )
    with library.db.atomic():
        article = library.article(article_id)
        restored = library.save_article(
            replace(
                article,
                headline=revision.headline,
                standfirst=revision.standfirst,
                body=revision.body,
            )
        )
        when = revision.created_at.astimezone()
        library.add_revision(article_id, f"restored from {when.day} {when:%b %Y, %H:%M}")
    return restored
