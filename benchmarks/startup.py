"""Start-up time of the app, offscreen, on a fresh library in a temp dir.

Prints, over several cold process starts, the time from process start to an
editable window and to a painted preview. Run: .venv/bin/python benchmarks/startup.py

Each run is the ``newsroom`` command's own path: its argument parser, then
:func:`newsroom.gui.app.start`, which is all of :func:`newsroom.gui.app.run` but
``app.exec()``. "Editable": that returned (the window is shown with the article in
its editor) and the events it left were processed, so a keystroke would go in.
"Painted preview": the preview's page with that article has loaded. Both are timed
from the first line of the script; the interpreter's own start before it is
printed apart.

Warm means a warm disk cache and compiled bytecode, as an installed app has: the
runs keep their bytecode in a cache of their own (PYTHONPYCACHEPREFIX), filled by
one untimed run first. BYTECODE=0 leaves the environment as it is instead (with
PYTHONDONTWRITEBYTECODE set, the app's own modules are then compiled on every run).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "5"))
BYTECODE = os.environ.get("BYTECODE", "1") != "0"

PROBE = r"""
import time
t0 = time.perf_counter()
import sys
from newsroom.cli import build_parser
from newsroom.gui.app import start
args = build_parser().parse_args(["--library", sys.argv[1]])
app, newsroom = start(args.library, read_only=bool(args.read_only))
app.processEvents()
editable = time.perf_counter() - t0
(window,) = newsroom.windows
article = window.editor.article()
assert window.isVisible() and article is not None and window.editor.isEnabled()
def painted(ok):
    if ok and article.headline in window.preview.html:  # else the parent reports a failure
        print(f"{t0:.4f} {editable:.4f} {time.perf_counter() - t0:.4f}", flush=True)
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
    interpreter: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "Bench.newsroom"
        from newsroom.core.library import open_library

        open_library(library).close()  # made once; every run below opens it
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # the app's QSettings
        if BYTECODE:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        for run in range(RUNS + BYTECODE):
            launched = time.perf_counter()  # the same clock as the child's
            done = subprocess.run(
                [sys.executable, "-c", PROBE, str(library)],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            if done.returncode or len(done.stdout.split()) != 3:
                sys.exit(f"the probe failed:\n{done.stdout}\n{done.stderr[-3000:]}")
            began, first, second = (float(v) for v in done.stdout.split())
            if run < BYTECODE:
                continue  # it compiled the bytecode the timed runs use
            interpreter.append(began - launched)
            editable.append(first)
            painted.append(second)
    if BYTECODE:
        print(f"runs: {RUNS} (warm disk cache and bytecode, after an untimed first run)")
    else:
        print(f"runs: {RUNS} (warm disk cache after the first; bytecode as the environment has it)")
    print("| measure | median | best | worst |")
    print("|---|---|---|---|")
    for name, values in (("editable window", editable), ("painted preview", painted)):
        print(
            f"| {name} | {statistics.median(values) * 1000:.0f} ms "
            f"| {min(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
        )
    print(
        f"(before those: the interpreter's start, {statistics.median(interpreter) * 1000:.0f} ms"
        " median from launching the process to the script's first line)"
    )


if __name__ == "__main__":
    main()
