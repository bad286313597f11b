"""Copy out: an article with every element, exported in each format and read back with
the tools the people who receive it use (python-docx, a ninjs schema validator,
Newsroom's own importers)."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from import_files import photo
from ninjs_schema import ninjs_validator
from PIL import Image

from newsroom.core.exporters import (
    FORMATS,
    ExportError,
    destinations,
    export_article,
    export_files,
    file_name,
    images,
    with_suffix,
    write_export,
)
from newsroom.core.exporters.images import ExportImage
from newsroom.core.exporters.markdown import export_markdown
from newsroom.core.exporters.word import RELATED_HEADING
from newsroom.core.importers.files import import_file
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, Media, NoteKind, RelatedLink
from newsroom.core.publish.ninjs import item_uri
from newsroom.core.render.page import render_article_html
from newsroom.core.renditions import has_location

LINK = "https://example.org/rhine-levels"
FOOTNOTE = "Figures from the river authority, 4 December."
CORRECTION = "An earlier version gave the wrong gauge at Kaub."

#: What the welcome article lacks, added after its text.
MORE = """

## Sources

The river rose **two metres** overnight, *the highest since 1999*, says the \
[river authority]({link}); see also [the welcome page](article:welcome-to-newsroom).[^1]

- Basel harbour
- The Strasbourg locks
    - Iffezheim

![Barges moored at Basel](media:{photo})

### What next

Traffic may resume on <del>Thursday</del> Friday.

[^1]: {footnote}
"""


def png(width: int = 320, height: int = 200, colour: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def story(library: Library) -> Article:
    """The seeded welcome article (headline, standfirst, byline, dateline, headings, a
    quote, a numbered list, an SVG figure, a table, code, related links), plus bold,
    italic, links, a nested bullet list, a photo with caption and credit, a featured
    image, a third-level heading, a footnote and a correction."""
    photo = library.add_media(
        "barges.png", "image/png", png(), alt="Barges moored at Basel",
        caption="Basel, Monday.", credit="Photo: A. Lens",
    )  # fmt: skip
    featured = library.add_media(
        "rhine.png", "image/png", png(1600, 900, (200, 40, 40)), alt="The Rhine in flood",
        caption="The Rhine at Kaub.", credit="Photo: B. Fluss",
    )  # fmt: skip
    welcome = library.article_by_slug("welcome-to-newsroom")
    welcome.body += MORE.format(link=LINK, photo=photo.uid, footnote=FOOTNOTE)
    welcome.featured_media_id = featured.id
    stored = library.save_article(welcome)
    assert stored.id is not None
    library.add_note(
        stored.id, NoteKind.CORRECTION, CORRECTION, at=datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    )
    return library.article(stored.id)


def media_named(library: Library, filename: str) -> Media:
    (uid,) = [
        row[0]
        for row in library.conn.execute("SELECT uid FROM media WHERE filename = ?", [filename])
    ]
    return library.media(uid)


def test_the_formats_and_their_file_names() -> None:
    assert list(FORMATS) == ["html", "md", "docx", "ninjs"]
    assert [f.suffix for f in FORMATS.values()] == [".html", ".md", ".docx", ".json"]
    assert FORMATS["docx"].filter == "Word documents (*.docx)"
    assert not FORMATS["docx"].text and FORMATS["ninjs"].text
    assert file_name("floods", "docx") == "floods.docx"
    assert with_suffix(Path("/desk/floods"), "md") == Path("/desk/floods.md")
    assert with_suffix(Path("/desk/floods.MD"), "md") == Path("/desk/floods.MD")
    assert with_suffix(Path("/desk/floods.md"), "html") == Path("/desk/floods.md.html")
    assert destinations(Path("/out"), ["a", "", "b", ""], "md") == [
        Path("/out/a.md"), Path("/out/article.md"), Path("/out/b.md"), Path("/out/article-2.md"),
    ]  # fmt: skip
    with pytest.raises(ExportError, match="does not export “pdf”"):
        export_article(None, 1, "pdf")  # type: ignore[arg-type]


def test_html_is_the_page_as_the_preview_shows_it_with_its_images_inside(
    library: Library, story: Article
) -> None:
    assert story.id is not None
    data = export_article(library, story.id, "html")
    assert data == render_article_html(library, story).encode("utf-8")
    page = data.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<h1 class="headline">Welcome to Newsroom</h1>' in page
    photo = media_named(library, "barges.png")
    assert f"data:image/png;base64,{base64.b64encode(photo.data).decode()}" in page
    assert "media:" not in page and "newsroom://" not in page


def test_markdown_is_the_front_matter_export_and_imports_back_as_the_same_article(
    library: Library, story: Article, tmp_path: Path
) -> None:
    assert story.id is not None
    data = export_article(library, story.id, "md")
    assert data.decode("utf-8") == export_markdown(library, story)
    path = tmp_path / "welcome.md"
    path.write_bytes(data)
    [result] = import_file(library, path, replace_existing=True)
    again = library.article(story.id)
    assert result.article.id == story.id
    assert (again.headline, again.standfirst, again.byline, again.body) == (
        story.headline, story.standfirst, story.byline, story.body,
    )  # fmt: skip
    assert export_article(library, story.id, "md") == data


def _numbering(document: Any, paragraph: Any) -> tuple[str, int] | None:
    """The number format (``bullet``, ``decimal``...) and level of a list paragraph."""
    num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        return None
    level = int(num_pr.find(qn("w:ilvl")).get(qn("w:val")))
    num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(int(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    (abstract,) = [
        a
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    ]
    (lvl,) = [lv for lv in abstract.findall(qn("w:lvl")) if lv.get(qn("w:ilvl")) == str(level)]
    return lvl.find(qn("w:numFmt")).get(qn("w:val")), level


def test_a_word_document_an_editor_can_read(
    library: Library, story: Article, tmp_path: Path
) -> None:
    assert story.id is not None
    path = tmp_path / "welcome.docx"
    path.write_bytes(export_article(library, story.id, "docx"))
    document = Document(str(path))
    paragraphs = document.paragraphs
    by_text = {p.text: p for p in paragraphs}

    # The top of the page: headline, standfirst, byline, the featured image.
    assert (paragraphs[0].style.name, paragraphs[0].text) == ("Title", "Welcome to Newsroom")
    assert (paragraphs[1].style.name, paragraphs[1].text) == ("Subtitle", story.standfirst)
    assert paragraphs[2].text == "By The Newsroom Desk"
    assert document.core_properties.title == "Welcome to Newsroom"
    assert document.core_properties.author == "The Newsroom Desk"
    assert document.core_properties.category == "My Europe/Europe News"

    # The dateline opens the text, in bold, as on the page.
    first = next(p for p in paragraphs if p.text.startswith("BRUSSELS —"))
    assert first.runs[0].text == "BRUSSELS —" and first.runs[0].bold

    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 2", "Writing"),
        ("Heading 2", "Pictures, tables and code"),
        ("Heading 2", "Publishing"),
        ("Heading 2", "Sources"),
        ("Heading 3", "What next"),
        ("Heading 2", RELATED_HEADING),
    ]

    sources = next(p for p in paragraphs if p.text.startswith("The river rose"))
    assert [r.text for r in sources.runs if r.bold] == ["two metres"]
    assert [r.text for r in sources.runs if r.italic] == ["the highest since 1999"]
    links = {link.text: link.url for link in sources.hyperlinks}
    assert links == {
        "river authority": LINK,
        "the welcome page": "https://news.example.org/welcome-to-newsroom",
    }
    external = [r for r in document.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert LINK in {r.target_ref for r in external}
    struck = next(p for p in paragraphs if p.text.startswith("Traffic may resume"))
    assert [r.text for r in struck.runs if r.font.strike] == ["Thursday"]

    # Lists: numbered from 1, bullets with a nested level.
    assert _numbering(document, by_text["Change the headline above and watch the page."]) == (
        "decimal", 0,
    )  # fmt: skip
    assert _numbering(document, by_text["Basel harbour"]) == ("bullet", 0)
    assert _numbering(document, by_text["Iffezheim"]) == ("bullet", 1)
    numbered = document.part.numbering_part.element.findall(qn("w:num"))
    assert any(
        n.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}") is not None for n in numbered
    )

    quote = by_text[
        "“The first draft of history is written in a hurry. It should still be beautiful.”"
    ]
    assert quote.style.name == "Quote"
    code = next(p for p in paragraphs if p.text.startswith("def dateline"))
    assert code.style.name == "Code" and 'return f"{city.upper()} —"' in code.text

    (table,) = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Part of the page", "Where it comes from"]
    assert rows[3] == ["Contents", "the article's second-level headings"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page

    # Images: the featured one and the photo, embedded with their alt text; the
    # SVG drawing Word cannot show is named instead.
    shapes = document.inline_shapes
    assert [s._inline.docPr.get("descr") for s in shapes] == [
        "The Rhine in flood", "Barges moored at Basel",
    ]  # fmt: skip
    blobs = [
        document.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        for s in shapes
    ]
    assert blobs == [
        media_named(library, "rhine.png").data,
        media_named(library, "barges.png").data,
    ]
    section = document.sections[0]
    assert shapes[0].width <= section.page_width - section.left_margin - section.right_margin
    captions = [p.text for p in paragraphs if p.style.name == "Caption"]
    assert captions == [
        "The Rhine at Kaub. Photo: B. Fluss",
        "From draft to the published page. Illustration: Newsroom",
        "Basel, Monday. Photo: A. Lens",
    ]
    assert any(
        "newsroom-workflow.svg" in p.text and "Word cannot show" in p.text for p in paragraphs
    )

    # A real Word footnote, where the text refers to it.
    references = sources._p.findall(f".//{qn('w:footnoteReference')}")
    assert [r.get(qn("w:id")) for r in references] == ["1"]
    with zipfile.ZipFile(path) as archive:
        notes = archive.read("word/footnotes.xml").decode("utf-8")
    assert FOOTNOTE in notes and 'w:id="1"' in notes

    # At the end: the correction, then the related links.
    assert any(
        p.text == f"Correction (January 6, 2026, 10:00 AM CET): {CORRECTION}" for p in paragraphs
    )
    related_at = next(i for i, p in enumerate(paragraphs) if p.text == RELATED_HEADING)
    related = paragraphs[related_at + 1 : related_at + 4]
    assert [(h.text, h.url) for p in related for h in p.hyperlinks] == [
        (link.title, link.url) for link in library.related_links(story.id)
    ]


def test_the_word_document_imports_back_into_newsroom(
    library: Library, story: Article, tmp_path: Path
) -> None:
    assert story.id is not None
    path = tmp_path / "Welcome.docx"
    path.write_bytes(export_article(library, story.id, "docx"))
    with open_library(tmp_path / "Other desk.newsroom") as other:
        [result] = import_file(other, path)
        article = other.article(result.article.id or 0)
        assert article.headline == story.headline
        assert article.standfirst == story.standfirst
        assert article.byline == story.byline
        body = article.body
        for part in (
            "\n## Writing\n",
            "\n### What next\n",
            "The river rose **two metres** overnight, *the highest since 1999*",
            f"[river authority]({LINK})",
            "1. Change the headline above and watch the page.\n2. Add a second-level heading",
            "- Basel harbour\n- The Strasbourg locks\n",
            "Iffezheim",
            "| Part of the page | Where it comes from |\n| --- | --- |\n",
            "| Contents | the article's second-level headings |",
            f"[^1]: {FOOTNOTE}",
            "- [Markdown: the syntax at a glance](https://daringfireball.net/projects/",
            # Word's Quote and Code paragraphs come back as a quote and a code block.
            "\n> “The first draft of history is written in a hurry. It should still be "
            "beautiful.”\n>\n> — A night editor\n",
            '\n```\ndef dateline(city: str) -> str:\n    return f"{city.upper()} —"\n```\n',
        ):
            assert part in body, part
        # The photo came back as an image of the other library, the same bytes.
        uids = re.findall(r"!\[Barges moored at Basel\]\(media:([0-9a-f-]{36})\)", body)
        assert len(uids) == 1
        assert other.media(uids[0]).data == media_named(library, "barges.png").data


def test_ninjs_is_the_item_the_target_sends_with_its_images_named_by_file(
    library: Library, story: Article
) -> None:
    assert story.id is not None
    made = export_files(library, story.id, "ninjs")
    item = json.loads(made.data)
    # Each image is named by its file name: a reference relative to the JSON file, which
    # a reader resolves against where it found the file. Resolved so, the item is valid.
    validator = ninjs_validator()
    resolved = json.loads(made.data)
    for association in resolved["associations"]:
        for rendition in association["renditions"]:
            rendition["href"] = urljoin("file:///desk/export/welcome.json", rendition["href"])
    assert [e.message for e in validator.iter_errors(resolved)] == []
    assert [e.message for e in validator.iter_errors(item)] == [
        f"{name!r} is not a 'uri'" for name in ("rhine.png", "newsroom-workflow.svg", "barges.png")
    ]
    assert item["uri"] == item_uri(story.uid)
    assert item["headlines"] == [{"role": "main", "value": "Welcome to Newsroom"}]
    assert item["by"] == "The Newsroom Desk" and item["located"] == "Brussels"
    assert item["ednote"].startswith("Correction (January 6, 2026, 10:00\u202fAM CET)")
    names = {a["name"]: a["renditions"][0]["href"] for a in item["associations"]}
    assert names == {
        "featuremedia": "rhine.png",
        "editor_0": "newsroom-workflow.svg",
        "editor_1": "barges.png",
    }
    body = item["bodies"][0]["value"]
    assert 'src="barges.png"' in body and "newsroom://" not in body
    # The images go beside the JSON file, under the names it gives them.
    beside = dict(made.beside)
    assert set(beside) == set(names.values())
    assert beside["barges.png"] == media_named(library, "barges.png").data
    sizes = {
        a["renditions"][0]["href"]: a["renditions"][0]["sizeinbytes"] for a in item["associations"]
    }
    assert sizes == {name: len(data) for name, data in beside.items()}


def test_every_image_of_every_format_comes_through_image_for_export(
    library: Library, story: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the one door gives is what each export carries: replacing it (as location
    stripping will) changes every format at once."""
    assert story.id is not None
    stand_in = png(8, 8, (0, 255, 0))
    asked: list[str] = []

    def replaced(library: Library, media: Media) -> ExportImage:
        asked.append(media.filename)
        return ExportImage(stand_in, "image/png", f"copy-of-{media.filename}.png")

    monkeypatch.setattr(images, "image_for_export", replaced)
    page = export_article(library, story.id, "html").decode()
    assert page.count(base64.b64encode(stand_in).decode()) == 3  # featured, drawing, photo
    assert base64.b64encode(media_named(library, "barges.png").data).decode() not in page

    document = Document(io.BytesIO(export_article(library, story.id, "docx")))
    blobs = {
        document.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        for s in document.inline_shapes
    }
    assert blobs == {stand_in}
    assert len(document.inline_shapes) == 3  # the drawing too, as a PNG now

    made = export_files(library, story.id, "ninjs")
    assert {data for _, data in made.beside} == {stand_in}
    assert "copy-of-barges.png.png" in dict(made.beside)
    assert sorted(set(asked)) == ["barges.png", "newsroom-workflow.svg", "rhine.png"]


def test_write_export_never_replaces_a_file_unless_told(
    library: Library, story: Article, tmp_path: Path
) -> None:
    assert story.id is not None
    target = tmp_path / "welcome.md"
    target.write_text("the editor's notes", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        write_export(library, story.id, "md", target)
    assert target.read_text(encoding="utf-8") == "the editor's notes"
    assert write_export(library, story.id, "md", target, force=True) == [target]
    assert target.read_bytes() == export_article(library, story.id, "md")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

    missing = tmp_path / "no such folder" / "welcome.md"
    with pytest.raises(ExportError, match="does not exist"):
        write_export(library, story.id, "md", missing)


def test_ninjs_images_beside_the_item_are_shared_never_overwritten(
    library: Library, story: Article, tmp_path: Path
) -> None:
    assert story.id is not None
    photo = media_named(library, "barges.png")
    written = write_export(library, story.id, "ninjs", tmp_path / "welcome.json")
    assert sorted(p.name for p in written) == [
        "barges.png", "newsroom-workflow.svg", "rhine.png", "welcome.json",
    ]  # fmt: skip
    # Another article using the same photo: the image that is there is left as it is.
    other = library.create_article(
        Article(
            headline="Barges wait",
            body=f"![Barges](media:{media_named(library, 'barges.png').uid})",
        )
    )
    assert other.id is not None
    assert write_export(library, other.id, "ninjs", tmp_path / "barges-wait.json") == [
        tmp_path / "barges-wait.json"
    ]
    # A different image of the same name is refused, and nothing of that article written.
    clash = library.add_media("barges.png", "image/png", png(10, 10))
    third = library.create_article(Article(headline="Third", body=f"![x](media:{clash.uid})"))
    assert third.id is not None
    with pytest.raises(ExportError, match="barges.png.*already exists"):
        write_export(library, third.id, "ninjs", tmp_path / "third.json")
    assert not (tmp_path / "third.json").exists()
    # Within one export, not even --force writes over an image it has just written.
    batch = set(written)
    with pytest.raises(ExportError, match="same name as another article's image"):
        write_export(library, third.id, "ninjs", tmp_path / "third.json", force=True, batch=batch)
    assert (tmp_path / "barges.png").read_bytes() == photo.data


def test_a_missing_article_is_named(library: Library) -> None:
    with pytest.raises(Exception, match="no article number 999"):
        export_article(library, 999, "docx")


def test_an_article_with_nothing_but_a_headline_exports_in_every_format(
    library: Library, tmp_path: Path
) -> None:
    bare = library.create_article(Article(headline="Just a headline"))
    assert bare.id is not None
    library.set_related_links(bare.id, [RelatedLink("Elsewhere", "https://example.org/")])
    for fmt in FORMATS:
        assert export_article(library, bare.id, fmt)
    document = Document(io.BytesIO(export_article(library, bare.id, "docx")))
    assert [p.text for p in document.paragraphs][:1] == ["Just a headline"]
    with zipfile.ZipFile(io.BytesIO(export_article(library, bare.id, "docx"))) as archive:
        assert "word/footnotes.xml" not in archive.namelist()
        assert "docProps/thumbnail.jpeg" not in archive.namelist()


def test_a_photo_leaves_in_an_export_without_its_location(library: Library, tmp_path: Path) -> None:
    original = photo(3000, 2000, gps=True)
    media = library.add_media("rhine.jpg", "image/jpeg", original)
    article = library.article_by_slug("welcome-to-newsroom")
    article.body += f"\n\n![Barges at Basel](media:{media.uid})\n"
    library.save_article(article)

    document = tmp_path / "out.docx"
    document.write_bytes(export_article(library, article.id, "docx"))

    with zipfile.ZipFile(document) as archive:
        pictures = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]
    jpegs = [p for p in pictures if p.startswith(b"\xff\xd8")]
    assert jpegs, "the photo is in the document"
    for data in jpegs:
        assert not has_location(data)
        with Image.open(io.BytesIO(data)) as image:
            assert max(image.size) <= 2048
            copyright_ = image.getexif().get(0x8298)  # Pillow reads it as Latin-1
            assert copyright_.encode("latin-1").decode() == "© Agence Test"  # it stays
    assert has_location(library.media_by_id(media.id).data)  # the original, as it came


def test_the_same_article_exports_to_the_same_word_document(library: Library) -> None:
    # The zip's parts carry the article's last change, not the second of writing: two
    # exports either side of a second's turn are the same bytes.
    article = library.article_by_slug("welcome-to-newsroom")
    assert article.id is not None
    data = export_article(library, article.id, "docx")
    changed = article.updated_at.astimezone(UTC).timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {changed}
        assert archive.testzip() is None
    assert export_article(library, article.id, "docx") == data
