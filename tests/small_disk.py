"""A real, small file system for the tests of a full disk: a tmpfs of a few megabytes,
mounted for the test and unmounted after it.

Mounting needs root (CI runs as root); elsewhere the test is skipped and says why.
``fill()`` takes every free byte with a filler file, as a disk filling up from outside
Newsroom would; ``free()`` removes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.filler = mount / "filler.bin"

    def free_bytes(self) -> int:
        stats = os.statvfs(self.mount)
        return stats.f_bavail * stats.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Write a filler file until the disk is full (but ``leave`` bytes)."""
        chunk = b"\0" * 65536
        with open(self.filler, "ab") as out:
            with contextlib.suppress(OSError):
                while self.free_bytes() > leave + len(chunk):
                    out.write(chunk)
                    out.flush()
            with contextlib.suppress(OSError):
                while self.free_bytes() > leave:
                    out.write(b"\0" * 4096)
                    out.flush()
            with contextlib.suppress(OSError):
                os.fsync(out.fileno())
        assert self.free_bytes() <= leave + 4096

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@contextlib.contextmanager
def small_disk(where: Path, size: str = "3m") -> Iterator[SmallDisk]:
    """A tmpfs of ``size`` mounted at ``where``; the test is skipped if mounting is not
    allowed here."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"a small file system cannot be mounted here: {result.stderr.strip()}")
    try:
        yield SmallDisk(where)
    finally:
        _unmount(where)


def _unmount(where: Path) -> None:
    """Unmount, once what the test left open on the disk is collected; a disk still
    busy after that is detached (``umount -l``) and the test fails, saying so."""
    import gc
    import time

    problem = ""
    for _ in range(20):
        gc.collect()  # a connection kept alive by a caught exception's traceback
        done = subprocess.run(["umount", str(where)], capture_output=True, text=True)
        if done.returncode == 0:
            return
        problem = done.stderr.strip()
        if "busy" not in problem:
            break
        time.sleep(0.25)
    subprocess.run(["umount", "-l", str(where)], capture_output=True, text=True)
    raise OSError(errno.EBUSY, f"the small disk was still in use after the test: {problem}")
