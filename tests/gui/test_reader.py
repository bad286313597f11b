"""LibraryReader: reads off the GUI thread on a connection of its own, the newest
request superseding the ones before it, a running stale query interrupted."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.gui.library.reader import LibraryReader

# A query that counts to a billion: seconds of work, unless interrupted.
SLOW = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n"
)


def make(qtbot, library: Library) -> LibraryReader:
    reader = LibraryReader(library)
    qtbot.waitUntil(lambda: True)  # an event loop exists for the deliveries
    return reader


def test_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(
    qtbot, library: Library
) -> None:
    reader = make(qtbot, library)
    threads: dict[str, object] = {}
    answers: list[int] = []

    def work(lib: Library) -> int:
        threads["work"] = QThread.currentThread()
        assert lib is not library and lib.read_only
        return int(lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def done(n: int) -> None:
        threads["done"] = QThread.currentThread()
        answers.append(n)

    reader.submit(work, done)
    qtbot.waitUntil(lambda: answers != [])
    assert answers == [len(library.articles())]
    assert threads["work"] is not threads["done"]
    assert threads["done"] is QThread.currentThread()
    reader.close()


def test_it_sees_what_the_window_committed(qtbot, library: Library) -> None:
    reader = make(qtbot, library)
    counts: list[int] = []

    def count(lib: Library) -> int:
        return int(lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    reader.submit(count, counts.append)
    qtbot.waitUntil(lambda: len(counts) == 1)
    library.create_article(Article(headline="Written after the reader opened"))
    reader.submit(count, counts.append)
    qtbot.waitUntil(lambda: len(counts) == 2)
    assert counts[1] == counts[0] + 1
    reader.close()


def test_a_newer_request_interrupts_and_drops_a_running_one(qtbot, library: Library) -> None:
    reader = make(qtbot, library)
    started = threading.Event()
    delivered: list[str] = []
    failures: list[BaseException] = []

    def slow(lib: Library) -> str:
        started.set()
        lib.conn.execute(SLOW).fetchone()
        return "stale"

    reader.submit(slow, delivered.append, supersede=True, failed=failures.append)
    assert started.wait(10)
    begun = time.perf_counter()
    reader.submit(lambda lib: "newest", delivered.append, supersede=True)
    qtbot.waitUntil(lambda: delivered != [], timeout=5000)
    took = time.perf_counter() - begun
    qtbot.wait(50)
    assert delivered == ["newest"]
    assert failures == []  # the stale one's interruption is nobody's error
    assert took < 2.0, f"the stale query was not interrupted ({took:.2f} s)"
    reader.close()


def test_requests_that_do_not_supersede_all_arrive_in_order(qtbot, library: Library) -> None:
    reader = make(qtbot, library)
    got: list[int] = []
    for n in range(5):
        reader.submit(lambda lib, n=n: n, got.append)
    qtbot.waitUntil(lambda: len(got) == 5)
    assert got == [0, 1, 2, 3, 4]
    reader.close()


def test_errors_reach_failed_and_close_drops_what_is_pending(qtbot, library: Library) -> None:
    reader = make(qtbot, library)
    failures: list[BaseException] = []

    def broken(lib: Library) -> None:
        lib.conn.execute("SELECT * FROM no_such_table")

    reader.submit(broken, lambda _r: None, failed=failures.append)
    qtbot.waitUntil(lambda: failures != [])
    assert "no_such_table" in str(failures[0])

    started = threading.Event()
    delivered: list[object] = []

    def slow(lib: Library) -> None:
        started.set()
        lib.conn.execute(SLOW).fetchone()

    reader.submit(slow, delivered.append, failed=delivered.append)
    assert started.wait(10)
    begun = time.perf_counter()
    reader.close()
    assert time.perf_counter() - begun < 2.0
    qtbot.wait(50)
    assert delivered == []
    reader.submit(lambda lib: 1, delivered.append)  # closed: ignored
    qtbot.wait(50)
    assert delivered == []
