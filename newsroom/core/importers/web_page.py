"""Web pages (``.html``), as a browser saves them: the article's headline, byline,
date, language and text, and the images saved beside the page."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

from newsroom.core.errors import ImportFormatError
from newsroom.core.html_to_markdown import html_to_markdown
from newsroom.core.i18n import translate
from newsroom.core.importers.images import ImageList
from newsroom.core.library import Library
from newsroom.core.metadata import language_code
from newsroom.core.model import Article
from newsroom.core.transfer import Parsed, parse_moment


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        found = soup.find("meta", attrs={"name": name}) or soup.find(
            "meta", attrs={"property": name}
        )
        if isinstance(found, Tag) and str(found.get("content") or "").strip():
            return str(found["content"]).strip()
    return ""


def _local_image(page: Path, src: str) -> bytes | None:
    """The bytes of an image saved with the page: a ``data:`` URL, or a file in the
    page's folder (never one outside it)."""
    parts = urlsplit(src)
    if parts.scheme == "data":
        header, _, payload = parts.path.partition(",")
        if not header.endswith(";base64"):
            return None
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
    if parts.scheme or parts.netloc or not parts.path:
        return None  # on the web: the importer fetches nothing
    folder = page.parent.resolve()
    file = (folder / unquote(parts.path)).resolve()
    if not file.is_relative_to(folder) or not file.is_file():
        return None
    try:
        return file.read_bytes()
    except OSError:
        return None


def read(library: Library, path: Path, data: bytes) -> list[Parsed]:
    soup = BeautifulSoup(data, "html.parser")
    if soup.find(True) is None:
        raise ImportFormatError(
            translate("Importers", "{path}: there is no web page in this file.").format(path=path)
        )
    root = soup.find("article") or soup.find("main") or soup.find("body") or soup
    assert isinstance(root, Tag)
    article = Article()
    heading = root.find("h1")
    if isinstance(heading, Tag) and heading.get_text(strip=True):
        article.headline = heading.get_text(" ", strip=True)
        heading.decompose()
    elif soup.title is not None:
        article.headline = soup.title.get_text(" ", strip=True)
    article.byline = _meta(soup, "author", "article:author")
    article.seo_description = _meta(soup, "description", "og:description")
    warnings: list[str] = []
    if published := _meta(soup, "article:published_time", "date"):
        try:
            article.published_at = parse_moment(published, str(path))
        except ImportFormatError:
            warnings.append(
                translate(
                    "Importers", "{path}: the page's date “{date}” was not understood."
                ).format(path=path, date=published)
            )
    html = soup.find("html")
    language = str(html.get("lang") or "") if isinstance(html, Tag) else ""
    article.language = language_code(language) or article.language
    images = ImageList(path.stem)

    def image(src: str, alt: str) -> str | None:
        found = _local_image(path, src)
        return images.add(found, alt, Path(unquote(urlsplit(src).path)).name) if found else None

    article.body = html_to_markdown(root, image=image, plain=True) or ""
    if not article.headline and not article.body:
        raise ImportFormatError(
            translate("Importers", "{path}: there is no headline and no text to import.").format(
                path=path
            )
        )
    return [
        Parsed(
            article, [], warnings + images.warnings(str(path)), False, images=tuple(images.images)
        )
    ]
