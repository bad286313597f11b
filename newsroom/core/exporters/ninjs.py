"""ninjs: the IPTC ninjs 2.2 item the ninjs target sends, as a JSON file.

The item is built exactly as for sending (:func:`~newsroom.core.publish.assemble.assemble`
then :func:`~newsroom.core.publish.ninjs.to_ninjs`); only the images differ: each is
the file :func:`image_for_export` gives, named in the item by its file name (each name
once in an item), and written beside the JSON file. A file name is a reference relative
to the JSON file, not the absolute address the schema's ``href`` asks for: a file on
disk cannot know where it will be read, and a reader resolves the name against the
file's own location (resolved so, the item validates).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, replace
from pathlib import PurePath
from typing import Any

from newsroom.core.exporters import Exported, images
from newsroom.core.library import Library
from newsroom.core.publish.assemble import assemble
from newsroom.core.publish.base import Action, OutgoingMedia
from newsroom.core.publish.ninjs import to_ninjs


def export(library: Library, article_id: int) -> Exported:
    item = assemble(library, article_id, Action.PUBLISH, idempotency_key="export")
    media: list[OutgoingMedia] = []
    beside: list[tuple[str, bytes]] = []
    names: dict[int, str] = {}
    for sent in item.media:
        image = images.image_for_export(library, library.media_by_id(sent.media_id))
        name = _unique(image.filename, {n for n, _ in beside})
        names[sent.media_id] = name
        beside.append((name, image.data))
        media.append(_as_exported(sent, image.data, image.mime_type, name))
    ninjs: dict[str, Any] = to_ninjs(replace(item, media=tuple(media)), media_urls=names)
    text = json.dumps(ninjs, ensure_ascii=False, indent=2) + "\n"
    return Exported(text.encode("utf-8"), tuple(beside))


def _as_exported(sent: OutgoingMedia, data: bytes, mime_type: str, name: str) -> OutgoingMedia:
    """``sent`` carrying the exported image's bytes instead of the target's rendition."""
    changes: dict[str, Any] = {
        "data": data,
        "mime_type": mime_type,
        "filename": name,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    # The rendition's size in pixels is not the exported image's: leave it unsaid.
    known = {f.name for f in fields(sent)}
    changes.update({key: None for key in ("width", "height") if key in known})
    return replace(sent, **changes)


def _unique(filename: str, taken: set[str]) -> str:
    """``filename`` as a plain file name, ``photo-2.jpg`` if ``photo.jpg`` is taken."""
    name = PurePath(filename.replace("\\", "/")).name.strip().lstrip(".") or "image"
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    number = 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}{suffix}"
    return name
