"""The images of pulled WordPress posts, brought into the library (what is WordPress's
own: the shared part is :mod:`.pull_images`).

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

How it is downloaded, from where, and what becomes of an image that cannot be had, is
the same for every site (:mod:`.pull_images`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from bs4 import BeautifulSoup, Tag

from newsroom.core.i18n import translate
from newsroom.core.publish import pull_images
from newsroom.core.publish.base import PublishError
from newsroom.core.publish.pull_images import (
    Found,
    ImageRefused,
    PostImages,
    Ready,
    caption_and_credit,
)
from newsroom.core.publish.wp_media import media_marker
from newsroom.core.publish.wp_rest import WordPressError

if TYPE_CHECKING:
    from newsroom.core.publish.wordpress import WordPressPublisher

#: The largest image a pull downloads (read at each download).
MAX_IMAGE_BYTES = pull_images.MAX_IMAGE_BYTES
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


class SiteImages(pull_images.SiteImages):
    """The images one pull brings from one WordPress site (see the module's notes)."""

    def __init__(
        self, publisher: WordPressPublisher, *, checkpoint: Callable[[], None] | None = None
    ) -> None:
        super().__init__(
            publisher.library,
            publisher.target.id,
            publisher.target.url,
            api_root=str(publisher.target.settings.get("api_root") or ""),
            checkpoint=checkpoint,
        )
        self.wp = publisher

    @property
    def max_bytes(self) -> int:
        return MAX_IMAGE_BYTES  # this module's, so that a test may lower it

    # -- before the post is written: the network ----------------------------------------
    def prepare(self, content_html: str, featured: int) -> PostImages:
        """Find the images of a post's content (its HTML, Newsroom's blocks out) and of
        its ``featured_media``, and download those the library lacks."""
        return self.prepare_post(
            _figures_of_shortcodes(content_html),
            Found(url="", attachment=featured) if featured else None,
        )

    def _featured_failure(self, featured: Found, why: str) -> str:
        return translate("SiteImages", "the featured image (attachment {number}): {why}").format(
            number=featured.attachment, why=why
        )

    def _attachment_of(self, img: Tag) -> int | None:
        """The attachment an ``<img>`` shows: its ``wp-image-N`` class or ``data-id``."""
        classes = img.get_attribute_list("class")
        attachment = next(
            (int(m[1]) for c in classes if c and (m := _ATTACHMENT_CLASS.match(str(c)))), None
        )
        if attachment is None and str(img.get("data-id") or "").isdigit():
            attachment = int(str(img["data-id"]))
        return attachment

    def _addresses(self, url: str) -> list[str]:
        """The address and, for a smaller copy, the full size's (the attachment, when
        known, says where its original is)."""
        return list(dict.fromkeys([_SUB_SIZE.sub("", url), url])) if url else []

    def _fetch(self, image: Found) -> Ready:
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
            return Ready(
                failure=failure or translate("SiteImages", "the site gave no address for it")
            )
        alt, caption, credit = _described(attachment, image)
        if attachment is None:
            return self.fetch_first(candidates, alt, caption, credit)
        return self.fetch_first(
            candidates,
            alt,
            caption,
            credit,
            remote_id=str(attachment["id"]),
            source_url=str(attachment.get("source_url") or ""),
        )

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

    def _ours(self, attachment: Mapping[str, Any]) -> Ready | None:
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
        return Ready(media_id=int(row[0]), ours=(str(attachment["id"]), url, found["sha"]))


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


def _described(attachment: Mapping[str, Any] | None, image: Found) -> tuple[str, str, str]:
    """Alt text, caption and credit: the attachment's where it has them, else the post's.

    WordPress has no credit field: Newsroom's uploads carry it in the caption (a
    ``credit`` span) and the description ("Credit: …"); a camera's or an agency's
    file carries it in its IPTC data (``image_meta.credit``)."""
    if attachment is None:
        return image.alt, image.caption, image.credit
    caption_html = _raw(attachment, "caption")
    caption, credit = caption_and_credit(BeautifulSoup(caption_html, "html.parser"))
    if not credit:
        found = re.search(r"^Credit:\s*(.+)$", _raw(attachment, "description"), re.MULTILINE)
        credit = found[1].strip() if found else ""
    details = attachment.get("media_details")
    meta = details.get("image_meta") if isinstance(details, dict) else None
    if not credit and isinstance(meta, dict):
        credit = str(meta.get("credit") or "").strip()
    alt = str(attachment.get("alt_text") or "").strip()
    return alt or image.alt, caption or image.caption, credit or image.credit


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


__all__ = ["MAX_IMAGE_BYTES", "ImageRefused", "PostImages", "SiteImages"]
