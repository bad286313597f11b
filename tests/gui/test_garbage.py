"""Cycles are collected on the GUI thread only, never on a task pool's thread, where
destroying a window's Qt objects crashed Qt later (newsroom/gui/garbage.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject

from newsroom.gui.garbage import GuiThreadCollector, collect_on_gui_thread
from newsroom.gui.main_window import MainWindow
from newsroom.gui.tasks import Operation, TaskManager


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """(thread name, objects freed) of every collection while the test runs."""
    seen: list[tuple[str, int]] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            seen.append((threading.current_thread().name, info["collected"]))

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_cycles_made_on_a_pool_thread_are_freed_on_the_gui_thread(
    qtbot, qapp, tasks: TaskManager, collections: list[tuple[str, int]]
) -> None:
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    made: list[weakref.ref[Node]] = []
    pool_thread: list[str] = []

    def work() -> int:
        pool_thread.append(threading.current_thread().name)
        for _ in range(20 * gc.get_threshold()[0]):  # far past the collector's threshold
            made.append(weakref.ref(Node()))
        return len(made)

    done: list[int] = []
    tasks.run(Operation("make cycles", work, done.append))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    qtbot.waitUntil(lambda: all(ref() is None for ref in made), timeout=5000)
    gui = threading.current_thread().name
    assert pool_thread and pool_thread[0] != gui
    assert [name for name, _freed in collections if name != gui] == []
    assert sum(freed for name, freed in collections if name == gui) >= len(made)


def test_is_made_once_per_application(qapp) -> None:
    assert collect_on_gui_thread(qapp) is collect_on_gui_thread(qapp)


def full_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def test_a_full_collection_waits_until_enough_has_grown_old(qapp) -> None:
    """Python's own rule, kept: the oldest generation (tens of ms in a window) is
    collected only once a quarter more objects live there than after its last
    collection; until then the timer collects the younger ones."""
    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=600_000)  # driven by hand
    young, middle, old = collector.thresholds

    def due_for_all_generations() -> list[list[int]]:
        for _ in range(old + 1):
            gc.collect(1)  # each one counts towards the oldest generation
        return [[n] for n in range(young + 1)]  # and enough new objects, kept alive

    try:
        kept = due_for_all_generations()
        before = full_collections()
        collector.collect()
        assert full_collections() == before, "few objects grew old: no full collection"

        grown_old = [[n] for n in range(len(gc.get_objects(2)) // 4 + 1000)]
        gc.collect(1)  # they survive it, so they are old now
        kept += due_for_all_generations()
        collector.collect()
        assert full_collections() == before + 1
        assert grown_old and kept
    finally:
        del owner


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Whatever a test sets aside goes back to the collector afterwards."""
    yield
    gc.unfreeze()


def test_settle_sets_aside_what_exists_and_still_frees_what_comes_later(
    qapp, unfrozen: None
) -> None:
    collector = collect_on_gui_thread(qapp)
    before = len(gc.get_objects())
    collector.settle()
    assert gc.get_freeze_count() >= before // 2  # the start's objects, set aside
    later = weakref.ref(Node())  # a cycle made afterwards
    assert later() is not None
    gc.collect()
    assert later() is None


def test_the_app_settles_once_its_first_page_is_painted(
    qtbot, qapp, window: MainWindow, unfrozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsroom.gui import app

    settled: list[bool] = []
    collector = collect_on_gui_thread(qapp)
    monkeypatch.setattr(collector, "settle", lambda: settled.append(True) or 0)
    newsroom = SimpleNamespace(windows=[window])
    app._settle_after_first_paint(newsroom, collector)  # type: ignore[arg-type]
    window.preview.page_loaded.emit(True)  # as the first load's end does
    assert settled == []  # the paint goes to the screen first
    qtbot.waitUntil(lambda: settled == [True], timeout=app.SETTLE_AFTER_PAINT_MS + 2000)
    window.preview.page_loaded.emit(True)
    qtbot.wait(app.SETTLE_AFTER_PAINT_MS + 100)
    assert settled == [True], "once"
