"""Incremental against full rendering of the article body, one keystroke at a time.

For articles of 1k, 5k, 20k and 100k words (paragraphs with links and emphasis, H2 and
H3 sections with repeated titles, tight and loose lists, quotes, tables, code fences with
blank lines, reference links and an image) it types characters into paragraphs spread
over the text and times, per keystroke:

- ``full``: ``render_body``, the whole text;
- ``text``: ``IncrementalRenderer.render(text)``, which finds the changed range by comparing
  the new text with the previous one;
- ``edit``: ``IncrementalRenderer.render(text, edit)``, given the range as the editor's
  ``QTextDocument.contentsChange`` reports it.

Every incremental result is checked against the full one, byte for byte. ``rendered``
is the mean number of chunks rendered per key; ``local`` how many keys were rendered
from the neighbourhood of the edit alone.

What remains proportional to the text on the ``edit`` path, all of it in C or in list
comprehensions: shifting the offsets of the chunks after the edit, filtering the
chunks' blocks and their lines into the result's lists, and joining the blocks into the
body's HTML. The ``text`` path adds the comparison of the two texts (growing slices
compared with ``str.startswith``/``endswith``).

    .venv/bin/python benchmarks/render_incremental.py
    SIZES=20000 KEYS=40 .venv/bin/python benchmarks/render_incremental.py
"""

from __future__ import annotations

import os
import statistics
import time

from newsroom.core.markdown_ext import MediaRef
from newsroom.core.render import render_body
from newsroom.core.render.incremental import IncrementalRenderer
from newsroom.core.text_edit import TextEdit

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


def keystrokes(text: str, count: int) -> list[tuple[str, TextEdit]]:
    """Versions of ``text``, each one character longer, typed into paragraphs, with the
    edit that made each (what the editor's ``contentsChange`` reports)."""
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
        versions.append((text, TextEdit(at, 0, 1)))
    return versions


def ms(values: list[float], q: float) -> str:
    return f"{percentile(values, q) * 1000:>7.2f}ms"


def main() -> None:
    print(
        f"{'words':>7} {'chunks':>6} {'full p50':>9} "
        f"{'text p50':>9} {'text p95':>9} {'edit p50':>9} {'edit p95':>9} "
        f"{'rendered':>8} {'local':>5} {'fallback':>8}"
    )
    for words in SIZES:
        text = article_text(words)
        versions = keystrokes(text, KEYS)
        # The same keystrokes, rendered from the text alone and from the text and edit.
        by_text = IncrementalRenderer(dateline="Paris", media=MEDIA)
        by_edit = IncrementalRenderer(dateline="Paris", media=MEDIA)
        first = by_text.render(text)
        by_edit.render(text)
        full_times: list[float] = []
        text_times: list[float] = []
        edit_times: list[float] = []
        rendered: list[int] = []
        local = 0
        fallbacks = 0 if first.fallback is None else 1
        for version, edit in versions:
            t0 = time.perf_counter()
            from_text = by_text.render(version)
            t1 = time.perf_counter()
            from_edit = by_edit.render(version, edit)
            t2 = time.perf_counter()
            body = render_body(version, dateline="Paris", media=MEDIA)
            t3 = time.perf_counter()
            for result in (from_text, from_edit):
                assert result.body == body, "incremental and full renders differ"
                assert "".join(result.blocks) == body.html
            text_times.append(t1 - t0)
            edit_times.append(t2 - t1)
            full_times.append(t3 - t2)
            rendered.append(by_edit.rendered_chunks)
            local += by_edit.local
            fallbacks += from_edit.fallback is not None
        print(
            f"{words:>7} {len(first.blocks):>6} {ms(full_times, 0.5)} "
            f"{ms(text_times, 0.5)} {ms(text_times, 0.95)} "
            f"{ms(edit_times, 0.5)} {ms(edit_times, 0.95)} "
            f"{statistics.mean(rendered):>8.1f} {local:>5} {fallbacks:>8}"
        )


if __name__ == "__main__":
    main()
