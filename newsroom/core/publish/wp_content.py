"""The blocks Newsroom adds to a post's content around the article's body: the byline
line (when no WordPress user matches it), the dated corrections and updates, and the
"You Might Also Like" list; and what a site's post is made of besides: the body with
its images at their uploaded addresses, the related links as that site has them.
WordPress and Ghost use them.

Each block sits between two comments, ``<!-- newsroom:NAME -->`` and
``<!-- /newsroom:NAME -->``, so that a pull strips it from the body (and reads the byline,
notes and links back) and nothing ever doubles. The sanitizer drops comments, so blocks
go on after sanitizing; every text in them is escaped here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from newsroom.core.publish.base import OutgoingLink, OutgoingMedia, OutgoingNote

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The names of Newsroom's blocks (never an article's uid, see :mod:`.wp_fields`).
BLOCKS = ("byline", "notes", "related")
#: The heading of the related list, as the article page has it.
RELATED_HEADING = "You Might Also Like"

_BLOCK_RE = re.compile(
    r"\s*<!-- newsroom:(?P<name>byline|notes|related) -->(?P<inner>.*?)"
    r"<!-- /newsroom:(?P=name) -->\s*",
    re.DOTALL,
)
_NOTE_RE = re.compile(r"^(?P<label>[^(]+?) \((?P<when>[^)]*)\):\s*(?P<text>.*)$", re.DOTALL)
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """A related link as the content carries it."""

    title: str
    url: str


@dataclass(frozen=True)
class ParsedNote:
    """A correction or update read back from a post."""

    kind: str  # "correction" or "update"
    at: datetime | None
    text: str


def block(name: str, inner: str) -> str:
    """``inner`` between the comments of block ``name``."""
    return f"<!-- newsroom:{name} -->\n{inner}\n<!-- /newsroom:{name} -->"


def _text(value: str) -> str:
    return html.escape(" ".join(value.split()), quote=True)


def byline_block(byline: str) -> str:
    """The byline as the article page opens with it: ``By Ana Díaz``."""
    name = _BY_RE.sub("", byline.strip())
    return block("byline", f'<p class="byline">By {_text(name)}</p>')


def notes_block(notes: Sequence[OutgoingNote]) -> str:
    """The corrections and updates, oldest first, marked up as the article page has
    them: ``Correction (5 December 2026, 10:00 CET): …``; empty when there are none."""
    if not notes:
        return ""
    lines = [
        f'<p class="note note-{_text(n.kind)}"><strong class="note-label">{_text(n.label)}'
        f'</strong> (<time datetime="{_text(n.at.isoformat())}">{_text(n.when)}</time>): '
        f"{_text(n.text)}</p>"
        for n in notes
    ]
    return block("notes", "\n".join(lines))


def safe_url(url: str) -> bool:
    """Whether a link may go out: a web address, or one relative to the site."""
    scheme = urlsplit(url.strip()).scheme.lower()
    return bool(url.strip()) and scheme in ("http", "https", "")


def related_block(links: Sequence[Link]) -> str:
    """The "You Might Also Like" list in order; empty when there is nothing to show."""
    items = [
        f'<li><a href="{html.escape(link.url.strip(), quote=True)}">{_text(link.title)}</a></li>'
        for link in links
        if safe_url(link.url)
    ]
    if not items:
        return ""
    inner = f'<h2>{RELATED_HEADING}</h2>\n<ul class="related">\n' + "\n".join(items) + "\n</ul>"
    return block("related", inner)


def body_with_urls(body: str, media: Sequence[OutgoingMedia], urls: Mapping[int, str]) -> str:
    """``body`` with each image's reference in the library at its address on the site
    (``urls`` by media id)."""
    for item in media:
        url = html.escape(urls[item.media_id], quote=True)
        for local in {item.local_url, f"media:{item.uid}", f"newsroom://media/{item.uid}"}:
            if local:
                body = body.replace(f'"{local}"', f'"{url}"')
    return body


def links_on_site(library: Library, target_id: int, related: Sequence[OutgoingLink]) -> list[Link]:
    """The related links as one site has them: external ones as they are, library
    articles at their address there; one not on that site is left out."""
    links = []
    for link in related:
        if link.article_id is None:
            links.append(Link(link.title, link.url))
            continue
        row = library.conn.execute(
            "SELECT remote_url FROM sync_state WHERE article_id = ? AND target_id = ? "
            "AND state = 'synced' AND remote_id IS NOT NULL",
            [link.article_id, target_id],
        ).fetchone()
        if row is not None and row[0]:
            links.append(Link(link.title, str(row[0])))
    return links


def strip_blocks(content: str) -> str:
    """The content without Newsroom's blocks."""
    return _BLOCK_RE.sub("\n", content).strip()


def _blocks(content: str) -> dict[str, str]:
    return {m.group("name"): m.group("inner") for m in _BLOCK_RE.finditer(content)}


def parse_byline(content: str) -> str | None:
    """The byline line Newsroom put at the top of a post; None without one."""
    inner = _blocks(content).get("byline")
    if inner is None:
        return None
    text = " ".join(BeautifulSoup(inner, "html.parser").get_text().split())
    return _BY_RE.sub("", text) or None


def parse_related(content: str) -> list[Link]:
    """The links of Newsroom's related list, in order."""
    inner = _blocks(content).get("related")
    if inner is None:
        return []
    soup = BeautifulSoup(inner, "html.parser")
    return [
        Link(" ".join(a.get_text().split()), str(a.get("href") or ""))
        for a in soup.find_all("a")
        if a.get("href")
    ]


def parse_notes(content: str) -> list[ParsedNote]:
    """The corrections and updates of Newsroom's notes block, oldest first."""
    inner = _blocks(content).get("notes")
    if inner is None:
        return []
    notes = []
    for para in BeautifulSoup(inner, "html.parser").find_all("p"):
        found = _NOTE_RE.match(" ".join(para.get_text().split()))
        if found is None:
            continue
        label = found.group("label").strip().casefold()
        kind = "correction" if label == "correction" else "update"
        time = para.find("time")
        at = _parse_time(str(time.get("datetime") or "")) if time is not None else None
        notes.append(ParsedNote(kind, at, found.group("text").strip()))
    return notes


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


__all__ = [
    "BLOCKS",
    "RELATED_HEADING",
    "Link",
    "ParsedNote",
    "block",
    "byline_block",
    "notes_block",
    "parse_byline",
    "parse_notes",
    "parse_related",
    "related_block",
    "safe_url",
    "strip_blocks",
]
