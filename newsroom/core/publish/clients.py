"""The client for a target, as its kind names it (:mod:`.kinds`), imported when needed."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from newsroom.core.i18n import translate
from newsroom.core.publish.base import Publisher, PublishError, Target

if TYPE_CHECKING:
    from newsroom.core.library import Library
    from newsroom.core.publish.wp_pull import PullSummary


class NoClient(PublishError):
    """This version of Newsroom keeps targets of the kind but cannot publish to them
    (the library was written by one that knows more kinds): the outbox keeps the
    entry, needing attention, with this message."""


def needs_secret(target: Target) -> bool:
    """Whether the target cannot work without a secret (its kind says when)."""
    return target.kind.needs_secret(target.username)


class PullCancelled(Exception):
    """A pull stopped at Cancel after ``posts_read`` posts: those are in the library,
    linked, and a later pull carries on."""

    def __init__(self, posts_read: int) -> None:
        super().__init__(translate("PullCancelled", "The pull was cancelled."))
        self.posts_read = posts_read


def pull(
    target: Target,
    *,
    secret: str | None,
    library: Library,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PullSummary:
    """Bring the target's articles into the library, as its kind does it.

    ``progress`` is told how many posts were read; when ``cancelled`` answers True the
    pull stops before the next post or image with :class:`PullCancelled`. A kind that
    cannot be pulled from raises :class:`NoClient`."""
    if target.kind.pull is None:
        raise NoClient(
            translate("NoClient", "Articles cannot be pulled from {kind} targets.").format(
                kind=translate("Kind", target.kind.label)
            )
        )
    module_name, _, function = target.kind.pull.partition(":")
    run = getattr(importlib.import_module(module_name), function)
    found = run(target, secret=secret, library=library, progress=progress, cancelled=cancelled)
    return cast("PullSummary", found)


def make_publisher(target: Target, *, secret: str | None, library: Library) -> Publisher:
    """The client for ``target``, constructed as ``Cls(target, secret=..., library=...)``;
    :class:`NoClient` for a kind this version cannot publish to."""
    if target.kind.client is None:
        raise NoClient(
            translate(
                "NoClient", "This version of Newsroom cannot publish to {kind} targets."
            ).format(kind=target.kind.name)
        )
    module_name, _, class_name = target.kind.client.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cast(Publisher, cls(target, secret=secret, library=library))
