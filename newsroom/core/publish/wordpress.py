"""WordPress over its REST API, with an Application Password.

What goes out is the page the writer previewed: sections become categories (same
hierarchy, found or created, renamed, moved and merged with their sections), tags are
found or created, images are uploaded once and reused (alt text, caption and credit kept
up to date), and the post carries title, content (the rendered body with its dateline,
sanitized; the byline line when no user matches it, the dated corrections and updates,
and "You Might Also Like", each in a block of its own), excerpt, slug, status,
``date_gmt``, author, categories, tags, ``featured_media`` and the search title and
description (``meta``, for Yoast or Rank Math). What WordPress calls our terms and
images is remembered in the library (``remote_terms``, ``remote_media``).

A take-down moves the post back to draft, or to the trash when the target says so
(``settings["takedown"] == "trash"``); publishing again brings the same post back.

WordPress has no ETag: conflicts are found by comparing the post's
``modified_gmt`` with the one recorded at the last sync, then its fields with
ours. Every post carries an invisible marker, ``<!-- newsroom:UID -->``, so a
create whose answer was lost is found again instead of made twice; images carry one
too (:mod:`.wp_media`).

The parts, one job each: :mod:`.wp_rest` (the REST root, requests, lists),
:mod:`.wp_terms` (categories and tags), :mod:`.wp_merge` (the categories of merged
sections), :mod:`.wp_media` (images), :mod:`.wp_fields` (times, markers, conflict
fields), :mod:`.wp_content` (the blocks added to the body), :mod:`.wp_authors` (bylines
as users), :mod:`.wp_seo` (the search fields); this module publishes and takes posts off.

Facts about the REST API this relies on, each checked against a real WordPress:
bad credentials are not rejected on public GETs (so :meth:`check` asks
``users/me``), ``date_gmt`` carries no ``Z``, term names come back HTML-escaped,
invalid term and media ids are dropped without an error (so the answer is checked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from newsroom.core.i18n import translate
from newsroom.core.publish import wp_seo
from newsroom.core.publish.base import (
    Account,
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    Rejected,
    Remote,
    Target,
    field_names,
)
from newsroom.core.publish.wp_authors import WordPressAuthors
from newsroom.core.publish.wp_content import (
    body_with_urls,
    byline_block,
    links_on_site,
    notes_block,
    related_block,
)
from newsroom.core.publish.wp_fields import (
    CONFLICT_FIELDS,
    conflict_fields,
    marker,
    parse_wp_time,
    raw,
    remote_of,
    strip_marker,
    term_name,
    wp_time,
)
from newsroom.core.publish.wp_media import Uploaded, WordPressMedia
from newsroom.core.publish.wp_merge import CategoryMerges
from newsroom.core.publish.wp_rest import PAGE_SIZE, WordPressError, WordPressRest
from newsroom.core.publish.wp_terms import WordPressTerms
from newsroom.core.render import sanitize

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The statuses a target may publish as (``settings["post_status"]``); "publish"
#: with a future date is scheduled by WordPress itself (status ``future``).
POST_STATUSES = ("publish", "draft", "pending", "private")
#: Every status a post of ours may have, the trash included (``any`` leaves it out).
_EVERY_STATUS = "publish,future,draft,pending,private,trash"


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
        self.merges = CategoryMerges(self.terms)
        self.media = WordPressMedia(self.rest, library, target)
        self.authors = WordPressAuthors(self.rest, target)

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
                translate(
                    "WordPressPublisher",
                    "{host} did not accept the user name and application password "
                    "of “{name}”. WordPress needs an Application Password (made "
                    "under Users › Profile on the site), not the password you sign in with. "
                    "If it is right, the site's server may be dropping the sign-in header: "
                    "WordPress's Site Health page says so.",
                ).format(host=self.http.host, name=self.target.name)
            ) from None
        caps = me.get("capabilities") or {}
        can_publish = bool(caps.get("publish_posts"))
        name = str(me.get("name") or me.get("username") or self.target.username or "")
        roles = ", ".join(str(r) for r in me.get("roles") or [])
        user = me.get("username") or name
        if roles:
            detail = translate("WordPressPublisher", "Signed in as {user} ({roles}).").format(
                user=user, roles=roles
            )
        else:
            detail = translate("WordPressPublisher", "Signed in as {user}.").format(user=user)
        if not can_publish:
            detail += " " + translate(
                "WordPressPublisher", "This account may write drafts but not publish them."
            )
        elif not caps.get("upload_files"):
            detail += " " + translate("WordPressPublisher", "This account may not upload images.")
        return Account(name=name, can_publish=can_publish, detail=detail)

    # -- publish -----------------------------------------------------------------------
    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        if item.action is Action.UNPUBLISH:
            if known is None:
                raise Rejected(
                    translate(
                        "WordPressPublisher",
                        "This article is not on the site, so it cannot be taken off.",
                    )
                )
            return self.unpublish(item, known)
        # Sections merged in the library: their categories first (see :mod:`.wp_merge`).
        self.merges.apply()
        for attempt in (1, 2):
            payload = self._payload(item)
            post = self._send_post(item, known, payload, force=force)
            missing = self._missing(post, payload)
            if not missing:
                warnings = wp_seo.warnings(self.library, self.target, item, post)
                return replace(remote_of(post), warnings=warnings)
            # A term or image we remembered was deleted on the site: WordPress
            # dropped its id without a word. Forget them and go again, once.
            self._forget(missing, payload)
            known = remote_of(post)
            force = True  # the post is ours now: it was just written
            if attempt == 2:
                raise Rejected(
                    translate(
                        "WordPressPublisher", "{host} did not keep the post's {names}."
                    ).format(host=self.http.host, names=self._dropped(missing))
                )
        raise AssertionError("unreachable")

    @staticmethod
    def _dropped(missing: Iterable[str]) -> str:
        """What WordPress dropped (:meth:`_missing`'s keys), as a message names it."""
        names = {
            "categories": translate("WordPressPublisher", "categories"),
            "tags": translate("WordPressPublisher", "tags"),
            "featured_media": translate("WordPressPublisher", "featured_media"),
        }
        return ", ".join(names.get(key, key) for key in sorted(missing))

    def _payload(self, item: Outgoing) -> dict[str, Any]:
        uploaded = {m.media_id: self.media.upload(m) for m in item.media}
        author = self.authors.user_for(item.byline)
        content = self._content(item, uploaded, byline=author is None)
        status = str(self.target.settings.get("post_status") or "publish")
        if status not in POST_STATUSES:
            status = "publish"
        payload: dict[str, Any] = {
            "title": item.headline,
            "content": content,
            "excerpt": item.standfirst,
            "slug": item.slug,
            "status": status,
            "categories": self.terms.categories(item.section_path, item.section_ids),
            "tags": self.terms.tags(item.tags),
            "featured_media": next(
                (uploaded[m.media_id].remote_id for m in item.media if m.featured), 0
            ),
            "meta": wp_seo.seo_meta(item),
        }
        if author is not None:
            payload["author"] = author
        when = item.published_at
        embargo = item.embargo_until
        # An embargo still running holds the post back: WordPress schedules it.
        if embargo is not None and embargo > datetime.now(UTC) and (when is None or embargo > when):
            when = embargo
        if when is not None:
            payload["date_gmt"] = wp_time(when)
        return payload

    def _content(self, item: Outgoing, uploaded: Mapping[int, Uploaded], *, byline: bool) -> str:
        """The body as the site gets it: the byline line (when ``byline``: no user is
        its author), the body with images at their uploaded URLs, sanitized, the
        corrections and updates, "You Might Also Like", and the marker that finds the
        post again after a lost answer."""
        urls = {media_id: upload.url for media_id, upload in uploaded.items()}
        body = body_with_urls(item.body_html, item.media, urls)
        # nh3 drops comments, so the blocks and the marker go on afterwards.
        parts = [
            byline_block(item.byline) if byline and item.byline.strip() else "",
            sanitize(body).strip(),
            notes_block(item.notes),
            related_block(links_on_site(self.library, self.target.id, item.related)),
            marker(item.uid),
        ]
        return "\n".join(part for part in parts if part)

    def _send_post(
        self, item: Outgoing, known: Remote | None, payload: dict[str, Any], *, force: bool
    ) -> dict[str, Any]:
        look_first = item.retried
        if known is not None and known.remote_id:
            remote = self._conflict_free(
                item, known, self._for_update(item, payload, None), force=force
            )
            if remote is not None:
                return self._update(known.remote_id, self._for_update(item, payload, remote))
            # Deleted on the site, and the journalist said to send it again. A first
            # try at that may have made the post already: look for it first.
            look_first = True
        if look_first:
            existing = self.find_post(item.uid)
            if existing is not None:
                return self._update(str(existing["id"]), self._for_update(item, payload, existing))
        return dict(self.request("POST", "wp/v2/posts", params={"context": "edit"}, json=payload))

    def _for_update(
        self, item: Outgoing, payload: Mapping[str, Any], remote: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        """What an update of a post sends. A post sent as a draft (or for review) has
        its status set by the site's editors, unless it was taken off to the trash; a
        post the site holds until its time gets that time, so that it goes live once
        the time has passed."""
        update = dict(payload)
        status = raw(remote, "status") if remote is not None else ""
        if update["status"] != "publish" and status != "trash":
            del update["status"]
        if status == "future" and "date_gmt" not in update:
            moment = item.embargo_until or item.published_at
            if moment is not None:
                update["date_gmt"] = wp_time(moment)
        return update

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
            "wp/v2/posts", {"search": f"newsroom:{uid}", "status": _EVERY_STATUS, "context": "edit"}
        ):
            raw = (post.get("content") or {}).get("raw") or ""
            if wanted in raw:
                return post
        return None

    def _conflict_free(
        self, item: Outgoing, known: Remote, payload: Mapping[str, Any], *, force: bool
    ) -> dict[str, Any] | None:
        """The post on the site; raise :class:`Conflict` if it changed there since the
        last sync and differs from ours.

        None when the post no longer exists and ``force`` says to make it again."""
        try:
            remote = self.request(
                "GET", f"wp/v2/posts/{known.remote_id}", params={"context": "edit"}
            )
        except WordPressError as exc:
            if exc.code != "rest_post_invalid_id" and exc.status != 404:
                raise
            if force:
                return None
            raise Conflict(
                translate(
                    "WordPressPublisher",
                    "The article was deleted on the site since it was last sent. Send it "
                    "again to publish it anew, or leave it off the site.",
                ),
                Remote(known.remote_id, known.url, ""),
                {"status": (str(payload.get("status", "publish")), "deleted")},
            ) from None
        remote = dict(remote)
        if force or not known.modified or remote.get("modified_gmt") == known.modified:
            return remote
        fields = conflict_fields(payload, remote)
        if fields:
            raise Conflict(
                translate(
                    "WordPressPublisher",
                    "The article was changed on the site since it was last sent: {fields}. "
                    "Keep your version, take the site's, or edit.",
                ).format(fields=field_names(fields)),
                remote_of(remote),
                fields,
            )
        return remote

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
        """Off the site: back to draft, still in WordPress for its editors, or to the
        trash when the target says so (``settings["takedown"] == "trash"``). Either
        way the post stays the article's: publishing again brings it back."""
        path = f"wp/v2/posts/{known.remote_id}"
        try:
            if self.target.settings.get("takedown") == "trash":
                post = self.request("DELETE", path, params={"context": "edit"})
            else:
                post = self.request(
                    "POST", path, params={"context": "edit"}, json={"status": "draft"}
                )
        except WordPressError as exc:
            if exc.status in (404, 410):
                # Deleted on the site, or in its trash already: it is off it.
                return replace(known, live=False)
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
