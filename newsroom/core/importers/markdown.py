"""Markdown files, with front matter or without (a first ``# `` heading is then the
headline): see :func:`newsroom.core.transfer.parse_markdown`."""

from __future__ import annotations

from pathlib import Path

from newsroom.core.errors import ImportFormatError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.transfer import Parsed, parse_markdown


def read(library: Library, path: Path, data: bytes) -> list[Parsed]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(
            translate("Importers", "{path}: not a UTF-8 text file.").format(path=path)
        ) from None
    return [parse_markdown(library, text, str(path))]
