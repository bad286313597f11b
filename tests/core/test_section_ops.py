"""Editing the section tree on a real library file: every operation, every refusal,
and the tree's rules after each (two levels, dense positions, unique slugs)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.section_ops import (
    SectionError,
    article_count,
    create_section,
    delete_section,
    merge_sections,
    move_section,
    rename_section,
    reorder_section,
)


def rows(library: Library) -> dict[int, tuple[str, str, int | None, int]]:
    """Every section as stored: id → (name, slug, parent_id, position)."""
    found = library.conn.execute("SELECT id, name, slug, parent_id, position FROM sections")
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in found.fetchall()}


def sid(library: Library, path: str) -> int:
    section = library.section_tree().resolve(path)
    assert section is not None, path
    return section.id


def names(library: Library, parent: str | None = None) -> list[str]:
    tree = library.section_tree()
    if parent is None:
        return [s.name for s in tree.roots()]
    return [s.name for s in tree.children(sid(library, parent))]


def check_tree(library: Library) -> None:
    """Two levels; positions 0..n-1 among siblings; slugs unique among siblings."""
    stored = rows(library)
    siblings: dict[int | None, list[tuple[int, str]]] = {}
    for _name, slug, parent, position in stored.values():
        if parent is not None:
            assert stored[parent][2] is None, "a third level"
        siblings.setdefault(parent, []).append((position, slug))
    for group in siblings.values():
        assert sorted(p for p, _ in group) == list(range(len(group)))
        assert len({s for _, s in group}) == len(group)


def add_article(library: Library, section_id: int, headline: str = "Story") -> int:
    article = library.create_article(Article(headline=headline, section_id=section_id))
    assert article.id is not None
    return article.id


def section_of(library: Library, article_id: int) -> int | None:
    row = library.conn.execute("SELECT section_id FROM articles WHERE id = ?", [article_id])
    return row.fetchone()[0]


# -- create ---------------------------------------------------------------------------
def test_create_top_level_and_subsection(library: Library) -> None:
    top = create_section(library, "  Science  ")
    sub = create_section(library, "Space/Astronomy", top.id)
    assert (top.name, top.slug, top.parent_id) == ("Science", "science", None)
    assert rows(library)[sub.id] == ("Space/Astronomy", "space-astronomy", top.id, 0)
    assert names(library)[-1] == "Science"
    assert library.section_tree().resolve("Science/Space\\/Astronomy") is not None
    check_tree(library)


def test_create_at_a_position_keeps_siblings_dense(library: Library) -> None:
    create_section(library, "Opinion", position=0)
    assert names(library)[:2] == ["Opinion", "My Europe"]
    check_tree(library)


def test_create_refuses_a_third_level(library: Library) -> None:
    before = rows(library)
    with pytest.raises(SectionError, match="two levels"):
        create_section(library, "Painting", sid(library, "Culture/Art\\/Design"))
    assert rows(library) == before


def test_create_refuses_a_blank_name_and_a_sibling_of_the_same_name(library: Library) -> None:
    with pytest.raises(SectionError, match="needs a name"):
        create_section(library, "   ")
    with pytest.raises(SectionError, match="already a section “Music” in “Culture”"):
        create_section(library, "music", sid(library, "Culture"))
    with pytest.raises(NotFoundError):
        create_section(library, "Orphan", 9999)
    check_tree(library)


def test_a_clashing_slug_gets_a_suffix(library: Library) -> None:
    culture = sid(library, "Culture")
    clash = create_section(library, "Art Design", culture)  # "Art/Design" is art-design
    assert clash.slug == "art-design-2"
    # Same slug under another parent is allowed by the index.
    elsewhere = create_section(library, "Art Design", sid(library, "World"))
    assert elsewhere.slug == "art-design"
    check_tree(library)


# -- rename ---------------------------------------------------------------------------
def test_rename_moves_the_slug_with_the_name(library: Library) -> None:
    film = sid(library, "Culture/Film – TV")
    renamed = rename_section(library, film, "Film – TV/Streaming")
    assert rows(library)[film][:2] == ("Film – TV/Streaming", "film-tv-streaming")
    assert renamed.name == "Film – TV/Streaming"
    assert library.section_tree().resolve("Culture/Film – TV\\/Streaming") is not None


def test_rename_keeps_the_old_slug_when_the_new_one_is_taken(library: Library) -> None:
    culture = sid(library, "Culture")
    create_section(library, "Theatre", culture)
    music = sid(library, "Culture/Music")
    rename_section(library, music, "Theatre!")  # slug "theatre" belongs to Theatre
    assert rows(library)[music][:2] == ("Theatre!", "music")
    check_tree(library)


def test_rename_refusals_change_nothing(library: Library) -> None:
    before = rows(library)
    music = sid(library, "Culture/Music")
    with pytest.raises(SectionError, match="already a section “Literature”"):
        rename_section(library, music, "LITERATURE")
    with pytest.raises(SectionError, match="needs a name"):
        rename_section(library, music, " ")
    with pytest.raises(NotFoundError):
        rename_section(library, 9999, "Nothing")
    assert rows(library) == before


def test_rename_to_another_case_of_its_own_name(library: Library) -> None:
    sport = sid(library, "Sport")
    rename_section(library, sport, "SPORT")
    assert rows(library)[sport][:2] == ("SPORT", "sport")


# -- move and reorder -----------------------------------------------------------------
def test_move_a_subsection_to_another_parent(library: Library) -> None:
    ukraine = sid(library, "World/Ukraine Crisis")
    move_section(library, ukraine, sid(library, "My Europe"), 1)
    assert names(library, "My Europe")[:3] == ["Europe News", "Ukraine Crisis", "Social Issues"]
    assert "Ukraine Crisis" not in names(library, "World")
    check_tree(library)


def test_move_a_subsection_to_the_top_and_back(library: Library) -> None:
    fashion = sid(library, "Culture/Fashion")
    move_section(library, fashion, None)
    assert names(library)[-1] == "Fashion"
    move_section(library, fashion, sid(library, "Culture"), 0)
    assert names(library, "Culture")[0] == "Fashion"
    check_tree(library)


def test_move_a_childless_top_section_under_another(library: Library) -> None:
    sport = sid(library, "Sport")
    move_section(library, sport, sid(library, "Culture"))
    assert names(library) == ["My Europe", "World", "Business", "Travel", "Culture"]
    assert names(library, "Culture")[-1] == "Sport"
    check_tree(library)


def test_move_refuses_a_third_level(library: Library) -> None:
    before = rows(library)
    with pytest.raises(SectionError, match="has subsections"):
        move_section(library, sid(library, "World"), sid(library, "Culture"))
    with pytest.raises(SectionError, match="already a subsection"):
        move_section(library, sid(library, "Sport"), sid(library, "Culture/Music"))
    with pytest.raises(SectionError, match="“Africa” is already a subsection"):
        move_section(library, sid(library, "World"), sid(library, "World/Africa"))
    with pytest.raises(SectionError, match="inside itself"):
        move_section(library, sid(library, "Sport"), sid(library, "Sport"))
    assert rows(library) == before


def test_move_refuses_a_name_already_under_the_new_parent(library: Library) -> None:
    world = sid(library, "World")
    create_section(library, "Music", world)
    with pytest.raises(SectionError, match="already a section “Music” in “World”"):
        move_section(library, sid(library, "Culture/Music"), world)
    check_tree(library)


def test_move_gives_a_unique_slug_under_the_new_parent(library: Library) -> None:
    world = sid(library, "World")
    create_section(library, "Art Design", world)
    art = sid(library, "Culture/Art\\/Design")
    moved = move_section(library, art, world)
    assert moved.slug == "art-design-2"
    check_tree(library)


def test_reorder_among_siblings(library: Library) -> None:
    culture = names(library, "Culture")
    fashion = sid(library, "Culture/Fashion")
    reorder_section(library, fashion, 0)
    assert names(library, "Culture") == ["Fashion", *culture[:-1]]
    reorder_section(library, fashion, 99)
    assert names(library, "Culture") == culture
    reorder_section(library, sid(library, "Travel"), 0)
    assert names(library)[:2] == ["Travel", "My Europe"]
    check_tree(library)


# -- delete ---------------------------------------------------------------------------
def test_delete_an_empty_section(library: Library) -> None:
    delete_section(library, sid(library, "Culture/Literature"))
    assert names(library, "Culture") == ["Art/Design", "Music", "Film – TV", "Fashion"]
    check_tree(library)


def test_delete_refuses_a_section_with_articles_even_trashed(library: Library) -> None:
    music = sid(library, "Culture/Music")
    story = add_article(library, music)
    library.conn.execute(
        "UPDATE articles SET deleted_at = ? WHERE id = ?",
        [datetime.now(UTC).isoformat(), story],
    )
    assert article_count(library, music) == 1
    with pytest.raises(SectionError, match="holds one article"):
        delete_section(library, music)
    assert music in rows(library)


def test_delete_moves_the_articles_to_the_target(library: Library) -> None:
    music = sid(library, "Culture/Music")
    film = sid(library, "Culture/Film – TV")
    stories = [add_article(library, music, f"Story {n}") for n in range(3)]
    delete_section(library, music, move_articles_to=film)
    assert music not in rows(library)
    assert {section_of(library, s) for s in stories} == {film}
    check_tree(library)


def test_delete_refusals(library: Library) -> None:
    music = sid(library, "Culture/Music")
    add_article(library, music)
    before = rows(library)
    with pytest.raises(SectionError, match="has 5 subsections"):
        delete_section(library, sid(library, "Culture"), sid(library, "Sport"))
    with pytest.raises(SectionError, match="cannot be moved to the section being deleted"):
        delete_section(library, music, music)
    with pytest.raises(NotFoundError):
        delete_section(library, music, 9999)
    assert rows(library) == before


# -- merge ----------------------------------------------------------------------------
def test_merge_a_subsection_into_another(library: Library) -> None:
    film, music = sid(library, "Culture/Film – TV"), sid(library, "Culture/Music")
    story = add_article(library, film)
    merge_sections(library, film, music)
    assert film not in rows(library)
    assert section_of(library, story) == music
    assert names(library, "Culture") == ["Art/Design", "Literature", "Music", "Fashion"]
    check_tree(library)


def test_merge_a_section_with_children_brings_them_along(library: Library) -> None:
    world, europe = sid(library, "World"), sid(library, "My Europe")
    create_section(library, "Human Rights", europe)  # World has one too: merged into it
    rights = sid(library, "World/Human Rights")
    africa = sid(library, "World/Africa")
    top_story = add_article(library, world)
    rights_story = add_article(library, rights)
    merge_sections(library, world, europe)
    assert world not in rows(library) and rights not in rows(library)
    assert names(library) == ["My Europe", "Business", "Sport", "Travel", "Culture"]
    assert names(library, "My Europe") == [
        "Europe News", "Social Issues", "Immigration", "EU Policies", "EU Updates",
        "Human Rights", "Africa", "Global Conflicts", "Middle East", "Latin America",
        "Ukraine Crisis",
    ]  # fmt: skip
    assert rows(library)[africa][2] == europe
    assert section_of(library, top_story) == europe
    assert section_of(library, rights_story) == sid(library, "My Europe/Human Rights")
    check_tree(library)


def test_merge_refusals(library: Library) -> None:
    before = rows(library)
    world = sid(library, "World")
    with pytest.raises(SectionError, match="into itself"):
        merge_sections(library, world, world)
    with pytest.raises(SectionError, match="its own subsection"):
        merge_sections(library, world, sid(library, "World/Africa"))
    with pytest.raises(SectionError, match="two levels only"):
        merge_sections(library, world, sid(library, "Culture/Music"))
    assert rows(library) == before


# -- the library file -----------------------------------------------------------------
def test_changes_are_in_the_file_and_refused_read_only(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as library:
        create_section(library, "Science")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT 1 FROM sections WHERE name = 'Science'").fetchone()
    finally:
        conn.close()
    with open_library(path, read_only=True) as read_only:
        before = rows(read_only)
        with pytest.raises(ReadOnlyError, match="read-only"):
            create_section(read_only, "Tech")
        with pytest.raises(ReadOnlyError):
            delete_section(read_only, sid(read_only, "Science"))
        assert rows(read_only) == before


def test_a_failure_midway_rolls_back(library: Library) -> None:
    # When the database refuses a step, the steps before it (the articles moved)
    # are undone too: one transaction.
    music = sid(library, "Culture/Music")
    library.conn.execute("CREATE TRIGGER stop BEFORE DELETE ON sections BEGIN "
                         "SELECT RAISE(ABORT, 'stopped'); END")  # fmt: skip
    story = add_article(library, music)
    before = rows(library)
    with pytest.raises(sqlite3.DatabaseError, match="stopped"):
        merge_sections(library, music, sid(library, "Culture/Literature"))
    assert rows(library) == before
    assert section_of(library, story) == music
