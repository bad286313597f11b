"""The packaged app's entry point: the ``newsroom`` command, frozen by PyInstaller.

A file manager or Finder that opens a library hands over its path as the only argument
(macOS through PyInstaller's argv emulation of the "open document" event); the command
line wants ``--library PATH`` for that, so a lone existing ``.newsroom`` file becomes one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from newsroom.cli import main
from newsroom.core.paths import LIBRARY_SUFFIX


def arguments(argv: Sequence[str]) -> list[str]:
    """``argv`` as the command line of ``newsroom`` takes it."""
    if len(argv) == 1 and argv[0].lower().endswith(LIBRARY_SUFFIX) and os.path.isfile(argv[0]):
        return ["--library", argv[0]]
    return list(argv)


if __name__ == "__main__":
    if os.environ.get("NEWSROOM_STARTUP_PROBE"):
        import startup_probe

        startup_probe.install()
    raise SystemExit(main(arguments(sys.argv[1:])))
