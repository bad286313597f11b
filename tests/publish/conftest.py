"""Fixtures for the publishing tests: a real WordPress on 127.0.0.1.

``wordpress`` (session) starts one site the first time a test asks for it and stops it at
the end of the session; sessions that never ask pay nothing. ``wp`` (per test) is the
same site, with everything the test created (posts, pages, media, categories, tags,
users, application passwords, changed settings) removed afterwards.

Without the Debian packages the fixtures fail (they do not skip) and say to run
``scripts/bootstrap test``. ``NEWSROOM_KEEP_WORDPRESS=1`` keeps the site's state
directory after the session, to read its logs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers.wordpress import (
    WordPressError,
    WordPressSite,
    discard,
    make_state_dir,
    restore,
    snapshot,
    up,
)

from newsroom.core.library import Library, open_library
from newsroom.core.publish.targets import list_targets, remove_target


@pytest.fixture(scope="session")
def wordpress() -> Iterator[WordPressSite]:
    """A fresh WordPress site with an administrator and an Application Password."""
    state_dir = make_state_dir()
    keep = os.environ.get("NEWSROOM_KEEP_WORDPRESS") == "1"
    try:
        # owner: should this process die without cleaning up, the site goes too
        site = up(state_dir, owner=os.getpid())
    except WordPressError as error:  # WordPressMissing says to run scripts/bootstrap test
        discard(state_dir, keep=keep)
        pytest.fail(str(error), pytrace=False)
    try:
        yield site
    finally:
        discard(state_dir, keep=keep)


@pytest.fixture
def wp(wordpress: WordPressSite) -> Iterator[WordPressSite]:
    """The session's site, put back as it was after the test."""
    before = snapshot(wordpress)
    yield wordpress
    failures = restore(wordpress, before)
    if failures:
        pytest.fail("Could not clean up the WordPress test site: " + "; ".join(failures))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A new library (sample sections and welcome article) in a temp dir, without its
    own "Site folder" target, so that the targets a test sees are the test's."""
    lib = open_library(tmp_path / "Desk.newsroom")
    for target in list_targets(lib):
        remove_target(lib, target.id)
    yield lib
    lib.close()


@pytest.fixture
def token() -> str:
    """A test's own word, in the names of what it makes on a shared test site."""
    return uuid.uuid4().hex[:8]
