"""Merging sections on the real WordPress on 127.0.0.1 (``wp``, put back after each test):
the merged section's category leaves the site, its posts (Newsroom's and the site's own)
going into the other section's category; into a section without a category, the
category is taken over and renamed; declined, the site keeps it; cut off halfway, the
merge is finished on the next try.

Everything goes through the outbox and the sync engine (:func:`commands.sync`) with real
requests, as the window does after a merge."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from golive_helpers import approve
from servers.wordpress import WordPressSite

from newsroom.core import section_ops
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.publish import commands, golive, outbox
from newsroom.core.publish.base import Rejected, Target, Temporary
from newsroom.core.publish.sync import SyncSummary
from newsroom.core.publish.targets import add_target, list_targets
from newsroom.core.publish.wordpress import WordPressPublisher


@pytest.fixture
def token() -> str:
    return uuid.uuid4().hex[:8]


def target(library: Library, wp: WordPressSite) -> Target:
    return add_target(library, "Site", "wordpress", wp.url, wp.username, {})


def client(library: Library, wp: WordPressSite, **kw: Any) -> WordPressPublisher:
    site = next(t for t in list_targets(library) if t.name == "Site")
    return WordPressPublisher(site, secret=wp.app_password, library=library, **kw)


def sync(library: Library, wp: WordPressSite) -> SyncSummary:
    return commands.sync(
        library,
        publisher_for=lambda t: WordPressPublisher(t, secret=wp.app_password, library=library),
    )


def rest(wp: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    response = wp.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def post(wp: WordPressSite, post_id: int) -> dict[str, Any]:
    return dict(rest(wp, "GET", f"wp/v2/posts/{post_id}", params={"context": "edit"}))


def post_of(wp: WordPressSite, library: Library, article_id: int, site: Target) -> dict[str, Any]:
    known = outbox.known_remote(library, article_id, site.id)
    assert known is not None
    return post(wp, int(known.remote_id))


def category_exists(wp: WordPressSite, category: int) -> bool:
    response = wp.rest("GET", f"/wp/v2/categories/{category}")
    assert response.status_code in (200, 404), response.text
    return response.status_code == 200


def categories_named(wp: WordPressSite, token: str) -> list[dict[str, Any]]:
    found = rest(wp, "GET", "wp/v2/categories", params={"search": token, "hide_empty": "false"})
    return sorted(found, key=lambda c: c["id"])


def foreign_post(wp: WordPressSite, title: str, categories: list[int], status: str) -> int:
    """A post written on the site itself, not from Newsroom."""
    made = rest(
        wp,
        "POST",
        "wp/v2/posts",
        json={
            "title": title,
            "content": "Written on the site.",
            "status": status,
            "categories": categories,
        },
    )
    return int(made["id"])


def story(library: Library, section_id: int, headline: str) -> int:
    made = library.create_article(
        Article(
            headline=headline,
            standfirst="Ferries are back.",
            body="The first boat left at dawn.",
            byline="The Desk",
            section_id=section_id,
        )
    )
    assert made.id is not None
    approve(library, made.id)
    return made.id


def publish(library: Library, wp: WordPressSite, site: Target, *article_ids: int) -> None:
    for article_id in article_ids:
        golive.publish(library, article_id, site)
    summary = sync(library, wp)
    assert summary.ok and summary.sent == len(article_ids), summary.failures


def merge(library: Library, source_id: int, into_id: int, *, on_site: bool = True) -> list[str]:
    """What the window does when a section is merged into another."""
    section_ops.merge_sections(library, source_id, into_id)
    names = golive.sections_merged(library, source_id, into_id, on_site=on_site)
    assert golive.sections_changed(library, [into_id]) == []
    return names


def remembered(library: Library) -> dict[str, str]:
    rows = library.conn.execute(
        "SELECT local_key, remote_id FROM remote_terms WHERE kind = 'category'"
    ).fetchall()
    return {str(key): str(remote_id) for key, remote_id in rows}


def test_a_merged_section_takes_its_posts_and_the_sites_own_into_the_other_category(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")
    first = story(library, sport.id, f"Cup final {token}")
    second = story(library, sports.id, f"League table {token}")
    publish(library, wp, site, first, second)
    old = post_of(wp, library, first, site)["categories"][0]
    new = post_of(wp, library, second, site)["categories"][0]
    assert old != new
    # Written on the site: one published in the old category only, one draft in both.
    theirs = foreign_post(wp, f"Match report {token}", [old], "publish")
    both = foreign_post(wp, f"Preview {token}", [old, new], "draft")

    assert merge(library, sport.id, sports.id) == ["Site"]
    summary = sync(library, wp)
    assert summary.ok and summary.sent == 2, summary.failures  # both, now in one section

    assert not category_exists(wp, old)
    assert post_of(wp, library, first, site)["categories"] == [new]
    assert post_of(wp, library, second, site)["categories"] == [new]
    assert post(wp, theirs)["categories"] == [new]
    assert post(wp, both)["categories"] == [new]  # once, not twice
    assert post(wp, both)["status"] == "draft"
    assert [c["id"] for c in categories_named(wp, token)] == [new]  # none made again
    assert remembered(library) == {f"section:{sports.id}": str(new)}  # nothing waiting

    # A second sync finds nothing to do and touches nothing.
    before = {p: post(wp, p)["modified_gmt"] for p in (theirs, both)}
    again = sync(library, wp)
    assert again.ok and again.sent == 0, again.failures
    assert {p: post(wp, p)["modified_gmt"] for p in (theirs, both)} == before
    assert [c["id"] for c in categories_named(wp, token)] == [new]


def test_into_a_section_without_a_category_the_category_is_taken_over_and_renamed(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")  # never sent: no category
    first = story(library, sport.id, f"Cup final {token}")
    publish(library, wp, site, first)
    category = post_of(wp, library, first, site)["categories"][0]
    theirs = foreign_post(wp, f"Match report {token}", [category], "publish")

    assert merge(library, sport.id, sports.id) == ["Site"]
    summary = sync(library, wp)
    assert summary.ok and summary.sent == 1, summary.failures

    assert post_of(wp, library, first, site)["categories"] == [category]
    assert post(wp, theirs)["categories"] == [category]
    renamed = rest(wp, "GET", f"wp/v2/categories/{category}")
    assert renamed["name"] == f"Sports {token}" and renamed["parent"] == 0
    assert [c["id"] for c in categories_named(wp, token)] == [category]
    assert remembered(library) == {f"section:{sports.id}": str(category)}


def test_declining_leaves_the_category_on_the_site(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")
    first = story(library, sport.id, f"Cup final {token}")
    second = story(library, sports.id, f"League table {token}")
    publish(library, wp, site, first, second)
    old = post_of(wp, library, first, site)["categories"][0]
    new = post_of(wp, library, second, site)["categories"][0]
    theirs = foreign_post(wp, f"Match report {token}", [old], "publish")

    assert merge(library, sport.id, sports.id, on_site=False) == ["Site"]
    summary = sync(library, wp)
    assert summary.ok and summary.sent == 2, summary.failures

    assert post_of(wp, library, first, site)["categories"] == [new]  # the article moved
    kept = rest(wp, "GET", f"wp/v2/categories/{old}")
    assert kept["name"] == f"Sport {token}" and kept["count"] == 1
    assert post(wp, theirs)["categories"] == [old]
    assert remembered(library) == {f"section:{sports.id}": str(new)}


def test_a_merge_cut_off_halfway_is_finished_on_the_next_try(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")
    first = story(library, sport.id, f"Cup final {token}")
    second = story(library, sports.id, f"League table {token}")
    publish(library, wp, site, first, second)
    old = post_of(wp, library, first, site)["categories"][0]
    new = post_of(wp, library, second, site)["categories"][0]
    theirs = foreign_post(wp, f"Match report {token}", [old], "publish")
    merge(library, sport.id, sports.id)

    class Busy(httpx.BaseTransport):
        """The site, failing when asked to delete a category: after the posts moved."""

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "DELETE" and "categories" in str(request.url):
                return httpx.Response(503, json={"code": "busy", "message": "Busy."})
            return self.inner.handle_request(request)

    with client(library, wp, transport=Busy()) as busy, pytest.raises(Temporary):
        busy.merges.apply()
    assert post(wp, theirs)["categories"] == [new]  # moved before it was cut off
    assert category_exists(wp, old)
    assert f"merged:{sport.id}" in remembered(library)  # still waiting

    summary = sync(library, wp)
    assert summary.ok and summary.sent == 2, summary.failures
    assert not category_exists(wp, old)
    assert post(wp, theirs)["categories"] == [new]
    assert post_of(wp, library, first, site)["categories"] == [new]
    assert remembered(library) == {f"section:{sports.id}": str(new)}


def test_a_category_already_deleted_on_the_site_counts_as_merged(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")
    first = story(library, sport.id, f"Cup final {token}")
    second = story(library, sports.id, f"League table {token}")
    publish(library, wp, site, first, second)
    old = post_of(wp, library, first, site)["categories"][0]
    new = post_of(wp, library, second, site)["categories"][0]
    merge(library, sport.id, sports.id)
    rest(wp, "DELETE", f"wp/v2/categories/{old}", params={"force": "true"})

    summary = sync(library, wp)
    assert summary.ok and summary.sent == 2, summary.failures
    assert post_of(wp, library, first, site)["categories"] == [new]
    assert remembered(library) == {f"section:{sports.id}": str(new)}


def test_a_refused_merge_says_so_and_waits_until_declined(
    wp: WordPressSite, library: Library, token: str
) -> None:
    site = target(library, wp)
    sport = library.add_section(f"Sport {token}")
    sports = library.add_section(f"Sports {token}")
    first = story(library, sport.id, f"Cup final {token}")
    second = story(library, sports.id, f"League table {token}")
    publish(library, wp, site, first, second)
    old = post_of(wp, library, first, site)["categories"][0]
    merge(library, sport.id, sports.id)

    class Refusing(httpx.BaseTransport):
        """The site, as an account that may not delete categories sees it."""

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "DELETE" and "categories" in str(request.url):
                return httpx.Response(
                    403,
                    json={
                        "code": "rest_cannot_delete",
                        "message": "Sorry, you are not allowed to delete this term.",
                        "data": {"status": 403},
                    },
                )
            return self.inner.handle_request(request)

    with client(library, wp, transport=Refusing()) as refused, pytest.raises(Rejected) as said:
        refused.merges.apply()
    assert f"“Sport {token}” could not be merged into “Sports {token}”" in str(said.value)
    assert "not allowed to delete" in str(said.value)
    assert f"merged:{sport.id}" in remembered(library)  # tried again with the next send

    # The journalist gives up merging on the site: the sends go through, the site keeps it.
    assert golive.sections_merged(library, sport.id, sports.id, on_site=False) == ["Site"]
    assert f"merged:{sport.id}" not in remembered(library)
    summary = sync(library, wp)
    assert summary.ok and summary.sent == 2, summary.failures
    assert category_exists(wp, old)
