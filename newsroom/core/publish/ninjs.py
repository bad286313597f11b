"""IPTC ninjs 2.2 over HTTP: a news item as JSON, pushed to a receiver.

:func:`to_ninjs` turns an :class:`~newsroom.core.publish.base.Outgoing` into a ninjs
2.2 object that validates against the official schema; :class:`NinjsPublisher` pushes
it. Images travel as ``associations`` the way Superdesk's ninjs formatters name them:
``featuremedia`` for the featured image and ``editor_0``, ``editor_1`` ... for the
images in the text, in the order they appear; each figure in the body is wrapped in
Superdesk's ``<!-- EMBED START Image {id: "editor_0"} -->`` markers.

The HTTP contract (``<url>`` is the target's URL; ``media`` and ``items`` can be
changed with the target settings ``media_path`` and ``items_path``):

``GET <url>``
    :meth:`NinjsPublisher.check`: any 2xx means the receiver is there and takes
    our credentials; 401 means it does not.
``POST <url>/media``
    One image, before the item that uses it. The body is the image's web rendition
    (scaled as the target's settings say, without location or camera data), with
    its ``Content-Type``, ``Content-Disposition: attachment; filename="..."``,
    ``X-Ninjs-Uri`` (the image's own ``urn:uuid:...``, stable: a receiver may
    de-duplicate by it) and ``X-Content-SHA256``. The answer is 2xx with JSON
    ``{"href": "<where readers load it>"}`` (an absolute URL, or one relative to
    ``<url>``). Newsroom remembers the address per image and target
    (``remote_media``) and uploads an image again only when the rendition's bytes
    change (a new original, credit or image setting).
``POST <url>/items``
    The ninjs item as JSON (``Content-Type: application/json``), after its images,
    with an ``Idempotency-Key`` header. The receiver de-duplicates by ``uri``: a
    new ``uri`` is a new story, a known one replaces the story, and the same
    ``uri`` and ``version`` again is a repeat it may ignore. The version is
    ``<n>.<hash>``: ``n`` is 1 plus the number of corrections and updates, so it
    goes up with each one sent, and the hash of the content tells other edits apart
    and makes a retried request always a repeat. The answer is 2xx,
    with or without a body; JSON ``{"id": ..., "url": ...}`` is kept when given.
    Unpublishing posts the same item with ``pubstatus`` ``canceled``.

Corrections and updates travel as ``ednote``, plain text, one a line, dated as the
page shows them: ``Correction (5 December 2026, 10:00 CET): ...``.

HTTP Basic authentication is sent when the target has a user name and a password.
Failures map to the outbox's error classes in :mod:`newsroom.core.publish.http`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urljoin

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.publish import remote_media
from newsroom.core.publish.base import (
    Account,
    Action,
    Outgoing,
    OutgoingMedia,
    Rejected,
    Remote,
    Target,
)
from newsroom.core.publish.http import Http

NINJS_VERSION = "2.2"
NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
#: Sections are subjects with a URI under this scheme: ``urn:newsroom:section:world/africa``.
SECTION_SCHEME = "urn:newsroom:section:"
#: Tags are subjects too (ninjs 2 has no ``keywords``): ``urn:newsroom:tag:climate``.
TAG_SCHEME = "urn:newsroom:tag:"
FEATURED_NAME = "featuremedia"
INLINE_PREFIX = "editor_"

_FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.DOTALL | re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def item_uri(uid: str) -> str:
    """The item's ``uri``: the article's UUID, stable across edits and libraries."""
    return f"urn:uuid:{uid}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def inline_media(item: Outgoing) -> list[OutgoingMedia]:
    """The images the body shows, in the order it shows them."""
    found = [(item.body_html.find(m.local_url), m) for m in item.media if m.local_url]
    return [m for at, m in sorted((p for p in found if p[0] >= 0), key=lambda p: p[0])]


def _text(fragment: str) -> str:
    return html.unescape(_TAGS.sub(" ", fragment))


def _body(item: Outgoing, names: Mapping[int, str], media_urls: Mapping[int, str]) -> str:
    """The body with each image's address made public and each figure marked for
    Superdesk (``EMBED START``/``END``)."""
    by_url = {m.local_url: m for m in item.media if m.local_url}

    def mark(match: re.Match[str]) -> str:
        figure = match.group(0)
        for url, media in by_url.items():
            if url in figure and media.media_id in names:
                embed = f'Image {{id: "{names[media.media_id]}"}}'
                return f"<!-- EMBED START {embed} -->{figure}<!-- EMBED END {embed} -->"
        return figure

    body = _FIGURE.sub(mark, item.body_html)
    for url, media in by_url.items():
        if media.media_id in media_urls:
            body = body.replace(url, html.escape(media_urls[media.media_id], quote=True))
    return body


def _association(media: OutgoingMedia, name: str, url: str, item: Outgoing) -> dict[str, Any]:
    texts = (("caption", media.caption), ("alt", media.alt), ("creditline", media.credit))
    descriptions = [
        {"role": role, "contenttype": "text/plain", "value": text} for role, text in texts if text
    ]
    association: dict[str, Any] = {
        "name": name,
        "uri": item_uri(media.uid),
        "type": "picture",
        "version": media.sha256[:16],
        "language": item.language,
        "renditions": [
            {
                # The one rendition sent: the web copy the target's settings ask for.
                "name": "original",
                "href": url,
                "contenttype": media.mime_type,
                "sizeinbytes": len(media.data),
            }
        ],
    }
    if media.width and media.height:
        association["renditions"][0].update(width=media.width, height=media.height)
    if media.caption:
        association["headlines"] = [{"value": media.caption}]
    if descriptions:
        association["descriptions"] = descriptions
    if media.credit:
        association["copyrightholder"] = media.credit
        association["by"] = media.credit
    return association


def media_names(item: Outgoing) -> dict[int, str]:
    """Each image's association name: ``featuremedia``, then ``editor_N`` in text order."""
    names: dict[int, str] = {}
    for m in item.media:
        if m.featured:
            names[m.media_id] = FEATURED_NAME
    for i, m in enumerate(m for m in inline_media(item) if m.media_id not in names):
        names[m.media_id] = f"{INLINE_PREFIX}{i}"
    return names


def to_ninjs(
    item: Outgoing, *, media_urls: Mapping[int, str], now: datetime | None = None
) -> dict[str, Any]:
    """``item`` as a ninjs 2.2 object. ``media_urls`` maps a media id to its public
    address; an image without one keeps its local address and no association.

    ``version`` is ``<n>.<hash>``: ``n`` counts the corrections and updates (1 for
    none), the hash is of the content, so the same article sent twice is the same
    version; ``versioncreated`` is ``now`` (the time of sending)."""
    moment = now or datetime.now(UTC)
    names = {k: v for k, v in media_names(item).items() if k in media_urls}
    body = _body(item, names, media_urls)
    if item.action is Action.UNPUBLISH:
        status = "canceled"
    elif item.embargo_until is not None and item.embargo_until > moment:
        status = "withheld"  # sent ahead of its embargo: hold it until ``embargoed``
    else:
        status = "usable"
    first = item.published_at or moment
    ninjs: dict[str, Any] = {
        "uri": item_uri(item.uid),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "profile": "newsroom-article",
        "firstcreated": _iso(first),
        "contentcreated": _iso(first),
        "pubstatus": status,
        "language": item.language,
        "slugline": item.slug,
        "headlines": [{"role": "main", "value": item.headline}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "value": body,
                "charcount": len(_text(body).strip()),
                "wordcount": len(_text(body).split()),
            }
        ],
    }
    if item.embargo_until is not None:
        ninjs["embargoed"] = _iso(item.embargo_until)
    if item.standfirst:
        ninjs["descriptions"] = [
            {"role": "summary", "contenttype": "text/plain", "value": item.standfirst}
        ]
    if item.byline:
        ninjs["by"] = item.byline
        ninjs["people"] = [{"name": name, "rel": "author"} for name in _names(item.byline) if name]
    if item.dateline:
        ninjs["located"] = item.dateline
    if item.notes:
        ninjs["ednote"] = ednote(item)
    subjects = [
        {
            "name": name,
            "rel": "section",
            "uri": SECTION_SCHEME + "/".join(item.section_slugs[: i + 1]),
        }
        for i, name in enumerate(item.section_path)
        if i < len(item.section_slugs)
    ]
    subjects += [
        {"name": tag, "rel": "keyword", "literal": tag, "uri": TAG_SCHEME + _urn_part(tag)}
        for tag in item.tags
    ]
    if subjects:
        ninjs["subjects"] = subjects
    by_id = {m.media_id: m for m in item.media}
    associations = [
        _association(by_id[media_id], name, media_urls[media_id], item)
        for media_id, name in sorted(names.items(), key=lambda p: _order(p[1]))
    ]
    if associations:
        ninjs["associations"] = associations
    ninjs["version"] = f"{1 + len(item.notes)}.{_version(ninjs)}"
    ninjs["versioncreated"] = _iso(moment)
    return ninjs


def ednote(item: Outgoing) -> str:
    """The corrections and updates as plain text, oldest first, one a line."""
    return "\n".join(f"{n.label} ({n.when}): {n.text}" for n in item.notes)


def _order(name: str) -> tuple[int, int]:
    return (0, 0) if name == FEATURED_NAME else (1, int(name.removeprefix(INLINE_PREFIX)))


def _names(byline: str) -> list[str]:
    """``"Ana Ruiz and Tom Berg, Brussels desk"`` → three names."""
    return [p.strip() for p in re.split(r",|;|\band\b|&", byline)]


def _urn_part(text: str) -> str:
    """``text`` as URN characters: unreserved ones kept, the rest percent-encoded."""
    return quote(text.strip().lower(), safe="-._~")


def _version(ninjs: Mapping[str, Any]) -> str:
    canonical = json.dumps(ninjs, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:16]


class NinjsPublisher:
    """Pushes ninjs items to one receiver (see the module's HTTP contract)."""

    def __init__(
        self,
        target: Target,
        *,
        secret: str | None,
        library: Library,
        http: Http | None = None,
    ) -> None:
        self.target = target
        self.library = library
        auth = (target.username, secret) if target.username and secret else None
        self.http = http or Http(target.url, auth=auth)
        self.media_path = str(target.settings.get("media_path") or "media")
        self.items_path = str(target.settings.get("items_path") or "items")

    def close(self) -> None:
        self.http.close()

    def check(self) -> Account:
        self.http.send("GET", self.http.base_url)
        return Account(
            name=self.target.username or translate("NinjsPublisher", "anonymous"),
            detail=translate("NinjsPublisher", "{host} accepts ninjs items.").format(
                host=self.http.host
            ),
        )

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        """Upload the images that the receiver does not have yet, then the item.
        A push target cannot be edited on the other side, so there is no conflict
        and ``force`` changes nothing."""
        urls = {m.media_id: self._upload(m) for m in item.media}
        return self._send(to_ninjs(item, media_urls=urls), item)

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        """The same item again, ``canceled``; images are not uploaded again."""
        urls = {m.media_id: url for m in item.media if (url := self._known_media(m)) is not None}
        return self._send(to_ninjs(item, media_urls=urls), item)

    # -- HTTP --------------------------------------------------------------------------
    def _send(self, ninjs: Mapping[str, Any], item: Outgoing) -> Remote:
        response = self.http.send(
            "POST",
            self.items_path,
            json=ninjs,
            headers={"Idempotency-Key": item.idempotency_key},
        )
        url = ""
        if response.content.strip():
            data = self.http.parse(response)
            if isinstance(data, Mapping) and isinstance(data.get("url"), str):
                url = data["url"]
        return Remote(remote_id=str(ninjs["uri"]), url=url, modified=str(ninjs["version"]))

    def _upload(self, media: OutgoingMedia) -> str:
        known = self._known_media(media)
        if known is not None:
            return known
        filename = media.filename.replace('"', "").replace("\r", "").replace("\n", "")
        data = self.http.json(
            "POST",
            self.media_path,
            content=media.data,
            headers={
                "Content-Type": media.mime_type,
                "Content-Disposition": f'attachment; filename="{_latin1(filename)}"',
                "X-Ninjs-Uri": item_uri(media.uid),
                "X-Content-SHA256": media.sha256,
            },
        )
        href = data.get("href") if isinstance(data, Mapping) else None
        if not isinstance(href, str) or not href.strip():
            raise Rejected(
                translate(
                    "NinjsPublisher",
                    "{host} took the image “{filename}” but did not say "
                    "where it is (no “href” in its answer).",
                ).format(host=self.http.host, filename=media.filename)
            )
        url = urljoin(self.http.base_url + "/", href.strip())
        self._remember_media(media, url)
        return url

    # -- what the receiver has ---------------------------------------------------------
    def _known_media(self, media: OutgoingMedia) -> str | None:
        return remote_media.known_url(self.library, self.target.id, media)

    def _remember_media(self, media: OutgoingMedia, url: str) -> None:
        """Keep the address, so the next sync does not upload the image again."""
        remote_media.remember(self.library, self.target.id, media, url)


def _latin1(text: str) -> str:
    """A header value: non-Latin-1 characters become ``_`` (HTTP headers are bytes)."""
    return text.encode("latin-1", "replace").decode("latin-1").replace("?", "_")
