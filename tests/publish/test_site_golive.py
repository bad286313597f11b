"""Going live on the static site through the outbox: what the desk does in the library
(approve, unpublish, trash, correct) is what the folder shows after a sync."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bs4 import BeautifulSoup
from golive_helpers import approve

from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind, Status
from newsroom.core.publish import commands, golive, kinds
from newsroom.core.publish.base import Target
from newsroom.core.publish.targets import add_target


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / name).read_text("utf-8"), "html.parser")


def hrefs(soup: BeautifulSoup, selector: str) -> list[str]:
    return [str(a["href"]) for a in soup.select(selector)]


def story(library: Library, headline: str, slug: str, day: int) -> int:
    europe = library.section_tree().resolve("My Europe/Europe News")
    assert europe is not None
    article = library.create_article(
        Article(
            headline=headline, slug=slug, section_id=europe.id, byline="Desk",
            body="Words.", published_at=datetime(2026, 3, day, 9, 0, tzinfo=UTC),
        )
    )  # fmt: skip
    assert article.id is not None
    approve(library, article.id)
    return article.id


def send(library: Library, target: Target, *ids: int) -> None:
    for article_id in ids:
        golive.publish(library, article_id, target)
    assert commands.sync(library, target.name).ok


def test_unpublishing_trashing_and_correcting_reach_the_site(
    library: Library, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    target = add_target(library, "Folder", kinds.STATIC, str(site))
    ports, rail, talks = (
        story(library, "Ports brace", "ports", 1),
        story(library, "Rail stops", "rail", 5),
        story(library, "Talks resume", "talks", 9),
    )
    send(library, target, ports, rail, talks)
    assert library.article(rail).status is Status.PUBLISHED  # confirmed by the sync
    assert hrefs(page(site, "articles/ports.html"), "a.next") == ["rail.html"]

    golive.set_status(library, rail, Status.READY)  # "Unpublish": queued, then sent
    assert (site / "articles/rail.html").is_file()
    assert commands.sync(library, target.name).ok
    assert not (site / "articles/rail.html").exists()
    assert hrefs(page(site, "articles/ports.html"), "a.next") == ["talks.html"]
    assert "rail.html" not in " ".join(hrefs(page(site, "index.html"), "a"))

    # Back, corrected, at the same address.
    library.add_note(
        rail, NoteKind.CORRECTION, "It was Tuesday.", at=datetime(2026, 3, 6, tzinfo=UTC)
    )
    send(library, target, rail)
    back = page(site, "articles/rail.html")
    assert [" ".join(n.get_text().split()) for n in back.select(".note")] == [
        "Correction (March 6, 2026, 12:00 AM UTC): It was Tuesday."
    ]
    assert hrefs(page(site, "articles/talks.html"), "a.previous") == ["rail.html"]

    # The trash takes it off the site too.
    golive.trash(library, [rail])
    assert commands.sync(library, target.name).ok
    assert not (site / "articles/rail.html").exists()
    assert hrefs(page(site, "articles/talks.html"), "a.previous") == ["ports.html"]
