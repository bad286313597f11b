"""Word documents (``.docx``), converted by mammoth: headings, bold and italic,
links, lists, tables, footnotes and the photos in them, which become library images.

mammoth reads a document's meaning (its styles: Heading 1, Title) rather than its
looks, which is what Markdown keeps; the HTML it writes goes through the same
HTML-to-Markdown path as a paste. A "Title" (or a first Heading 1) is the headline,
a "Subtitle" the standfirst, and a short "By …" line under it the byline.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import mammoth
from bs4 import BeautifulSoup, Tag

from newsroom.core.errors import ImportFormatError
from newsroom.core.html_to_markdown import html_to_markdown
from newsroom.core.i18n import translate
from newsroom.core.importers.images import ImageList
from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.transfer import Parsed

_STYLES = """
p[style-name='Title'] => h1.headline:fresh
p[style-name='Subtitle'] => p.standfirst:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Code'] => pre:separator('\\n')
p[style-name='HTML Preformatted'] => pre:separator('\\n')
"""
#: An OLE compound file: Word's old .doc format, or a .docx locked with a password.
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_BYLINE = re.compile(r"^[Bb]y\s+(?P<name>[^\n]{1,80})$")


def _refuse_what_is_not_a_docx(path: Path, data: bytes) -> None:
    if data.startswith(_COMPOUND_FILE):
        if _ENCRYPTED in data:
            raise ImportFormatError(
                translate(
                    "Importers",
                    "{path}: the document is protected by a password. Open it in Word, remove "
                    "the password (File › Info › Protect Document), save it, and import it again.",
                ).format(path=path)
            )
        raise ImportFormatError(
            translate(
                "Importers",
                "{path}: this is an old Word document (.doc). Open it in Word or LibreOffice, "
                "save it as a Word document (.docx), and import that.",
            ).format(path=path)
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            damaged = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ImportFormatError(
            translate(
                "Importers",
                "{path}: the file is damaged or incomplete (it is not a whole Word document). "
                "If it came by e-mail or download, fetch it again.",
            ).format(path=path)
        ) from None
    if damaged is not None:
        raise ImportFormatError(
            translate(
                "Importers", "{path}: the file is damaged (its part “{part}” is broken)."
            ).format(path=path, part=damaged)
        )
    if "word/document.xml" not in names:
        raise ImportFormatError(
            translate("Importers", "{path}: this is not a Word document.").format(path=path)
        )


def read(library: Library, path: Path, data: bytes) -> list[Parsed]:
    _refuse_what_is_not_a_docx(path, data)
    images = ImageList(path.stem)

    def convert(image: Any) -> dict[str, str]:
        with image.open() as stream:
            markdown = images.add(stream.read(), image.alt_text or "")
        # The Markdown is put in by the image hook below, keyed by this src.
        return {"src": markdown or "", "alt": image.alt_text or ""}

    try:
        converted = mammoth.convert_to_html(
            io.BytesIO(data), style_map=_STYLES, convert_image=mammoth.images.img_element(convert)
        )
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ImportFormatError(
            translate("Importers", "{path}: the document could not be read ({problem}).").format(
                path=path, problem=exc
            )
        ) from None
    soup = BeautifulSoup(converted.value, "html.parser")
    article = Article()
    first = soup.find(True)
    heading = soup.find("h1", class_="headline") or (
        first if isinstance(first, Tag) and first.name == "h1" else None
    )
    if isinstance(heading, Tag):
        article.headline = heading.get_text(" ", strip=True)
        after = heading.find_next_sibling()
        heading.decompose()
        if (
            isinstance(after, Tag)
            and after.name == "p"
            and "standfirst" in after.get_attribute_list("class")
        ):
            article.standfirst = after.get_text(" ", strip=True)
            standfirst, after = after, after.find_next_sibling()
            standfirst.decompose()
        if isinstance(after, Tag) and after.name == "p":
            byline = _BYLINE.match(after.get_text(" ", strip=True))
            if byline is not None:
                article.byline = byline["name"].strip().rstrip(".")
                after.decompose()
    article.body = html_to_markdown(soup, image=lambda src, _alt: src or None, plain=True) or ""
    if not article.headline and not article.body:
        raise ImportFormatError(
            translate("Importers", "{path}: the document has no text to import.").format(path=path)
        )
    warnings = images.warnings(str(path))
    ignored = {m.message for m in converted.messages if m.type == "warning"}
    if ignored:
        warnings.append(
            translate(
                "Importers",
                "{path}: %n kind(s) of formatting had no Markdown and were left as plain text.",
                None,
                len(ignored),
            ).format(path=path)
        )
    return [Parsed(article, [], warnings, False, images=tuple(images.images))]
