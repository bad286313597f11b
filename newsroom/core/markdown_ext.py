"""Python-Markdown extensions for news articles: datelines and figures."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

MEDIA_SCHEME = "media:"
DASH = "—"


def format_dateline(place: str) -> str:
    """``Paris`` → ``PARIS —``; a dateline that already has its dash is only capitalised."""
    place = place.strip()
    if not place:
        return ""
    text = place.upper()
    return text if text.endswith((DASH, "–", "-")) else f"{text} {DASH}"


class DatelineProcessor(Treeprocessor):
    def __init__(self, md: Markdown, dateline: str) -> None:
        super().__init__(md)
        self.dateline = format_dateline(dateline)

    def run(self, root: etree.Element) -> None:
        if not self.dateline:
            return
        first = next((el for el in root if el.tag == "p"), None)
        if first is None:
            return
        text = first.text or ""
        if text.lstrip().upper().startswith(self.dateline.rstrip(f" {DASH}–-")):
            return  # the writer typed the dateline into the text already
        span = etree.Element("span", {"class": "dateline"})
        span.text = self.dateline
        span.tail = " " + text
        first.text = None
        first.insert(0, span)


class DatelineExtension(Extension):
    """Open the first paragraph with the dateline in capitals: ``PARIS —``."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"dateline": ["", "The place, such as Paris"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(DatelineProcessor(md, self.getConfig("dateline")), "dateline", 4)


@dataclass(frozen=True)
class MediaRef:
    """An image of the library as a page shows it."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""


def media_uid(src: str) -> str | None:
    return src[len(MEDIA_SCHEME) :] if src.startswith(MEDIA_SCHEME) else None


class FigureProcessor(Treeprocessor):
    def __init__(self, md: Markdown, media: Mapping[str, MediaRef]) -> None:
        super().__init__(md)
        self.media = media

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, p in enumerate(list(parent)):
                if p.tag != "p" or len(p) != 1 or (p.text or "").strip():
                    continue
                img = p[0]
                if img.tag != "img" or (img.tail or "").strip():
                    continue
                parent[index] = self._figure(img)

    def _figure(self, img: etree.Element) -> etree.Element:
        ref = self.media.get(media_uid(img.get("src", "")) or "")
        caption = img.attrib.pop("title", "") or (ref.caption if ref else "")
        credit = img.attrib.pop("credit", "") or (ref.credit if ref else "")
        if ref and not img.get("alt"):
            img.set("alt", ref.alt)
        img.tail = None
        figure = etree.Element("figure")
        figure.append(img)
        if caption or credit:
            figcaption = etree.SubElement(figure, "figcaption")
            figcaption.text = f"{caption} " if caption and credit else caption
            if credit:
                span = etree.SubElement(figcaption, "span", {"class": "credit"})
                span.text = credit
        return figure


class FigureExtension(Extension):
    """An image alone in its paragraph becomes a figure with caption and credit.

    The caption is the image title, the credit an attribute (``{credit="AP"}``);
    images of the library (``media:UID``) bring their own caption, credit and alt.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"media": [{}, "MediaRef by media uid"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(FigureProcessor(md, self.getConfig("media")), "figure", 6)
