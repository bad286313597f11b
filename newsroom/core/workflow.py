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
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
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
    Status.DRAFT: QT_TRANSLATE_NOOP("Workflow", "a draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Workflow", "an article in review"),
    Status.READY: QT_TRANSLATE_NOOP("Workflow", "an article that is ready"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Workflow", "a scheduled article"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "a published article"),
    Status.SPIKED: QT_TRANSLATE_NOOP("Workflow", "a spiked article"),
}
_DONE = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Workflow", "sent back to draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Workflow", "sent to review"),
    Status.READY: QT_TRANSLATE_NOOP("Workflow", "marked ready"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Workflow", "scheduled"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "published"),
    Status.SPIKED: QT_TRANSLATE_NOOP("Workflow", "spiked"),
}
_ALREADY = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Workflow", "The article is draft already."),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Workflow", "The article is in review already."),
    Status.READY: QT_TRANSLATE_NOOP("Workflow", "The article is ready already."),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Workflow", "The article is scheduled already."),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "The article is published already."),
    Status.SPIKED: QT_TRANSLATE_NOOP("Workflow", "The article is spiked already."),
}


def _done(status: Status) -> str:
    """What a move into ``status`` does, in the reader's language: "sent to review"."""
    return translate("Workflow", _DONE[status])


class ChecklistBlockedError(WorkflowError):
    """The checklist has errors that stop the move; ``findings`` lists them."""

    def __init__(self, new: Status, findings: Sequence[Finding]) -> None:
        self.status = new
        self.findings = list(findings)
        first = self.findings[0].message
        rest = len(self.findings) - 1
        more = ""
        if rest:
            more = " " + translate(
                "ChecklistBlockedError",
                "The checklist shows %n more problem(s) to fix.",
                None,
                rest,
            )
        super().__init__(
            translate("ChecklistBlockedError", "The article cannot be {done} yet.").format(
                done=_done(new)
            )
            + f" {first}{more}"
        )


def allowed_moves(status: Status) -> tuple[Status, ...]:
    """The statuses an article in ``status`` may move to, in workflow order."""
    return MOVES[Status(status)]


def _join(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    return translate("Workflow", "{list} or {last}").format(
        list=", ".join(words[:-1]), last=words[-1]
    )


def check_move(old: Status, new: Status) -> None:
    """Raise :class:`WorkflowError`, with a message for the user, unless the
    workflow allows moving from ``old`` to ``new``."""
    old, new = Status(old), Status(new)
    if new in MOVES[old]:
        return
    subject = translate("Workflow", _AS_SUBJECT[old])
    if old is new:
        raise WorkflowError(translate("Workflow", _ALREADY[old]))
    can = _join([_done(s) for s in MOVES[old]])
    raise WorkflowError(
        translate("Workflow", "{subject} cannot be {done}; it can be {can}.").format(
            subject=subject[:1].upper() + subject[1:], done=_done(new), can=can
        )
    )


def move_label(old: Status, new: Status) -> str:
    """What a button that makes this move says: "Send to review", "Unpublish"…"""
    old, new = Status(old), Status(new)
    if new is Status.READY:
        if old is Status.PUBLISHED:
            return translate("Workflow", "Unpublish")
        if old is Status.SCHEDULED:
            return translate("Workflow", "Unschedule")
        return translate("Workflow", "Mark ready")
    if new is Status.DRAFT:
        if old is Status.SPIKED:
            return translate("Workflow", "Restore as draft")
        return translate("Workflow", "Back to draft")
    if new is Status.IN_REVIEW:
        if old is Status.READY:
            return translate("Workflow", "Back to review")
        return translate("Workflow", "Send to review")
    if new is Status.PUBLISHED:
        if old is Status.SCHEDULED:
            return translate("Workflow", "Publish now")
        return translate("Workflow", "Publish")
    if new is Status.SPIKED:
        if old is Status.PUBLISHED:
            return translate("Workflow", "Kill")
        return translate("Workflow", "Spike")
    return translate("Workflow", "Schedule")


def status_reason(old: Status, new: Status) -> str:
    """The reason recorded with the revision of a status change (stored: in English)."""
    return f"status: {Status(old).english_label} → {Status(new).english_label}"


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
