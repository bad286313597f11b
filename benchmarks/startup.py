"""Start-up time of the app, offscreen, on a fresh library in a temp dir.

Prints, over several process starts (RUNS, 10 by default), the time from process
start to an editable window and to a painted preview; the median is the figure to
quote. Run: .venv/bin/python benchmarks/startup.py [--command "COMMAND LINE"]

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

``--command "..."`` times any command line that starts the app the same way: the
installed ``newsroom``, ``.venv/bin/python -m newsroom``, the packaged app... It is
given ``--library`` and the library (or the library in place of ``{library}`` in the
command line), and ``NEWSROOM_STARTUP_PROBE=1`` in its environment: with that set the
app reports the two moments itself (:func:`newsroom.gui.app.report_startup`; the
packaged app's launcher does the same) as readings of the clock every process shares,
and quits. Its times run from launching the process, the interpreter's start (or a
bootloader's) included. Source and command runs alternate, so that a machine busy
for a while slows both; the two are then printed side by side, both from launching
the process. ``--no-source`` times the command alone.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("RUNS", "10"))
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


def time_source(library: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """One start of the source tree's ``newsroom`` path (:data:`PROBE`): seconds from
    launching the process to the script's first line, and from that line to the
    editable window and to the painted preview."""
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
    return began - launched, first, second


def time_command(command: str, library: Path, env: dict[str, str]) -> tuple[float, float]:
    """One start of ``command``: seconds from launching it to the editable window and
    to the painted preview, as it reports them (``NEWSROOM_STARTUP_PROBE``)."""
    if "{library}" in command:
        args = shlex.split(command.replace("{library}", shlex.quote(str(library))))
    else:
        args = [*shlex.split(command), "--library", str(library)]
    launched = time.perf_counter()
    done = subprocess.run(
        args,
        capture_output=True,
        text=True,
        env=dict(env, NEWSROOM_STARTUP_PROBE="1"),
        timeout=120,
    )
    lines = done.stdout.splitlines()
    try:
        first, second = (float(v) - launched for v in lines[0].split())
    except (ValueError, IndexError):  # not two numbers
        sys.exit(
            f"the command did not report a painted preview (exit status {done.returncode}):"
            f"\n{done.stdout}\n{done.stderr[-3000:]}"
        )
    return first, second


def row(name: str, values: list[float]) -> str:
    return (
        f"| {name} | {statistics.median(values) * 1000:.0f} ms "
        f"| {min(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--command", help="also time this command line (see above)")
    parser.add_argument(
        "--no-source", action="store_true", help="time the --command alone, not the source"
    )
    options = parser.parse_args()
    if options.no_source and not options.command:
        parser.error("--no-source needs a --command")
    source = not options.no_source
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    env.pop("NEWSROOM_STARTUP_PROBE", None)
    editable: list[float] = []
    painted: list[float] = []
    interpreter: list[float] = []
    command: tuple[list[float], list[float]] = ([], [])
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "Bench.newsroom"
        from newsroom.core.library import open_library

        open_library(library).close()  # made once; every run below opens it
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # the app's QSettings
        if BYTECODE:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        untimed = 1 if BYTECODE or options.command else 0
        for run in range(RUNS + untimed):
            # An untimed first run compiles the bytecode and warms the disk cache.
            if source:
                began, first, second = time_source(library, env)
                if run >= untimed:
                    interpreter.append(began)
                    editable.append(first)
                    painted.append(second)
            if options.command:
                first, second = time_command(options.command, library, env)
                if run >= untimed:
                    command[0].append(first)
                    command[1].append(second)
    if BYTECODE:
        print(f"runs: {RUNS} (warm disk cache and bytecode, after an untimed first run)")
    else:
        print(f"runs: {RUNS} (warm disk cache after the first; bytecode as the environment has it)")
    if source:
        print("| measure | median | best | worst |")
        print("|---|---|---|---|")
        print(row("editable window", editable))
        print(row("painted preview", painted))
        start = statistics.median(interpreter) * 1000
        print(
            f"(before those: the interpreter's start, {start:.0f} ms"
            " median from launching the process to the script's first line)"
        )
    if not options.command:
        return
    print(f"\ncommand: {options.command}")
    print("| measure, from launching the process | source median | source best "
          "| command median | command best |")  # fmt: skip
    print("|---|---|---|---|---|")
    for name, own, theirs in (
        ("editable window", editable, command[0]),
        ("painted preview", painted, command[1]),
    ):
        from_launch = [i + v for i, v in zip(interpreter, own, strict=True)]
        mine = (
            f"{statistics.median(from_launch) * 1000:.0f} ms | {min(from_launch) * 1000:.0f} ms"
            if from_launch
            else "– | –"
        )
        print(
            f"| {name} | {mine} | {statistics.median(theirs) * 1000:.0f} ms "
            f"| {min(theirs) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
