"""A site with a Micropub endpoint (W3C Micropub, https://www.w3.org/TR/micropub/):
micro.blog, and IndieWeb sites.

The target's address is the Micropub endpoint; its secret is an access token (from
IndieAuth, or the site's own app token), sent as ``Authorization: Bearer``. There is no
user name.

An article goes as an ``h-entry`` in JSON: its headline as ``name``, the body (with the
byline, the dated notes and "You Might Also Like" after it) as ``content`` HTML, the
standfirst as ``summary``, the section and tags as ``category``, its time as
``published``, its slug as ``mp-slug`` and the featured image as ``photo`` with its alt
text. Images go first to the media endpoint the server names (``q=config``), once per
rendition (``remote_media``); without one, the images are left out and the journalist
is told. The server answers a create with the post's address (``Location``), which is
how Newsroom names the post afterwards: an update replaces its properties, a take-down
deletes it. Micropub has no schedule and no edit times: an embargoed article waits in
the outbox until its time, and a change made on the site is not seen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.publish import remote_media
from newsroom.core.publish.base import (
    Account,
    Action,
    AuthFailed,
    Outgoing,
    OutgoingMedia,
    Rejected,
    Remote,
    Target,
)
from newsroom.core.publish.kinds.kind import Kind

if TYPE_CHECKING:
    import httpx

    from newsroom.core.library import Library
    from newsroom.core.publish.http import Http

KIND = Kind(
    name="micropub",
    label=QT_TRANSLATE_NOOP("Kind", "Micropub (micro.blog, IndieWeb)"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "https://micro.blog/micropub"),
    user="none",
    user_refusal=QT_TRANSLATE_NOOP(
        "Kind", "A Micropub site has no user name here: its access token goes in the token field."
    ),
    secret="always",
    password_label=QT_TRANSLATE_NOOP("Kind", "Access &token:"),
    password_hint=QT_TRANSLATE_NOOP("Kind", "The access token"),
    password_help=QT_TRANSLATE_NOOP("Kind", " (an access token for the site's Micropub endpoint)"),
    secret_words={
        "name": QT_TRANSLATE_NOOP("Kind", "Access token"),
        "session_only": QT_TRANSLATE_NOOP("Kind", "Keep the access token for this session only"),
        "stored_hint": QT_TRANSLATE_NOOP("Kind", "Leave empty to keep the stored access token"),
        "session_hint": QT_TRANSLATE_NOOP(
            "Kind",
            "Kept for this session only; type a new token to replace it",
        ),
        "none_kept_hint": QT_TRANSLATE_NOOP("Kind", "No token kept yet: type it"),
        "type_it": QT_TRANSLATE_NOOP("Kind", "Type the access token{help}."),
        "shared": QT_TRANSLATE_NOOP("Kind", "It uses the access token already kept for this site."),
        "in_keychain": QT_TRANSLATE_NOOP("Kind", "The access token is in the system keychain."),
        "for_session": QT_TRANSLATE_NOOP("Kind", "The access token is kept for this session only."),
        "changed": QT_TRANSLATE_NOOP("Kind", "The address changed: type the access token for it."),
        "missing": QT_TRANSLATE_NOOP(
            "Kind",
            "There is no access token for “{name}”: type it first.",
        ),
        "paused": QT_TRANSLATE_NOOP(
            "Kind",
            "Publishing to this target is paused: it did not accept the access token. "
            "Type the new one and save.",
        ),
        "forget": QT_TRANSLATE_NOOP(
            "Kind",
            "Also forget its access token (other libraries may use it)",
        ),
        "ask_title": QT_TRANSLATE_NOOP("Kind", "Access token for {name}"),
        "ask_refused": QT_TRANSLATE_NOOP(
            "Kind",
            "“{name}” did not accept the access token, so publishing to it is paused.",
        ),
        "ask_type": QT_TRANSLATE_NOOP("Kind", "Type the access token for {who}{help}."),
        "ask_session_only": QT_TRANSLATE_NOOP("Kind", "Keep the token for this session only"),
    },
    client="newsroom.core.publish.kinds.micropub:MicropubPublisher",
    records_uploads=True,
)

_LOCAL_IMG = re.compile(r"<img\b[^>]*\bsrc=\"newsroom://media/[^\"]*\"[^>]*>", re.IGNORECASE)


def _micropub_http(base_url: str, transport: httpx.BaseTransport | None) -> Http:
    """:class:`~newsroom.core.publish.http.Http` that reads Micropub's error answers."""
    from newsroom.core.publish.http import Http

    class MicropubHttp(Http):
        def raise_for(self, response: httpx.Response) -> None:
            if response.status_code < 300:
                return
            error, description = _error(response)
            if response.status_code in (401, 403) or error in ("unauthorized", "forbidden"):
                why = description or error or f"HTTP {response.status_code}"
                raise AuthFailed(
                    translate(
                        "MicropubHttp",
                        "{host} did not accept the access token ({why}). Make a new one "
                        "on the site and give it to Newsroom.",
                    ).format(host=self.host, why=why)
                )
            if 400 <= response.status_code < 500 and (error or description):
                raise Rejected(
                    translate("MicropubHttp", "{host} refused it: {message}").format(
                        host=self.host, message=description or error
                    )
                )
            super().raise_for(response)

    return MicropubHttp(base_url, transport=transport)


def _error(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, Mapping):
        return "", ""
    return str(body.get("error") or ""), str(body.get("error_description") or "")


class MicropubPublisher:
    """The client for one Micropub target. Methods block; the outbox calls them off the
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
        self._token = (secret or "").strip()
        self.http = _micropub_http(target.url, transport)
        self._config: Mapping[str, Any] | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> MicropubPublisher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def config(self) -> Mapping[str, Any]:
        """What the endpoint says of itself (``q=config``): its media endpoint."""
        if self._config is None:
            answer = self.http.json(
                "GET", self.target.url, params={"q": "config"}, headers=self._headers()
            )
            self._config = answer if isinstance(answer, Mapping) else {}
        return self._config

    # -- check -------------------------------------------------------------------------
    def check(self) -> Account:
        media = self.config().get("media-endpoint")
        if media:
            detail = translate(
                "MicropubPublisher",
                "The access token opens the Micropub endpoint of {host}, which takes images.",
            ).format(host=self.http.host)
        else:
            detail = translate(
                "MicropubPublisher",
                "The access token opens the Micropub endpoint of {host}; it takes no images.",
            ).format(host=self.http.host)
        return Account(name=self.http.host, can_publish=True, detail=detail)

    # -- publish -----------------------------------------------------------------------
    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        if item.action is Action.UNPUBLISH:
            if known is None:
                raise Rejected(
                    translate(
                        "MicropubPublisher",
                        "This article is not on the site, so it cannot be taken off.",
                    )
                )
            return self.unpublish(item, known)
        properties, warnings = self._properties(item)
        if known is not None and known.remote_id and known.live:
            self._post({"action": "update", "url": known.remote_id, "replace": properties})
            return Remote(known.remote_id, known.url or known.remote_id, warnings=warnings)
        response = self._post({"type": ["h-entry"], "properties": properties})
        where = response.headers.get("location")
        if not where:
            raise Rejected(
                translate(
                    "MicropubPublisher", "{host} took the post but did not say where it is."
                ).format(host=self.http.host)
            )
        url = urljoin(self.target.url, str(where))
        return Remote(url, url, warnings=warnings)

    def _post(self, body: Mapping[str, Any]) -> httpx.Response:
        return self.http.send("POST", self.target.url, json=body, headers=self._headers())

    def _properties(self, item: Outgoing) -> tuple[dict[str, Any], tuple[str, ...]]:
        from newsroom.core.publish.wp_content import (
            body_with_urls,
            byline_block,
            links_on_site,
            notes_block,
            related_block,
        )
        from newsroom.core.render import sanitize

        warnings: tuple[str, ...] = ()
        uploaded: dict[int, str] = {}
        if item.media:
            endpoint = self.config().get("media-endpoint")
            if endpoint:
                uploaded = {m.media_id: self._upload(str(endpoint), m) for m in item.media}
            else:
                warnings = (
                    translate(
                        "MicropubPublisher",
                        "The site takes no images (it names no media endpoint): the "
                        "article went without them.",
                    ),
                )
        body = body_with_urls(item.body_html, [m for m in item.media if m.media_id in uploaded],
                              uploaded)  # fmt: skip
        body = _LOCAL_IMG.sub("", body)
        extra = [
            byline_block(item.byline) if item.byline.strip() else "",
            sanitize(body).strip(),
            notes_block(item.notes),
            related_block(links_on_site(self.library, self.target.id, item.related)),
        ]
        properties: dict[str, Any] = {
            "name": [item.headline],
            "content": [{"html": "\n".join(part for part in extra if part)}],
            "mp-slug": [item.slug],
            "category": [c for c in (*item.section_path[-1:], *item.tags) if c.strip()],
        }
        if item.standfirst.strip():
            properties["summary"] = [item.standfirst.strip()]
        if item.published_at is not None:
            properties["published"] = [item.published_at.isoformat()]
        featured = next((m for m in item.media if m.featured and m.media_id in uploaded), None)
        if featured is not None:
            properties["photo"] = [{"value": uploaded[featured.media_id], "alt": featured.alt}]
        return properties, warnings

    def _upload(self, endpoint: str, media: OutgoingMedia) -> str:
        known = remote_media.known_url(self.library, self.target.id, media)
        if known is not None:
            return known
        from newsroom.core.publish.http import multipart

        body, content_type = multipart(media)
        response = self.http.send(
            "POST",
            urljoin(self.target.url, endpoint),
            content=body,
            headers={**self._headers(), "Content-Type": content_type},
        )
        where = response.headers.get("location")
        if not where:
            raise Rejected(
                translate(
                    "MicropubPublisher",
                    "{host} took the image “{filename}” but did not say where it is.",
                ).format(host=self.http.host, filename=media.filename)
            )
        url = urljoin(self.target.url, str(where))
        remote_media.remember(self.library, self.target.id, media, url)
        return url

    # -- unpublish ---------------------------------------------------------------------
    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        """Off the site: the post is deleted there (Micropub has no drafts to go back
        to); publishing again makes it anew."""
        try:
            self._post({"action": "delete", "url": known.remote_id})
        except Rejected:
            if known.remote_id:
                raise
        return replace(known, live=False)


__all__ = ["KIND", "MicropubPublisher"]
