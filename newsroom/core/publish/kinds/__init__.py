"""The kinds of publishing target, registered here: a kind is one module of this
package whose ``KIND`` describes it (:class:`~.kind.Kind`), and one line below.

The library keeps a target's kind by name and does not list the kinds itself, so a
library that travels to a Newsroom without a kind keeps its targets of that kind:
they are shown as a kind this version cannot publish to (:func:`named`).
"""

from __future__ import annotations

import importlib
from functools import cache

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.publish.kinds.kind import Choice, Kind, Option, Switch

__all__ = ["Choice", "Kind", "KindError", "Option", "Switch", "check", "known", "named"]

#: The kinds' modules, in the order the window lists them. Adding a kind is a line here.
REGISTERED = (
    "wordpress",
    "ninjs",
    "static",
    "ghost",
    "micropub",
)


class KindError(NewsroomError):
    """A kind of target that Newsroom does not know; the message lists those it does."""


@cache
def known() -> tuple[Kind, ...]:
    """Every registered kind, in the order of :data:`REGISTERED`."""
    return tuple(importlib.import_module(f"{__name__}.{m}").KIND for m in REGISTERED)


@cache
def _by_name() -> dict[str, Kind]:
    return {k.name: k for k in known()}


def named(name: str) -> Kind:
    """The kind called ``name``; for a name no module registers (a library written by
    a Newsroom with more kinds), a kind that keeps its targets but has no client."""
    found = _by_name().get(name)
    if found is not None:
        return found
    return Kind(
        name=name,
        label=translate("Kind", "{name} (not known to this version of Newsroom)").format(name=name),
        url_hint="",
    )


def check(name: str | Kind) -> Kind:
    """The registered kind called ``name`` (as typed: case and spaces do not matter),
    or :class:`KindError`."""
    if isinstance(name, Kind):
        name = name.name
    found = _by_name().get(str(name).strip().lower())
    if found is None:
        choices = ", ".join(k.name for k in known())
        raise KindError(
            translate(
                "Kind", "“{name}” is not a kind of target Newsroom knows ({choices})."
            ).format(name=name, choices=choices)
        )
    return found


#: The kinds Newsroom's own code must name: the library's default target is a static
#: site, and a few WordPress-only features (categories merged on the site, the pull)
#: ask for it. Read when first asked for, not at import: a kind's module may import
#: what imports this package.
_NAMED = {"WORDPRESS": "wordpress", "NINJS": "ninjs", "STATIC": "static"}


def __getattr__(attribute: str) -> Kind:
    if attribute in _NAMED:
        return named(_NAMED[attribute])
    raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")
