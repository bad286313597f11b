"""What may go live: only what the desk approved.

An article may be published or updated on a target only while it is *ready*,
*scheduled* or *published*, is not in the trash, and its checklist has no errors.
:func:`refusal` says why not, in words; :func:`check` raises it. The outbox asks
before it queues anything (:func:`newsroom.core.publish.outbox.enqueue`) and the sync
engine asks again when an entry's turn comes, so an article that changed after it
was queued is checked as it is then. There is no path around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsroom.core.checklist import Finding, blocking, run_checklist
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import Article, Status, utcnow

#: The statuses in which an article may go out.
PUBLISHABLE = frozenset({Status.READY, Status.SCHEDULED, Status.PUBLISHED})

_WHY = {
    Status.DRAFT: QT_TRANSLATE_NOOP(
        "NotApproved", "Draft: mark it ready (after review) before publishing."
    ),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP(
        "NotApproved",
        "In review: the desk has not approved it yet. Mark it ready before publishing.",
    ),
    Status.SPIKED: QT_TRANSLATE_NOOP("NotApproved", "Spiked: bring it back before publishing."),
}


class NotApproved(NewsroomError):
    """The article may not go out; ``reasons`` says why, one sentence each, and
    ``findings`` holds the checklist's errors among them (the window offers to open
    the checklist when there are any)."""

    def __init__(
        self, headline: str, reasons: Sequence[str], findings: Sequence[Finding] = ()
    ) -> None:
        self.headline = headline
        self.reasons = list(reasons)
        self.findings = list(findings)
        if headline.strip():
            said = translate("NotApproved", "“{headline}” cannot be published.").format(
                headline=headline
            )
        else:
            said = translate("NotApproved", "The article cannot be published.")
        super().__init__(said + " " + " ".join(self.reasons))


def _reasons(
    library: Library, article: Article, deleted: bool, now: datetime
) -> NotApproved | None:
    reasons: list[str] = []
    findings: list[Finding] = []
    if deleted:
        reasons.append(
            translate("NotApproved", "It is in the trash: restore it before publishing.")
        )
    elif article.status not in PUBLISHABLE:
        reasons.append(translate("NotApproved", _WHY[article.status]))
    else:
        # Checked as a ready article: an embargo still running is not an error here,
        # the outbox holds the article until its time.
        findings = blocking(run_checklist(library, article, now=now, target=Status.READY))
        reasons.extend(f.message for f in findings)
    if not reasons:
        return None
    return NotApproved(article.headline, reasons, findings)


def refusal(
    library: Library, article_id: int, *, now: datetime | None = None
) -> NotApproved | None:
    """Why the stored article may not be published now; None if it may."""
    article = library.article(article_id)
    row = library.conn.execute(
        "SELECT deleted_at FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return _reasons(library, article, bool(row and row[0]), now or utcnow())


def check(library: Library, article_id: int, *, now: datetime | None = None) -> None:
    """Raise :class:`NotApproved` unless the stored article may be published now."""
    refused = refusal(library, article_id, now=now)
    if refused is not None:
        raise refused


def describe(findings: Sequence[Finding]) -> str:
    """The checklist's errors as lines for a terminal."""
    return "\n".join(f"  - {f.message}" for f in findings)


__all__ = ["PUBLISHABLE", "NotApproved", "check", "describe", "refusal"]
