"""The library file's schema, as numbered migrations.

Each migration runs in one transaction together with its row in ``migrations``
and the new ``PRAGMA user_version``, so a library is never half-migrated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsroom.core.model import utcnow, word_count

if TYPE_CHECKING:
    import sqlite_utils

#: ``PRAGMA application_id`` of every Newsroom library: "NWSR".
APPLICATION_ID = 0x4E575352


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    #: Run after the statements, in the same transaction, for what SQL alone cannot do.
    fill: Callable[[sqlite_utils.Database], None] | None = None


def _fill_word_counts(db: sqlite_utils.Database) -> None:
    rows = db.execute("SELECT id, body FROM articles").fetchall()
    db.conn.executemany(
        "UPDATE articles SET word_count = ? WHERE id = ?",
        [(word_count(body), article_id) for article_id, body in rows],
    )


#: The article's columns the change hash was made of before migration 4.
_HASH_COLUMNS_3 = (
    "a.slug, a.headline, a.standfirst, a.body, a.byline, a.dateline, a.language, "
    "a.section_id, a.tags_text, a.published_at, a.embargo_until, a.featured_media_id, "
    "fm.sha256, fm.alt, fm.caption, fm.credit"
)
#: ... and from migration 4 until migration 6.
_HASH_COLUMNS_5 = (
    _HASH_COLUMNS_3 + ", a.seo_title, a.seo_description, a.timezone, "
    "(SELECT group_concat(ifnull(r.target_id, '') || '|' || ifnull(r.url, '') || '|' "
    "|| r.title, char(10)) FROM (SELECT * FROM related_links WHERE article_id = a.id "
    "ORDER BY position) r), "
    "(SELECT group_concat(n.kind || '|' || n.at || '|' || n.text, char(10)) FROM "
    "(SELECT * FROM article_notes WHERE article_id = a.id ORDER BY at, id) n)"
)


#: How migration 1 wrote the targets' kind, and how it reads from migration 7 on.
_LISTED_KINDS = "kind TEXT NOT NULL CHECK (kind IN ('wordpress', 'ninjs', 'static')),"
_ANY_KIND = "kind TEXT NOT NULL CHECK (kind != ''),"


def _unlist_target_kinds(db: sqlite_utils.Database) -> None:
    """The file stops listing the kinds of target (:mod:`newsroom.core.publish.kinds`
    does): a library written by a Newsroom with a kind more keeps opening in one
    without it, and a new kind needs no new migration.

    SQLite's own way for a constraint that the stored rows already satisfy (“Making
    Other Kinds Of Table Schema Changes”, the simpler procedure): the table's text is
    changed in the schema, in this transaction, with the schema's version bumped.
    Rebuilding the table instead would cascade its deletion to the outbox."""
    conn = db.conn
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        changed = conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
            "WHERE type = 'table' AND name = 'targets' AND instr(sql, ?) > 0",
            [_LISTED_KINDS, _ANY_KIND, _LISTED_KINDS],
        ).rowcount
        if changed != 1:
            raise RuntimeError("the targets table is not as migration 1 made it")
        conn.execute(f"PRAGMA schema_version = {version + 1:d}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def _rehash(
    old_columns: str, new_columns: str | None = None
) -> Callable[[sqlite_utils.Database], None]:
    """A migration's step for a change hash that covers more fields than before: an
    article that was synced stays synced, with its hash made anew from
    ``new_columns`` (by default today's HASH_COLUMNS); one changed since its sync
    stays changed."""

    def fill(db: sqlite_utils.Database) -> None:
        from newsroom.core.change_hash import HASH_COLUMNS, HASH_JOIN
        from newsroom.core.change_hash import fingerprint as digest

        columns = new_columns or HASH_COLUMNS
        rows = db.execute(
            f"""SELECT s.article_id, s.target_id, s.content_hash, {old_columns}
                FROM sync_state s JOIN articles a ON a.id = s.article_id {HASH_JOIN}
                WHERE s.content_hash IS NOT NULL"""
        ).fetchall()
        for article_id, target_id, stored, *old in rows:
            if digest(tuple(old)) != stored:
                continue  # changed since its sync: it stays changed
            new = db.execute(
                f"SELECT {columns} FROM articles a {HASH_JOIN} WHERE a.id = ?",
                [article_id],
            ).fetchone()
            db.execute(
                "UPDATE sync_state SET content_hash = ? WHERE article_id = ? AND target_id = ?",
                [digest(tuple(new)), article_id, target_id],
            )

    return fill


#: What ``articles.tags_text`` holds: the article's tags, sorted, space-joined.
TAGS_TEXT = """ifnull((SELECT group_concat(tag, ' ') FROM
    (SELECT tag FROM article_tags WHERE article_id = {id} ORDER BY tag)), '')"""

# Full-text search (migration 2).
#
# ``articles_fts`` is an FTS5 table with *external content*: it indexes
# ``articles.headline, standfirst, tags_text, body`` but stores no copy of them, so
# a library of long bodies does not double in size, and ``snippet()`` reads the text
# back from ``articles``. The catch of external content is that a delete must hand
# FTS5 exactly the values that were indexed. That is why the tags are folded into a
# real column, ``articles.tags_text``, kept by triggers on ``article_tags``: the
# triggers on ``articles`` then see exact old and new values (``old.*``/``new.*``)
# for every change, from any writer, and the index cannot drift. (Reading the tags
# through a view at delete time would depend on group_concat order, and a mismatch
# silently corrupts an external-content index.)
#
# The update trigger fires only when an indexed column really changed, so status
# changes, moves and trash do not re-tokenise a body. Trashed articles stay in the
# index; searches filter on ``deleted_at``. Never ``INSERT OR REPLACE`` into
# ``articles``: REPLACE deletes without firing delete triggers.
#: BM25 with column weights: headline, standfirst, tags_text, body.
FTS_RANK = "bm25(10.0, 4.0, 8.0, 1.0)"
_FTS_COLUMNS = "headline, standfirst, tags_text, body"
_FTS_NEW = "new.headline, new.standfirst, new.tags_text, new.body"
_FTS_OLD = "old.headline, old.standfirst, old.tags_text, old.body"
FTS_STATEMENTS: tuple[str, ...] = (
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        {_FTS_COLUMNS},
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    # Per-term document counts, for the tf·idf of "suggest related".
    "CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row')",
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {_FTS_NEW});
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
            VALUES ('delete', old.id, {_FTS_OLD});
    END""",
    f"""CREATE TRIGGER articles_fts_update
        AFTER UPDATE OF id, {_FTS_COLUMNS} ON articles
        WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline
          OR old.standfirst IS NOT new.standfirst OR old.tags_text IS NOT new.tags_text
          OR old.body IS NOT new.body
    BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
            VALUES ('delete', old.id, {_FTS_OLD});
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {_FTS_NEW});
    END""",
    f"""CREATE TRIGGER article_tags_fts_insert AFTER INSERT ON article_tags BEGIN
        UPDATE articles SET tags_text = {TAGS_TEXT.format(id="new.article_id")}
            WHERE id = new.article_id;
    END""",
    f"""CREATE TRIGGER article_tags_fts_delete AFTER DELETE ON article_tags BEGIN
        UPDATE articles SET tags_text = {TAGS_TEXT.format(id="old.article_id")}
            WHERE id = old.article_id;
    END""",
    f"""CREATE TRIGGER article_tags_fts_update AFTER UPDATE OF article_id, tag ON article_tags
    BEGIN
        UPDATE articles SET tags_text = {TAGS_TEXT.format(id="old.article_id")}
            WHERE id = old.article_id;
        UPDATE articles SET tags_text = {TAGS_TEXT.format(id="new.article_id")}
            WHERE id = new.article_id;
    END""",
)

# The library browser's sorts and filters. Each index leads with deleted_at (every
# list filters on it) and carries section_id and status, so filtering and counting
# never read an article row: a row holds its body, and the columns after the body
# (byline, status, updated_at ...) sit on overflow pages. Sorting by section or
# status scans articles_browse_updated, which covers both.
BROWSE_INDEXES: tuple[str, ...] = (
    # Keyed by id, for checking the filters of full-text matches (search.py forces it
    # with INDEXED BY: the planner would otherwise look each match up in the table).
    "CREATE INDEX articles_facets ON articles(id, deleted_at, section_id, status)",
    "DROP INDEX articles_updated",
    "CREATE INDEX articles_browse_updated ON articles(deleted_at, updated_at, section_id, status)",
    """CREATE INDEX articles_browse_headline
        ON articles(deleted_at, headline COLLATE NOCASE, section_id, status)""",
    """CREATE INDEX articles_browse_byline
        ON articles(deleted_at, byline COLLATE NOCASE, section_id, status)""",
    "CREATE INDEX articles_browse_words ON articles(deleted_at, word_count, section_id, status)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial schema",
        (
            """CREATE TABLE migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )""",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE sections (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES sections(id) ON DELETE RESTRICT,
                name TEXT NOT NULL CHECK (trim(name) <> ''),
                slug TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE UNIQUE INDEX sections_slug ON sections(ifnull(parent_id, 0), slug)",
            """CREATE TABLE media (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                filename TEXT NOT NULL,
                mime_type TEXT NOT NULL,
                data BLOB NOT NULL,
                sha256 TEXT NOT NULL,
                width INTEGER,
                height INTEGER,
                alt TEXT NOT NULL DEFAULT '',
                caption TEXT NOT NULL DEFAULT '',
                credit TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                slug TEXT NOT NULL UNIQUE,
                slug_auto INTEGER NOT NULL DEFAULT 1,
                headline TEXT NOT NULL DEFAULT '',
                standfirst TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                byline TEXT NOT NULL DEFAULT '',
                dateline TEXT NOT NULL DEFAULT '',
                section_id INTEGER REFERENCES sections(id) ON DELETE RESTRICT,
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                    ('draft', 'in_review', 'ready', 'scheduled', 'published', 'spiked')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                published_at TEXT,
                timezone TEXT NOT NULL DEFAULT 'UTC',
                embargo_until TEXT,
                seo_title TEXT NOT NULL DEFAULT '',
                seo_description TEXT NOT NULL DEFAULT '',
                featured_media_id INTEGER REFERENCES media(id) ON DELETE SET NULL,
                language TEXT NOT NULL DEFAULT 'en',
                deleted_at TEXT
            )""",
            "CREATE INDEX articles_section ON articles(section_id, published_at)",
            "CREATE INDEX articles_updated ON articles(updated_at)",
            """CREATE TABLE article_tags (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                tag TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (article_id, tag)
            )""",
            "CREATE INDEX article_tags_tag ON article_tags(tag)",
            """CREATE TABLE revisions (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT 'edit',
                status TEXT NOT NULL,
                headline TEXT NOT NULL,
                standfirst TEXT NOT NULL,
                body TEXT NOT NULL,
                fields TEXT NOT NULL DEFAULT '{}',
                word_count INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX revisions_article ON revisions(article_id, created_at)",
            """CREATE TABLE related_links (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                target_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
                title TEXT NOT NULL DEFAULT '',
                url TEXT,
                CHECK (target_id IS NOT NULL OR url IS NOT NULL)
            )""",
            "CREATE INDEX related_links_article ON related_links(article_id, position)",
            """CREATE TABLE targets (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('wordpress', 'ninjs', 'static')),
                url TEXT NOT NULL,
                username TEXT,
                settings TEXT NOT NULL DEFAULT '{}',
                paused INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                action TEXT NOT NULL CHECK (action IN ('publish', 'update', 'unpublish')),
                state TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sending', 'done', 'attention')),
                idempotency_key TEXT NOT NULL UNIQUE,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                last_error TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX outbox_pending ON outbox(state, next_attempt_at)",
            """CREATE TABLE sync_state (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
                remote_id TEXT,
                remote_url TEXT,
                remote_modified TEXT,
                content_hash TEXT,
                synced_at TEXT,
                state TEXT NOT NULL DEFAULT 'not_published',
                PRIMARY KEY (article_id, target_id)
            )""",
            """CREATE TABLE sync_log (
                id INTEGER PRIMARY KEY,
                outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
                target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
                article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                at TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            )""",
        ),
    ),
    Migration(
        2,
        "full-text search, word counts, browse indexes",
        (
            "ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE articles ADD COLUMN tags_text TEXT NOT NULL DEFAULT ''",
            f"UPDATE articles SET tags_text = {TAGS_TEXT.format(id='articles.id')}",
            *FTS_STATEMENTS,
            # ``ORDER BY rank`` weighs a match in the headline or tags above the body.
            f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', '{FTS_RANK}')",
            "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
            *BROWSE_INDEXES,
        ),
        fill=_fill_word_counts,
    ),
    Migration(
        3,
        "publishing: remote terms and media, conflicts, outbox timing",
        (
            # What a target calls our sections, tags and images: found or created once,
            # then reused, so a sync never makes a second category or upload.
            """CREATE TABLE remote_terms (
                target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('category', 'tag')),
                local_key TEXT NOT NULL,
                remote_id TEXT NOT NULL,
                PRIMARY KEY (target_id, kind, local_key)
            )""",
            """CREATE TABLE remote_media (
                target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
                media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
                remote_id TEXT NOT NULL,
                remote_url TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                PRIMARY KEY (target_id, media_id)
            )""",
            # The remote fields of a conflict (JSON), shown beside the local ones.
            "ALTER TABLE sync_state ADD COLUMN conflict TEXT",
            # The server's own message when an entry needs attention; when it was
            # last tried; the earliest time it may go (embargo, schedule).
            "ALTER TABLE outbox ADD COLUMN not_before TEXT",
            "ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT",
            "ALTER TABLE sync_log ADD COLUMN action TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX sync_log_at ON sync_log(at)",
            "CREATE INDEX outbox_article ON outbox(article_id, target_id)",
        ),
    ),
    Migration(
        4,
        "going live: corrections and updates, what was sent, categories by section",
        (
            # Dated "Correction:" and "Update:" notes of a published article, shown on
            # its page and sent with it.
            """CREATE TABLE article_notes (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('correction', 'update')),
                at TEXT NOT NULL,
                text TEXT NOT NULL CHECK (trim(text) <> '')
            )""",
            "CREATE INDEX article_notes_article ON article_notes(article_id, at)",
            # What the target was last sent of the article (JSON), for "what will change".
            "ALTER TABLE sync_state ADD COLUMN sent TEXT",
            # The name and parent a remote category was last given, so that a section
            # renamed or moved offline renames or moves its category (``local_key`` of a
            # category is now ``section:<id>``).
            "ALTER TABLE remote_terms ADD COLUMN sent_as TEXT",
        ),
        # The hash covers SEO, related links and notes.
        fill=_rehash(_HASH_COLUMNS_3, _HASH_COLUMNS_5),
    ),
    Migration(
        5,
        "web renditions of images",
        (
            # The copy of an image that goes to a site (scaled, re-encoded, without its
            # location and camera data): made once per original, spec and credit, and
            # gone with its image. See newsroom/core/renditions.py.
            """CREATE TABLE media_renditions (
                id INTEGER PRIMARY KEY,
                media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
                source_sha256 TEXT NOT NULL,
                spec TEXT NOT NULL,
                credit TEXT NOT NULL DEFAULT '',
                mime_type TEXT NOT NULL,
                format TEXT NOT NULL,
                data BLOB NOT NULL,
                sha256 TEXT NOT NULL,
                width INTEGER,
                height INTEGER,
                created_at TEXT NOT NULL,
                UNIQUE (media_id, source_sha256, spec, credit)
            )""",
        ),
    ),
    Migration(
        6,
        "crop, rotation and focal point of images",
        (
            # How an image is published, as parameters: the original's bytes never
            # change. The rotation is clockwise, after the EXIF orientation; the crop
            # and the focal point are fractions (0..1) of the upright, rotated image.
            # A NULL crop is the whole image, a NULL focal point its centre.
            """ALTER TABLE media ADD COLUMN rotation INTEGER NOT NULL DEFAULT 0
                CHECK (rotation IN (0, 90, 180, 270))""",
            *(
                f"ALTER TABLE media ADD COLUMN {name} REAL CHECK ({name} BETWEEN 0 AND 1)"
                for name in (
                    "crop_left",
                    "crop_top",
                    "crop_right",
                    "crop_bottom",
                    "focus_x",
                    "focus_y",
                )
            ),
            # Bumped when an image the article shows is edited or replaced: the
            # article's change hash covers it, so the site is told it changed.
            "ALTER TABLE articles ADD COLUMN media_edits INTEGER NOT NULL DEFAULT 0",
        ),
        # A migration after this one that changes HASH_COLUMNS names this list as
        # its _HASH_COLUMNS_6 and rehashes from it.
        fill=_rehash(_HASH_COLUMNS_5),
    ),
    Migration(
        7,
        "a target's kind is any name: the kinds are Newsroom's own list",
        (),
        fill=_unlist_target_kinds,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Bring ``db`` up to :data:`SCHEMA_VERSION`; return the versions applied."""
    applied: list[int] = []
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        with db.atomic():
            for statement in migration.statements:
                db.execute(statement)
            if migration.fill is not None:
                migration.fill(db)
            db.table("migrations").insert(
                {
                    "version": migration.version,
                    "name": migration.name,
                    "applied_at": utcnow().isoformat(),
                }
            )
            # PRAGMA values cannot be bound as parameters; both are our own ints.
            db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            db.execute(f"PRAGMA user_version = {migration.version:d}")
        applied.append(migration.version)
    return applied
