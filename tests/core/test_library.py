"""The library file: what a new one holds, how it is set up, and its read/write API."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils

from newsroom.core import fileformat, schema
from newsroom.core.errors import LibraryError, NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, RelatedLink, Status, utcnow
from newsroom.core.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(lib: Library, name: str) -> object:
    return lib.db.execute(f"PRAGMA {name}").fetchone()[0]


def tables(db: sqlite_utils.Database) -> set[str]:
    return set(db.table_names())


def section_id(lib: Library, path: str) -> int:
    section = lib.section_tree().resolve(path)
    assert section is not None, path
    return section.id


# -- a new library -----------------------------------------------------------------------
def test_new_library_has_the_sample_taxonomy(library: Library) -> None:
    tree = library.section_tree()
    assert [s.name for s in tree.roots()] == [
        "My Europe",
        "World",
        "Business",
        "Sport",
        "Travel",
        "Culture",
    ]
    culture = tree.resolve("Culture")
    assert culture is not None
    children = [s.name for s in tree.children(culture.id)]
    assert "Art/Design" in children
    assert "Film – TV" in children
    my_europe = tree.resolve("My Europe")
    assert my_europe is not None
    assert "Europe News" in [s.name for s in tree.children(my_europe.id)]
    # Every child hangs under an existing parent; no section is orphaned.
    for section in library.sections():
        assert section.parent_id is None or section.parent_id in tree.by_id


def test_new_library_has_one_welcome_article(library: Library) -> None:
    summaries = library.articles()
    assert len(summaries) == 1
    article = library.article(summaries[0].id)
    assert article.headline == "Welcome to Newsroom"
    assert article.status is Status.PUBLISHED
    assert article.published_at is not None
    assert library.section_tree().path_of(article.section_id) == "My Europe/Europe News"
    # Its picture is in the library, not on the network.
    uid = article.body.split("media:", 1)[1].split(")", 1)[0]
    assert library.media(uid).data.startswith(b"<svg")
    assert len(library.related_links(article.id)) >= 1


def test_new_library_pragmas(library: Library) -> None:
    assert pragma(library, "user_version") == SCHEMA_VERSION
    assert pragma(library, "application_id") == APPLICATION_ID
    assert pragma(library, "journal_mode") == "wal"
    assert pragma(library, "foreign_keys") == 1
    assert pragma(library, "synchronous") == 2  # FULL
    assert library.schema_version == SCHEMA_VERSION
    assert library.read_only is False


def test_new_library_header_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "Header.newsroom"
    open_library(path).close()
    header = fileformat.read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    # The file was built under a temporary name; nothing of that is left behind.
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".creating")]


def test_foreign_keys_are_enforced(library: Library) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        library.create_article(Article(headline="Orphan", section_id=987654))
    assert len(library.articles()) == 1


def test_migrations_table_has_a_row_per_migration(library: Library) -> None:
    rows = list(
        library.db.query("SELECT version, name, applied_at FROM migrations ORDER BY version")
    )
    assert [(r["version"], r["name"]) for r in rows] == [(m.version, m.name) for m in MIGRATIONS]
    for r in rows:
        assert datetime.fromisoformat(r["applied_at"]).tzinfo is not None


def test_migrate_is_a_no_op_on_a_current_library(library: Library) -> None:
    assert schema.migrate(library.db) == []
    assert library.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


# -- migrations run atomically -------------------------------------------------------------
BROKEN = Migration(
    SCHEMA_VERSION + 1,
    "wire feeds (broken)",
    (
        "ALTER TABLE articles ADD COLUMN wire_id INTEGER",
        "CREATE TABLE wire_feeds (id INTEGER PRIMARY KEY, url TEXT NOT NULL)",
        "INSERT INTO no_such_table VALUES (1)",
    ),
)
GOOD = Migration(
    SCHEMA_VERSION + 1,
    "wire feeds",
    (
        "ALTER TABLE articles ADD COLUMN wire_id INTEGER",
        "CREATE TABLE wire_feeds (id INTEGER PRIMARY KEY, url TEXT NOT NULL)",
    ),
)


def test_a_failing_migration_changes_nothing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_tables = tables(library.db)
    before_columns = [c.name for c in library.db["articles"].columns]
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, BROKEN))

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        schema.migrate(library.db)

    assert not library.db.conn.in_transaction
    assert pragma(library, "user_version") == SCHEMA_VERSION
    assert pragma(library, "application_id") == APPLICATION_ID
    assert tables(library.db) == before_tables
    assert "wire_feeds" not in tables(library.db)
    assert [c.name for c in library.db["articles"].columns] == before_columns
    versions = [r[0] for r in library.db.execute("SELECT version FROM migrations")]
    assert versions == [m.version for m in MIGRATIONS]

    # And on disk, as another connection sees it.
    path = library.path
    library.close()
    other = sqlite_utils.Database(sqlite3.connect(path))
    try:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "wire_feeds" not in tables(other)
        assert "wire_id" not in [c.name for c in other["articles"].columns]
    finally:
        other.close()


def test_each_migration_commits_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On an empty file, the good migrations stay applied when a later one fails."""
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, BROKEN))
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "empty.db", isolation_level=None))
    try:
        with pytest.raises(sqlite3.OperationalError):
            schema.migrate(db)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "articles" in tables(db)
        assert "wire_feeds" not in tables(db)
        assert [r[0] for r in db.execute("SELECT version FROM migrations")] == [
            m.version for m in MIGRATIONS
        ]
    finally:
        db.close()


def test_a_good_migration_is_applied_and_recorded(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, GOOD))
    assert schema.migrate(library.db) == [GOOD.version]
    assert pragma(library, "user_version") == GOOD.version
    assert "wire_feeds" in tables(library.db)
    rows = list(library.db.execute("SELECT version, name FROM migrations ORDER BY version"))
    assert rows[-1] == (GOOD.version, GOOD.name)
    assert len(rows) == len(MIGRATIONS) + 1


def test_open_library_upgrades_an_older_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    open_library(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, GOOD))
    monkeypatch.setattr("newsroom.core.library.SCHEMA_VERSION", GOOD.version)
    with open_library(path) as lib:
        assert lib.schema_version == GOOD.version
        assert "wire_feeds" in tables(lib.db)
        assert len(lib.articles()) == 1
    assert fileformat.read_header(path).user_version == GOOD.version


def test_open_library_with_a_failing_upgrade_leaves_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    open_library(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, BROKEN))
    monkeypatch.setattr("newsroom.core.library.SCHEMA_VERSION", BROKEN.version)
    with pytest.raises(LibraryError, match="could not be upgraded"):
        open_library(path)
    assert fileformat.read_header(path).user_version == SCHEMA_VERSION
    monkeypatch.undo()
    # The failed attempt released its lock and left a library that opens normally.
    with open_library(path) as lib:
        assert "wire_feeds" not in tables(lib.db)
        assert len(lib.articles()) == 1


# -- articles ------------------------------------------------------------------------------
def test_create_and_read_back_an_article(library: Library) -> None:
    sport = section_id(library, "Sport")
    published = datetime(2026, 3, 1, 18, 45, tzinfo=UTC)
    created = library.create_article(
        Article(
            headline="Late goal sinks the leaders",
            standfirst="A header in the 94th minute.",
            body="The stadium fell silent.\n\n## Reaction\n\nFans left early.",
            byline="Ana Ruiz",
            dateline="Madrid",
            section_id=sport,
            tags=["football", "La Liga"],
            status=Status.PUBLISHED,
            published_at=published,
            timezone="Europe/Madrid",
            seo_title="Late goal",
            seo_description="Leaders beaten",
            language="es",
        )
    )
    assert created.id is not None
    assert created.uid
    assert created.slug == "late-goal-sinks-the-leaders"
    again = library.article_by_slug("late-goal-sinks-the-leaders")
    assert again == created
    assert again.body == "The stadium fell silent.\n\n## Reaction\n\nFans left early."
    assert again.published_at == published
    assert again.status is Status.PUBLISHED
    assert again.tags == ["football", "La Liga"]
    assert (again.timezone, again.language, again.seo_title) == ("Europe/Madrid", "es", "Late goal")
    assert library.revision_count(created.id) == 1
    assert library.summary(created.id).headline == "Late goal sinks the leaders"


def test_article_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "Reopen.newsroom"
    with open_library(path) as lib:
        art = lib.create_article(Article(headline="Kept", body="Body ü 日本"))
    with open_library(path) as lib:
        again = lib.article(art.id)
    assert again == art


def test_save_article_writes_fields_and_touches(library: Library) -> None:
    art = library.create_article(Article(headline="Flood warning", body="Draft"))
    art.body = "Rivers are rising."
    art.standfirst = "Three regions on alert."
    art.updated_at = datetime(2020, 1, 1, tzinfo=UTC)
    before = utcnow()
    saved = library.save_article(art)
    assert saved.body == "Rivers are rising."
    assert saved.standfirst == "Three regions on alert."
    assert saved.updated_at >= before - timedelta(seconds=1)

    saved.updated_at = datetime(2020, 1, 1, tzinfo=UTC)
    kept = library.save_article(saved, touch=False)
    assert kept.updated_at == datetime(2020, 1, 1, tzinfo=UTC)


def test_missing_articles_raise_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.article(424242)
    with pytest.raises(NotFoundError, match="no-such-slug"):
        library.article_by_slug("no-such-slug")
    with pytest.raises(NotFoundError):
        library.save_article(Article(id=424242, headline="Ghost"))
    with pytest.raises(ValueError):
        library.save_article(Article(headline="No id"))


def test_slugs_are_unique(library: Library) -> None:
    first = library.create_article(Article(headline="Election night"))
    second = library.create_article(Article(headline="Election night"))
    third = library.create_article(Article(headline="Election Night!"))
    assert first.slug == "election-night"
    assert second.slug == "election-night-2"
    assert third.slug == "election-night-3"
    chosen = library.create_article(Article(headline="Other", slug="election-night"))
    assert chosen.slug == "election-night-4"
    untitled = library.create_article(Article(headline=""))
    assert untitled.slug == "untitled"
    slugs = [a.slug for a in library.articles()]
    assert len(slugs) == len(set(slugs))
    with pytest.raises(sqlite3.IntegrityError):
        library.db.execute("UPDATE articles SET slug = ? WHERE id = ?", [first.slug, second.id])


def test_draft_slug_follows_headline_until_locked(library: Library) -> None:
    art = library.create_article(Article(headline="Working title"))
    assert art.slug == "working-title"

    art.headline = "Mayor resigns after audit"
    art = library.save_article(art)
    assert art.slug == "mayor-resigns-after-audit"

    # Saving again with the same headline does not bump it to "-2" against itself.
    art = library.save_article(art)
    assert art.slug == "mayor-resigns-after-audit"

    # Following the headline still avoids other articles' slugs.
    library.create_article(Article(headline="Budget approved"))
    art.headline = "Budget approved"
    art = library.save_article(art)
    assert art.slug == "budget-approved-2"

    # A slug chosen by hand stops the following.
    art.slug = "mayor-quits"
    art = library.save_article(art)
    assert art.slug == "mayor-quits"
    art.headline = "Mayor quits amid audit row"
    art = library.save_article(art)
    assert art.slug == "mayor-quits"


def test_lock_slug_fixes_the_current_slug(library: Library) -> None:
    art = library.create_article(Article(headline="First headline"))
    art = library.save_article(art, lock_slug=True)
    assert art.slug == "first-headline"
    art.headline = "Second headline"
    assert library.save_article(art).slug == "first-headline"


def test_slug_stops_following_once_not_a_draft(library: Library) -> None:
    art = library.create_article(Article(headline="Quake hits coast"))
    art.status = Status.READY
    art.headline = "Strong quake hits coast"
    art = library.save_article(art)
    assert art.slug == "quake-hits-coast"
    art.status = Status.PUBLISHED
    art.headline = "Quake: death toll rises"
    assert library.save_article(art).slug == "quake-hits-coast"


def test_explicit_slug_at_creation_is_not_automatic(library: Library) -> None:
    art = library.create_article(Article(headline="Something", slug="my-own-slug"))
    assert art.slug == "my-own-slug"
    art.headline = "Something else"
    assert library.save_article(art).slug == "my-own-slug"


# -- tags ----------------------------------------------------------------------------------
def test_tags_keep_order_drop_blanks_and_duplicates(library: Library) -> None:
    art = library.create_article(
        Article(headline="Tagged", tags=["  climate ", "COP31", "", "climate", "   ", "energy"])
    )
    assert art.tags == ["climate", "COP31", "energy"]
    art.tags = ["energy", "grid"]
    assert library.save_article(art).tags == ["energy", "grid"]
    art.tags = []
    assert library.save_article(art).tags == []
    assert (
        library.db.execute(
            "SELECT count(*) FROM article_tags WHERE article_id = ?", [art.id]
        ).fetchone()[0]
        == 0
    )


# -- related links -------------------------------------------------------------------------
def test_related_links_round_trip(library: Library) -> None:
    main = library.create_article(Article(headline="Main story"))
    other = library.create_article(Article(headline="Background"))
    links = [
        RelatedLink("Background", target_id=other.id),
        RelatedLink("Agency report", url="https://example.org/report"),
    ]
    library.set_related_links(main.id, links)
    assert library.related_links(main.id) == links
    assert library.related_links(other.id) == []

    # An internal link shows the target's current headline.
    other.headline = "Background: how we got here"
    library.save_article(other)
    assert library.related_links(main.id)[0] == RelatedLink(
        "Background: how we got here", target_id=other.id
    )

    # Setting the links replaces them, in the new order.
    library.set_related_links(main.id, [links[1]])
    assert library.related_links(main.id) == [links[1]]
    library.set_related_links(main.id, [])
    assert library.related_links(main.id) == []


def test_related_link_needs_a_target_or_a_url(library: Library) -> None:
    main = library.create_article(Article(headline="Main"))
    with pytest.raises(sqlite3.IntegrityError):
        library.set_related_links(main.id, [RelatedLink("Nowhere")])
    assert library.related_links(main.id) == []


# -- neighbours ----------------------------------------------------------------------------
def _published(lib: Library, headline: str, section: int, when: datetime, **kw: object) -> Article:
    kw.setdefault("status", Status.PUBLISHED)
    return lib.create_article(
        Article(headline=headline, section_id=section, published_at=when, **kw)  # type: ignore[arg-type]
    )


def test_neighbours_by_publication_date(library: Library) -> None:
    sport = section_id(library, "Sport")
    travel = section_id(library, "Travel")
    day = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
    # Created out of order, so that ids do not follow the dates.
    third = _published(library, "Third", sport, day + timedelta(days=2))
    first = _published(library, "First", sport, day)
    second = _published(library, "Second", sport, day + timedelta(days=1))
    _published(library, "Draft between", sport, day + timedelta(hours=30), status=Status.DRAFT)
    _published(library, "Other section", travel, day + timedelta(hours=36))

    prev, nxt = library.neighbours(second)
    assert prev is not None and prev.id == first.id
    assert nxt is not None and nxt.id == third.id

    prev, nxt = library.neighbours(first)
    assert prev is None
    assert nxt is not None and nxt.id == second.id

    prev, nxt = library.neighbours(third)
    assert prev is not None and prev.id == second.id
    assert nxt is None


def test_neighbours_of_unpublished_or_unfiled_articles(library: Library) -> None:
    sport = section_id(library, "Sport")
    _published(library, "Published", sport, datetime(2026, 2, 1, tzinfo=UTC))
    no_date = library.create_article(Article(headline="No date", section_id=sport))
    no_section = library.create_article(
        Article(headline="No section", published_at=datetime(2026, 2, 2, tzinfo=UTC))
    )
    assert library.neighbours(no_date) == (None, None)
    assert library.neighbours(no_section) == (None, None)


def test_neighbours_with_equal_dates_use_the_id(library: Library) -> None:
    sport = section_id(library, "Sport")
    when = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    a = _published(library, "A", sport, when)
    b = _published(library, "B", sport, when)
    assert library.neighbours(a) == (None, library.summary(b.id))
    assert library.neighbours(b) == (library.summary(a.id), None)


def test_neighbours_compare_instants_not_text(library: Library) -> None:
    sport = section_id(library, "Sport")
    cet = timezone(timedelta(hours=1))
    # 10:00+01:00 is 09:00 UTC: earlier than 09:30 UTC, though its text sorts later.
    earlier = _published(library, "Earlier", sport, datetime(2026, 1, 5, 10, 0, tzinfo=cet))
    later = _published(library, "Later", sport, datetime(2026, 1, 5, 9, 30, tzinfo=UTC))
    assert earlier.published_at < later.published_at
    prev, nxt = library.neighbours(later)
    assert prev is not None and prev.id == earlier.id
    assert nxt is None


# -- media ---------------------------------------------------------------------------------
def test_media_round_trip(tmp_path: Path) -> None:
    data = bytes(range(256)) * 64 + b"\x00\x00\xff"
    path = tmp_path / "Media.newsroom"
    with open_library(path) as lib:
        media = lib.add_media(
            "chart.png", "image/png", data, alt="A chart", caption="Prices", credit="Reuters"
        )
        assert lib.media(media.uid) == media
    with open_library(path) as lib:
        again = lib.media(media.uid)
        assert again.data == data
        assert type(again.data) is bytes
        assert (again.filename, again.mime_type) == ("chart.png", "image/png")
        assert (again.alt, again.caption, again.credit) == ("A chart", "Prices", "Reuters")
        assert lib.media_by_id(media.id) == again
        stored_hash = lib.db.execute(
            "SELECT sha256 FROM media WHERE uid = ?", [media.uid]
        ).fetchone()[0]
        assert stored_hash == hashlib.sha256(data).hexdigest()
        with pytest.raises(NotFoundError):
            lib.media("00000000-0000-0000-0000-000000000000")


def test_settings(library: Library) -> None:
    assert library.setting("site_name") == "The European Desk"
    assert library.setting("missing", "fallback") == "fallback"
    library.set_setting("site_name", "Night Desk")
    assert library.setting("site_name") == "Night Desk"


# -- read-only -----------------------------------------------------------------------------
def test_read_only_library_refuses_every_write(tmp_path: Path) -> None:
    path = tmp_path / "Archive.newsroom"
    with open_library(path) as lib:
        welcome_id = lib.articles()[0].id
    before = sha256_of(path)

    lib = open_library(path, read_only=True)
    try:
        assert lib.read_only is True
        art = lib.article(welcome_id)
        assert art.headline == "Welcome to Newsroom"
        attempts = {
            "set_setting": lambda: lib.set_setting("site_name", "X"),
            "add_section": lambda: lib.add_section("Science"),
            "create_article": lambda: lib.create_article(Article(headline="New")),
            "save_article": lambda: lib.save_article(art),
            "set_related_links": lambda: lib.set_related_links(welcome_id, []),
            "add_media": lambda: lib.add_media("x.png", "image/png", b"x"),
            "add_revision": lambda: lib.add_revision(welcome_id),
        }
        for name, attempt in attempts.items():
            with pytest.raises(ReadOnlyError) as exc:
                attempt()
            assert "Archive.newsroom" in str(exc.value), name
            assert "read-only" in str(exc.value), name
        # Even SQL that bypasses the API cannot write through this connection.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            lib.db.execute("DELETE FROM articles")
    finally:
        lib.close()

    assert sha256_of(path) == before
    with open_library(path) as lib:
        assert lib.stats()["articles"] == 1
        assert lib.setting("site_name") == "The European Desk"
        assert len(lib.related_links(welcome_id)) == 3
