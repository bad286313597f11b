"""The command line, run as a journalist runs it: a real ``python -m newsroom`` process."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsroom
from newsroom.core.library import open_library
from newsroom.core.schema import SCHEMA_VERSION


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsroom", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "Cli.newsroom"


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    a = write(
        tmp_path,
        "a.md",
        """\
        ---
        headline: Storm closes the port
        section: My Europe/Europe News
        status: published
        published: 2026-02-01T06:00:00Z
        byline: Desk
        tags: [weather, ports]
        ---

        Ferries stayed in harbour.

        ## Forecast

        More wind tonight.
        """,
    )
    b = write(
        tmp_path,
        "b.md",
        """\
        ---
        title: Design fair opens
        slug: design-fair
        section: Culture/Art\\/Design
        ---
        Stands from 40 countries.
        """,
    )
    return [a, b]


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Newsroom {newsroom.__version__}"


def test_import_prints_each_slug(lib_path: Path, stories: list[Path], tmp_path: Path) -> None:
    result = run("import", *stories, "--library", lib_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["storm-closes-the-port", "design-fair"]
    assert result.stderr == ""
    with open_library(lib_path, read_only=True) as lib:
        storm = lib.article_by_slug("storm-closes-the-port")
        assert storm.tags == ["weather", "ports"]
        assert lib.section_tree().path_of(lib.article_by_slug("design-fair").section_id) == (
            "Culture/Art\\/Design"
        )


def test_import_again_needs_replace(lib_path: Path, stories: list[Path], tmp_path: Path) -> None:
    assert run("--library", lib_path, "import", stories[1], cwd=tmp_path).returncode == 0
    again = run("--library", lib_path, "import", stories[1], cwd=tmp_path)
    assert again.returncode != 0
    assert "design-fair" in again.stderr and "--replace" in again.stderr
    replaced = run("--library", lib_path, "import", "--replace", stories[1], cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout.splitlines() == ["design-fair"]


def test_import_reports_a_bad_file_and_goes_on(
    lib_path: Path, stories: list[Path], tmp_path: Path
) -> None:
    bad = write(tmp_path, "broken.md", "---\nheadline: X\nsection: Nowhere/Special\n---\nText\n")
    result = run("import", bad, stories[1], "--library", lib_path, cwd=tmp_path)
    assert result.returncode != 0
    assert result.stdout.splitlines() == ["design-fair"]
    assert "broken.md" in result.stderr
    assert "Nowhere/Special" in result.stderr
    assert "Traceback" not in result.stderr
    with open_library(lib_path, read_only=True) as lib:
        assert {a.slug for a in lib.articles()} == {"welcome-to-newsroom", "design-fair"}


def test_list_and_list_json(lib_path: Path, stories: list[Path], tmp_path: Path) -> None:
    assert run("import", *stories, "--library", lib_path, cwd=tmp_path).returncode == 0

    plain = run("list", "--library", lib_path, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert len(lines) == 3
    by_slug = {line.split()[0]: line for line in lines}
    assert set(by_slug) == {"welcome-to-newsroom", "storm-closes-the-port", "design-fair"}
    assert "Storm closes the port" in by_slug["storm-closes-the-port"]
    assert "Published" in by_slug["storm-closes-the-port"]
    assert "Draft" in by_slug["design-fair"]

    result = run("list", "--json", "--library", lib_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == 3
    for row in rows:
        assert {"slug", "headline", "section", "status"} <= set(row)
    rows_by_slug = {row["slug"]: row for row in rows}
    storm = rows_by_slug["storm-closes-the-port"]
    assert storm["headline"] == "Storm closes the port"
    assert storm["section"] == "My Europe/Europe News"
    assert storm["status"] == "published"
    assert storm["published"].startswith("2026-02-01T06:00:00")
    assert rows_by_slug["design-fair"]["section"] == "Culture/Art\\/Design"
    assert rows_by_slug["design-fair"]["status"] == "draft"
    assert rows_by_slug["welcome-to-newsroom"]["headline"] == "Welcome to Newsroom"


def test_export_html_and_md(lib_path: Path, stories: list[Path], tmp_path: Path) -> None:
    assert run("import", *stories, "--library", lib_path, cwd=tmp_path).returncode == 0

    out = tmp_path / "out.html"
    result = run(
        "export", "storm-closes-the-port", "--format", "html", "-o", out, "--library", lib_path,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<h1 class="headline">Storm closes the port</h1>' in html
    assert (
        '<p class="kicker"><a href="sections/my-europe/europe-news/index.html">Europe News</a>'
        in html
    )
    assert "Ferries stayed in harbour." in html
    # Same section and earlier: the welcome article is the previous one.
    assert 'rel="prev" href="welcome-to-newsroom.html"' in html

    md = run(
        "export", "storm-closes-the-port", "--format", "md", "--library", lib_path, cwd=tmp_path
    )
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith(
        "---\nheadline: Storm closes the port\nslug: storm-closes-the-port\n"
    )
    assert "section: My Europe/Europe News" in md.stdout
    assert md.stdout.endswith("Ferries stayed in harbour.\n\n## Forecast\n\nMore wind tonight.\n")

    # What export wrote, import takes back unchanged.
    exported = write(tmp_path, "exported.md", md.stdout)
    back = run("import", "--replace", exported, "--library", lib_path, cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    again = run("export", "storm-closes-the-port", "-f", "md", "--library", lib_path, cwd=tmp_path)
    assert again.stdout == md.stdout

    md_file = tmp_path / "b-export.md"
    result = run(
        "export",
        "design-fair",
        "--format",
        "md",
        "-o",
        md_file,
        "--library",
        lib_path,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    exported_b = md_file.read_text(encoding="utf-8")
    assert exported_b.startswith("---\nheadline: Design fair opens\nslug: design-fair\n")
    assert "section: Culture/Art\\/Design" in exported_b


def test_export_does_not_change_the_library(lib_path: Path, tmp_path: Path) -> None:
    open_library(lib_path).close()
    before = sha256_of(lib_path)
    result = run("export", "welcome-to-newsroom", "--library", lib_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Welcome to Newsroom" in result.stdout
    assert sha256_of(lib_path) == before


def test_unknown_slug_is_an_error(lib_path: Path, tmp_path: Path) -> None:
    open_library(lib_path).close()
    result = run("export", "no-such-story", "--library", lib_path, cwd=tmp_path)
    assert result.returncode != 0
    assert result.stdout == ""
    assert "no-such-story" in result.stderr
    assert result.stderr.startswith("newsroom: ")
    assert "Traceback" not in result.stderr


def test_unwritable_output_is_an_error(lib_path: Path, tmp_path: Path) -> None:
    open_library(lib_path).close()
    target = tmp_path / "missing-folder" / "out.html"
    result = run("export", "welcome-to-newsroom", "-o", target, "--library", lib_path, cwd=tmp_path)
    assert result.returncode != 0
    assert "out.html" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    "command", [["list"], ["list", "--json"], ["export", "x"], ["import", "story.md"]]
)
def test_a_text_file_as_library_is_refused_untouched(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call the mayor's office back.\n", encoding="utf-8")
    write(tmp_path, "story.md", "---\nheadline: Hi\n---\nText\n")
    before = sha256_of(notes)
    listing = sorted(p.name for p in tmp_path.iterdir())

    result = run(*command, "--library", notes, cwd=tmp_path)

    assert result.returncode != 0
    assert "notes.txt" in result.stderr
    assert "not a Newsroom library" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert sha256_of(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_newer_library_needs_read_only(lib_path: Path, tmp_path: Path) -> None:
    open_library(lib_path).close()
    conn = sqlite3.connect(lib_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    story = write(tmp_path, "story.md", "---\nheadline: Hi\n---\nText\n")
    before = sha256_of(lib_path)

    refused = run("import", story, "--library", lib_path, cwd=tmp_path)
    assert refused.returncode != 0
    assert "newer version of Newsroom" in refused.stderr
    assert "--read-only" in refused.stderr
    assert sha256_of(lib_path) == before

    listed = run("--read-only", "--library", lib_path, "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "welcome-to-newsroom" in listed.stdout
    assert sha256_of(lib_path) == before


def test_reading_commands_do_not_create_a_library_at_a_mistyped_path(
    lib_path: Path, tmp_path: Path
) -> None:
    for command in (["list", "--json"], ["export", "welcome-to-newsroom"]):
        result = run(*command, "--library", lib_path, cwd=tmp_path)
        assert result.returncode != 0
        assert "There is no library" in result.stderr
        assert not lib_path.exists()


def test_import_into_a_new_path_creates_the_library(lib_path: Path, tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("---\nheadline: First story\n---\nText.\n", encoding="utf-8")
    result = run("import", story, "--library", lib_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["first-story"]
    listed = run("list", "--json", "--library", lib_path, cwd=tmp_path)
    assert [row["slug"] for row in json.loads(listed.stdout)] == [
        "first-story",
        "welcome-to-newsroom",
    ]


def test_subcommands_do_not_import_qt(lib_path: Path, tmp_path: Path) -> None:
    open_library(lib_path).close()
    code = textwrap.dedent(
        f"""\
        import sys
        from newsroom.cli import main
        for argv in (["list", "--library", {str(lib_path)!r}],
                     ["export", "welcome-to-newsroom", "--library", {str(lib_path)!r}],
                     ["list", "--json", "--library", {str(lib_path)!r}]):
            assert main(argv) == 0
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                        or m.startswith("newsroom.gui"))
        assert not loaded, loaded
        print("no Qt")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("no Qt")
