"""The longest stalls of the window's thread while a writer types into a long read.

Opens a real MainWindow (offscreen, with its QtWebEngine preview) on a 100,000-word
article (benchmarks/preview.py's), and types into the middle of it as a person does:
bursts of keys at ten a second with pauses of two seconds between them, long enough
for the autosave, the word count, the outline and the checklist to run; then it waits
out the idle time after which a revision is recorded. Meanwhile a timer on the
window's thread ticks every 2 ms, and every gap between two ticks longer than the
tick is a stall: the event loop could not answer a key or paint in that time.

It prints the longest stall, how many passed 16 ms (a frame at 60 Hz), and for the
worst ones where the window's thread was (sampled every 2 ms from another thread), so
a stall names its cause. The target: no stall over 16 ms.

    .venv/bin/python benchmarks/stalls.py
    WORDS=20000 BURSTS=3 .venv/bin/python benchmarks/stalls.py
"""

from __future__ import annotations

import collections
import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from preview import article_text  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

WORDS = int(os.environ.get("WORDS", "100000"))
BURSTS = int(os.environ.get("BURSTS", "6"))
KEYS_PER_BURST = 30
KEY_GAP_MS = 100
PAUSE_MS = 2000
TICK_MS = 2
TARGET_MS = 16
WAIT_FOR_REVISION = os.environ.get("REVISION", "1") != "0"
FLOOR = os.environ.get("FLOOR", "1") != "0"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from newsroom.gui.main_window import MainWindow


class Sampler(threading.Thread):
    """Notes, every 2 ms, the innermost frames of the project's code on the
    window's thread (or that it was elsewhere: Qt's or the libraries' own code)."""

    def __init__(self, thread_id: int) -> None:
        super().__init__(daemon=True)
        self.thread_id = thread_id
        self.samples: list[tuple[float, str]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        root = str(Path(__file__).resolve().parent.parent / "newsroom")
        while not self.stopped.wait(0.002):
            frames = sys._current_frames()
            where = self._where(frames.get(self.thread_id), root) or "(Qt)"
            others = [
                self._where(f, root)
                for ident, f in frames.items()
                if ident not in (self.thread_id, threading.get_ident())
            ]
            busy = [o for o in others if o]
            if busy:  # what the other threads run may hold the interpreter's lock
                where += " [meanwhile " + "; ".join(busy) + "]"
            self.samples.append((time.perf_counter(), where))

    @staticmethod
    def _where(frame: object, root: str) -> str:
        names: list[str] = []
        while frame is not None and len(names) < 3:
            code = frame.f_code  # type: ignore[attr-defined]
            if code.co_filename.startswith(root):
                names.append(f"{Path(code.co_filename).stem}.{code.co_name}")
            frame = frame.f_back  # type: ignore[attr-defined]
        return " < ".join(names)


class Run:
    """One typing run: the ticks of the window's thread, where it was, and the
    collections meanwhile."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.samples: list[tuple[float, str]] = []
        self.collections: list[tuple[int, float]] = []  # (generation, ms) on any thread

    @property
    def stalls(self) -> list[tuple[float, float, float]]:
        """(length in ms, start, end) of every gap longer than a tick and a half,
        the longest first."""
        gaps = [
            ((later - earlier) * 1000, earlier, later)
            for earlier, later in zip(self.ticks, self.ticks[1:], strict=False)
            if (later - earlier) * 1000 > TICK_MS * 1.5
        ]
        return sorted(gaps, reverse=True)

    @property
    def longest(self) -> float:
        stalls = self.stalls
        return stalls[0][0] if stalls else 0.0

    @property
    def over(self) -> list[tuple[float, float, float]]:
        return [s for s in self.stalls if s[0] > TARGET_MS]

    def print_worst(self, count: int) -> None:
        for length, earlier, later in self.stalls[:count]:
            where = collections.Counter(n for t, n in self.samples if earlier <= t <= later)
            cause = ", ".join(f"{name} ×{n}" for name, n in where.most_common(3))
            print(f"  {length:6.1f} ms  {cause or '(not sampled)'}")


def type_into(widget: QWidget, plan: list[int], then_ms: int) -> Run:
    """Type "x" into ``widget`` after each delay of ``plan``, in Qt's own event loop
    (as the app runs: a Python loop around processEvents would wait for the
    interpreter's lock on every turn), then wait ``then_ms``; meanwhile tick every
    2 ms and sample where the window's thread is."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    run = Run()
    ticker = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: run.ticks.append(time.perf_counter()))
    typed = [0]
    loop = QEventLoop()

    def type_next() -> None:
        QTest.keyClick(widget, "x")
        typed[0] += 1
        if typed[0] < len(plan):
            QTimer.singleShot(plan[typed[0]], type_next)
        else:
            QTimer.singleShot(then_ms, loop.quit)

    began: dict[int, float] = {}

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[threading.get_ident()] = time.perf_counter()
        else:
            start = began.pop(threading.get_ident(), time.perf_counter())
            run.collections.append((info["generation"], (time.perf_counter() - start) * 1000))

    gc.callbacks.append(collected)
    sampler = Sampler(threading.get_ident())
    sampler.start()
    ticker.start()
    QTimer.singleShot(plan[0], type_next)
    loop.exec()
    ticker.stop()
    sampler.stopped.set()
    sampler.join()
    gc.callbacks.remove(collected)
    run.samples = sampler.samples
    return run


def floor_run(window: MainWindow, plan: list[int]) -> Run:
    """The same typing into a bare QPlainTextEdit holding the same text, in a window
    of the same size, where each key only makes the page engine change the text of
    the paragraph in view in Newsroom's preview (as benchmarks/preview_floor.py
    does): what Qt's editor and QtWebEngine cost the window's thread with no code of
    Newsroom's in between."""
    from PySide6.QtWebEngineCore import QWebEngineScript
    from PySide6.QtWidgets import QPlainTextEdit

    world = QWebEngineScript.ScriptWorldId.ApplicationWorld
    page = window.preview.view.page()
    page.runJavaScript(
        "window.__floor = Array.from(document.querySelectorAll('.article-body p'))"
        ".find(p => p.getBoundingClientRect().top >= 0); 1",
        world,
    )
    bare = QPlainTextEdit()
    bare.setPlainText(window.editor.body.toPlainText())
    bare.resize(720, 900)
    bare.show()
    bare.setFocus()
    middle = bare.document().findBlock(len(bare.toPlainText()) // 2)
    cursor = bare.textCursor()
    cursor.setPosition(middle.position())
    bare.setTextCursor(cursor)
    bare.centerCursor()
    bare.textChanged.connect(
        lambda: page.runJavaScript("window.__floor.firstChild.data += 'x'; 1", world)
    )
    try:
        return type_into(bare, plan, 3000)
    finally:
        bare.close()
        bare.deleteLater()


def main() -> None:
    from newsroom.gui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from newsroom.core.library import open_library
    from newsroom.core.model import Article
    from newsroom.gui.editor import article_session
    from newsroom.gui.main_window import MainWindow
    from newsroom.gui.preview.scroll_sync import scroll_editor_to_line

    app = QApplication(sys.argv[:1])
    from newsroom.gui.garbage import collect_on_gui_thread

    collector = collect_on_gui_thread(app)  # as the app does
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "Bench.newsroom")
        article = library.create_article(
            Article(headline=f"A long read of {WORDS} words", body=article_text(WORDS))
        )
        assert article.id is not None
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()
        window.open_article(article.id)

        def spin(until: object, timeout: float = 60.0) -> None:
            deadline = time.perf_counter() + timeout
            while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.001)

        spin(lambda: window.live_preview is not None and window.live_preview.idle)
        spin(lambda: False, 3.0)  # let the first load and the first checks settle
        collector.settle()  # as the app does after its first paint
        body = window.editor.body
        body.setFocus()
        middle = body.document().findBlock(len(body.toPlainText()) // 2)
        scroll_editor_to_line(body, middle.blockNumber())
        cursor = body.textCursor()
        cursor.setPosition(middle.position())
        body.setTextCursor(cursor)

        plan: list[int] = []  # the delay before each key
        for _ in range(BURSTS):
            plan += [PAUSE_MS] + [KEY_GAP_MS] * (KEYS_PER_BURST - 1)
        idle = (
            article_session.REVISION_IDLE_MS if WAIT_FOR_REVISION else article_session.AUTOSAVE_MS
        )
        ours = type_into(body, plan, idle + 3000)
        saved = library.article(article.id).body
        assert saved.count("x" * KEYS_PER_BURST) >= 1, "the typing did not reach the library"
        floor = floor_run(window, plan) if FLOOR else None
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()

    heading = (
        f"{WORDS:,} words, {len(plan)} keys in {BURSTS} bursts with {PAUSE_MS / 1000:.0f} s "
        f"pauses{', then a revision' if WAIT_FOR_REVISION else ''}"
    )
    print(heading)
    print("| window's thread | longest stall | stalls over 16 ms | target |")
    print("|---|---:|---:|---|")
    print(f"| Newsroom | {ours.longest:.1f} ms | {len(ours.over)} | ≤ {TARGET_MS} ms |")
    if floor is not None:
        print(
            f"| the floor: a bare editor, the page | {floor.longest:.1f} ms "
            f"| {len(floor.over)} | – |"
        )
    for generation in range(3):
        times = [ms for g, ms in ours.collections if g == generation]
        if times:
            print(
                f"  cycle collections of generation {generation}: {len(times)}, "
                f"longest {max(times):.1f} ms"
            )
    print("Newsroom's longest stalls, and where the window's thread was:")
    ours.print_worst(8)
    if floor is not None:
        print("The floor's longest stalls:")
        floor.print_worst(3)


if __name__ == "__main__":
    main()
