"""Sections as WordPress categories (same hierarchy) and tags as tags: each found by
name under its parent or created, and what the site calls it remembered in the library
(``remote_terms``), so the next article asks nothing.

A category is remembered per section (``section:<id>``) with the name and parent it was
last given (``sent_as``): a section renamed or moved in the library renames or moves its
category on the next send, and never makes a second one. Libraries made before keep
their categories: a category remembered by the section's path is taken over."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from newsroom.core.publish.base import Target
from newsroom.core.publish.wp_fields import term_name
from newsroom.core.publish.wp_rest import WordPressError, WordPressRest
from newsroom.core.sections import format_path

if TYPE_CHECKING:
    from newsroom.core.library import Library

_ROUTES = {"category": "wp/v2/categories", "tag": "wp/v2/tags"}


def section_key(section_id: int) -> str:
    """How a section's category is remembered."""
    return f"section:{section_id}"


def _sent_as(value: str) -> tuple[str, int] | None:
    try:
        given = json.loads(value)
        return str(given["name"]), int(given["parent"] or 0)
    except (ValueError, TypeError, KeyError):
        return None


def _same_name(a: str, b: str) -> bool:
    # WordPress compares term names without regard to case (MySQL collation).
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class WordPressTerms:
    """The categories and tags of one site, as far as one library uses them."""

    def __init__(self, rest: WordPressRest, library: Library, target: Target) -> None:
        self.rest = rest
        self.library = library
        self.target = target

    def categories(self, path: Sequence[str], section_ids: Sequence[int] = ()) -> list[int]:
        """The category for a section path, each level found or created; ``[]`` for none.

        With the sections' ids (from the top, as ``path``), each level is the category
        remembered for that section, renamed or moved to match it when it changed."""
        if len(section_ids) != len(path):
            return self._categories_by_path(path)
        parent = 0
        for depth, (name, section_id) in enumerate(zip(path, section_ids, strict=True), 1):
            parent = self._section_category(section_id, name, parent, format_path(path[:depth]))
        return [parent] if path else []

    def _categories_by_path(self, path: Sequence[str]) -> list[int]:
        parent = 0
        for depth in range(1, len(path) + 1):
            key = format_path(path[:depth])
            parent = self._term("category", key, path[depth - 1], parent)
        return [parent] if path else []

    def _section_category(self, section_id: int, name: str, parent: int, old_key: str) -> int:
        key = section_key(section_id)
        row = self._row("category", key) or self._take_over(old_key, key)
        if row is not None:
            remote_id, sent_as = int(row[0]), row[1]
            if sent_as is None:
                # Found by its name and parent (or under its path): it has them.
                self.remember("category", key, remote_id, sent_as=(name, parent))
                return remote_id
            if _sent_as(sent_as) == (name, parent):
                return remote_id
            moved = self._rename(remote_id, name, parent)
            if moved is not None:
                self.remember("category", key, moved, sent_as=(name, parent))
                return moved
            self._forget_key("category", key)  # deleted on the site: found or made again
        term = self._find("category", name, parent)
        if term is None:
            term = self._create("category", name, parent)
        self.remember("category", key, term, sent_as=(name, parent))
        return term

    def _rename(self, remote_id: int, name: str, parent: int) -> int | None:
        """Give a category its section's name and parent; the category that has them
        already on the site instead, if there is one; None if it was deleted there."""
        body = {"name": name, "parent": parent}
        try:
            self.rest.request("POST", f"{_ROUTES['category']}/{remote_id}", json=body)
        except WordPressError as exc:
            if exc.code == "term_exists" and exc.data.get("term_id"):
                return int(exc.data["term_id"])
            if exc.status == 404 or exc.code == "rest_term_invalid":
                return None
            raise
        return remote_id

    def _row(self, kind: str, key: str) -> tuple[str, str | None] | None:
        row = self.library.conn.execute(
            "SELECT remote_id, sent_as FROM remote_terms "
            "WHERE target_id = ? AND kind = ? AND local_key = ?",
            [self.target.id, kind, key],
        ).fetchone()
        return (str(row[0]), row[1]) if row is not None else None

    def _take_over(self, old_key: str, key: str) -> tuple[str, str | None] | None:
        """A category remembered by the section's path (as libraries did before),
        remembered from now on by the section."""
        row = self._row("category", old_key)
        if row is not None:
            db = self.library.db
            with db.atomic():
                db.execute(
                    "UPDATE remote_terms SET local_key = ? "
                    "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                    [key, self.target.id, old_key],
                )
        return row

    def section_of(self, remote_id: int) -> int | None:
        """The section a category is remembered for, if any."""
        row = self.library.conn.execute(
            "SELECT local_key FROM remote_terms WHERE target_id = ? AND kind = 'category' "
            "AND remote_id = ? AND local_key LIKE 'section:%' ORDER BY local_key",
            [self.target.id, str(remote_id)],
        ).fetchone()
        if row is None:
            return None
        try:
            return int(str(row[0]).split(":", 1)[1])
        except ValueError:
            return None

    def tags(self, names: Iterable[str]) -> list[int]:
        ids: list[int] = []
        for name in names:
            if name.strip():
                term = self._term("tag", name.strip().casefold(), name.strip(), None)
                if term not in ids:
                    ids.append(term)
        return ids

    def remember(
        self, kind: str, key: str, remote_id: int, *, sent_as: tuple[str, int] | None = None
    ) -> None:
        """Remember what the site calls a term (and, for a section's category, the name
        and parent it has there)."""
        given = json.dumps({"name": sent_as[0], "parent": sent_as[1]}) if sent_as else None
        db = self.library.db
        with db.atomic():
            db.execute(
                "INSERT INTO remote_terms (target_id, kind, local_key, remote_id, sent_as) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, kind, local_key) "
                "DO UPDATE SET remote_id = excluded.remote_id, sent_as = excluded.sent_as",
                [self.target.id, kind, key, str(remote_id), given],
            )

    def _forget_key(self, kind: str, key: str) -> None:
        db = self.library.db
        with db.atomic():
            db.execute(
                "DELETE FROM remote_terms WHERE target_id = ? AND kind = ? AND local_key = ?",
                [self.target.id, kind, key],
            )

    def forget(self, kind: str) -> None:
        """Forget every term of a kind: one of them was deleted on the site. (A merge
        of categories still waiting stays: it is carried out before the next send.)"""
        db = self.library.db
        with db.atomic():
            db.execute(
                "DELETE FROM remote_terms WHERE target_id = ? AND kind = ? "
                "AND local_key NOT LIKE 'merged:%'",
                [self.target.id, kind],
            )

    def _term(self, kind: str, key: str, name: str, parent: int | None) -> int:
        row = self.library.conn.execute(
            "SELECT remote_id FROM remote_terms WHERE target_id = ? AND kind = ? AND local_key = ?",
            [self.target.id, kind, key],
        ).fetchone()
        if row is not None:
            return int(row[0])
        term = self._find(kind, name, parent)
        if term is None:
            term = self._create(kind, name, parent)
        self.remember(kind, key, term)
        return term

    def _find(self, kind: str, name: str, parent: int | None) -> int | None:
        params: dict[str, Any] = {"search": name, "context": "edit", "hide_empty": "false"}
        if parent is not None:
            params["parent"] = parent
        for term in self.rest.pages(_ROUTES[kind], params):
            if _same_name(term_name(term.get("name")), name) and (
                parent is None or int(term.get("parent") or 0) == parent
            ):
                return int(term["id"])
        return None

    def _create(self, kind: str, name: str, parent: int | None) -> int:
        body: dict[str, Any] = {"name": name}
        if parent:
            body["parent"] = parent
        try:
            return int(self.rest.request("POST", _ROUTES[kind], json=body)["id"])
        except WordPressError as exc:
            # Found by WordPress's own comparison where our search missed it
            # (names with ``&``, which the site stores escaped).
            if exc.code == "term_exists" and exc.data.get("term_id"):
                return int(exc.data["term_id"])
            raise
