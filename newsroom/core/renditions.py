"""Web renditions of the library's images: what a site receives instead of the original.

A photo comes off a camera or a phone at 20 MB or more, and tells where it was taken
(the GPS position), with which camera (its serial number, the owner's name, the maker's
private notes) and when. None of that may reach a site. :func:`make_rendition` makes the
copy that goes out:

- turned upright as its EXIF orientation says (a browser would not read it any more),
- scaled down to the target's long edge (never up), a JPEG decoded at a reduced size in
  the first place (libjpeg's DCT scaling) when that is still at least the size wanted,
- encoded at the target's quality, as a progressive JPEG or a WebP, or kept in its
  format (``original``); PNG and GIF always keep theirs (transparency, animation),
- with nothing of the original's metadata but the credit and the copyright: EXIF
  Artist, Copyright and ImageDescription, and an XMP packet with ``dc:rights``,
  ``dc:creator`` and ``photoshop:Credit`` (the library's credit of the image, else the
  original's). The GPS block, serial numbers, owner, maker notes, thumbnails, comments
  and every other tag are dropped; PNG and GIF keep no text at all. The colour profile
  (ICC) is kept: it says what the pixels mean, not where or with what they were taken.

The writer's edits of the image (:class:`ImageEdit`: a rotation and a crop, kept as
parameters in the library's row, the original untouched) are applied after the EXIF
orientation and before the scaling: upright, rotated, cropped, scaled.

An SVG is text, drawn by the browser: it passes unchanged (and cannot be edited).

:func:`rendition` keeps each rendition in the library (``media_renditions``), keyed by
the image, the hash of the original's bytes, the spec (with the edits) and the credit it
carries, so an image is encoded once per spec; a replaced original, a changed spec,
crop, rotation or credit makes a new one, and deleting the image deletes its renditions.

Pillow is imported when an image is first made, not when the app starts.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from xml.sax.saxutils import escape

from newsroom.core.errors import NewsroomError, NotFoundError
from newsroom.core.i18n import translate
from newsroom.core.model import utcnow

if TYPE_CHECKING:
    from PIL import Image

    from newsroom.core.library import Library

Format = Literal["jpeg", "webp", "original"]
_T = TypeVar("_T")
FORMATS: tuple[Format, ...] = ("jpeg", "webp", "original")
DEFAULT_LONG_EDGE = 2048
DEFAULT_QUALITY = 85
#: WebP's own limit; no screen needs more.
MAX_LONG_EDGE = 16383
MIN_LONG_EDGE = 64

SVG_MIME = "image/svg+xml"
_MIME = {"JPEG": "image/jpeg", "WEBP": "image/webp", "PNG": "image/png", "GIF": "image/gif"}
_SUFFIXES = {
    "JPEG": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "WEBP": (".webp",),
    "PNG": (".png",),
    "GIF": (".gif",),
}
#: EXIF tags of IFD0 that a rendition keeps: ImageDescription, Artist, Copyright.
_DESCRIPTION, _ARTIST, _COPYRIGHT = 0x010E, 0x013B, 0x8298
_GPS_IFD = 0x8825
_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}


class RenditionError(NewsroomError):
    """An image that cannot be made into a web copy; the message names its file."""


class SpecError(NewsroomError):
    """An image size, quality or format a target cannot be set to; the message says why."""


class ImageEditError(NewsroomError):
    """A crop, rotation or focal point an image cannot have; the message says why."""


#: The smallest crop, in pixels of the original, on either side.
MIN_CROP_PIXELS = 16
ROTATIONS = (0, 90, 180, 270)
Crop = tuple[float, float, float, float]


@dataclass(frozen=True)
class ImageEdit:
    """How the writer turned and cropped an image: ``rotation`` clockwise (0, 90, 180,
    270) after the EXIF orientation, then ``crop`` (left, top, right, bottom as
    fractions of the upright, rotated image; None keeps it all)."""

    rotation: int = 0
    crop: Crop | None = None

    @classmethod
    def of(cls, media: object) -> ImageEdit:
        """The edit a :class:`~newsroom.core.model.Media` holds."""
        return cls(int(getattr(media, "rotation", 0)), getattr(media, "crop", None))

    def __bool__(self) -> bool:
        return self.rotation != 0 or self.crop is not None

    @property
    def key(self) -> str:
        """What the cache adds to the spec's key: empty for an unedited image."""
        if not self:
            return ""
        crop = "" if self.crop is None else ",".join(f"{v:.6f}" for v in self.crop)
        return f"|r{self.rotation}|c{crop}"


def upright_size(data: bytes, mime_type: str = "") -> tuple[int, int] | None:
    """The image's size once turned upright as its EXIF orientation says, read from its
    header (the pixels are not decoded); None for an SVG or what Pillow cannot read."""
    if is_svg(data, mime_type):
        return None
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            try:
                orientation = int(image.getexif().get(0x0112, 1))
            except Exception:  # noqa: BLE001 broken EXIF: as Pillow would, no turn
                orientation = 1
    except Exception:  # noqa: BLE001 not an image Pillow reads
        return None
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def check_edit(
    size: tuple[int, int] | None,
    rotation: int,
    crop: Crop | None,
    focus: tuple[float, float] | None,
    *,
    filename: str = "the image",
) -> None:
    """Raise :class:`ImageEditError` unless ``rotation``, ``crop`` and ``focus`` fit an
    image of upright ``size`` (None: an SVG or unreadable image, which only takes a
    focal point)."""
    if rotation not in ROTATIONS:
        raise ImageEditError(
            translate(
                "Renditions", "An image turns by 0, 90, 180 or 270 degrees, not {rotation}."
            ).format(rotation=rotation)
        )
    if size is None and (rotation or crop is not None):
        raise ImageEditError(
            translate("Renditions", "“{name}” cannot be cropped or turned.").format(name=filename)
        )
    if focus is not None and (len(focus) != 2 or not all(0.0 <= v <= 1.0 for v in focus)):
        raise ImageEditError(translate("Renditions", "The focal point must lie inside the image."))
    if crop is None or size is None:
        return
    if len(crop) != 4:
        raise ImageEditError(
            translate("Renditions", "A crop is its left, top, right and bottom edges.")
        )
    left, top, right, bottom = crop
    if not (0.0 <= left < right <= 1.0 and 0.0 <= top < bottom <= 1.0):
        raise ImageEditError(
            translate(
                "Renditions",
                "The crop must lie inside the image, its left edge before its right and its "
                "top above its bottom.",
            )
        )
    width, height = size if rotation in (0, 180) else (size[1], size[0])
    kept = (round((right - left) * width), round((bottom - top) * height))
    if min(kept) < MIN_CROP_PIXELS:
        raise ImageEditError(
            translate(
                "Renditions",
                "The crop of “{name}” would keep {width} × {height} pixels; it must "
                "keep at least {least} on each side.",
            ).format(name=filename, width=kept[0], height=kept[1], least=MIN_CROP_PIXELS)
        )


def _apply_edit(image: Image.Image, edit: ImageEdit) -> Image.Image:
    """``image`` (upright) turned and cropped as ``edit`` says."""
    from PIL import Image

    turns = {
        90: Image.Transpose.ROTATE_270,  # Pillow's turns are anticlockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    if edit.rotation in turns:
        image = image.transpose(turns[edit.rotation])
    if edit.crop is not None:
        width, height = image.size
        left, top, right, bottom = edit.crop
        box = (round(left * width), round(top * height),
               round(right * width), round(bottom * height))  # fmt: skip
        image = image.crop(box)
        image.load()
    return image


@dataclass(frozen=True)
class RenditionSpec:
    """How a target wants its images: at most ``long_edge`` pixels on the longer side,
    encoded at ``quality`` (1–100), as ``format``."""

    long_edge: int = DEFAULT_LONG_EDGE
    quality: int = DEFAULT_QUALITY
    format: Format = "jpeg"

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> RenditionSpec:
        """The spec a target's settings hold (``image_long_edge``, ``image_quality``,
        ``image_format``); a missing or unusable value is the default's."""

        def read(key: str, check: Callable[[object], _T], default: _T) -> _T:
            try:
                return check(settings[key]) if key in settings else default
            except SpecError:
                return default

        return cls(
            read("image_long_edge", _long_edge, DEFAULT_LONG_EDGE),
            read("image_quality", _quality, DEFAULT_QUALITY),
            read("image_format", _format, "jpeg"),
        )

    def settings(self) -> dict[str, object]:
        """The spec as a target's settings keep it."""
        return {
            "image_long_edge": self.long_edge,
            "image_quality": self.quality,
            "image_format": self.format,
        }

    @property
    def key(self) -> str:
        """What the cache knows the spec by."""
        return f"{self.format}:{self.long_edge}:q{self.quality}"

    def describe(self) -> str:
        """The spec in words: "images go as JPEG, at most 2048 pixels on the longer
        side, quality 85"."""
        if self.format == "jpeg":
            text = translate(
                "RenditionSpec",
                "images go as JPEG, at most {edge} pixels on the longer side, quality {quality}",
            )
        elif self.format == "webp":
            text = translate(
                "RenditionSpec",
                "images go as WebP, at most {edge} pixels on the longer side, quality {quality}",
            )
        else:
            text = translate(
                "RenditionSpec",
                "images go in their own format, at most {edge} pixels on the longer side, "
                "quality {quality}",
            )
        return text.format(edge=self.long_edge, quality=self.quality)


#: What the app's preview shows of an edited image: as a site receives it by default,
#: in the image's own format.
PREVIEW_SPEC = RenditionSpec(DEFAULT_LONG_EDGE, 90, "original")
#: How exports carry images: the web copy's defaults, in each image's own format.
EXPORT_SPEC = RenditionSpec(format="original")


def _whole(value: object, what: str) -> int:
    if isinstance(value, bool):
        raise SpecError(_not_whole(what, value))
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip().lower().removesuffix("px").strip())
    except ValueError:
        raise SpecError(_not_whole(what, value)) from None


def _not_whole(what: str, value: object) -> str:
    return translate("Renditions", "{what} must be a whole number, not “{value}”.").format(
        what=what, value=value
    )


def _long_edge(value: object) -> int:
    edge = _whole(value, translate("Renditions", "The image size"))
    if not MIN_LONG_EDGE <= edge <= MAX_LONG_EDGE:
        raise SpecError(
            translate(
                "Renditions",
                "The image size is the longer side in pixels, from {least} to "
                "{most} (such as {usual}), not {edge}.",
            ).format(least=MIN_LONG_EDGE, most=MAX_LONG_EDGE, usual=DEFAULT_LONG_EDGE, edge=edge)
        )
    return edge


def _quality(value: object) -> int:
    quality = _whole(value, translate("Renditions", "The image quality"))
    if not 1 <= quality <= 100:
        raise SpecError(
            translate(
                "Renditions",
                "The image quality goes from 1 to 100 (such as {usual}), not {quality}.",
            ).format(usual=DEFAULT_QUALITY, quality=quality)
        )
    return quality


def _format(value: object) -> Format:
    name = str(value).strip().lower()
    name = "jpeg" if name == "jpg" else name
    if name not in FORMATS:
        raise SpecError(
            translate(
                "Renditions", "“{value}” is not an image format for a site: jpeg, webp or original."
            ).format(value=value)
        )
    return name


def check_spec(long_edge: object, quality: object, fmt: object) -> RenditionSpec:
    """A spec from what was typed, or :class:`SpecError` saying what is wrong."""
    return RenditionSpec(_long_edge(long_edge), _quality(quality), _format(fmt))


@dataclass(frozen=True)
class Rendition:
    """The copy of an image that goes to a site."""

    data: bytes
    mime_type: str
    width: int | None
    height: int | None
    sha256: str
    #: Pillow's name of the format written ("JPEG", "WEBP" ...); "" for an image passed
    #: as it is (SVG).
    format: str = ""

    def filename(self, original: str) -> str:
        """``original`` with the suffix of the rendition's format (``photo.HEIC`` as
        ``photo.jpg``); kept when it already is one of the format's."""
        suffixes = _SUFFIXES.get(self.format)
        path = PurePath(original or "image")
        if not suffixes or path.suffix.lower() in suffixes:
            return original
        return path.stem + suffixes[0]

    @property
    def suffix(self) -> str:
        """The format's usual file suffix (``.jpg``), or "" for an image passed as it is."""
        suffixes = _SUFFIXES.get(self.format)
        return suffixes[0] if suffixes else ""


# -- making one ---------------------------------------------------------------------------
def is_svg(data: bytes, mime_type: str = "") -> bool:
    if mime_type.split(";")[0].strip().lower() == SVG_MIME:
        return True
    head = data[:512].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096])


def _open(data: bytes, filename: str) -> Image.Image:
    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise RenditionError(
            translate(
                "Renditions",
                "“{name}” is not an image Newsroom can read (JPEG, PNG, GIF or WebP), "
                "so no copy of it can go to the site. Replace it with one that opens.",
            ).format(name=filename)
        ) from None
    except Image.DecompressionBombError:
        raise _too_large(filename) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _damaged(filename, exc) from None


def _damaged(filename: str, exc: BaseException) -> RenditionError:
    return RenditionError(
        translate(
            "Renditions",
            "“{name}” is damaged and cannot be read ({problem}), so no copy of it can go to the "
            "site. Replace it with one that opens.",
        ).format(name=filename, problem=exc)
    )


def _too_large(filename: str) -> RenditionError:
    return RenditionError(
        translate(
            "Renditions",
            "“{name}” is too large an image to open safely. Make it smaller, then add it again.",
        ).format(name=filename)
    )


def _text(value: object) -> str:
    """An EXIF text as it was written (Pillow reads them as Latin-1; UTF-8 is usual)."""
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        raw = value.encode("latin-1", "replace")
    else:
        return ""
    raw = raw.split(b"\0", 1)[0]
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("latin-1").strip()


def _xmp_values(xmp: object) -> dict[str, str]:
    """``rights``, ``credit`` and ``creator`` from an XMP packet, where it has them."""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8")
    if not isinstance(xmp, bytes) or not xmp:
        return {}
    from defusedxml.ElementTree import fromstring

    start, end = xmp.find(b"<x:xmpmeta"), xmp.rfind(b"</x:xmpmeta>")
    if start < 0 or end < 0:
        start, end = xmp.find(b"<rdf:RDF"), xmp.rfind(b"</rdf:RDF>")
        if start < 0 or end < 0:
            return {}
        end += len(b"</rdf:RDF>")
    else:
        end += len(b"</x:xmpmeta>")
    try:
        root = fromstring(xmp[start:end])
    except Exception:  # noqa: BLE001 someone else's XMP: unreadable means absent
        return {}
    found: dict[str, str] = {}
    names = {
        "rights": f"{{{_NS['dc']}}}rights",
        "creator": f"{{{_NS['dc']}}}creator",
        "credit": f"{{{_NS['photoshop']}}}Credit",
    }
    for element in root.iter():
        for key, name in names.items():
            if key in found:
                continue
            value = element.get(name)  # written as an attribute of rdf:Description
            if value is None and element.tag == name:
                items = [li.text or "" for li in element.iter(f"{{{_NS['rdf']}}}li")]
                value = items[0] if items else element.text
            if value and value.strip():
                found[key] = value.strip()
    return found


def _xmp_packet(rights: str, creator: str, credit: str) -> bytes:
    fields = []
    if rights:
        fields.append(
            f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{escape(rights)}</rdf:li>'
            "</rdf:Alt></dc:rights>"
        )
    if creator:
        fields.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(creator)}</rdf:li></rdf:Seq></dc:creator>"
        )
    if credit:
        fields.append(f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        f'<rdf:RDF xmlns:rdf="{_NS["rdf"]}"><rdf:Description rdf:about="" '
        f'xmlns:dc="{_NS["dc"]}" xmlns:photoshop="{_NS["photoshop"]}">'
        + "".join(fields)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>'
    ).encode("utf-8")


def _kept_metadata(image: Image.Image, credit: str) -> tuple[Image.Exif | None, bytes | None]:
    """The EXIF (Artist, Copyright, ImageDescription) and the XMP a rendition carries:
    the original's credit and copyright, the library's credit first."""
    from PIL import Image

    try:
        exif = image.getexif()
    except Exception:  # noqa: BLE001 broken EXIF: keep nothing of it
        exif = Image.Exif()
    xmp = _xmp_values(image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"))
    artist = _text(exif.get(_ARTIST)) or xmp.get("creator", "")
    rights = _text(exif.get(_COPYRIGHT)) or xmp.get("rights", "")
    description = _text(exif.get(_DESCRIPTION))
    credit = credit.strip() or xmp.get("credit", "") or artist
    kept = Image.Exif()
    # UTF-8 in the ASCII fields, as cameras and editors write them (Pillow would make
    # every other character a "?").
    for tag, value in ((_DESCRIPTION, description), (_ARTIST, artist or credit),
                       (_COPYRIGHT, rights)):  # fmt: skip
        if value:
            kept[tag] = value.encode("utf-8")
    packet = _xmp_packet(rights, artist, credit) if (rights or artist or credit) else None
    return (kept if len(kept) else None), packet


def _scaled_size(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    width, height = size
    longest = max(width, height)
    if longest <= long_edge:
        return size
    scale = long_edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for a JPEG: transparency on white."""
    from PIL import Image

    if image.mode in ("RGB", "L"):
        return image
    if image.mode == "P" and "transparency" not in image.info:
        return image.convert("RGB")
    if image.mode in ("RGBA", "LA", "P", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def _frames(
    image: Image.Image, long_edge: int, edit: ImageEdit
) -> tuple[list[Image.Image], list[int]]:
    """The frames of a GIF, turned, cropped and scaled, each with its duration."""
    from PIL import ImageSequence

    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        durations.append(int(frame.info.get("duration", 100) or 100))
        edited = _apply_edit(frame.convert("RGBA"), edit) if edit else frame
        size = _scaled_size(edited.size, long_edge)
        if size == edited.size:
            frames.append(edited.copy())
        else:
            frames.append(edited.convert("RGBA").resize(size, _resample(), reducing_gap=3.0))
    return frames, durations


def _resample() -> Image.Resampling:
    """Bicubic: as sharp as Lanczos to the eye when scaling down (Pillow's filters widen
    with the scale), in two thirds of the time."""
    from PIL import Image

    return Image.Resampling.BICUBIC


def make_rendition(
    data: bytes,
    spec: RenditionSpec | None = None,
    *,
    filename: str = "image",
    mime_type: str = "",
    credit: str = "",
    edit: ImageEdit | None = None,
) -> Rendition:
    """The web copy of an image (``data``, named ``filename`` in messages), as ``spec``
    says, turned and cropped as ``edit`` says; ``credit`` is the library's credit of the
    image. Raises :class:`RenditionError` if the image cannot be read."""
    spec = spec or RenditionSpec()
    edit = edit or ImageEdit()
    if is_svg(data, mime_type):
        return Rendition(
            bytes(data), SVG_MIME, None, None, hashlib.sha256(data).hexdigest(), format=""
        )
    from PIL import Image

    image = _open(data, filename)
    try:
        return _make(image, spec, credit, edit)
    except RenditionError:
        raise
    except Image.DecompressionBombError:
        raise _too_large(filename) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError) as exc:
        raise _damaged(filename, exc) from None
    finally:
        image.close()


def _make(image: Image.Image, spec: RenditionSpec, credit: str, edit: ImageEdit) -> Rendition:
    from PIL import ImageOps

    source = (image.format or "").upper()
    if source == "MPO":  # a phone's JPEG with a second picture (depth, preview)
        source = "JPEG"
    keeps = source in ("PNG", "GIF")  # transparency, animation
    if keeps or (spec.format == "original" and source in ("JPEG", "WEBP")):
        out_format = source
    elif spec.format == "webp":
        out_format = "WEBP"
    else:
        out_format = "JPEG"
    if out_format in ("JPEG", "WEBP"):
        exif, xmp = _kept_metadata(image, credit)
    else:
        exif, xmp = None, None
    icc = image.info.get("icc_profile")
    out = io.BytesIO()

    if out_format == "GIF":
        frames, durations = _frames(image, spec.long_edge, edit)
        first, *rest = frames
        for frame in frames:
            frame.info = {k: v for k, v in frame.info.items() if k == "transparency"}
        if rest:
            first.save(
                out, "GIF", save_all=True, append_images=rest, duration=durations,
                loop=int(image.info.get("loop", 0) or 0), disposal=2,
            )  # fmt: skip
        else:
            first.save(out, "GIF")
        return _done(out.getvalue(), "GIF", first.size)

    if source == "JPEG":
        # Decode at 1/2, 1/4 or 1/8 of the size when that is still at least the size
        # wanted: most of the time of a big JPEG goes in decoding pixels thrown away.
        # (The orientation does not matter here: the long edge is the long edge; a crop
        # keeps a part, which must still be that big once decoded.)
        part = 1.0
        if edit.crop is not None:
            left, top, right, bottom = edit.crop
            part = max(right - left, bottom - top)
        kept = max(1, round(max(image.size) * part))
        if kept > spec.long_edge:
            scale = spec.long_edge / kept
            wanted = (math.ceil(image.size[0] * scale), math.ceil(image.size[1] * scale))
            image.draft(image.mode, wanted)
    image.load()
    # In place: a copy of 3 MP costs more than the turn, and the image is ours.
    ImageOps.exif_transpose(image, in_place=True)
    upright = _apply_edit(image, edit) if edit else image
    size = _scaled_size(upright.size, spec.long_edge)
    if out_format == "PNG":
        if size != upright.size and upright.mode not in ("RGB", "RGBA", "L", "LA", "I", "F"):
            upright = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
    elif out_format == "JPEG":
        if upright.mode == "CMYK":
            icc = None  # a CMYK profile does not describe RGB pixels
        upright = _flatten(upright)
    else:  # WEBP
        if upright.mode == "CMYK":
            icc = None
        if upright.mode not in ("RGB", "RGBA"):
            upright = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
    if size != upright.size:
        upright = upright.resize(size, _resample(), reducing_gap=3.0)
    # Nothing of the original's own info (comments, text, XMP, EXIF, dpi) is written:
    # only what is passed below.
    transparency = upright.info.get("transparency") if out_format == "PNG" else None
    upright.info = {}
    options: dict[str, object] = {}
    if icc:
        options["icc_profile"] = icc
    if exif is not None:
        options["exif"] = exif
    if xmp is not None:
        options["xmp"] = xmp
    if out_format == "JPEG":
        upright.save(out, "JPEG", quality=spec.quality, progressive=True,
                     **options)  # fmt: skip
    elif out_format == "WEBP":
        upright.save(out, "WEBP", quality=spec.quality, method=4, **options)
    else:
        if transparency is not None:
            options["transparency"] = transparency
        options.pop("exif", None)
        options.pop("xmp", None)
        upright.save(out, "PNG", **options)
    return _done(out.getvalue(), out_format, upright.size)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info


def _done(data: bytes, fmt: str, size: tuple[int, int]) -> Rendition:
    return Rendition(data, _MIME[fmt], size[0], size[1], hashlib.sha256(data).hexdigest(), fmt)


def has_location(data: bytes) -> bool:
    """Whether the image records where it was taken (EXIF GPS, or a position in its XMP)."""
    if is_svg(data):
        return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format == "PNG" and b"eXIf" not in data:
                # Pillow would decode the whole picture to look for a late eXIf chunk.
                gps = {}
            else:
                gps = image.getexif().get_ifd(_GPS_IFD)
            if any(tag in gps for tag in (1, 2, 3, 4)):  # latitude, longitude
                return True
            xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    except Exception:  # noqa: BLE001 an image Pillow cannot read says nothing
        return False
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return isinstance(xmp, bytes) and re.search(rb"GPS(Latitude|Longitude)", xmp) is not None


# -- the cache ----------------------------------------------------------------------------
_COLUMNS = "r.id, r.mime_type, r.data, r.sha256, r.width, r.height, r.format"


def _row(row: tuple[object, ...]) -> Rendition:
    _, mime, data, sha, width, height, fmt = row
    return Rendition(
        bytes(cast(bytes, data)),
        str(mime),
        None if width is None else int(cast(int, width)),
        None if height is None else int(cast(int, height)),
        str(sha),
        str(fmt),
    )


_EDIT_COLUMNS = "rotation, crop_left, crop_top, crop_right, crop_bottom"


def _edit_of(values: tuple[object, ...]) -> ImageEdit:
    rotation, *crop = values
    box = None if None in crop else cast(Crop, tuple(float(cast(float, v)) for v in crop))
    return ImageEdit(int(cast(int, rotation)), box)


def _cache_key(library: Library, media_id: int, spec: RenditionSpec) -> str | None:
    """The spec's key with the image's edits; None if there is no such image."""
    row = library.conn.execute(
        f"SELECT {_EDIT_COLUMNS} FROM media WHERE id = ?", [media_id]
    ).fetchone()
    return None if row is None else spec.key + _edit_of(tuple(row)).key


def cached(library: Library, media_id: int, spec: RenditionSpec) -> Rendition | None:
    """The stored rendition of the image as it is now (its original, its edits and its
    credit), for ``spec``; None if there is none."""
    key = _cache_key(library, media_id, spec)
    if key is None:
        return None
    row = library.conn.execute(
        f"""SELECT {_COLUMNS} FROM media m JOIN media_renditions r
              ON r.media_id = m.id AND r.source_sha256 = m.sha256 AND r.credit = m.credit
            WHERE m.id = ? AND r.spec = ?""",
        [media_id, key],
    ).fetchone()
    return None if row is None else _row(tuple(row))


def rendition(library: Library, media_id: int, spec: RenditionSpec) -> Rendition:
    """The web copy of the library's image ``media_id`` for ``spec``: the stored one, or
    one made now and stored (unless the library is read-only, or this connection is
    inside a transaction, which may be only a read snapshot: a sync warms the cache
    with :func:`rendition` before it takes one)."""
    found = cached(library, media_id, spec)
    if found is not None:
        return found
    row = library.conn.execute(
        f"SELECT filename, mime_type, data, sha256, credit, {_EDIT_COLUMNS} FROM media "
        "WHERE id = ?",
        [media_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            translate("Renditions", "There is no image “{key}” in this library.").format(
                key=media_id
            )
        )
    filename, mime_type, data, source_sha, credit, *edit_values = row
    edit = _edit_of(tuple(edit_values))
    made = make_rendition(
        bytes(data), spec, filename=str(filename), mime_type=str(mime_type),
        credit=str(credit), edit=edit,
    )  # fmt: skip
    if made.format and not library.read_only and not library.conn.in_transaction:
        _store(library, media_id, str(source_sha), spec, edit, str(credit), made)
    return made


def drop_unused(db: Any, in_use: Iterable[RenditionSpec]) -> int:
    """Delete the kept renditions of specs no longer asked for: not one of ``in_use``
    (the targets' specs, as they are now) nor :data:`EXPORT_SPEC` or
    :data:`PREVIEW_SPEC`. Call it inside the write that changed or removed a target's
    settings, with the :class:`sqlite3.Connection` or sqlite-utils database of that
    write; the number of renditions deleted."""
    keep = {spec.key for spec in (*in_use, EXPORT_SPEC, PREVIEW_SPEC)}
    specs = [str(r[0]) for r in db.execute("SELECT DISTINCT spec FROM media_renditions")]
    unused = [spec for spec in specs if spec.split("|", 1)[0] not in keep]
    deleted = 0
    for spec in unused:
        deleted += db.execute("DELETE FROM media_renditions WHERE spec = ?", [spec]).rowcount
    return deleted


def _store(
    library: Library, media_id: int, source_sha: str, spec: RenditionSpec, edit: ImageEdit,
    credit: str, made: Rendition,
) -> None:  # fmt: skip
    key = spec.key + edit.key
    try:
        with library._write() as db:
            db.execute(
                """INSERT INTO media_renditions (media_id, source_sha256, spec, credit,
                       mime_type, format, data, sha256, width, height, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (media_id, source_sha256, spec, credit) DO NOTHING""",
                [media_id, source_sha, key, credit, made.mime_type, made.format,
                 made.data, made.sha256, made.width, made.height, utcnow().isoformat()],
            )  # fmt: skip
            # Renditions of an earlier original, or with an earlier credit or edit, are
            # of no more use; those of other specs may be (another target's).
            db.execute(
                """DELETE FROM media_renditions WHERE media_id = ?
                   AND (source_sha256 != ?
                        OR ((spec = ? OR substr(spec, 1, length(?) + 1) = ? || '|')
                            AND (spec != ? OR credit != ?)))""",
                [media_id, source_sha, spec.key, spec.key, spec.key, key, credit],
            )
    except sqlite3.IntegrityError:
        pass  # the image was deleted meanwhile: nothing to keep
    except sqlite3.OperationalError:
        pass  # the library is busy (or cannot be written): the copy is made again next time
