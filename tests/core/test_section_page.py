"""The page of a section: its articles newest first, as the site shows them."""

from __future__ import annotations

from datetime import UTC, datetime

from newsroom.core.library import Library
from newsroom.core.model import Article, Status
from newsroom.core.render.page import ExportLinks
from newsroom.core.render.section_page import build_section_page, render_section_page
from newsroom.core.render.theme import CSS_KEY, site_css
from newsroom.core.section_ops import create_section


def sid(library: Library, path: str) -> int:
    section = library.section_tree().resolve(path)
    assert section is not None, path
    return section.id


def add(library: Library, section_id: int, headline: str, **fields: object) -> Article:
    return library.create_article(Article(headline=headline, section_id=section_id, **fields))  # type: ignore[arg-type]


def when(day: int) -> datetime:
    return datetime(2026, 3, day, 12, 0, tzinfo=UTC)


def published(library: Library, section_id: int, headline: str, day: int) -> Article:
    return add(
        library, section_id, headline,
        status=Status.PUBLISHED, published_at=when(day), updated_at=when(day),
    )  # fmt: skip


def test_articles_newest_first_then_unpublished_by_update(library: Library) -> None:
    music = sid(library, "Culture/Music")
    published(library, music, "Old concert", 1)
    published(library, music, "New album", 9)
    published(library, music, "Festival", 5)
    add(library, music, "Draft interview", updated_at=when(20))
    html = render_section_page(library, music, ExportLinks())
    order = [html.index(h) for h in ("New album", "Festival", "Old concert", "Draft interview")]
    assert order == sorted(order)
    assert "Draft — not published" in html
    assert "March 9, 2026" in html  # en_US, as a new library is


def test_same_publication_date_falls_back_to_last_update(library: Library) -> None:
    music = sid(library, "Culture/Music")
    add(library, music, "Touched earlier", status=Status.PUBLISHED,
        published_at=when(3), updated_at=when(4))  # fmt: skip
    add(library, music, "Touched later", status=Status.PUBLISHED,
        published_at=when(3), updated_at=when(6))  # fmt: skip
    teasers = build_section_page(library, music, ExportLinks()).teasers
    assert [t.headline for t in teasers] == ["Touched later", "Touched earlier"]


def test_trashed_and_spiked_articles_are_not_listed(library: Library) -> None:
    music = sid(library, "Culture/Music")
    trashed = published(library, music, "Trashed story", 2)
    add(library, music, "Spiked story", status=Status.SPIKED)
    library.conn.execute(
        "UPDATE articles SET deleted_at = ? WHERE id = ?", [when(3).isoformat(), trashed.id]
    )
    html = render_section_page(library, music, ExportLinks())
    assert "Trashed story" not in html and "Spiked story" not in html
    assert "No articles in this section yet." in html


def test_breadcrumb_title_and_teaser_parts(library: Library) -> None:
    film = sid(library, "Culture/Film – TV")
    published(library, film, "Cannes opens", 4)
    article = library.article_by_slug("cannes-opens")
    article.standfirst = "The festival starts tonight."
    article.byline = "Culture Desk"
    library.save_article(article, touch=False)
    page = build_section_page(library, film, ExportLinks())
    assert [c.title for c in page.breadcrumb] == ["The European Desk", "Culture", "Film – TV"]
    assert page.breadcrumb[1].url == "sections/culture/index.html"
    assert page.breadcrumb[2].url is None
    html = render_section_page(library, film, ExportLinks())
    assert '<h1 class="section-title">Film – TV</h1>' in html
    assert '<span aria-current="page">Film – TV</span>' in html
    assert "The festival starts tonight." in html
    assert "By Culture Desk" in html
    assert '<a href="cannes-opens.html">Cannes opens</a>' in html
    assert site_css().splitlines()[0] in html


def test_top_section_lists_its_subsections_articles_with_kicker(library: Library) -> None:
    culture = sid(library, "Culture")
    published(library, sid(library, "Culture/Art\\/Design"), "Bauhaus at 107", 2)
    published(library, culture, "Culture overview", 1)
    page = build_section_page(library, culture, ExportLinks())
    assert [t.headline for t in page.teasers] == ["Bauhaus at 107", "Culture overview"]
    assert page.teasers[0].kicker is not None
    assert page.teasers[0].kicker.title == "Art/Design"
    assert page.teasers[1].kicker is None
    assert [s.title for s in page.subsections][:2] == ["Art/Design", "Literature"]
    # The other sections' articles are not there: the seeded welcome is in My Europe.
    assert "Welcome to Newsroom" not in render_section_page(library, culture, ExportLinks())


def test_names_and_headlines_are_escaped(library: Library) -> None:
    world = sid(library, "World")
    odd = create_section(library, "<b>Q&A</b> / “Talks”", world)
    published(library, odd.id, "<script>alert(1)</script> & more", 3)
    html = render_section_page(library, odd.id, ExportLinks())
    assert "<script>alert(1)" not in html and "<b>Q&A" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "&lt;b&gt;Q&amp;A&lt;/b&gt; / “Talks”" in html


def test_theme_css_is_used_and_cannot_close_the_style(library: Library) -> None:
    library.set_setting(CSS_KEY, "h1 { color: teal; } </style><script>x()</script>")
    html = render_section_page(library, sid(library, "Sport"), ExportLinks())
    assert "h1 { color: teal; }" in html
    assert "</style><script>" not in html
