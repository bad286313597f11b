"""Images on a WordPress site: each uploaded once per target, even when an answer is lost.

An upload is one request (multipart) that carries the bytes, the alt text, the caption
and a description ending in an invisible marker, ``<!-- newsroom-media:UID:SHA256 -->``:
the image's uid in the library and the hash of the bytes sent. Those bytes are the
image's web rendition for the target (:mod:`newsroom.core.renditions`: scaled, without
location or camera data), so new image settings, a new credit or a replaced original
make a new upload, and the same rendition is never uploaded twice. The library records the
attachment (``remote_media``) as soon as the upload answers, before anything else can
fail. Before every upload the site is searched for the marker, so an upload whose answer
never came back (the server stored it and the connection died, a proxy dropped the
answer, the app stopped before recording it) is found and used instead of being sent again
as ``eu-flag-1.png``.

Why the description: WordPress searches title, caption and description, and the
description is the field the site's readers never see (a comment does not render). The
file name is no place for it: WordPress rewrites it (sanitized, ``-1``, ``-scaled``) and
it shows in every image URL; the title is what the media library lists, and editors
retitle. Why the marker travels in the upload itself: an attachment made by the upload
but described by a second request would carry no marker if only the second failed.
Why search before every upload, not only when the outbox says an entry was tried: one
image belongs to many articles, so the try that lost the answer may have been another
article's.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsroom.core.publish.base import OutgoingMedia, Target
from newsroom.core.publish.http import multipart
from newsroom.core.publish.wp_rest import WordPressError, WordPressRest

if TYPE_CHECKING:
    from newsroom.core.library import Library

_MEDIA_MARKER = "newsroom-media:{uid}:{sha256}"
#: What a search or a check asks of an attachment.
_FIELDS = "id,source_url,alt_text,caption,description"


@dataclass(frozen=True)
class Uploaded:
    """An image on the site: its attachment id and the URL of the file."""

    remote_id: int
    url: str


def media_marker(uid: str, sha256: str) -> str:
    """The words that name an image and its bytes, searched for before an upload."""
    return _MEDIA_MARKER.format(uid=uid, sha256=sha256)


def media_fields(media: OutgoingMedia) -> dict[str, str]:
    """Alt text, the caption with its credit as the article's figures show them, and a
    description that names the credit (WordPress has no field for it) and carries the
    marker."""
    caption = html.escape(media.caption)
    if media.credit:
        credit = f'<span class="credit">{html.escape(media.credit)}</span>'
        caption = f"{caption} {credit}" if caption else credit
    hidden = f"<!-- {media_marker(media.uid, media.sha256)} -->"
    return {
        "alt_text": media.alt,
        "caption": caption,
        "description": f"Credit: {media.credit}\n{hidden}" if media.credit else hidden,
    }


class WordPressMedia:
    """The images one library has put on one site."""

    def __init__(self, rest: WordPressRest, library: Library, target: Target) -> None:
        self.rest = rest
        self.library = library
        self.target = target

    def upload(self, media: OutgoingMedia) -> Uploaded:
        """The image on the site: uploaded once, then reused while its bytes are the
        same; alt text, caption and credit are brought up to date."""
        meta = media_fields(media)
        row = self.library.conn.execute(
            "SELECT remote_id, remote_url, sha256 FROM remote_media "
            "WHERE target_id = ? AND media_id = ?",
            [self.target.id, media.media_id],
        ).fetchone()
        if row is not None and row[2] == media.sha256:
            have = self._get(str(row[0]))
            if have is not None:
                self._describe(have, meta)
                return Uploaded(int(row[0]), str(row[1]))
        elif row is not None and self._from_the_site(media, row[2]):
            have = self._get(str(row[0]))
            # Newsroom's own uploads carry its marker: new bytes of those go up anew.
            if have is not None and media_marker(media.uid, "") not in _raw(have, "description"):
                uploaded = self._remember(media, have)  # it stands for these bytes now
                self._describe(have, meta)
                return uploaded
        # Not on the site as far as the library knows; an earlier try may have put it
        # there all the same.
        found = self.find(media)
        if found is None:
            found = self._post(media, meta)
        uploaded = self._remember(media, found)
        self._describe(found, meta)
        return uploaded

    def _from_the_site(self, media: OutgoingMedia, remembered: str) -> bool:
        """The image came from this site by a pull (``remembered`` is the hash of the
        attachment's file, which is the library's original) and was neither replaced nor
        cropped or turned since: the site has it already, and a second upload would put
        a copy beside it."""
        row = self.library.conn.execute(
            "SELECT sha256 = ? AND rotation = 0 AND crop_left IS NULL FROM media WHERE id = ?",
            [remembered, media.media_id],
        ).fetchone()
        return bool(row and row[0])

    def find(self, media: OutgoingMedia) -> dict[str, Any] | None:
        """The attachment made from these bytes of this image, by its marker; the oldest
        if there are several, None if there is none.

        ``search`` also matches titles and captions, so the description confirms it."""
        words = media_marker(media.uid, media.sha256)
        found = [
            item
            for item in self.rest.pages(
                "wp/v2/media", {"search": words, "context": "edit", "_fields": _FIELDS}
            )
            if words in _raw(item, "description")
        ]
        return min(found, key=lambda item: int(item["id"])) if found else None

    def forget(self, remote_id: int | str) -> None:
        """Forget an attachment that was deleted on the site."""
        db = self.library.db
        with db.atomic():
            db.execute(
                "DELETE FROM remote_media WHERE target_id = ? AND remote_id = ?",
                [self.target.id, str(remote_id)],
            )

    def _get(self, remote_id: str) -> dict[str, Any] | None:
        params = {"context": "edit", "_fields": _FIELDS}
        try:
            return dict(self.rest.request("GET", f"wp/v2/media/{remote_id}", params=params))
        except WordPressError as exc:
            if exc.status != 404:
                raise
            return None

    def _post(self, media: OutgoingMedia, meta: Mapping[str, str]) -> dict[str, Any]:
        """One request makes the attachment with its bytes, fields and marker."""
        body, content_type = multipart(media, meta)
        return dict(
            self.rest.request(
                "POST",
                "wp/v2/media",
                params={"context": "edit"},
                content=body,
                headers={"Content-Type": content_type},
            )
        )

    def _remember(self, media: OutgoingMedia, attachment: Mapping[str, Any]) -> Uploaded:
        uploaded = Uploaded(int(attachment["id"]), str(attachment.get("source_url") or ""))
        db = self.library.db
        with db.atomic():
            db.execute(
                "INSERT INTO remote_media (target_id, media_id, remote_id, remote_url, sha256) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, media_id) DO UPDATE SET "
                "remote_id = excluded.remote_id, remote_url = excluded.remote_url, "
                "sha256 = excluded.sha256",
                [
                    self.target.id,
                    media.media_id,
                    str(uploaded.remote_id),
                    uploaded.url,
                    media.sha256,
                ],
            )
        return uploaded

    def _describe(self, have: Mapping[str, Any], meta: Mapping[str, str]) -> None:
        """Bring alt text, caption and description up to date, if they are not."""
        if any(_raw(have, key).strip() != value.strip() for key, value in meta.items()):
            self.rest.request("POST", f"wp/v2/media/{have['id']}", json=dict(meta))


def _raw(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return str(value.get("raw", "") if isinstance(value, dict) else value or "")
