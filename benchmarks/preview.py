"""Keystroke to painted preview, on a real QtWebEngine page offscreen.

For articles of 1k, 5k, 20k and 100k words it types single characters into the
middle of the text of a real MainWindow and measures, for each keystroke, the time
from the key press until the preview's web view widget paints the frame that shows
it (the first paint after the preview sent the page its update; the page is idle
between keys). It prints p50, p95 and the worst, how many keystrokes made the page
load afresh instead of being patched, and for comparison the full path: the whole
page rendered from Markdown, then loaded and painted. Beside them it prints the page
engine's floor, measured in the same window on the same article (a DOM text change to
a paint, as benchmarks/preview_floor.py measures it alone), and Newsroom's own share:
the keystroke's figure less the floor's, against its targets.

    .venv/bin/python benchmarks/preview.py            # all sizes
    SIZES=20000 KEYS=40 .venv/bin/python benchmarks/preview.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

SIZES = [int(s) for s in os.environ.get("SIZES", "1000,5000,20000,100000").split(",")]
KEYS = int(os.environ.get("KEYS", "30"))

PARAGRAPH = (
    "The minister said the budget would be put to a vote before the end of the month, "
    "and that the coalition partners had agreed to the *main lines* of the plan, "
    "including the [energy package](https://example.org/energy) and new rules for ports."
)


def article_text(words: int) -> str:
    """A long read: paragraphs, H2 sections, a list, a quote, a table and code."""
    blocks: list[str] = []
    count = 0
    section = 0
    while count < words:
        if len(blocks) % 12 == 0:
            section += 1
            blocks.append(f"## Part {section}: what happened next")
        kind = len(blocks) % 9
        if kind == 3:
            blocks.append("- first point of the list\n- second point\n- third point")
        elif kind == 5:
            blocks.append("> “We will not give in,” the union leader said.")
        elif kind == 7 and section % 3 == 0:
            blocks.append("| Year | Budget |\n|---|---|\n| 2025 | 1.2bn |\n| 2026 | 1.4bn |")
        else:
            blocks.append(PARAGRAPH)
        count += len(blocks[-1].split())
    blocks.insert(len(blocks) // 2, "```python\nprint('code in a tech story')\n```")
    return "\n\n".join(blocks) + "\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from newsroom.gui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWebEngineCore import QWebEngineScript
    from PySide6.QtWidgets import QApplication, QWidget

    from newsroom.core.library import open_library
    from newsroom.core.model import Article
    from newsroom.core.render.page import render_article_html
    from newsroom.gui.main_window import MainWindow
    from newsroom.gui.preview.preview import PreviewLinks
    from newsroom.gui.preview.scroll_sync import scroll_editor_to_line

    app = QApplication(sys.argv[:1])
    rows: list[tuple[int, float, float, float, int, float, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "Bench.newsroom")
        ids = {
            words: library.create_article(
                Article(headline=f"A long read of {words} words", body=article_text(words))
            ).id
            for words in SIZES
        }
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()

        class Paints(QObject):
            """Notes when the web view or a widget inside it paints: that is when a
            frame the page produced reaches the screen. It watches each widget that
            the view gains later too (QtWebEngine may replace its inner widget)."""

            def __init__(self) -> None:
                super().__init__()
                self.times: list[float] = []

            def watch(self, widget: QWidget) -> None:
                for each in [widget, *widget.findChildren(QWidget)]:
                    each.removeEventFilter(self)
                    each.installEventFilter(self)

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    self.times.append(time.perf_counter())
                elif event.type() == QEvent.Type.ChildAdded:
                    child = event.child()  # type: ignore[attr-defined]
                    if isinstance(child, QWidget):
                        self.watch(child)
                return False

        paints = Paints()

        def painted_after(moment: float) -> float:
            """The time of the first paint of the web view after ``moment``."""
            spin(lambda: any(t > moment for t in paints.times), 10.0)
            later = [t for t in paints.times if t > moment]
            if not later:
                raise SystemExit(f"the preview did not paint within 10 s ({len(paints.times)})")
            return later[0]

        def keystrokes(body: object) -> tuple[list[float], int]:
            """The latency of each keystroke: from the key press to the first paint of
            the web view after the preview sent the page its update. The page is idle
            between keys (a typist's pause), so that paint is the frame with the key."""
            latencies: list[float] = []
            shown = [0.0]
            loads = [0]

            def rendered() -> None:
                shown[0] = time.perf_counter()
                loads[0] += window.live_preview.last_update == "load"

            window.live_preview.rendered.connect(rendered)
            for _ in range(KEYS):
                paints.times.clear()
                start = time.perf_counter()
                QTest.keyClicks(body, "x")  # type: ignore[arg-type]
                spin(lambda: shown[0] > start)  # noqa: B023 (called at once)
                latencies.append((painted_after(shown[0]) - start) * 1000)
                spin(lambda: False, 0.12)  # a typist's pause between keys
            window.live_preview.rendered.disconnect(rendered)
            return latencies, loads[0]

        def full_update(article: Article) -> tuple[float, float]:
            """The full path, for comparison: render the page, load it, paint it."""
            start = time.perf_counter()
            html = render_article_html(library, article, PreviewLinks())
            rendered = time.perf_counter()
            loaded = [False]
            window.preview.page_loaded.connect(lambda ok: loaded.__setitem__(0, True))
            window.preview.show_html(html)
            spin(lambda: loaded[0])
            window.preview.page_loaded.disconnect()
            painted = painted_after(rendered)
            spin(lambda: False, 0.3)
            return (rendered - start) * 1000, (painted - start) * 1000

        def floor() -> list[float]:
            """The page engine's own floor in the same window and article: the text of
            the first paragraph in view grows by a letter from the app's own script
            world (no keystroke, no Markdown, no patch), timed to the paint."""
            world = QWebEngineScript.ScriptWorldId.ApplicationWorld

            def run(code: str) -> None:
                done: list[object] = []
                window.preview.view.page().runJavaScript(code, world, done.append)
                spin(lambda: bool(done))

            run(
                "window.__floor = Array.from(document.querySelectorAll('.article-body p'))"
                ".find(p => p.getBoundingClientRect().top >= 0); 1"
            )
            times = []
            for _ in range(KEYS):
                paints.times.clear()
                start = time.perf_counter()
                run("window.__floor.firstChild.data += 'x'; 1")
                times.append((painted_after(start) - start) * 1000)
                spin(lambda: False, 0.12)
            return times

        def shown_text() -> str:
            text: list[str] = []
            window.preview.view.page().toPlainText(text.append)
            spin(lambda: bool(text))
            return text[0]

        def spin(until: object, timeout: float = 60.0) -> None:
            deadline = time.perf_counter() + timeout
            while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.0005)

        for words, article_id in ids.items():
            assert article_id is not None
            window.open_article(article_id)
            spin(
                lambda: (
                    window.live_preview is not None  # made after the first paint
                    and window.live_preview.idle
                    and "long read" in window.preview.html
                )
            )
            spin(lambda: False, 1.0)  # let the first load settle
            paints.watch(window.preview.view)
            body = window.editor.body
            body.setFocus()
            # Type in the middle of the text, with that line at the top of the editor:
            # the preview scrolls with the editor, so the writer sees the key land.
            middle = body.document().findBlock(len(body.toPlainText()) // 2).blockNumber()
            scroll_editor_to_line(body, middle)
            spin(lambda: False, 0.5)
            latencies, loads = keystrokes(body)
            assert "x" * KEYS in shown_text(), "the preview does not show what was typed"
            floors = floor()
            article = window.editor.article()
            assert article is not None
            renders, updates = zip(*(full_update(article) for _ in range(3)), strict=True)
            rows.append(
                (
                    words,
                    statistics.median(latencies),
                    percentile(latencies, 0.95),
                    max(latencies),
                    loads,
                    statistics.median(renders),
                    statistics.median(updates),
                    statistics.median(floors),
                    percentile(floors, 0.95),
                )
            )
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
    print(f"keystroke to painted preview, {KEYS} keystrokes per size, beside the page")
    print("engine's floor (a DOM text change to a paint) measured in the same window")
    print(
        "| words | p50 | p95 | max | floor p50 | floor p95 | own share p50 (target) "
        "| own share p95 (target) | page loads | full render | full render + page load |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for words, p50, p95, worst, loads, full, update, floor_p50, floor_p95 in rows:
        target = 4 if words <= 20_000 else 6
        print(
            f"| {words:,} | {p50:.1f} ms | {p95:.1f} ms | {worst:.1f} ms | {floor_p50:.1f} ms "
            f"| {floor_p95:.1f} ms | {p50 - floor_p50:.1f} ms (≤ {target}) "
            f"| {p95 - floor_p95:.1f} ms (≤ 8) | {loads} | {full:.0f} ms | {update:.0f} ms |"
        )


if __name__ == "__main__":
    main()
