"""Web renditions of photos: 100 photos of 24 MP (6000×4000, with a GPS position and a
serial number in their EXIF, filled with noise so that they compress about as badly as a
real photo's detail), each made into the copy a site receives.

It prints, side by side, the time to make the renditions (decode, turn upright, scale
to the target's long edge, strip, encode) and its floor measured in the same run:
Pillow decoding the same photo and saving it unchanged, at full size, at the same
quality, which any re-encoding of the photo costs at least. Then the bytes before and
after, and for the first photos, the time to read a rendition back from the library's
cache. Photos are made first (not timed), one at a time, so memory stays small.

    .venv/bin/python benchmarks/renditions.py
    PHOTOS=10 .venv/bin/python benchmarks/renditions.py
    PHOTOS=10 SIZE=1600 QUALITY=80 FORMAT=webp .venv/bin/python benchmarks/renditions.py
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from import_files import photo  # noqa: E402 (the tests' own photos)

from newsroom.core.library import open_library  # noqa: E402
from newsroom.core.renditions import (  # noqa: E402
    RenditionSpec,
    check_spec,
    has_location,
    make_rendition,
    rendition,
)

PHOTOS = int(os.environ.get("PHOTOS", "100"))
WIDTH, HEIGHT = (int(n) for n in os.environ.get("PHOTO", "6000x4000").split("x"))
SPEC = check_spec(
    os.environ.get("SIZE", RenditionSpec().long_edge),
    os.environ.get("QUALITY", RenditionSpec().quality),
    os.environ.get("FORMAT", RenditionSpec().format),
)
#: How many photos also go through the library's cache (each is stored whole).
CACHED = min(PHOTOS, 10)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def floor(data: bytes) -> None:
    """Pillow decodes the photo and saves it as it is: the least a re-encoding costs."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        image.save(io.BytesIO(), "JPEG", quality=SPEC.quality)


def row(label: str, times: list[float]) -> str:
    return (
        f"{label:<34} {sum(times) / 1000:8.2f} s  p50 {statistics.median(times):7.1f} ms"
        f"  p95 {percentile(times, 0.95):7.1f} ms"
    )


def mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB"


def main() -> None:
    made_ms: list[float] = []
    floor_ms: list[float] = []
    before: list[int] = []
    after: list[int] = []
    for n in range(PHOTOS):
        data = photo(WIDTH, HEIGHT, gps=True, detailed=True)
        assert has_location(data)
        # Alternate which goes first, so that neither always finds warm caches.
        order = (0, 1) if n % 2 == 0 else (1, 0)
        for which in order:
            start = time.perf_counter()
            if which == 0:
                made = make_rendition(data, SPEC, filename=f"photo-{n}.jpg", credit="AP")
                made_ms.append((time.perf_counter() - start) * 1000)
            else:
                floor(data)
                floor_ms.append((time.perf_counter() - start) * 1000)
        assert not has_location(made.data) and max(made.width or 0, made.height or 0) <= (
            SPEC.long_edge
        )
        before.append(len(data))
        after.append(len(made.data))

    stored_ms: list[float] = []
    read_ms: list[float] = []
    with (
        tempfile.TemporaryDirectory() as folder,
        open_library(Path(folder) / "Renditions.newsroom") as library,
    ):
        for n in range(CACHED):
            media = library.add_media(
                f"photo-{n}.jpg", "image/jpeg", photo(WIDTH, HEIGHT, gps=True, detailed=True)
            )
            start = time.perf_counter()
            first = rendition(library, media.id, SPEC)
            stored_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            again = rendition(library, media.id, SPEC)
            read_ms.append((time.perf_counter() - start) * 1000)
            assert again == first

    cpus = os.cpu_count()
    print(
        f"{PHOTOS} photos of {WIDTH}×{HEIGHT} ({WIDTH * HEIGHT / 1e6:.0f} MP), {cpus} CPUs, "
        f"one thread; {SPEC.describe()}"
    )
    print(row("renditions (make_rendition)", made_ms))
    print(row("floor: decode + save unchanged", floor_ms))
    share = statistics.median(made_ms) / statistics.median(floor_ms)
    print(f"{'rendition / floor, p50':<34} {share:8.2f}")
    print(row(f"made and stored in a library ({CACHED})", stored_ms))
    print(row(f"read back from the cache ({CACHED})", read_ms))
    print(
        f"{'bytes before':<34} {mb(sum(before)):>10} in all, {mb(statistics.mean(before))} "
        f"a photo (p50 {mb(statistics.median(before))})"
    )
    print(
        f"{'bytes after':<34} {mb(sum(after)):>10} in all, {mb(statistics.mean(after))} "
        f"a photo (p50 {mb(statistics.median(after))}, largest {mb(max(after))}), "
        f"{100 * sum(after) / sum(before):.1f}% of the originals"
    )


if __name__ == "__main__":
    main()
