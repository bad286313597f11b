"""``newsroom import`` of every kind of file, into a section, and ``newsroom FILE``:
a real ``python -m newsroom`` process on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_files import photo, word_document
from test_cli import run, sha256_of

from newsroom.cli import files_to_open
from newsroom.core.library import open_library


def test_a_word_document_and_a_web_page_import_into_the_section_named(tmp_path: Path) -> None:
    library = tmp_path / "Desk.newsroom"
    docx = word_document(tmp_path / "rhine.docx", picture=photo(gps=True))
    page = tmp_path / "fair.html"
    page.write_text(
        "<html><head><title>Design fair opens</title></head><body><article>"
        "<h1>Design fair opens</h1><p>Stands from <b>40 countries</b>.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )

    result = run("import", docx, page, "--section", "Culture", "--library", library, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["floods-close-the-rhine", "design-fair-opens"]
    with open_library(library, read_only=True) as lib:
        tree = lib.section_tree()
        rhine = lib.article_by_slug("floods-close-the-rhine")
        fair = lib.article_by_slug("design-fair-opens")
        assert tree.path_of(rhine.section_id) == "Culture" == tree.path_of(fair.section_id)
        assert "**two metres**" in rhine.body and "](media:" in rhine.body
        assert "**40 countries**" in fair.body


def test_an_unknown_section_is_refused_before_anything_is_imported(tmp_path: Path) -> None:
    library = tmp_path / "Desk.newsroom"
    page = tmp_path / "a.md"
    page.write_text("# A headline\n\nText.\n", encoding="utf-8")
    result = run("import", page, "--section", "Nowhere", "--library", library, cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr == "newsroom: there is no section “Nowhere”.\n"
    assert result.stdout == ""


def test_a_broken_word_document_is_one_line_and_nothing_of_it_stays(tmp_path: Path) -> None:
    library = tmp_path / "Desk.newsroom"
    whole = word_document(tmp_path / "whole.docx", picture=photo()).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    before = sha256_of(cut)
    fine = tmp_path / "fine.md"
    fine.write_text("# Still imported\n\nText.\n", encoding="utf-8")
    with open_library(library) as lib:  # a new library
        images_before = lib.conn.execute("SELECT count(*) FROM media").fetchone()

    result = run("import", cut, fine, "--library", library, cwd=tmp_path)

    assert result.returncode == 1
    assert result.stdout.splitlines() == ["still-imported"]
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsroom: {cut}: ") and "damaged or incomplete" in line
    assert sha256_of(cut) == before
    with open_library(library, read_only=True) as lib:
        assert {a.slug for a in lib.articles()} == {"welcome-to-newsroom", "still-imported"}
        assert lib.conn.execute("SELECT count(*) FROM media").fetchone() == images_before


@pytest.mark.parametrize(
    ("argv", "files", "rest"),
    [
        (["story.md"], ["story.md"], []),
        (
            ["--library", "x.newsroom", "a.docx", "b.HTML"],
            ["a.docx", "b.HTML"],
            ["--library", "x.newsroom"],
        ),
        (["-l", "a.md", "b.md"], ["b.md"], ["-l", "a.md"]),  # a.md is the library option's value
        (["--read-only"], [], ["--read-only"]),
        (["import", "a.md"], [], ["import", "a.md"]),  # a command's own files
        (["list", "--json"], [], ["list", "--json"]),
        (["notes.odt"], [], ["notes.odt"]),  # not a kind Newsroom imports: argparse says so
    ],
)
def test_files_on_the_command_line_open_in_the_window(
    argv: list[str], files: list[str], rest: list[str]
) -> None:
    assert files_to_open(argv) == ([Path(f) for f in files], rest)


def test_a_library_file_given_as_a_file_is_the_library_to_open(tmp_path: Path) -> None:
    library = tmp_path / "Desk.newsroom"
    open_library(library).close()
    assert files_to_open([str(library), "a.md"]) == ([Path("a.md")], ["--library", str(library)])
    gone = str(tmp_path / "Gone.newsroom")  # argparse then says what is wrong
    assert files_to_open([gone]) == ([], [gone])


def test_a_file_newsroom_cannot_import_is_named_on_the_command_line(tmp_path: Path) -> None:
    result = run("notes.odt", cwd=tmp_path)
    assert result.returncode == 2
    assert "notes.odt" in result.stderr and "Traceback" not in result.stderr
