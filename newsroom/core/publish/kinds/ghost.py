"""A Ghost site, through its Admin API (https://ghost.org/docs/admin-api/).

The target's address is the site's; its secret is the Admin API key of a custom
integration (Settings › Integrations on the site), ``id:secret``, kept in the keychain.
Each request carries a token made from the key: a JWT signed with HS256 by the key's
secret (hex), with the key's id as ``kid``, the audience ``/admin/`` and five minutes
to live. There is no user name.

What the article becomes there: a post made from HTML (``?source=html``) with its
headline, slug, standfirst as the custom excerpt, the section (from the top) and the
tags as Ghost tags (the section first, so it is the primary tag), the featured image
with its alt text and caption, and the search title and description. The body's images
are uploaded first (``images/upload/``) and remembered per image and rendition
(``remote_media``), so an unchanged photo is not sent twice. Below the body, in one
HTML card that Ghost keeps as it is (but for comments), come the byline, the dated
corrections and updates, "You Might Also Like" and an empty, hidden element that names
the article, by which a create whose answer was lost finds its post.

An embargoed or scheduled article goes only when the target lets the site hold it
(its ``schedules`` switch): then as a ``scheduled`` post with its time; otherwise the
outbox keeps it until its time. Taking it down moves the post back to draft.

A pull (:func:`pull`, ``newsroom pull``) brings the site's posts into the library: each
post becomes an article (its HTML made Markdown, its tags the article's, the first tag
that names a section its section, the byline read back from Newsroom's card, which
leaves the text), linked to the post as if it had been sent, so that a later publish
updates the post and a second pull the article. An article changed in the library
since its last sync is left alone, and the summary says so. Images stay at their
address on the site.

Every update sends the ``updated_at`` it read: Ghost refuses a stale one (409), and a
post changed on the site since the last sync (its ``updated_at`` moved) is a
:class:`~newsroom.core.publish.base.Conflict` for the journalist, unless they chose to
keep their version.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.model import Article, Status
from newsroom.core.publish import remote_media
from newsroom.core.publish.base import (
    Account,
    Action,
    AuthFailed,
    Conflict,
    Outgoing,
    OutgoingMedia,
    Rejected,
    Remote,
    Target,
    field_names,
)
from newsroom.core.publish.kinds.kind import HOLDS_EMBARGOES, Kind

if TYPE_CHECKING:
    import httpx

    from newsroom.core.library import Library
    from newsroom.core.publish.http import Http
    from newsroom.core.publish.wp_pull import PullSummary

KIND = Kind(
    name="ghost",
    label=QT_TRANSLATE_NOOP("Kind", "Ghost"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "https://blog.example.org"),
    user="none",
    user_refusal=QT_TRANSLATE_NOOP(
        "Kind", "A Ghost site has no user name here: its Admin API key goes in the password field."
    ),
    secret="always",
    password_label=QT_TRANSLATE_NOOP("Kind", "Admin API &key:"),
    password_hint=QT_TRANSLATE_NOOP("Kind", "The Admin API key (id:secret)"),
    password_help=QT_TRANSLATE_NOOP(
        "Kind",
        " (the Admin API key of a custom integration, under Settings › Integrations on the site)",
    ),
    client="newsroom.core.publish.kinds.ghost:GhostPublisher",
    options=(HOLDS_EMBARGOES,),
    schedules_switch="schedules",
    records_uploads=True,
    pull="newsroom.core.publish.kinds.ghost:pull",
)

#: The Admin API version this client speaks (the ``Accept-Version`` header).
API_VERSION = "v5.0"
#: A token's life; Ghost accepts at most five minutes.
TOKEN_SECONDS = 300
#: Ghost's limits on a post's custom excerpt and the feature image's alt text.
MAX_EXCERPT = 300
MAX_ALT = 191
_KEY = re.compile(r"^\s*([0-9a-f]{24}):([0-9a-f]{64})\s*$")
_HTML_CARD = "<!--kg-card-begin: html-->\n{}\n<!--kg-card-end: html-->"
#: What names the article a post was made from. Ghost drops comments, even in an
#: HTML card, so it is an empty element that the page does not show.
_MARKER = '<div data-newsroom-article="{uid}" hidden></div>'


def admin_token(key: str, now: float | None = None) -> str:
    """A token for the Admin API from an Admin API key ``id:secret``."""
    import jwt

    match = _KEY.match(key)
    if match is None:
        raise AuthFailed(
            translate(
                "GhostPublisher",
                "This is not a Ghost Admin API key: it is two parts with a colon between, "
                "24 and 64 letters and digits long, as Settings › Integrations shows it.",
            )
        )
    key_id, secret = match.groups()
    issued = int(time.time() if now is None else now)
    return jwt.encode(
        {"iat": issued, "exp": issued + TOKEN_SECONDS, "aud": "/admin/"},
        bytes.fromhex(secret),
        algorithm="HS256",
        headers={"kid": key_id},
    )


def ghost_time(moment: datetime) -> str:
    """A time as Ghost takes it: UTC, ISO 8601 with milliseconds and ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def remote_of(post: Mapping[str, Any]) -> Remote:
    return Remote(
        remote_id=str(post.get("id") or ""),
        url=str(post.get("url") or ""),
        modified=str(post.get("updated_at") or ""),
        live=post.get("status") == "published",
    )


#: A post's fields as the conflict dialog names them (the same as WordPress's), and
#: Ghost's names for them.
_CONFLICT_FIELDS = (
    ("title", "title"),
    ("excerpt", "custom_excerpt"),
    ("slug", "slug"),
    ("status", "status"),
    ("content", "html"),
)


def conflict_fields(payload: Mapping[str, Any], post: Mapping[str, Any]) -> dict[str, Any]:
    """What differs between what Newsroom sends and the post on the site, as
    ``(ours, theirs)`` by the conflict dialog's names. Ghost rewrites the HTML it is
    given into its editor's blocks, so the text always reads as changed: a post saved
    on the site since the last sync is a conflict, and the dialog shows both texts."""
    return {
        name: (str(payload.get(ours) or ""), str(post.get(ours) or ""))
        for name, ours in _CONFLICT_FIELDS
        if str(payload.get(ours) or "") != str(post.get(ours) or "")
    }


class GhostError(Rejected):
    """A refusal with Ghost's own error ``type`` (``UpdateCollisionError`` …)."""

    def __init__(self, message: str, status: int, error_type: str) -> None:
        super().__init__(message)
        self.status = status
        self.type = error_type


def _ghost_http(base_url: str, transport: httpx.BaseTransport | None) -> Http:
    """:class:`~newsroom.core.publish.http.Http` that reads Ghost's ``errors`` list."""
    from newsroom.core.publish.http import Http

    class GhostHttp(Http):
        def raise_for(self, response: httpx.Response) -> None:
            if response.status_code < 300:
                return
            error_type, message = _error(response)
            if response.status_code in (401, 403) and error_type != "NoPermissionError":
                raise AuthFailed(
                    translate(
                        "GhostHttp",
                        "{host} did not accept the Admin API key ({why}). "
                        "Copy it again from Settings › Integrations on the site.",
                    ).format(host=self.host, why=message or error_type)
                )
            if response.status_code in (404, 409, 422, 400, 403) and error_type:
                raise GhostError(
                    translate("GhostHttp", "{host} refused it (HTTP {status}): {message}").format(
                        host=self.host, status=response.status_code, message=message
                    ),
                    response.status_code,
                    error_type,
                )
            super().raise_for(response)

    return GhostHttp(base_url, transport=transport)


def _error(response: httpx.Response) -> tuple[str, str]:
    """Ghost's error type and message, with its context when it gives one."""
    try:
        errors = response.json().get("errors") or []
        first = errors[0]
    except (ValueError, AttributeError, IndexError, TypeError):
        return "", ""
    message = str(first.get("message") or "").strip()
    context = str(first.get("context") or "").strip()
    if context and context not in message:
        message = f"{message} {context}".strip()
    return str(first.get("type") or ""), message


class GhostPublisher:
    """The client for one Ghost target. Methods block; the outbox calls them off the
    window's thread."""

    def __init__(
        self,
        target: Target,
        *,
        secret: str | None,
        library: Library,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.target = target
        self.library = library
        self._key = secret or ""
        self.http = _ghost_http(f"{target.url}/ghost/api/admin", transport)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> GhostPublisher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kw: Any) -> Any:
        headers = {
            "Authorization": f"Ghost {admin_token(self._key)}",
            "Accept-Version": API_VERSION,
            **kw.pop("headers", {}),
        }
        if method == "DELETE":
            self.http.send(method, path, headers=headers, **kw)
            return {}
        return self.http.json(method, path, headers=headers, **kw)

    # -- check -------------------------------------------------------------------------
    def check(self) -> Account:
        """Whether the key opens the site: a list of one post needs it (the site's
        own description does not)."""
        self.request("GET", "posts/", params={"limit": 1, "fields": "id"})
        site = self.request("GET", "site/").get("site") or {}
        title = str(site.get("title") or self.http.host)
        version = str(site.get("version") or "")
        if version:
            detail = translate(
                "GhostPublisher", "The Admin API key opens {title} (Ghost {version})."
            ).format(title=title, version=version)
        else:
            detail = translate("GhostPublisher", "The Admin API key opens {title}.").format(
                title=title
            )
        return Account(name=title, can_publish=True, detail=detail)

    # -- publish -----------------------------------------------------------------------
    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        if item.action is Action.UNPUBLISH:
            if known is None:
                raise Rejected(
                    translate(
                        "GhostPublisher",
                        "This article is not on the site, so it cannot be taken off.",
                    )
                )
            return self.unpublish(item, known)
        payload, warnings = self._payload(item)
        remote: Mapping[str, Any] | None = None
        if known is not None and known.remote_id:
            remote = self._current(item, known, payload, force=force)
        elif item.retried:
            # A create was tried and its answer lost: the post may be there already.
            remote = self._made_before(item)
        if remote is None:
            post = self._posts("POST", "posts/", {"posts": [payload]})
        else:
            update = {**payload, "updated_at": remote.get("updated_at")}
            try:
                post = self._posts("PUT", f"posts/{remote['id']}/", {"posts": [update]})
            except GhostError as exc:
                if exc.type != "UpdateCollisionError":
                    raise
                now = self.request("GET", f"posts/{remote['id']}/", params={"formats": "html"})
                theirs = now["posts"][0]
                raise Conflict(
                    translate(
                        "GhostPublisher",
                        "The article was changed on the site while it was being sent. Keep "
                        "your version, take the site's, or edit.",
                    ),
                    remote_of(theirs),
                    conflict_fields(payload, theirs),
                ) from None
        return replace(remote_of(post), warnings=tuple(warnings))

    def _posts(self, method: str, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        answer = self.request(method, path, params={"source": "html"}, json=body)
        posts = answer.get("posts") if isinstance(answer, Mapping) else None
        if not posts:
            raise Rejected(
                translate("GhostPublisher", "{host} did not answer with the post it saved.").format(
                    host=self.http.host
                )
            )
        return dict(posts[0])

    def _payload(self, item: Outgoing) -> tuple[dict[str, Any], list[str]]:
        warnings: list[str] = []
        uploaded = {m.media_id: self._upload(m) for m in item.media}
        excerpt = item.standfirst.strip()
        if len(excerpt) > MAX_EXCERPT:
            excerpt = excerpt[: MAX_EXCERPT - 1].rstrip() + "…"
            warnings.append(
                translate(
                    "GhostPublisher",
                    "Ghost keeps at most {count} characters of a standfirst: it was "
                    "shortened there.",
                ).format(count=MAX_EXCERPT)
            )
        tags: list[dict[str, str]] = []
        for name in (*item.section_path[-1:], *item.tags):
            if name.strip() and all(t["name"].lower() != name.strip().lower() for t in tags):
                tags.append({"name": name.strip()})
        payload: dict[str, Any] = {
            "title": item.headline,
            "slug": item.slug,
            "html": self._html(item, uploaded),
            "custom_excerpt": excerpt or None,
            "tags": tags,
            "meta_title": item.seo_title or None,
            "meta_description": item.seo_description or None,
            "feature_image": None,
            "feature_image_alt": None,
            "feature_image_caption": None,
        }
        featured = next((m for m in item.media if m.featured), None)
        if featured is not None:
            payload["feature_image"] = uploaded[featured.media_id]
            payload["feature_image_alt"] = featured.alt[:MAX_ALT] or None
            payload["feature_image_caption"] = _caption(featured) or None
        when = item.published_at
        embargo = item.embargo_until
        if embargo is not None and (when is None or embargo > when):
            when = embargo
        if when is not None and when > datetime.now(UTC):
            # Sent before its time only when the target lets the site hold it.
            payload["status"] = "scheduled"
            payload["published_at"] = ghost_time(when)
        else:
            payload["status"] = "published"
            if when is not None:
                payload["published_at"] = ghost_time(when)
        return payload, warnings

    def _html(self, item: Outgoing, uploaded: Mapping[int, str]) -> str:
        from newsroom.core.publish.wp_content import (
            body_with_urls,
            byline_block,
            links_on_site,
            notes_block,
            related_block,
        )
        from newsroom.core.render import sanitize

        body = body_with_urls(item.body_html, item.media, uploaded)
        # The byline, notes and related links go in one HTML card, which Ghost keeps
        # as it is (it rewrites the rest into its own editor's blocks).
        extra = [
            byline_block(item.byline) if item.byline.strip() else "",
            notes_block(item.notes),
            related_block(links_on_site(self.library, self.target.id, item.related)),
            _MARKER.format(uid=item.uid),
        ]
        card = _HTML_CARD.format("\n".join(part for part in extra if part))
        return sanitize(body).strip() + "\n" + card

    def _current(
        self, item: Outgoing, known: Remote, payload: Mapping[str, Any], *, force: bool
    ) -> Mapping[str, Any] | None:
        """The post on the site, to be updated; :class:`Conflict` when it changed there
        since the last sync (or was deleted), unless ``force``. None: deleted, and to
        be made anew."""
        try:
            remote = self.request("GET", f"posts/{known.remote_id}/", params={"formats": "html"})[
                "posts"
            ][0]
        except GhostError as exc:
            if exc.status != 404:
                raise
            if force:
                return None
            raise Conflict(
                translate(
                    "GhostPublisher",
                    "The article was deleted on the site since it was last sent. Send it "
                    "again to publish it anew, or leave it off the site.",
                ),
                Remote(known.remote_id, known.url, ""),
                {"status": (str(payload.get("status")), "deleted")},
            ) from None
        if force or not known.modified or remote.get("updated_at") == known.modified:
            return dict(remote)
        fields = conflict_fields(payload, remote)
        raise Conflict(
            translate(
                "GhostPublisher",
                "The article was changed on the site since it was last sent: {fields}. "
                "Keep your version, take the site's, or edit.",
            ).format(fields=field_names(fields)),
            remote_of(remote),
            fields,
        )

    def _made_before(self, item: Outgoing) -> Mapping[str, Any] | None:
        """The post a lost create made, found by its slug and the marker it carries."""
        try:
            found = self.request("GET", f"posts/slug/{item.slug}/", params={"formats": "html"})[
                "posts"
            ][0]
        except GhostError as exc:
            if exc.status == 404:
                return None
            raise
        # Ghost may write the element back in its own way (``hidden=""``).
        named = f'data-newsroom-article="{item.uid}"'
        return dict(found) if named in str(found.get("html") or "") else None

    # -- images ------------------------------------------------------------------------
    def _upload(self, media: OutgoingMedia) -> str:
        known = remote_media.known_url(self.library, self.target.id, media)
        if known is not None:
            return known
        from newsroom.core.publish.http import multipart

        body, content_type = multipart(media, {"purpose": "image", "ref": media.uid})
        answer = self.request(
            "POST", "images/upload/", content=body, headers={"Content-Type": content_type}
        )
        try:
            url = str(answer["images"][0]["url"])
        except (KeyError, IndexError, TypeError):
            raise Rejected(
                translate(
                    "GhostPublisher",
                    "{host} took the image “{filename}” but did not say where it is.",
                ).format(host=self.http.host, filename=media.filename)
            ) from None
        remote_media.remember(self.library, self.target.id, media, url)
        return url

    # -- pull --------------------------------------------------------------------------
    def pull(
        self,
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PullSummary:
        """Every post of the site into the library, a page of posts at a time."""
        from newsroom.core.publish.clients import PullCancelled
        from newsroom.core.publish.wp_pull import PullSummary

        self.check()
        summary = PullSummary()
        read = 0
        page: object = 1
        while page:
            answer = self.request(
                "GET",
                "posts/",
                params={"limit": 50, "page": page, "formats": "html", "include": "tags",
                        "order": "published_at asc"},
            )  # fmt: skip
            for post in answer.get("posts") or []:
                if cancelled is not None and cancelled():
                    raise PullCancelled(read)
                self._pull_post(post, summary)
                read += 1
                if progress is not None:
                    progress(read)
            page = ((answer.get("meta") or {}).get("pagination") or {}).get("next")
        return summary

    def _pull_post(self, post: Mapping[str, Any], summary: PullSummary) -> None:
        from newsroom.core.publish import pulled

        ours = _OUR_CARD.search(str(post.get("html") or ""))
        link = pulled.linked(
            self.library, self.target.id, str(post.get("id") or ""), ours["uid"] if ours else None
        )
        article = self.library.article(link.article_id) if link is not None else None
        todo = pulled.step(self.library, link, article, str(post.get("updated_at") or ""))
        if todo is pulled.Step.NEW or article is None:
            with self.library.db.atomic():
                made = self.library.create_article(self._pulled(Article(), post))
                self._record(made, post)
            summary.new += 1
        elif todo is pulled.Step.RELINK:
            self._record(article, post)  # its link was lost: neither side is changed
            summary.unchanged += 1
        elif todo is pulled.Step.UNCHANGED:
            summary.unchanged += 1
        elif todo is pulled.Step.SKIPPED:
            summary.skipped.append(article.headline or article.slug)
        else:
            with self.library.db.atomic():
                saved = self.library.save_article(self._pulled(article, post), lock_slug=True)
                self._record(saved, post)
            summary.updated += 1

    def _pulled(self, base: Article, post: Mapping[str, Any]) -> Article:
        """``base`` with what the post says."""
        from newsroom.core.html_to_markdown import html_to_markdown

        text = str(post.get("html") or "")
        byline = base.byline
        ours = _OUR_CARD.search(text)
        if ours is not None:
            found = _BYLINE.search(ours.group(0))
            if found is not None:
                byline = html.unescape(re.sub(r"<[^>]+>", "", found["name"])).strip()
            text = text[: ours.start()] + text[ours.end() :]
        body = html_to_markdown(
            text, plain=True, image=lambda src, alt: f"![{alt}]({src})" if src else None
        )
        tags = [str(t.get("name") or "") for t in post.get("tags") or [] if t.get("name")]
        section_id = base.section_id
        by_name = {s.name.casefold(): s.id for s in self.library.sections()}
        for name in tags:
            if name.casefold() in by_name:
                section_id = by_name[name.casefold()]
                tags.remove(name)
                break
        status = Status(_STATUSES.get(str(post.get("status")), "draft"))
        return replace(
            base,
            headline=str(post.get("title") or ""),
            slug=str(post.get("slug") or base.slug),
            standfirst=str(post.get("custom_excerpt") or ""),
            body=body or "",
            byline=byline,
            tags=tags,
            section_id=section_id,
            status=status,
            published_at=_ghost_moment(post.get("published_at")) or base.published_at,
            seo_title=str(post.get("meta_title") or ""),
            seo_description=str(post.get("meta_description") or ""),
        )

    def _record(self, article: Article, post: Mapping[str, Any]) -> None:
        """Link the article to the post, as a sync would have."""
        from newsroom.core.publish import pulled

        pulled.record(
            self.library,
            article,
            self.target.id,
            str(post.get("id") or ""),
            str(post.get("url") or ""),
            str(post.get("updated_at") or ""),
        )

    # -- unpublish ---------------------------------------------------------------------
    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        """Off the site: the post goes back to draft, still the article's."""
        try:
            remote = self.request("GET", f"posts/{known.remote_id}/")["posts"][0]
            post = self._posts(
                "PUT",
                f"posts/{known.remote_id}/",
                {"posts": [{"status": "draft", "updated_at": remote.get("updated_at")}]},
            )
        except GhostError as exc:
            if exc.status == 404:
                return replace(known, live=False)  # deleted on the site: it is off it
            raise
        return remote_of(post)


def pull(
    target: Target,
    *,
    secret: str | None,
    library: Library,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PullSummary:
    """A pull of a Ghost site (``newsroom pull``, the window's Pull): every post into the
    library, counted, stopping at Cancel before the next post."""
    with GhostPublisher(target, secret=secret, library=library) as client:
        return client.pull(progress=progress, cancelled=cancelled)


#: Newsroom's own card in a post it sent, and the byline in it.
_OUR_CARD = re.compile(
    r"<!--kg-card-begin: html-->(?:(?!<!--kg-card-begin).)*?data-newsroom-article="
    r"\"(?P<uid>[^\"]+)\"(?:(?!<!--kg-card-begin).)*?<!--kg-card-end: html-->",
    re.DOTALL,
)
_BYLINE = re.compile(r'<p class="byline">\s*By\s+(?P<name>.*?)</p>', re.DOTALL)
_STATUSES = {"published": "published", "scheduled": "scheduled", "draft": "draft"}


def _ghost_moment(value: object) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _caption(media: OutgoingMedia) -> str:
    parts = [html.escape(media.caption.strip())] if media.caption.strip() else []
    if media.credit.strip():
        parts.append(f"<small>{html.escape(media.credit.strip())}</small>")
    return " ".join(parts)


__all__ = [
    "KIND",
    "GhostError",
    "GhostPublisher",
    "admin_token",
    "conflict_fields",
    "ghost_time",
    "remote_of",
]
