"""A WordPress export file made by the real WordPress the suite runs (the same
``export_wp()`` as Tools › Export), imported into a library: every post with its
text, excerpt, author, date, status, tags and category; pages and the bin left out."""

from __future__ import annotations

from pathlib import Path

from servers.wordpress import WordPressSite

from newsroom.core.importers.files import import_file
from newsroom.core.library import Library
from newsroom.core.model import Status


def _term(wp: WordPressSite, kind: str, name: str) -> int:
    made = wp.rest("POST", f"/wp/v2/{kind}", json={"name": name})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _post(wp: WordPressSite, **fields: object) -> int:
    made = wp.rest("POST", "/wp/v2/posts", json=fields)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_a_wordpress_export_imports_every_post_with_its_fields(
    wp: WordPressSite, library: Library, tmp_path: Path
) -> None:
    culture = _term(wp, "categories", "Culture")
    tags = [_term(wp, "tags", "Rhine"), _term(wp, "tags", "Floods")]
    _post(
        wp,
        title="Barges wait at Basel",
        slug="barges-wait-at-basel",
        status="publish",
        date_gmt="2026-11-30T06:15:00",
        excerpt="The river is too high to pass under the bridges.",
        content=(
            "<!-- wp:paragraph --><p>The Rhine rose <strong>two metres</strong> overnight, "
            '<em>the highest since 1999</em>; see the <a href="https://example.org/levels">'
            "river authority</a>.</p><!-- /wp:paragraph -->\n"
            '<!-- wp:heading --><h2 class="wp-block-heading">What comes next</h2>'
            "<!-- /wp:heading -->\n"
            "<!-- wp:list --><ul><li>Locks closed</li><li>Ferries stopped</li></ul>"
            "<!-- /wp:list -->"
        ),
        categories=[culture],
        tags=tags,
    )
    _post(wp, title="Council budget, first draft", status="draft", content="<p>Numbers.</p>")
    binned = _post(wp, title="Thrown away", status="publish", content="<p>Gone.</p>")
    assert wp.rest("DELETE", f"/wp/v2/posts/{binned}").status_code == 200  # to the bin
    page = wp.rest("POST", "/wp/v2/pages", json={"title": "About us", "status": "publish"})
    assert page.status_code == 201, page.text

    with wp.plugin("export"):
        exported = wp.rest("GET", "/newsroom-test/v1/export")
    assert exported.status_code == 200, exported.text[:500]
    assert "<wp:wxr_version>" in exported.text
    export = tmp_path / "desk.WordPress.2026-12-05.xml"
    export.write_bytes(exported.content)

    results = import_file(library, export)

    by_headline = {r.article.headline: r.article for r in results}
    assert {"Barges wait at Basel", "Council budget, first draft"} <= set(by_headline)
    assert "Thrown away" not in by_headline and "About us" not in by_headline
    posts = wp.rest("GET", "/wp/v2/posts", params={"status": "publish,draft", "per_page": 100})
    assert len(results) == len(posts.json())  # WordPress's own "Hello world!" too
    barges = by_headline["Barges wait at Basel"]
    assert barges.slug == "barges-wait-at-basel"
    assert barges.status == Status.PUBLISHED
    assert barges.published_at is not None
    assert barges.published_at.isoformat().startswith("2026-11-30T06:15")
    assert barges.standfirst == "The river is too high to pass under the bridges."
    assert sorted(barges.tags) == ["Floods", "Rhine"]
    assert library.section_tree().path_of(barges.section_id) == "Culture"
    assert barges.byline  # the author's display name
    assert "The Rhine rose **two metres** overnight, *the highest since 1999*" in barges.body
    assert "[river authority](https://example.org/levels)" in barges.body
    assert "## What comes next" in barges.body
    assert "- Locks closed\n- Ferries stopped" in barges.body
    assert "wp:" not in barges.body  # the block editor's comments are not text
    assert by_headline["Council budget, first draft"].status == Status.DRAFT
    stored = library.article_by_slug("barges-wait-at-basel")
    assert stored.body == barges.body
