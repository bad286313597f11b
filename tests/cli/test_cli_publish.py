"""Going live from the command line, as a journalist runs it: a real ``python -m newsroom``
process on a real library and the library's own static-site folder."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest
from test_cli import run

from newsroom.core.library import open_library
from newsroom.core.publish.targets import add_target, get_target

SLUG = "storm-closes-the-port"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A library with one imported draft, and its own static-site target."""
    lib = tmp_path / "Desk.newsroom"
    story = tmp_path / "storm.md"
    story.write_text(
        textwrap.dedent(
            """\
            ---
            headline: Storm closes the port
            section: My Europe/Europe News
            byline: Anna Berg
            dateline: Ostend
            ---
            The port closed at dawn.
            """
        ),
        encoding="utf-8",
    )
    done = run("--library", lib, "import", story, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return lib


def outbox_rows(lib: Path) -> int:
    with sqlite3.connect(lib) as conn:
        return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def page(lib: Path) -> Path:
    return lib.parent / "Desk site" / "articles" / f"{SLUG}.html"


def test_publishing_a_draft_is_refused_with_the_reason(desk: Path, tmp_path: Path) -> None:
    done = run("--library", desk, "publish", SLUG, "--target", "Site folder", cwd=tmp_path)
    assert done.returncode == 3
    assert "Draft: mark it ready" in done.stderr and "Traceback" not in done.stderr
    assert outbox_rows(desk) == 0 and not page(desk).exists()


def test_a_dry_run_prints_what_would_change_and_sends_nothing(desk: Path, tmp_path: Path) -> None:
    refused = run("-l", desk, "publish", SLUG, "-t", "Site folder", "--dry-run", cwd=tmp_path)
    assert refused.returncode == 3 and "Refused: nothing would be sent." in refused.stdout
    for status in ("in_review", "ready"):
        assert run("-l", desk, "status", SLUG, status, cwd=tmp_path).returncode == 0
    dry = run("-l", desk, "publish", SLUG, "-t", "Site folder", "--dry-run", cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "Publish “Storm closes the port” on Site folder:" in dry.stdout
    assert "Byline:" in dry.stdout and "Anna Berg" in dry.stdout
    assert "+The port closed at dawn." in dry.stdout
    assert outbox_rows(desk) == 0 and not page(desk).exists()

    sent = run("-l", desk, "publish", SLUG, "-t", "Site folder", cwd=tmp_path)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Now published in the library: 1." in sent.stdout
    note = run(
        "-l", desk, "note", SLUG, "--correction", "It closed at dawn, not noon.", cwd=tmp_path
    )
    assert note.returncode == 0 and "Correction: It closed at dawn, not noon." in note.stdout
    again = run("-l", desk, "publish", SLUG, "-t", "Site folder", "--dry-run", cwd=tmp_path)
    assert again.stdout.startswith("Update “Storm closes the port” on Site folder:")
    assert "Corrections and updates:" in again.stdout and "Headline" not in again.stdout


def test_spiking_from_the_command_line_takes_it_off_the_site(desk: Path, tmp_path: Path) -> None:
    for status in ("in_review", "ready"):
        run("-l", desk, "status", SLUG, status, cwd=tmp_path)
    assert run("-l", desk, "publish", SLUG, "-t", "Site folder", cwd=tmp_path).returncode == 0
    assert page(desk).exists()
    spiked = run("-l", desk, "status", SLUG, "spiked", cwd=tmp_path)
    assert spiked.returncode == 0
    assert "It will be taken off Site folder at the next sync" in spiked.stdout
    assert page(desk).exists()  # queued, not yet sent
    synced = run("-l", desk, "sync", cwd=tmp_path)
    assert synced.returncode == 0, synced.stdout
    assert not page(desk).exists()
    refused = run("-l", desk, "publish", SLUG, "-t", "Site folder", cwd=tmp_path)
    assert refused.returncode == 3 and "Spiked: bring it back" in refused.stderr


def test_trash_takes_it_off_the_site(desk: Path, tmp_path: Path) -> None:
    for status in ("in_review", "ready"):
        run("-l", desk, "status", SLUG, status, cwd=tmp_path)
    run("-l", desk, "publish", SLUG, "-t", "Site folder", cwd=tmp_path)
    trashed = run("-l", desk, "trash", SLUG, cwd=tmp_path)
    assert trashed.returncode == 0 and "taken off Site folder" in trashed.stdout
    assert run("-l", desk, "sync", cwd=tmp_path).returncode == 0
    assert not page(desk).exists()


def test_a_move_the_workflow_forbids_is_an_error(desk: Path, tmp_path: Path) -> None:
    done = run("-l", desk, "status", SLUG, "published", cwd=tmp_path)
    assert done.returncode == 3 and "cannot be published" in done.stderr
    bad = run("-l", desk, "status", SLUG, "gone", cwd=tmp_path)
    assert bad.returncode == 3 and "unknown status" in bad.stderr
    empty = run("-l", desk, "note", SLUG, "--update", "  ", cwd=tmp_path)
    assert empty.returncode == 3 and "empty" in empty.stderr


def test_target_set_stores_the_wordpress_settings(desk: Path, tmp_path: Path) -> None:
    with open_library(desk) as library:
        add_target(library, "Blog", "wordpress", "http://127.0.0.1:9/", username="anna")
    done = run(
        "-l", desk, "target", "set", "Blog", "--takedown", "trash", "--schedules", "yes",
        "--author", "Anna Berg=aberg", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "moves it to the trash" in done.stdout and "before their time" in done.stdout
    with open_library(desk) as library:
        settings = get_target(library, "Blog").settings
    assert settings["takedown"] == "trash" and settings["schedules"] is True
    assert settings["authors"] == {"Anna Berg": "aberg"}
    static = run("-l", desk, "target", "set", "Site folder", "--takedown", "trash", cwd=tmp_path)
    assert static.returncode == 3 and "which has no --takedown;" in static.stderr
