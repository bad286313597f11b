"""The types the outbox and the publishing clients share.

A client (WordPress, ninjs, static site) implements :class:`Publisher`. The
outbox hands it an :class:`Outgoing` and the :class:`Remote` it recorded at the
last sync; the client answers with the new :class:`Remote` or raises one of the
errors below, and the error's class decides what happens to the entry:

======================  =============================================================
:class:`Temporary`      retried later, with back-off (``retry_after`` from the server
                        wins); network down, timeouts, resets, 5xx, 429, an HTML page
                        where JSON was due (a captive portal)
:class:`AuthFailed`     the target is paused and the journalist asked for credentials
:class:`Rejected`       the entry "needs attention", with the server's message
:class:`Conflict`       the entry waits for the journalist: keep theirs, take the
                        remote version, or edit
======================  =============================================================

Every message is a sentence a journalist understands; none ever holds a secret.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.publish.kinds.kind import Kind


class Action(StrEnum):
    PUBLISH = "publish"
    UPDATE = "update"
    UNPUBLISH = "unpublish"


class SyncState(StrEnum):
    """What the list and the editor show for an article on a target."""

    NOT_PUBLISHED = "not_published"
    QUEUED = "queued"
    SYNCED = "synced"
    CHANGED = "changed"  # edited since the last sync
    FAILED = "failed"  # needs attention, or the target is paused
    CONFLICT = "conflict"

    @property
    def label(self) -> str:
        """The state as the window shows it, in the reader's language."""
        if self is SyncState.NOT_PUBLISHED:
            return translate("SyncState", "Not published")
        if self is SyncState.QUEUED:
            return translate("SyncState", "Queued")
        if self is SyncState.SYNCED:
            return translate("SyncState", "Synced")
        if self is SyncState.CHANGED:
            return translate("SyncState", "Changed since sync")
        if self is SyncState.FAILED:
            return translate("SyncState", "Failed")
        return translate("SyncState", "Conflict")


@dataclass(frozen=True)
class Target:
    id: int
    name: str
    kind: Kind  # :mod:`newsroom.core.publish.kinds`
    url: str  # a folder path for a static target
    username: str | None = None
    settings: Mapping[str, object] = field(default_factory=dict)
    paused: bool = False


@dataclass(frozen=True)
class OutgoingMedia:
    """An image the article uses: the featured one or one in the text, as the target
    receives it: its web rendition (:mod:`newsroom.core.renditions`), whose bytes, type,
    file name, hash and size these are, not the original's."""

    media_id: int
    uid: str
    filename: str
    mime_type: str
    data: bytes
    sha256: str
    alt: str
    caption: str
    credit: str
    #: Where the rendered body refers to it (``newsroom://media/<uid>`` today);
    #: a client that uploads it rewrites this reference to the uploaded URL.
    local_url: str
    featured: bool = False
    #: In pixels; None when unknown (an SVG).
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class OutgoingLink:
    """A related link ("You Might Also Like"), in the article's order."""

    title: str
    #: Where it points: an external link's own URL, or the library's site address of
    #: another article (a client with its own address for it uses that instead).
    url: str
    #: The library article it points to; None for an external link.
    article_id: int | None = None
    article_uid: str | None = None


@dataclass(frozen=True)
class OutgoingNote:
    """A dated "Correction:" or "Update:" note under the article."""

    kind: str  # "correction" or "update"
    label: str  # "Correction" or "Update"
    at: datetime
    #: As the page shows the date, in the article's time zone.
    when: str
    text: str


@dataclass(frozen=True)
class Outgoing:
    """One article as a target receives it, made by the outbox from the library."""

    article_id: int
    uid: str
    slug: str
    action: Action
    headline: str
    standfirst: str
    #: The rendered body only (not the page), sanitized.
    body_html: str
    body_markdown: str
    byline: str
    dateline: str
    language: str
    #: The section from the top: ``("My Europe", "Europe News")``; empty for none.
    section_path: tuple[str, ...]
    #: The same sections' slugs, in the same order.
    section_slugs: tuple[str, ...]
    tags: tuple[str, ...]
    #: When it goes live (UTC). In the future: the target schedules it, if it can.
    published_at: datetime | None
    embargo_until: datetime | None
    media: Sequence[OutgoingMedia]
    #: Unique per outbox entry; a client that can, sends it so that a retried
    #: create never makes a second post.
    idempotency_key: str
    #: A create was tried before and may have reached the server: look first.
    retried: bool = False
    seo_title: str = ""
    seo_description: str = ""
    #: "You Might Also Like", in order.
    related: Sequence[OutgoingLink] = ()
    #: Corrections and updates, oldest first.
    notes: Sequence[OutgoingNote] = ()
    #: The ids of ``section_path``'s sections, in the same order.
    section_ids: tuple[int, ...] = ()
    timezone: str = "UTC"
    #: When the article was last changed in the library (the page's "Updated").
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Remote:
    """What the target knows the article as, recorded after each sync."""

    remote_id: str
    url: str = ""
    #: The target's own "last modified" (WordPress ``modified_gmt``), for conflicts.
    modified: str = ""
    #: Whether the article is public there now (False: held by the site until its time,
    #: as a WordPress ``future`` post, or sent as a draft).
    live: bool = True
    #: What the target could not take, said once to the journalist ("The site has no
    #: SEO fields: the search title and description were not sent.").
    warnings: tuple[str, ...] = ()


class PublishError(NewsroomError):
    """Base class; ``str(error)`` is for the journalist and holds no secret."""


class Temporary(PublishError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AuthFailed(PublishError):
    pass


class Rejected(PublishError):
    pass


class Conflict(PublishError):
    """The article changed on the target since the last sync.

    ``fields`` maps each field that differs (``title``, ``content``, ``excerpt``,
    ``slug`` ...) to a ``(local, remote)`` pair."""

    def __init__(self, message: str, remote: Remote, fields: Mapping[str, tuple[str, str]]) -> None:
        super().__init__(message)
        self.remote = remote
        self.fields = dict(fields)


def field_names(fields: Iterable[str]) -> str:
    """The fields of a :class:`Conflict` (``title``, ``content`` ...) as a message names
    them, in the reader's language: "title, content"."""
    names = {
        "title": translate("Conflict", "title"),
        "content": translate("Conflict", "content"),
        "excerpt": translate("Conflict", "excerpt"),
        "slug": translate("Conflict", "slug"),
        "status": translate("Conflict", "status"),
    }
    return ", ".join(names.get(name, name) for name in fields)


@dataclass(frozen=True)
class Account:
    """Who the credentials belong to, as ``target check`` reports it."""

    name: str
    can_publish: bool = True
    detail: str = ""


class Publisher(Protocol):
    """One target's client. Methods block; the outbox calls them off the GUI thread."""

    def check(self) -> Account:
        """Verify the credentials (WordPress: ``users/me``)."""
        ...

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        """Create the article, or update it when ``known``.

        Before an update, a client that can see remote changes raises
        :class:`Conflict` when the remote copy changed since ``known.modified``
        and differs from ``item``, unless ``force`` (the journalist chose to keep
        theirs)."""
        ...

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        """Take the article off the site (WordPress: back to draft)."""
        ...

    def close(self) -> None: ...


def parse_time(value: str | None) -> datetime | None:
    """A stored ISO time (UTC) back as an aware datetime."""
    return datetime.fromisoformat(value) if value else None


__all__ = [
    "Account",
    "Action",
    "AuthFailed",
    "Conflict",
    "Kind",
    "Outgoing",
    "OutgoingLink",
    "OutgoingMedia",
    "OutgoingNote",
    "PublishError",
    "Publisher",
    "Rejected",
    "Remote",
    "SyncState",
    "Target",
    "Temporary",
    "field_names",
    "parse_time",
]
