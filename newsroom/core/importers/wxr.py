"""WordPress export files (WXR: Tools › Export in WordPress): each post becomes an
article with its headline, slug, text, excerpt (the standfirst), author, date,
status, tags and category (the section of the same name, if the library has one).

The file is XML from another program: defusedxml reads it, so that an entity bomb
or an external entity in it is refused rather than expanded. Pages, attachments and
menus are left out; their count is a warning.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from newsroom.core.errors import ImportFormatError
from newsroom.core.html_to_markdown import html_to_markdown
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.metadata import language_code
from newsroom.core.model import Article, Status
from newsroom.core.transfer import Parsed

_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
#: WordPress's statuses; a post in the bin or an automatic draft is not imported.
_STATUSES = {
    "publish": Status.PUBLISHED,
    "future": Status.SCHEDULED,
    "pending": Status.IN_REVIEW,
    "draft": Status.DRAFT,
    "private": Status.DRAFT,
}
_BLOCK = re.compile(r"<(p|div|h[1-6]|ul|ol|table|blockquote|pre|figure)\b", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> str:
    """The text of ``element``'s child named ``name`` in any WXR version's namespace."""
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _encoded(item: ET.Element, namespace_part: str) -> str:
    """content:encoded or excerpt:encoded, told apart by their namespaces."""
    for child in item:
        if _local(child.tag) == "encoded" and namespace_part in child.tag:
            return child.text or ""
    return ""


def _paragraphs(html: str) -> str:
    """Classic-editor text has no ``<p>``: WordPress adds them when it shows the post
    (wpautop). Blank lines are paragraphs, single line breaks are ``<br>``."""
    if _BLOCK.search(html):
        return html
    parts = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in parts)


def _date(text: str) -> datetime | None:
    if not text or text.startswith("0000"):
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _image(src: str, alt: str) -> str | None:
    """An image of the old site stays where it was, as a web image: nothing is fetched
    while importing."""
    if src.startswith(("http://", "https://")):
        return f"![{alt.replace('[', '').replace(']', '')}]({src})"
    return None


def read(library: Library, path: Path, data: bytes) -> list[Parsed]:
    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise ImportFormatError(
            translate(
                "Importers",
                "{path}: the file declares entities, which a WordPress export never does; "
                "it was not read.",
            ).format(path=path)
        ) from None
    except ET.ParseError as exc:
        raise ImportFormatError(
            translate(
                "Importers",
                "{path}: the file is damaged or incomplete (not well-formed XML: {problem}).",
            ).format(path=path, problem=exc)
        ) from None
    channel = root.find("channel")
    if _local(root.tag) != "rss" or channel is None or not _child(channel, "wxr_version"):
        raise ImportFormatError(
            translate("Importers", "{path}: this is not a WordPress export file (WXR).").format(
                path=path
            )
        )
    authors = {
        _child(author, "author_login"): _child(author, "author_display_name")
        for author in channel
        if _local(author.tag) == "author"
    }
    language = language_code(_child(channel, "language")) or "en"
    sections = library.section_tree()
    parsed: list[Parsed] = []
    skipped = empty = 0
    for item in channel.iter("item"):
        status = _STATUSES.get(_child(item, "status"))
        if _child(item, "post_type") != "post" or status is None:
            skipped += 1
            continue
        article = Article(
            headline=_child(item, "title"),
            slug=_child(item, "post_name"),
            status=status,
            language=language,
        )
        login = ""
        for child in item:
            if child.tag == _CREATOR:
                login = (child.text or "").strip()
        article.byline = authors.get(login) or login
        excerpt = _encoded(item, "/excerpt/")
        if excerpt.strip():
            article.standfirst = html_to_markdown(excerpt, plain=True) or ""
        body = _encoded(item, "/content/") or ""
        article.body = html_to_markdown(_paragraphs(body), image=_image, plain=True) or ""
        published = _date(_child(item, "post_date_gmt"))
        if published is not None and status in (Status.PUBLISHED, Status.SCHEDULED):
            article.published_at = published
            article.created_at = min(article.created_at, published)
        for category in item.iter("category"):
            name, kind = (category.text or "").strip(), category.get("domain")
            if kind == "post_tag" and name and name not in article.tags:
                article.tags.append(name)
            elif kind == "category" and name and article.section_id is None:
                named = [s for s in sections.sections if s.name.casefold() == name.casefold()]
                found = sections.resolve(name) or (named[0] if len(named) == 1 else None)
                if found is not None:
                    article.section_id = found.id
        if not article.headline and not article.body:
            empty += 1
            continue
        parsed.append(Parsed(article, [], [], False))
    if parsed and skipped:
        parsed[0].warnings.append(
            translate(
                "Importers",
                "{path}: %n item(s) that are not posts (pages, images, menus, the bin, "
                "automatic drafts) were left out.",
                None,
                skipped,
            ).format(path=path)
        )
    if parsed and empty:
        parsed[0].warnings.append(
            translate(
                "Importers", "{path}: %n post(s) with no title and no text left out.", None, empty
            ).format(path=path)
        )
    return parsed
