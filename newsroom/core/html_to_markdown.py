"""Rich text pasted from a browser or a word processor, as clean Markdown.

markdownify (over BeautifulSoup) does the conversion; this module decides what of
the HTML is worth keeping.
"""

from __future__ import annotations

import re
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


class _Converter(MarkdownConverter):
    """markdownify with the app's rules: ATX headings, "-" bullets, only web and
    mail links, and no image that would have to be fetched from the network."""

    def __init__(self, **options: Any) -> None:
        super().__init__(heading_style=ATX, bullets="-", escape_misc=False, **options)

    def convert_a(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        href = str(el.get("href") or "")
        if urlsplit(href).scheme.lower() not in _LINK_SCHEMES:
            return str(text)  # javascript:, file:, relative links: keep the words only
        return str(super().convert_a(el, text, parent_tags))  # type: ignore[misc]

    def convert_img(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        src = str(el.get("src") or "")
        alt = str(el.get("alt") or "").strip()
        if "_inline" in parent_tags:  # in a heading or a table cell
            return alt
        if alt and urlsplit(src).scheme.lower() in ("http", "https"):
            return f"[{alt}]({src})"  # a link to the image; the app never fetches it
        return ""  # data: images, relative paths, images without words


def html_to_markdown(html: str) -> str | None:
    """Clean Markdown for pasted rich text; None when it has no formatting worth
    keeping (then the plain text is pasted as it is)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(_DROPPED):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    if soup.find(_STRUCTURE) is None:
        return None
    for string in soup.find_all(string=True):
        if string.find_parent("pre") is None:  # whitespace in HTML is one space
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for element in soup.find_all(True):
        # Classes, styles, ids and event handlers mean nothing in Markdown.
        element.attrs = {k: v for k, v in element.attrs.items() if k in ("href", "src", "alt")}
    text = _Converter().convert_soup(soup)
    text = re.sub(r"[ \t]+\n", "\n", str(text))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text or None
