"""The library's answers for the metadata form: tags and bylines in use, image details,
whether a slug still follows its headline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article


def test_tags_are_listed_most_used_first(library: Library) -> None:
    library.create_article(Article(headline="A", tags=["floods", "shipping"]))
    library.create_article(Article(headline="B", tags=["floods", "Rhine"]))
    tags = library.tags()
    assert tags[0] == "floods"
    assert set(tags) == {"floods", "shipping", "Rhine", "newsroom", "getting started", "how-to"}
    assert len(tags) == len(set(tags))


def test_tags_of_trashed_articles_are_not_offered(library: Library) -> None:
    article = library.create_article(Article(headline="Gone", tags=["obsolete"]))
    library.db.execute("UPDATE articles SET deleted_at = '2026-01-01' WHERE id = ?", [article.id])
    assert "obsolete" not in library.tags()


def test_a_tag_counts_only_its_articles_outside_the_trash(library: Library) -> None:
    library.create_article(Article(headline="A", tags=["floods"]))
    library.create_article(Article(headline="B", tags=["ports", "floods"]))
    c = library.create_article(Article(headline="C", tags=["ports"]))
    d = library.create_article(Article(headline="D", tags=["ports"]))
    assert library.tags()[0] == "ports"  # three against two
    library.trash_articles([c.id, d.id])  # type: ignore[list-item]
    tags = library.tags()
    assert tags[0] == "floods" and "ports" in tags  # two against one


def test_bylines_are_split_into_names_most_used_first(library: Library) -> None:
    library.create_article(Article(headline="A", byline="Anna Weber, Jan Peeters"))
    library.create_article(Article(headline="B", byline="Anna Weber"))
    library.create_article(Article(headline="C", byline="  "))
    assert library.bylines() == ["Anna Weber", "Jan Peeters", "The Newsroom Desk"]


def test_a_name_twice_in_one_byline_counts_once(library: Library) -> None:
    library.create_article(Article(headline="A", byline="Jan Peeters, Jan  Peeters"))
    library.create_article(Article(headline="B", byline="Lea Roux"))
    library.create_article(Article(headline="C", byline="Lea Roux"))
    assert library.bylines()[0] == "Lea Roux"


def test_image_details_are_updated_and_the_bytes_kept(library: Library) -> None:
    media = library.add_media("a.png", "image/png", b"\x89PNG-bytes", caption="Old")
    updated = library.update_media(media.id, alt="Barges", caption="At Basel", credit="AW")
    assert (updated.alt, updated.caption, updated.credit) == ("Barges", "At Basel", "AW")
    again = library.media_by_id(media.id)
    assert again == updated and again.data == b"\x89PNG-bytes"


def test_none_leaves_an_image_detail_as_it_is(library: Library) -> None:
    media = library.add_media("a.png", "image/png", b"x", alt="A", caption="C", credit="R")
    updated = library.update_media(media.id, caption="New")
    assert (updated.alt, updated.caption, updated.credit) == ("A", "New", "R")


def test_updating_a_missing_image_says_so(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.update_media(9999, caption="x")


def test_a_read_only_library_refuses_image_details(library: Library) -> None:
    media = library.add_media("a.png", "image/png", b"x")
    path = library.path
    library.close()
    with open_library(path, read_only=True) as ro, pytest.raises(ReadOnlyError):
        ro.update_media(media.id, caption="x")
    with open_library(path) as again:
        assert again.media_by_id(media.id).caption == ""


def test_a_slug_is_auto_until_chosen_by_hand(library: Library) -> None:
    article = library.create_article(Article(headline="Floods"))
    assert article.id is not None and library.slug_is_auto(article.id)
    library.save_article(replace(article, headline="Floods on the Rhine"))
    assert library.slug_is_auto(article.id)
    library.save_article(replace(article, slug="rhine"))
    assert not library.slug_is_auto(article.id)
    chosen = library.create_article(Article(headline="X", slug="chosen"))
    assert chosen.id is not None and not library.slug_is_auto(chosen.id)


def test_slug_is_auto_of_a_missing_article_says_so(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.slug_is_auto(9999)
