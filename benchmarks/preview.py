"""Keystroke to painted preview, on a real QtWebEngine page offscreen.

For articles of 1k, 5k, 20k and 100k words it types single characters into the
middle of the text of a real MainWindow and measures, for each keystroke, the time
until the preview's web view paints after showing that keystroke. It prints p50 and
p95, and beside them a full render (Markdown to page HTML) of the same article.

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
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWebEngineCore import QWebEngineScript
    from PySide6.QtWidgets import QApplication

    from newsroom.core.library import open_library
    from newsroom.core.model import Article
    from newsroom.core.page import ExportLinks, render_article_html
    from newsroom.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    rows: list[tuple[int, float, float, float, float]] = []
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

        def next_frame(page: object) -> float:
            """Wait until the page has produced a frame after what it shows now: two
            requestAnimationFrame turns, asked from the app's own script world."""
            world = QWebEngineScript.ScriptWorldId.ApplicationWorld
            page.runJavaScript(  # type: ignore[attr-defined]
                "window.__frame = 0; requestAnimationFrame(() => requestAnimationFrame("
                "() => { window.__frame = 1; }));",
                world,
            )
            seen: list[object] = []

            def ask() -> None:
                asked = len(seen)
                page.runJavaScript("window.__frame", world, seen.append)  # type: ignore[attr-defined]
                spin(lambda: len(seen) > asked, 5.0)

            ask()
            while seen[-1] != 1:
                ask()
            return time.perf_counter()

        def keystrokes(body: object, view: object) -> list[float]:
            latencies: list[float] = []
            shown = [0]

            def one() -> None:
                before = shown[0]
                start = time.perf_counter()
                QTest.keyClicks(body, "x")  # type: ignore[arg-type]
                spin(lambda: shown[0] > before)
                latencies.append((next_frame(view.page()) - start) * 1000)  # type: ignore[attr-defined]
                spin(lambda: False, 0.12)  # a typist's pause between keys

            window.live_preview.rendered.connect(lambda: shown.__setitem__(0, shown[0] + 1))
            for _ in range(KEYS):
                one()
            window.live_preview.rendered.disconnect()
            return latencies

        def spin(until: object, timeout: float = 60.0) -> None:
            deadline = time.perf_counter() + timeout
            while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.0005)

        for words, article_id in ids.items():
            assert article_id is not None
            window.open_article(article_id)
            view = window.preview.view
            spin(lambda: window.live_preview.idle and "long read" in window.preview.html)
            spin(lambda: False, 1.0)  # let the first load settle
            body = window.editor.body
            body.setFocus()
            cursor = body.textCursor()
            cursor.setPosition(len(body.toPlainText()) // 2)
            body.setTextCursor(cursor)
            latencies = keystrokes(body, view)
            article = window.editor.article()
            assert article is not None
            fulls = []
            for _ in range(3):
                t0 = time.perf_counter()
                render_article_html(library, article, ExportLinks())
                fulls.append((time.perf_counter() - t0) * 1000)
            rows.append(
                (
                    words,
                    statistics.median(latencies),
                    percentile(latencies, 0.95),
                    max(latencies),
                    statistics.median(fulls),
                )
            )
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
    print(f"keystroke to painted preview, {KEYS} keystrokes per size")
    print("| words | p50 | p95 | max | full render (for comparison) |")
    print("|---:|---:|---:|---:|---:|")
    for words, p50, p95, worst, full in rows:
        print(f"| {words:,} | {p50:.1f} ms | {p95:.1f} ms | {worst:.1f} ms | {full:.0f} ms |")


if __name__ == "__main__":
    main()
