"""Editing the section tree: create, rename, move, reorder, delete and merge.

The tree has two levels (top-level sections and their subsections). Every
operation runs in one transaction, keeps the positions of siblings dense
(0..n-1) and the slugs unique among siblings, as the ``sections_slug`` index
requires. A refusal raises :class:`SectionError`, whose message is meant for the
journalist, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from newsroom.core.errors import NewsroomError, NotFoundError, ReadOnlyError
from newsroom.core.i18n import translate
from newsroom.core.library import make_slug
from newsroom.core.model import Section

if TYPE_CHECKING:
    from newsroom.core.library import Library


class SectionError(NewsroomError):
    """A change to the section tree that cannot be made; the message says why."""


# -- reading ---------------------------------------------------------------------------
def _section(library: Library, section_id: int) -> Section:
    row = library.conn.execute(
        "SELECT id, name, slug, parent_id, position FROM sections WHERE id = ?", [section_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(
            translate("SectionOps", "There is no section number {number} in this library.").format(
                number=section_id
            )
        )
    return Section(*row)


def _children(library: Library, parent_id: int | None) -> list[int]:
    """The ids of ``parent_id``'s children (None: the top level), in display order."""
    rows = library.conn.execute(
        "SELECT id FROM sections WHERE parent_id IS ? ORDER BY position, id", [parent_id]
    ).fetchall()
    return [int(r[0]) for r in rows]


def article_count(library: Library, section_id: int, *, with_children: bool = True) -> int:
    """How many articles the section holds, the trashed ones included (they still
    need a section), and those of its subsections unless ``with_children`` is off."""
    ids = [section_id, *(_children(library, section_id) if with_children else [])]
    marks = ",".join("?" * len(ids))
    row = library.conn.execute(
        f"SELECT count(*) FROM articles WHERE section_id IN ({marks})", ids
    ).fetchone()
    return int(row[0])


def _quoted(library: Library, section_id: int | None) -> str:
    if section_id is None:
        return translate("SectionOps", "the top level")
    return f"“{_section(library, section_id).name}”"


# -- writing helpers -------------------------------------------------------------------
@contextmanager
def _write(library: Library) -> Iterator[None]:
    if library.read_only:
        raise ReadOnlyError(
            translate("SectionOps", "“{name}” is open read-only; nothing was changed.").format(
                name=library.path.name
            )
        )
    with library.db.atomic():
        yield


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise SectionError(translate("SectionOps", "A section needs a name."))
    return cleaned


def _check_name_free(
    library: Library, name: str, parent_id: int | None, exclude_id: int | None = None
) -> None:
    """Two siblings may not share a name: a section path would not tell them apart."""
    row = library.conn.execute(
        "SELECT name FROM sections WHERE parent_id IS ? AND id IS NOT ? AND lower(name) = lower(?)",
        [parent_id, exclude_id, name],
    ).fetchone()
    if row is not None:
        raise SectionError(
            translate("SectionOps", "There is already a section “{name}” in {parent}.").format(
                name=row[0], parent=_quoted(library, parent_id)
            )
        )


def _slug_taken(
    library: Library, slug: str, parent_id: int | None, exclude_id: int | None = None
) -> bool:
    return (
        library.conn.execute(
            "SELECT 1 FROM sections WHERE parent_id IS ? AND slug = ? AND id IS NOT ?",
            [parent_id, slug, exclude_id],
        ).fetchone()
        is not None
    )


def _unique_slug(
    library: Library, wanted: str, parent_id: int | None, exclude_id: int | None = None
) -> str:
    candidate, n = wanted, 1
    while _slug_taken(library, candidate, parent_id, exclude_id):
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _renumber(library: Library, ids: list[int]) -> None:
    for position, section_id in enumerate(ids):
        library.conn.execute(
            "UPDATE sections SET position = ? WHERE id = ? AND position IS NOT ?",
            [position, section_id, position],
        )


def _place(ids: list[int], section_id: int, position: int | None) -> list[int]:
    """``ids`` with ``section_id`` at ``position`` (None or past the end: last)."""
    rest = [i for i in ids if i != section_id]
    at = len(rest) if position is None else max(0, min(position, len(rest)))
    return [*rest[:at], section_id, *rest[at:]]


def _check_parent(library: Library, parent_id: int | None) -> None:
    """A parent must be a top-level section: the tree has two levels."""
    if parent_id is None:
        return
    parent = _section(library, parent_id)
    if parent.parent_id is not None:
        raise SectionError(
            translate(
                "SectionOps",
                "“{name}” is already a subsection; sections have two levels only, "
                "so it cannot hold subsections of its own.",
            ).format(name=parent.name)
        )


# -- operations ------------------------------------------------------------------------
def create_section(
    library: Library, name: str, parent_id: int | None = None, position: int | None = None
) -> Section:
    """A new section under ``parent_id`` (None: at the top), last unless ``position``."""
    name = _clean_name(name)
    with _write(library):
        _check_parent(library, parent_id)
        _check_name_free(library, name, parent_id)
        slug = _unique_slug(library, make_slug(name), parent_id)
        cursor = library.conn.execute(
            "INSERT INTO sections (name, slug, parent_id, position) VALUES (?, ?, ?, ?)",
            [name, slug, parent_id, len(_children(library, parent_id))],
        )
        new_id = int(cursor.lastrowid or 0)
        _renumber(library, _place(_children(library, parent_id), new_id, position))
    return _section(library, new_id)


def rename_section(library: Library, section_id: int, name: str) -> Section:
    """Rename a section. Its slug follows the name, unless a sibling has that slug
    already: then the old slug stays."""
    name = _clean_name(name)
    with _write(library):
        section = _section(library, section_id)
        if name == section.name:
            return section
        _check_name_free(library, name, section.parent_id, section_id)
        slug = make_slug(name)
        if _slug_taken(library, slug, section.parent_id, section_id):
            slug = section.slug
        library.conn.execute(
            "UPDATE sections SET name = ?, slug = ? WHERE id = ?", [name, slug, section_id]
        )
    return _section(library, section_id)


def move_section(
    library: Library, section_id: int, parent_id: int | None, position: int | None = None
) -> Section:
    """Move a section under ``parent_id`` (None: to the top level), to ``position``
    among its new siblings (None: last). Moving within the same parent reorders."""
    with _write(library):
        section = _section(library, section_id)
        if parent_id == section_id:
            raise SectionError(
                translate("SectionOps", "“{name}” cannot be put inside itself.").format(
                    name=section.name
                )
            )
        _check_parent(library, parent_id)
        if parent_id is not None and _children(library, section_id):
            raise SectionError(
                translate(
                    "SectionOps",
                    "“{name}” has subsections, so it cannot become a subsection "
                    "itself: sections have two levels only. Move its subsections out first.",
                ).format(name=section.name)
            )
        if parent_id != section.parent_id:
            _check_name_free(library, section.name, parent_id, section_id)
            slug = _unique_slug(library, section.slug, parent_id, section_id)
            # Out of the old siblings first, so the old level stays dense.
            old_siblings = [i for i in _children(library, section.parent_id) if i != section_id]
            library.conn.execute(
                "UPDATE sections SET parent_id = ?, slug = ?, position = ? WHERE id = ?",
                [parent_id, slug, len(_children(library, parent_id)), section_id],
            )
            _renumber(library, old_siblings)
        _renumber(library, _place(_children(library, parent_id), section_id, position))
    return _section(library, section_id)


def reorder_section(library: Library, section_id: int, position: int) -> Section:
    """Put a section at ``position`` among its siblings."""
    return move_section(library, section_id, _section(library, section_id).parent_id, position)


def delete_section(library: Library, section_id: int, move_articles_to: int | None = None) -> None:
    """Delete a section that has no subsections. If it holds articles (trashed ones
    count: they can be restored), they must go to ``move_articles_to``."""
    with _write(library):
        section = _section(library, section_id)
        children = _children(library, section_id)
        if children:
            if len(children) == 1:
                refusal = translate(
                    "SectionOps",
                    "“{name}” has 1 subsection. Move or delete it first, or merge “{name}” "
                    "into another section.",
                    "one",
                )
            else:
                refusal = translate(
                    "SectionOps",
                    "“{name}” has {count} subsections. Move or delete them first, or merge "
                    "“{name}” into another section.",
                    "many",
                )
            raise SectionError(refusal.format(name=section.name, count=len(children)))
        count = article_count(library, section_id)
        if count and move_articles_to is None:
            if count == 1:
                refusal = translate(
                    "SectionOps",
                    "“{name}” holds one article (counting any in the trash). "
                    "Choose a section to move them to before deleting it.",
                )
            else:
                refusal = translate(
                    "SectionOps",
                    "“{name}” holds %n article(s) (counting any in the trash). "
                    "Choose a section to move them to before deleting it.",
                    None,
                    count,
                )
            raise SectionError(refusal.format(name=section.name))
        if move_articles_to is not None:
            if move_articles_to == section_id:
                raise SectionError(
                    translate(
                        "SectionOps",
                        "The articles of “{name}” cannot be moved to the section "
                        "being deleted. Choose another section.",
                    ).format(name=section.name)
                )
            _section(library, move_articles_to)
            library.conn.execute(
                "UPDATE articles SET section_id = ? WHERE section_id = ?",
                [move_articles_to, section_id],
            )
        library.conn.execute("DELETE FROM sections WHERE id = ?", [section_id])
        _renumber(library, _children(library, section.parent_id))


def merge_sections(library: Library, source_id: int, target_id: int) -> Section:
    """Merge ``source_id`` into ``target_id``: its articles and its subsections go to
    the target, then it is deleted. A subsection named like one the target has
    already is merged into that one. Returns the target."""
    with _write(library):
        source, target = _section(library, source_id), _section(library, target_id)
        if source_id == target_id:
            raise SectionError(
                translate("SectionOps", "“{name}” cannot be merged into itself.").format(
                    name=source.name
                )
            )
        if target.parent_id == source_id:
            raise SectionError(
                translate(
                    "SectionOps", "“{name}” cannot be merged into its own subsection “{target}”."
                ).format(name=source.name, target=target.name)
            )
        children = _children(library, source_id)
        if children and target.parent_id is not None:
            raise SectionError(
                translate(
                    "SectionOps",
                    "“{name}” has subsections and “{target}” is a subsection: "
                    "sections have two levels only. Merge into a top-level section, or move "
                    "the subsections of “{name}” out first.",
                ).format(name=source.name, target=target.name)
            )
        for child_id in children:
            child = _section(library, child_id)
            twin = library.conn.execute(
                "SELECT id FROM sections WHERE parent_id = ? AND lower(name) = lower(?)",
                [target_id, child.name],
            ).fetchone()
            if twin is not None:
                _merge_leaf(library, child_id, int(twin[0]))
                continue
            library.conn.execute(
                "UPDATE sections SET parent_id = ?, slug = ?, position = ? WHERE id = ?",
                [
                    target_id,
                    _unique_slug(library, child.slug, target_id, child_id),
                    len(_children(library, target_id)),
                    child_id,
                ],
            )
        _merge_leaf(library, source_id, target_id)
    return _section(library, target_id)


def _merge_leaf(library: Library, source_id: int, target_id: int) -> None:
    """Move the articles of ``source_id`` (which has no children) to ``target_id``
    and delete it, closing the gap among its siblings."""
    parent_id = _section(library, source_id).parent_id
    library.conn.execute(
        "UPDATE articles SET section_id = ? WHERE section_id = ?", [target_id, source_id]
    )
    library.conn.execute("DELETE FROM sections WHERE id = ?", [source_id])
    _renumber(library, _children(library, parent_id))
