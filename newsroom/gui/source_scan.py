"""Keep PySide's scan of imported modules from holding their source in memory.

For its ``__feature__`` switches PySide looks at every module imported once it is
loaded (and at those imported before), asking whether the module's source mentions
PySide6. It reads the source with :func:`inspect.getsource`, which goes through
:mod:`linecache`: the source of every module stays in memory, line by line, until the
app quits. That is some 500 modules and 12 MB of Python strings in Newsroom's window
(benchmarks/memory.py), kept for nothing: they serve only tracebacks, which read the
lines again when they need them.

:func:`scan_without_caching` asks the same question of the file itself, and forgets
what was read before.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

#: PySide's scanning module, and the function in it that reads a module's source.
FEATURE_MODULE = "shibokensupport.feature"
SCANNER = "_mod_uses_pyside"


def scan_without_caching() -> bool:
    """Have PySide read each module's file directly, and empty :mod:`linecache` of what
    its scan left there. False, and nothing changed, where this PySide scans otherwise
    (or is not loaded yet)."""
    feature = sys.modules.get(FEATURE_MODULE)
    scan = getattr(feature, SCANNER, None)
    if feature is None or not callable(scan):
        return False
    if not getattr(scan, "reads_files", False):
        setattr(feature, SCANNER, _reading_files(scan))
    linecache.clearcache()
    return True


def _reading_files(scan: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        """PySide's own answer, from the module's source file where it has one."""
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return scan(module)  # no source file to read: as PySide would
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return scan(module)

    uses_pyside.reads_files = True  # type: ignore[attr-defined]
    return uses_pyside
