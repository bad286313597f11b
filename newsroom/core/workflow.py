"""The article workflow: which status an article may move to from which.

=========== ==========================================
from        to
=========== ==========================================
draft       in review, spiked
in review   draft, ready, spiked
ready       in review, scheduled, published, spiked
scheduled   ready ("unschedule"), published, spiked
published   ready ("unpublish"), spiked ("kill")
spiked      draft
=========== ==========================================

A story goes to review and comes back with changes; once ready it is scheduled or
published; a scheduled story can be published early or taken back to ready; a published
story can be unpublished (back to ready) or killed (spiked). A spiked story can only
come back as a draft. Moving to ready, scheduled or published runs the checklist, and
its errors stop the move (:class:`ChecklistBlockedError`).

:func:`move` applies a move to a stored article.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from newsroom.core.checklist import Finding
from newsroom.core.errors import WorkflowError
from newsroom.core.model import Article, Status, utcnow

if TYPE_CHECKING:
    from newsroom.core.library import Library

MOVES = MappingProxyType(
    {
        Status.DRAFT: (Status.IN_REVIEW, Status.SPIKED),
        Status.IN_REVIEW: (Status.DRAFT, Status.READY, Status.SPIKED),
        Status.READY: (Status.IN_REVIEW, Status.SCHEDULED, Status.PUBLISHED, Status.SPIKED),
        Status.SCHEDULED: (Status.READY, Status.PUBLISHED, Status.SPIKED),
        Status.PUBLISHED: (Status.READY, Status.SPIKED),
        Status.SPIKED: (Status.DRAFT,),
    }
)

#: Moving into these statuses needs a checklist without errors.
CHECKED = frozenset({Status.READY, Status.SCHEDULED, Status.PUBLISHED})

_AS_SUBJECT = {
    Status.DRAFT: "a draft",
    Status.IN_REVIEW: "an article in review",
    Status.READY: "an article that is ready",
    Status.SCHEDULED: "a scheduled article",
    Status.PUBLISHED: "a published article",
    Status.SPIKED: "a spiked article",
}
_DONE = {
    Status.DRAFT: "sent back to draft",
    Status.IN_REVIEW: "sent to review",
    Status.READY: "marked ready",
    Status.SCHEDULED: "scheduled",
    Status.PUBLISHED: "published",
    Status.SPIKED: "spiked",
}


class ChecklistBlockedError(WorkflowError):
    """The checklist has errors that stop the move; ``findings`` lists them."""

    def __init__(self, new: Status, findings: Sequence[Finding]) -> None:
        self.status = new
        self.findings = list(findings)
        first = self.findings[0].message
        rest = len(self.findings) - 1
        more = ""
        if rest:
            more = f" The checklist shows {rest} more problem{'s' if rest > 1 else ''} to fix."
        super().__init__(f"The article cannot be {_DONE[new]} yet. {first}{more}")


def allowed_moves(status: Status) -> tuple[Status, ...]:
    """The statuses an article in ``status`` may move to, in workflow order."""
    return MOVES[Status(status)]


def _join(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def check_move(old: Status, new: Status) -> None:
    """Raise :class:`WorkflowError`, with a message for the user, unless the
    workflow allows moving from ``old`` to ``new``."""
    old, new = Status(old), Status(new)
    if new in MOVES[old]:
        return
    subject = _AS_SUBJECT[old]
    if old is new:
        raise WorkflowError(f"The article is {old.label.lower()} already.")
    can = _join([_DONE[s] for s in MOVES[old]])
    raise WorkflowError(
        f"{subject[0].upper()}{subject[1:]} cannot be {_DONE[new]}; it can be {can}."
    )


def move_label(old: Status, new: Status) -> str:
    """What a button that makes this move says: "Send to review", "Unpublish"…"""
    old, new = Status(old), Status(new)
    if new is Status.READY:
        if old is Status.PUBLISHED:
            return "Unpublish"
        if old is Status.SCHEDULED:
            return "Unschedule"
        return "Mark ready"
    if new is Status.DRAFT:
        return "Restore as draft" if old is Status.SPIKED else "Back to draft"
    if new is Status.IN_REVIEW:
        return "Back to review" if old is Status.READY else "Send to review"
    if new is Status.PUBLISHED:
        return "Publish now" if old is Status.SCHEDULED else "Publish"
    if new is Status.SPIKED:
        return "Kill" if old is Status.PUBLISHED else "Spike"
    return "Schedule"


def status_reason(old: Status, new: Status) -> str:
    """The reason recorded with the revision of a status change."""
    return f"status: {Status(old).label} → {Status(new).label}"


def move(
    library: Library, article_id: int, new_status: Status, *, now: datetime | None = None
) -> Article:
    """Move the stored article along the workflow.

    Raises :class:`~newsroom.core.errors.WorkflowError` for a move the workflow does
    not allow, or that errors of the checklist block (into ready, scheduled, published).
    Publishing sets ``published_at`` to ``now`` unless it is set and already past.
    The new status and its revision are written in one transaction."""
    from newsroom.core import checklist

    moment = now or utcnow()
    new = Status(new_status)

    def decide(article: Article) -> tuple[Status, datetime | None, str]:
        old = article.status
        check_move(old, new)
        if new in CHECKED:
            found = checklist.run_checklist(library, article, now=moment, target=new)
            if errors := checklist.blocking(found):
                raise ChecklistBlockedError(new, errors)
        published_at = article.published_at
        if new is Status.PUBLISHED and (published_at is None or published_at > moment):
            published_at = moment
        return new, published_at, status_reason(old, new)

    return library.change_status(article_id, decide, now=moment)
