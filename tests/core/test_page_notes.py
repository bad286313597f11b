"""Corrections and updates on the page, hostile text in them, and the date a preview shows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind, RelatedLink, Status
from newsroom.core.render import PageNote
from newsroom.core.render.page import ExportLinks, build_page, render_article_html
from newsroom.core.render.theme import Theme, check_theme

HOSTILE = """<script>alert("x")</script> & 'quoted' "double\""""


def story(library: Library, **fields: object) -> Article:
    europe = library.section_tree().resolve("My Europe/Europe News")
    assert europe is not None
    values: dict[str, object] = {
        "headline": "Ports brace for the strike",
        "body": "Dockers stop work.\n\n## Why\n\nPay.",
        "byline": "Ana Ruiz",
        "section_id": europe.id,
        "timezone": "Europe/Brussels",
        "status": Status.PUBLISHED,
        "published_at": datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
    }
    values.update(fields)
    return library.create_article(Article(**values))  # type: ignore[arg-type]


def test_notes_show_dated_below_the_body_before_the_related_links(library: Library) -> None:
    article = story(library)
    assert article.id is not None
    library.set_related_links(article.id, [RelatedLink("The union", url="https://u.example/")])
    library.add_note(
        article.id, NoteKind.UPDATE, "Talks resumed.", at=datetime(2026, 12, 6, 15, 30, tzinfo=UTC)
    )
    library.add_note(
        article.id,
        NoteKind.CORRECTION,
        "The strike starts on Monday, not Sunday.",
        at=datetime(2026, 12, 5, 9, 0, tzinfo=UTC),
    )
    article = library.article(article.id)

    page = build_page(library, article, ExportLinks())
    assert page.notes == (
        PageNote(
            "correction",
            "Correction",
            "December 5, 2026, 10:00\u202fAM CET",
            "2026-12-05T09:00:00+00:00",
            "The strike starts on Monday, not Sunday.",
        ),
        PageNote(
            "update",
            "Update",
            "December 6, 2026, 4:30\u202fPM CET",
            "2026-12-06T15:30:00+00:00",
            "Talks resumed.",
        ),
    )
    html = render_article_html(library, article)
    soup = BeautifulSoup(html, "html.parser")
    notes = soup.select(".article-notes .note")
    assert [" ".join(n.get_text().split()) for n in notes] == [
        "Correction (December 5, 2026, 10:00 AM CET): The strike starts on Monday, not Sunday.",
        "Update (December 6, 2026, 4:30 PM CET): Talks resumed.",
    ]
    assert [n.time["datetime"] for n in notes if n.time] == [
        "2026-12-05T09:00:00+00:00",
        "2026-12-06T15:30:00+00:00",
    ]
    # Below the body, inside the article, before "You Might Also Like".
    assert html.index('class="article-body"') < html.index('class="article-notes"')
    assert html.index('class="article-notes"') < html.index('class="related"')


def test_a_page_without_notes_has_no_notes_section(library: Library) -> None:
    article = story(library)
    assert build_page(library, article, ExportLinks()).notes == ()
    soup = BeautifulSoup(render_article_html(library, article), "html.parser")
    assert soup.select(".article-notes") == []


def test_hostile_text_in_notes_related_titles_and_byline_is_escaped(library: Library) -> None:
    article = story(library, byline=HOSTILE)
    assert article.id is not None
    library.set_related_links(article.id, [RelatedLink(HOSTILE, url="https://u.example/?a=1&b=2")])
    library.add_note(article.id, NoteKind.CORRECTION, HOSTILE)
    html = render_article_html(library, library.article(article.id))
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;quoted&#39;" in html
    soup = BeautifulSoup(html, "html.parser")
    assert HOSTILE in soup.select_one(".byline").get_text()  # type: ignore[union-attr]
    assert [a.get_text() for a in soup.select(".related a")] == [HOSTILE]
    assert soup.select_one(".related a")["href"] == "https://u.example/?a=1&b=2"  # type: ignore[index]
    assert HOSTILE in soup.select_one(".article-notes").get_text()  # type: ignore[union-attr]


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SCHEDULED])
def test_a_preview_shows_the_publication_time_the_site_will_show(
    library: Library, status: Status
) -> None:
    article = story(library, status=status, published_at=datetime(2026, 12, 24, 6, 0, tzinfo=UTC))
    page = build_page(library, article, ExportLinks())
    assert page.published == "December 24, 2026, 7:00\u202fAM CET"
    assert page.published_iso == "2026-12-24T06:00:00+00:00"
    assert page.updated == ""
    assert page.status_note == f"{status.label} — not published"
    soup = BeautifulSoup(render_article_html(library, article), "html.parser")
    meta = soup.select_one(".meta")
    assert meta is not None
    assert [e.get_text() for e in meta.find_all(True, recursive=False)] == [
        "By Ana Ruiz",
        "December 24, 2026, 7:00\u202fAM CET",
        f"{status.label} — not published",
    ]


def test_a_draft_without_a_publication_time_shows_when_it_was_changed(library: Library) -> None:
    article = story(library, status=Status.DRAFT, published_at=None)
    page = build_page(library, article, ExportLinks())
    assert page.published == "" and page.updated and page.status_note == "Draft — not published"


def test_a_published_article_still_shows_its_dates_as_before(library: Library) -> None:
    article = story(library, updated_at=datetime(2026, 12, 2, 8, 0, tzinfo=UTC))
    page = build_page(library, article, ExportLinks())
    assert page.published == "December 1, 2026, 9:00\u202fAM CET"
    assert page.updated == "December 2, 2026, 9:00\u202fAM CET"
    assert page.status_note == ""


def test_a_theme_template_may_show_the_notes() -> None:
    template = (
        "<html><body>{% for n in page.notes %}<p>{{ n.label }} ({{ n.when }}, {{ n.when_iso }})"
        ": {{ n.text }} [{{ n.kind }}]</p>{% endfor %}</body></html>"
    )
    check_theme(Theme(template=template))
