"""Recently opened libraries, kept in the app's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentLibraries"
LIMIT = 10


class RecentLibraries:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value(KEY, [], list)
        return [str(p) for p in value if Path(str(p)).exists()]

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [p for p in self.paths() if p != path]
        self._settings.setValue(KEY, [path, *paths][:LIMIT])

    def clear(self) -> None:
        self._settings.remove(KEY)
