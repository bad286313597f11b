"""Images that come inside an imported file, kept for storing with its article."""

from __future__ import annotations

from pathlib import PurePosixPath

from newsroom.core.i18n import translate
from newsroom.core.transfer import NewImage

#: The first bytes of the image formats a page can show, and their types.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)


def image_type(data: bytes) -> tuple[str, str] | None:
    """(MIME type, extension) of a PNG, JPEG, GIF or WebP image; None for anything
    else (an image format a browser cannot show, or not an image at all)."""
    for signature, mime, suffix in _SIGNATURES:
        if data.startswith(signature):
            return mime, suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


class ImageList:
    """The images met while one file is read; each :meth:`add` gives the Markdown
    that shows it until it is stored (:func:`newsroom.core.transfer.store`)."""

    def __init__(self, stem: str) -> None:
        self._stem = stem
        self.images: list[NewImage] = []
        self.refused = 0

    def add(self, data: bytes, alt: str = "", name: str = "") -> str | None:
        """Keep ``data`` if it is an image a page can show; its Markdown, or None."""
        kind = image_type(data)
        if kind is None:
            self.refused += 1
            return None
        mime, suffix = kind
        number = len(self.images) + 1
        filename = PurePosixPath(name).name if name else f"{self._stem}-{number}{suffix}"
        key = f"import-image-{number}"
        self.images.append(NewImage(key, filename, mime, data, alt.strip()))
        alt = alt.strip().replace("[", "\\[").replace("]", "\\]")
        return f"![{alt}](media:{key})"

    def warnings(self, where: str) -> list[str]:
        if not self.refused:
            return []
        return [
            translate(
                "ImageList",
                "{where}: %n image(s) left out: not PNG, JPEG, GIF or WebP "
                "(save them as one of these and add them by hand).",
                None,
                self.refused,
            ).format(where=where)
        ]
