"""Incremental against full rendering of the article body, one keystroke at a time.

For articles of 1k, 5k, 20k and 100k words (paragraphs with links and emphasis, H2 and
H3 sections with repeated titles, tight and loose lists, quotes, tables, code fences with
blank lines, reference links and an image) it types characters into paragraphs spread
over the text and times, per keystroke, ``IncrementalRenderer.render`` and, for
comparison, ``render_body``. Every incremental result is checked against the full one.

    .venv/bin/python benchmarks/render_incremental.py
    SIZES=20000 KEYS=40 .venv/bin/python benchmarks/render_incremental.py
"""

from __future__ import annotations

import os
import statistics
import time

from newsroom.core.incremental import IncrementalRenderer
from newsroom.core.markdown_ext import MediaRef
from newsroom.core.render import render_body

SIZES = [int(s) for s in os.environ.get("SIZES", "1000,5000,20000,100000").split(",")]
KEYS = int(os.environ.get("KEYS", "30"))
UID = "0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
MEDIA = {UID: MediaRef("/media/crowd.jpg", "Crowd", "The square at noon.", "AFP")}

PARAGRAPH = (
    "The minister said the budget would be put to a vote before the end of the month, "
    "and that the coalition partners had agreed to the *main lines* of the plan, "
    "including the [energy package][energy] and new rules for **ports** (see "
    "[the report](https://example.org/report))."
)
BLOCKS = [
    "### Background",
    "- first point of the list\n- second point\n- third point",
    "> “We will not give in,” the union leader said.\n> “Not this year.”",
    "1. One\n\n2. Two, loose\n\n    With a second paragraph.\n\n3. Three",
    "| Year | Budget |\n|---|---|\n| 2025 | 1.2bn |\n| 2026 | 1.4bn |",
    "```python\ndef total(rows):\n\n    return sum(rows)\n```",
    f"![The square](media:{UID})",
    "- nested\n    - deeper\n    - deeper still\n- back",
]


def article_text(words: int) -> str:
    blocks: list[str] = []
    count = 0
    section = 0
    while count < words:
        if len(blocks) % 12 == 0:
            section += 1
            blocks.append(f"## Part {section % 7}: what happened next")
        if len(blocks) % 4 == 2:
            blocks.append(BLOCKS[(len(blocks) // 4) % len(BLOCKS)])
        else:
            blocks.append(PARAGRAPH)
        count += len(blocks[-1].split())
    blocks.append("[energy]: https://example.org/energy 'The energy package'")
    return "\n\n".join(blocks) + "\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def keystrokes(text: str, count: int) -> list[str]:
    """Versions of ``text``, each one character longer, typed into paragraphs."""
    anchor = "before the end"
    positions: list[int] = []
    start = 0
    while (found := text.find(anchor, start)) >= 0:
        positions.append(found)
        start = found + 1
    versions = []
    for n in range(count):
        # A few keystrokes in each of several places, as a writer edits.
        at = positions[(n // 5) * 7 % len(positions)] + (n % 5)
        text = text[:at] + "x" + text[at:]
        versions.append(text)
    return versions


def main() -> None:
    print(
        f"{'words':>7} {'chunks':>6} {'full p50':>9} {'full p95':>9} {'incr p50':>9} "
        f"{'incr p95':>9} {'rendered':>8} {'fallback':>8}"
    )
    for words in SIZES:
        text = article_text(words)
        renderer = IncrementalRenderer(dateline="Paris", media=MEDIA)
        first = renderer.render(text)
        full_times: list[float] = []
        incremental_times: list[float] = []
        rendered: list[int] = []
        fallbacks = 0 if first.fallback is None else 1
        for version in keystrokes(text, KEYS):
            t0 = time.perf_counter()
            result = renderer.render(version)
            t1 = time.perf_counter()
            body = render_body(version, dateline="Paris", media=MEDIA)
            t2 = time.perf_counter()
            assert result.body == body, "incremental and full renders differ"
            assert "".join(result.blocks) == body.html
            incremental_times.append((t1 - t0) * 1000)
            full_times.append((t2 - t1) * 1000)
            rendered.append(renderer.rendered_chunks)
            fallbacks += result.fallback is not None
        print(
            f"{words:>7} {len(first.blocks):>6} "
            f"{percentile(full_times, 0.5):>7.1f}ms {percentile(full_times, 0.95):>7.1f}ms "
            f"{percentile(incremental_times, 0.5):>7.1f}ms "
            f"{percentile(incremental_times, 0.95):>7.1f}ms "
            f"{statistics.mean(rendered):>8.1f} {fallbacks:>8}"
        )


if __name__ == "__main__":
    main()
