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
since its last sync is left alone, and the summary says so. The post's images come
into the library with it (:mod:`..pull_images`, as WordPress's do): the feature image,
with its alt text and caption, becomes the article's featured image, and the body
refers to each ``<img>`` as ``media:UID``; Ghost keeps the file it was sent beside the
copy it made of it (``photo_o.jpg`` beside ``photo.jpg``), and that original is what
comes (:func:`image_originals`). An image that cannot be downloaded stays at its
address on the site, named in the summary.

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
from urllib.parse import urljoin, urlsplit, urlunsplit

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
    from newsroom.core.publish.pull_images import PostImages, SiteImages
    from newsroom.core.publish.wp_pull import PullSummary

KIND = Kind(
    name="ghost",
    label=QT_TRANSLATE_NOOP("Kind", "Ghost"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "https://blog.example.org"),
    user="none",
    user_refusal=QT_TRANSLATE_NOOP(
        "Kind", "A Ghost site has no user name here: give its Admin API key instead."
    ),
    secret="always",
    password_label=QT_TRANSLATE_NOOP("Kind", "Admin API &key:"),
    password_hint=QT_TRANSLATE_NOOP("Kind", "The Admin API key (id:secret)"),
    password_help=QT_TRANSLATE_NOOP(
        "Kind",
        " (the Admin API key of a custom integration, under Settings › Integrations on the site)",
    ),
    secret_words={
        "name": QT_TRANSLATE_NOOP("Kind", "Admin API key"),
        "session_only": QT_TRANSLATE_NOOP("Kind", "Keep the Admin API key for this session only"),
        "stored_hint": QT_TRANSLATE_NOOP("Kind", "Leave empty to keep the stored Admin API key"),
        "session_hint": QT_TRANSLATE_NOOP(
            "Kind",
            "Kept for this session only; type a new key to replace it",
        ),
        "none_kept_hint": QT_TRANSLATE_NOOP("Kind", "No key kept yet: type it"),
        "type_it": QT_TRANSLATE_NOOP("Kind", "Type the Admin API key{help}."),
        "shared": QT_TRANSLATE_NOOP(
            "Kind",
            "It uses the Admin API key already kept for this site.",
        ),
        "in_keychain": QT_TRANSLATE_NOOP("Kind", "The Admin API key is in the system keychain."),
        "for_session": QT_TRANSLATE_NOOP(
            "Kind",
            "The Admin API key is kept for this session only.",
        ),
        "changed": QT_TRANSLATE_NOOP("Kind", "The address changed: type the Admin API key for it."),
        "missing": QT_TRANSLATE_NOOP(
            "Kind",
            "There is no Admin API key for “{name}”: type it first.",
        ),
        "paused": QT_TRANSLATE_NOOP(
            "Kind",
            "Publishing to this target is paused: it did not accept the Admin API key. "
            "Type the new one and save.",
        ),
        "forget": QT_TRANSLATE_NOOP(
            "Kind",
            "Also forget its Admin API key (other libraries may use it)",
        ),
        "ask_title": QT_TRANSLATE_NOOP("Kind", "Admin API key for {name}"),
        "ask_refused": QT_TRANSLATE_NOOP(
            "Kind",
            "“{name}” did not accept the Admin API key, so publishing to it is paused.",
        ),
        "ask_type": QT_TRANSLATE_NOOP("Kind", "Type the Admin API key for {who}{help}."),
        "ask_session_only": QT_TRANSLATE_NOOP("Kind", "Keep the key for this session only"),
    },
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
        """Every post of the site into the library, a page of posts at a time, with
        its images; Cancel stops before the next post or image."""
        from newsroom.core.publish.clients import PullCancelled
        from newsroom.core.publish.pull_images import SiteImages
        from newsroom.core.publish.wp_pull import PullSummary

        self.check()
        summary = PullSummary()
        read = 0

        def checkpoint() -> None:
            if cancelled is not None and cancelled():
                raise PullCancelled(read)

        images = SiteImages(
            self.library,
            self.target.id,
            self.target.url,
            checkpoint=checkpoint,
            originals=image_originals,
        )
        try:
            page: object = 1
            while page:
                answer = self.request(
                    "GET",
                    "posts/",
                    params={"limit": 50, "page": page, "formats": "html", "include": "tags",
                            "order": "published_at asc"},
                )  # fmt: skip
                for post in answer.get("posts") or []:
                    checkpoint()
                    self._pull_post(post, summary, images)
                    read += 1
                    if progress is not None:
                        progress(read)
                page = ((answer.get("meta") or {}).get("pagination") or {}).get("next")
        finally:
            images.close()
        return summary

    def _pull_post(self, post: Mapping[str, Any], summary: PullSummary, images: SiteImages) -> None:
        from newsroom.core.publish import pulled

        ours = _OUR_CARD.search(str(post.get("html") or ""))
        link = pulled.linked(
            self.library, self.target.id, str(post.get("id") or ""), ours["uid"] if ours else None
        )
        article = self.library.article(link.article_id) if link is not None else None
        todo = pulled.step(self.library, link, article, str(post.get("updated_at") or ""))
        if todo is pulled.Step.NEW or article is None:
            shown = self._images(post, images)
            with self.library.db.atomic():
                fresh = pulled.new_article(self.library)  # in the library's time zone
                made = self.library.create_article(self._pulled(fresh, post, shown))
                self._record(made, post)
            _count(summary, images, shown, made.headline)
            summary.new += 1
        elif todo is pulled.Step.RELINK:
            self._record(article, post)  # its link was lost: neither side is changed
            summary.unchanged += 1
        elif todo is pulled.Step.UNCHANGED:
            summary.unchanged += 1
        elif todo is pulled.Step.SKIPPED:
            summary.skipped.append(article.headline or article.slug)
        else:
            shown = self._images(post, images)
            with self.library.db.atomic():
                saved = self.library.save_article(
                    self._pulled(article, post, shown), lock_slug=True
                )
                self._record(saved, post)
            _count(summary, images, shown, saved.headline)
            summary.updated += 1

    def _images(self, post: Mapping[str, Any], images: SiteImages) -> PostImages:
        """The post's images (its HTML's and its feature image), downloaded before the
        write (which holds the library's write lock and must not wait on the network)."""
        from newsroom.core.publish.pull_images import Found

        featured = None
        url = str(post.get("feature_image") or "").strip()
        if url:
            caption, credit = _feature_caption(str(post.get("feature_image_caption") or ""))
            featured = Found(
                urljoin(self.target.url + "/", url),
                str(post.get("feature_image_alt") or "").strip(),
                caption,
                credit,
            )
        text, _byline = _without_card(str(post.get("html") or ""))
        return images.prepare_post(text, featured)

    def _pulled(self, base: Article, post: Mapping[str, Any], images: PostImages) -> Article:
        """``base`` with what the post says; its images (:meth:`_images`) stored now."""
        from newsroom.core.html_to_markdown import html_to_markdown

        _text, named = _without_card(str(post.get("html") or ""))
        byline = named if named is not None else base.byline

        def image(src: str, alt: str) -> str | None:
            # What the pull left alone (a data: address) stays as the post has it.
            return images.markdown(src, alt) or (f"![{alt}]({src})" if src else None)

        body = html_to_markdown(images.soup, plain=True, image=image)
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
            featured_media_id=_featured(base, images),
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


#: A copy Ghost made of an image at a width (``/content/images/size/w600/…``), in a
#: format (``…/format/webp/…``).
_SIZED = re.compile(r"(/content/images/)size/w\d+(?:h\d+)?/(?:format/[a-z]+/)?")


def image_originals(url: str) -> list[str]:
    """Where Ghost keeps the file an image's address shows, best first: the upload as it
    was sent (Ghost re-encodes an image it is given and keeps the upload beside it as
    ``photo_o.jpg``), then the full-size copy of a smaller one (``/size/w600/``). A pull
    tries each, then the address itself."""
    parts = urlsplit(url)
    if "/content/images/" not in parts.path:
        return []
    path = _SIZED.sub(r"\1", parts.path)
    stem, dot, suffix = path.rpartition(".")
    found = []
    if dot and "/" not in suffix and not stem.endswith("_o"):
        found.append(urlunsplit(parts._replace(path=f"{stem}_o.{suffix}")))
    found.append(urlunsplit(parts._replace(path=path)))
    return found


def _without_card(text: str) -> tuple[str, str | None]:
    """A post's HTML without Newsroom's card, and the byline the card names (None:
    no card, or no byline in it)."""
    ours = _OUR_CARD.search(text)
    if ours is None:
        return text, None
    byline = None
    found = _BYLINE.search(ours.group(0))
    if found is not None:
        byline = html.unescape(re.sub(r"<[^>]+>", "", found["name"])).strip()
    return text[: ours.start()] + text[ours.end() :], byline


def _feature_caption(caption: str) -> tuple[str, str]:
    """The words of a feature image's caption and its credit, which Newsroom sends
    as a ``<small>`` after them (:func:`_caption`)."""
    from bs4 import BeautifulSoup, Tag

    from newsroom.core.publish.pull_images import caption_and_credit

    soup = BeautifulSoup(caption, "html.parser")
    credit = ""
    small = soup.find("small")
    if isinstance(small, Tag):
        credit = small.get_text(" ", strip=True)
        small.decompose()
    words, span_credit = caption_and_credit(soup)
    return words, credit or span_credit


def _featured(base: Article, images: PostImages) -> int | None:
    """The featured image in the library: the post's feature image; the article's own
    while the post's could not be downloaded; none when the post has none."""
    if images.featured is None:
        return None
    found = images.featured_id()
    return found if found is not None else base.featured_media_id


def _count(summary: PullSummary, site: SiteImages, images: PostImages, headline: str) -> None:
    """The images of a post just written, in the pull's summary."""
    summary.image_failures.extend(
        translate("GhostPublisher", "“{headline}”: {why}").format(headline=headline, why=why)
        for why in images.failures
    )
    summary.images = site.stored


__all__ = [
    "KIND",
    "GhostError",
    "GhostPublisher",
    "admin_token",
    "conflict_fields",
    "ghost_time",
    "image_originals",
    "remote_of",
]
