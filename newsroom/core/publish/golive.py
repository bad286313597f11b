"""Going live, as one operation: what the window and the command line both call.

- :func:`publish` queues an article for a target, only if the desk approved it
  (:mod:`.approval`; the outbox itself refuses anything else).
- :func:`set_status` and :func:`trash` move an article in the library, and the site
  follows: spiking, unpublishing (published back to ready) or trashing an article
  queues its take-down on every target that has it. A take-down goes through the
  outbox like any send: offline it waits, it survives a restart, it is retried.
- :func:`sections_changed` queues an update of the articles on a site under sections
  that were renamed, moved or merged, so the site's categories and breadcrumbs follow;
  :func:`sections_merged` has a WordPress site merge the categories of merged sections.
- :func:`confirm` runs after a send: a ready or scheduled article whose time has come
  becomes *published* in the library once a target confirms it is live; one that a
  site holds until its time (a WordPress ``future`` post) is looked at again then.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from newsroom.core import workflow
from newsroom.core.errors import NotFoundError, WorkflowError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article, Status, utcnow
from newsroom.core.publish import outbox
from newsroom.core.publish.approval import NotApproved
from newsroom.core.publish.base import Action, Outgoing, Remote, Target
from newsroom.core.publish.targets import target_by_id

#: Moves after which the article must leave the site (besides spiking, from anywhere).
_TAKEN_DOWN = {
    (Status.PUBLISHED, Status.READY),  # "Unpublish"
    (Status.SCHEDULED, Status.READY),  # "Unschedule": a site holding it lets it go
}


#: What :func:`confirm` says when it marked the article published.
CONFIRMED = "Marked published in the library."


def publish(
    library: Library,
    article_id: int,
    target: Target,
    action: Action = Action.PUBLISH,
    *,
    now: datetime | None = None,
) -> outbox.Entry | None:
    """Queue ``action`` for the article on ``target``. A publish or update of an
    article that is not approved raises :class:`~.approval.NotApproved`, with the
    reasons, and queues nothing."""
    return outbox.enqueue(library, article_id, target, Action(action), now=now)


def on_site(library: Library, article_id: int) -> list[Target]:
    """The targets that have the article live, or have a send of it waiting."""
    rows = library.conn.execute(
        """SELECT t.id FROM targets t WHERE
             EXISTS (SELECT 1 FROM sync_state s WHERE s.article_id = ? AND s.target_id = t.id
                     AND s.state = 'synced' AND s.remote_id IS NOT NULL)
          OR EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = ? AND o.target_id = t.id
                     AND o.state != 'done' AND o.action != 'unpublish')
           ORDER BY t.id""",
        [article_id, article_id],
    ).fetchall()
    return [target_by_id(library, row[0]) for row in rows]


def takedown(
    library: Library, article_id: int, *, now: datetime | None = None
) -> list[outbox.Entry]:
    """Queue the article's take-down on every target that has it (a send not yet
    made is withdrawn instead); returns the entries that will carry it."""
    entries = []
    for target in on_site(library, article_id):
        entry = outbox.enqueue(library, article_id, target, Action.UNPUBLISH, now=now)
        if entry is not None:
            entries.append(entry)
    return entries


def set_status(
    library: Library, article_id: int, new: Status, *, now: datetime | None = None
) -> Article:
    """Move the article along the workflow (:func:`newsroom.core.workflow.move`); spiking or
    unpublishing it takes it off every site that has it."""
    # One transaction: a crash never leaves a spiked article on the site unqueued.
    with outbox.transaction(library):
        old = library.article(article_id).status
        article = workflow.move(library, article_id, Status(new), now=now)
        if article.status is Status.SPIKED or (old, article.status) in _TAKEN_DOWN:
            takedown(library, article_id, now=now)
    return article


def trash(library: Library, ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Move articles to the trash; each one on a site is taken off it."""
    ids = sorted(set(ids))
    with outbox.transaction(library):
        moved = library.trash_articles(ids)
        for article_id in ids:
            takedown(library, article_id, now=now)
    return moved


def on_sites_under(library: Library, section_ids: Iterable[int]) -> list[tuple[int, int]]:
    """The (article, target) pairs of the articles on a site filed under these sections
    or their subsections."""
    tree = library.section_tree()
    wanted = set(section_ids)
    for section in tree.sections:
        if wanted & {s.id for s in tree.lineage(section.id)}:
            wanted.add(section.id)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = library.conn.execute(
        f"""SELECT DISTINCT s.article_id, s.target_id FROM sync_state s
            JOIN articles a ON a.id = s.article_id
            WHERE s.state = 'synced' AND a.deleted_at IS NULL AND a.section_id IN ({marks})
            ORDER BY s.article_id, s.target_id""",
        sorted(wanted),
    ).fetchall()
    return [(int(a), int(t)) for a, t in rows]


def sections_changed(
    library: Library, section_ids: Iterable[int], *, now: datetime | None = None
) -> list[str]:
    """Queue an update, on each target that has it, of every article filed under
    these sections (or their subsections): their categories and breadcrumbs follow
    a rename, move or merge. Returns why some could not be queued."""
    rows = on_sites_under(library, section_ids)
    problems = []
    for article_id, target_id in rows:
        try:
            outbox.enqueue(
                library, article_id, target_by_id(library, target_id), Action.UPDATE, now=now
            )
        except NotApproved as refused:
            problems.append(str(refused))
    return problems


def category_sites(library: Library, section_id: int) -> list[str]:
    """The sites (WordPress targets) with a category for the section: where merging it
    into another would merge categories too, if the journalist wants."""
    from newsroom.core.publish import wp_merge

    return wp_merge.holders(library, section_id)


def sections_merged(
    library: Library, source_id: int, into_id: int, *, on_site: bool = True
) -> list[str]:
    """After section ``source_id`` was merged into ``into_id`` (call it before
    :func:`sections_changed`): each WordPress site with a category for the source merges
    it into the target's at its next sync, posts not from Newsroom included, so the
    source's category leaves the site. With ``on_site=False`` the sites stay as they
    are: the source's category is only forgotten, and a merge of it still waiting is
    dropped. Returns the names of the targets concerned."""
    from newsroom.core.publish import wp_merge

    if on_site:
        return wp_merge.record(library, source_id, into_id)
    return wp_merge.forget(library, source_id)


def confirm(
    library: Library,
    item: Outgoing,
    target: Target,
    remote: Remote,
    *,
    now: datetime | None = None,
) -> str | None:
    """After a publish or update was sent: mark the article published in the library
    when the target says it is live and its time has come; when the site holds it for
    later, queue a look at it for then. Returns what happened, for the sync log."""
    if item.action is Action.UNPUBLISH:
        return None
    from newsroom.core.publish.assemble import goes_live_at

    now = now or utcnow()
    live_at = goes_live_at(item)
    try:
        article = library.article(item.article_id)
    except NotFoundError:  # deleted meanwhile: nothing to mark
        return None
    if not remote.live:
        if live_at is not None and live_at > now:
            outbox.enqueue_check(library, item.article_id, target, live_at, now=now)
            return translate("GoLive", "The site holds it until {when} UTC.").format(
                when=f"{live_at:%Y-%m-%d %H:%M}"
            )
        return None
    if article.status not in (Status.READY, Status.SCHEDULED):
        return None
    if live_at is not None and live_at > now:
        return None
    from newsroom.core.change_hash import article_hash

    before = article_hash(library, item.article_id)
    try:
        published = workflow.move(library, item.article_id, Status.PUBLISHED, now=now)
    except WorkflowError as exc:
        return translate(
            "GoLive", "It is on the site, but Newsroom could not mark it published: {error}"
        ).format(error=exc)
    # The publication time it gets now is the one the site stamped: not a change to send.
    outbox.restamp(
        library,
        item.article_id,
        before,
        article_hash(library, item.article_id),
        published.published_at,
    )
    return CONFIRMED


__all__ = [
    "category_sites",
    "confirm",
    "on_site",
    "on_sites_under",
    "publish",
    "sections_changed",
    "sections_merged",
    "set_status",
    "takedown",
    "trash",
]
