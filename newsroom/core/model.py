"""Plain data for articles, sections and links: no storage, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def word_count(text: str) -> int:
    """Words as the reader sees them: the Markdown's visible text, counted as the
    editor's status bar counts it (:func:`newsroom.core.textstats.text_stats`)."""
    from newsroom.core.textstats import text_stats

    return text_stats(text).words


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    READY = "ready"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    SPIKED = "spiked"

    @property
    def label(self) -> str:
        """The status as the reader's language names it: "In review"."""
        return translate("Status", _STATUS_LABELS[self])

    @property
    def english_label(self) -> str:
        """The English label, for what the library stores (revision reasons)."""
        return _STATUS_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Status:
        """Accept the value or its label in any case: "In review", "in-review"."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(
                translate("Status", "unknown status “{text}” (one of: {allowed})").format(
                    text=text, allowed=allowed
                )
            ) from None


_STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.READY: QT_TRANSLATE_NOOP("Status", "Ready"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Status", "Scheduled"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.SPIKED: QT_TRANSLATE_NOOP("Status", "Spiked"),
}


@dataclass(frozen=True)
class Section:
    id: int
    name: str
    slug: str
    parent_id: int | None
    position: int


@dataclass(frozen=True)
class RelatedLink:
    """A related article: another article of the library, or an external URL."""

    title: str
    url: str | None = None
    target_id: int | None = None


class NoteKind(StrEnum):
    """A dated note under a published article."""

    CORRECTION = "correction"
    UPDATE = "update"

    @property
    def label(self) -> str:
        return "Correction" if self is NoteKind.CORRECTION else "Update"


@dataclass(frozen=True)
class Note:
    """A "Correction:" or "Update:" note of an article, kept in the library."""

    id: int
    article_id: int
    kind: NoteKind
    at: datetime
    text: str


@dataclass
class Article:
    headline: str = ""
    body: str = ""
    standfirst: str = ""
    slug: str = ""
    byline: str = ""
    dateline: str = ""
    section_id: int | None = None
    tags: list[str] = field(default_factory=list)
    status: Status = Status.DRAFT
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    published_at: datetime | None = None
    embargo_until: datetime | None = None
    timezone: str = "UTC"
    seo_title: str = ""
    seo_description: str = ""
    featured_media_id: int | None = None
    language: str = "en"
    id: int | None = None
    uid: str = ""


@dataclass(frozen=True)
class ArticleSummary:
    """What a list of articles shows, without the body."""

    id: int
    slug: str
    headline: str
    status: Status
    section_id: int | None
    byline: str
    updated_at: datetime
    published_at: datetime | None


@dataclass(frozen=True)
class Media:
    id: int
    uid: str
    filename: str
    mime_type: str
    data: bytes
    alt: str = ""
    caption: str = ""
    credit: str = ""
    #: Clockwise, after the EXIF orientation: 0, 90, 180 or 270.
    rotation: int = 0
    #: (left, top, right, bottom) as fractions of the upright, rotated image; None is all.
    crop: tuple[float, float, float, float] | None = None
    #: (x, y) as fractions of the upright, rotated image; None is its centre.
    focus: tuple[float, float] | None = None

    @property
    def edited(self) -> bool:
        """Whether the published image differs from the upright original."""
        return self.rotation != 0 or self.crop is not None
