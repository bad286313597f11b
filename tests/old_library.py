"""Libraries as an earlier Newsroom made them, for the tests of the migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from newsroom.core import change_hash, schema


@contextmanager
def library_format(version: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While it lasts, a library is made and opened as by the Newsroom whose last
    migration was ``version`` (4 or 5): its migrations, and its change hash, which
    format 6 widened. Opened afterwards, the library is upgraded as a user's would be."""
    assert version in (4, 5), "the change hash of other formats is not kept here"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        patch.setattr(schema, "SCHEMA_VERSION", version)
        patch.setattr("newsroom.core.library.SCHEMA_VERSION", version)
        patch.setattr(change_hash, "HASH_COLUMNS", schema._HASH_COLUMNS_5)
        patch.setattr(change_hash, "_HASH_WIDTH", 21)
        yield
