"""Markdown with YAML front matter in and out of a library."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsroom.core.errors import ImportFormatError
from newsroom.core.exporters.markdown import export_markdown
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, NoteKind, RelatedLink, Status
from newsroom.core.render.page import render_article_html
from newsroom.core.transfer import import_markdown


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def section_path(lib: Library, article: Article) -> str:
    return lib.section_tree().path_of(article.section_id)


def related_view(lib: Library, article: Article) -> list[tuple[str, str | None]]:
    """Related links as (title, slug of the target or URL): comparable across libraries."""
    out: list[tuple[str, str | None]] = []
    for link in lib.related_links(article.id):
        if link.target_id is not None:
            out.append((link.title, lib.article(link.target_id).slug))
        else:
            out.append((link.title, link.url))
    return out


def portable(lib: Library, article: Article) -> dict[str, object]:
    """Everything about an article except what is local to one library file."""
    fields = dataclasses.asdict(article)
    for local in ("id", "uid", "created_at", "section_id"):
        fields.pop(local)
    fields["section"] = section_path(lib, article)
    fields["related"] = related_view(lib, article)
    return fields


# -- importing -----------------------------------------------------------------------------
FULL = """\
---
headline: "Museums reopen: queues around the block"
standfirst: After eight months, the doors are open again.
slug: museums-reopen
status: In review
tags: [culture, museums, "2026"]
section: 'Culture/Art\\/Design'
byline: Claire Dubois
dateline: Paris
published: 2026-03-14 09:30:00+01:00
updated: 2026-03-15T10:00:00Z
timezone: Europe/Paris
language: fr
seo_title: Museums reopen
seo_description: Queues at the Louvre and the Orsay.
related:
  - Background to the closures
  - title: Ministry statement
    url: https://example.org/statement
---

Visitors queued from 7am.

## Inside

The halls were full.
"""


def test_import_every_key(library: Library, tmp_path: Path) -> None:
    background = library.create_article(Article(headline="Background to the closures"))
    path = write(tmp_path, "museums.md", FULL)

    result = import_markdown(library, path)

    assert result.created is True
    assert result.warnings == ()
    art = library.article(result.article.id)
    assert art == result.article
    assert art.headline == "Museums reopen: queues around the block"
    assert art.standfirst == "After eight months, the doors are open again."
    assert art.slug == "museums-reopen"
    assert art.status is Status.IN_REVIEW
    assert art.tags == ["culture", "museums", "2026"]
    assert section_path(library, art) == "Culture/Art\\/Design"
    assert library.section_tree().by_id[art.section_id].name == "Art/Design"
    assert art.byline == "Claire Dubois"
    assert art.dateline == "Paris"
    assert art.published_at == datetime(2026, 3, 14, 8, 30, tzinfo=UTC)
    assert art.updated_at == datetime(2026, 3, 15, 10, 0, tzinfo=UTC)
    assert art.timezone == "Europe/Paris"
    assert art.language == "fr"
    assert art.seo_title == "Museums reopen"
    assert art.seo_description == "Queues at the Louvre and the Orsay."
    assert art.body == "Visitors queued from 7am.\n\n## Inside\n\nThe halls were full.\n"
    assert library.related_links(art.id) == [
        RelatedLink("Background to the closures", target_id=background.id),
        RelatedLink("Ministry statement", url="https://example.org/statement"),
    ]


def test_import_aliases_and_short_forms(library: Library, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "alias.md",
        "---\ntitle: Border talks resume\nauthor: Jan Novak\ndate: 2026-04-02\n"
        "tags: migration, EU , , borders\nsection: My Europe/Europe News\nstatus: published\n"
        "---\nTalks resumed on Monday.\n",
    )
    art = import_markdown(library, path).article
    assert art.headline == "Border talks resume"
    assert art.byline == "Jan Novak"
    assert art.published_at == datetime(2026, 4, 2, 0, 0, tzinfo=UTC)  # a YAML date
    assert art.tags == ["migration", "EU", "borders"]
    assert section_path(library, art) == "My Europe/Europe News"
    assert art.status is Status.PUBLISHED
    assert art.slug == "border-talks-resume"  # made from the headline
    assert art.body == "Talks resumed on Monday.\n"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-03-14 09:30:00+01:00", datetime(2026, 3, 14, 8, 30, tzinfo=UTC)),  # YAML datetime
        ("2026-03-14 09:30:00", datetime(2026, 3, 14, 9, 30, tzinfo=UTC)),  # naive: UTC
        ("'2026-03-14T09:30:00Z'", datetime(2026, 3, 14, 9, 30, tzinfo=UTC)),
        ("'2026-03-14T09:30:00-05:00'", datetime(2026, 3, 14, 14, 30, tzinfo=UTC)),
        ("2026-03-14", datetime(2026, 3, 14, tzinfo=UTC)),
    ],
)
def test_published_forms(
    library: Library, tmp_path: Path, written: str, expected: datetime
) -> None:
    path = write(tmp_path, "when.md", f"---\nheadline: When\npublished: {written}\n---\nText\n")
    art = import_markdown(library, path).article
    assert art.published_at == expected
    assert art.published_at.utcoffset().total_seconds() == 0
    assert art.created_at <= art.published_at


def test_section_written_unescaped_is_found(library: Library, tmp_path: Path) -> None:
    path = write(
        tmp_path, "s.md", "---\nheadline: Design week\nsection: culture/art/design\n---\nx"
    )
    art = import_markdown(library, path).article
    assert library.section_tree().by_id[art.section_id].name == "Art/Design"


def test_unknown_keys_are_warned_about(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "w.md", "---\nheadline: Hi\nmood: sunny\n---\nText\n")
    result = import_markdown(library, path)
    assert len(result.warnings) == 1
    assert "mood" in result.warnings[0] and "w.md" in result.warnings[0]


def test_file_without_front_matter(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "plain.md", "\n\nJust some text.\n")
    art = import_markdown(library, path).article
    assert art.headline == ""
    assert art.body == "Just some text.\n"
    assert art.status is Status.DRAFT


BAD_FILES = {
    "unknown related headline": (
        "---\nheadline: X\nrelated: [No such story]\n---\nText",
        "No such story",
    ),
    "unknown section": ("---\nheadline: X\nsection: Science/Space\n---\nText", "Science/Space"),
    "bad YAML": ("---\nheadline: [unclosed\nslug: x\n---\nText", "YAML"),
    "front matter not a mapping": ("---\n- a\n- b\n---\nText", "key: value"),
    "bad status": ("---\nheadline: X\nstatus: live\n---\nText", "live"),
    "bad date": ("---\nheadline: X\npublished: next tuesday\n---\nText", "next tuesday"),
    "headline not text": ("---\nheadline: {a: 1}\n---\nText", "headline"),
    "tags not a list": ("---\nheadline: X\ntags: {a: 1}\n---\nText", "tags"),
    "related not a list": ("---\nheadline: X\nrelated: Something\n---\nText", "related"),
    "related item without url": ("---\nheadline: X\nrelated: [{title: T}]\n---\nText", "related"),
    "nothing to import": ("---\nstandfirst: only this\n---\n\n", "no headline"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_naming_the_file(library: Library, tmp_path: Path, case: str) -> None:
    text, detail = BAD_FILES[case]
    path = write(tmp_path, "bad-story.md", text)
    before = library.stats()
    with pytest.raises(ImportFormatError) as info:
        import_markdown(library, path)
    message = str(info.value)
    assert str(path) in message
    assert detail in message
    assert library.stats() == before


def test_not_utf8_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("---\nheadline: Caf\xe9\n---\n".encode("latin-1"))
    with pytest.raises(ImportFormatError, match="latin1.md.*UTF-8"):
        import_markdown(library, path)


def test_missing_file_is_refused(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="gone.md"):
        import_markdown(library, tmp_path / "gone.md")


def test_existing_slug_needs_replace(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\nheadline: First\nslug: same\n---\nOne\n")
    first = import_markdown(library, path).article
    write(tmp_path, "a.md", "---\nheadline: Second\nslug: same\n---\nTwo\n")
    with pytest.raises(ImportFormatError, match="same"):
        import_markdown(library, path)
    assert library.article(first.id).headline == "First"

    result = import_markdown(library, path, replace_existing=True)
    assert result.created is False
    assert result.article.id == first.id
    assert result.article.uid == first.uid
    assert (result.article.headline, result.article.body) == ("Second", "Two\n")
    assert len(library.articles()) == 2  # the welcome article and this one


# -- exporting and importing back ----------------------------------------------------------
def make_rich_article(lib: Library) -> tuple[Article, Article]:
    culture = lib.section_tree().resolve("Culture/Art\\/Design")
    film = lib.section_tree().resolve("Culture/Film – TV")
    assert culture is not None and film is not None
    background = lib.create_article(
        Article(
            headline="Background: a year of closures",
            body="Museums closed in March.\n",
            section_id=film.id,
            status=Status.PUBLISHED,
            published_at=datetime(2025, 12, 1, 7, 0, tzinfo=UTC),
            updated_at=datetime(2025, 12, 2, 7, 0, tzinfo=UTC),
            tags=["museums"],
        )
    )
    main = lib.create_article(
        Article(
            headline='Museums reopen: "queues" around the block',
            standfirst="After eight months, the doors are open again.",
            body=(
                "Visitors queued from 7am.\n\n"
                "## Inside\n\n> “It felt like a festival.”\n\n"
                "1. First\n2. Second\n\n"
                "| A | B |\n|--|--|\n| 1 | 2 |\n\n"
                '![Queue](q.png "The queue at 7am"){credit="AP"}\n\n'
                "## What next\n\n```python\nprint('open')\n```\n\n"
                "    indented code\n\n"
                "Trailing line with spaces  \n"
            ),
            byline="Claire Dubois",
            dateline="Paris",
            section_id=culture.id,
            tags=["culture", "museums", "2026", "yes"],
            status=Status.PUBLISHED,
            published_at=datetime(2026, 3, 14, 8, 30, tzinfo=UTC),
            updated_at=datetime(2026, 3, 15, 10, 0, tzinfo=UTC),
            timezone="Europe/Paris",
            seo_title="Museums reopen",
            seo_description="Queues at the Louvre.",
            language="fr",
        )
    )
    lib.set_related_links(
        main.id,
        [
            RelatedLink(background.headline, target_id=background.id),
            RelatedLink(
                "Ministry statement: reopening", url="https://example.org/statement?a=1&b=2"
            ),
        ],
    )
    return lib.article(background.id), lib.article(main.id)


def test_export_then_replace_import_gives_the_same_article(
    library: Library, tmp_path: Path
) -> None:
    _background, main = make_rich_article(library)
    links_before = library.related_links(main.id)
    path = write(tmp_path, "main.md", export_markdown(library, main))

    result = import_markdown(library, path, replace_existing=True)

    assert result.created is False
    assert result.warnings == ()
    again = library.article(main.id)
    assert again == main  # every field: body, tags, dates, section, slug, uid...
    assert library.related_links(main.id) == links_before
    # And the export of the re-imported article is the same text.
    assert export_markdown(library, again) == path.read_text(encoding="utf-8")


def test_welcome_article_round_trips(library: Library, tmp_path: Path) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    links = library.related_links(welcome.id)
    path = write(tmp_path, "welcome.md", export_markdown(library, welcome))
    import_markdown(library, path, replace_existing=True)
    assert library.article(welcome.id) == welcome
    assert library.related_links(welcome.id) == links


def test_export_into_a_fresh_library(library: Library, tmp_path: Path) -> None:
    background, main = make_rich_article(library)
    bg_file = write(tmp_path, "background.md", export_markdown(library, background))
    main_file = write(tmp_path, "main.md", export_markdown(library, main))

    with open_library(tmp_path / "Other.newsroom") as fresh:
        # The related article is referenced by headline: it has to be there first.
        with pytest.raises(ImportFormatError, match="Background: a year of closures"):
            import_markdown(fresh, main_file)
        imported_bg = import_markdown(fresh, bg_file).article
        imported = import_markdown(fresh, main_file).article

        assert portable(fresh, imported_bg) == portable(library, background)
        assert portable(fresh, imported) == portable(library, main)
        assert imported.uid != main.uid

        html = render_article_html(fresh, imported)

    # The page shows every part this article has.
    assert '<h1 class="headline">Museums reopen: &#34;queues&#34; around the block</h1>' in html
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S)
    assert crumbs is not None
    for crumb in ("The European Desk", "Culture", "Art/Design", "Museums reopen"):
        assert crumb in crumbs.group()
    assert re.search(r'<p class="kicker"><a href="[^"]+">Art/Design</a></p>', html)
    assert '<p class="standfirst">After eight months, the doors are open again.</p>' in html
    assert '<span class="byline">By Claire Dubois</span>' in html
    assert '<time class="published" datetime="2026-03-14T08:30:00+00:00">' in html
    assert "March 14, 2026, 9:30\u202fAM CET" in html  # en_US, as a new library is
    for share in ("Facebook", "X", "WhatsApp", "Email", "Print"):
        assert f">{share}</a>" in html
    assert (
        'class="share-print" href="https://news.example.org/museums-reopen-queues-around-the-block'
        in html
    )
    contents = re.search(r'<nav class="contents".*?</nav>', html, re.S)
    assert contents is not None
    assert 'href="#inside"' in contents.group() and 'href="#what-next"' in contents.group()
    assert '<span class="dateline">PARIS —</span> Visitors queued' in html
    assert "<blockquote>" in html
    assert "<li>Second</li>" in html
    assert "<table>" in html
    assert '<figcaption>The queue at 7am <span class="credit">AP</span></figcaption>' in html
    assert '<div class="highlight">' in html
    related = re.search(r'<aside class="related".*?</aside>', html, re.S)
    assert related is not None
    assert "You Might Also Like" in related.group()
    assert 'href="background-a-year-of-closures.html"' in related.group()
    assert 'href="https://example.org/statement?a=1&amp;b=2"' in related.group()
    tags = re.search(r'<nav class="tags".*?</nav>', html, re.S)
    assert tags is not None
    for tag in ("culture", "museums", "2026", "yes"):
        assert f">{tag}</a>" in tags.group()
    # Its section holds the background piece in another section: no previous/next here.
    assert 'class="prev-next"' not in html


def test_export_is_front_matter_then_body(library: Library) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    text = export_markdown(library, welcome)
    assert text.startswith("---\nheadline: Welcome to Newsroom\nslug: welcome-to-newsroom\n")
    assert "\nsection: My Europe/Europe News\n" in text
    assert "\npublished: '2026-01-05T08:30:00Z'\n" in text
    assert text.endswith("---\n\n" + welcome.body)


def test_replace_import_keeps_the_featured_image(library: Library, tmp_path: Path) -> None:
    _background, main = make_rich_article(library)
    media = library.add_media("lead.png", "image/png", b"\x89PNG fake", caption="Lead")
    main.featured_media_id = media.id
    main = library.save_article(main, touch=False)
    assert main.featured_media_id == media.id

    path = write(tmp_path, "main.md", export_markdown(library, main))
    import_markdown(library, path, replace_existing=True)
    assert library.article(main.id).featured_media_id == media.id


# -- corrections and updates ---------------------------------------------------------------
def notes_view(lib: Library, article: Article) -> list[tuple[NoteKind, datetime, str]]:
    assert article.id is not None
    return [(n.kind, n.at, n.text) for n in lib.notes(article.id)]


def test_notes_travel_in_the_front_matter_and_come_back(library: Library, tmp_path: Path) -> None:
    background, main = make_rich_article(library)
    library.add_note(
        main.id, NoteKind.CORRECTION, "The museum is the Orsay, not the Louvre: <sorry> & 'oops'",
        at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    library.add_note(
        main.id, NoteKind.UPDATE, "Opening hours were extended.",
        at=datetime(2026, 3, 17, 12, 15, tzinfo=UTC),
    )  # fmt: skip
    main = library.save_article(
        replace(library.article(main.id), updated_at=main.updated_at), touch=False
    )
    text = export_markdown(library, main)
    assert (
        "notes:\n"
        "- kind: correction\n"
        "  at: '2026-03-16T09:00:00Z'\n"
        "  text: 'The museum is the Orsay, not the Louvre: <sorry> & ''oops'''\n"
        "- kind: update\n"
        "  at: '2026-03-17T12:15:00Z'\n"
        "  text: Opening hours were extended.\n"
    ) in text
    path = write(tmp_path, "main.md", text)

    # Importing the same file again changes nothing, not even when it was last changed.
    ids = [n.id for n in library.notes(main.id)]
    import_markdown(library, path, replace_existing=True)
    assert library.article(main.id) == main
    assert [n.id for n in library.notes(main.id)] == ids

    # Into another library: the same notes, and the page shows them.
    with open_library(tmp_path / "Other.newsroom") as fresh:
        import_markdown(fresh, write(tmp_path, "bg.md", export_markdown(library, background)))
        imported = import_markdown(fresh, path).article
        assert notes_view(fresh, imported) == notes_view(library, main)
        assert imported.updated_at == main.updated_at
        html = render_article_html(fresh, imported)
    assert "Correction</strong> (<time" in html and "March 16, 2026, 10:00\u202fAM CET" in html
    assert "&lt;sorry&gt; &amp; &#39;oops&#39;" in html


def test_a_file_without_notes_keeps_those_in_the_library(library: Library, tmp_path: Path) -> None:
    _background, main = make_rich_article(library)
    path = write(tmp_path, "main.md", export_markdown(library, main))
    library.add_note(main.id, NoteKind.UPDATE, "Added after the export.")
    import_markdown(library, path, replace_existing=True)
    assert [n.text for n in library.notes(main.id)] == ["Added after the export."]
    # An empty list says there are none.
    text = path.read_text("utf-8").replace("\n---\n\n", "\nnotes: []\n---\n\n", 1)
    import_markdown(library, write(tmp_path, "none.md", text), replace_existing=True)
    assert library.notes(main.id) == []


def test_corrections_and_updates_may_be_listed_apart(library: Library, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "story.md",
        "---\nheadline: Storm\nupdates:\n  - at: 2026-03-02T10:00:00+01:00\n"
        "    text: The road is open again.\ncorrections:\n  - {at: 2026-03-01, text: Wrong town.}"
        "\n---\n\nWind.\n",
    )
    article = import_markdown(library, path).article
    assert notes_view(library, article) == [
        (NoteKind.CORRECTION, datetime(2026, 3, 1, tzinfo=UTC), "Wrong town."),
        (NoteKind.UPDATE, datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "The road is open again."),
    ]


@pytest.mark.parametrize(
    ("notes", "words"),
    [
        ("notes: [{at: 2026-03-01, text: x}]", "has a “kind”"),
        ("notes: [{kind: erratum, at: 2026-03-01, text: x}]", "not a kind of note"),
        ("notes: [{kind: update, text: x}]", "has no “at”"),
        ("corrections: [{at: 2026-03-01}]", "has “at” and “text”"),
        ("updates: {at: 2026-03-01, text: x}", "should be a list"),
        ("notes: [{kind: update, at: yesterday, text: x}]", "is not a date"),
    ],
)
def test_bad_notes_are_refused_naming_the_file(
    library: Library, tmp_path: Path, notes: str, words: str
) -> None:
    path = write(tmp_path, "bad.md", f"---\nheadline: Storm\n{notes}\n---\n\nWind.\n")
    with pytest.raises(ImportFormatError, match=re.escape(words)) as raised:
        import_markdown(library, path)
    assert str(path) in str(raised.value)
