"""The one door every image goes through on its way into an exported file."""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.core.library import Library
from newsroom.core.model import Media
from newsroom.core.renditions import EXPORT_SPEC, rendition


@dataclass(frozen=True)
class ExportImage:
    """An image as an export carries it."""

    data: bytes
    mime_type: str
    #: Its file name; the suffix follows the bytes (a rendition may change the format).
    filename: str


def image_for_export(library: Library, media: Media) -> ExportImage:
    """What of ``media`` goes into an exported file (HTML, Word, ninjs): a rendition in
    the image's own format, at most 2048 pixels on its longer side, without the
    location, serial numbers or any metadata but its credit and copyright, as
    publishing sends (:mod:`newsroom.core.renditions`). The original stays in the
    library; a photo's position never leaves the machine in an export. Every exporter
    asks here (through this module, ``images.image_for_export``)."""
    made = rendition(library, media.id, EXPORT_SPEC)
    return ExportImage(made.data, made.mime_type, made.filename(media.filename or media.uid))
