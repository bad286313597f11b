"""Rich text pasted from a browser or a word processor, as clean Markdown.

markdownify (over BeautifulSoup) does the conversion; this module decides what of
the HTML is worth keeping. An import (a web page, a Word document, a WordPress
export) passes an ``image`` function that keeps the images it can store, and the
footnotes of a Word document become Markdown footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Tag
from markdownify import ATX, MarkdownConverter

#: Elements whose content never belongs in an article.
_DROPPED = (
    "script", "style", "head", "title", "meta", "link", "noscript", "template",
    "iframe", "object", "embed", "svg", "math", "canvas", "form", "input", "button",
    "select", "textarea", "video", "audio", "source",
)  # fmt: skip
#: Formatting worth keeping; HTML without any of it is pasted as plain text.
_STRUCTURE = (
    "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "em", "i", "a", "ul", "ol",
    "blockquote", "table", "pre", "code", "img", "hr",
)  # fmt: skip
_LINK_SCHEMES = {"http", "https", "mailto"}
#: An image's (src, alt) to the Markdown that shows it, or None to drop it.
ImageHook = Callable[[str, str], str | None]
#: A footnote reference and its note, as mammoth writes a Word document's footnotes.
_NOTE_REF = re.compile(r"#(?:footnote|endnote)-(\d+)$")
_NOTE = re.compile(r"(?:footnote|endnote)-(\d+)$")


class _Converter(MarkdownConverter):
    """markdownify with the app's rules: ATX headings, "-" bullets, only web and
    mail links, and no image that would have to be fetched from the network."""

    def __init__(self, image: ImageHook | None = None, **options: Any) -> None:
        super().__init__(
            heading_style=ATX, bullets="-", escape_misc=False, table_infer_header=True, **options
        )
        self._image = image

    def convert_a(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        href = str(el.get("href") or "")
        if note := _NOTE_REF.search(href):
            return f"[^{note.group(1)}]"
        if urlsplit(href).scheme.lower() not in _LINK_SCHEMES:
            return str(text)  # javascript:, file:, relative links: keep the words only
        return str(super().convert_a(el, text, parent_tags))  # type: ignore[misc]

    def convert_img(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        src = str(el.get("src") or "")
        alt = str(el.get("alt") or "").strip()
        if "_inline" in parent_tags:  # in a heading or a table cell
            return alt
        if self._image is not None and (shown := self._image(src, alt)) is not None:
            return f"\n\n{shown}\n\n"
        if alt and urlsplit(src).scheme.lower() in ("http", "https"):
            return f"[{alt}]({src})"  # a link to the image; the app never fetches it
        return ""  # data: images, relative paths, images without words


def html_to_markdown(
    html: str | Tag, *, image: ImageHook | None = None, plain: bool = False
) -> str | None:
    """Clean Markdown for pasted rich text; None when it has no formatting worth
    keeping (then the plain text is pasted as it is), unless ``plain``: then the
    text, as Markdown. ``image`` keeps the images it gives Markdown for."""
    soup = BeautifulSoup(html, "html.parser") if isinstance(html, str) else html
    for element in soup.find_all(_DROPPED):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    if soup.find(_STRUCTURE) is None and not plain:
        return None
    notes = _footnotes(soup)
    for pre in soup.find_all("pre"):
        for br in pre.find_all("br"):  # a line of the code (Word's line breaks)
            br.replace_with("\n")
    for string in soup.find_all(string=True):
        if string.find_parent("pre") is None:  # whitespace in HTML is one space
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for element in soup.find_all(True):
        # Classes, styles, ids and event handlers mean nothing in Markdown.
        element.attrs = {k: v for k, v in element.attrs.items() if k in ("href", "src", "alt")}
    converter = _Converter(image)
    text = converter.convert_soup(soup)
    if notes:
        text += "\n\n" + "\n".join(
            f"[^{number}]: {converter.convert_soup(note).strip()}" for number, note in notes
        )
    # Spaces at the ends of lines go, but for the two of a line break (<br>).
    text = re.sub(r"[ \t]+\n", lambda m: m[0] if m[0] == "  \n" else "\n", str(text))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text or None


def _footnotes(soup: BeautifulSoup | Tag) -> list[tuple[str, Tag]]:
    """Take a Word document's footnotes out of ``soup`` (mammoth lists them at the end,
    each ``<li id="footnote-N">`` with a link back): (N, the note's content)."""
    notes: list[tuple[str, Tag]] = []
    for item in soup.find_all("li", id=_NOTE):
        number = _NOTE.search(str(item["id"]))
        assert number is not None
        for back in item.find_all("a", href=re.compile(r"#(?:footnote|endnote)-ref-")):
            back.decompose()
        item.name = "div"  # the note, not a list item
        notes.append((number.group(1), item.extract()))
    for empty in soup.find_all(["ol", "ul"]):
        if not empty.find("li"):
            empty.decompose()
    return notes
