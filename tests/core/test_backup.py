"""Backing up an open library: a consistent, checked copy or nothing at all."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from newsroom.core.backup import STEP_PAGES, back_up, backup_name
from newsroom.core.errors import BackupCancelled, BackupError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article
from newsroom.core.storage import file_size


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def contents(library: Library) -> list[tuple[str, str, str]]:
    return sorted((a.slug, a.headline, library.article(a.id).body) for a in library.articles())


def fill(library: Library, articles: int = 5, media_mb: int = 0) -> None:
    for n in range(articles):
        library.create_article(
            Article(headline=f"Story {n} from the courts", body=f"Paragraph {n}. " * 200)
        )
    for n in range(media_mb):  # big enough for several steps of the backup
        library.add_media(f"photo-{n}.jpg", "image/jpeg", os.urandom(1024 * 1024))


def a_good_backup(tmp_path: Path) -> Path:
    """A valid library file (another one than the library being backed up)."""
    path = tmp_path / "Yesterday.newsroom"
    with open_library(path) as other:
        other.create_article(Article(headline="Only in yesterday's backup"))
    return path


def test_the_copy_opens_with_the_same_articles(library: Library, tmp_path: Path) -> None:
    fill(library)
    destination = tmp_path / "copies" / "Desk copy.newsroom"
    destination.parent.mkdir()

    made = back_up(library, destination)

    assert made == destination
    assert integrity(destination) == ["ok"]
    assert sorted(p.name for p in destination.parent.iterdir()) == ["Desk copy.newsroom"]
    with open_library(destination, read_only=True) as copy:
        assert contents(copy) == contents(library)
        assert copy.stats() == library.stats()
    # The library goes on being used as before.
    library.create_article(Article(headline="After the backup"))


def test_a_library_is_backed_up_by_its_path_too(library: Library, tmp_path: Path) -> None:
    fill(library, articles=2)
    destination = back_up(library.path, tmp_path / "by-path.newsroom")
    with open_library(destination, read_only=True) as copy:
        assert contents(copy) == contents(library)


def test_progress_counts_the_pages(library: Library, tmp_path: Path) -> None:
    fill(library, media_mb=3)
    reports: list[tuple[int, int]] = []

    back_up(library, tmp_path / "copy.newsroom", progress=lambda *r: reports.append(r))

    total = reports[0][1]
    assert reports[0] == (0, total)
    assert reports[-1] == (total, total)
    assert total > 3 * STEP_PAGES
    assert len(reports) >= 4, "one report per step"
    done = [d for d, _ in reports]
    assert done == sorted(done)
    assert {t for _, t in reports} == {total}


def test_cancel_leaves_no_file_and_the_destination_untouched(
    library: Library, tmp_path: Path
) -> None:
    fill(library, media_mb=3)
    destination = a_good_backup(tmp_path)
    before, listing = sha256_of(destination), sorted(os.listdir(tmp_path))
    reports: list[tuple[int, int]] = []

    with pytest.raises(BackupCancelled) as cancelled:
        back_up(
            library,
            destination,
            progress=lambda *r: reports.append(r),
            cancel=lambda: len(reports) >= 2,  # Cancel pressed after the first step
        )

    assert "Yesterday.newsroom" in str(cancelled.value)
    assert "cancelled" in str(cancelled.value)
    assert reports[-1][0] < reports[-1][1], "it stopped before the end"
    assert sha256_of(destination) == before
    assert sorted(os.listdir(tmp_path)) == listing


def test_cancel_before_the_start_writes_nothing(library: Library, tmp_path: Path) -> None:
    destination = tmp_path / "never.newsroom"
    with pytest.raises(BackupCancelled):
        back_up(library, destination, cancel=lambda: True)
    assert not destination.exists()
    assert [p.name for p in tmp_path.iterdir() if "never" in p.name] == []


def test_cancel_after_the_last_page_still_writes_nothing(library: Library, tmp_path: Path) -> None:
    fill(library, media_mb=1)
    destination = tmp_path / "late.newsroom"
    reports: list[tuple[int, int]] = []
    with pytest.raises(BackupCancelled):
        back_up(
            library,
            destination,
            progress=lambda *r: reports.append(r),
            cancel=lambda: bool(reports) and reports[-1][0] == reports[-1][1],
        )
    assert reports[-1][0] == reports[-1][1], "every page was copied"
    assert [name for name in os.listdir(tmp_path) if name.startswith(".")] == []
    assert not destination.exists()


def test_a_missing_folder_is_named(library: Library, tmp_path: Path) -> None:
    destination = tmp_path / "USB stick" / "Desk.newsroom"
    with pytest.raises(BackupError) as refused:
        back_up(library, destination)
    message = str(refused.value)
    assert "“Desk.newsroom”" in message and "USB stick" in message
    assert "does not exist" in message
    assert not destination.parent.exists()


def test_the_library_itself_is_refused(library: Library, tmp_path: Path) -> None:
    fill(library, articles=1)
    library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha256_of(library.path)
    for destination in (library.path, tmp_path / "." / library.path.name):
        with pytest.raises(BackupError, match="is the library itself"):
            back_up(library, destination)
    assert sha256_of(library.path) == before


def test_a_folder_as_destination_is_refused(library: Library, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="is a folder"):
        back_up(library, tmp_path)


def test_a_library_open_elsewhere_is_not_overwritten(library: Library, tmp_path: Path) -> None:
    destination = tmp_path / "Open.newsroom"
    with open_library(destination) as other:
        other.create_article(Article(headline="Being written"))
        with pytest.raises(BackupError, match="is a library that is open"):
            back_up(library, destination)
        assert [a.headline for a in other.articles() if a.headline == "Being written"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_without_write_permission_is_named(library: Library, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(BackupError, match="may not write in the folder"):
            back_up(library, locked / "copy.newsroom")
    finally:
        locked.chmod(0o755)


def test_writes_during_the_backup_do_not_reach_the_copy(library: Library, tmp_path: Path) -> None:
    """The copy is the library as it was when the backup began, even though another
    connection commits between every step (the backup is not started over)."""
    fill(library, media_mb=3)
    before = contents(library)
    steps: list[int] = []

    def write_between_steps(done: int, total: int) -> None:
        steps.append(done)
        library.create_article(Article(headline=f"Written during step {len(steps)}"))
        library.add_media(f"late-{len(steps)}.jpg", "image/jpeg", os.urandom(64 * 1024))

    destination = back_up(library, tmp_path / "copy.newsroom", progress=write_between_steps)

    assert len(steps) >= 4 and steps == sorted(steps), "never started over"
    assert integrity(destination) == ["ok"]
    with open_library(destination, read_only=True) as copy:
        assert contents(copy) == before
    assert len(contents(library)) == len(before) + len(steps)


def test_a_writer_on_another_thread_gives_a_consistent_copy(
    library: Library, tmp_path: Path
) -> None:
    fill(library, media_mb=2)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        conn = library.sibling(read_only=False)
        try:
            while not stop.is_set():
                n = len(written) + 1
                with conn.transaction():  # an article and its count: both or neither
                    conn.create_article(Article(headline=f"Wire copy {n}"))
                    conn.set_setting("wire_count", str(n))
                written.append(n)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:
            time.sleep(0.005)
        destination = back_up(
            library, tmp_path / "copy.newsroom", progress=lambda d, t: time.sleep(0.02)
        )
        at_end = len(written)
    finally:
        stop.set()
        thread.join()

    assert integrity(destination) == ["ok"]
    with open_library(destination, read_only=True) as copy:
        count = int(copy.setting("wire_count"))
        wire = [a for a in copy.articles() if a.headline.startswith("Wire copy")]
        assert len(wire) == count >= 3
    assert at_end > count, "the writer went on while the backup ran"


def test_a_bad_copy_does_not_replace_a_good_backup(library: Library, tmp_path: Path) -> None:
    """A library damaged on disk while open copies faithfully, fails the copy's check,
    and the good backup already there stays as it was."""
    fill(library, articles=20)
    destination = a_good_backup(tmp_path)
    before, listing = sha256_of(destination), sorted(os.listdir(tmp_path))
    library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page_size,) = library.conn.execute("PRAGMA page_size").fetchone()
    (root,) = library.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
    ).fetchone()
    with open(library.path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)

    with pytest.raises(BackupError) as failed:
        back_up(library, destination)

    message = str(failed.value)
    assert "did not pass its check" in message and "Desk.newsroom" in message
    assert "“Yesterday.newsroom” was left as it was" in message
    assert sha256_of(destination) == before
    assert sorted(os.listdir(tmp_path)) == listing


def test_backup_name_has_the_library_and_the_time() -> None:
    when = datetime(2026, 3, 1, 9, 30)
    assert backup_name(Path("/data/Desk.newsroom"), when) == "Desk-2026-03-01-0930.newsroom"


def test_file_size_reads_as_a_person_says_it() -> None:
    assert file_size(512) == "512 bytes"
    assert file_size(48 * 1024) == "48 KB"
    assert file_size(3_355_443) == "3.2 MB"
    assert file_size(3 * 1024**3) == "3.0 GB"
