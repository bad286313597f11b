"""WordPress over its REST API, with an Application Password.

What goes out: sections become categories (same hierarchy, found or created),
tags are found or created, images are uploaded once and reused, and the post
carries title, content (the rendered body, sanitized), excerpt, slug, status,
``date_gmt``, categories, tags and ``featured_media``. What WordPress calls our
terms and images is remembered in the library (``remote_terms``, ``remote_media``).

WordPress has no ETag: conflicts are found by comparing the post's
``modified_gmt`` with the one recorded at the last sync, then its fields with
ours. Every post carries an invisible marker, ``<!-- newsroom:UID -->``, so a
create whose answer was lost is found again instead of made twice; images carry one
too (:mod:`.wp_media`).

The parts, one job each: :mod:`.wp_rest` (the REST root, requests, lists),
:mod:`.wp_terms` (categories and tags), :mod:`.wp_media` (images), :mod:`.wp_fields`
(times, markers, conflict fields); this module publishes and takes posts off.

Facts about the API this relies on are in ``WORDPRESS.md`` of the shared notes:
bad credentials are not rejected on public GETs (so :meth:`check` asks
``users/me``), ``date_gmt`` carries no ``Z``, term names come back HTML-escaped,
invalid term and media ids are dropped without an error (so the answer is checked).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from newsroom.core.publish.base import (
    Account,
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    Rejected,
    Remote,
    Target,
)
from newsroom.core.publish.wp_fields import (
    CONFLICT_FIELDS,
    conflict_fields,
    marker,
    parse_wp_time,
    remote_of,
    strip_marker,
    term_name,
    wp_time,
)
from newsroom.core.publish.wp_media import Uploaded, WordPressMedia
from newsroom.core.publish.wp_rest import PAGE_SIZE, WordPressError, WordPressRest
from newsroom.core.publish.wp_terms import WordPressTerms
from newsroom.core.render import sanitize

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The statuses a target may publish as (``settings["post_status"]``); "publish"
#: with a future date is scheduled by WordPress itself (status ``future``).
POST_STATUSES = ("publish", "draft", "pending", "private")


class WordPressPublisher:
    """The client of one WordPress site. Methods block (the outbox calls them off
    the GUI thread) and raise the outbox's error classes."""

    def __init__(
        self,
        target: Target,
        *,
        secret: str | None,
        library: Library,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> None:
        self.target = target
        self.library = library
        self.rest = WordPressRest(target, secret=secret, transport=transport, timeout=timeout)
        self.http = self.rest.http
        self.terms = WordPressTerms(self.rest, library, target)
        self.media = WordPressMedia(self.rest, library, target)

    def close(self) -> None:
        self.rest.close()

    def __enter__(self) -> WordPressPublisher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the REST API (kept here for the pull and the tests) ----------------------------
    @property
    def root(self) -> str:
        """The REST root: ``…/wp-json`` or ``…/?rest_route=``, found on first use."""
        return self.rest.root

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        return self.rest.request(
            method, path, params=params, json=json, content=content, headers=headers
        )

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
        return self.rest.pages(path, params)

    def categories(self, path: Sequence[str]) -> list[int]:
        return self.terms.categories(path)

    def tags(self, names: Iterable[str]) -> list[int]:
        return self.terms.tags(names)

    def remember_term(self, kind: str, key: str, remote_id: int) -> None:
        self.terms.remember(kind, key, remote_id)

    # -- check -------------------------------------------------------------------------
    def check(self) -> Account:
        """Who the credentials belong to. WordPress runs requests with bad credentials
        anonymously, so only ``users/me`` tells a wrong password apart."""
        try:
            me = self.request("GET", "wp/v2/users/me", params={"context": "edit"})
        except AuthFailed:
            raise AuthFailed(
                f"{self.http.host} did not accept the user name and application password "
                f"of “{self.target.name}”. WordPress needs an Application Password (made "
                "under Users › Profile on the site), not the password you sign in with. "
                "If it is right, the site's server may be dropping the sign-in header: "
                "WordPress's Site Health page says so."
            ) from None
        caps = me.get("capabilities") or {}
        can_publish = bool(caps.get("publish_posts"))
        name = str(me.get("name") or me.get("username") or self.target.username or "")
        roles = ", ".join(str(r) for r in me.get("roles") or [])
        detail = f"Signed in as {me.get('username') or name}" + (f" ({roles})." if roles else ".")
        if not can_publish:
            detail += " This account may write drafts but not publish them."
        elif not caps.get("upload_files"):
            detail += " This account may not upload images."
        return Account(name=name, can_publish=can_publish, detail=detail)

    # -- publish -----------------------------------------------------------------------
    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        if item.action is Action.UNPUBLISH:
            if known is None:
                raise Rejected("This article is not on the site, so it cannot be taken off.")
            return self.unpublish(item, known)
        for attempt in (1, 2):
            payload = self._payload(item)
            post = self._send_post(item, known, payload, force=force)
            missing = self._missing(post, payload)
            if not missing:
                return remote_of(post)
            # A term or image we remembered was deleted on the site: WordPress
            # dropped its id without a word. Forget them and go again, once.
            self._forget(missing, payload)
            known = remote_of(post)
            force = True  # the post is ours now: it was just written
            if attempt == 2:
                names = ", ".join(sorted(missing))
                raise Rejected(f"{self.http.host} did not keep the post's {names}.")
        raise AssertionError("unreachable")

    def _payload(self, item: Outgoing) -> dict[str, Any]:
        uploaded = {m.media_id: self.media.upload(m) for m in item.media}
        content = self._content(item, uploaded)
        status = str(self.target.settings.get("post_status") or "publish")
        if status not in POST_STATUSES:
            status = "publish"
        payload: dict[str, Any] = {
            "title": item.headline,
            "content": content,
            "excerpt": item.standfirst,
            "slug": item.slug,
            "status": status,
            "categories": self.terms.categories(item.section_path),
            "tags": self.terms.tags(item.tags),
            "featured_media": next(
                (uploaded[m.media_id].remote_id for m in item.media if m.featured), 0
            ),
        }
        when = item.published_at
        embargo = item.embargo_until
        # An embargo still running holds the post back: WordPress schedules it.
        if embargo is not None and embargo > datetime.now(UTC) and (when is None or embargo > when):
            when = embargo
        if when is not None:
            payload["date_gmt"] = wp_time(when)
        return payload

    def _content(self, item: Outgoing, uploaded: Mapping[int, Uploaded]) -> str:
        """The body as the site gets it: images at their uploaded URLs, sanitized, and
        the marker that finds the post again after a lost answer."""
        body = item.body_html
        for media in item.media:
            url = uploaded[media.media_id].url
            for local in {media.local_url, f"media:{media.uid}", f"newsroom://media/{media.uid}"}:
                if local:
                    body = body.replace(f'"{local}"', f'"{html.escape(url)}"')
        # nh3 drops comments, so the marker goes on afterwards.
        return f"{sanitize(body).strip()}\n{marker(item.uid)}"

    def _send_post(
        self, item: Outgoing, known: Remote | None, payload: dict[str, Any], *, force: bool
    ) -> dict[str, Any]:
        look_first = item.retried
        if known is not None and known.remote_id:
            if payload["status"] != "publish":
                # Sent as a draft (or for review): the site's editors own its status now.
                payload = {k: v for k, v in payload.items() if k != "status"}
            if self._conflict_free(item, known, payload, force=force):
                return self._update(known.remote_id, payload)
            # Deleted on the site, and the journalist said to send it again. A first
            # try at that may have made the post already: look for it first.
            look_first = True
        if look_first:
            existing = self.find_post(item.uid)
            if existing is not None:
                return self._update(str(existing["id"]), payload)
        return dict(self.request("POST", "wp/v2/posts", params={"context": "edit"}, json=payload))

    def _update(self, remote_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        return dict(
            self.request(
                "POST", f"wp/v2/posts/{remote_id}", params={"context": "edit"}, json=payload
            )
        )

    def find_post(self, uid: str) -> dict[str, Any] | None:
        """The post made from article ``uid``, found by its marker; None if there is none.

        ``search`` finds the marker in the content; ``content.raw`` confirms it (a
        search also matches words in titles and excerpts)."""
        wanted = marker(uid)
        for post in self.pages(
            "wp/v2/posts", {"search": f"newsroom:{uid}", "status": "any", "context": "edit"}
        ):
            raw = (post.get("content") or {}).get("raw") or ""
            if wanted in raw:
                return post
        return None

    def _conflict_free(
        self, item: Outgoing, known: Remote, payload: Mapping[str, Any], *, force: bool
    ) -> bool:
        """Raise :class:`Conflict` if the post changed on the site and differs from ours.

        False when the post no longer exists and ``force`` says to make it again."""
        try:
            remote = self.request(
                "GET", f"wp/v2/posts/{known.remote_id}", params={"context": "edit"}
            )
        except WordPressError as exc:
            if exc.code != "rest_post_invalid_id" and exc.status != 404:
                raise
            if force:
                return False
            raise Conflict(
                "The article was deleted on the site since it was last sent. Send it again "
                "to publish it anew, or leave it off the site.",
                Remote(known.remote_id, known.url, ""),
                {"status": (str(payload.get("status", "publish")), "deleted")},
            ) from None
        if force or not known.modified or remote.get("modified_gmt") == known.modified:
            return True
        fields = conflict_fields(payload, remote)
        if fields:
            raise Conflict(
                "The article was changed on the site since it was last sent: "
                + ", ".join(fields)
                + ". Keep your version, take the site's, or edit.",
                remote_of(remote),
                fields,
            )
        return True

    def _missing(self, post: Mapping[str, Any], payload: Mapping[str, Any]) -> set[str]:
        """What WordPress silently dropped of what we sent."""
        missing: set[str] = set()
        for key in ("categories", "tags"):
            if set(payload[key]) - set(post.get(key) or []):
                missing.add(key)
        if int(post.get("featured_media") or 0) != int(payload["featured_media"]):
            missing.add("featured_media")
        return missing

    def _forget(self, missing: set[str], payload: Mapping[str, Any]) -> None:
        for key, kind in (("categories", "category"), ("tags", "tag")):
            if key in missing:
                self.terms.forget(kind)
        if "featured_media" in missing:
            self.media.forget(payload["featured_media"])

    # -- unpublish ---------------------------------------------------------------------
    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        """Back to draft: off the site, still in WordPress for its editors."""
        try:
            post = self.request(
                "POST",
                f"wp/v2/posts/{known.remote_id}",
                params={"context": "edit"},
                json={"status": "draft"},
            )
        except WordPressError as exc:
            if exc.status == 404:
                return known  # deleted on the site: it is off it already
            raise
        return remote_of(post)


__all__ = [
    "CONFLICT_FIELDS",
    "PAGE_SIZE",
    "POST_STATUSES",
    "WordPressError",
    "WordPressPublisher",
    "conflict_fields",
    "marker",
    "parse_wp_time",
    "strip_marker",
    "term_name",
    "wp_time",
]
