"""Sections as WordPress categories (same hierarchy) and tags as tags: each found by
name under its parent or created, and what the site calls it remembered in the library
(``remote_terms``), so the next article asks nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from newsroom.core.publish.base import Target
from newsroom.core.publish.wp_fields import term_name
from newsroom.core.publish.wp_rest import WordPressError, WordPressRest
from newsroom.core.sections import format_path

if TYPE_CHECKING:
    from newsroom.core.library import Library

_ROUTES = {"category": "wp/v2/categories", "tag": "wp/v2/tags"}


def _same_name(a: str, b: str) -> bool:
    # WordPress compares term names without regard to case (MySQL collation).
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class WordPressTerms:
    """The categories and tags of one site, as far as one library uses them."""

    def __init__(self, rest: WordPressRest, library: Library, target: Target) -> None:
        self.rest = rest
        self.library = library
        self.target = target

    def categories(self, path: Sequence[str]) -> list[int]:
        """The category for a section path, each level found or created; ``[]`` for none."""
        parent = 0
        for depth in range(1, len(path) + 1):
            key = format_path(path[:depth])
            parent = self._term("category", key, path[depth - 1], parent)
        return [parent] if path else []

    def tags(self, names: Iterable[str]) -> list[int]:
        ids: list[int] = []
        for name in names:
            if name.strip():
                term = self._term("tag", name.strip().casefold(), name.strip(), None)
                if term not in ids:
                    ids.append(term)
        return ids

    def remember(self, kind: str, key: str, remote_id: int) -> None:
        db = self.library.db
        with db.atomic():
            db.execute(
                "INSERT INTO remote_terms (target_id, kind, local_key, remote_id) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (target_id, kind, local_key) "
                "DO UPDATE SET remote_id = excluded.remote_id",
                [self.target.id, kind, key, str(remote_id)],
            )

    def forget(self, kind: str) -> None:
        """Forget every term of a kind: one of them was deleted on the site."""
        db = self.library.db
        with db.atomic():
            db.execute(
                "DELETE FROM remote_terms WHERE target_id = ? AND kind = ?",
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
