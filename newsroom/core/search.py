"""The library browser's queries: full-text search, filters, sorts, pages, and
"suggest related", fast on a library of 100,000 articles.

Everything reads through ``library.conn``. The full-text index is the external-content
FTS5 table ``articles_fts`` of migration 2 (see :mod:`newsroom.core.schema`).

A page is found in two steps: first the ids of the page, from indexes only (an
article row holds its body, and reading a column after it reads overflow pages),
then the shown columns, section paths, sync states and snippets of those ids alone.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsroom.core.errors import NotFoundError
from newsroom.core.model import Status

if TYPE_CHECKING:
    from newsroom.core.library import Library

SORT_KEYS = ("headline", "section", "status", "byline", "updated", "words")
#: With a query, ``sort=RANK`` orders by BM25, best match first.
RANK = "rank"

MATCH_START = "\x02"
MATCH_END = "\x03"
#: Query terms beyond this are dropped: a pasted paragraph is not a search.
MAX_TERMS = 64
#: Terms "suggest related" searches with.
RELATED_TERMS = 20

# The worst state first; a state this table does not know counts as "changed".
_SYNC_SEVERITY = {
    "attention": 6,
    "error": 6,
    "failed": 6,
    "conflict": 5,
    "changed": 4,
    "outdated": 4,
    "queued": 3,
    "sending": 3,
    "pending": 3,
    "published": 1,
    "synced": 1,
    "in_sync": 1,
    "not_published": 0,
}


@dataclass(frozen=True)
class Filters:
    section_ids: frozenset[int] | None = None  # None: all sections
    status: Status | None = None
    tag: str | None = None
    trashed: bool = False  # True: only articles in the trash

    @property
    def is_default(self) -> bool:
        return self == Filters()


@dataclass(frozen=True)
class Row:
    """One row of the library browser."""

    id: int
    headline: str
    section: str  # the section's path, "Parent/Child"; "" if none
    status: Status
    byline: str
    updated_at: datetime
    words: int
    sync_state: str  # the worst state over the targets; "" when never published
    snippet: str  # matches wrapped in MATCH_START/MATCH_END; "" without a query


# -- the query language ----------------------------------------------------------------
_PART = re.compile(r'"(?P<phrase>[^"]*)(?:"|$)(?P<pstar>\*)?|(?P<word>[^\s"]+)')
_WORD_CHARS = re.compile(r"[^\W_]+")


def parse_query(text: str) -> str:
    """User text as a safe FTS5 MATCH expression, "" when nothing in it is searchable.

    Words are ANDed; ``"quoted phrases"`` stay phrases; a ``*`` right after a word
    (or a closing quote) makes it a prefix. Everything else is taken literally:
    each word or phrase becomes an FTS5 string, so ``NEAR``, ``OR``, ``body:``,
    parentheses and stray quotes search as text and never as syntax."""
    # Lone surrogates cannot reach SQLite; NUL would end the text early.
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    terms: list[str] = []
    for match in _PART.finditer(text):
        if match["phrase"] is not None:
            core, prefix = match["phrase"], match["pstar"] is not None
        else:
            word = match["word"]
            core, prefix = word.strip("*"), word.endswith("*")
        words = _WORD_CHARS.findall(core)
        if not words:
            continue
        # A one-letter prefix would read every term under that letter.
        star = "*" if prefix and len(words[-1]) >= 2 else ""
        terms.append('"' + core.replace('"', '""') + '"' + star)
        if len(terms) == MAX_TERMS:
            break
    return " ".join(terms)


# -- counting and listing --------------------------------------------------------------
def count(library: Library, filters: Filters, query: str = "") -> int:
    """How many articles the filters and the query (user text) select."""
    match = parse_query(query)
    params: list[Any] = []
    where = _where(filters, params)
    if not match:
        sql = f"SELECT count(*) FROM articles a WHERE {where}"
        return int(library.conn.execute(sql, params).fetchone()[0])
    if filters.is_default:
        # Count the matches in the index alone, then take away the few in the trash:
        # checking every match of a common word against its row would be slow.
        matches = library.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [match]
        ).fetchone()[0]
        trashed = library.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN "
            "(SELECT id FROM articles WHERE deleted_at IS NOT NULL)",
            [match],
        ).fetchone()[0]
        return int(matches) - int(trashed)
    sql = (
        f"SELECT count(*) FROM articles a INDEXED BY articles_facets WHERE {where} "
        "AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
    )
    return int(library.conn.execute(sql, [*params, match]).fetchone()[0])


def rows(
    library: Library,
    filters: Filters,
    query: str = "",
    *,
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[Row]:
    """One page of the articles the filters and the query (user text) select.

    ``sort`` is one of :data:`SORT_KEYS`, or :data:`RANK` with a query (best match
    first, whatever ``descending`` says; without a query it sorts by "updated").
    Ties go by id, so pages never overlap."""
    if sort not in (*SORT_KEYS, RANK):
        raise ValueError(f"unknown sort “{sort}” (one of: {', '.join(SORT_KEYS)}, {RANK})")
    offset, limit = max(0, offset), max(0, limit)
    if limit == 0:
        return []
    match = parse_query(query)
    if sort == RANK and not match:
        sort = "updated"
    if sort == RANK:
        ids = _ranked_ids(library, filters, match, offset, limit)
    else:
        ids = _sorted_ids(library, filters, match, sort, descending, offset, limit)
    return _rows_for(library, ids, match)


def _where(filters: Filters, params: list[Any]) -> str:
    """The filters as conditions on ``articles a``; their values go to ``params``."""
    conditions = ["a.deleted_at IS NOT NULL" if filters.trashed else "a.deleted_at IS NULL"]
    if filters.section_ids is not None:
        ids = sorted(filters.section_ids)
        conditions.append(f"a.section_id IN ({','.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    if filters.status is not None:
        conditions.append("a.status = ?")
        params.append(Status(filters.status).value)
    if filters.tag is not None:
        conditions.append("a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)")
        params.append(filters.tag)
    return " AND ".join(conditions)


def _sort_expression(library: Library, sort: str, params: list[Any]) -> str:
    if sort == "section":
        tree = library.section_tree()
        ordered = sorted(tree.by_id, key=lambda i: (tree.path_of(i).casefold(), i))
        if not ordered:
            return "a.section_id"
        params.extend(v for position, sid in enumerate(ordered) for v in (sid, position))
        whens = " ".join("WHEN ? THEN ?" for _ in ordered)
        return f"CASE a.section_id {whens} ELSE -1 END"
    if sort == "status":
        whens = " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(Status))
        return f"CASE a.status {whens} END"
    return {
        "headline": "a.headline COLLATE NOCASE",
        "byline": "a.byline COLLATE NOCASE",
        "updated": "a.updated_at",
        "words": "a.word_count",
    }[sort]


def _sorted_ids(
    library: Library,
    filters: Filters,
    match: str,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[int]:
    params: list[Any] = []
    where = _where(filters, params)
    if match:
        where += " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(match)
    order = _sort_expression(library, sort, params)  # its values follow the WHERE's
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT a.id FROM articles a WHERE {where} "
        f"ORDER BY {order} {direction}, a.id {direction} LIMIT ? OFFSET ?"
    )
    return [r[0] for r in library.conn.execute(sql, [*params, limit, offset])]


def _ranked_ids(
    library: Library, filters: Filters, match: str, offset: int, limit: int
) -> list[int]:
    """The page in BM25 order. The index ranks its best ``window`` matches alone, and
    only those are checked against the filters; the window widens until the page is
    full or every match was seen."""
    wanted = offset + limit
    window = max(4 * wanted, 200)
    while True:
        ranked = [
            r[0]
            for r in library.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                [match, window],
            )
        ]
        kept = _keep(library, filters, ranked)
        selected = [i for i in ranked if i in kept]
        if len(selected) >= wanted or len(ranked) < window:
            return selected[offset:wanted]
        window *= 8


def _keep(library: Library, filters: Filters, ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that the filters let through, read from an index only."""
    params: list[Any] = [json.dumps(list(ids))]
    where = _where(filters, params)
    sql = (
        "SELECT a.id FROM articles a INDEXED BY articles_facets "
        f"WHERE a.id IN (SELECT value FROM json_each(?)) AND {where}"
    )
    return {r[0] for r in library.conn.execute(sql, params)}


def _rows_for(library: Library, ids: Sequence[int], match: str = "") -> list[Row]:
    """The rows of ``ids``, in that order; snippets for ``match`` when given."""
    if not ids:
        return []
    id_list = json.dumps(list(ids))
    found = {
        r[0]: r
        for r in library.conn.execute(
            "SELECT id, headline, section_id, status, byline, updated_at, word_count "
            "FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            [id_list],
        )
    }
    worst: dict[int, tuple[int, str]] = {}
    for article_id, state in library.conn.execute(
        "SELECT article_id, state FROM sync_state WHERE article_id IN "
        "(SELECT value FROM json_each(?))",
        [id_list],
    ):
        severity = _SYNC_SEVERITY.get(state, 4)
        if severity > worst.get(article_id, (0, ""))[0]:
            worst[article_id] = (severity, state)
    snippets = _snippets(library, ids, match) if match else {}
    tree = library.section_tree()
    return [
        Row(
            id=r[0],
            headline=r[1],
            section=tree.path_of(r[2]),
            status=Status(r[3]),
            byline=r[4],
            updated_at=datetime.fromisoformat(r[5]),
            words=r[6],
            sync_state=worst.get(r[0], (0, ""))[1],
            snippet=snippets.get(r[0], ""),
        )
        for r in (found[i] for i in ids if i in found)
    ]


def _snippets(library: Library, ids: Iterable[int], match: str) -> dict[int, str]:
    sql = (
        f"SELECT snippet(articles_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', 24) "
        "FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?"
    )
    out: dict[int, str] = {}
    for article_id in ids:
        found = library.conn.execute(sql, [match, article_id]).fetchone()
        if found is not None and found[0]:
            out[article_id] = str(found[0])
    return out


# -- suggest related -------------------------------------------------------------------
def terms_of(text: str) -> list[str]:
    """``text`` cut into words roughly as the index's tokenizer (unicode61,
    diacritics removed) does: lower case, letters and digits."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _WORD_CHARS.findall(folded)


def suggest_related(library: Library, article_id: int, limit: int = 10) -> list[Row]:
    """The articles most like this one by full text, best first: BM25 over its most
    distinctive terms (weighted by tf·idf, headline and tags counting more), with
    articles of its own section ranking higher. Leaves out the article itself, the
    trash, and the articles it already links to."""
    found = library.conn.execute(
        "SELECT headline, standfirst, tags_text, body, section_id FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if found is None:
        raise NotFoundError(f"There is no article number {article_id} in this library.")
    headline, standfirst, tags_text, body, section_id = found
    terms = _distinctive_terms(library, headline, standfirst, tags_text, body)
    if not terms or limit <= 0:
        return []
    linked = {
        r[0]
        for r in library.conn.execute(
            "SELECT target_id FROM related_links WHERE article_id = ? AND target_id IS NOT NULL",
            [article_id],
        )
    }
    match = " OR ".join(f'"{t}"' for t in terms)
    window = 5 * limit + len(linked) + 10
    ranked = library.conn.execute(
        "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        [match, window],
    ).fetchall()
    candidates = [(i, score) for i, score in ranked if i != article_id and i not in linked]
    if not candidates:
        return []
    sections = dict(
        library.conn.execute(
            "SELECT a.id, a.section_id FROM articles a INDEXED BY articles_facets "
            "WHERE a.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL",
            [json.dumps([i for i, _ in candidates])],
        ).fetchall()
    )
    # BM25 scores are negative, lower is better: the own section's are made lower.
    scored = sorted(
        (score * (1.5 if section_id is not None and sections[i] == section_id else 1.0), i)
        for i, score in candidates
        if i in sections
    )
    return _rows_for(library, [i for _, i in scored[:limit]])


def _distinctive_terms(
    library: Library, headline: str, standfirst: str, tags_text: str, body: str
) -> list[str]:
    """Up to :data:`RELATED_TERMS` terms by tf·idf, the idf from ``articles_fts_vocab``."""
    tf: Counter[str] = Counter()
    for text, weight in ((headline, 4), (tags_text, 4), (standfirst, 2), (body, 1)):
        for term in terms_of(text):
            tf[term] += weight
    if not tf:
        return []
    total = int(library.conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    df = dict(
        library.conn.execute(
            "SELECT term, doc FROM articles_fts_vocab WHERE term IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps(list(tf))],
        ).fetchall()
    )
    scores = {
        # A term in one article only (this one) finds nothing; one in most finds all.
        term: tf[term] * math.log(total / df[term])
        for term in tf
        if 1 < df.get(term, 0) <= total // 2
    }
    return sorted(scores, key=lambda t: (-scores[t], t))[:RELATED_TERMS]
