"""kill -9 while typing, many times: prints the cycles, the worst loss and the
integrity failures. The test suite runs 50 cycles; run more here:

    CYCLES=300 .venv/bin/python benchmarks/crash.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "crash"))

import harness  # noqa: E402  (tests/crash/harness.py, shared with the test)


def main() -> None:
    cycles = int(os.environ.get("CYCLES", "200"))
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        results = harness.run(cycles, Path(tmp), seed=int(os.environ.get("SEED", "7")))
    losses = [r.lost_seconds for r in results]
    failures = sum(r.integrity != "ok" for r in results)
    over = sum(loss > harness.LOSS_BOUND_S for loss in losses)
    print(f"cycles:                 {len(results)}")
    print(f"characters typed:       {sum(r.typed_chars for r in results)}")
    print(f"worst loss:             {max(losses):.2f} s (bound {harness.LOSS_BOUND_S:.1f} s)")
    print(f"median loss:            {statistics.median(losses):.2f} s")
    print(f"cycles over the bound:  {over}")
    print(f"integrity failures:     {failures}")
    print(f"wall time:              {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
