"""Full-text search, filters, sorts, pages, suggest related and the trash, on a real
library file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.core import schema, search
from newsroom.core.library import Library, create_library, open_library
from newsroom.core.model import Article, RelatedLink, Status
from newsroom.core.search import SORT_KEYS, Filters
from newsroom.core.workflow import move

ALL = Filters()


def sid(lib: Library, path: str) -> int:
    section = lib.section_tree().resolve(path)
    assert section is not None, path
    return section.id


def ids(found: list[search.Row]) -> list[int]:
    return [r.id for r in found]


def hits(lib: Library, query: str, filters: Filters = ALL) -> set[int]:
    found = search.rows(lib, filters, query, limit=1000)
    assert search.count(lib, filters, query) == len(found)
    return set(ids(found))


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Library]:
    """A library without the welcome article, so counts are the test's own."""
    lib = create_library(tmp_path / "Desk.newsroom", seed=False)
    yield lib
    lib.close()


def add(lib: Library, headline: str, body: str = "", **fields: object) -> int:
    article = lib.create_article(Article(headline=headline, body=body, **fields))  # type: ignore[arg-type]
    assert article.id is not None
    return article.id


# -- finding -----------------------------------------------------------------------------
def test_search_finds_by_every_column(desk: Library) -> None:
    a = add(desk, "Barges stuck on the Rhine")
    b = add(desk, "Other", standfirst="Low water halts shipping")
    c = add(desk, "Third", tags=["floods"])
    d = add(desk, "Fourth", body="The harbour master counted lorries.")
    assert hits(desk, "rhine") == {a}
    assert hits(desk, "shipping") == {b}
    assert hits(desk, "floods") == {c}
    assert hits(desk, "lorries") == {d}


def test_words_are_anded_phrases_kept_and_prefixes_expanded(desk: Library) -> None:
    a = add(desk, "Minister resigns", body="the finance minister resigned today")
    b = add(desk, "Ministry audit", body="minister of finance the")
    c = add(desk, "Administration", body="nothing here")
    assert hits(desk, "finance minister") == {a, b}
    assert hits(desk, '"finance minister"') == {a}
    assert hits(desk, "minist*") == {a, b}
    assert hits(desk, "minist") == set()
    assert c not in hits(desk, "admin* minist*")


def test_diacritics_are_ignored_both_ways(desk: Library) -> None:
    a = add(desk, "Floods in Zürich")
    b = add(desk, "Cafe society")
    assert hits(desk, "zurich") == {a}
    assert hits(desk, "ZÜRICH") == {a}
    assert hits(desk, "café") == {b}


def test_snippets_mark_the_matches(desk: Library) -> None:
    add(desk, "Rhine", body="Long text before. The barges wait at Basel for the water. After.")
    (row,) = search.rows(desk, ALL, "barges")
    assert "\x02barges\x03" in row.snippet
    assert "<" not in row.snippet
    (plain,) = search.rows(desk, ALL)
    assert plain.snippet == ""


def test_a_row_carries_what_the_browser_shows(desk: Library) -> None:
    news = sid(desk, "My Europe/Europe News") if desk.sections() else None
    if news is None:
        news = desk.add_section("Europe News", desk.add_section("My Europe").id).id
    a = add(desk, "Shown", body="one two three", byline="Anna Weber", section_id=news)
    (row,) = search.rows(desk, ALL)
    assert (row.id, row.headline, row.section, row.status) == (
        a,
        "Shown",
        "My Europe/Europe News",
        Status.DRAFT,
    )
    assert (row.byline, row.words, row.sync_state) == ("Anna Weber", 3, "")
    assert row.updated_at.tzinfo is not None


def test_sync_state_is_the_most_pressing_over_targets(desk: Library, tmp_path: Path) -> None:
    from golive_helpers import approve

    from newsroom.core.publish import commands, outbox, states
    from newsroom.core.publish.base import Action
    from newsroom.core.publish.targets import add_target

    a = add(desk, "Synced", body="Words.")
    approve(desk, a)
    shown = states.with_sync_states(desk, search.rows(desk, ALL))[0].sync_state
    assert shown == ""  # never published
    add_target(desk, "Web", "static", str(tmp_path / "site"))
    wire = add_target(desk, "Wire", "ninjs", "http://127.0.0.1:9/ninjs")
    assert commands.publish(desk, desk.article(a).slug, "Web").ok
    assert states.with_sync_states(desk, search.rows(desk, ALL))[0].sync_state == "synced"
    desk.save_article(replace(desk.article(a), body="Words, edited."))
    assert states.with_sync_states(desk, search.rows(desk, ALL))[0].sync_state == "changed"
    outbox.enqueue(desk, a, wire, Action.PUBLISH)
    shown = states.with_sync_states(desk, search.rows(desk, ALL))[0].sync_state
    assert shown == states.sync_states(desk, [a])[a].value == "queued"


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
def test_hostile_query_text_never_raises(library: Library, text: str) -> None:
    match = search.parse_query(text)
    assert isinstance(match, str)
    search.count(library, ALL, text)
    search.rows(library, ALL, text, sort="rank")
    search.rows(library, Filters(tag="x", status=Status.DRAFT), text, sort="headline")


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "(",
                ")",
                "NEAR",
                "NEAR(",
                "OR",
                "AND",
                "NOT",
                "body:",
                "headline:",
                "*",
                "^",
                "-",
                "+",
                ":",
                "{",
                "}",
                "zürich",
                "minist*",
                "a*",
                '"x',
                "\x00",
                "\\",
                ",",
            ]
        )  # fmt: skip
    ).map(" ".join)
)
def test_fts5_syntax_in_query_text_is_taken_literally(library: Library, text: str) -> None:
    search.rows(library, ALL, text, sort="rank")
    search.count(library, ALL, text)


def test_syntax_words_are_searched_as_text(desk: Library) -> None:
    a = add(desk, "NEAR the border", body="body: one OR two")
    assert search.parse_query('NEAR( body: "x') == '"NEAR(" "body:" "x"'
    assert hits(desk, "near border") == {a}
    assert hits(desk, "body: OR") == {a}
    assert search.parse_query('  ** ( ) " ') == ""
    assert search.rows(desk, ALL, " ( ) ") == search.rows(desk, ALL)


# -- filters, sorts, pages ---------------------------------------------------------------
def test_filters_combine(desk: Library) -> None:
    world, sport = desk.add_section("World").id, desk.add_section("Sport").id
    a = add(desk, "Flood a", section_id=world, tags=["rain"])
    b = add(desk, "Flood b", section_id=world)
    c = add(desk, "Flood c", section_id=sport, tags=["rain"])
    move(desk, b, Status.IN_REVIEW)
    assert hits(desk, "flood", Filters(section_ids=frozenset({world}))) == {a, b}
    assert hits(desk, "", Filters(section_ids=frozenset({world}), tag="rain")) == {a}
    assert hits(desk, "flood", Filters(status=Status.IN_REVIEW)) == {b}
    assert hits(desk, "", Filters(tag="rain")) == {a, c}
    assert hits(desk, "flood", Filters(section_ids=frozenset())) == set()
    desk.trash_articles([c])
    assert hits(desk, "flood", Filters(tag="rain")) == {a}
    assert hits(desk, "flood", Filters(trashed=True)) == {c}


def _sortable(desk: Library) -> list[int]:
    a_sec, z_sec = desk.add_section("Arts").id, desk.add_section("Zoo").id
    made = [
        add(desk, "banana", body="w " * 5, byline="Carl", section_id=z_sec),
        add(desk, "Apple", body="w " * 9, byline="anna", section_id=a_sec),
        add(desk, "cherry", body="w " * 1, byline="Bea", section_id=None),
    ]
    move(desk, made[0], Status.IN_REVIEW)
    base = datetime(2025, 1, 1, tzinfo=UTC)
    for n, article_id in enumerate(made):
        stamp = (base + timedelta(days=[2, 0, 1][n])).isoformat()
        desk.db.execute("UPDATE articles SET updated_at = ? WHERE id = ?", [stamp, article_id])
    return made


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("query", ["", "w"])
def test_every_sort_key_both_ways(desk: Library, key: str, query: str) -> None:
    banana, apple, cherry = _sortable(desk)
    expected = {
        "headline": [apple, banana, cherry],
        "section": [cherry, apple, banana],  # no section, Arts, Zoo
        "status": [apple, cherry, banana],  # draft (by id), then in review
        "byline": [apple, cherry, banana],
        "updated": [apple, cherry, banana],
        "words": [cherry, banana, apple],
    }[key]
    up = search.rows(desk, ALL, query, sort=key, descending=False)
    down = search.rows(desk, ALL, query, sort=key, descending=True)
    assert ids(up) == expected
    assert ids(down) == expected[::-1]


def test_rank_puts_the_best_match_first(desk: Library) -> None:
    body_only = add(desk, "Other", body="a text that mentions floods once among many words " * 3)
    headline = add(desk, "Floods", body="a text about weather")
    found = search.rows(desk, ALL, "floods", sort="rank")
    assert ids(found) == [headline, body_only]
    # Without a query there is no rank: it lists by "updated".
    assert ids(search.rows(desk, ALL, sort="rank")) == ids(search.rows(desk, ALL))


def test_pages_cover_everything_once(desk: Library) -> None:
    made = {add(desk, f"Story {n}", body="common word") for n in range(23)}
    for sort in ("updated", "headline", "rank"):
        seen: list[int] = []
        for offset in range(0, 30, 5):
            seen += ids(search.rows(desk, ALL, "common", sort=sort, offset=offset, limit=5))
        assert len(seen) == len(set(seen)) == 23
        assert set(seen) == made
    assert search.count(desk, ALL) == 23
    assert search.rows(desk, ALL, limit=0) == []


def test_a_capped_count_stops_past_the_cap(desk: Library) -> None:
    for n in range(5):
        add(desk, f"Story {n}", body="common word")
    desk.trash_articles([add(desk, "Trashed", body="common word")])
    assert search.count(desk, ALL, "common") == 5
    assert search.count(desk, ALL, "common", cap=3) == 4
    assert search.count_is_capped(4, 3) and not search.count_is_capped(5, 5)
    assert search.count(desk, ALL, "common", cap=5) == 5
    assert search.count(desk, ALL, cap=2) == 3
    assert search.count(desk, Filters(trashed=True), "common", cap=0) == 1


def test_broad_matches_rank_headline_and_tags_first(
    desk: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    body = [add(desk, f"Body {n}", body="floods " * (n + 1)) for n in range(6)]
    tagged = add(desk, "Tagged", body="weather", tags=["floods"])
    headline = add(desk, "Floods again", body="floods")
    seen: list[int] = []
    for offset in range(0, 10, 3):
        seen += ids(search.rows(desk, ALL, "floods", sort="rank", offset=offset, limit=3))
    assert len(seen) == len(set(seen)) == 8
    # The headline and tag matches first, then the rest, each newest first.
    assert seen == [headline, tagged, *reversed(body)]
    # Filters hold in both groups.
    desk.trash_articles([headline, body[-1]])
    kept = ids(search.rows(desk, ALL, "floods", sort="rank", limit=10))
    assert kept == [tagged, *reversed(body[:-1])]
    # Narrow matches keep plain BM25 order over every column.
    monkeypatch.setattr(search, "BROAD_MATCH", 100)
    desk.restore_articles([headline, body[-1]])
    assert ids(search.rows(desk, ALL, "floods", sort="rank"))[0] == headline


def test_a_broad_phrase_lists_its_matches_newest_first(
    desk: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = [add(desk, f"Both {n}", body="heavy rain " * (5 - n)) for n in range(5)]
    apart = add(desk, "Apart", body="rain was heavy")
    monkeypatch.setattr(search, "BROAD_MATCH", 3)  # "heavy" and "rain" are in 6 articles
    assert ids(search.rows(desk, ALL, '"heavy rain"', sort="rank")) == list(reversed(both))
    pages = [
        ids(search.rows(desk, ALL, '"heavy rain"', sort="rank", offset=o, limit=2))
        for o in (0, 2, 4)
    ]
    assert sum(pages, []) == list(reversed(both))
    assert apart not in sum(pages, [])
    # A phrase with a rare word is narrow: BM25 order, the most mentions first.
    monkeypatch.setattr(search, "BROAD_MATCH", 100)
    assert ids(search.rows(desk, ALL, '"heavy rain"', sort="rank"))[0] == both[0]


def test_long_prefixes_search_their_most_frequent_terms(
    desk: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = add(desk, "Minister", body="minister")
    b = add(desk, "Ministers", body="minister ministers")
    c = add(desk, "Ministry", body="ministry")
    assert hits(desk, "minist*") == {a, b, c}
    assert hits(desk, "MINISTE*") == {a, b}
    monkeypatch.setattr(search, "PREFIX_TERMS", 1)
    assert hits(desk, "minist*") == {a, b}  # "minister" is in the most articles
    assert hits(desk, "min*") == {a, b, c}  # a short prefix uses the prefix index


def test_an_unknown_sort_is_refused(desk: Library) -> None:
    with pytest.raises(ValueError, match="unknown sort"):
        search.rows(desk, ALL, sort="colour")


# -- the index keeps up ------------------------------------------------------------------
def test_the_index_follows_edits_tags_and_deletes(desk: Library) -> None:
    a = add(desk, "Old headline", body="first body", tags=["alpha"])
    article = desk.article(a)
    desk.save_article(replace(article, headline="New headline", body="second body"))
    assert hits(desk, "old") == set() and hits(desk, "first") == set()
    assert hits(desk, "new second") == {a}
    desk.save_article(replace(desk.article(a), tags=["beta", "gamma"]))
    assert hits(desk, "alpha") == set()
    assert hits(desk, "beta gamma") == {a}
    desk.db.execute("DELETE FROM article_tags WHERE tag = 'beta'")
    assert hits(desk, "beta") == set() and hits(desk, "gamma") == {a}
    move(desk, a, Status.IN_REVIEW)  # does not touch indexed columns
    assert hits(desk, "gamma") == {a}
    desk.db.execute("DELETE FROM articles WHERE id = ?", [a])
    assert hits(desk, "gamma") == set()
    # An external-content index that drifted from its rows fails this check.
    desk.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_word_count_is_kept(desk: Library) -> None:
    a = add(desk, "Counted", body="one two three")
    desk.save_article(replace(desk.article(a), body="one two three four five"))
    assert search.rows(desk, ALL)[0].words == 5


# -- trash and bulk actions --------------------------------------------------------------
def test_trash_restore_and_empty(desk: Library) -> None:
    a, b, c = (add(desk, f"Item {n}", body="shared") for n in range(3))
    assert desk.trash_articles([a, b, a]) == 2
    assert hits(desk, "shared") == {c}
    assert {s.id for s in desk.articles()} == {c}
    assert hits(desk, "", Filters(trashed=True)) == {a, b}
    assert desk.trashed_count() == 2
    assert desk.restore_articles([b]) == 1
    assert hits(desk, "shared") == {b, c}
    assert desk.empty_trash() == 1
    assert hits(desk, "", Filters(trashed=True)) == set()
    with pytest.raises(Exception, match="no article"):
        desk.article(a)
    desk.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_move_articles(desk: Library) -> None:
    world = desk.add_section("World").id
    a, b = add(desk, "A"), add(desk, "B")
    assert desk.move_articles([a, b], world) == 2
    assert {r.section for r in search.rows(desk, ALL)} == {"World"}
    assert desk.move_articles([a], world) == 0
    assert desk.move_articles([a], None) == 1
    assert desk.article(a).section_id is None


def test_trashed_articles_are_not_neighbours(desk: Library) -> None:
    world = desk.add_section("World").id
    when = datetime(2025, 1, 1, tzinfo=UTC)
    first, middle, last = (
        desk.create_article(
            Article(
                headline=f"P{n}",
                section_id=world,
                status=Status.PUBLISHED,
                published_at=when + timedelta(days=n),
            )
        )
        for n in range(3)
    )
    desk.trash_articles([middle.id or 0])
    previous, following = desk.neighbours(last)
    assert previous is not None and previous.id == first.id
    assert following is None


# -- suggest related ---------------------------------------------------------------------
def test_suggest_related_ranks_the_same_topic_first(desk: Library) -> None:
    world, sport = desk.add_section("World").id, desk.add_section("Sport").id
    filler = "weather market people city council year week"
    for n in range(8):
        add(desk, f"Filler {n}", body=f"{filler} number{n}", section_id=sport)
    base = add(desk, "Rhine barges stranded", body=f"barges rhine drought shipping {filler}",
               tags=["drought"], section_id=world)  # fmt: skip
    same_topic = add(desk, "Drought halts Rhine shipping", body=f"barges drought {filler}",
                     section_id=sport)  # fmt: skip
    weaker_sport = add(desk, "Shipping news", body=f"rhine mention {filler}", section_id=sport)
    weaker_world = add(desk, "Shipping news", body=f"rhine mention {filler}", section_id=world)
    linked = add(desk, "Rhine barges drought", body="barges rhine drought", section_id=world)
    trashed = add(desk, "Rhine barges drought shipping", body="barges", section_id=world)
    desk.set_related_links(base, [RelatedLink(title="", target_id=linked)])
    desk.trash_articles([trashed])
    found = ids(search.suggest_related(desk, base))
    assert found[0] == same_topic
    assert base not in found and linked not in found and trashed not in found
    assert found.index(weaker_world) < found.index(weaker_sport)
    assert len(search.suggest_related(desk, base, limit=2)) == 2


def test_suggest_related_of_an_empty_article_is_empty(desk: Library) -> None:
    assert search.suggest_related(desk, add(desk, "")) == []


# -- migration 2 ---------------------------------------------------------------------------
def test_migration_2_upgrades_a_version_1_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr("newsroom.core.library.SCHEMA_VERSION", 1)
    old = create_library(path, seed=False)
    assert old.schema_version == 1
    stamp = "2025-01-01T00:00:00+00:00"
    for n, (headline, body, deleted) in enumerate(
        [("Floods in Zürich", "barges wait", None), ("Trashed one", "barges", stamp)]
    ):
        old.db.execute(
            "INSERT INTO articles (id, uid, slug, headline, body, created_at, updated_at, "
            "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [100 + n, f"u{n}", f"s{n}", headline, body, stamp, stamp, deleted],
        )
    old.db.execute("INSERT INTO article_tags VALUES (100, 'rain', 0)")
    old.close()
    monkeypatch.undo()

    lib = open_library(path)
    try:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 2
        assert hits(lib, "zurich rain barges") == {100}
        assert search.rows(lib, ALL, "zurich")[0].words == 2
        assert search.count(lib, Filters(trashed=True), "barges") == 1
        lib.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        lib.close()


def test_fts_table_uses_the_wanted_tokenizer(desk: Library) -> None:
    sql = desk.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    assert "remove_diacritics 2" in sql[0] and "prefix='2 3'" in sql[0]


def test_a_prefix_finds_words_added_since_it_was_last_searched(desk: Library) -> None:
    a = add(desk, "Minister", body="minister")
    reader = desk.sibling(read_only=True)  # as the browser reads, beside the writer
    try:
        assert hits(desk, "minist*") == {a} and hits(reader, "minist*") == {a}
        b = add(desk, "Ministerium", body="ministerium")
        assert hits(desk, "minist*") == {a, b}
        assert hits(reader, "minist*") == {a, b}
    finally:
        reader.close()


def test_the_first_page_counts_only_when_it_is_full(
    desk: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = [add(desk, f"Flood {n}", body="flood waters") for n in range(5)]
    desk.trash_articles(made[:1])
    page = search.first_page(desk, ALL, "flood", sort="rank", limit=10)
    assert (page.total, page.more) == (4, False)
    assert sorted(ids(page.rows)) == sorted(made[1:])
    page = search.first_page(desk, ALL, "flood", sort="rank", limit=2)
    assert (page.total, page.more, len(page.rows)) == (4, False, 2)  # full: counted
    page = search.first_page(desk, ALL, "flood", limit=2, cap=2)
    assert (page.total, page.more) == (2, True)  # more than 2
    monkeypatch.setattr(search, "PHRASE_COUNT_CAP", 3)
    page = search.first_page(desk, ALL, '"flood waters"', limit=2)
    assert (page.total, page.more) == (3, True)  # a phrase is counted up to its own cap
    assert search.first_page(desk, ALL, "nothing") == search.FirstPage(0, False, [])
