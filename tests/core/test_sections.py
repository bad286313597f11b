"""Section paths: names may hold "/" and "\\", and a path must still say which section."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.core.library import Library
from newsroom.core.model import Section
from newsroom.core.sections import SectionTree, format_path, parse_path

# Names as a journalist types them: never blank, no space at either end.
name_chars = st.one_of(
    st.sampled_from(["/", "\\", "–", " ", "a", "Z", "é", "&", "."]),
    st.characters(blacklist_categories=("Cs",)),
)
names = st.text(name_chars, min_size=1, max_size=12).filter(lambda s: s == s.strip() and s != "")


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(names, min_size=1, max_size=5))
def test_parse_path_inverts_format_path(parts: list[str]) -> None:
    text = format_path(parts)
    assert parse_path(text) == parts
    # The separators that remain unescaped are exactly the ones between names.
    assert len(parse_path(text)) == len(parts)


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        (["Culture", "Art/Design"], "Culture/Art\\/Design"),
        (["Culture", "Film – TV"], "Culture/Film – TV"),
        (["C:\\drive", "x"], "C:\\\\drive/x"),
        (["Sport"], "Sport"),
        (["a/", "/b"], "a\\//\\/b"),
    ],
)
def test_format_path_examples(parts: list[str], text: str) -> None:
    assert format_path(parts) == text
    assert parse_path(text) == parts


def test_parse_path_drops_blank_parts_and_spaces() -> None:
    assert parse_path(" Culture /  Music ") == ["Culture", "Music"]
    assert parse_path("/Culture//Music/") == ["Culture", "Music"]
    assert parse_path("") == []
    assert parse_path("Trailing\\") == ["Trailing\\"]


# -- SectionTree ---------------------------------------------------------------------------
def test_resolve_in_the_sample_taxonomy(library: Library) -> None:
    tree = library.section_tree()
    art = tree.resolve("Culture/Art\\/Design")
    assert art is not None
    assert art.name == "Art/Design"
    assert tree.lineage(art.id)[0].name == "Culture"

    assert tree.resolve("Culture/Art/Design") == art  # unescaped, but unambiguous
    assert tree.resolve("culture/ART\\/design") == art
    assert tree.resolve("CULTURE/art/DESIGN") == art
    assert tree.resolve("  Culture / Art\\/Design ") == art

    film = tree.resolve("Culture/Film – TV")
    assert film is not None and film.name == "Film – TV"
    assert tree.resolve("culture/film – tv") == film

    culture = tree.resolve("Culture")
    assert culture is not None and culture.parent_id is None
    assert tree.resolve("My Europe/Europe News") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Science",
        "Culture/Painting",
        "Culture/Art",
        "Sport/Culture",
        "Culture/Art\\/Design/More",
        "",
    ],
)
def test_resolve_unknown_is_none(library: Library, text: str) -> None:
    assert library.section_tree().resolve(text) is None


def test_every_section_path_resolves_to_itself(library: Library) -> None:
    tree = library.section_tree()
    walked = tree.walk()
    assert len(walked) == len(library.sections())
    for section, depth in walked:
        path = tree.path_of(section.id)
        assert tree.resolve(path) == section
        assert len(parse_path(path)) == depth + 1


def _tree(*rows: tuple[int, str, int | None]) -> SectionTree:
    return SectionTree(Section(i, name, name.lower(), parent, i) for i, name, parent in rows)


def test_resolve_prefers_the_escaped_reading() -> None:
    # "A/B" (one name) › "C"  versus  "A" › "B" › "C": "A/B/C" is ambiguous unescaped.
    tree = _tree((1, "A/B", None), (2, "C", 1), (3, "A", None), (4, "B", 3), (5, "C", 4))
    assert tree.resolve("A\\/B/C") == tree.by_id[2]
    assert tree.resolve("A/B/C") == tree.by_id[5]  # the escaped reading of the same text
    assert tree.path_of(2) == "A\\/B/C"
    assert tree.path_of(5) == "A/B/C"


def test_resolve_refuses_an_ambiguous_plain_path() -> None:
    # Two sections whose unescaped paths are both "X/Y/Z", neither matching escaped.
    tree = _tree((1, "X/Y", None), (2, "Z", 1), (3, "X", None), (4, "Y/Z", 3))
    assert tree.resolve("X/Y/Z") is None
    assert tree.resolve("X\\/Y/Z") == tree.by_id[2]
    assert tree.resolve("X/Y\\/Z") == tree.by_id[4]


def test_walk_and_lineage_follow_positions() -> None:
    tree = SectionTree(
        [
            Section(1, "World", "world", None, 1),
            Section(2, "News", "news", None, 0),
            Section(3, "Africa", "africa", 1, 0),
            Section(4, "Local", "local", 2, 0),
        ]
    )
    assert [(s.name, d) for s, d in tree.walk()] == [
        ("News", 0),
        ("Local", 1),
        ("World", 0),
        ("Africa", 1),
    ]
    assert [s.name for s in tree.lineage(3)] == ["World", "Africa"]
    assert tree.lineage(None) == []
    assert tree.path_of(None) == ""
