"""Kill a typing Newsroom with SIGKILL at a random moment and measure what survived.

Used by tests/crash/test_kill_while_typing.py (50 cycles) and benchmarks/crash.py
(as many as asked for). Every cycle checks ``PRAGMA integrity_check`` and the loss
bound: what was typed more than 2 s before the kill must be in the file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

TYPIST = Path(__file__).with_name("typist.py")
LOSS_BOUND_S = 2.0


@dataclass(frozen=True)
class Cycle:
    typed_chars: int  # typed before the kill
    saved_chars: int  # found in the file afterwards
    lost_seconds: float  # how long before the kill the first lost keystroke was typed
    integrity: str  # PRAGMA integrity_check


def run_cycle(library: Path, settings: Path, seed: int, rng: random.Random) -> Cycle:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    typist = subprocess.Popen(
        [sys.executable, str(TYPIST), str(library), str(settings), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert typist.stdout is not None
    log: list[tuple[float, int]] = []
    article_id = None
    kill_after = rng.uniform(0.2, 4.0)  # seconds of typing
    try:
        for line in typist.stdout:
            ident, moment, typed = line.split()
            article_id = int(ident)
            log.append((float(moment), int(typed)))
            if log[-1][0] - log[0][0] >= kill_after:
                break
        killed_at = time.monotonic()
        typist.send_signal(signal.SIGKILL)
    finally:
        if typist.poll() is None:
            typist.kill()
        typist.wait(30)
        typist.stdout.close()
    assert article_id is not None, "the typist never typed"
    # What was typed up to the kill: everything the typist reported, and perhaps one
    # more word it typed but had not yet reported.
    conn = sqlite3.connect(library)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        row = conn.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
    finally:
        conn.close()
    saved = len(row[0]) if row else 0
    lost_from = next((moment for moment, typed in log if typed > saved), None)
    lost = 0.0 if lost_from is None else killed_at - lost_from
    return Cycle(log[-1][1], saved, lost, integrity)


def run(cycles: int, workdir: Path, seed: int = 1) -> list[Cycle]:
    """Run ``cycles`` kills against one library that lives through all of them."""
    from newsroom.core.library import open_library

    library = workdir / "Crash.newsroom"
    settings = workdir / "settings.ini"
    if not library.exists():
        open_library(library).close()
    rng = random.Random(seed)
    return [run_cycle(library, settings, seed + n, rng) for n in range(cycles)]
