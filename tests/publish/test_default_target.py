"""Every new library has its own publishing target: a static site in a folder beside
it, named as a folder name alone, so it travels with the library."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from newsroom.core.library import create_library, open_library
from newsroom.core.publish import commands, kinds
from newsroom.core.publish.targets import TargetError, add_target, list_targets


def test_a_new_library_publishes_to_a_folder_beside_it_even_after_a_move(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "office" / "Desk.newsroom"
    library = create_library(desk)
    (target,) = list_targets(library)
    assert (target.name, target.kind, target.url) == ("Site folder", kinds.STATIC, "Desk site")
    slug = library.articles()[0].slug
    summary = commands.publish(library, slug, target.name)
    assert summary.ok
    assert (tmp_path / "office" / "Desk site" / "articles" / f"{slug}.html").is_file()
    library.close()

    # The journalist copies the library to a laptop: the site goes beside the copy.
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    shutil.copy(desk, laptop / desk.name)
    moved = open_library(laptop / desk.name)
    edited = moved.article_by_slug(slug)
    moved.save_article(replace(edited, headline="Filed on the train"))
    assert commands.publish(moved, slug, "Site folder").ok
    page = laptop / "Desk site" / "articles" / f"{slug}.html"
    assert "Filed on the train" in page.read_text(encoding="utf-8")
    moved.close()


def test_a_relative_folder_must_be_a_bare_name(tmp_path: Path) -> None:
    library = create_library(tmp_path / "A.newsroom", seed=False)
    add_target(library, "Beside", kinds.STATIC, "Public")
    for bad in ("a/b", "..", "."):
        with pytest.raises(TargetError, match="given in full"):
            add_target(library, "Bad", kinds.STATIC, bad)
    library.close()
