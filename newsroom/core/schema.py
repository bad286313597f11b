"""The library file's schema, as numbered migrations.

Each migration runs in one transaction together with its row in ``migrations``
and the new ``PRAGMA user_version``, so a library is never half-migrated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsroom.core.model import utcnow

if TYPE_CHECKING:
    import sqlite_utils

#: ``PRAGMA application_id`` of every Newsroom library: "NWSR".
APPLICATION_ID = 0x4E575352


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


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
