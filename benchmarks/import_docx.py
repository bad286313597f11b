"""Importing Word documents: 100 ``.docx`` files, each a page of text with headings, a
list, a table, a footnote and a photo, into a new library.

It prints, side by side, the whole import (read, convert, store with the photo, one
transaction per file, as File › Import… does) and its floor, mammoth's own conversion
of the same files to HTML, which no import can do without. Files are made first with
python-docx (the test dependency) and are not timed.

    .venv/bin/python benchmarks/import_docx.py
    FILES=20 PHOTO=3000x2000 .venv/bin/python benchmarks/import_docx.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import mammoth

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from import_files import photo, word_document  # noqa: E402 (the tests' own files)

from newsroom.core.importers.files import import_file  # noqa: E402
from newsroom.core.library import open_library  # noqa: E402

FILES = int(os.environ.get("FILES", "100"))
WIDTH, HEIGHT = (int(n) for n in os.environ.get("PHOTO", "1600x1067").split("x"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        picture = photo(WIDTH, HEIGHT, gps=True, detailed=True)
        files = [
            word_document(root / f"story-{n:03}.docx", picture=picture, title=f"Story {n}")
            for n in range(FILES)
        ]
        size = sum(f.stat().st_size for f in files) / len(files)

        floor = []
        for file in files:
            start = time.perf_counter()
            with file.open("rb") as data:
                mammoth.convert_to_html(data)
            floor.append((time.perf_counter() - start) * 1000)

        whole = []
        with open_library(root / "Import.newsroom") as library:
            for file in files:
                start = time.perf_counter()
                (result,) = import_file(library, file)
                whole.append((time.perf_counter() - start) * 1000)
                assert result.article.id is not None

    print(f"{FILES} .docx files of {size / 1024:,.0f} KB (a {WIDTH}x{HEIGHT} photo each)")
    print(f"{'':24}{'total s':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for name, times in (("mammoth alone (floor)", floor), ("Newsroom's import", whole)):
        print(
            f"{name:24}{sum(times) / 1000:9.2f}{statistics.median(times):9.1f}"
            f"{percentile(times, 0.95):9.1f}"
        )
    print(f"Newsroom's own share p50: {statistics.median(whole) - statistics.median(floor):.1f} ms")


if __name__ == "__main__":
    main()
