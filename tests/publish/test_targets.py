"""Targets in the library: added with their address checked, listed, renamed,
paused and removed (their outbox going with them); and the client for each kind."""

from __future__ import annotations

import dataclasses
import importlib
import sqlite3
import sys
import types
from pathlib import Path

import pytest

from newsroom.core import schema
from newsroom.core.errors import NotFoundError, ReadOnlyError
from newsroom.core.library import Library, open_library
from newsroom.core.model import utcnow
from newsroom.core.publish import kinds
from newsroom.core.publish.base import Target
from newsroom.core.publish.clients import NoClient, make_publisher, needs_secret
from newsroom.core.publish.kinds import Kind
from newsroom.core.publish.targets import (
    TargetError,
    add_target,
    get_target,
    list_targets,
    pause_target,
    pending_count,
    remove_target,
    resume_target,
    target_by_id,
    update_target,
)


def test_add_list_and_get(library: Library, tmp_path: Path) -> None:
    site = add_target(library, " Website ", "wordpress", "https://news.example.org/", " ada ")
    wire = add_target(library, "Wire", kinds.NINJS, "http://127.0.0.1:8080/ninjs")
    folder = add_target(library, "archive", "STATIC", str(tmp_path / "site"))
    assert site == Target(site.id, "Website", kinds.WORDPRESS, "https://news.example.org", "ada")
    assert wire.username is None and wire.url == "http://127.0.0.1:8080/ninjs"
    assert folder.kind is kinds.STATIC and folder.url == str(tmp_path / "site")
    assert [t.name for t in list_targets(library)] == ["archive", "Website", "Wire"]
    assert get_target(library, "Website") == site == target_by_id(library, site.id)
    with pytest.raises(NotFoundError, match="no target “Nope”"):
        get_target(library, "Nope")


@pytest.mark.parametrize(
    ("name", "kind", "url", "user", "message"),
    [
        ("", "wordpress", "https://a.example", "ada", "needs a name"),
        ("a/b", "wordpress", "https://a.example", "ada", "cannot be a target's name"),
        ("x" * 61, "wordpress", "https://a.example", "ada", "at most 60"),
        ("Site", "carrier-pigeon", "https://a.example", "ada", "not a kind of target"),
        ("Site", "wordpress", "ftp://a.example", "ada", "starts with https://"),
        ("Site", "wordpress", "a.example", "ada", "starts with https://"),
        ("Site", "ninjs", "https://", None, "starts with https://"),
        ("Site", "wordpress", "https://ada:pw@a.example", "ada", "not in the address"),
        ("Site", "wordpress", "ftp://ada:pw@a.example", "ada", "not in the address"),
        ("Site", "ninjs", "https://[::1", None, "not a web address"),
        ("Site", "wordpress", "https://a.example", None, "needs the user name"),
        ("Site", "static", "relative/folder", None, "given in full"),
        ("Site", "static", "/srv/site", "ada", "no user name"),
    ],
)
def test_bad_targets_are_refused_and_nothing_changes(
    library: Library, name: str, kind: str, url: str, user: str | None, message: str
) -> None:
    with pytest.raises(TargetError, match=message) as caught:
        add_target(library, name, kind, url, user)
    assert ":pw@" not in str(caught.value)  # a password typed into the address
    assert list_targets(library) == []


def test_a_static_target_must_be_a_folder(library: Library, tmp_path: Path) -> None:
    file = tmp_path / "page.html"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(TargetError, match="is a file, not a folder"):
        add_target(library, "Site", "static", str(file))
    assert add_target(library, "Site", "static", f"file://{tmp_path}").url == str(tmp_path)


def test_names_are_unique_whatever_their_case(library: Library) -> None:
    add_target(library, "Website", "wordpress", "https://a.example", "ada")
    with pytest.raises(TargetError, match="already a target called “website”"):
        add_target(library, "website", "ninjs", "https://b.example")
    other = add_target(library, "Other", "ninjs", "https://b.example")
    with pytest.raises(TargetError, match="already"):
        update_target(library, other.id, name="WEBSITE", url=other.url, username=None)


def test_update_keeps_the_kind_and_checks_again(library: Library) -> None:
    site = add_target(library, "Website", "wordpress", "https://a.example", "ada")
    moved = update_target(
        library, site.id, name="Main site", url="https://b.example/", username="bob"
    )
    assert (moved.id, moved.name, moved.kind, moved.url, moved.username) == (
        site.id,
        "Main site",
        kinds.WORDPRESS,
        "https://b.example",
        "bob",
    )
    with pytest.raises(TargetError, match="needs the user name"):
        update_target(library, site.id, name="Main site", url="https://b.example", username="")
    assert target_by_id(library, site.id) == moved


def test_pause_and_resume(library: Library, tmp_path: Path) -> None:
    site = add_target(library, "Website", "wordpress", "https://a.example", "ada")
    assert pause_target(library, site.id).paused
    assert get_target(library, "Website").paused
    assert not resume_target(library, site.id).paused
    with pytest.raises(NotFoundError):
        pause_target(library, 999)


def _queue(library: Library, target_id: int, state: str) -> None:
    article_id = library.articles()[0].id
    now = utcnow().isoformat()
    with library._write() as db:
        db.table("outbox").insert(
            {
                "target_id": target_id,
                "article_id": article_id,
                "action": "publish",
                "state": state,
                "idempotency_key": f"{target_id}-{state}-{now}-{len(list(db['outbox'].rows))}",
                "created_at": now,
                "updated_at": now,
            }
        )


def test_removing_a_target_drops_its_outbox_and_says_how_many_were_pending(
    library: Library,
) -> None:
    site = add_target(library, "Website", "wordpress", "https://a.example", "ada")
    keep = add_target(library, "Wire", "ninjs", "https://b.example")
    for state in ("queued", "attention", "done"):
        _queue(library, site.id, state)
    _queue(library, keep.id, "queued")
    assert pending_count(library, site.id) == 2
    assert remove_target(library, site.id) == 2
    assert [t.name for t in list_targets(library)] == ["Wire"]
    rows = library.conn.execute("SELECT target_id FROM outbox").fetchall()
    assert rows == [(keep.id,)]  # the cascade took the removed target's entries only
    with pytest.raises(NotFoundError):
        remove_target(library, site.id)


def test_a_read_only_library_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    with open_library(path) as library:
        add_target(library, "Website", "wordpress", "https://a.example", "ada")
    with open_library(path, read_only=True) as library:
        assert [t.name for t in list_targets(library)] == ["Site folder", "Website"]
        with pytest.raises(ReadOnlyError):
            add_target(library, "Other", "ninjs", "https://b.example")
        with pytest.raises(ReadOnlyError):
            pause_target(library, get_target(library, "Website").id)


# -- clients ---------------------------------------------------------------------------
def test_which_targets_need_a_secret() -> None:
    def t(kind: Kind, user: str | None) -> Target:
        return Target(1, "T", kind, "https://a.example", user)

    assert needs_secret(t(kinds.WORDPRESS, "ada"))
    assert needs_secret(t(kinds.NINJS, "ada"))
    assert not needs_secret(t(kinds.NINJS, None))
    assert not needs_secret(Target(1, "T", kinds.STATIC, "/srv/site"))


class RecordingPublisher:
    def __init__(self, target: Target, *, secret: str | None, library: Library) -> None:
        self.target, self.secret, self.library = target, secret, library


def test_make_publisher_imports_the_kind_s_module_when_asked(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("newsroom_test_client")
    module.Recording = RecordingPublisher  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsroom_test_client", module)
    recording = dataclasses.replace(kinds.NINJS, client="newsroom_test_client:Recording")
    monkeypatch.setitem(kinds._by_name(), "ninjs", recording)
    wire = add_target(library, "Wire", "ninjs", "https://b.example", "ada")
    made = make_publisher(wire, secret="s", library=library)
    assert isinstance(made, RecordingPublisher)
    assert (made.target, made.secret, made.library) == (wire, "s", library)


def test_every_kind_has_a_client_module() -> None:
    assert [k.name for k in kinds.known()] == list(kinds.REGISTERED)
    for kind in kinds.known():
        assert kind.client is not None
        module, _, cls = kind.client.partition(":")
        assert module.startswith("newsroom.core.publish.") and cls.endswith("Publisher")
        assert isinstance(getattr(importlib.import_module(module), cls), type)
        if kind.pull is not None:
            module, _, function = kind.pull.partition(":")
            assert callable(getattr(importlib.import_module(module), function))


# -- the kinds: Newsroom's list, not the file's ----------------------------------------
def test_a_library_of_format_6_keeps_its_targets_and_outbox_as_the_kinds_leave_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Old.newsroom"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:6])
        patch.setattr(schema, "SCHEMA_VERSION", 6)
        patch.setattr("newsroom.core.library.SCHEMA_VERSION", 6)
        with open_library(path) as old:
            wire = add_target(old, "Wire", "ninjs", "https://wire.example.org", "ada")
            article_id = old.articles()[0].id
            old.conn.execute(
                "INSERT INTO outbox (target_id, article_id, action, idempotency_key, "
                "created_at, updated_at) VALUES (?, ?, 'publish', 'k1', '2026-01-01', "
                "'2026-01-01')",
                [wire.id, article_id],
            )
            old.conn.commit()
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                old.conn.execute(
                    "INSERT INTO targets (name, kind, url, created_at) "
                    "VALUES ('G', 'telex', 'https://g.example', '2026-01-01')"
                )
    with open_library(path) as library:
        assert library.schema_version == schema.SCHEMA_VERSION == 7
        assert library.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert library.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [t.name for t in list_targets(library)] == ["Site folder", "Wire"]
        assert pending_count(library, wire.id) == 1, "the outbox did not go with the change"
        sql = library.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'targets'"
        ).fetchone()[0]
        assert "'wordpress'" not in sql and "CHECK (kind != '')" in sql
        # A kind from a Newsroom that knows more: kept, listed, not published to.
        library.conn.execute(
            "INSERT INTO targets (name, kind, url, created_at) "
            "VALUES ('Blog', 'telex', 'https://blog.example', '2026-01-01')"
        )
        library.conn.commit()
        blog = get_target(library, "Blog")
        assert blog.kind.name == "telex" and "not known to this version" in blog.kind.label
        with pytest.raises(NoClient, match="cannot publish to telex targets"):
            make_publisher(blog, secret=None, library=library)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            library.conn.execute(
                "INSERT INTO targets (name, kind, url, created_at) "
                "VALUES ('E', '', 'https://e.example', '2026-01-01')"
            )
        with pytest.raises(TargetError, match="not a kind of target Newsroom knows"):
            add_target(library, "Blog 2", "telex", "https://blog.example")


def test_a_kind_is_read_from_its_descriptor_only() -> None:
    """What the library's rules, the outbox and the dialog ask of a kind, for each
    registered one: from its descriptor, which says it consistently."""
    for kind in kinds.known():
        assert kinds.named(kind.name) is kind and kinds.check(kind.name.upper()) is kind
        assert kind.label and kind.url_hint
        if kind.user == "required":
            assert kind.needs_secret("ada") and kind.user_refusal
        if kind.secret == "never":
            assert not kind.needs_secret("ada")
        if kind.schedules_switch is not None:
            assert kind.schedules_switch in kind.setting_keys()
            assert kind.schedules_itself({kind.schedules_switch: True})
        assert not kind.schedules_itself({})
    assert kinds.WORDPRESS.schedules_itself({"schedules": True})
    assert not kinds.NINJS.schedules_itself({"schedules": True})
