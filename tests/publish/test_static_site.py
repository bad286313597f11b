"""The static site: a folder of pages with relative links, built from a real library."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from import_files import photo
from PIL import Image
from publish_helpers import outgoing, png

from newsroom.core.library import Library
from newsroom.core.model import Article, NoteKind, RelatedLink, Status
from newsroom.core.publish import kinds
from newsroom.core.publish.base import (
    Action,
    Outgoing,
    Rejected,
    Remote,
    Target,
    Temporary,
)
from newsroom.core.publish.static_site import StaticSitePublisher
from newsroom.core.render.page import render_article_html
from newsroom.core.render.theme import CSS_KEY
from newsroom.core.renditions import has_location, make_rendition

LOCAL = "newsroom://media/"


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def when(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 0, tzinfo=UTC)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return tmp_path / "Desk site"


@pytest.fixture
def publisher(library: Library, site: Path) -> Iterator[StaticSitePublisher]:
    target = Target(id=1, name="Site", kind=kinds.STATIC, url=str(site))
    client = StaticSitePublisher(target, secret=None, library=library)
    yield client
    client.close()


def section(library: Library, path: str) -> int:
    found = library.section_tree().resolve(path)
    assert found is not None
    return found.id


class Desk:
    """Five articles: three in Europe News (with images, related links and links in
    the text), one in World › Africa, one in Sport; all published in the library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        europe = section(library, "My Europe/Europe News")
        photo = library.add_media(
            "harbour.png", "image/png", png(200, 30, 30),
            alt="The harbour at dawn", caption="Antwerp, Monday.", credit="Photo: A. Lens",
        )  # fmt: skip
        chart = library.add_media("chart.png", "image/png", png(30, 30, 200), alt="A chart")
        self.photo, self.chart = photo, chart
        self.africa = self._add(
            "Rains return to the Sahel", "africa", section(library, "World/Africa"), 2,
            body="Farmers plant again.",
        )  # fmt: skip
        self.first = self._add(
            "Ports brace for the strike", "ports", europe, 1,
            body=f"Dockers stop work.\n\n![The quay]({'media:' + chart.uid})\n\n## Why\n\n"
            "Pay.\n\n## What next\n\nTalks.",
            featured_media_id=photo.id, tags=["strikes", "ports"],
        )  # fmt: skip
        self.second = self._add(
            "Strike spreads to rail", "rail", europe, 5,
            body="Trains stand still. See [the ports](article:ports) and "
            "[the Sahel](article:africa).",
            tags=["strikes"],
        )  # fmt: skip
        self.third = self._add("Talks resume", "talks", europe, 9, body="Unions meet.")
        self.sport = self._add(
            "A quiet derby", "derby", section(library, "Sport"), 3, body="Nil-nil.",
            tags=["football"],
        )  # fmt: skip
        assert self.first.id and self.second.id
        library.set_related_links(
            self.first.id,
            [
                RelatedLink("Strike spreads to rail", target_id=self.second.id),
                RelatedLink("The union's statement", "https://union.example.org/statement"),
            ],
        )
        library.set_related_links(
            self.second.id,
            [RelatedLink("x", target_id=self.first.id), RelatedLink("y", target_id=self.africa.id)],
        )

    def _add(
        self, headline: str, slug: str, section_id: int, day: int, **fields: object
    ) -> Article:
        return self.library.create_article(
            Article(
                headline=headline, slug=slug, section_id=section_id, byline="Desk",
                dateline="Brussels", standfirst=f"{headline}: the summary.",
                status=Status.PUBLISHED, published_at=when(day), updated_at=when(day),
                created_at=when(day), **fields,  # type: ignore[arg-type]
            )
        )  # fmt: skip

    def article(self, a: Article) -> Article:
        assert a.id is not None
        return self.library.article(a.id)

    def out(self, a: Article, action: Action = Action.PUBLISH) -> Outgoing:
        return outgoing(self.library, self.article(a), action)


@pytest.fixture
def desk(library: Library) -> Desk:
    return Desk(library)


def pages(folder: Path) -> dict[str, BeautifulSoup]:
    return {
        p.relative_to(folder).as_posix(): BeautifulSoup(
            p.read_text(encoding="utf-8"), "html.parser"
        )
        for p in sorted(folder.rglob("*.html"))
        if ".newsroom" not in p.parts
    }


def local_targets(folder: Path) -> list[tuple[str, str, Path]]:
    """Every link and image of every page that stays inside the site: (page, URL, file)."""
    out = []
    for name, soup in pages(folder).items():
        for element, attribute in (("a", "href"), ("img", "src"), ("link", "href")):
            for tag in soup.find_all(element):
                url = str(tag.get(attribute) or "")
                parts = urlsplit(url)
                if parts.scheme in ("http", "https", "mailto") or url.startswith("#"):
                    continue
                assert not parts.scheme, f"{name}: {url} is not relative"
                assert not url.startswith("/"), f"{name}: {url} is not relative"
                target = (folder / name).parent / unquote(parts.path)
                out.append((name, url, target))
    return out


def assert_links_resolve(folder: Path) -> int:
    found = local_targets(folder)
    broken = [(page, url) for page, url, target in found if not target.resolve().is_file()]
    assert not broken, broken
    outside = [(p, u) for p, u, t in found if not t.resolve().is_relative_to(folder.resolve())]
    assert not outside, outside
    return len(found)


def hrefs(soup: BeautifulSoup, selector: str) -> list[str]:
    return [str(a["href"]) for a in soup.select(selector)]


def publish_all(publisher: StaticSitePublisher, desk: Desk) -> dict[str, Remote]:
    return {
        a.slug: publisher.publish(desk.out(a), None)
        for a in (desk.first, desk.second, desk.third, desk.sport)
    }


def test_a_site_of_pages_whose_links_and_images_all_resolve(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    remotes = publish_all(publisher, desk)
    assert remotes["ports"] == Remote(
        "articles/ports.html", (site / "articles" / "ports.html").as_uri()
    )
    for name in (
        "index.html", "site.css", "articles/ports.html", "articles/rail.html",
        "articles/talks.html", "articles/derby.html", "sections/my-europe/index.html",
        "sections/my-europe/europe-news/index.html", "sections/sport/index.html",
        "sections/world/africa/index.html", "tags/strikes.html", "tags/football.html",
    ):  # fmt: skip
        assert (site / name).is_file(), name
    assert not (site / "articles" / "africa.html").exists()
    assert assert_links_resolve(site) > 100
    written = pages(site)
    for name, soup in written.items():
        text = str(soup)
        assert LOCAL not in text and "media:" not in text and "newsroom-not" not in text, name
        csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp is not None and "img-src 'self' file: data:" in str(csp["content"]), name
    # Both images of the first article are files of the site: their web renditions
    # (PNG stays PNG), the same pictures.
    ports = written["articles/ports.html"]
    images = [str(img["src"]) for img in ports.find_all("img")]
    assert images == [f"../media/{desk.photo.uid}.png", f"../media/{desk.chart.uid}.png"]
    for media in (desk.chart, desk.photo):
        written_image = (site / "media" / f"{media.uid}.png").read_bytes()
        assert written_image == make_rendition(media.data).data
        assert pixels(written_image) == pixels(media.data)
    css = (site / "site.css").read_text(encoding="utf-8")
    assert ".highlight" in css and ".breadcrumb" in css


def test_links_between_pages_follow_what_is_published(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    publish_all(publisher, desk)
    rail = pages(site)["articles/rail.html"]
    assert hrefs(rail, "a.previous") == ["ports.html"]
    assert hrefs(rail, "a.next") == ["talks.html"]
    # The Sahel story is not on the site: neither its related link nor the link in
    # the text points at it, and the words of the text stay.
    assert hrefs(rail, ".related a") == ["ports.html"]
    body = rail.select_one(".article-body")
    assert body is not None
    assert [str(a["href"]) for a in body.find_all("a")] == ["ports.html"]
    assert "the Sahel" in body.get_text()
    assert hrefs(rail, ".breadcrumb a") == [
        "../index.html",
        "../sections/my-europe/index.html",
        "../sections/my-europe/europe-news/index.html",
    ]
    assert hrefs(rail, ".tags a") == ["../tags/strikes.html"]
    ports = pages(site)["articles/ports.html"]
    assert hrefs(ports, ".related a") == ["rail.html", "https://union.example.org/statement"]

    publisher.publish(desk.out(desk.africa), None)
    rail = pages(site)["articles/rail.html"]
    assert hrefs(rail, ".related a") == ["ports.html", "africa.html"]
    assert "africa.html" in hrefs(rail, ".article-body a")
    assert_links_resolve(site)


def test_indexes_list_published_articles_newest_first(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    publish_all(publisher, desk)
    written = pages(site)
    home = written["index.html"]
    assert [h.get_text() for h in home.select(".teaser-headline")] == [
        "Talks resume", "Strike spreads to rail", "A quiet derby", "Ports brace for the strike",
    ]  # fmt: skip
    assert hrefs(home, ".teaser-headline a")[0] == "articles/talks.html"
    assert "sections/world/index.html" in hrefs(home, ".subsections a")
    europe = written["sections/my-europe/index.html"]
    assert hrefs(europe, ".teaser-headline a") == [
        "../../articles/talks.html", "../../articles/rail.html", "../../articles/ports.html",
    ]  # fmt: skip
    assert hrefs(europe, ".teaser .kicker a")[0] == "europe-news/index.html"
    strikes = written["tags/strikes.html"]
    assert hrefs(strikes, ".teaser-headline a") == [
        "../articles/rail.html", "../articles/ports.html",
    ]  # fmt: skip
    # A section nothing is published in has its page, saying so.
    assert "No articles in this section yet." in written["sections/travel/index.html"].get_text()
    # Drafts of the library stay off the site.
    desk.library.create_article(
        Article(headline="Unfinished draft", section_id=desk.first.section_id)
    )
    publisher.publish(desk.out(desk.third), None)
    assert "Unfinished draft" not in (site / "sections/my-europe/index.html").read_text("utf-8")


def test_unpublish_removes_the_page_and_updates_the_indexes(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    remotes = publish_all(publisher, desk)
    publisher.unpublish(desk.out(desk.third, Action.UNPUBLISH), remotes["talks"])
    assert not (site / "articles" / "talks.html").exists()
    written = pages(site)
    assert "Talks resume" not in written["index.html"].get_text()
    assert "Talks resume" not in written["sections/my-europe/europe-news/index.html"].get_text()
    assert hrefs(written["articles/rail.html"], "a.next") == []
    assert_links_resolve(site)

    # The only article with the photo and the tag "ports" goes: so do they.
    publisher.unpublish(desk.out(desk.first, Action.UNPUBLISH), remotes["ports"])
    assert not (site / "media" / f"{desk.photo.uid}.png").exists()
    assert not (site / "tags" / "ports.html").exists()
    assert (site / "tags" / "strikes.html").is_file()
    assert hrefs(pages(site)["articles/rail.html"], ".related a") == []
    manifest = json.loads((site / ".newsroom" / "site.json").read_text("utf-8"))
    assert sorted(e["slug"] for e in manifest["articles"].values()) == ["derby", "rail"]
    assert_links_resolve(site)
    # Unpublishing again, or what was never published, changes nothing and fails not.
    publisher.unpublish(desk.out(desk.first, Action.UNPUBLISH), remotes["ports"])


def test_a_new_slug_moves_the_page_and_the_links_to_it(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    publish_all(publisher, desk)
    moved = replace(desk.article(desk.first), slug="ports-strike")
    library.save_article(moved)
    remote = publisher.publish(desk.out(desk.first), None)
    assert remote.remote_id == "articles/ports-strike.html"
    assert not (site / "articles" / "ports.html").exists()
    rail = pages(site)["articles/rail.html"]
    assert hrefs(rail, "a.previous") == ["ports-strike.html"]
    assert hrefs(rail, ".related a") == ["ports-strike.html"]
    assert_links_resolve(site)


def test_other_pages_never_show_unpublished_edits(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    publisher.publish(desk.out(desk.first), None)
    publisher.publish(desk.out(desk.second), None)
    library.save_article(replace(desk.article(desk.second), body="SECRET DRAFT"))
    library.save_article(replace(desk.article(desk.first), headline="Draft headline"))
    before = (site / "articles" / "rail.html").read_text("utf-8")
    publisher.publish(desk.out(desk.third), None)
    after = (site / "articles" / "rail.html").read_text("utf-8")
    assert after != before  # it gained a "next" link ...
    assert "talks.html" in after
    assert "SECRET DRAFT" not in after and "Trains stand still." in after  # ... and only that
    assert "Draft headline" not in after
    assert "Draft headline" not in (site / "index.html").read_text("utf-8")


def test_pages_look_like_the_preview(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    """The same template and CSS as the preview and the export: only addresses differ."""
    library.set_setting(CSS_KEY, ".headline { color: rebeccapurple; }")
    welcome = library.article_by_slug("welcome-to-newsroom")
    publisher.publish(desk.out(welcome), None)  # the previous article in Europe News
    publish_all(publisher, desk)
    publisher.publish(desk.out(desk.africa), None)

    def shape(html: str) -> tuple[list[tuple[str, tuple[str, ...]]], str, list[str]]:
        soup = BeautifulSoup(html, "html.parser")
        elements = [(t.name, tuple(t.get("class") or ())) for t in soup.find_all(True)]
        styles = [s.get_text() for s in soup.find_all("style")]
        return elements, " ".join(soup.get_text().split()), styles

    for article in (welcome, desk.first, desk.second):
        preview = render_article_html(library, desk.article(article))
        written = (site / "articles" / f"{article.slug}.html").read_text("utf-8")
        assert shape(written) == shape(preview)
    assert "rebeccapurple" in (site / "site.css").read_text("utf-8")


def test_the_folder_is_checked_before_use(library: Library, tmp_path: Path) -> None:
    fresh = tmp_path / "New site"
    target = Target(id=1, name="Site", kind=kinds.STATIC, url=str(fresh))
    account = StaticSitePublisher(target, secret=None, library=library).check()
    assert fresh.is_dir() and account.name == str(fresh)
    assert list(fresh.iterdir()) == [fresh / ".newsroom"]

    unplugged = Target(id=1, name="Site", kind=kinds.STATIC, url=str(tmp_path / "USB" / "site"))
    with pytest.raises(Temporary, match="cannot be found"):
        StaticSitePublisher(unplugged, secret=None, library=library).check()

    relative = Target(id=1, name="Site", kind=kinds.STATIC, url="Desk site")
    client = StaticSitePublisher(relative, secret=None, library=library)
    assert client.folder == library.path.parent / "Desk site"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_a_folder_that_may_not_be_written_needs_attention(library: Library, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = Target(id=1, name="Site", kind=kinds.STATIC, url=str(locked))
        with pytest.raises(Rejected, match="may not write"):
            StaticSitePublisher(target, secret=None, library=library).check()
    finally:
        locked.chmod(0o700)


def test_a_damaged_manifest_is_refused_not_overwritten(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    publisher.publish(desk.out(desk.first), None)
    manifest = site / ".newsroom" / "site.json"
    manifest.write_text("{ not json", encoding="utf-8")
    with pytest.raises(Rejected, match="damaged"):
        publisher.publish(desk.out(desk.second), None)
    assert manifest.read_text(encoding="utf-8") == "{ not json"
    assert not (site / "articles" / "rail.html").exists()


def test_publishing_again_rewrites_nothing_that_did_not_change(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    publish_all(publisher, desk)
    stamps = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    os.utime(site / "index.html", ns=(1, 1))
    stamps[site / "index.html"] = 1
    publisher.publish(desk.out(desk.sport), None)
    changed = [p for p in site.rglob("*") if p.is_file() and p.stat().st_mtime_ns != stamps.get(p)]
    assert changed == []


@pytest.mark.gui
@pytest.mark.webengine
def test_the_folder_opens_from_disk_in_a_browser(
    qtbot, publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    """A real browser engine opens a page from file://: its images load (the page's
    Content-Security-Policy lets them) and its links lead to files of the site."""
    from newsroom.gui.preview.preview import register_scheme

    register_scheme()  # before the first QtWebEngine object, as the app does
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript

    publish_all(publisher, desk)
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=20000) as loaded:
            page.load(QUrl.fromLocalFile(str(site / "articles" / "ports.html")))
        assert loaded.args == [True]
        got: list[str] = []
        code = """JSON.stringify({
            images: Array.from(document.images).map(i => [i.complete, i.naturalWidth]),
            links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href)})"""
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld

        def images_loaded() -> bool:
            page.runJavaScript(code, world, got.append)
            return bool(got) and json.loads(got[-1])["images"] == [[True, 2], [True, 2]]

        qtbot.waitUntil(images_loaded, timeout=10000)
        result = json.loads(got[-1])
        files = [u for u in result["links"] if u.startswith("file://")]
        assert len(files) > 5
        for url in files:
            path = Path(unquote(urlsplit(url).path))
            assert path.is_file() and path.is_relative_to(site), url
    finally:
        page.deleteLater()
        profile.deleteLater()
        qtbot.wait(50)


def test_an_address_still_in_use_is_not_taken_over(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    publisher.publish(desk.out(desk.first), None)
    library.save_article(replace(desk.article(desk.first), slug="ports-strike"))
    newcomer = library.create_article(
        Article(
            headline="Ports reopen", slug="ports", section_id=desk.first.section_id,
            status=Status.PUBLISHED, published_at=when(20),
        )
    )  # fmt: skip
    with pytest.raises(Rejected, match="still has the address “ports”"):
        publisher.publish(outgoing(library, newcomer), None)
    assert "Ports brace for the strike" in (site / "articles/ports.html").read_text("utf-8")


def test_rebuild_renders_every_page_in_the_new_theme(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    publish_all(publisher, desk)
    library.set_setting(CSS_KEY, ".kicker { color: teal; }")
    library.save_article(replace(desk.article(desk.second), body="SECRET DRAFT"))
    publisher.rebuild()
    every_kind = ["index.html", "articles/rail.html", "sections/sport/index.html"]
    every_kind.append("tags/ports.html")
    for name in every_kind:
        assert ".kicker { color: teal; }" in (site / name).read_text("utf-8"), name
    assert "SECRET DRAFT" not in (site / "articles/rail.html").read_text("utf-8")
    assert_links_resolve(site)


def test_a_take_down_leaves_no_trace_and_publishing_again_restores_the_address(
    publisher: StaticSitePublisher, desk: Desk, site: Path
) -> None:
    """Three articles in Europe News (ports, rail, talks, in that order): the middle
    one goes, then comes back at the same address."""
    remotes = publish_all(publisher, desk)
    assert hrefs(pages(site)["articles/ports.html"], "a.next") == ["rail.html"]

    publisher.unpublish(desk.out(desk.second, Action.UNPUBLISH), remotes["rail"])
    assert not (site / "articles" / "rail.html").exists()
    written = pages(site)
    for name, soup in written.items():
        assert not any("rail.html" in h for h in hrefs(soup, "a")), name
        assert "Strike spreads to rail" not in soup.get_text(), name
    europe = "sections/my-europe/europe-news/index.html"
    assert hrefs(written[europe], ".teaser-headline a") == [
        "../../../articles/talks.html", "../../../articles/ports.html",
    ]  # fmt: skip
    assert hrefs(written["index.html"], ".teaser-headline a") == [
        "articles/talks.html", "articles/derby.html", "articles/ports.html",
    ]  # fmt: skip
    # The neighbours now follow each other.
    assert hrefs(written["articles/ports.html"], "a.next") == ["talks.html"]
    assert hrefs(written["articles/talks.html"], "a.previous") == ["ports.html"]
    assert hrefs(written["articles/ports.html"], ".related a") == [
        "https://union.example.org/statement"
    ]
    assert_links_resolve(site)

    again = publisher.publish(desk.out(desk.second), None)
    assert again.remote_id == remotes["rail"].remote_id == "articles/rail.html"
    assert again.url == remotes["rail"].url
    written = pages(site)
    assert "Strike spreads to rail" in written["articles/rail.html"].get_text()
    assert hrefs(written["articles/ports.html"], "a.next") == ["rail.html"]
    assert hrefs(written["articles/talks.html"], "a.previous") == ["rail.html"]
    assert hrefs(written["articles/ports.html"], ".related a")[0] == "rail.html"
    assert "../../../articles/rail.html" in hrefs(written[europe], ".teaser-headline a")
    assert "articles/rail.html" in hrefs(written["index.html"], ".teaser-headline a")
    assert_links_resolve(site)


def note_lines(soup: BeautifulSoup) -> list[str]:
    return [" ".join(n.get_text().split()) for n in soup.select(".article-notes .note")]


def test_the_site_shows_the_notes_that_were_sent(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    first = desk.article(desk.first)
    assert first.id is not None
    fixed = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    library.add_note(first.id, NoteKind.CORRECTION, "Antwerp, not Rotterdam.", at=fixed)
    publisher.publish(desk.out(desk.first), None)
    sent = ["Correction (March 2, 2026, 8:00 AM UTC): Antwerp, not Rotterdam."]
    assert note_lines(pages(site)["articles/ports.html"]) == sent

    # A note added since is not on the site until the article is sent again, even
    # when its page is rendered again for a new neighbour, or rebuilt.
    library.add_note(first.id, NoteKind.UPDATE, "Not sent yet.", at=when(4))
    publisher.publish(desk.out(desk.second), None)
    assert hrefs(pages(site)["articles/ports.html"], "a.next") == ["rail.html"]
    assert note_lines(pages(site)["articles/ports.html"]) == sent
    publisher.rebuild()
    assert note_lines(pages(site)["articles/ports.html"]) == sent

    publisher.publish(desk.out(desk.first), None)
    assert note_lines(pages(site)["articles/ports.html"]) == [
        *sent,
        "Update (March 4, 2026, 9:00 AM UTC): Not sent yet.",
    ]


HOSTILE = """<script>alert("x")</script> & 'quoted' "double\""""


def test_hostile_text_is_escaped_on_every_page(
    publisher: StaticSitePublisher, desk: Desk, library: Library, site: Path
) -> None:
    first = desk.article(desk.first)
    assert first.id is not None
    library.save_article(replace(first, byline=HOSTILE))
    library.set_related_links(first.id, [RelatedLink(HOSTILE, "https://x.example/?a=1&b=2")])
    library.add_note(first.id, NoteKind.UPDATE, HOSTILE, at=when(2))
    publish_all(publisher, desk)
    written = pages(site)
    for name in written:
        assert "<script" not in (site / name).read_text("utf-8"), name
    ports = written["articles/ports.html"]
    assert HOSTILE in ports.select_one(".byline").get_text()  # type: ignore[union-attr]
    assert [a.get_text() for a in ports.select(".related a")] == [HOSTILE]
    assert note_lines(ports) == [f"Update (March 2, 2026, 9:00 AM UTC): {HOSTILE}"]
    teasers = written["tags/ports.html"].get_text()
    assert HOSTILE in teasers  # the byline, on the tag's list


def test_a_photo_goes_to_the_site_small_and_without_its_location(
    library: Library, site: Path
) -> None:
    """The site's copy of a phone photo: scaled to the target's size, as JPEG, with no GPS
    and no serial number; the library keeps the original."""
    original = photo(1600, 1200, gps=True, detailed=True)
    assert has_location(original)
    picture = library.add_media("IMG_0042.JPG", "image/jpeg", original, credit="Ana Ruiz")
    article = library.create_article(
        Article(
            headline="Harbour at dawn", slug="harbour", byline="Desk",
            section_id=section(library, "My Europe/Europe News"),
            body=f"The boats.\n\n![Boats](media:{picture.uid})", status=Status.PUBLISHED,
            featured_media_id=picture.id, published_at=when(4),
        )
    )  # fmt: skip
    target = Target(
        id=1, name="Site", kind=kinds.STATIC, url=str(site), settings={"image_long_edge": 800}
    )
    client = StaticSitePublisher(target, secret=None, library=library)
    client.publish(outgoing(library, article), None)
    page = pages(site)["articles/harbour.html"]
    sources = {str(img["src"]) for img in page.find_all("img")}
    assert sources == {f"../media/{picture.uid}.jpg"}
    written = (site / "media" / f"{picture.uid}.jpg").read_bytes()
    assert not has_location(written)
    with Image.open(io.BytesIO(written)) as image:
        assert image.format == "JPEG" and image.size == (800, 600)
        exif = image.getexif()
        assert not exif.get_ifd(0x8825), "no GPS block"
        assert 0xA431 not in exif.get_ifd(0x8769), "no body serial number"
        assert b"SN-12345678" not in written and b"Newsroom Test Camera" not in written
        assert "Ana Ruiz" in exif[0x013B]  # Artist: the credit
    assert library.media(picture.uid).data == original


def test_the_page_is_made_from_what_the_outbox_sends_not_from_the_library_again(
    publisher: StaticSitePublisher, library: Library, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article is read once, by the outbox: what the site shows is the Outgoing,
    even when the library's copy changed since (or cannot be read)."""
    made = library.create_article(
        Article(headline="Ports reopen", body="Ships move again.", section_id=section(
            library, "My Europe/Europe News"), byline="Ana Ruiz")
    )  # fmt: skip
    sent = outgoing(library, made)
    library.save_article(replace(library.article(made.id or 0), headline="Changed after"))

    def unread(article_id: int) -> Article:
        raise AssertionError("the static site read the article from the library again")

    monkeypatch.setattr(library, "article", unread)
    remote = publisher.publish(sent, None)
    page = (site / remote.remote_id).read_text(encoding="utf-8")
    assert "Ports reopen" in page and "Changed after" not in page
    assert "Ships move again." in page and "Ana Ruiz" in page
    assert "Europe News" in page  # the section, from the Outgoing's section path
