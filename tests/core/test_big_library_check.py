"""A library bigger than FULL_CHECK_BYTES opens after a check of its structure alone;
the full check runs afterwards (Library.verify), on a connection of its own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsroom.core import library as library_module
from newsroom.core.errors import CorruptLibraryError
from newsroom.core.library import create_library, open_library
from newsroom.core.model import Article


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _make(tmp_path: Path) -> Path:
    path = tmp_path / "Archive.newsroom"
    library = create_library(path)
    for n in range(60):
        library.create_article(Article(headline=f"Story {n}", body="Words. " * 400))
    library.close()
    return path


def test_a_small_library_is_checked_in_full_before_it_opens(tmp_path: Path) -> None:
    library = open_library(_make(tmp_path))
    assert library.verified
    library.close()


def test_a_big_library_opens_then_verify_finds_a_damaged_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _make(tmp_path)
    monkeypatch.setattr(library_module, "FULL_CHECK_BYTES", 0)
    sound = open_library(path)
    assert not sound.verified
    assert sound.verify() is None and sound.verified
    sound.close()

    data = bytearray(path.read_bytes())
    size = _page_size(path)
    page = len(data) // size - 3  # a page of article text, near the end
    data[size * page : size * page + 2048] = b"\xff" * 2048
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(CorruptLibraryError):
        _full(path)  # the full check, as a small library gets, refuses it
    damaged = open_library(path, read_only=True)
    problem = damaged.verify()
    damaged.close()
    assert problem is not None and "damaged" in problem and path.name in problem
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def _full(path: Path) -> None:
    """The same file with the full check, as a small library would get: refused."""
    original = library_module.FULL_CHECK_BYTES
    library_module.FULL_CHECK_BYTES = 1 << 40
    try:
        open_library(path, read_only=True).close()
    finally:
        library_module.FULL_CHECK_BYTES = original


def test_a_truncated_big_library_is_refused_by_the_structure_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _make(tmp_path)
    monkeypatch.setattr(library_module, "FULL_CHECK_BYTES", 0)
    data = path.read_bytes()
    size = _page_size(path)
    path.write_bytes(data[: (len(data) // size // 2) * size])
    before = path.read_bytes()
    with pytest.raises(CorruptLibraryError, match="damaged"):
        open_library(path)
    assert path.read_bytes() == before
