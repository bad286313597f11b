"""Sections merged in the library, merged on the WordPress sites too.

When section A is merged into section B, each WordPress target that has a category for A
gets a pending merge (:func:`record`), kept in the library (``remote_terms``, key
``merged:<A>``, its ``sent_as`` naming B), so that it survives quitting and waits while
offline. The target's client carries it out before its next send (:class:`CategoryMerges`):

- when B has a category there, every post in A's category (Newsroom's or not, in any
  status) is put in B's instead, A's subcategories go under B's, and A's category is
  deleted;
- when B has none yet, A's category becomes B's, and is renamed and moved like any
  section's category on the send that follows.

Each step can be done twice without harm, so a merge cut off halfway (the network, a
quit) is finished on the next try; a category already deleted on the site counts as
merged. The journalist may also keep the site as it is (:func:`forget`): A's category is
then only forgotten, and stays on the site with whatever is in it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from newsroom.core.i18n import translate
from newsroom.core.publish.base import Rejected
from newsroom.core.publish.kinds import WORDPRESS
from newsroom.core.publish.wp_rest import WordPressError
from newsroom.core.publish.wp_terms import WordPressTerms, section_key

if TYPE_CHECKING:
    from newsroom.core.library import Library

_CATEGORIES = "wp/v2/categories"
#: Every status a post may have, the trash included (``any`` leaves it out).
_EVERY_STATUS = "publish,future,draft,pending,private,trash"


def merged_key(section_id: int) -> str:
    """How a category waiting to be merged is remembered: by the section it was for."""
    return f"merged:{section_id}"


def _merge_of(value: str | None) -> tuple[int, str, int] | None:
    """The section a pending merge goes into, and the name and parent the category
    was last given (``""`` and ``-1`` when unknown)."""
    try:
        given = json.loads(value or "")
        name = given.get("name")
        parent = given.get("parent")
        return (
            int(given["into"]),
            str(name) if name is not None else "",
            int(parent) if parent is not None else -1,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _merge_json(into_id: int, sent_as: str | None) -> str:
    given: dict[str, Any] = {}
    try:
        loaded = json.loads(sent_as or "")
        if isinstance(loaded, dict):
            given = {k: loaded[k] for k in ("name", "parent") if k in loaded}
    except ValueError:
        pass
    return json.dumps({**given, "into": into_id})


def holders(library: Library, section_id: int) -> list[str]:
    """The WordPress targets that have a category for the section (before a merge: where
    merging it would change the site)."""
    rows = library.conn.execute(
        "SELECT DISTINCT t.name FROM remote_terms r JOIN targets t ON t.id = r.target_id "
        "WHERE r.kind = 'category' AND r.local_key = ? AND t.kind = ? "
        "ORDER BY t.name COLLATE NOCASE",
        [section_key(section_id), WORDPRESS.name],
    ).fetchall()
    return [str(row[0]) for row in rows]


def record(library: Library, source_id: int, into_id: int) -> list[str]:
    """After section ``source_id`` was merged into ``into_id``: a merge of its category
    on each WordPress target that has one, carried out at the next sync. Returns the
    names of those targets."""
    return _after_merge(library, source_id, into_id, on_site=True)


def forget(library: Library, source_id: int) -> list[str]:
    """After section ``source_id`` was merged (or deleted), when the sites are to stay
    as they are: its category is forgotten, and a merge of it not yet carried out is
    dropped. Returns the names of the WordPress targets where its category stays."""
    return _after_merge(library, source_id, None, on_site=False)


def _after_merge(
    library: Library, source_id: int, into_id: int | None, *, on_site: bool
) -> list[str]:
    db = library.db
    names: list[str] = []
    with db.atomic():
        rows = library.conn.execute(
            "SELECT r.target_id, r.local_key, r.remote_id, r.sent_as, t.name "
            "FROM remote_terms r JOIN targets t ON t.id = r.target_id "
            "WHERE r.kind = 'category' AND r.local_key IN (?, ?) AND t.kind = ? "
            "ORDER BY t.name COLLATE NOCASE, t.id, r.local_key DESC",
            [section_key(source_id), merged_key(source_id), WORDPRESS.name],
        ).fetchall()
        for target_id, key, remote_id, sent_as, name in rows:
            db.execute(
                "DELETE FROM remote_terms "
                "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                [target_id, key],
            )
            if on_site and into_id is not None:
                # The category waits to be merged (one waiting already goes on into
                # where the source went).
                db.execute(
                    "INSERT INTO remote_terms (target_id, kind, local_key, remote_id, sent_as) "
                    "VALUES (?, 'category', ?, ?, ?) ON CONFLICT (target_id, kind, local_key) "
                    "DO UPDATE SET remote_id = excluded.remote_id, sent_as = excluded.sent_as",
                    [target_id, merged_key(source_id), remote_id, _merge_json(into_id, sent_as)],
                )
            if str(name) not in names:
                names.append(str(name))
        # Merges waiting to go into the source go into where the source went.
        waiting = library.conn.execute(
            "SELECT target_id, local_key, sent_as FROM remote_terms "
            "WHERE kind = 'category' AND local_key LIKE 'merged:%'"
        ).fetchall()
        for target_id, key, sent_as in waiting:
            merge = _merge_of(sent_as)
            if merge is None or merge[0] != source_id:
                continue
            if into_id is None:
                db.execute(
                    "DELETE FROM remote_terms "
                    "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                    [target_id, key],
                )
            else:
                db.execute(
                    "UPDATE remote_terms SET sent_as = ? "
                    "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                    [_merge_json(into_id, sent_as), target_id, key],
                )
    return names


class CategoryMerges:
    """The merges waiting for one site, carried out by its client before a send."""

    def __init__(self, terms: WordPressTerms) -> None:
        self.terms = terms
        self.rest = terms.rest
        self.library = terms.library
        self.target = terms.target

    def pending(self) -> list[tuple[str, int, tuple[int, str, int]]]:
        """The merges waiting for this site: key, category and where it goes."""
        rows = self.library.conn.execute(
            "SELECT local_key, remote_id, sent_as FROM remote_terms "
            "WHERE target_id = ? AND kind = 'category' AND local_key LIKE 'merged:%' "
            "ORDER BY rowid",
            [self.target.id],
        ).fetchall()
        found = []
        for key, remote_id, sent_as in rows:
            merge = _merge_of(sent_as)
            try:
                category = int(remote_id)
            except ValueError:
                category = 0
            if merge is None or not category:
                self._drop(str(key))  # not a merge Newsroom can read: nothing to do
                continue
            found.append((str(key), category, merge))
        return found

    def apply(self) -> None:
        """Carry out every merge waiting for this site. Raises the outbox's error
        classes; a merge that failed stays waiting for the next try."""
        for key, category, (into_id, name, parent) in self.pending():
            self._merge(key, category, into_id, name, parent)

    def _merge(self, key: str, category: int, into_id: int, name: str, parent: int) -> None:
        into_name = self._section_name(into_id)
        if into_name is None:
            self._drop(key)  # the section it was for is gone too: leave the site alone
            return
        into = self._category_of(into_id)
        if into is None:
            # The section has no category here yet: this one becomes its category,
            # renamed and moved to match it by the send that follows.
            given = json.dumps({"name": name, "parent": parent})
            db = self.library.db
            with db.atomic():
                db.execute(
                    "UPDATE remote_terms SET local_key = ?, sent_as = ? "
                    "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                    [section_key(into_id), given, self.target.id, key],
                )
            return
        if into != category and not self._still_used(category):
            try:
                self._move_posts(category, into)
                self._move_subcategories(category, into)
                self._delete(category)
            except WordPressError as exc:
                if name:
                    message = translate(
                        "CategoryMerges",
                        "The category “{name}” could not be merged into “{into}” on the "
                        "site: {error} Nothing was sent; the merge will be tried again with "
                        "the next send.",
                    )
                else:
                    message = translate(
                        "CategoryMerges",
                        "The category of the merged section could not be merged into "
                        "“{into}” on the site: {error} Nothing was sent; the merge will be "
                        "tried again with the next send.",
                    )
                raise Rejected(message.format(name=name, into=into_name, error=exc)) from exc
        self._drop(key)

    def _move_posts(self, category: int, into: int) -> None:
        """Every post in ``category`` in ``into`` instead, its other categories kept."""
        posts = list(
            self.rest.pages(
                "wp/v2/posts",
                {
                    "categories": category,
                    "status": _EVERY_STATUS,
                    "context": "edit",
                    "_fields": "id,categories",
                },
            )
        )  # all of them first: each one moved leaves the list
        for post in posts:
            had = [int(c) for c in post.get("categories") or []]
            if category not in had:
                continue
            now: list[int] = []
            for term in had:
                term = into if term == category else term
                if term not in now:
                    now.append(term)
            try:
                self.rest.request(
                    "POST",
                    f"wp/v2/posts/{post['id']}",
                    params={"_fields": "id"},
                    json={"categories": now},
                )
            except WordPressError as exc:
                if exc.status != 404 and exc.code != "rest_post_invalid_id":
                    raise  # deleted meanwhile: nothing to move

    def _move_subcategories(self, category: int, into: int) -> None:
        """The subcategories of ``category`` under ``into``; one whose name ``into``
        has already stays, and WordPress gives it the parent of ``category``."""
        children = list(
            self.rest.pages(
                _CATEGORIES, {"parent": category, "context": "edit", "hide_empty": "false"}
            )
        )
        for child in children:
            try:
                self.rest.request("POST", f"{_CATEGORIES}/{child['id']}", json={"parent": into})
            except WordPressError as exc:
                if exc.code not in ("term_exists", "rest_term_invalid") and exc.status != 404:
                    raise

    def _delete(self, category: int) -> None:
        try:
            self.rest.request("DELETE", f"{_CATEGORIES}/{category}", params={"force": "true"})
        except WordPressError as exc:
            if exc.status != 404 and exc.code != "rest_term_invalid":
                raise  # already deleted on the site: merged

    def _category_of(self, section_id: int) -> int | None:
        row = self.library.conn.execute(
            "SELECT remote_id FROM remote_terms "
            "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
            [self.target.id, section_key(section_id)],
        ).fetchone()
        try:
            return int(row[0]) if row is not None else None
        except ValueError:
            return None

    def _still_used(self, category: int) -> bool:
        """Whether a section still has this category (it is then not deleted)."""
        return self.terms.section_of(category) is not None

    def _section_name(self, section_id: int) -> str | None:
        row = self.library.conn.execute(
            "SELECT name FROM sections WHERE id = ?", [section_id]
        ).fetchone()
        return str(row[0]) if row is not None else None

    def _drop(self, key: str) -> None:
        db = self.library.db
        with db.atomic():
            db.execute(
                "DELETE FROM remote_terms "
                "WHERE target_id = ? AND kind = 'category' AND local_key = ?",
                [self.target.id, key],
            )
