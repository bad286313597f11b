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
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsroom.core import snippets
from newsroom.core.errors import NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.model import Status

if TYPE_CHECKING:
    from newsroom.core.library import Library

SORT_KEYS = ("headline", "section", "status", "byline", "updated", "words")
#: With a query, ``sort=RANK`` orders by BM25, best match first.
RANK = "rank"

MATCH_START = snippets.MATCH_START
MATCH_END = snippets.MATCH_END
#: Query terms beyond this are dropped: a pasted paragraph is not a search.
MAX_TERMS = 64
#: A page of search results, as the browser fetches it: about two screens of rows,
#: each with its snippet.
SEARCH_PAGE = 25
#: What the browser counts up to; past it, it shows "more than".
COUNT_CAP = 1000
#: What the browser counts an exact phrase up to.
PHRASE_COUNT_CAP = 250
#: A prefix query longer than the index's prefixes searches this many of its terms.
PREFIX_TERMS = 32
#: Past this many matching articles, "best match first" lists the matches in the
#: headline and tags first, then the rest, newest first, instead of ranking them all.
BROAD_MATCH = 1_000
#: Terms "suggest related" searches with.
RELATED_TERMS = 20
#: At most this many terms of an article are looked up to find those :data:`RELATED_TERMS`.
RELATED_CANDIDATES = 40
#: The most postings (sum of document frequencies) the related search reads.
RELATED_POSTINGS = 10_000
# Words too common in English to say what an article is about.
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be
    because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our
    ours out over own said same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


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
    snippet: str  # matches wrapped in MATCH_START/MATCH_END; "" without a query
    #: The most pressing sync state over the targets, as its value; "" when it was
    #: never published, or not asked for: search knows the library, not the publishing
    #: (:func:`newsroom.core.publish.states.with_sync_states` fills it in).
    sync_state: str = ""


# -- the query language ----------------------------------------------------------------
_PART = re.compile(r'"(?P<phrase>[^"]*)(?:"|$)(?P<pstar>\*)?|(?P<word>[^\s"]+)')
_WORD_CHARS = re.compile(r"[^\W_]+")


def parse_query(text: str) -> str:
    """User text as a safe FTS5 MATCH expression, "" when nothing in it is searchable.

    Words are ANDed; ``"quoted phrases"`` stay phrases; a ``*`` right after a word
    (or a closing quote) makes it a prefix. Everything else is taken literally:
    each word or phrase becomes an FTS5 string, so ``NEAR``, ``OR``, ``body:``,
    parentheses and stray quotes search as text and never as syntax."""
    return " ".join(_quoted(core) + star for core, star in _parts(text))


def _quoted(core: str) -> str:
    return '"' + core.replace('"', '""') + '"'


def _parts(text: str) -> list[tuple[str, str]]:
    """The words and phrases of ``text``, each with ``"*"`` when a prefix, else ``""``."""
    # Lone surrogates cannot reach SQLite; NUL would end the text early.
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    parts: list[tuple[str, str]] = []
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
        parts.append((core, "*" if prefix and len(words[-1]) >= 2 else ""))
        if len(parts) == MAX_TERMS:
            break
    return parts


@dataclass(frozen=True)
class _Match:
    """A query as run: the MATCH expression; the same with each phrase loosened to its
    words (``bag``: it selects at least what the expression does, and is cheap to
    count); whether it has a phrase."""

    expression: str
    bag: str = ""
    phrase: bool = False


def _match_of(library: Library, query: str) -> _Match:
    """The MATCH expression for the user text ``query`` ("" if nothing to search).

    A prefix longer than the index's prefix lengths (2 and 3) would merge the doclists
    of every term under it; it is replaced by its :data:`PREFIX_TERMS` most frequent
    terms, ORed, found in ``articles_fts_vocab`` (which is sorted by term)."""
    pieces: list[str] = []
    bag: list[str] = []
    phrase = False
    for core, star in _parts(query):
        words = terms_of(core)
        if len(words) != 1:
            phrase = True
            piece = _quoted(core) + star
            loose = [_quoted(w) for w in words]
            loose[-1] += star
            pieces.append(piece)
            bag.append("(" + " AND ".join(loose) + ")")
            continue
        if star and len(words[0]) > 3:
            expanded = _prefix_terms(library, words[0])
            if expanded:
                piece = "(" + " OR ".join(_quoted(t) for t, _ in expanded) + ")"
                pieces.append(piece)
                bag.append(piece)
                continue
        pieces.append(_quoted(core) + star)
        bag.append(_quoted(core) + star)
    return _Match(" AND ".join(pieces), " AND ".join(bag), phrase)


def _prefix_terms(library: Library, prefix: str) -> list[tuple[str, int]]:
    """The :data:`PREFIX_TERMS` terms starting with ``prefix`` found in the most
    articles, with how many each is in.

    Counting reads each term's whole doclist, and a search asks twice (its rows and
    its count): the answer is kept until the library changes."""
    conn = library.conn
    version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    key = (prefix, version)
    cached = _PREFIX_CACHE.get(library)
    if cached is None or any(v != version for _p, v in cached):
        cached = _PREFIX_CACHE[library] = {}
    if key not in cached:
        cached[key] = _count_prefix_terms(library, prefix)
    return cached[key][:PREFIX_TERMS]


_PREFIX_CACHE: weakref.WeakKeyDictionary[
    Library, dict[tuple[str, tuple[int, int]], list[tuple[str, int]]]
] = weakref.WeakKeyDictionary()


def _count_prefix_terms(library: Library, prefix: str) -> list[tuple[str, int]]:
    """Every term starting with ``prefix``, those in the most articles first."""
    found = library.conn.execute(
        "SELECT term, doc FROM articles_fts_vocab WHERE term >= ? AND term < ?",
        [prefix, prefix + "\U0010ffff"],
    ).fetchall()
    found.sort(key=lambda r: (-r[1], r[0]))
    return [(str(t), int(n)) for t, n in found]


def _is_broad(library: Library, match: _Match) -> bool:
    """Whether ``match`` may select over :data:`BROAD_MATCH` articles, so that ranking
    all its matches by BM25 would be slow. Counting the loosened match up to that
    many reads only the start of its doclists (a millisecond or two); the vocabulary's
    own counts would read them whole."""
    found = library.conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
        [match.bag, BROAD_MATCH + 1],
    ).fetchone()[0]
    return int(found) > BROAD_MATCH


# -- counting and listing --------------------------------------------------------------
def count(library: Library, filters: Filters, query: str = "", *, cap: int | None = None) -> int:
    """How many articles the filters and the query (user text) select.

    With ``cap``, counting stops past it: the answer is at most ``cap + 1``, which
    means "more than ``cap``" (see :func:`count_is_capped`). Counting every match of
    a common word reads its whole doclist; a browser only needs to know "many"."""
    match = _match_of(library, query).expression if parse_query(query) else ""
    params: list[Any] = []
    where = _where(filters, params)
    if not match:
        inner = f"SELECT 1 FROM articles a WHERE {where}"
    elif filters.is_default:
        # Count in the index alone, leaving out the few in the trash: checking every
        # match of a common word against its row would be slow.
        inner = (
            "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid NOT IN "
            "(SELECT id FROM articles WHERE deleted_at IS NOT NULL)"
        )
        params = [match]
    else:
        inner = (
            f"SELECT 1 FROM articles a INDEXED BY articles_facets WHERE {where} "
            "AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        )
        params.append(match)
    if cap is None:
        sql = f"SELECT count(*) FROM ({inner})"
    else:
        sql = f"SELECT count(*) FROM ({inner} LIMIT ?)"
        params.append(max(0, cap) + 1)
    return int(library.conn.execute(sql, params).fetchone()[0])


def count_is_capped(n: int, cap: int = COUNT_CAP) -> bool:
    """Whether ``n``, from ``count(..., cap=cap)``, stands for "more than ``cap``"."""
    return n > cap


@dataclass(frozen=True)
class FirstPage:
    """What a list shows first: its first rows, and how many articles there are:
    ``total``, or more than that when ``more``."""

    total: int
    more: bool
    rows: list[Row]


def first_page(
    library: Library,
    filters: Filters,
    query: str = "",
    *,
    sort: str = "updated",
    descending: bool = True,
    limit: int = 200,
    cap: int | None = None,
) -> FirstPage:
    """The first page (as :func:`rows`) and the count (as :func:`count`, up to ``cap``,
    by default :data:`COUNT_CAP`).

    A page that is not full holds every match, so then nothing is counted: a rare
    phrase is not looked for twice. An exact phrase is counted up to
    :data:`PHRASE_COUNT_CAP` only: each of its matches costs a read of the words'
    positions, and "more than 250" tells a journalist as much as "more than 1,000"."""
    cap = COUNT_CAP if cap is None else cap
    found = rows(library, filters, query, sort=sort, descending=descending, limit=limit)
    if len(found) < limit:
        return FirstPage(len(found), False, found)
    if any(len(terms_of(core)) > 1 for core, _star in _parts(query)):
        cap = min(cap, PHRASE_COUNT_CAP)
    total = count(library, filters, query, cap=cap)
    return FirstPage(min(total, cap), count_is_capped(total, cap), found)


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
    found = _match_of(library, query) if parse_query(query) else _Match("")
    match = found.expression
    if sort == RANK and not match:
        sort = "updated"
    if sort == RANK and _is_broad(library, found):
        ids = _broad_ranked_ids(library, filters, found, offset, limit)
    elif sort == RANK:
        ids = _ranked_ids(library, filters, match, offset, limit)
    else:
        ids = _sorted_ids(library, filters, match, sort, descending, offset, limit)
    return _rows_for(library, ids, match, query)


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
    selected, _ = _ranked_window(library, filters, match, wanted)
    return selected[offset:wanted]


def _ranked_window(
    library: Library, filters: Filters, match: str, wanted: int, skip: frozenset[int] = frozenset()
) -> tuple[list[int], bool]:
    """At least ``wanted`` ids (unless there are fewer) in BM25 order that the filters
    let through, leaving out ``skip``; and whether every match was seen."""
    window = max(4 * wanted, 200) + len(skip)
    while True:
        ranked = [
            r[0]
            for r in library.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                [match, window],
            )
            if r[0] not in skip
        ]
        kept = _keep(library, filters, ranked)
        selected = [i for i in ranked if i in kept]
        every = len(ranked) + len(skip) < window
        if len(selected) >= wanted or every:
            return selected, every
        window *= 8


def _broad_ranked_ids(
    library: Library, filters: Filters, match: _Match, offset: int, limit: int
) -> list[int]:
    """The page of a broad match, "best" first without ranking every match by BM25
    (which reads the whole doclist of a common word: a quarter of a second at 100,000
    articles). The articles with the words in their headline or tags come first, then
    the others, each group newest first; an exact phrase, whose positions would have to
    be read in every article to tell its columns, lists all its matches newest first.
    Each group is read lazily, in id order, so a page costs what it shows."""
    wanted = offset + limit
    if match.phrase:
        groups = [match.expression]
    else:
        head = f"{{headline tags_text}} : ({match.expression})"
        groups = [head, f"({match.expression}) NOT ({head})"]
    found: list[int] = []
    for group in groups:
        found += _newest_ids(library, filters, group, wanted - len(found))
        if len(found) >= wanted:
            break
    return found[offset:wanted]


def _newest_ids(library: Library, filters: Filters, match: str, wanted: int) -> list[int]:
    """Up to ``wanted`` ids that ``match`` and the filters select, newest (highest id)
    first, read from the index in chunks until enough were found."""
    found: list[int] = []
    below = None
    chunk = max(wanted + wanted // 2, 32)  # each match read costs (a phrase: its positions)
    while len(found) < wanted:
        sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
        params: list[Any] = [match]
        if below is not None:
            sql += " AND rowid < ?"
            params.append(below)
        sql += " ORDER BY rowid DESC LIMIT ?"
        params.append(chunk)
        batch = [r[0] for r in library.conn.execute(sql, params)]
        if not batch:
            break
        kept = _keep(library, filters, batch)
        found += [i for i in batch if i in kept]
        if len(batch) < chunk:
            break
        below = batch[-1]
        chunk *= 4
    return found[:wanted]


def _keep(library: Library, filters: Filters, ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that the filters let through, read from an index only."""
    params: list[Any] = [json.dumps(list(ids))]
    where = _where(filters, params)
    sql = (
        "SELECT a.id FROM articles a INDEXED BY articles_facets "
        f"WHERE a.id IN (SELECT value FROM json_each(?)) AND {where}"
    )
    return {r[0] for r in library.conn.execute(sql, params)}


def _rows_for(library: Library, ids: Sequence[int], match: str = "", query: str = "") -> list[Row]:
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
    snippets = _snippets(library, ids, query) if match else {}
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
            snippet=snippets.get(r[0], ""),
        )
        for r in (found[i] for i in ids if i in found)
    ]


def _snippets(library: Library, ids: Sequence[int], query: str) -> dict[int, str]:
    """The snippet of each article, made from its text (:mod:`newsroom.core.snippets`)."""
    found = snippets.terms([(terms_of(core), bool(star)) for core, star in _parts(query)])
    out: dict[int, str] = {}
    for article_id, *texts in library.conn.execute(
        "SELECT id, body, standfirst, tags_text, headline FROM articles "
        "WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    ):
        made = snippets.snippet(texts, found)
        if made:
            out[article_id] = made
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
        raise NotFoundError(
            translate("Search", "There is no article number {number} in this library.").format(
                number=article_id
            )
        )
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
    """Up to :data:`RELATED_TERMS` terms by tf·idf, the idf from ``articles_fts_vocab``.

    Only a few candidates are looked up in the vocabulary (each look-up reads the
    index): the terms of the headline, tags and standfirst, and the most frequent
    longer words of the body, stop words left out."""
    tf: Counter[str] = Counter()
    for text, weight in ((headline, 4), (tags_text, 4), (standfirst, 2), (body, 1)):
        for term in terms_of(text):
            tf[term] += weight
    if not tf:
        return []
    candidates: dict[str, None] = {}
    for text in (headline, tags_text, standfirst):
        for term in terms_of(text):
            if term not in _STOPWORDS and len(candidates) < RELATED_CANDIDATES // 2:
                candidates[term] = None
    body_tf = Counter(t for t in terms_of(body) if len(t) >= 4 and t not in _STOPWORDS)
    for term, _ in body_tf.most_common():
        if len(candidates) >= RELATED_CANDIDATES:
            break
        candidates[term] = None
    if not candidates:
        return []
    total = int(library.conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    df = _document_frequencies(library, total, candidates)
    scores = {
        # A term in one article only (this one) finds nothing; one in most finds all.
        term: tf[term] * math.log(total / df[term])
        for term in candidates
        # (Past RELATED_POSTINGS articles the count stops: such a term is common.)
        if 1 < df.get(term, 0) <= min(total // 2, RELATED_POSTINGS)
    }
    # Ranking reads the doclist of every term: keep to a budget of postings, so that
    # the search stays fast however large the library (the commonest terms go first).
    chosen: list[str] = []
    postings = 0
    for term in sorted(scores, key=lambda t: (-scores[t], t)):
        if chosen and postings + df[term] > RELATED_POSTINGS:
            continue
        chosen.append(term)
        postings += df[term]
        if len(chosen) == RELATED_TERMS:
            break
    return chosen


# The document frequencies looked up, per library: counting one reads up to
# RELATED_POSTINGS entries of its doclist. They change slowly, and a slightly old one
# ranks as well: the cache is dropped when the number of articles moved by 1 %.
_DF_CACHE: weakref.WeakKeyDictionary[Library, tuple[int, dict[str, int]]] = (
    weakref.WeakKeyDictionary()
)


def _document_frequencies(library: Library, total: int, terms: Iterable[str]) -> dict[str, int]:
    """How many articles each of ``terms`` is in, up to ``RELATED_POSTINGS + 1``
    (missing: none)."""
    counted, cached = _DF_CACHE.get(library, (total, {}))
    if abs(counted - total) > counted // 100 or len(cached) > 100_000:
        counted, cached = total, {}
    _DF_CACHE[library] = (counted, cached)
    out: dict[str, int] = {}
    for term in terms:
        if term not in cached:
            # Counted up to one past the postings budget, which reads only the start
            # of a common word's doclist; the vocabulary table would read all of it.
            found = library.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM articles_fts "
                "WHERE articles_fts MATCH ? LIMIT ?)",
                [_quoted(term), RELATED_POSTINGS + 1],
            ).fetchone()
            cached[term] = int(found[0])
        if cached[term]:
            out[term] = cached[term]
    return out
