"""The images of pulled posts, brought into the library, whatever the site.

A pull is online by definition, so it downloads what the preview will need offline:
each ``<img>`` of a post's HTML and the post's featured image. Each becomes a media row
of the library, with the alt text, caption and credit the post gives it, and the body
refers to it as ``media:UID``. A site's pull adds what it knows of its own images:
WordPress its attachments (:mod:`.wp_pull_images`), Ghost the original it keeps beside
the copy it shows (:func:`.kinds.ghost.image_originals`).

Stored once. In this order, the first that answers wins, and only the last two touch the
network:

1. the site's id for the image or its address, remembered in ``remote_media`` for this
   target (by an earlier pull, or by Newsroom's own upload of the image);
2. an address whose bytes this pull already downloaded, by their hash;
3. what the site says of it (WordPress: the marker of an image Newsroom uploaded);
4. the downloaded bytes' sha256, against the library's images and their web renditions.

Where the site keeps the original of the copy a post shows, the original is downloaded.

What is downloaded, and from where:

- only ``http``/``https`` addresses (relative ones are read against the site's address);
- only from the site itself: the host of the target's address (or of its configured
  API root), on its port; a site on the default port may serve its files over http or
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

import httpx
from bs4 import BeautifulSoup, Tag

from newsroom.core.i18n import translate
from newsroom.core.importers.images import image_type
from newsroom.core.publish.failures import http_status
from newsroom.core.publish.http import DEFAULT_TIMEOUT, USER_AGENT

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The largest image a pull downloads.
MAX_IMAGE_BYTES = 50 * 1024 * 1024
_MAX_REDIRECTS = 5
#: What an ``<img>`` of the content is called until the conversion asks for it.
_TOKEN = "newsroom-pull-image:"
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
class Found:
    """An image of a post as the post shows it."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    #: The site's own number for the image, where it has one (a WordPress attachment).
    attachment: int | None = None


@dataclass(frozen=True)
class Download:
    """An image downloaded, not yet stored."""

    data: bytes
    mime_type: str
    filename: str
    sha256: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    #: The site's id for the image, remembered in ``remote_media`` with ``source_url``
    #: once it is stored; empty: not remembered.
    remote_id: str = ""
    source_url: str = ""


@dataclass
class Ready:
    """What one image of a post becomes: an image of the library (``media_id``), one to
    store (``download``), or neither (``failure`` says why)."""

    media_id: int | None = None
    download: Download | None = None
    failure: str = ""
    #: An image the library has, whose record on the site to keep when it is used:
    #: (the site's id for it, its address, the hash of what was sent).
    ours: tuple[str, str, str] | None = None


@dataclass
class PostImages:
    """The images of one post, fetched: :meth:`markdown` is the ``image`` hook of
    :func:`~newsroom.core.html_to_markdown.html_to_markdown` for :attr:`soup`, and stores
    each image on its first use. Call both inside the transaction that writes the post."""

    site: SiteImages
    soup: BeautifulSoup
    found: list[Found]
    ready: list[Ready]
    featured: Ready | None
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
    """The images one pull brings from one site (see the module's notes).

    ``originals`` says where the site keeps the original of the file an address shows,
    best first (Ghost's ``name_o.jpg`` beside the ``name.jpg`` it made of it); the
    address itself is tried last. A site with more to say (WordPress's attachments)
    is a subclass."""

    def __init__(
        self,
        library: Library,
        target_id: int,
        site_url: str,
        *,
        api_root: str = "",
        checkpoint: Callable[[], None] | None = None,
        originals: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.library = library
        self.target_id = target_id
        self._checkpoint = checkpoint or (lambda: None)
        self._originals = originals or (lambda url: [])
        self._allowed = SiteHosts(site_url, api_root)
        self._client: httpx.Client | None = None
        #: What this pull made of each image and address it met, so that an image
        #: shown twice (in a text and as its post's featured image, by several posts) is
        #: fetched once.
        self._attachments: dict[int, Ready] = {}
        self._urls: dict[str, Ready] = {}
        #: How many new images were stored.
        self.stored = 0

    @property
    def max_bytes(self) -> int:
        """The largest image downloaded, read at each download."""
        return MAX_IMAGE_BYTES

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- before the post is written: the network ----------------------------------------
    def prepare_post(self, content_html: str, featured: Found | None) -> PostImages:
        """Find the images of a post's HTML (what Newsroom added to it taken out) and
        its featured image, and download those the library lacks."""
        soup = BeautifulSoup(content_html, "html.parser")
        found: list[Found] = []
        ready: list[Ready] = []
        for img in soup.find_all("img"):
            image = self._scan(img)
            if image is None:
                continue
            img["src"] = f"{_TOKEN}{len(found)}"
            found.append(image)
            ready.append(self._resolve(image))
        posted = self._resolve(featured) if featured is not None else None
        failures = [
            translate("SiteImages", "{name}: {why}").format(name=_name(f.url), why=r.failure)
            for f, r in zip(found, ready, strict=True)
            if r.failure
        ]
        if featured is not None and posted is not None and posted.failure:
            failures.append(self._featured_failure(featured, posted.failure))
        return PostImages(self, soup, found, ready, posted, failures)

    def _featured_failure(self, featured: Found, why: str) -> str:
        """The summary's line for a featured image that could not be had."""
        return translate("SiteImages", "the featured image ({name}): {why}").format(
            name=_name(featured.url), why=why
        )

    def _scan(self, img: Tag) -> Found | None:
        """The image an ``<img>`` shows; its figure (caption and credit) and a link
        around it to the file on the site give way to the image alone."""
        src = str(img.get("src") or "").strip()
        url = urljoin(self._allowed.base, src) if src else ""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            return None
        attachment = self._attachment_of(img)
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
                caption, credit = caption_and_credit(figcaption)
            figure.replace_with(img)
        return Found(url, str(img.get("alt") or "").strip(), caption, credit, attachment)

    def _attachment_of(self, img: Tag) -> int | None:
        """The site's own number for the image an ``<img>`` shows; None here."""
        return None

    def _addresses(self, url: str) -> list[str]:
        """The addresses of the file ``url`` shows, the original first, ``url`` last."""
        if not url:
            return []
        found = [u for u in self._originals(url) if u and u != url]
        return [*dict.fromkeys(found), url]

    def _resolve(self, image: Found) -> Ready:
        met = self._attachments.get(image.attachment or 0) or self._urls.get(image.url)
        if met is not None:
            return met
        known = self._known(image)
        ready = Ready(media_id=known) if known is not None else self._fetch(image)
        if image.attachment is not None:
            self._attachments[image.attachment] = ready
        if image.url:
            self._urls[image.url] = ready
        return ready

    def _known(self, image: Found) -> int | None:
        """The library's image for a site's id or an address ``remote_media`` has."""
        conn = self.library.conn
        if image.attachment is not None:
            row = conn.execute(
                "SELECT media_id FROM remote_media WHERE target_id = ? AND remote_id = ?",
                [self.target_id, str(image.attachment)],
            ).fetchone()
            if row is not None:
                return int(row[0])
        urls = set(self._addresses(image.url))
        if urls:
            row = conn.execute(
                "SELECT media_id FROM remote_media WHERE target_id = ? AND remote_url IN "
                f"({', '.join('?' * len(urls))})",
                [self.target_id, *sorted(urls)],
            ).fetchone()
            if row is not None:
                return int(row[0])
        return None

    def _fetch(self, image: Found) -> Ready:
        """The image downloaded from the first of its addresses that gives it, and
        remembered by the address the post shows."""
        self._checkpoint()
        return self.fetch_first(
            self._addresses(image.url),
            image.alt,
            image.caption,
            image.credit,
            remote_id=image.url,
            source_url=image.url,
            named_after=image.url,
        )

    def fetch_first(
        self,
        urls: list[str],
        alt: str,
        caption: str,
        credit: str,
        *,
        remote_id: str = "",
        source_url: str = "",
        named_after: str = "",
    ) -> Ready:
        """The first of ``urls`` that can be downloaded, ready to store with these words
        (named after ``named_after``, else the address it came from, and remembered as
        ``remote_id`` at ``source_url``, else that address); the last refusal, if none."""
        failure = ""
        for url in urls:
            try:
                data, mime_type = self.download(url)
            except ImageRefused as exc:
                failure = str(exc)
                continue
            return Ready(
                download=Download(
                    data,
                    mime_type,
                    _filename(named_after or url, mime_type),
                    hashlib.sha256(data).hexdigest(),
                    alt,
                    caption,
                    credit,
                    remote_id,
                    source_url or url,
                )
            )
        return Ready(failure=failure)

    def download(self, url: str) -> tuple[bytes, str]:
        """The bytes of an image on the site and their type; :class:`ImageRefused` if
        it is not allowed, not there, too big or not an image."""
        self._checkpoint()
        limit = self.max_bytes
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
                    if length.isdigit() and int(length) > limit:
                        raise ImageRefused(_too_big(limit))
                    data = bytearray()
                    for chunk in response.iter_bytes():
                        data += chunk
                        if len(data) > limit:
                            raise ImageRefused(_too_big(limit))
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
    def store(self, ready: Ready) -> int | None:
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
        if download.remote_id:
            self._remember(media_id, download.remote_id, download.source_url, download.sha256)
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

    def _remember(self, media_id: int, remote_id: str, url: str, sha256: str) -> None:
        """Where the image is on the site, unless the library already knows a place
        (Newsroom's own upload of it stays the one it updates)."""
        db = self.library.db
        with db.atomic():
            db.execute(
                "INSERT INTO remote_media (target_id, media_id, remote_id, remote_url, sha256) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, media_id) DO NOTHING",
                [self.target_id, media_id, remote_id, url, sha256],
            )


class SiteHosts:
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


def _too_big(limit: int) -> str:
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} kB"
    return translate("SiteImages", "it is larger than {size}").format(size=size)


def caption_and_credit(caption: Tag | BeautifulSoup) -> tuple[str, str]:
    """The words of a caption and its credit (a ``credit`` span, as Newsroom writes it)."""
    credit = ""
    span = caption.find(class_="credit")
    if isinstance(span, Tag):
        credit = span.get_text(" ", strip=True)
        span.decompose()
    return re.sub(r"\s+", " ", caption.get_text(" ")).strip(), credit


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


__all__ = [
    "MAX_IMAGE_BYTES",
    "Download",
    "Found",
    "ImageRefused",
    "PostImages",
    "Ready",
    "SiteHosts",
    "SiteImages",
    "caption_and_credit",
]
