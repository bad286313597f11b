"""The pre-publish checklist: what to fix, or think about, before an article goes out.

:func:`run_checklist` returns :class:`Finding`\\ s; the errors among them
(:func:`blocking`) stop an article from becoming ready, scheduled or published.
Each finding names the editor ``field`` to jump to ("headline", "section",
"byline", "dateline", "body", "related", "embargo", "published_at",
"featured_image", "seo_title").

Links from one article to another are written in the body as Markdown links to
``article:<slug>``, such as ``[the earlier report](article:floods-close-the-rhine)``;
the checklist makes sure the article they name exists.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import markdown
from markdown.treeprocessors import Treeprocessor

from newsroom.core.errors import NotFoundError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.markdown_ext import media_uid
from newsroom.core.markdown_extra import extra_and_sane_lists
from newsroom.core.model import Article, Status

if TYPE_CHECKING:
    from newsroom.core.library import Library

Level = Literal["error", "warning"]

#: Longer headlines are cut off in search results and link previews...
HEADLINE_WARN = 90
#: ...and longer ones than this no longer fit the site's headline slots at all.
HEADLINE_MAX = 150
#: Search engines show about this many characters of a page title.
SEO_TITLE_MAX = 60
#: "You Might Also Like" shows three to six related articles.
RELATED_MIN, RELATED_MAX = 3, 6
ARTICLE_SCHEME = "article:"

_NUMBERS = (
    QT_TRANSLATE_NOOP("Checklist", "no"),
    QT_TRANSLATE_NOOP("Checklist", "one"),
    QT_TRANSLATE_NOOP("Checklist", "two"),
    QT_TRANSLATE_NOOP("Checklist", "three"),
    QT_TRANSLATE_NOOP("Checklist", "four"),
    QT_TRANSLATE_NOOP("Checklist", "five"),
    QT_TRANSLATE_NOOP("Checklist", "six"),
    QT_TRANSLATE_NOOP("Checklist", "seven"),
    QT_TRANSLATE_NOOP("Checklist", "eight"),
    QT_TRANSLATE_NOOP("Checklist", "nine"),
)


def _number(n: int) -> str:
    """``n`` (0 to 9) as a word of the reader's language."""
    return translate("Checklist", _NUMBERS[n])


@dataclass(frozen=True)
class Finding:
    """One item of the checklist. ``field`` names the editor field to go to."""

    level: Level
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.level == "error"


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stop publication: the errors."""
    return [f for f in findings if f.is_error]


def summarize(findings: Sequence[Finding]) -> str:
    """``"2 errors, 1 warning"``, or ``"Ready to publish"`` when nothing stops it."""
    errors = len(blocking(findings))
    warnings = len(findings) - errors
    if errors:
        text = translate("Checklist", "%n error(s)", None, errors)
        if warnings:
            text += ", " + translate("Checklist", "%n warning(s)", None, warnings)
        return text
    if warnings:
        return translate("Checklist", "Ready to publish, with %n warning(s)", None, warnings)
    return translate("Checklist", "Ready to publish")


def _when(moment: datetime, timezone: str) -> str:
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = moment.astimezone(zone)
    return f"{local.day} {local:%B %Y, %H:%M} ({zone.key.replace('_', ' ')})"


def _error(field: str, message: str) -> Finding:
    return Finding("error", field, message)


def _warning(field: str, message: str) -> Finding:
    return Finding("warning", field, message)


# -- the article's own fields ----------------------------------------------------------
def check_required(article: Article) -> list[Finding]:
    """Headline, section and byline are needed on every page."""
    findings = []
    if not article.headline.strip():
        findings.append(
            _error("headline", translate("Checklist", "Write a headline: the article has none."))
        )
    if article.section_id is None:
        findings.append(
            _error(
                "section",
                translate("Checklist", "Choose a section: the site files every article in one."),
            )
        )
    if not article.byline.strip():
        findings.append(
            _error(
                "byline",
                translate(
                    "Checklist",
                    "Add a byline: the name of the author, or of the desk that wrote it.",
                ),
            )
        )
    return findings


def check_headline_length(article: Article) -> list[Finding]:
    length = len(article.headline.strip())
    if length > HEADLINE_MAX:
        return [
            _error(
                "headline",
                translate(
                    "Checklist",
                    "The headline is {length} characters long; the site has room for at most "
                    "{most}. Shorten it.",
                ).format(length=length, most=HEADLINE_MAX),
            )
        ]
    if length > HEADLINE_WARN:
        return [
            _warning(
                "headline",
                translate(
                    "Checklist",
                    "The headline is {length} characters long. Search results and shared links "
                    "cut headlines off after about {about} characters, so consider "
                    "shortening it.",
                ).format(length=length, about=HEADLINE_WARN),
            )
        ]
    return []


def check_dateline(article: Article) -> list[Finding]:
    place = article.dateline.strip()
    if not place:
        return [
            _warning(
                "dateline",
                translate("Checklist", "Add a dateline: the place the story was reported from."),
            )
        ]
    if re.search(r"\d", place):
        return [
            _warning(
                "dateline",
                translate(
                    "Checklist",
                    "The dateline “{place}” does not look like a place. Write only the place, "
                    "such as Paris: the site adds the date itself.",
                ).format(place=place),
            )
        ]
    return []


def check_seo_title(article: Article) -> list[Finding]:
    length = len(article.seo_title.strip())
    if length > SEO_TITLE_MAX:
        return [
            _warning(
                "seo_title",
                translate(
                    "Checklist",
                    "The search title is {length} characters long; search engines show only "
                    "about {about}.",
                ).format(length=length, about=SEO_TITLE_MAX),
            )
        ]
    return []


def check_embargo(article: Article, *, now: datetime, target: Status) -> list[Finding]:
    """An embargo stops publication before its time; a schedule must respect it."""
    until = article.embargo_until
    if until is None:
        return []
    when = _when(until, article.timezone)
    if target is Status.SCHEDULED:
        if article.published_at is not None and article.published_at < until:
            return [
                _error(
                    "embargo",
                    translate(
                        "Checklist",
                        "The story is under embargo until {when}; schedule it for then or later.",
                    ).format(when=when),
                )
            ]
        return []
    if until <= now:
        return []
    if target is Status.PUBLISHED:
        return [
            _error(
                "embargo",
                translate(
                    "Checklist",
                    "The story is under embargo until {when}; it cannot be published before then.",
                ).format(when=when),
            )
        ]
    return [
        _warning(
            "embargo",
            translate("Checklist", "The story is under embargo until {when}.").format(when=when),
        )
    ]


def check_schedule(article: Article, *, now: datetime, target: Status) -> list[Finding]:
    if target is not Status.SCHEDULED:
        return []
    if article.published_at is None or article.published_at <= now:
        return [
            _error(
                "published_at",
                translate(
                    "Checklist",
                    "Set a publication time in the future: a scheduled article goes out then.",
                ),
            )
        ]
    return []


# -- what the body shows and links to --------------------------------------------------
class _Collector(Treeprocessor):
    """Keeps the images and links the body's Markdown produces (code blocks excluded)."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.images: list[etree.Element] = []
        self.links: list[etree.Element] = []

    def run(self, root: etree.Element) -> None:
        self.images.extend(root.iter("img"))
        self.links.extend(root.iter("a"))


@dataclass(frozen=True)
class BodyFacts:
    """The images and links that an article body's Markdown produces."""

    images: tuple[etree.Element, ...]
    links: tuple[etree.Element, ...]


def parse_body(body: str) -> BodyFacts:
    """Parse a body for the checklist. This is the slow part of it (a second for a
    100,000-word text), and it needs no library: the app runs it off the GUI thread
    and gives the result to :func:`run_checklist`."""
    return _Parser().parse(body)


class _Parser:
    """One Markdown parser with its collector, reset for each text."""

    def __init__(self) -> None:
        self.md = markdown.Markdown(extensions=extra_and_sane_lists())
        self.collector = _Collector(self.md)
        # After "inline" (20) and "attr_list" (8), which give images their alt and credit.
        self.md.treeprocessors.register(self.collector, "newsroom_checklist", 1)

    def parse(self, body: str) -> BodyFacts:
        self.md.reset()
        self.collector.images, self.collector.links = [], []
        self.md.convert(body)
        return BodyFacts(tuple(self.collector.images), tuple(self.collector.links))


class BodyParser:
    """:func:`parse_body` with a memory, for a text checked again and again as it is
    written: the text is cut into chunks that parse alone
    (:func:`~newsroom.core.render.incremental.independent_chunks`) and each chunk is parsed
    once; a keystroke changes one. A text that must be read whole is parsed whole.
    Parsing in chunks also leaves the interpreter to the window between them. One
    caller at a time."""

    def __init__(self) -> None:
        self._parsed: dict[str, BodyFacts] = {}
        self._parser: _Parser | None = None

    def __call__(self, body: str) -> BodyFacts:
        from newsroom.core.render.incremental import independent_chunks

        chunks = independent_chunks(body)
        if self._parser is None:
            self._parser = _Parser()
        if chunks is None:
            self._parsed = {}
            return self._parser.parse(body)
        parsed: dict[str, BodyFacts] = {}
        images: list[etree.Element] = []
        links: list[etree.Element] = []
        for chunk in chunks:
            facts = parsed.get(chunk) or self._parsed.get(chunk) or self._parser.parse(chunk)
            parsed[chunk] = facts
            images += facts.images
            links += facts.links
        self._parsed = parsed
        return BodyFacts(tuple(images), tuple(links))


def _image_name(src: str) -> str:
    name = src.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    return name or src


def check_images(library: Library, article: Article, body: BodyFacts) -> list[Finding]:
    """Every image needs alt text and a credit, from the Markdown or from the library."""
    findings = []
    for number, img in enumerate(body.images, 1):
        src = img.get("src", "")
        alt, credit = img.get("alt", "").strip(), img.get("credit", "").strip()
        uid = media_uid(src)
        if uid is not None:
            try:
                media = library.media(uid)
            except NotFoundError:
                findings.append(
                    _error(
                        "body",
                        translate(
                            "Checklist",
                            "Image {number} in the text is no longer in the library. "
                            "Insert it again or remove it.",
                        ).format(number=number),
                    )
                )
                continue
            name = media.filename
            alt, credit = alt or media.alt.strip(), credit or media.credit.strip()
            where = translate("Checklist", "Add it to the image in the library.")
        else:
            name = _image_name(src)
            where = ""
        if not alt:
            hint = where or translate(
                "Checklist", "Write it between the brackets: ![A barge on the Rhine](…)."
            )
            findings.append(
                _warning(
                    "body",
                    translate(
                        "Checklist",
                        "Image {number} ({name}) has no alt text, which describes it to readers "
                        "who cannot see it.",
                    ).format(number=number, name=name)
                    + f" {hint}",
                )
            )
        if not credit:
            hint = where or translate("Checklist", 'Add it after the image: {credit="Reuters"}.')
            no_credit = translate("Checklist", "Image {number} ({name}) has no credit.")
            findings.append(
                _warning("body", no_credit.format(number=number, name=name) + f" {hint}")
            )
    return findings


def check_article_links(library: Library, article: Article, body: BodyFacts) -> list[Finding]:
    """Links to ``article:<slug>`` must name an article of the library."""
    findings = []
    seen: set[str] = set()
    for link in body.links:
        href = link.get("href", "")
        if not href.startswith(ARTICLE_SCHEME):
            continue
        slug = href[len(ARTICLE_SCHEME) :].strip("/ ")
        if slug in seen:
            continue
        seen.add(slug)
        try:
            target = library.article_by_slug(slug)
        except NotFoundError:
            findings.append(
                _error(
                    "body",
                    translate(
                        "Checklist",
                        "The text links to the article “{slug}”, which is not in the library. "
                        "Check the link.",
                    ).format(slug=slug),
                )
            )
            continue
        if target.id == article.id:
            continue
        if target.status is Status.SPIKED:
            findings.append(
                _warning(
                    "body",
                    translate(
                        "Checklist",
                        "The text links to “{headline}”, which was spiked and "
                        "will not be on the site.",
                    ).format(headline=target.headline or slug),
                )
            )
        elif target.status is not Status.PUBLISHED:
            findings.append(
                _warning(
                    "body",
                    translate(
                        "Checklist",
                        "The text links to “{headline}”, which is not published "
                        "yet; the link will not work until it is.",
                    ).format(headline=target.headline or slug),
                )
            )
    return findings


# -- what the library keeps beside the article -------------------------------------------
def check_related(library: Library, article: Article) -> list[Finding]:
    count = len(library.related_links(article.id)) if article.id is not None else 0
    if RELATED_MIN <= count <= RELATED_MAX:
        return []
    if count == 0:
        have = translate(
            "Checklist",
            "The article has no related links; “You Might Also Like” shows {least} to {most}.",
        )
    else:
        have = translate(
            "Checklist",
            "The article has %n related link(s); “You Might Also Like” shows {least} to {most}.",
            None,
            count,
        )
    if count < RELATED_MIN:
        advice = translate("Checklist", "Add {number} more.").format(
            number=_number(RELATED_MIN - count)
        )
    else:
        advice = translate("Checklist", "Remove {count}.").format(count=count - RELATED_MAX)
    least, most = _number(RELATED_MIN), _number(RELATED_MAX)
    return [_warning("related", have.format(least=least, most=most) + f" {advice}")]


def check_featured_image(library: Library, article: Article) -> list[Finding]:
    if article.featured_media_id is None:
        return []
    try:
        media = library.media_by_id(article.featured_media_id)
    except NotFoundError:
        return [
            _error(
                "featured_image",
                translate("Checklist", "The featured image is no longer in the library."),
            )
        ]
    if not media.alt.strip():
        return [
            _warning(
                "featured_image",
                translate(
                    "Checklist",
                    "The featured image ({name}) has no alt text, which describes it "
                    "to readers who cannot see it.",
                ).format(name=media.filename),
            )
        ]
    return []


def run_checklist(
    library: Library,
    article: Article,
    *,
    now: datetime,
    target: Status = Status.PUBLISHED,
    body: BodyFacts | None = None,
) -> list[Finding]:
    """Check ``article`` (as the editor has it: it need not be saved) before it moves to
    ``target``; errors first, each group in the order of the editor's fields.
    ``body``: ``parse_body(article.body)``, if it was parsed already."""
    if body is None:
        body = parse_body(article.body)
    findings = [
        *check_required(article),
        *check_headline_length(article),
        *check_seo_title(article),
        *check_dateline(article),
        *check_images(library, article, body),
        *check_article_links(library, article, body),
        *check_related(library, article),
        *check_featured_image(library, article),
        *check_embargo(article, now=now, target=target),
        *check_schedule(article, now=now, target=target),
    ]
    return blocking(findings) + [f for f in findings if not f.is_error]
