"""Where the default library lives."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Newsroom"
LIBRARY_SUFFIX = ".newsroom"


def default_library_path() -> Path:
    """``<user data dir>/Newsroom/Library.newsroom``, e.g. ``~/.local/share/Newsroom/…``."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / f"Library{LIBRARY_SUFFIX}"
