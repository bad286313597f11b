"""Publishing targets, kept in the library's ``targets`` table.

A target is where articles go: a WordPress site, a ninjs endpoint or a folder
for a static site. Only its name, kind, address, user name and settings live in
the library; its secret lives in the OS keychain (:mod:`.secrets`). A refusal
raises :class:`TargetError`, whose message is for the journalist, and changes
nothing.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newsroom.core.errors import NewsroomError, NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.model import utcnow
from newsroom.core.publish import kinds
from newsroom.core.publish.base import Target
from newsroom.core.publish.kinds import Kind

if TYPE_CHECKING:
    from newsroom.core.library import Library

MAX_NAME = 60
_NAME = re.compile(r"^[^\s/\\][^/\\]*$")
_COLUMNS = "id, name, kind, url, username, settings, paused"


class TargetError(NewsroomError):
    """A target that cannot be added or changed; the message says why."""


# -- checking --------------------------------------------------------------------------
def check_name(name: str) -> str:
    """``name`` trimmed, or :class:`TargetError`: it is typed on the command line."""
    name = name.strip()
    if not name:
        raise TargetError(translate("Targets", "A target needs a name, such as “Website”."))
    if len(name) > MAX_NAME:
        raise TargetError(
            translate("Targets", "A target's name can be at most {count} characters long.").format(
                count=MAX_NAME
            )
        )
    if not _NAME.match(name) or any(ord(c) < 32 for c in name):
        raise TargetError(
            translate(
                "Targets",
                "“{name}” cannot be a target's name: use letters, digits, spaces and "
                "punctuation other than slashes.",
            ).format(name=name)
        )
    return name


def check_kind(kind: str | Kind) -> Kind:
    """The registered kind called ``kind`` (:mod:`.kinds`), or :class:`TargetError`."""
    try:
        return kinds.check(kind)
    except kinds.KindError as exc:
        raise TargetError(str(exc)) from None


def check_url(kind: Kind, url: str) -> str:
    """The address normalised: an absolute folder path for a kind whose address is a
    folder (or the name of a folder beside the library), else an http(s) URL without a
    trailing slash."""
    url = url.strip()
    if kind.folder:
        if url.startswith("file://"):
            url = url[len("file://") :]
        path = Path(os.path.expanduser(url))
        # A bare folder name means a folder beside the library, which travels with it
        # (a new library's own site is one).
        beside = not path.is_absolute() and len(path.parts) == 1 and url not in (".", "..")
        if not url or not (path.is_absolute() or beside):
            raise TargetError(
                translate(
                    "Targets",
                    "A static site's address is a folder, given in full (such as "
                    "“/home/me/site”), not “{url}”.",
                ).format(url=url)
            )
        if path.exists() and not path.is_dir():
            raise TargetError(
                translate("Targets", "“{path}” is a file, not a folder.").format(path=path)
            )
        return str(path)
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:
        raise TargetError(
            translate("Targets", "“{url}” is not a web address.").format(url=url)
        ) from None
    if parts.username or parts.password or "@" in parts.netloc:
        # A password in the address would end up in the library file, and in this
        # very message: neither may hold it.
        raise TargetError(
            translate(
                "Targets",
                "Give the user name and the password in their own fields (on the command "
                "line: --user, and the password when asked), not in the address.",
            )
        )
    if parts.scheme not in ("http", "https") or not hostname:
        raise TargetError(
            translate(
                "Targets",
                "The address of a {kind} target starts with https:// (or http://), "
                "such as “https://news.example.org”; “{url}” does not.",
            ).format(kind=kind.name, url=url)
        )
    return url.rstrip("/")


def check_user(kind: Kind, username: str | None) -> str | None:
    username = (username or "").strip() or None
    if kind.user == "required" and username is None:
        raise TargetError(
            translate("Kind", kind.user_refusal)
            if kind.user_refusal
            else translate("Targets", "A {kind} target needs a user name.").format(
                kind=translate("Kind", kind.label)
            )
        )
    if kind.user == "none" and username is not None:
        raise TargetError(
            translate("Kind", kind.user_refusal)
            if kind.user_refusal
            else translate("Targets", "A {kind} target has no user name.").format(
                kind=translate("Kind", kind.label)
            )
        )
    return username


# -- reading ---------------------------------------------------------------------------
def _target(row: Mapping[str, Any]) -> Target:
    try:
        settings = json.loads(row["settings"] or "{}")
    except ValueError:
        settings = {}
    return Target(
        id=int(row["id"]),
        name=str(row["name"]),
        kind=kinds.named(str(row["kind"])),
        url=str(row["url"]),
        username=row["username"],
        settings=settings if isinstance(settings, dict) else {},
        paused=bool(row["paused"]),
    )


def list_targets(library: Library) -> list[Target]:
    """Every target of the library, by name."""
    rows = library._query(f"SELECT {_COLUMNS} FROM targets ORDER BY name COLLATE NOCASE, id")
    return [_target(r) for r in rows]


def get_target(library: Library, name: str) -> Target:
    rows = library._query(f"SELECT {_COLUMNS} FROM targets WHERE name = ?", [name.strip()])
    if not rows:
        raise NotFoundError(
            translate("Targets", "There is no target “{name}” in this library.").format(
                name=name.strip()
            )
        )
    return _target(rows[0])


def target_by_id(library: Library, target_id: int) -> Target:
    rows = library._query(f"SELECT {_COLUMNS} FROM targets WHERE id = ?", [target_id])
    if not rows:
        raise NotFoundError(
            translate("Targets", "There is no target number {number} in this library.").format(
                number=target_id
            )
        )
    return _target(rows[0])


def pending_count(library: Library, target_id: int) -> int:
    """Outbox entries not yet done (queued, sending or needing attention): removing
    the target drops them."""
    row = library.conn.execute(
        "SELECT count(*) FROM outbox WHERE target_id = ? AND state != 'done'", [target_id]
    ).fetchone()
    return int(row[0])


# -- changing --------------------------------------------------------------------------
def _name_taken(library: Library, name: str, exclude_id: int | None = None) -> bool:
    row = library.conn.execute(
        "SELECT 1 FROM targets WHERE name = ? COLLATE NOCASE AND id IS NOT ?", [name, exclude_id]
    ).fetchone()
    return row is not None


def add_target(
    library: Library,
    name: str,
    kind: str | Kind,
    url: str,
    username: str | None = None,
    settings: Mapping[str, object] | None = None,
) -> Target:
    """Check and add a target; its secret is stored separately (:mod:`.secrets`)."""
    name = check_name(name)
    kind = check_kind(kind)
    url = check_url(kind, url)
    username = check_user(kind, username)
    if _name_taken(library, name):
        raise TargetError(
            translate(
                "Targets", "There is already a target called “{name}” in this library."
            ).format(name=name)
        )
    with library._write() as db:
        table = db.table("targets")
        table.insert(
            {
                "name": name,
                "kind": kind.name,
                "url": url,
                "username": username,
                "settings": json.dumps(dict(settings or {})),
                "paused": 0,
                "created_at": utcnow().isoformat(),
            }
        )
        new_id = table.last_rowid
    assert new_id is not None
    return target_by_id(library, int(new_id))


def update_target(
    library: Library,
    target_id: int,
    *,
    name: str,
    url: str,
    username: str | None,
    settings: Mapping[str, object] | None = None,
) -> Target:
    """Change a target's name, address, user or settings (its kind stays)."""
    old = target_by_id(library, target_id)
    name = check_name(name)
    url = check_url(old.kind, url)
    username = check_user(old.kind, username)
    if _name_taken(library, name, exclude_id=target_id):
        raise TargetError(
            translate(
                "Targets", "There is already a target called “{name}” in this library."
            ).format(name=name)
        )
    values: dict[str, Any] = {"name": name, "url": url, "username": username}
    if settings is not None:
        values["settings"] = json.dumps(dict(settings))
    with library._write() as db:
        db.table("targets").update(target_id, values)
        if settings is not None:
            _drop_unused_renditions(library, db)
    return target_by_id(library, target_id)


def remove_target(library: Library, target_id: int) -> int:
    """Remove a target with its outbox entries and sync records (they cascade);
    returns how many entries that were not done yet were dropped."""
    target_by_id(library, target_id)
    with library._write() as db:
        dropped = pending_count(library, target_id)
        db.execute("DELETE FROM targets WHERE id = ?", [target_id])
        _drop_unused_renditions(library, db)
    return dropped


def _drop_unused_renditions(library: Library, db: Any) -> None:
    """Web copies made for image settings no target has any more go (a library is
    carried around: it should not keep a copy of every photo per setting ever tried).
    Inside the write ``db`` of ``library`` that changed or removed a target."""
    from newsroom.core.renditions import RenditionSpec, drop_unused

    drop_unused(db, [RenditionSpec.from_settings(t.settings) for t in list_targets(library)])


def set_paused(library: Library, target_id: int, paused: bool) -> Target:
    """Pause a target (after a 401: nothing goes until new credentials) or resume it."""
    target_by_id(library, target_id)
    with library._write() as db:
        db.execute("UPDATE targets SET paused = ? WHERE id = ?", [int(paused), target_id])
    return target_by_id(library, target_id)


def pause_target(library: Library, target_id: int) -> Target:
    return set_paused(library, target_id, True)


def resume_target(library: Library, target_id: int) -> Target:
    return set_paused(library, target_id, False)
