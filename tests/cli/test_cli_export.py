"""``newsroom export`` in every format, for one article or several, run as a journalist
runs it: a real ``python -m newsroom`` process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from newsroom.core.library import open_library
from newsroom.core.model import Article

WELCOME = "welcome-to-newsroom"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command, its output as bytes (a Word document may come on standard output)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsroom", *map(str, args)],
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    """The error a command printed: one line on standard error, no traceback."""
    assert result.returncode != 0
    err = result.stderr.decode("utf-8")
    assert err.startswith("newsroom: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    """The seeded library, and a second article, "Barges wait at Basel"."""
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as library:
        library.create_article(
            Article(headline="Barges wait at Basel", body="The river rose **two metres**.")
        )
    return path


def test_one_article_in_each_format(lib_path: Path, tmp_path: Path) -> None:
    html = run("export", WELCOME, "--library", lib_path, cwd=tmp_path)
    assert html.returncode == 0, html.stderr
    assert html.stdout.startswith(b"<!DOCTYPE html>")
    assert b"data:image/svg+xml;base64," in html.stdout

    md = run("export", WELCOME, "--format", "md", "--library", lib_path, cwd=tmp_path)
    assert md.stdout.decode("utf-8").startswith("---\nheadline: Welcome to Newsroom\n")

    ninjs = run("export", WELCOME, "-f", "ninjs", "--library", lib_path, cwd=tmp_path)
    item = json.loads(ninjs.stdout)
    assert item["headlines"][0]["value"] == "Welcome to Newsroom"
    assert item["associations"][0]["renditions"][0]["href"] == "newsroom-workflow.svg"

    # A Word document: to a file, or down a pipe (never to a terminal).
    out = tmp_path / "welcome.docx"
    word = run("export", WELCOME, "-f", "docx", "-o", out, "--library", lib_path, cwd=tmp_path)
    assert word.returncode == 0, word.stderr
    assert word.stdout == b"" and word.stderr == b""
    assert Document(str(out)).paragraphs[0].text == "Welcome to Newsroom"
    piped = run("export", WELCOME, "-f", "docx", "--library", lib_path, cwd=tmp_path)
    assert piped.returncode == 0 and piped.stdout == out.read_bytes()
    assert Document(io.BytesIO(piped.stdout)).paragraphs[2].text == "By The Newsroom Desk"


def test_ninjs_into_a_folder_writes_its_images_beside_it(lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    result = run(
        "export", WELCOME, "-f", "ninjs", "-o", folder, "--library", lib_path, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "newsroom-workflow.svg",
        "welcome-to-newsroom.json",
    ]
    assert (folder / "newsroom-workflow.svg").read_bytes().lstrip().startswith(b"<svg")


def test_several_articles_go_into_a_folder_one_file_each(lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "For the lawyer"  # made, as it is not there yet
    result = run(
        "export", WELCOME, "barges-wait-at-basel", WELCOME, "--format", "docx",
        "--output", folder, "--library", lib_path, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "barges-wait-at-basel.docx",
        "welcome-to-newsroom.docx",
    ]
    barges = Document(str(folder / "barges-wait-at-basel.docx"))
    assert barges.paragraphs[0].text == "Barges wait at Basel"
    assert [r.text for r in barges.paragraphs[1].runs if r.bold] == ["two metres"]

    # Several articles without a folder is an error.
    error = one_line_error(
        run("export", WELCOME, "barges-wait-at-basel", "--library", lib_path, cwd=tmp_path)
    )
    assert "-o FOLDER" in error


def test_a_missing_slug_is_one_line_and_nothing_is_written(lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = run(
        "export", WELCOME, "no-such-story", "-f", "md", "-o", folder, "--library", lib_path,
        cwd=tmp_path,
    )  # fmt: skip
    error = one_line_error(result)
    assert result.returncode == 3
    assert error == "newsroom: There is no article “no-such-story” in this library.\n"
    assert not folder.exists()
    two = one_line_error(run("export", "gone", "lost", "--library", lib_path, cwd=tmp_path))
    assert "“gone”, “lost”" in two


def test_a_file_that_is_there_is_not_replaced_without_force(lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    notes = folder / "barges-wait-at-basel.md"
    notes.write_text("the editor's own notes\n", encoding="utf-8")
    args = ("export", WELCOME, "barges-wait-at-basel", "-f", "md", "-o", folder)
    refused = run(*args, "--library", lib_path, cwd=tmp_path)
    error = one_line_error(refused)
    assert refused.returncode == 3
    assert "barges-wait-at-basel.md" in error and "--force" in error
    assert notes.read_text(encoding="utf-8") == "the editor's own notes\n"
    assert sorted(p.name for p in folder.iterdir()) == ["barges-wait-at-basel.md"]  # nothing

    single = run("export", WELCOME, "-o", notes, "--library", lib_path, cwd=tmp_path)
    assert "already exists" in one_line_error(single)

    forced = run(*args, "--force", "--library", lib_path, cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert notes.read_text(encoding="utf-8").startswith("---\nheadline: Barges wait at Basel\n")
    assert (folder / "welcome-to-newsroom.md").exists()


def test_an_unknown_format_is_refused_by_name(lib_path: Path, tmp_path: Path) -> None:
    result = run("export", WELCOME, "-f", "pdf", "--library", lib_path, cwd=tmp_path)
    assert result.returncode == 2
    assert b"invalid choice: 'pdf'" in result.stderr
