"""What the page engine alone costs: a DOM change to a painted preview.

For articles of 1k, 20k and 100k words, shown in a real MainWindow offscreen, it
changes the text of the first paragraph in view in the preview from the app's own script
world (no keystroke, no Markdown, no patch: one text node grows by a letter) and
times how long QtWebEngine takes to paint that. benchmarks/preview.py measures the
whole keystroke; this is the part of it that no code of ours can make shorter.

    .venv/bin/python benchmarks/preview_floor.py
    SIZES=20000 CHANGES=40 .venv/bin/python benchmarks/preview_floor.py
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from preview import article_text, percentile  # noqa: E402 (benchmarks/preview.py)

SIZES = [int(s) for s in os.environ.get("SIZES", "1000,20000,100000").split(",")]
CHANGES = int(os.environ.get("CHANGES", "30"))


def main() -> None:
    from newsroom.gui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWebEngineCore import QWebEngineScript
    from PySide6.QtWidgets import QApplication, QWidget

    from newsroom.core.library import open_library
    from newsroom.core.model import Article
    from newsroom.gui.main_window import MainWindow
    from newsroom.gui.preview.scroll_sync import scroll_editor_to_line

    app = QApplication(sys.argv[:1])
    APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld  # noqa: N806

    def spin(until: object, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.0003)

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.times: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False

    rows: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "Floor.newsroom")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()
        paints = Paints()
        for words in SIZES:
            article = library.create_article(
                Article(headline=f"A long read of {words} words", body=article_text(words))
            )
            assert article.id is not None
            window.open_article(article.id)
            spin(
                lambda: (
                    window.live_preview is not None
                    and window.live_preview.idle
                    and "long read" in window.preview.html
                )
            )
            body = window.editor.body
            middle = body.document().findBlock(len(body.toPlainText()) // 2).blockNumber()
            scroll_editor_to_line(body, middle)  # the preview follows
            spin(lambda: False, 1.0)
            view = window.preview.view
            for widget in [view, *view.findChildren(QWidget)]:
                widget.installEventFilter(paints)

            def run(code: str) -> None:
                done: list[object] = []
                window.preview.view.page().runJavaScript(code, APP_WORLD, done.append)
                spin(lambda: bool(done))

            run(  # the first paragraph in view
                "window.__floor = Array.from(document.querySelectorAll('.article-body p'))"
                ".find(p => p.getBoundingClientRect().top >= 0); 1"
            )
            times = []
            for _ in range(CHANGES):
                paints.times.clear()
                start = time.perf_counter()
                run("window.__floor.firstChild.data += 'x'; 1")
                spin(lambda: bool(paints.times), 5.0)
                if not paints.times:
                    raise SystemExit("the preview did not paint within 5 s")
                times.append((paints.times[0] - start) * 1000)
                spin(lambda: False, 0.15)
            rows.append((words, statistics.median(times), percentile(times, 0.95)))
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
    print(f"a DOM text change to a painted preview, {CHANGES} changes per size")
    print("| words | p50 | p95 |")
    print("|---:|---:|---:|")
    for words, p50, p95 in rows:
        print(f"| {words:,} | {p50:.1f} ms | {p95:.1f} ms |")


if __name__ == "__main__":
    main()
