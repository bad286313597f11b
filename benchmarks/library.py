"""A library of many articles: generation, opening, first page, search, suggest related.

    ARTICLES=100000 .venv/bin/python benchmarks/library.py

Generates ``ARTICLES`` articles (default 100,000) of about 800 words each, drawn from a
vocabulary of a few thousand made-up words with a Zipf-like distribution (so common
and rare words exist), spread over sections and tags, in one transaction. Then it
prints the open time, the time to the first page of rows, search latency (p50/p95
over 50 queries each of a common word, a rare word, a phrase and a prefix, each one
``first_page(sort="rank", limit=SEARCH_PAGE)``, as the browser runs it: the first page,
then ``count(cap=COUNT_CAP)`` when the page is full; rows and count alone are shown too),
suggest-related latency and the peak memory. Targets: search p95 <= 20 ms, suggest p95 <= 100 ms.
``KEEP=path`` keeps the generated library there (and reuses it if it exists).

Then, unless ``GUI=0``, a GUI part measures the real library browser offscreen
(``QT_QPA_PLATFORM=offscreen`` unless set): the time from creating a
``LibraryBrowser`` on the open library to the first paint of its table showing rows
(median of 5), and the longest stall of the GUI thread while a typist types five
queries into its search field (a 1 ms timer's largest gap between ticks, and the p95).
Targets: first paint <= 300 ms, no stall over 50 ms.
"""

from __future__ import annotations

import itertools
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.core import search  # noqa: E402
from newsroom.core.library import Library, open_library  # noqa: E402
from newsroom.core.model import Status  # noqa: E402

SEED = 20240501
WORDS_PER_ARTICLE = 800
VOCABULARY = 6000
QUERIES = 50
SYLLABLES = [
    c + v
    for c in ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr")
    for v in ("a", "e", "i", "o", "u", "ei", "ou", "ü", "é")
]
# Real words, so that the test queries read naturally ("minist*", "zurich").
REAL = ["minister", "ministry", "ministerial", "zürich", "café", "budget", "election"]


def make_vocabulary(rng: random.Random) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY - len(REAL):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    # Real words sit at mid ranks: neither stop words nor one-offs.
    for i, word in enumerate(REAL):
        words.insert(200 + 150 * i, word)
    return words


def generate(path: Path, count: int) -> float:
    """Write ``count`` articles into a new library at ``path``; return the seconds."""
    rng = random.Random(SEED)
    vocabulary = make_vocabulary(rng)
    cumulative = list(
        itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocabulary)))
    )
    library = open_library(path)
    start = time.perf_counter()
    sections = [s.id for s in library.sections()]
    tags = [f"{rng.choice(vocabulary)}-{i}" for i in range(400)]
    tag_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(tags))))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    conn = library.conn
    # Tags go in before their articles (foreign keys off for the load), so the article
    # rows arrive with tags_text already set and each is indexed once.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    base = int(conn.execute("SELECT ifnull(max(id), 0) FROM articles").fetchone()[0]) + 1
    batch_articles: list[tuple[object, ...]] = []
    batch_tags: list[tuple[int, str, int]] = []

    def flush() -> None:
        conn.executemany(
            "INSERT INTO article_tags (article_id, tag, position) VALUES (?, ?, ?)", batch_tags
        )
        conn.executemany(
            "INSERT INTO articles (id, uid, slug, headline, standfirst, body, byline, "
            "section_id, status, created_at, updated_at, word_count, tags_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            batch_articles,
        )
        batch_articles.clear()
        batch_tags.clear()

    statuses = [s.value for s in Status]
    for n in range(count):
        article_id = base + n
        words = rng.choices(vocabulary, cum_weights=cumulative, k=WORDS_PER_ARTICLE)
        paragraphs = [" ".join(words[i : i + 80]) + "." for i in range(0, len(words), 80)]
        body = "\n\n".join(p.capitalize() for p in paragraphs)
        headline = " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=6)).capitalize()
        standfirst = " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=20))
        mine = sorted(set(rng.choices(tags, cum_weights=tag_weights, k=rng.randint(0, 4))))
        batch_tags.extend((article_id, tag, i) for i, tag in enumerate(mine))
        updated = now - timedelta(seconds=rng.randint(0, 5 * 365 * 86400))
        stamp = updated.isoformat(timespec="seconds")
        batch_articles.append(
            (
                article_id,
                f"bench-{article_id}",
                f"bench-{article_id}",
                headline,
                standfirst,
                body,
                rng.choice(("Anna Weber", "Jan Peeters", "Marie Dubois", "Luca Rossi", "")),
                rng.choice(sections),
                rng.choice(statuses),
                stamp,
                stamp,
                len(body.split()),
                " ".join(mine),
            )
        )
        if len(batch_articles) == 2000:
            flush()
    flush()
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = ON")
    library.trash_articles(range(base, base + count, 1000))  # a trash of 0.1 %
    conn.execute("PRAGMA optimize")
    library.close()
    return time.perf_counter() - start


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def queries(library: Library, rng: random.Random) -> dict[str, list[str]]:
    vocabulary = make_vocabulary(random.Random(SEED))
    bodies = [
        r[0]
        for r in library.conn.execute(
            "SELECT body FROM articles WHERE id IN "
            "(SELECT id FROM articles ORDER BY random() LIMIT ?)",
            [QUERIES],
        )
    ]
    phrases = []
    for body in bodies:
        words = body.replace(".", "").split()
        i = rng.randrange(len(words) - 2)
        phrases.append(f'"{words[i]} {words[i + 1]}"')
    prefixes = [w[: rng.randint(3, 5)] + "*" for w in rng.sample(vocabulary[20:2000], QUERIES)]
    prefixes[:2] = ["minist*", "zur*"]
    return {
        "common word": rng.sample(vocabulary[5:60], QUERIES),
        "rare word": rng.sample(vocabulary[3000:], QUERIES),
        "phrase": phrases,
        "prefix": prefixes,
    }


def main() -> None:
    count = int(os.environ.get("ARTICLES", "100000"))
    keep = os.environ.get("KEEP")
    folder = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    path = Path(keep) if keep else folder / "Bench.newsroom"
    if not path.exists():
        seconds = generate(path, count)
        print(f"generated {count:,} articles in {seconds:.1f} s "
              f"({path.stat().st_size / 1e6:,.0f} MB)")  # fmt: skip
    opened: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        library = open_library(path)
        opened.append((time.perf_counter() - start) * 1000)
        library.close()
    library = open_library(path)
    verified = timed(library.verify)  # what a big library's window runs in the background
    everything = search.Filters()
    first_page = [timed(lambda: search.rows(library, everything, limit=200)) for _ in range(5)]
    table: list[tuple[str, list[float], list[float], list[float]]] = []
    query_lists = queries(library, random.Random(SEED + 1))
    for kind, texts in query_lists.items():
        both, ranked, counted = [], [], []
        for text in texts:
            r = timed(
                lambda t=text: search.rows(
                    library, everything, t, sort="rank", limit=search.SEARCH_PAGE
                )
            )
            c = timed(lambda t=text: search.count(library, everything, t, cap=search.COUNT_CAP))
            # What the browser runs for a search: the first page, and the count when
            # the page is full (a page that is not holds every match).
            both.append(
                timed(
                    lambda t=text: search.first_page(
                        library, everything, t, sort="rank", limit=search.SEARCH_PAGE
                    )
                )
            )
            ranked.append(r)
            counted.append(c)
        table.append((kind, both, ranked, counted))
    ids = [
        r[0]
        for r in library.conn.execute(
            "SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY random() LIMIT ?",
            [QUERIES],
        )
    ]
    suggest = [timed(lambda i=i: search.suggest_related(library, i)) for i in ids]
    library.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"\n{count:,} articles\n")
    print("| measure | p50 | p95 | target |")
    print("|---|---|---|---|")
    print(f"| open_library | {p(opened, 0.5):.1f} ms | {p(opened, 0.95):.1f} ms | |")
    print(f"| … full check after opening, off the GUI thread (verify) | {verified:.1f} ms | | |")
    print(f"| first page (200 rows by updated) | {p(first_page, 0.5):.1f} ms "
          f"| {p(first_page, 0.95):.1f} ms | |")  # fmt: skip
    for kind, both, ranked, counted in table:
        print(f"| search, {kind}: first page + count | {p(both, 0.5):.1f} ms "
              f"| {p(both, 0.95):.1f} ms | p95 ≤ 20 ms |")  # fmt: skip
        print(f"| … rows only / count only | {p(ranked, 0.5):.1f} / {p(counted, 0.5):.1f} ms "
              f"| {p(ranked, 0.95):.1f} / {p(counted, 0.95):.1f} ms | |")  # fmt: skip
    print(
        f"| suggest_related | {p(suggest, 0.5):.1f} ms | {p(suggest, 0.95):.1f} ms | p95 ≤ 100 ms |"
    )
    print(f"| peak memory (ru_maxrss) | {peak:.0f} MB | | |")

    if os.environ.get("GUI", "1") != "0":
        gui(path, query_lists)


# -- GUI part: the real library browser, offscreen -------------------------------------
FIRST_PAINTS = 5
KEY_INTERVAL_MS = 80  # a typist
SETTLE_MS = 400  # after a query's results came, before the next query is typed


def typed_queries(query_lists: dict[str, list[str]]) -> list[str]:
    """Five queries a user would type, from the benchmark's own lists (ASCII only, as
    QTest types a character at a time): a real word, a phrase, a prefix, a rare word
    and a common word."""

    def first(texts: list[str]) -> str:
        return next((t for t in texts if t.isascii()), texts[0])

    return [
        "minister",
        first(query_lists["phrase"]),
        "zur*",
        first(query_lists["rare word"]),
        first(query_lists["common word"]),
    ]


def gui(path: Path, query_lists: dict[str, list[str]]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsroom.gui.library.library_browser import LibraryBrowser

    app = QApplication.instance() or QApplication([])
    settings = QSettings(
        str(Path(tempfile.mkdtemp(prefix="newsroom-bench-gui-")) / "settings.ini"),
        QSettings.Format.IniFormat,
    )
    library = open_library(path)

    # Every count and rows call the browser makes, timed (search.py stays as it is).
    calls: list[tuple[float, str, str, float]] = []  # (ms, function, query, start)
    originals = {"count": search.count, "rows": search.rows}

    def timing(name: str) -> Callable[..., object]:
        original = originals[name]

        def wrapper(library: Library, filters: search.Filters, query: str = "", **kw: object):
            start = time.perf_counter()
            try:
                return original(library, filters, query, **kw)
            finally:
                calls.append(((time.perf_counter() - start) * 1000, name, query, start))

        return wrapper

    search.count = timing("count")  # type: ignore[assignment]
    search.rows = timing("rows")  # type: ignore[assignment]
    library_tags = library.tags  # the tag filter's choices, read by the browser's __init__

    def tags() -> list[str]:
        start = time.perf_counter()
        try:
            return library_tags()
        finally:
            calls.append(((time.perf_counter() - start) * 1000, "Library.tags", "", start))

    library.tags = tags  # type: ignore[method-assign]

    class FirstPaint(QObject):
        def __init__(self, loop: QEventLoop, browser: LibraryBrowser) -> None:
            super().__init__()
            self.loop, self.browser, self.at = loop, browser, 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                not self.at
                and event.type() == QEvent.Type.Paint
                and self.browser.model.rowCount() > 0
            ):
                self.at = time.perf_counter()
                self.loop.quit()
            return False

    def dispose(browser: LibraryBrowser) -> None:
        browser.shutdown()
        browser.close()
        browser.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    # 1. list first paint
    paints: list[float] = []
    construct: list[float] = []
    first_calls: list[tuple[float, str, str, float]] = []
    for _ in range(FIRST_PAINTS):
        calls.clear()
        loop = QEventLoop()
        start = time.perf_counter()
        browser = LibraryBrowser(library, settings)
        built = time.perf_counter()
        watcher = FirstPaint(loop, browser)
        browser.table.viewport().installEventFilter(watcher)
        browser.resize(1200, 700)
        browser.show()
        QTimer.singleShot(10_000, loop.quit)  # never hang
        if not watcher.at:
            loop.exec()
        paints.append((watcher.at - start) * 1000 if watcher.at else float("nan"))
        construct.append((built - start) * 1000)
        first_calls = list(calls)
        browser.table.viewport().removeEventFilter(watcher)
        dispose(browser)

    # 2. longest GUI stall while searching
    browser = LibraryBrowser(library, settings)
    browser.resize(1200, 700)
    browser.show()
    QTest.qWaitForWindowExposed(browser)
    browser.search.setFocus()
    app.processEvents()
    texts = typed_queries(query_lists)
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    waits: list[float] = []  # last key to the query's results
    state = {"query": 0, "char": 0, "typed": 0.0}

    def step() -> None:
        text = texts[state["query"]]
        if state["char"] == 0:
            browser.search.selectAll()  # the next key replaces the last query
        if state["char"] < len(text):
            QTest.keyClicks(browser.search, text[state["char"]])
            state["char"] += 1
            state["typed"] = time.perf_counter()
            QTimer.singleShot(KEY_INTERVAL_MS, step)
        elif browser.model.query != text.strip() or browser.model.is_loading:  # the results
            if time.perf_counter() - state["typed"] > 10:
                raise RuntimeError(f"no results for {text!r}")
            QTimer.singleShot(1, step)
        else:
            waits.append((time.perf_counter() - state["typed"]) * 1000)
            state["query"] += 1
            state["char"] = 0
            if state["query"] < len(texts):
                QTimer.singleShot(SETTLE_MS, step)
            else:
                QTimer.singleShot(SETTLE_MS, loop.quit)

    calls.clear()
    ticker.start()
    session = time.perf_counter()
    QTimer.singleShot(KEY_INTERVAL_MS, step)
    loop.exec()
    session = time.perf_counter() - session
    ticker.stop()
    typing_calls = list(calls)
    dispose(browser)
    search.count, search.rows = originals["count"], originals["rows"]  # type: ignore[assignment]
    library.close()

    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    print(f"\nGUI (library browser, {os.environ['QT_QPA_PLATFORM']}, 1200x700)\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| list first paint (median of {FIRST_PAINTS}) | {p(paints, 0.5):.1f} ms "
          f"(min {min(paints):.1f}, max {max(paints):.1f}) | ≤ 300 ms |")  # fmt: skip
    print(f"| … of which LibraryBrowser(...) | {p(construct, 0.5):.1f} ms | |")
    for ms, name, query, _start in first_calls:
        call = "library.tags()" if name == "Library.tags" else f"search.{name}({query!r})"
        print(f"| … {call} (last run) | {ms:.1f} ms | |")
    print(f"| longest GUI stall while searching (max gap of a 1 ms timer) "
          f"| {max(gaps):.1f} ms | ≤ 50 ms |")  # fmt: skip
    print(f"| … p95 / p50 of gaps ({len(gaps):,} ticks in {session:.1f} s) "
          f"| {p(gaps, 0.95):.1f} / {p(gaps, 0.5):.1f} ms | |")  # fmt: skip
    print(f"| … gaps over 50 ms | {sum(g > 50 for g in gaps)} | 0 |")
    quoted = ", ".join(f"{t!r} {w:.0f} ms" for t, w in zip(texts, waits, strict=True))
    print(f"| … queries typed, last key to results | {quoted} | |")
    slow = sorted(typing_calls, reverse=True)[:8]
    for ms, name, query, _start in slow:
        print(f"| … slowest browser call: search.{name}({query!r}) | {ms:.1f} ms | |")
    # What the GUI thread did in each stall: the browser's calls inside the gap.
    for a, b in itertools.pairwise(ticks):
        if (b - a) * 1000 > 50:
            inside = [c for c in typing_calls if a <= c[3] <= b]
            spent = " + ".join(f"{n}({q!r}) {ms:.0f} ms" for ms, n, q, _s in inside) or "none"
            print(f"| … stall of {(b - a) * 1000:.0f} ms: search calls in it | {spent} | |")


if __name__ == "__main__":
    main()
