"""A post's fields as WordPress writes them and as we compare them: times without ``Z``,
the marker that names the article a post was made from, and the fields of a conflict."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from newsroom.core.publish.base import Remote

_MARKER = "<!-- newsroom:{uid} -->"
#: The post's marker; never one of the blocks' opening comments (:mod:`.wp_content`).
_MARKER_RE = re.compile(r"\s*<!-- newsroom:(?!(?:byline|notes|related) -->)[0-9A-Za-z-]+ -->\s*")
#: The uid in a post's marker.
UID_RE = re.compile(r"<!-- newsroom:(?!(?:byline|notes|related) -->)([0-9A-Za-z-]+) -->")
#: The fields compared for a conflict, in the order a diff shows them.
CONFLICT_FIELDS = ("title", "content", "excerpt", "slug", "status")


def wp_time(moment: datetime) -> str:
    """A ``date_gmt`` as WordPress writes it: UTC, to the second, without ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_wp_time(value: str | None) -> datetime | None:
    """A ``date_gmt``/``modified_gmt`` back as an aware UTC time (it carries no ``Z``)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def marker(uid: str) -> str:
    """The comment that names the article a post was made from."""
    return _MARKER.format(uid=uid)


def strip_marker(content: str) -> str:
    return _MARKER_RE.sub("\n", content).strip()


def term_name(value: object) -> str:
    """A term name as the journalist wrote it: WordPress answers ``&amp;`` for ``&``."""
    return html.unescape(str(value or "")).strip()


def raw(item: Mapping[str, Any], key: str) -> str:
    """A field as it was written: ``raw`` of an edit-context answer, else ``rendered``."""
    value = item.get(key)
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")) or "")
    return str(value or "")


def remote_of(post: Mapping[str, Any]) -> Remote:
    """What the library records of a post WordPress answered with."""
    return Remote(
        remote_id=str(post["id"]),
        url=str(post.get("link") or ""),
        modified=str(post.get("modified_gmt") or ""),
        live=str(post.get("status") or "") == "publish",
    )


def _status_kind(status: str) -> str:
    """What a status means to the journalist: scheduled is published, pending is a draft."""
    return {"future": "publish", "pending": "draft"}.get(status, status)


def _base_slug(slug: str) -> str:
    """A slug without the ``-2`` WordPress adds when the slug is taken."""
    return re.sub(r"-\d+$", "", slug)


def conflict_fields(
    payload: Mapping[str, Any], remote: Mapping[str, Any]
) -> dict[str, tuple[str, str]]:
    """The fields where the post on the site differs from what we would send, as
    ``(ours, theirs)``; markers, surrounding space and WordPress's ``-2`` slug
    suffixes do not count."""
    ours = {
        "title": str(payload["title"]),
        "content": strip_marker(str(payload["content"])),
        "excerpt": str(payload["excerpt"]),
        "slug": str(payload["slug"]),
        "status": str(payload.get("status", "")),
    }
    theirs = {
        "title": raw(remote, "title"),
        "content": strip_marker(raw(remote, "content")),
        "excerpt": raw(remote, "excerpt"),
        "slug": raw(remote, "slug"),
        "status": raw(remote, "status"),
    }
    diff: dict[str, tuple[str, str]] = {}
    for key in CONFLICT_FIELDS:
        if key == "status" and "status" not in payload:
            continue
        a, b = ours[key].strip(), theirs[key].strip()
        if key == "slug":
            same = _base_slug(a) == _base_slug(b)
        elif key == "status":
            same = _status_kind(a) == _status_kind(b)
        else:
            same = a == b
        if not same:
            diff[key] = (ours[key], theirs[key])
    return diff
