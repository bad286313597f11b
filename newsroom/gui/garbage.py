"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate when a
threshold is crossed: with a :class:`~newsroom.gui.tasks.TaskManager` pool running
Python, that is often a pool thread. A cycle that holds a Qt object (a window's
controller, a task's relay) is then destroyed off the thread it lives on, racing the
GUI thread's own deletes; Qt crashes in ``QObject::~QObject`` some time later.

:func:`collect_on_gui_thread` turns automatic collection off and does the same work
from a timer on the GUI thread, with Python's own thresholds, so cycles are still
freed within a fraction of a second. (pyqtgraph ships the same remedy as its
``GarbageCollector``.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts; a look costs microseconds.
INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collects cycles generation by generation when Python would have, on a timer of
    the GUI thread. Made by :func:`collect_on_gui_thread`."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        #: Objects in the oldest generation after its last collection.
        self._long_lived = len(gc.get_objects(2))
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect)
        gc.disable()
        self._timer.start()

    def collect(self) -> int:
        """Collect as Python's automatic collection would now: nothing until enough
        was allocated, then the oldest generation over its threshold with the younger
        ones. The number of objects freed."""
        counts, limits = gc.get_count(), self.thresholds
        if not limits[0] or counts[0] <= limits[0]:
            return 0
        # The oldest generation over its threshold, with all the younger ones.
        generation = next((g for g in (2, 1) if counts[g] > limits[g]), 0)
        # Python's own rule: a full collection (tens of ms in a window) only once a
        # quarter more objects have grown old since the last one.
        grown = len(gc.get_objects(2)) - self._long_lived if generation == 2 else 0
        if generation == 2 and grown <= self._long_lived // 4:
            generation = 1
        freed = gc.collect(generation)
        if generation == 2:
            self._long_lived = len(gc.get_objects(2))
        return freed

    def settle(self) -> int:
        """The application has started: what exists now (modules, the window, its
        widgets) lives as long as it does. Collect once, then set all of it aside
        (:func:`gc.freeze`), so that a later full collection looks only at what was
        made since: 1-5 ms instead of the 35-50 ms a whole window's objects take, which
        the writer would feel as a stutter while typing. Call it once the first page
        is painted; the number of objects freed."""
        freed = gc.collect()
        gc.freeze()
        self._long_lived = len(gc.get_objects(2))
        return freed


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The collector of ``app``, made on first call; call it on the GUI thread once
    the application exists. Automatic collection comes back when ``app`` is deleted."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    collector = GuiThreadCollector(app)
    collector.destroyed.connect(gc.enable)
    return collector
