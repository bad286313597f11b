"""The library: one SQLite file holding articles, sections, links, media and more."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import EllipsisType
from typing import TYPE_CHECKING, Any

import filelock
from slugify import slugify

from newsroom.core import fields, fileformat
from newsroom.core.errors import (
    CorruptLibraryError,
    LibraryError,
    LibraryLockedError,
    NewerLibraryError,
    NoLibraryError,
    NotFoundError,
    ReadOnlyError,
)
from newsroom.core.i18n import translate
from newsroom.core.model import (
    Article,
    ArticleSummary,
    Media,
    Note,
    NoteKind,
    RelatedLink,
    Section,
    Status,
    utcnow,
    word_count,
)
from newsroom.core.schema import SCHEMA_VERSION, migrate
from newsroom.core.sections import SectionTree
from newsroom.core.storage import (
    StorageError,
    is_storage_failure,
    library_gone,
    medium_read_only,
    read_only_medium,
    storage_error,
)

if TYPE_CHECKING:
    import sqlite_utils

LOCK_SUFFIX = ".lock"
#: The library's setting for the time zone of its new and pulled articles.
TIMEZONE_KEY = "timezone"
#: Up to this size a library is checked in full (``PRAGMA quick_check``) before it
#: opens. A bigger one (years of archive) opens after a check of its structure, and
#: :meth:`Library.verify` checks the rest while it is in use: reading every page of
#: a 1.5 GB file takes seconds.
FULL_CHECK_BYTES = 256 * 1024 * 1024
SUMMARY_COLUMNS = "id, slug, headline, status, section_id, byline, updated_at, published_at"
#: About how many bytes a new library takes (its schema and the seeded articles).
NEW_LIBRARY_BYTES = 256 * 1024


def _ts(value: datetime | None) -> str | None:
    """Times are stored in UTC, so that text order is time order."""
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _last_id(table: sqlite_utils.db.Table) -> int:
    if table.last_rowid is None:
        raise RuntimeError(f"no row was inserted into {table.name}")
    return int(table.last_rowid)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    """``ids`` in slices small enough for one statement's parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def make_slug(text: str) -> str:
    return slugify(text, max_length=80, word_boundary=True) or "untitled"


def _bytes_of(article: Article) -> int:
    """About how many bytes saving ``article`` writes: its row and its revision each
    hold its text (the search index, its words, less)."""
    text = (article.headline or "") + (article.standfirst or "") + (article.body or "")
    return 2 * len(text.encode())


class Library:
    """An open library file. Use :func:`open_library` to get one.

    Reads go through :attr:`conn` (plain sqlite3), writes through :attr:`db`
    (sqlite-utils over the same connection), which is made on first use: importing
    sqlite-utils takes a while, and opening a library and showing an article only
    read."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        lock: filelock.BaseFileLock | None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._lock = lock
        self._db: sqlite_utils.Database | None = None
        #: Whether every page was checked when it opened; if not, call :meth:`verify`.
        self.verified = True
        #: About how many bytes the write transaction under way writes (see :meth:`_write`).
        self._writing = 0

    @property
    def db(self) -> sqlite_utils.Database:
        """The library's connection, through sqlite-utils."""
        if self._db is None:
            import sqlite_utils

            # No sqlite-utils plugins: the library is Newsroom's own. Looking for them reads
            # the metadata of every installed package and keeps it (see markdown_extra).
            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows ``sql`` selects, each as a dict of its columns. A file that cannot
        be read raises a :class:`~newsroom.core.storage.StorageError`."""
        try:
            cursor = self.conn.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor]
        except (sqlite3.Error, OSError) as exc:
            if not is_storage_failure(exc):
                raise
            raise storage_error(exc, self.path) from exc

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def verify(self) -> str | None:
        """Check every page of the file, on a connection of its own (so it may run on
        another thread while this one is used). None if it is sound, otherwise what is
        wrong, as a sentence for the user."""
        checker = self.sibling(read_only=True)
        try:
            _quick_check(checker.conn, self.path)
        except CorruptLibraryError as exc:
            return str(exc)
        except (sqlite3.Error, OSError) as exc:
            error = storage_error(exc, self.path) if is_storage_failure(exc) else None
            if error is not None and not isinstance(error, CorruptLibraryError):
                raise error from exc  # a full or vanished disk: the file is not damaged
            return translate("Library", "“{name}” is damaged ({problem}).").format(
                name=self.path.name, problem=exc
            )
        finally:
            checker.close()
        self.verified = True
        return None

    def sibling(self, *, read_only: bool = True) -> Library:
        """Another connection to this open library, for work on another thread.

        It shares this library's lock (so it needs none of its own) and is not
        checked again; close it before this one. A read-only sibling never blocks
        the writer (WAL) and sees each committed transaction."""
        try:
            uri = _uri(self.path, read_only or self.read_only)
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA foreign_keys = ON")
            if not (read_only or self.read_only):
                conn.execute("PRAGMA synchronous = FULL")
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc, self.path) from exc
        return Library(self.path, conn, read_only or self.read_only, lock=None)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def change_count(self) -> tuple[int, int]:
        """A value that differs after every change to the library, made through this
        connection or any other (the autosaver's, the outbox's, another program's):
        for caches of what is read from it."""
        (other,) = self.conn.execute("PRAGMA data_version").fetchone()
        return int(other), self.conn.total_changes

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one: all of them are stored, or none is (a file imported
        with its images, its links and its notes)."""
        with self._write():
            yield

    @contextmanager
    def _write(self, writing: int = 0) -> Iterator[sqlite_utils.Database]:
        """One write transaction (a savepoint inside a caller's). It takes the write
        lock at its start, waiting up to the busy timeout for another writer (the
        outbox's, on its own connection): a transaction that reads and then writes
        would otherwise fail at once when that writer committed in between.

        A disk that fails it (full, read-only, gone) rolls it back and raises a
        :class:`~newsroom.core.storage.StorageError`; ``writing`` is about how many
        bytes it writes, which the message of a full disk counts in."""
        if self.read_only:
            if medium_read_only(self.path):
                raise read_only_medium(self.path)
            raise ReadOnlyError(
                translate("Library", "“{name}” is open read-only; nothing was changed.").format(
                    name=self.path.name
                )
            )
        db, conn = self.db, self.conn
        if conn.in_transaction:
            self._writing += writing
            try:
                with db.atomic():
                    yield db
            except (sqlite3.Error, OSError) as exc:
                if not is_storage_failure(exc):
                    raise
                raise storage_error(exc, self.path, writing=self._writing) from exc
            return
        self._writing = writing
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield db
            self._still_there()
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                # After a failed write SQLite may have rolled back already, or fail to.
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error | OSError) and is_storage_failure(exc):
                raise storage_error(exc, self.path, writing=self._writing) from exc
            raise
        finally:
            self._writing = 0

    def _still_there(self) -> None:
        """Refuse to commit into a file that was deleted or moved away while it was
        open: SQLite would write on into it, and nobody would open it again. (Whether
        the file at the path is still the same one is not asked: a network drive may
        number its files anew.)"""
        try:
            there = self.path.exists()
        except OSError:
            there = False
        if not there:
            raise library_gone(self.path)

    # -- settings --------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as db:
            db.table("settings").upsert({"key": key, "value": value}, pk="key")

    def default_timezone(self) -> str:
        """The time zone of a new or pulled article: the library's ``timezone``
        setting; without one, that of the article updated last; in an empty library,
        this computer's (:func:`local_timezone`)."""
        from newsroom.core.metadata import zone

        name = self.setting(TIMEZONE_KEY)
        if zone(name) is not None:
            return name.strip()
        row = self.conn.execute(
            "SELECT timezone FROM articles ORDER BY updated_at DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is not None and zone(str(row[0])) is not None:
            return str(row[0]).strip()
        return local_timezone()

    # -- sections --------------------------------------------------------------------
    def sections(self) -> list[Section]:
        return [
            Section(r["id"], r["name"], r["slug"], r["parent_id"], r["position"])
            for r in self._query("SELECT * FROM sections ORDER BY position, id")
        ]

    def section_tree(self) -> SectionTree:
        return SectionTree(self.sections())

    def add_section(self, name: str, parent_id: int | None = None) -> Section:
        with self._write() as db:
            position = db.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM sections WHERE parent_id IS ?",
                [parent_id],
            ).fetchone()[0]
            table = db.table("sections")
            table.insert(
                {
                    "name": name.strip(),
                    "slug": make_slug(name),
                    "parent_id": parent_id,
                    "position": position,
                }
            )
            new_id = _last_id(table)
        return Section(new_id, name.strip(), make_slug(name), parent_id, position)

    # -- articles --------------------------------------------------------------------
    def articles(
        self,
        section_ids: Sequence[int] | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Articles not in the trash, most recently updated first; ``limit`` of them
        from ``offset`` (all by default)."""
        sql = f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE deleted_at IS NULL"
        params: list[Any] = []
        if section_ids is not None:
            sql += f" AND section_id IN ({','.join('?' * len(section_ids))})"
            params.extend(section_ids)
        sql += " ORDER BY updated_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params.extend([limit, offset])
        return [self._summary(r) for r in self._query(sql, params)]

    @staticmethod
    def _summary(r: dict[str, Any]) -> ArticleSummary:
        return ArticleSummary(
            id=r["id"],
            slug=r["slug"],
            headline=r["headline"],
            status=Status(r["status"]),
            section_id=r["section_id"],
            byline=r["byline"],
            updated_at=datetime.fromisoformat(r["updated_at"]),
            published_at=_dt(r["published_at"]),
        )

    def article(self, article_id: int) -> Article:
        rows = self._query("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise NotFoundError(_no_article(article_id))
        return self._article(rows[0])

    def article_by_slug(self, slug: str) -> Article:
        rows = self._query("SELECT * FROM articles WHERE slug = ?", [slug])
        if not rows:
            raise NotFoundError(
                translate("Library", "There is no article “{slug}” in this library.").format(
                    slug=slug
                )
            )
        return self._article(rows[0])

    def summary(self, article_id: int) -> ArticleSummary:
        sql = f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = ?"
        rows = self._query(sql, [article_id])
        if not rows:
            raise NotFoundError(_no_article(article_id))
        return self._summary(rows[0])

    def find_by_headline(self, headline: str) -> list[ArticleSummary]:
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE deleted_at IS NULL "
            "AND headline = ? COLLATE NOCASE"
        )
        return [self._summary(r) for r in self._query(sql, [headline.strip()])]

    def _article(self, r: dict[str, Any]) -> Article:
        tags = [
            t[0]
            for t in self.conn.execute(
                "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position", [r["id"]]
            ).fetchall()
        ]
        values: dict[str, Any] = {"tags": tags}
        for field in fields.COLUMNS:
            raw = r[field.column or field.name]
            if field.kind == "time":
                values[field.name] = _dt(raw)
            elif field.kind == "status":
                values[field.name] = Status(raw)
            else:
                values[field.name] = raw
        return Article(**values)

    def unique_slug(self, wanted: str, exclude_id: int | None = None) -> str:
        base = make_slug(wanted)
        candidate, n = base, 1
        while self.conn.execute(
            "SELECT 1 FROM articles WHERE slug = ? AND id IS NOT ?", [candidate, exclude_id]
        ).fetchone():
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def slug_is_auto(self, article_id: int) -> bool:
        """True while the article's slug was never chosen by hand (drafts then follow
        the headline, see :meth:`save_article`)."""
        row = self.conn.execute("SELECT slug_auto FROM articles WHERE id = ?", [article_id])
        found = row.fetchone()
        if found is None:
            raise NotFoundError(_no_article(article_id))
        return bool(found[0])

    def tags(self) -> list[str]:
        """Every tag of the articles not in the trash, the most used first."""
        # Counted over the tag index alone, then the trash's few taken off: joining
        # every tag to its article costs half a second in a library of 100,000.
        counts = dict(
            self.conn.execute("SELECT tag, count(*) FROM article_tags GROUP BY tag").fetchall()
        )
        trashed = """SELECT t.tag, count(*) FROM article_tags t
                     WHERE t.article_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)
                     GROUP BY t.tag"""
        for tag, count in self.conn.execute(trashed).fetchall():
            counts[tag] -= count
        used = [tag for tag, count in counts.items() if count > 0]
        return sorted(used, key=lambda tag: (-counts[tag], tag.casefold(), tag))

    def bylines(self) -> list[str]:
        """Every name in the bylines of the articles not in the trash ("Anna Weber,
        Jan Peeters" holds two), the most used first."""
        counts: dict[str, int] = {}
        # Grouped by the byline index first: a library has few distinct bylines.
        sql = """SELECT byline, count(*) FROM articles INDEXED BY articles_browse_byline
                 WHERE deleted_at IS NULL AND byline <> '' GROUP BY byline"""
        for byline, times in self.conn.execute(sql).fetchall():
            for name in {" ".join(n.split()) for n in byline.split(",")} - {""}:
                counts[name] = counts.get(name, 0) + times
        return sorted(counts, key=lambda n: (-counts[n], n.casefold(), n))

    def _row(self, article: Article) -> dict[str, Any]:
        """The ``articles`` columns that every save writes (:mod:`newsroom.core.fields`)."""
        row: dict[str, Any] = {"word_count": word_count(article.body)}
        for field in fields.COLUMNS:
            if not field.saved:
                continue
            value = getattr(article, field.name)
            if field.kind == "time":
                value = _ts(value)
            elif field.kind == "status":
                value = Status(value).value
            row[field.column or field.name] = value
        return row

    def create_article(self, article: Article) -> Article:
        """Insert a new article; its slug is made unique, from the headline if empty."""
        with self._write(_bytes_of(article)) as db:
            slug = self.unique_slug(article.slug or article.headline)
            row = self._row(article) | {
                "uid": article.uid or str(uuid.uuid4()),
                "slug": slug,
                "slug_auto": 0 if article.slug else 1,
                "created_at": _ts(article.created_at),
            }
            table = db.table("articles")
            table.insert(row)
            new_id = _last_id(table)
            self._set_tags(new_id, article.tags)
            self._add_revision(new_id, "created")
        return self.article(new_id)

    def save_article(
        self, article: Article, *, touch: bool = True, lock_slug: bool = False
    ) -> Article:
        """Write an existing article back.

        While a draft's slug was never chosen by hand it follows the headline; a
        different ``article.slug``, or ``lock_slug``, fixes it. ``touch`` sets
        ``updated_at`` to now."""
        if article.id is None:
            raise ValueError("save_article needs an article that has an id")
        with self._write(_bytes_of(article)) as db:
            current = db.execute(
                "SELECT slug, slug_auto FROM articles WHERE id = ?", [article.id]
            ).fetchone()
            if current is None:
                raise NotFoundError(_no_article(article.id))
            slug, slug_auto = current
            if article.slug and (article.slug != slug or lock_slug):
                slug, slug_auto = self.unique_slug(article.slug, article.id), 0
            elif slug_auto and article.status is Status.DRAFT:
                slug = self.unique_slug(article.headline or "untitled", article.id)
            updated = utcnow() if touch else article.updated_at
            row = self._row(replace(article, updated_at=updated)) | {
                "slug": slug,
                "slug_auto": slug_auto,
            }
            db.table("articles").update(article.id, row)
            self._set_tags(article.id, article.tags)
        return self.article(article.id)

    def _set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        """Store the tags, touching only rows that change: every added or removed tag
        re-indexes the article for full-text search (see schema.FTS_STATEMENTS)."""
        wanted: dict[str, None] = {}
        for tag in tags:
            if tag.strip():
                wanted.setdefault(tag.strip(), None)
        have = dict(
            self.conn.execute(
                "SELECT tag, position FROM article_tags WHERE article_id = ?", [article_id]
            ).fetchall()
        )
        gone = [tag for tag in have if tag not in wanted]
        self.db.conn.executemany(
            "DELETE FROM article_tags WHERE article_id = ? AND tag = ?",
            [(article_id, tag) for tag in gone],
        )
        for position, tag in enumerate(wanted):
            if tag not in have:
                self.db.execute(
                    "INSERT INTO article_tags (article_id, tag, position) VALUES (?, ?, ?)",
                    [article_id, tag, position],
                )
            elif have[tag] != position:
                self.db.execute(
                    "UPDATE article_tags SET position = ? WHERE article_id = ? AND tag = ?",
                    [position, article_id, tag],
                )

    def _add_revision(self, article_id: int, reason: str) -> None:
        r = self.conn.execute(
            "SELECT status, headline, standfirst, body FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        self.db.table("revisions").insert(
            {
                "article_id": article_id,
                "created_at": _ts(utcnow()),
                "reason": reason,
                "status": r[0],
                "headline": r[1],
                "standfirst": r[2],
                "body": r[3],
                "word_count": word_count(r[3]),
            }
        )

    def add_revision(self, article_id: int, reason: str = "edit") -> None:
        with self._write():
            self._add_revision(article_id, reason)

    def revision_count(self, article_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM revisions WHERE article_id = ?", [article_id]
            ).fetchone()[0]
        )

    def change_status(
        self,
        article_id: int,
        decide: Callable[[Article], tuple[Status, datetime | None, str]],
        *,
        now: datetime | None = None,
    ) -> Article:
        """Write the status that ``decide`` picks for the stored article, with its
        publication time and a revision of the reason it gives, in one transaction.
        ``decide`` reads the article as stored and refuses a move by raising: then
        nothing is written. The workflow's rules are :func:`newsroom.core.workflow.move`'s,
        which every move of a status goes through."""
        now = now or utcnow()
        with self._write() as db:
            article = self.article(article_id)
            new, published_at, reason = decide(article)
            db.table("articles").update(
                article_id,
                {"status": new.value, "published_at": _ts(published_at), "updated_at": _ts(now)},
            )
            self._add_revision(article_id, reason)
        return self.article(article_id)

    # -- trash and bulk actions -----------------------------------------------------
    def trash_articles(self, ids: Iterable[int]) -> int:
        """Move articles to the trash; return how many were moved. They leave every
        list and search until restored, and stay in the file until the trash is emptied."""
        return self._set_deleted(ids, _ts(utcnow()))

    def restore_articles(self, ids: Iterable[int]) -> int:
        """Take articles out of the trash; return how many came back."""
        return self._set_deleted(ids, None)

    def _set_deleted(self, ids: Iterable[int], deleted_at: str | None) -> int:
        return self._update_articles(
            ids,
            "deleted_at = ?",
            [deleted_at],
            f"deleted_at IS {'NULL' if deleted_at else 'NOT NULL'}",
            [],
        )

    def _update_articles(
        self,
        ids: Iterable[int],
        assignments: str,
        values: Sequence[Any],
        condition: str,
        condition_values: Sequence[Any],
    ) -> int:
        """``UPDATE articles SET assignments WHERE id IN ids AND condition``, in chunks
        of ids, in one transaction; return how many rows changed."""
        changed = 0
        with self._write() as db:
            for chunk in _chunks(sorted(set(ids))):
                marks = ",".join("?" * len(chunk))
                cursor = db.execute(
                    f"UPDATE articles SET {assignments} WHERE id IN ({marks}) AND {condition}",
                    [*values, *chunk, *condition_values],
                )
                changed += cursor.rowcount
        return changed

    def trashed_count(self) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL"
            ).fetchone()[0]
        )

    def empty_trash(self) -> int:
        """Delete the articles in the trash for good, with their revisions, tags and
        links; return how many went. Those still on a site stay until they are off it."""
        with self._write() as db:
            # An article still on a site, or with a take-down waiting in the outbox,
            # stays in the trash until it is off: deleting it would drop the take-down.
            cursor = db.execute(
                """DELETE FROM articles WHERE deleted_at IS NOT NULL
                   AND id NOT IN (SELECT article_id FROM outbox WHERE state != 'done')
                   AND id NOT IN (SELECT article_id FROM sync_state WHERE state = 'synced')"""
            )
            return int(cursor.rowcount)

    def move_articles(self, ids: Iterable[int], section_id: int | None) -> int:
        """Put articles into another section (None: no section); return how many moved."""
        return self._update_articles(
            ids,
            "section_id = ?, updated_at = ?",
            [section_id, _ts(utcnow())],
            "section_id IS NOT ?",
            [section_id],
        )

    def neighbours(self, article: Article) -> tuple[ArticleSummary | None, ArticleSummary | None]:
        """The previous and next published article in the same section, by publication date."""
        if article.section_id is None or article.published_at is None:
            return None, None
        base = (
            f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE section_id = ? AND id <> ? "
            "AND deleted_at IS NULL AND status = 'published' AND published_at IS NOT NULL "
        )
        key = [
            article.section_id,
            article.id,
            _ts(article.published_at),
            _ts(article.published_at),
            article.id,
        ]
        prev = self._query(
            base + "AND (published_at < ? OR (published_at = ? AND id < ?)) "
            "ORDER BY published_at DESC, id DESC LIMIT 1",
            key,
        )
        nxt = self._query(
            base + "AND (published_at > ? OR (published_at = ? AND id > ?)) "
            "ORDER BY published_at, id LIMIT 1",
            key,
        )
        return (
            self._summary(prev[0]) if prev else None,
            self._summary(nxt[0]) if nxt else None,
        )

    # -- related links ---------------------------------------------------------------
    def related_links(self, article_id: int) -> list[RelatedLink]:
        sql = """SELECT r.title, r.url, r.target_id, a.headline
                 FROM related_links r LEFT JOIN articles a ON a.id = r.target_id
                 WHERE r.article_id = ? ORDER BY r.position"""
        return [
            RelatedLink(title=headline or title, url=url, target_id=target)
            for title, url, target, headline in self.conn.execute(sql, [article_id]).fetchall()
        ]

    def set_related_links(self, article_id: int, links: Sequence[RelatedLink]) -> None:
        with self._write() as db:
            db.execute("DELETE FROM related_links WHERE article_id = ?", [article_id])
            db.table("related_links").insert_all(
                {
                    "article_id": article_id,
                    "position": i,
                    "target_id": link.target_id,
                    "title": link.title,
                    "url": link.url,
                }
                for i, link in enumerate(links)
            )

    # -- corrections and updates ------------------------------------------------------
    def notes(self, article_id: int) -> list[Note]:
        """The article's "Correction:" and "Update:" notes, oldest first."""
        rows = self.conn.execute(
            "SELECT id, article_id, kind, at, text FROM article_notes WHERE article_id = ? "
            "ORDER BY at, id",
            [article_id],
        ).fetchall()
        return [Note(r[0], r[1], NoteKind(r[2]), datetime.fromisoformat(r[3]), r[4]) for r in rows]

    def add_note(
        self, article_id: int, kind: NoteKind, text: str, *, at: datetime | None = None
    ) -> Note:
        """Add a dated note under the article (now, unless ``at``); an empty text is refused."""
        text = text.strip()
        if not text:
            raise ValueError(translate("Library", "Write the text of the note: it is empty."))
        moment = at or utcnow()
        with self._write() as db:
            self.article(article_id)  # NotFoundError for an unknown article
            cursor = db.execute(
                "INSERT INTO article_notes (article_id, kind, at, text) VALUES (?, ?, ?, ?)",
                [article_id, NoteKind(kind).value, _ts(moment), text],
            )
            db.execute(
                "UPDATE articles SET updated_at = ? WHERE id = ?", [_ts(utcnow()), article_id]
            )
            note_id = int(cursor.lastrowid or 0)
        return Note(note_id, article_id, NoteKind(kind), moment, text)

    def update_note(self, note_id: int, text: str) -> None:
        text = text.strip()
        if not text:
            raise ValueError(translate("Library", "Write the text of the note: it is empty."))
        with self._write() as db:
            db.execute("UPDATE article_notes SET text = ? WHERE id = ?", [text, note_id])

    def remove_note(self, note_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM article_notes WHERE id = ?", [note_id])

    # -- media -----------------------------------------------------------------------
    def add_media(
        self,
        filename: str,
        mime_type: str,
        data: bytes,
        *,
        alt: str = "",
        caption: str = "",
        credit: str = "",
    ) -> Media:
        uid = str(uuid.uuid4())
        with self._write(len(data)) as db:
            table = db.table("media")
            table.insert(
                {
                    "uid": uid,
                    "filename": filename,
                    "mime_type": mime_type,
                    "data": data,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "alt": alt,
                    "caption": caption,
                    "credit": credit,
                    "created_at": _ts(utcnow()),
                }
            )
            new_id = _last_id(table)
        return Media(new_id, uid, filename, mime_type, data, alt, caption, credit)

    def media(self, uid: str) -> Media:
        return self._media("uid", uid)

    def media_by_id(self, media_id: int) -> Media:
        return self._media("id", media_id)

    def update_media(
        self,
        media_id: int,
        *,
        alt: str | None = None,
        caption: str | None = None,
        credit: str | None = None,
        rotation: int | None = None,
        crop: tuple[float, float, float, float] | None | EllipsisType = ...,
        focus: tuple[float, float] | None | EllipsisType = ...,
    ) -> Media:
        """Change an image's alt text, caption or credit (None leaves one as it is), its
        rotation (None leaves it), crop or focal point (``...`` leaves one as it is, None
        clears it: the whole image, its centre). The original's bytes never change: the
        edits are parameters that renditions apply. A crop or rotation the image cannot
        have raises :class:`~newsroom.core.renditions.ImageEditError`, changing nothing."""
        from newsroom.core.renditions import check_edit, upright_size

        fields = {"alt": alt, "caption": caption, "credit": credit, "rotation": rotation}
        changes: dict[str, object] = {k: v for k, v in fields.items() if v is not None}
        if not isinstance(crop, EllipsisType):
            box = (None,) * 4 if crop is None else tuple(float(v) for v in crop)
            changes.update(
                zip(("crop_left", "crop_top", "crop_right", "crop_bottom"), box, strict=True)
            )
        if not isinstance(focus, EllipsisType):
            point = (None,) * 2 if focus is None else tuple(float(v) for v in focus)
            changes.update(zip(("focus_x", "focus_y"), point, strict=True))
        edits = changes.keys() & {"rotation", "crop_left", "focus_x"}
        current = self.media_by_id(media_id) if edits else None
        if current is not None:
            new_crop = current.crop if isinstance(crop, EllipsisType) else crop
            new_focus = current.focus if isinstance(focus, EllipsisType) else focus
            check_edit(
                upright_size(bytes(current.data), current.mime_type),
                current.rotation if rotation is None else rotation,
                None if new_crop is None else tuple(new_crop),  # type: ignore[arg-type]
                None if new_focus is None else tuple(new_focus),  # type: ignore[arg-type]
                filename=current.filename,
            )
        with self._write() as db:
            row = db.execute(
                f"SELECT {', '.join(changes) or '1'} FROM media WHERE id = ?", [media_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(_no_image(media_id))
            if changes and tuple(row) != tuple(changes.values()):
                db.table("media").update(media_id, changes)
                self.media_changed(media_id)
        return self.media_by_id(media_id)

    def media_changed(self, media_id: int) -> int:
        """The image's bytes or details changed: so did every article that shows it,
        featured or in its text, as its site shows it. Their ``media_edits`` go up,
        which their change hash covers. Call it inside the write that changed the
        image; the number of articles."""
        from newsroom.core.markdown_ext import MEDIA_SCHEME

        cursor = self.conn.execute(
            """UPDATE articles SET media_edits = media_edits + 1
               WHERE featured_media_id = :id
                  OR instr(body, (SELECT :scheme || uid FROM media WHERE id = :id)) > 0""",
            {"id": media_id, "scheme": MEDIA_SCHEME},
        )
        return cursor.rowcount

    def _media(self, column: str, key: object) -> Media:
        rows = self._query(f"SELECT * FROM media WHERE {column} = ?", [key])
        if not rows:
            raise NotFoundError(_no_image(key))
        r = rows[0]
        crop = tuple(r[k] for k in ("crop_left", "crop_top", "crop_right", "crop_bottom"))
        focus = (r["focus_x"], r["focus_y"])
        return Media(
            r["id"], r["uid"], r["filename"], r["mime_type"], r["data"],
            r["alt"], r["caption"], r["credit"], int(r["rotation"]),
            None if None in crop else crop,
            None if None in focus else focus,
        )  # fmt: skip

    def stats(self) -> dict[str, int]:
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("articles", "sections", "revisions", "related_links", "media")
        }


def _no_article(article_id: int | None) -> str:
    return translate("Library", "There is no article number {number} in this library.").format(
        number=article_id
    )


def _no_image(key: object) -> str:
    return translate("Library", "There is no image “{key}” in this library.").format(key=key)


def _damaged(path: Path, problem: object) -> str:
    # SQLite's report is several lines ("*** in database main ***\nPage 4: ..."): one here.
    said = " ".join(str(problem).replace("*** in database main ***", "").split())
    return translate(
        "Library", "“{name}” is damaged and cannot be opened ({problem}). It was left untouched."
    ).format(name=path.name, problem=said)


# -- opening and creating ------------------------------------------------------------
def _connect(path: Path, read_only: bool, full_check: bool = True) -> sqlite3.Connection:
    """Connect and check the file; a damaged one raises :class:`CorruptLibraryError`.

    Without ``full_check`` only the structure is checked: the schema can be read and
    the file holds every page its header counts."""
    try:
        conn = sqlite3.connect(
            _uri(path, read_only), uri=True, isolation_level=None, check_same_thread=False
        )
    except (sqlite3.Error, OSError) as exc:
        raise storage_error(exc, path) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Check before anything writes: a damaged file must stay as it is.
        if full_check:
            _quick_check(conn, path)
        else:
            _structure_check(conn, path)
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        # A full, read-only or vanished disk is said as such: only damage is damage.
        if is_storage_failure(exc):
            raise storage_error(exc, path) from exc
        raise CorruptLibraryError(path, _damaged(path, exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _uri(path: Path, read_only: bool) -> str:
    """The URI SQLite opens ``path`` by. On a read-only medium a library with no
    write-ahead log is opened immutable: SQLite could not make its shared-memory file
    there, and nothing can change the file under it."""
    uri = path.resolve().as_uri()
    if not read_only:
        return uri + "?mode=rw"
    wal = path.with_name(path.name + "-wal")
    if medium_read_only(path) and not (wal.exists() and wal.stat().st_size > 0):
        return uri + "?mode=ro&immutable=1"
    return uri + "?mode=ro"


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if result != ["ok"]:
        raise CorruptLibraryError(path, _damaged(path, result[0]))


def _structure_check(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    wal = path.with_name(path.name + "-wal")
    # Pages not yet copied from the write-ahead log count too: compare only without one.
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal and pages * size > path.stat().st_size:
        raise CorruptLibraryError(
            path,
            translate(
                "Library",
                "“{name}” is damaged and cannot be opened (it is shorter than its "
                "header says: part of it is missing). It was left untouched.",
            ).format(name=path.name),
        )


def _acquire_lock(path: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(str(path) + LOCK_SUFFIX, timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise LibraryLockedError(
            path,
            translate(
                "Library",
                "“{name}” is already open in another Newsroom window. "
                "Close it there first: a library is edited by one Newsroom at a time.",
            ).format(name=path.name),
        ) from None
    except OSError as exc:
        error = storage_error(exc, path)
        if type(error) is StorageError:
            error = LibraryError(
                path,
                translate("Library", "“{name}” cannot be locked for editing ({problem}).").format(
                    name=path.name, problem=exc.strerror
                ),
            )
        raise error from exc
    return lock


def local_timezone() -> str:
    """This computer's time zone by its name (“Europe/Brussels”): from tzlocal when it
    is installed, else the name of the local offset when it is a zone's (“CET”), else
    UTC."""
    from newsroom.core.metadata import zone

    names: list[str] = []
    try:
        import tzlocal  # type: ignore[import-not-found,unused-ignore]

        names.append(str(tzlocal.get_localzone_name() or ""))
    except Exception:  # not installed, or the system's zone unreadable
        pass
    names.append(datetime.now().astimezone().tzname() or "")
    return next((name for name in names if zone(name) is not None), "UTC")


def open_library(path: Path | str, *, read_only: bool = False, create: bool = True) -> Library:
    """Open ``path``; create a new library there if it does not exist and ``create``.

    Refuses (with a :class:`LibraryError` whose message is meant for the user, and
    without changing the file) anything that is not a healthy Newsroom library.
    A library from a newer Newsroom is refused unless ``read_only``.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():
        if not create:
            raise NoLibraryError(
                path, translate("Library", "There is no library at “{path}”.").format(path=path)
            )
        return create_library(path)
    try:
        header = fileformat.read_header(path)
        fileformat.check_is_library(path, header)
        if header.user_version > SCHEMA_VERSION and not read_only:
            raise NewerLibraryError(path, header.user_version, SCHEMA_VERSION)
        read_only = read_only or fileformat.is_read_only_file(path)
        size = path.stat().st_size
    except OSError as exc:
        raise storage_error(exc, path) from exc
    lock = None if read_only else _acquire_lock(path)
    try:
        full_check = size <= FULL_CHECK_BYTES
        conn = _connect(path, read_only, full_check)
        library = Library(path, conn, read_only, lock)
        library.verified = full_check
        try:
            if header.user_version < SCHEMA_VERSION:
                if read_only:
                    raise LibraryError(
                        path,
                        translate(
                            "Library",
                            "“{name}” comes from an older Newsroom and must be upgraded, "
                            "but it is read-only. Make it writable and open it again.",
                        ).format(name=path.name),
                    )
                try:
                    migrate(library.db)
                except (sqlite3.Error, OSError) as exc:
                    # An upgrade may rewrite every page: it needs about the file's size.
                    failed = storage_error(exc, path, writing=size)
                    if is_storage_failure(exc) and not isinstance(failed, CorruptLibraryError):
                        raise failed from exc
                    if not isinstance(exc, sqlite3.DatabaseError):
                        raise
                    raise LibraryError(
                        path,
                        translate(
                            "Library",
                            "“{name}” could not be upgraded to this version of Newsroom "
                            "({problem}). It was left as it was.",
                        ).format(name=path.name, problem=exc),
                    ) from exc
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return library


def create_library(path: Path, *, seed: bool = True) -> Library:
    """Create a new library at ``path`` (which must not exist), then open it.

    The file is built under a temporary name and moved into place, so an
    interrupted creation (or a full disk) never leaves a half-made library behind.
    """
    from newsroom.core import seed as seeding

    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_with_journal(temp)
        staging = Library(
            temp, sqlite3.connect(temp, isolation_level=None), read_only=False, lock=None
        )
        try:
            staging.conn.execute("PRAGMA foreign_keys = ON")
            migrate(staging.db)
            if seed:
                seeding.seed_library(staging)
                seeding.add_default_target(staging, path.name)
        finally:
            staging.conn.close()
        if path.exists():
            raise LibraryError(
                path,
                translate("Library", "“{name}” appeared while it was being created.").format(
                    name=path.name
                ),
            )
        os.replace(temp, path)
    except BaseException as exc:
        _remove_with_journal(temp)
        # The staging library's own errors name the temporary file: say them of ``path``.
        cause = exc.__cause__ if isinstance(exc, StorageError) and exc.path == temp else exc
        if isinstance(cause, sqlite3.Error | OSError) and is_storage_failure(cause):
            raise storage_error(cause, path, writing=NEW_LIBRARY_BYTES, new=True) from cause
        raise
    return open_library(path, create=False)


def _remove_with_journal(path: Path) -> None:
    """Remove ``path`` and SQLite's files beside it, as far as they are there."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
