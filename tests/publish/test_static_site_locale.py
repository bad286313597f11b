"""The static site writes dates in the library's locale, and its lists in its language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from publish_helpers import outgoing

from newsroom.core.library import Library
from newsroom.core.model import NoteKind
from newsroom.core.publish import kinds
from newsroom.core.publish.base import Target
from newsroom.core.publish.static_site import StaticSitePublisher
from newsroom.core.render.locale import set_site_locale


@pytest.fixture
def publisher(library: Library, tmp_path: Path) -> Iterator[StaticSitePublisher]:
    target = Target(id=1, name="Site", kind=kinds.STATIC, url=str(tmp_path / "site"))
    client = StaticSitePublisher(target, secret=None, library=library)
    yield client
    client.close()


def page(publisher: StaticSitePublisher, name: str) -> BeautifulSoup:
    return BeautifulSoup((publisher.folder / name).read_text(encoding="utf-8"), "html.parser")


def test_the_site_is_written_in_the_librarys_locale(
    publisher: StaticSitePublisher, library: Library
) -> None:
    set_site_locale(library, "de_DE")
    (row,) = library.articles()
    article = library.article(row.id)
    assert article.id is not None
    library.add_note(
        article.id, NoteKind.UPDATE, "Mehr dazu.", at=datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    )
    publisher.publish(outgoing(library, library.article(article.id)), None)

    story = page(publisher, f"articles/{article.slug}.html")
    assert story.html is not None and story.html["lang"] == "en"  # the article's language
    published = story.select_one("time.published")
    assert published is not None and published.get_text() == "5. Januar 2026, 09:30 CET"
    assert published["datetime"] == "2026-01-05T08:30:00+00:00"
    assert [" ".join(n.get_text().split()) for n in story.select(".note")] == [
        "Update (6. Januar 2026, 10:00 CET): Mehr dazu."
    ]

    for name in ("index.html", "sections/my-europe/europe-news/index.html"):
        listing = page(publisher, name)
        assert listing.html is not None and listing.html["lang"] == "de", name
        assert [t.get_text() for t in listing.select(".teaser time")] == [
            "5. Januar 2026, 09:30 CET"
        ]
