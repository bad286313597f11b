"""Word documents in: a .docx written with python-docx, holding every element an
article has, imports whole; broken, locked and foreign files are refused by name."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from import_files import FOOTNOTE, LINK, password_protected_docx, photo, word_document

from newsroom.core.errors import ImportFormatError
from newsroom.core.importers.files import import_file, read
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.render.page import render_article_html
from newsroom.core.transfer import store


def test_every_element_of_a_word_document_reaches_the_article(
    library: Library, tmp_path: Path
) -> None:
    picture = photo()
    path = word_document(tmp_path / "Rhine floods.docx", picture=picture)
    [result] = import_file(library, path)
    article = library.article(result.article.id or 0)
    assert article.headline == "Floods close the Rhine"
    assert article.standfirst == "Barges wait at Basel as the river rises."
    assert article.byline == "Anna Keller"
    body = article.body
    assert body.startswith("The river rose **two metres** overnight, *the highest since 1999*.")
    assert f"[river authority]({LINK})" in body
    assert "\n## What closed\n" in body
    assert "- Basel harbour\n- The Strasbourg locks" in body
    assert "1. Check the forecast\n2. Call the harbour master" in body
    assert "| Gauge | Level |\n| --- | --- |\n| Basel | 7.9 m |\n| Kaub | 6.4 m |" in body
    assert "Traffic may resume on Friday[^1]." in body
    assert f"[^1]: {FOOTNOTE}" in body
    # The photo is a library image now, with its alt text; the body shows it.
    [uid] = [line.split("media:")[1].rstrip(")") for line in body.splitlines() if "media:" in line]
    media = library.media(uid)
    assert media.data == picture and media.mime_type == "image/jpeg"
    assert media.alt == "Barges moored at Basel"
    assert f"![Barges moored at Basel](media:{uid})" in body
    # And the page shows all of it: a table, a footnote, the figure.
    page = render_article_html(library, article)
    for part in ("<table>", 'class="footnote"', "<figure", "<h2", "<strong>two metres</strong>"):
        assert part in page, part


def test_a_document_without_a_title_style_takes_its_first_heading(
    library: Library, tmp_path: Path
) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Council votes on budget", level=1)
    document.add_paragraph("The vote was close.")
    document.save(tmp_path / "budget.docx")
    [result] = import_file(library, tmp_path / "budget.docx")
    assert result.article.headline == "Council votes on budget"
    assert result.article.body == "The vote was close."


def _count(library: Library) -> tuple[int, int]:
    stats = library.stats()
    return stats["articles"], stats["media"]


def _refused(library: Library, path: Path, words: str) -> None:
    before, data = _count(library), path.read_bytes()
    with pytest.raises(ImportFormatError) as refused:
        import_file(library, path)
    message = str(refused.value)
    assert str(path) in message and words in message, message
    assert _count(library) == before  # nothing half-imported
    assert path.read_bytes() == data  # the file is left as it was


def test_a_truncated_document_is_refused_by_name(library: Library, tmp_path: Path) -> None:
    whole = word_document(tmp_path / "whole.docx", picture=photo()).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    _refused(library, cut, "damaged or incomplete")


def test_a_password_protected_document_is_refused_with_what_to_do(
    library: Library, tmp_path: Path
) -> None:
    locked = password_protected_docx(tmp_path / "locked.docx")
    _refused(library, locked, "protected by a password")


def test_an_old_word_document_and_a_foreign_file_are_refused(
    library: Library, tmp_path: Path
) -> None:
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    _refused(library, old, "old Word document (.doc)")
    other = tmp_path / "archive.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    _refused(library, other, "not a Word document")


def test_a_failure_while_storing_leaves_nothing_of_the_file(
    library: Library, tmp_path: Path
) -> None:
    """A document's images are stored with its article, in one transaction: when the
    article cannot be stored (here its slug is taken), its images are not kept either."""
    path = word_document(tmp_path / "Rhine floods.docx", picture=photo())
    [parsed] = read(library, path)
    taken = library.create_article(Article(headline="Older story", slug="rhine"))
    clash = replace(parsed, article=replace(parsed.article, slug=taken.slug))
    before = _count(library)
    with pytest.raises(ImportFormatError, match="already in the library"), library.transaction():
        store(library, clash, str(path))
    assert _count(library) == before


def test_a_section_gone_since_it_was_chosen_is_named(library: Library, tmp_path: Path) -> None:
    path = word_document(tmp_path / "Rhine floods.docx")
    with pytest.raises(ImportFormatError, match="section chosen for the import"):
        import_file(library, path, section_id=9999)
