"""Start-up time of the app, offscreen, on a fresh library in a temp dir.

Prints, over several cold process starts, the time from process start to an
editable window and to a painted preview. Run: .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "5"))

PROBE = r"""
import time
t0 = time.perf_counter()
import sys
from pathlib import Path
from newsroom.gui.app import prepare_environment
prepare_environment()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from newsroom.core.library import open_library
from newsroom.gui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_library(Path(sys.argv[1])), QSettings(sys.argv[2], QSettings.IniFormat))
window.show()
app.processEvents()
editable = time.perf_counter() - t0
def painted(ok):
    print(f"{editable:.3f} {time.perf_counter() - t0:.3f}", flush=True)
    window.close()
    app.quit()
window.preview.page_loaded.connect(painted)
app.exec()
"""


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    editable: list[float] = []
    painted: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "Bench.newsroom"
        from newsroom.core.library import open_library

        open_library(library).close()  # made once; every run below opens it
        for _ in range(RUNS):
            done = subprocess.run(
                [sys.executable, "-c", PROBE, str(library), str(Path(tmp) / "s.ini")],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            first, second = done.stdout.split()
            editable.append(float(first))
            painted.append(float(second))
    print(f"runs: {RUNS} (warm disk cache after the first)")
    print("| measure | median | best | worst |")
    print("|---|---|---|---|")
    for name, values in (("editable window", editable), ("painted preview", painted)):
        print(
            f"| {name} | {statistics.median(values) * 1000:.0f} ms "
            f"| {min(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
