"""What Newsroom knows of a kind of publishing target, in one value.

A kind is described once, by a :class:`Kind` in its own module under this package,
and registered in :mod:`newsroom.core.publish.kinds`. The library's rules for a
target (its address, its user, whether it needs a secret), the outbox (whether the
site holds an embargoed article itself), the Targets dialog, the command line and
the choice of client all read it; none of them names a kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from newsroom.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choice:
    """A setting picked from a list; the first choice is the default."""

    key: str
    label: str
    accessible_name: str
    tooltip: str
    choices: tuple[tuple[str, str], ...]  # (value kept in the settings, what the list says)


@dataclass(frozen=True)
class Switch:
    """A setting that is on or off (off by default), with a warning shown under it."""

    key: str
    text: str
    accessible_name: str
    tooltip: str
    warning: str = ""
    warning_name: str = ""  # the warning's accessible name


Option = Choice | Switch


@dataclass(frozen=True)
class Kind:
    """One kind of target: a WordPress site, a ninjs endpoint, a folder..."""

    #: As the library keeps it, and as the command line's ``--kind`` takes it.
    name: str
    #: As the window shows it: “WordPress”.
    label: str
    #: An example address, shown in the empty address field.
    url_hint: str
    #: The address is a folder on this computer (else a web address).
    folder: bool = False
    #: Whether a user name is needed, allowed or refused.
    user: Literal["required", "optional", "none"] = "optional"
    #: The refusal when a needed user name is missing, or a refused one is given.
    user_refusal: str = ""
    #: When the target needs a secret from the keychain: always, only when it has a
    #: user name (HTTP Basic), or never.
    secret: Literal["always", "with_user", "never"] = "never"
    #: The secret field's label, its hint when empty, and what the request for a new
    #: one adds.
    password_label: str = QT_TRANSLATE_NOOP("Kind", "&Password:")
    password_hint: str = QT_TRANSLATE_NOOP("Kind", "The password")
    password_help: str = ""
    #: The client, ``"module:Class"``, imported only when something is sent; it is
    #: constructed as ``Class(target, secret=..., library=...)``. None for a kind this
    #: version of Newsroom keeps but cannot publish to.
    client: str | None = None
    #: The kind's own settings that the Targets dialog shows, in order.
    options: tuple[Option, ...] = ()
    #: The settings of this kind beyond the options and the images' (kept by the
    #: command line, such as WordPress's map of bylines to users).
    other_settings: tuple[str, ...] = ()
    #: The switch that lets the site hold an embargoed or scheduled article itself
    #: (it is sent before its time); None when the site cannot.
    schedules_switch: str | None = None
    #: The client records each image it uploaded in ``remote_media`` (else the sync
    #: record's ``media`` lines tell what was sent).
    records_uploads: bool = False
    #: How the site's articles come into the library, ``"module:function"``, called as
    #: ``function(target, secret=..., library=..., progress=..., cancelled=...)`` and
    #: answering a :class:`~newsroom.core.publish.wp_pull.PullSummary` (see
    #: :func:`newsroom.core.publish.clients.pull`); None for a kind that cannot be
    #: pulled from.
    pull: str | None = None

    def __str__(self) -> str:
        return self.name

    def needs_secret(self, username: str | None) -> bool:
        """Whether a target of this kind with ``username`` cannot work without a secret."""
        return self.secret == "always" or (self.secret == "with_user" and bool(username))

    def schedules_itself(self, settings: Mapping[str, object]) -> bool:
        """Whether a target with ``settings`` may be sent an embargoed or scheduled
        article before its time, for the site to hold it."""
        return self.schedules_switch is not None and settings.get(self.schedules_switch) is True

    def setting_keys(self) -> frozenset[str]:
        """The names of this kind's own settings."""
        return frozenset(o.key for o in self.options) | frozenset(self.other_settings)


#: The switch of a site that can hold an embargoed or scheduled article until its time
#: (WordPress's ``future`` posts, Ghost's ``scheduled``): off by default.
HOLDS_EMBARGOES = Switch(
    key="schedules",
    text=QT_TRANSLATE_NOOP(
        "Kind", "Let the site h&old embargoed and scheduled posts until their time"
    ),
    accessible_name=QT_TRANSLATE_NOOP(
        "Kind", "Let the site hold embargoed and scheduled posts until their time"
    ),
    tooltip=QT_TRANSLATE_NOOP(
        "Kind",
        "Off: Newsroom keeps such an article in its outbox and sends it when its time "
        "comes (this computer must then be on). On: it goes to the site at once, as a "
        "scheduled post.",
    ),
    warning=QT_TRANSLATE_NOOP(
        "Kind",
        "⚠ The story then leaves this computer before its embargo: it waits on the site, "
        "where anyone who can see the site's drafts and scheduled posts can read it.",
    ),
    warning_name=QT_TRANSLATE_NOOP("Kind", "Warning about embargoes"),
)
