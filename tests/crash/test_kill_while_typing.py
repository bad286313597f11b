"""kill -9 at any moment loses at most the last 2 s of typing and never damages the file."""

from __future__ import annotations

from pathlib import Path

import harness  # tests/crash/harness.py; pytest puts this folder on sys.path

from newsroom.core.library import open_library

CYCLES = 50


def test_fifty_kills_while_typing_lose_at_most_two_seconds(tmp_path: Path) -> None:
    results = harness.run(CYCLES, tmp_path)
    assert len(results) == CYCLES
    assert [r.integrity for r in results] == ["ok"] * CYCLES
    worst = max(r.lost_seconds for r in results)
    assert worst <= harness.LOSS_BOUND_S, [r for r in results if r.lost_seconds > 2]
    # Real typing went in and most of it came out: the test measured something.
    assert sum(r.typed_chars for r in results) > CYCLES * 50
    assert sum(r.saved_chars for r in results) > 0
    with open_library(tmp_path / "Crash.newsroom") as library:  # and it still opens
        assert len(library.articles()) == CYCLES + 1
