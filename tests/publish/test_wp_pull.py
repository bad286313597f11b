"""Pulling a real WordPress (the fixture ``wp``, on 127.0.0.1) into the library:
posts, categories and tags, linked so that later syncs update instead of duplicate."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from servers.wordpress import WordPressSite

from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, Status
from newsroom.core.publish.assemble import assemble
from newsroom.core.publish.base import Action, AuthFailed, Remote
from newsroom.core.publish.targets import add_target
from newsroom.core.publish.wordpress import WordPressPublisher, parse_wp_time
from newsroom.core.publish.wp_pull import pull, pull_site, take_remote


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(tmp_path / "Desk.newsroom")
    yield lib
    lib.close()


def client(
    library: Library, site: WordPressSite, password: str | None = None
) -> WordPressPublisher:
    target = add_target(library, "Site", "wordpress", site.url, site.username)
    secret = site.app_password if password is None else password
    return WordPressPublisher(target, secret=secret, library=library)


def rest(site: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    response = site.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def new_post(site: WordPressSite, **body: Any) -> dict[str, Any]:
    return dict(rest(site, "POST", "wp/v2/posts", params={"context": "edit"}, json=body))


def count_posts(site: WordPressSite) -> int:
    response = site.rest("GET", "/wp/v2/posts", params={"status": "any", "per_page": 1})
    return int(response.headers["x-wp-total"])


def linked(library: Library, remote_id: int) -> Article:
    row = library.conn.execute(
        "SELECT article_id FROM sync_state WHERE remote_id = ?", [str(remote_id)]
    ).fetchone()
    assert row is not None, f"post {remote_id} is not linked"
    return library.article(int(row[0]))


def test_pull_imports_posts_categories_and_tags(
    wp: WordPressSite, library: Library, token: str
) -> None:
    top = rest(wp, "POST", "wp/v2/categories", json={"name": f"Politics {token}"})
    middle = rest(
        wp, "POST", "wp/v2/categories", json={"name": "EU & Brussels", "parent": top["id"]}
    )
    deep = rest(wp, "POST", "wp/v2/categories", json={"name": "Council", "parent": middle["id"]})
    # Two names one library slug: "news-views" (a section slug is unique per parent).
    views = rest(wp, "POST", "wp/v2/categories", json={"name": "News & Views", "parent": top["id"]})
    slashed = rest(
        wp, "POST", "wp/v2/categories", json={"name": "News / Views", "parent": top["id"]}
    )
    tag = rest(wp, "POST", "wp/v2/tags", json={"name": f"Budget {token}"})
    published = new_post(
        wp,
        title=f"Budget agreed {token}",
        excerpt="After a long night.",
        content=(
            "<!-- wp:paragraph --><p>Text with <strong>bold</strong> words.</p>"
            "<!-- /wp:paragraph -->\n<h2>Next</h2>\n<p>More &amp; more.</p>"
        ),
        status="publish",
        date_gmt="2026-01-06T09:30:00",
        categories=[deep["id"]],
        tags=[tag["id"]],
    )
    draft = new_post(
        wp, title=f"Still a draft {token}", content="Plain words.", categories=[top["id"]]
    )
    total = count_posts(wp)

    with client(library, wp) as site:
        summary = pull_site(site)
        assert (summary.new, summary.updated, summary.unchanged) == (total, 0, 0)
        assert f"Politics {token} › EU & Brussels › Council" in summary.folded
        assert "went into their parent" in summary.message()

        article = linked(library, published["id"])
        assert article.headline == f"Budget agreed {token}"
        assert article.standfirst == "After a long night."
        assert "Text with **bold** words." in article.body
        assert "## Next" in article.body
        assert "More & more." in article.body
        assert article.tags == [f"Budget {token}"]
        assert article.status is Status.PUBLISHED
        assert article.published_at == parse_wp_time("2026-01-06T09:30:00")
        lineage = library.section_tree().lineage(article.section_id)
        assert [s.name for s in lineage] == [f"Politics {token}", "EU & Brussels"]

        other = linked(library, draft["id"])
        assert other.status is Status.DRAFT
        assert other.body == "Plain words."
        assert [s.name for s in library.section_tree().lineage(other.section_id)] == [
            f"Politics {token}"
        ]

        shared = {
            s.name
            for s in library.sections()
            if s.parent_id == lineage[0].id and s.slug == "news-views"
        }
        assert len(shared) == 1
        assert views["id"] != slashed["id"]

        # A second pull changes nothing and makes nothing.
        articles = len(library.articles())
        again = pull_site(site)
    assert (again.new, again.updated, again.unchanged, again.skipped) == (0, 0, total, [])
    assert again.sections_created == 0
    assert len(library.articles()) == articles


def test_remote_changes_update_and_local_changes_are_kept(
    wp: WordPressSite, library: Library, token: str
) -> None:
    made = new_post(wp, title=f"First {token}", content="<p>One.</p>", status="publish")
    with client(library, wp) as site:
        pull_site(site)
        time.sleep(1.1)  # modified_gmt has whole seconds
        rest(wp, "POST", f"wp/v2/posts/{made['id']}", json={"title": f"Second {token}"})
        summary = pull_site(site)
        assert summary.updated == 1 and summary.new == 0
        article = linked(library, made["id"])
        assert article.headline == f"Second {token}"

        # Now both sides change: the library's version stays, and the pull says so.
        library.save_article(replace(article, headline=f"Mine {token}"))
        time.sleep(1.1)
        rest(wp, "POST", f"wp/v2/posts/{made['id']}", json={"title": f"Theirs {token}"})
        summary = pull_site(site)
        assert summary.skipped == [f"Mine {token}"]
        assert summary.updated == 0
        assert f"“Mine {token}”" in summary.message()
        assert linked(library, made["id"]).headline == f"Mine {token}"

        # The journalist takes the site's version.
        take_remote(site, str(made["id"]))
        assert linked(library, made["id"]).headline == f"Theirs {token}"
        assert pull_site(site).skipped == []


def test_a_pulled_post_is_updated_when_published(
    wp: WordPressSite, library: Library, token: str
) -> None:
    made = new_post(wp, title=f"Pulled {token}", content="<p>Words.</p>", status="publish")
    with client(library, wp) as site:
        pull_site(site)
        article = linked(library, made["id"])
        library.save_article(replace(article, headline=f"Edited here {token}"))
        remote_id, remote_url, modified = library.conn.execute(
            "SELECT remote_id, remote_url, remote_modified FROM sync_state WHERE article_id = ?",
            [article.id],
        ).fetchone()
        outgoing = assemble(library, int(article.id or 0), Action.UPDATE, idempotency_key=token)
        remote = site.publish(outgoing, Remote(remote_id, remote_url, modified))
    assert remote.remote_id == str(made["id"])
    found = rest(wp, "GET", "wp/v2/posts", params={"search": token, "status": "any"})
    assert [p["id"] for p in found] == [made["id"]]
    assert found[0]["title"]["rendered"] == f"Edited here {token}"


def test_a_post_this_library_made_is_linked_by_its_marker(
    wp: WordPressSite, library: Library, token: str
) -> None:
    article = library.create_article(Article(headline=f"Ours {token}", body="Our words."))
    outgoing = assemble(library, int(article.id or 0), Action.PUBLISH, idempotency_key=token)
    with client(library, wp) as site:
        remote = site.publish(outgoing, None)  # the outbox never recorded it
        total = count_posts(wp)
        summary = pull_site(site)
    assert summary.new == total - 1  # all but ours (the site has its "Hello world!")
    assert [a.headline for a in library.articles()].count(f"Ours {token}") == 1
    assert linked(library, int(remote.remote_id)).id == article.id
    assert library.article(int(article.id or 0)).headline == f"Ours {token}"


def test_pull_pages_through_more_than_a_hundred_posts(
    wp: WordPressSite, library: Library, token: str
) -> None:
    for batch in range(4):  # 100 posts, 25 per request (the batch API's limit)
        requests = [
            {
                "method": "POST",
                "path": "/wp/v2/posts",
                "body": {"title": f"Many {token} {batch}-{n}", "status": "draft"},
            }
            for n in range(25)
        ]
        answer = rest(wp, "POST", "batch/v1", json={"requests": requests})
        assert all(r["status"] == 201 for r in answer["responses"])
    total = count_posts(wp)
    assert total > 100  # with the site's own "Hello world!": two pages
    with client(library, wp) as site:
        summary = pull_site(site)
    assert summary.new == total
    headlines = {a.headline for a in library.articles()}
    assert {f"Many {token} {b}-{n}" for b in range(4) for n in range(25)} <= headlines


def test_a_wrong_password_pulls_nothing(wp: WordPressSite, library: Library) -> None:
    target = add_target(library, "Site", "wordpress", wp.url, wp.username)
    before = len(library.articles())
    with pytest.raises(AuthFailed):
        pull(target, secret="aaaa bbbb cccc dddd eeee ffff", library=library)
    assert len(library.articles()) == before
