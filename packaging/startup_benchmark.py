"""Start-up time of the packaged app, measured as benchmarks/startup.py measures the
source tree: offscreen, on a library made once, over RUNS starts after one untimed start
(warm disk cache), to an editable window and to the painted preview.

    python packaging/startup_benchmark.py APP [APP_ARGS...]     e.g. /usr/bin/newsroom

Unlike benchmarks/startup.py, the times run from launching the process (the bootloader
and the interpreter's start included), since the frozen app has no separate script start.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from smoke_test import app_environment, run, start_window

RUNS = int(os.environ.get("RUNS", "5"))


def main() -> None:
    app = sys.argv[1:]
    if not app:
        sys.exit(__doc__)
    editable: list[float] = []
    painted: list[float] = []
    with tempfile.TemporaryDirectory(prefix="newsroom-startup-") as tmp:
        env = app_environment(Path(tmp) / "home", offscreen=True)
        library = Path(tmp) / "Bench.newsroom"
        run(app, "--version", env=env)
        for number in range(RUNS + 1):
            first, second, _ = start_window(app, library, env)  # the first run makes the library
            if number:
                editable.append(first)
                painted.append(second)
    print(f"runs: {RUNS} (warm disk cache, after an untimed first run that made the library)")
    print("| measure (from launching the process) | median | best | worst |")
    print("|---|---|---|---|")
    for name, values in (("editable window", editable), ("painted preview", painted)):
        print(
            f"| {name} | {statistics.median(values) * 1000:.0f} ms "
            f"| {min(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
