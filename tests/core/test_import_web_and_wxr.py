"""Web pages, WordPress export files and plain Markdown in: what each carries
reaches the article, what is not an article is left out and said so, and a file
that cannot be read leaves nothing of itself."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from import_files import photo

from newsroom.core.errors import ImportFormatError
from newsroom.core.importers import can_import
from newsroom.core.importers.files import import_file
from newsroom.core.library import Library
from newsroom.core.model import Article, Status

PAGE = """<!doctype html>
<html lang="fr-FR"><head><title>Crues du Rhin | Le Journal</title>
<meta name="author" content="Anne Keller">
<meta name="description" content="Les péniches attendent à Bâle.">
<meta property="article:published_time" content="2026-12-04T08:30:00+01:00">
<script>track()</script></head>
<body><nav><a href="/">Accueil</a></nav>
<article><h1>Crues du Rhin</h1>
<p>Le fleuve est monté de <strong>deux mètres</strong>.</p>
<img src="page_files/barges.jpg" alt="Péniches à Bâle">
<img src="data:image/jpeg;base64,{inline}" alt="En ligne">
<img src="../outside.jpg" alt="Hors du dossier">
<img src="https://example.org/remote.jpg" alt="Sur le web">
</article><footer>© Le Journal</footer></body></html>
"""


def test_a_saved_web_page_imports_with_its_images(library: Library, tmp_path: Path) -> None:
    barges, inline, outside = photo(), photo(40, 30), photo(50, 50)
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "barges.jpg").write_bytes(barges)
    (tmp_path / "outside.jpg").write_bytes(outside)
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "page_files").mkdir()
    (folder / "page_files" / "barges.jpg").write_bytes(barges)
    page = folder / "crues.html"
    page.write_text(PAGE.replace("{inline}", base64.b64encode(inline).decode()), "utf-8")
    [result] = import_file(library, page)
    article = library.article(result.article.id or 0)
    assert article.headline == "Crues du Rhin"
    assert article.byline == "Anne Keller"
    assert article.seo_description == "Les péniches attendent à Bâle."
    assert article.language == "fr"
    assert article.published_at is not None and article.published_at.hour == 7  # UTC
    assert article.body.startswith("Le fleuve est monté de **deux mètres**.")
    assert "Accueil" not in article.body and "track" not in article.body  # the page's chrome
    stored = [library.media(line.split("media:")[1].rstrip(")")) for line in
              article.body.splitlines() if "media:" in line]  # fmt: skip
    assert [m.data for m in stored] == [barges, inline]  # not the one outside its folder
    assert [m.alt for m in stored] == ["Péniches à Bâle", "En ligne"]
    assert "[Sur le web](https://example.org/remote.jpg)" in article.body  # never fetched


def test_a_plain_markdown_file_takes_its_heading_and_byline(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Council votes on budget\n\n*By Jane Doe*\n\nThe vote was close.\n")
    [result] = import_file(library, path)
    assert result.article.headline == "Council votes on budget"
    assert result.article.byline == "Jane Doe"
    assert result.article.body == "The vote was close.\n"


def test_a_heading_further_down_is_not_the_headline(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Opening words.\n\n# A heading\n\nMore.\n")
    [result] = import_file(library, path)
    assert result.article.headline == "" and result.article.body.startswith("Opening words.")


WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old site</title><language>de-DE</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[anna]]></wp:author_login>
<wp:author_display_name><![CDATA[Anna Keller]]></wp:author_display_name></wp:author>
{items}
</channel></rss>"""

ITEM = """<item><title>{title}</title><dc:creator><![CDATA[anna]]></dc:creator>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
<wp:post_date_gmt><![CDATA[2025-03-01 09:15:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status><![CDATA[{status}]]></wp:status>
<wp:post_type><![CDATA[{kind}]]></wp:post_type>
<category domain="category" nicename="news"><![CDATA[News]]></category>
<category domain="category" nicename="literature"><![CDATA[Literature]]></category>
<category domain="post_tag" nicename="rhine"><![CDATA[Rhine]]></category>
<category domain="post_tag" nicename="floods"><![CDATA[Floods]]></category>
</item>"""


def wxr(tmp_path: Path, *items: dict[str, str], name: str = "export.xml") -> Path:
    made = []
    for item in items:
        fields = {"content": "", "excerpt": "", "status": "publish", "kind": "post"} | item
        made.append(ITEM.format(**fields))
    path = tmp_path / name
    path.write_text(WXR.replace("{items}", "\n".join(made)), "utf-8")
    return path


def test_a_wordpress_export_becomes_articles_and_leaves_out_what_is_not_a_post(
    library: Library, tmp_path: Path
) -> None:
    classic = "First paragraph with <em>words</em>.\n\nSecond paragraph.\nSame one."
    blocks = "<!-- wp:paragraph --><p>Block text.</p><!-- /wp:paragraph -->"
    floods = {"title": "Rhine floods", "slug": "rhine-floods", "excerpt": "Barges wait."}
    path = wxr(
        tmp_path,
        floods | {"content": classic},
        {"title": "Draft piece", "slug": "draft-piece", "content": blocks, "status": "draft"},
        {"title": "About us", "slug": "about", "content": "A page.", "kind": "page"},
        {"title": "Old", "slug": "old", "content": "Binned.", "status": "trash"},
    )  # fmt: skip
    results = import_file(library, path)
    assert [r.article.slug for r in results] == ["rhine-floods", "draft-piece"]
    floods = library.article_by_slug("rhine-floods")
    assert floods.body == "First paragraph with *words*.\n\nSecond paragraph.  \nSame one."
    assert floods.standfirst == "Barges wait."
    assert floods.byline == "Anna Keller" and floods.language == "de"
    assert floods.tags == ["Rhine", "Floods"]
    assert floods.status == Status.PUBLISHED
    assert floods.published_at is not None and floods.published_at.isoformat().startswith(
        "2025-03-01T09:15:00"
    )
    # The first category that names a section of the library (a subsection's name will
    # do); the site's other categories are not sections here.
    assert library.section_tree().path_of(floods.section_id) == "Culture/Literature"
    draft = library.article_by_slug("draft-piece")
    assert draft.body == "Block text." and draft.status == Status.DRAFT
    assert draft.published_at is None
    assert any("2 items that are not posts" in w for w in results[0].warnings)


def test_a_wordpress_export_with_a_taken_slug_imports_none_of_its_posts(
    library: Library, tmp_path: Path
) -> None:
    library.create_article(Article(headline="Ours", slug="second"))
    path = wxr(
        tmp_path,
        {"title": "First", "slug": "first", "content": "One."},
        {"title": "Second", "slug": "second", "content": "Two."},
    )
    before = library.stats()["articles"]
    with pytest.raises(ImportFormatError, match="“second” is already in the library"):
        import_file(library, path)
    assert library.stats()["articles"] == before  # not even "first"
    assert len(import_file(library, path, replace_existing=True)) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("<rss><channel><title>Feed</title></channel></rss>", "not a WordPress export"),
        ("<?xml version='1.0'?><rss><channel><wp:wxr_version", "damaged or incomplete"),
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>',
            "declares entities",
        ),
    ],
)
def test_broken_and_foreign_xml_is_refused_by_name(
    library: Library, tmp_path: Path, text: str, words: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(text)
    with pytest.raises(ImportFormatError) as refused:
        import_file(library, path)
    assert str(path) in str(refused.value) and words in str(refused.value)


def test_unknown_missing_and_huge_files_are_refused_by_name(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert can_import(Path("a.DOCX")) and not can_import(Path("a.pdf"))
    with pytest.raises(ImportFormatError, match="cannot import this kind of file"):
        import_file(library, tmp_path / "story.pdf")
    with pytest.raises(ImportFormatError, match="there is no such file"):
        import_file(library, tmp_path / "gone.md")
    big = tmp_path / "big.md"
    big.write_text("# Big\n\n" + "words " * 1000)
    monkeypatch.setattr("newsroom.core.importers.files.MAX_FILE_BYTES", 1000)  # not 200 MB of text
    with pytest.raises(ImportFormatError, match=r"big.md: the file is .* MB; Newsroom imports"):
        import_file(library, big)
