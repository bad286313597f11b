"""What ``newsroom publish`` and ``newsroom sync`` do, without a terminal or Qt.

The command line calls these and prints :func:`format_summary`; the app's worker
uses :func:`publisher_factory` for its :class:`~.sync.SyncEngine`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.publish.base import Action, AuthFailed, Publisher, PublishError, Target
from newsroom.core.publish.sync import PublisherFactory, SyncEngine, SyncSummary, format_summary

if TYPE_CHECKING:
    from newsroom.core.publish.secrets import Secrets

__all__ = ["format_summary", "publish", "publisher_factory", "sync"]


def publisher_factory(library: Library, secrets: Secrets | None = None) -> PublisherFactory:
    """Clients made with the target's secret from the keychain (or this session)."""
    from newsroom.core.publish import clients
    from newsroom.core.publish import secrets as secret_store

    store = secrets if secrets is not None else secret_store.default_secrets()

    def make(target: Target) -> Publisher:
        try:
            secret = store.get(target)
        except secret_store.SecretError as exc:
            raise PublishError(str(exc)) from None
        if secret is None and clients.needs_secret(target):
            raise AuthFailed(
                translate(
                    "Commands",
                    "Newsroom has no password for “{name}”. Give it one, then sync again.",
                ).format(name=target.name)
            )
        return clients.make_publisher(target, secret=secret, library=library)

    return make


def publish(
    library: Library,
    slug: str,
    target_name: str,
    *,
    publisher_for: PublisherFactory | None = None,
) -> SyncSummary:
    """Queue ``slug`` for publishing on ``target_name``, then send what is due there.
    An article that is not approved raises :class:`~.approval.NotApproved` and nothing
    is queued or sent."""
    from newsroom.core.publish import golive
    from newsroom.core.publish.targets import get_target

    target = get_target(library, target_name)
    article = library.article_by_slug(slug.strip())
    assert article.id is not None
    golive.publish(library, article.id, target, Action.PUBLISH)
    return sync(library, target.name, publisher_for=publisher_for)


def sync(
    library: Library,
    target_name: str | None = None,
    *,
    publisher_for: PublisherFactory | None = None,
) -> SyncSummary:
    """Send everything due (on one target, or on all), once; the summary says what
    happened. ``summary.ok`` is False when something failed and is still queued."""
    engine = SyncEngine(library, publisher_for or publisher_factory(library))
    return engine.run_once(target_name)
