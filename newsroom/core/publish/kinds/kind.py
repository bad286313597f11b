"""What Newsroom knows of a kind of publishing target, in one value.

A kind is described once, by a :class:`Kind` in its own module under this package,
and registered in :mod:`newsroom.core.publish.kinds`. The library's rules for a
target (its address, its user, whether it needs a secret), the outbox (whether the
site holds an embargoed article itself), the Targets dialog, the command line and
the choice of client all read it; none of them names a kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypedDict

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


class SecretWords(TypedDict, total=False):
    """What the Targets dialog and the request for a new secret say of a kind's secret,
    as whole sentences (a noun put into one sentence would not agree in French or
    German: *le* mot de passe, *la* clé). A kind names only those that differ from
    :data:`PASSWORD_WORDS`."""

    #: The field's accessible name, and the title of the messages about the secret.
    name: str
    session_only: str  # the check box beside the field
    stored_hint: str  # the empty field's hint, once one is kept in the keychain
    session_hint: str  # ... once one is kept for this session
    none_kept_hint: str  # ... when none could be kept yet
    type_it: str  # a new target has none yet; {help} is the kind's password_help
    shared: str  # another library's secret for the same site and {user} is used
    in_keychain: str
    for_session: str
    changed: str  # the address or user changed and none is kept for the new ones
    missing: str  # a check without one, for the target {name}
    paused: str  # the target was paused after the site refused it
    forget: str  # the check box of the question to remove a target
    ask_title: str  # the request for a new one after a refusal, for the target {name}
    ask_refused: str
    ask_type: str  # {who} is the user and address (or the address), {help} as above
    ask_session_only: str


#: What is said of a password; the words of every kind but those it names itself.
PASSWORD_WORDS: SecretWords = {
    "name": QT_TRANSLATE_NOOP("Kind", "Password"),
    "session_only": QT_TRANSLATE_NOOP("Kind", "Keep the password for this session only"),
    "stored_hint": QT_TRANSLATE_NOOP("Kind", "Leave empty to keep the stored password"),
    "session_hint": QT_TRANSLATE_NOOP(
        "Kind", "Kept for this session only; type a new one to replace it"
    ),
    "none_kept_hint": QT_TRANSLATE_NOOP("Kind", "None kept yet: type it"),
    "type_it": QT_TRANSLATE_NOOP("Kind", "Type the password{help}."),
    "shared": QT_TRANSLATE_NOOP("Kind", "It uses the password already kept for {user}."),
    "in_keychain": QT_TRANSLATE_NOOP("Kind", "The password is in the system keychain."),
    "for_session": QT_TRANSLATE_NOOP("Kind", "The password is kept for this session only."),
    "changed": QT_TRANSLATE_NOOP(
        "Kind", "The address or user name changed: type the password for them."
    ),
    "missing": QT_TRANSLATE_NOOP("Kind", "There is no password for “{name}”: type it first."),
    "paused": QT_TRANSLATE_NOOP(
        "Kind",
        "Publishing to this target is paused: it did not accept the password. "
        "Type the new one and save.",
    ),
    "forget": QT_TRANSLATE_NOOP("Kind", "Also forget its password (other libraries may use it)"),
    "ask_title": QT_TRANSLATE_NOOP("Kind", "Password for {name}"),
    "ask_refused": QT_TRANSLATE_NOOP(
        "Kind", "“{name}” did not accept the password, so publishing to it is paused."
    ),
    "ask_type": QT_TRANSLATE_NOOP("Kind", "Type the password for {who}{help}."),
    "ask_session_only": QT_TRANSLATE_NOOP("Kind", "Keep it for this session only"),
}

SecretText = Literal[
    "name", "session_only", "stored_hint", "session_hint", "none_kept_hint", "type_it",
    "shared", "in_keychain", "for_session", "changed", "missing", "paused", "forget",
    "ask_title", "ask_refused", "ask_type", "ask_session_only",
]  # fmt: skip


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
    #: What the dialogs say of the secret, where it is not a password (see
    #: :class:`SecretWords`); read through :meth:`secret_text`.
    secret_words: SecretWords = field(default_factory=lambda: SecretWords(), hash=False)
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

    def secret_text(self, which: SecretText) -> str:
        """One of the sentences about this kind's secret (:class:`SecretWords`), in
        English as marked for the catalogue (``translate("Kind", ...)`` shows it)."""
        return self.secret_words.get(which) or PASSWORD_WORDS[which]

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
