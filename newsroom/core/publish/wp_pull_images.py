"""The images of pulled WordPress posts, brought into the library.

A pull is online by definition, so it downloads what the preview will need offline:
each ``<img>`` of a post's content (the block editor's ``wp:image`` figures with their
captions, classic ``[caption]`` shortcodes, plain images) and the post's featured image
(``featured_media``, read through the REST API's media endpoint with the pull's own
client). Each becomes a media row of the library, with the alt text, caption and credit
WordPress has for it, and the body refers to it as ``media:UID``.

Stored once. In this order, the first that answers wins, and only the last two touch the
network:

1. the attachment id (a ``wp-image-N`` class, ``featured_media``) or the file's address,
   remembered in ``remote_media`` for this target (by an earlier pull, or by Newsroom's
   own upload of the image);
2. an address whose bytes this pull already downloaded, by their hash;
3. the attachment's marker (:mod:`.wp_media`): an image Newsroom uploaded maps back to
   the library's image it was made from;
4. the downloaded bytes' sha256, against the library's images and their web renditions.

When the attachment is known, its full-size original is downloaded (WordPress's
``original_image`` behind a ``-scaled`` copy, else ``source_url``), not the ``-300x200``
size the post shows.

What is downloaded, and from where:

- only ``http``/``https`` addresses (relative ones are read against the site's address);
- only from the site itself: the host of the target's address (or of its configured
  REST root), on its port; a site on the default port may serve its files over http or
  https. Loopback names (``127.0.0.1``, ``localhost``, ``::1``) count as one host, so a
  test site on loopback is its own. An image on a CDN or another site is not fetched:
  the pull talks to the publishing endpoint only. Redirects are followed (at most five)
  under the same rule, with no credentials and no proxy from the environment;
- at most :data:`MAX_IMAGE_BYTES` (a ``Content-Length`` over it is refused before the
  body, a body that grows over it is cut off);
- only what is an image: a ``Content-Type`` that is not an image (a sign-in page) is
  refused, and Pillow must recognise the bytes as PNG, JPEG, GIF or WebP (what a page
  shows and the importers keep), not too big to decode safely.

An image that cannot be had keeps its remote address in the text (``![alt](https://…)``)
and the pull's summary names it with its post; it never fails the pull. The downloads
happen before the post is written, each after a ``checkpoint`` (the window's Cancel),
so a cancelled post leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import html
import io
import ipaddress
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

import httpx
from bs4 import BeautifulSoup, Tag

from newsroom.core.i18n import translate
from newsroom.core.importers.images import image_type
from newsroom.core.publish.base import PublishError
from newsroom.core.publish.failures import http_status
from newsroom.core.publish.http import DEFAULT_TIMEOUT, USER_AGENT
from newsroom.core.publish.wp_media import media_marker
from newsroom.core.publish.wp_rest import WordPressError

if TYPE_CHECKING:
    from newsroom.core.library import Library
    from newsroom.core.publish.wordpress import WordPressPublisher

#: The largest image a pull downloads.
MAX_IMAGE_BYTES = 50 * 1024 * 1024
_MAX_REDIRECTS = 5
#: What an ``<img>`` of the content is called until the conversion asks for it.
_TOKEN = "newsroom-pull-image:"
_ATTACHMENT_CLASS = re.compile(r"^wp-image-(\d+)$")
#: WordPress's smaller copies: ``photo-300x200.jpg`` beside ``photo.jpg``.
_SUB_SIZE = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_CAPTION_SHORTCODE = re.compile(r"\[caption\b[^\]]*\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
_CAPTIONED = re.compile(
    r"\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)", re.DOTALL | re.IGNORECASE
)
#: The marker of an image Newsroom uploaded (see :func:`.wp_media.media_marker`).
_MARKER = re.compile(media_marker("(?P<uid>[0-9A-Fa-f-]{36})", "(?P<sha>[0-9a-f]{64})"))
_ATTACHMENT_FIELDS = "id,source_url,mime_type,alt_text,caption,description,media_details"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
_IMAGE_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
_SUFFIXES = {
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
}


class ImageRefused(Exception):
    """An image that is not downloaded; the message says why, in a few words."""


@dataclass(frozen=True)
class _Found:
    """An image of a post's content as the post shows it."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    attachment: int | None = None


@dataclass(frozen=True)
class _Download:
    """An image downloaded, not yet stored."""

    data: bytes
    mime_type: str
    filename: str
    sha256: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    attachment: int | None = None
    source_url: str = ""


@dataclass
class _Ready:
    """What one image of a post becomes: an image of the library (``media_id``), one to
    store (``download``), or neither (``failure`` says why)."""

    media_id: int | None = None
    download: _Download | None = None
    failure: str = ""
    #: A Newsroom upload found by its marker: (attachment id, its URL, the hash sent).
    ours: tuple[int, str, str] | None = None


@dataclass
class PostImages:
    """The images of one post, fetched: :meth:`markdown` is the ``image`` hook of
    :func:`~newsroom.core.html_to_markdown.html_to_markdown` for :attr:`soup`, and stores
    each image on its first use. Call both inside the transaction that writes the post."""

    site: SiteImages
    soup: BeautifulSoup
    found: list[_Found]
    ready: list[_Ready]
    featured: _Ready | None
    #: Why an image stayed at its remote address, one line each.
    failures: list[str] = field(default_factory=list)

    def markdown(self, src: str, alt: str) -> str | None:
        if not src.startswith(_TOKEN):
            return None  # data: and the like: as the conversion would have it
        index = int(src[len(_TOKEN) :])
        found, ready = self.found[index], self.ready[index]
        alt = alt or found.alt
        media_id = self.site.store(ready)
        if media_id is None:
            return _image(_remote(found.url), alt, found.caption)
        media = self.site.library.media_by_id(media_id)
        # The library's image brings its own caption; a post's own one goes as the title.
        title = found.caption if found.caption != media.caption else ""
        return _image(f"media:{media.uid}", alt, title)

    def featured_id(self) -> int | None:
        """The featured image's id in the library (stored now), None without one."""
        return self.site.store(self.featured) if self.featured is not None else None


class SiteImages:
    """The images one pull brings from one site (see the module's notes)."""

    def __init__(
        self, publisher: WordPressPublisher, *, checkpoint: Callable[[], None] | None = None
    ) -> None:
        self.wp = publisher
        self.library: Library = publisher.library
        self.target_id = publisher.target.id
        self._checkpoint = checkpoint or (lambda: None)
        self._allowed = _SiteHosts(
            publisher.target.url, str(publisher.target.settings.get("api_root") or "")
        )
        self._client: httpx.Client | None = None
        #: What this pull made of each attachment and address it met, so that an image
        #: shown twice (in a text and as its post's featured image, by several posts) is
        #: fetched once.
        self._attachments: dict[int, _Ready] = {}
        self._urls: dict[str, _Ready] = {}
        #: How many new images were stored.
        self.stored = 0

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- before the post is written: the network ----------------------------------------
    def prepare(self, content_html: str, featured: int) -> PostImages:
        """Find the images of a post's content (its HTML, Newsroom's blocks out) and of
        its ``featured_media``, and download those the library lacks."""
        soup = BeautifulSoup(_figures_of_shortcodes(content_html), "html.parser")
        found: list[_Found] = []
        ready: list[_Ready] = []
        for img in soup.find_all("img"):
            image = self._scan(img)
            if image is None:
                continue
            img["src"] = f"{_TOKEN}{len(found)}"
            found.append(image)
            ready.append(self._resolve(image))
        posted = _Ready()
        if featured:
            posted = self._resolve(_Found(url="", attachment=featured))
        failures = [
            translate("SiteImages", "{name}: {why}").format(name=_name(f.url), why=r.failure)
            for f, r in zip(found, ready, strict=True)
            if r.failure
        ]
        if posted.failure:
            failures.append(
                translate("SiteImages", "the featured image (attachment {number}): {why}").format(
                    number=featured, why=posted.failure
                )
            )
        return PostImages(self, soup, found, ready, posted if featured else None, failures)

    def _scan(self, img: Tag) -> _Found | None:
        """The image an ``<img>`` shows; its figure (caption and credit) and a link
        around it to the file on the site give way to the image alone."""
        src = str(img.get("src") or "").strip()
        url = urljoin(self._allowed.base, src) if src else ""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            return None
        classes = img.get_attribute_list("class")
        attachment = next(
            (int(m[1]) for c in classes if c and (m := _ATTACHMENT_CLASS.match(str(c)))), None
        )
        if attachment is None and str(img.get("data-id") or "").isdigit():
            attachment = int(str(img["data-id"]))
        link = img.parent
        if (
            isinstance(link, Tag)
            and link.name == "a"
            and len(link.find_all(True)) == 1
            and not link.get_text(strip=True)
            and self._allowed.allows(urljoin(self._allowed.base, str(link.get("href") or "")))
        ):
            link.replace_with(img)  # a link to the file or its page on the site
        caption = credit = ""
        figure = img.find_parent("figure")
        if figure is not None and len(figure.find_all("img")) == 1:
            figcaption = figure.find("figcaption")
            if isinstance(figcaption, Tag):
                caption, credit = _caption_and_credit(figcaption)
            figure.replace_with(img)
        return _Found(url, str(img.get("alt") or "").strip(), caption, credit, attachment)

    def _resolve(self, image: _Found) -> _Ready:
        met = self._attachments.get(image.attachment or 0) or self._urls.get(image.url)
        if met is not None:
            return met
        known = self._known(image)
        ready = _Ready(media_id=known) if known is not None else self._fetch(image)
        if image.attachment is not None:
            self._attachments[image.attachment] = ready
        if image.url:
            self._urls[image.url] = ready
        return ready

    def _fetch(self, image: _Found) -> _Ready:
        self._checkpoint()
        attachment: Mapping[str, Any] | None = None
        failure = ""
        if image.attachment is not None:
            try:
                attachment = self._attachment(image.attachment)
            except (PublishError, ImageRefused) as exc:
                failure = str(exc)
        if attachment is not None:
            ours = self._ours(attachment)
            if ours is not None:
                return ours
        candidates = _originals(attachment) if attachment is not None else []
        if image.url and image.url not in candidates:
            candidates.append(image.url)
        if not candidates:
            return _Ready(
                failure=failure or translate("SiteImages", "the site gave no address for it")
            )
        for url in candidates:
            try:
                data, mime_type = self._download(url)
            except ImageRefused as exc:
                failure = str(exc)
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            alt, caption, credit = _described(attachment, image)
            return _Ready(
                download=_Download(
                    data,
                    mime_type,
                    _filename(url, mime_type),
                    sha256,
                    alt,
                    caption,
                    credit,
                    int(attachment["id"]) if attachment is not None else None,
                    str(attachment.get("source_url") or url) if attachment is not None else url,
                )
            )
        return _Ready(failure=failure)

    def _known(self, image: _Found) -> int | None:
        """The library's image for an attachment or an address ``remote_media`` has."""
        conn = self.library.conn
        if image.attachment is not None:
            row = conn.execute(
                "SELECT media_id FROM remote_media WHERE target_id = ? AND remote_id = ?",
                [self.target_id, str(image.attachment)],
            ).fetchone()
            if row is not None:
                return int(row[0])
        if image.url:
            urls = {image.url, _SUB_SIZE.sub("", image.url)}
            row = conn.execute(
                "SELECT media_id FROM remote_media WHERE target_id = ? AND remote_url IN "
                f"({', '.join('?' * len(urls))})",
                [self.target_id, *sorted(urls)],
            ).fetchone()
            if row is not None:
                return int(row[0])
        return None

    def _attachment(self, attachment_id: int) -> Mapping[str, Any]:
        try:
            found = self.wp.request(
                "GET",
                f"wp/v2/media/{attachment_id}",
                params={"context": "edit", "_fields": _ATTACHMENT_FIELDS},
            )
        except WordPressError as exc:
            if exc.status == 404:
                raise ImageRefused(
                    translate("SiteImages", "it is no longer in the site's media library")
                ) from None
            raise
        if not isinstance(found, dict):
            raise ImageRefused(translate("SiteImages", "the site did not describe it"))
        return found

    def _ours(self, attachment: Mapping[str, Any]) -> _Ready | None:
        """An image Newsroom uploaded, by its marker: the library's own, if it still has
        it (its bytes there are the original, the site's the web copy)."""
        found = _MARKER.search(_raw(attachment, "description"))
        if found is None:
            return None
        row = self.library.conn.execute(
            "SELECT id FROM media WHERE uid = ?", [found["uid"]]
        ).fetchone()
        if row is None:
            return None
        url = str(attachment.get("source_url") or "")
        return _Ready(media_id=int(row[0]), ours=(int(attachment["id"]), url, found["sha"]))

    def _download(self, url: str) -> tuple[bytes, str]:
        """The bytes of an image on the site and their type; :class:`ImageRefused` if
        it is not allowed, not there, too big or not an image."""
        self._checkpoint()
        if self._client is None:
            self._client = httpx.Client(
                timeout=DEFAULT_TIMEOUT,
                headers={"User-Agent": USER_AGENT},
                follow_redirects=False,  # each hop is checked below
                trust_env=False,
            )
        for _hop in range(_MAX_REDIRECTS + 1):
            if not self._allowed.allows(url):
                host = urlsplit(url).hostname or url
                raise ImageRefused(
                    translate(
                        "SiteImages",
                        "it is on another site ({host}); a pull downloads only from the site "
                        "itself",
                    ).format(host=host)
                )
            try:
                with self._client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise ImageRefused(
                            translate("SiteImages", "the site answered HTTP {status}").format(
                                status=response.status_code
                            )
                        )
                    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if (
                        kind
                        and not kind.startswith("image/")
                        and kind != "application/octet-stream"
                    ):
                        raise ImageRefused(
                            translate("SiteImages", "the site sent {type}, not an image").format(
                                type=kind
                            )
                        )
                    length = response.headers.get("content-length", "")
                    if length.isdigit() and int(length) > MAX_IMAGE_BYTES:
                        raise ImageRefused(_too_big())
                    data = bytearray()
                    for chunk in response.iter_bytes():
                        data += chunk
                        if len(data) > MAX_IMAGE_BYTES:
                            raise ImageRefused(_too_big())
            except httpx.TimeoutException:
                raise ImageRefused(
                    translate("SiteImages", "the site did not send it in time")
                ) from None
            except httpx.HTTPError as exc:
                raise ImageRefused(
                    translate("SiteImages", "it could not be downloaded ({error})").format(
                        error=_downloading(exc)
                    )
                ) from None
            return bytes(data), _checked_type(bytes(data))
        raise ImageRefused(translate("SiteImages", "the site sent it round too many redirects"))

    # -- while the post is written: the library ------------------------------------------
    def store(self, ready: _Ready) -> int | None:
        """The library's id of an image of a post, stored now if it is new (once: the
        same bytes are the same image); None for an image that could not be had."""
        if ready.ours is not None and ready.media_id is not None:
            remote_id, url, sha256 = ready.ours
            self._remember(ready.media_id, remote_id, url, sha256)
        if ready.media_id is not None:
            return ready.media_id
        download = ready.download
        if download is None:
            return None
        media_id = self._by_hash(download.sha256)
        if media_id is None:
            media_id = self.library.add_media(
                download.filename,
                download.mime_type,
                download.data,
                alt=download.alt,
                caption=download.caption,
                credit=download.credit,
            ).id
            self.stored += 1
        if download.attachment is not None:
            self._remember(media_id, download.attachment, download.source_url, download.sha256)
        ready.media_id = media_id  # the same post may show it twice
        return media_id

    def _by_hash(self, sha256: str) -> int | None:
        """The library's image with these bytes, or whose web copy they are."""
        conn = self.library.conn
        row = conn.execute(
            "SELECT id FROM media WHERE sha256 = ? ORDER BY id LIMIT 1", [sha256]
        ).fetchone()
        if row is None:
            row = conn.execute(
                "SELECT media_id FROM media_renditions WHERE sha256 = ? ORDER BY id LIMIT 1",
                [sha256],
            ).fetchone()
        return int(row[0]) if row is not None else None

    def _remember(self, media_id: int, remote_id: int, url: str, sha256: str) -> None:
        """The attachment the image is on the site, unless the library already knows
        one (Newsroom's own upload of it stays the one it updates)."""
        db = self.library.db
        with db.atomic():
            db.execute(
                "INSERT INTO remote_media (target_id, media_id, remote_id, remote_url, sha256) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, media_id) DO NOTHING",
                [self.target_id, media_id, str(remote_id), url, sha256],
            )


class _SiteHosts:
    """Where a pull may download from: the site's own host and port."""

    def __init__(self, site_url: str, api_root: str) -> None:
        self.base = site_url.rstrip("/") + "/"
        self._origins = {_origin(u) for u in (site_url, api_root) if u}

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return False
        host, port = _origin(url)
        for site_host, site_port in self._origins:
            if not _same_host(host, site_host):
                continue
            if port == site_port or {port, site_port} <= {80, 443}:
                return True
        return False


def _origin(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    default = 443 if parts.scheme.lower() == "https" else 80
    return (parts.hostname or "").lower().rstrip("."), port or default


def _same_host(one: str, other: str) -> bool:
    return one == other or (_loopback(one) and _loopback(other))


def _loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _checked_type(data: bytes) -> str:
    """The MIME type of bytes that are a PNG, JPEG, GIF or WebP image Pillow reads."""
    from PIL import Image, UnidentifiedImageError

    kind = image_type(data)
    if kind is None:
        raise ImageRefused(translate("SiteImages", "it is not a PNG, JPEG, GIF or WebP image"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=_IMAGE_FORMATS) as image:
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(
            translate("SiteImages", "it has too many pixels to open safely")
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ImageRefused(
            translate("SiteImages", "it is not an image that can be read (damaged?)")
        ) from None
    return kind[0]


def _downloading(exc: httpx.HTTPError) -> str:
    """Why an image could not be downloaded, in a few words (never the error's name)."""
    if isinstance(exc, httpx.HTTPStatusError):
        return http_status(exc.response.status_code)
    if isinstance(exc, httpx.ConnectError):
        return translate("SiteImages", "its site could not be reached")
    if isinstance(exc, httpx.TransportError):
        return translate("SiteImages", "the connection was cut off")
    return translate("SiteImages", "its address could not be used")


def _too_big() -> str:
    limit = MAX_IMAGE_BYTES
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} kB"
    return translate("SiteImages", "it is larger than {size}").format(size=size)


def _originals(attachment: Mapping[str, Any]) -> list[str]:
    """The attachment's files, largest first: the original behind a ``-scaled`` copy,
    then the full size (``source_url``)."""
    source = str(attachment.get("source_url") or "")
    details = attachment.get("media_details")
    original = str(details.get("original_image") or "") if isinstance(details, dict) else ""
    urls = []
    if source and original and "/" not in original:
        urls.append(source.rsplit("/", 1)[0] + "/" + original)
    if source:
        urls.append(source)
    return urls


def _described(attachment: Mapping[str, Any] | None, image: _Found) -> tuple[str, str, str]:
    """Alt text, caption and credit: the attachment's where it has them, else the post's.

    WordPress has no credit field: Newsroom's uploads carry it in the caption (a
    ``credit`` span) and the description ("Credit: …"); a camera's or an agency's
    file carries it in its IPTC data (``image_meta.credit``)."""
    if attachment is None:
        return image.alt, image.caption, image.credit
    caption_html = _raw(attachment, "caption")
    caption, credit = _caption_and_credit(BeautifulSoup(caption_html, "html.parser"))
    if not credit:
        found = re.search(r"^Credit:\s*(.+)$", _raw(attachment, "description"), re.MULTILINE)
        credit = found[1].strip() if found else ""
    details = attachment.get("media_details")
    meta = details.get("image_meta") if isinstance(details, dict) else None
    if not credit and isinstance(meta, dict):
        credit = str(meta.get("credit") or "").strip()
    alt = str(attachment.get("alt_text") or "").strip()
    return alt or image.alt, caption or image.caption, credit or image.credit


def _caption_and_credit(caption: Tag | BeautifulSoup) -> tuple[str, str]:
    """The words of a caption and its credit (a ``credit`` span, as Newsroom writes it)."""
    credit = ""
    span = caption.find(class_="credit")
    if isinstance(span, Tag):
        credit = span.get_text(" ", strip=True)
        span.decompose()
    return re.sub(r"\s+", " ", caption.get_text(" ")).strip(), credit


def _figures_of_shortcodes(content: str) -> str:
    """Classic ``[caption]…[/caption]`` shortcodes as the figures they display."""

    def figure(match: re.Match[str]) -> str:
        parts = _CAPTIONED.match(match[1])
        if parts is None:
            return match[0]
        return f"<figure>{parts[1]}<figcaption>{parts[2].strip()}</figcaption></figure>"

    return _CAPTION_SHORTCODE.sub(figure, content)


def _raw(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")) or "")
    return str(value or "")


def _filename(url: str, mime_type: str) -> str:
    """The file's name on the site, with the suffix of what it is."""
    name = PurePosixPath(PurePosixPath(unquote(urlsplit(url).path)).name or "image")
    suffixes = _SUFFIXES.get(mime_type, (".webp",))
    if name.suffix.lower() in suffixes:
        return name.name
    return f"{name.stem or 'image'}{suffixes[0]}"


def _name(url: str) -> str:
    """An image's file name, as the summary names it."""
    return PurePosixPath(unquote(urlsplit(url).path)).name or url


def _remote(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _image(url: str, alt: str, title: str) -> str:
    alt = re.sub(r"\s+", " ", alt).strip()
    alt = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    title = re.sub(r"\s+", " ", title).strip()
    return f'![{alt}]({url} "{html.escape(title)}")' if title else f"![{alt}]({url})"


__all__ = ["MAX_IMAGE_BYTES", "ImageRefused", "PostImages", "SiteImages"]
