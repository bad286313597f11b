"""``newsroom target``: add, list, remove, set up and check publishing targets.

Secrets go to the OS keychain, read from a prompt or from standard input
(``--password-stdin``), and are never printed. :mod:`newsroom.cli` only registers
this group.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.exit_codes import ExitCode, exit_code

if TYPE_CHECKING:
    from newsroom.core.library import Library
    from newsroom.core.publish.base import Target
    from newsroom.core.publish.secrets import Secrets

NO_SESSION = QT_TRANSLATE_NOOP(
    "CliTargets",
    "The Newsroom window can keep a password for as long as it is open (Publish › "
    "Targets…, “Keep for this session only”); the command line cannot, because each "
    "command ends as soon as it has run.",
)
#: The program's name, which begins its messages on stderr (not translated).
PROG = "newsroom"

Opener = Callable[..., "Library"]


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    library_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    """Add the ``target`` group to ``newsroom``'s commands."""
    target = commands.add_parser(
        "target", help=translate("CliTargets", "add, list, remove and check publishing targets")
    )
    actions = target.add_subparsers(dest="target_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help=translate("CliTargets", "add a target; its password goes to the keychain")
    )
    add.add_argument(
        "name", help=translate("CliTargets", "what Newsroom calls the target, such as Website")
    )
    from newsroom.core.publish import kinds

    add.add_argument("--kind", required=True, choices=[k.name for k in kinds.known()])
    add.add_argument(
        "--url",
        required=True,
        help=translate("CliTargets", "the site's address, or a folder for static"),
    )
    add.add_argument(
        "--user", help=translate("CliTargets", "the user name on the site (WordPress: required)")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "CliTargets",
            "read the password (WordPress: an application password) from one line of stdin",
        ),
    )
    library_option(add, argparse.SUPPRESS)

    password = actions.add_parser(
        "password", help=translate("CliTargets", "replace a target's stored password")
    )
    password.add_argument("name")
    password.add_argument(
        "--password-stdin", action="store_true", help=translate("CliTargets", "read it from stdin")
    )
    library_option(password, argparse.SUPPRESS)

    lst = actions.add_parser(
        "list", help=translate("CliTargets", "list the targets of the library")
    )
    lst.add_argument("--json", action="store_true", help=translate("CliTargets", "print JSON"))
    library_option(lst, argparse.SUPPRESS)

    remove = actions.add_parser(
        "remove", help=translate("CliTargets", "remove a target and its queued entries")
    )
    remove.add_argument("name")
    remove.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help=translate("CliTargets", "remove it even if entries are still queued"),
    )
    remove.add_argument(
        "--forget-password",
        action="store_true",
        help=translate(
            "CliTargets", "also delete its password from the keychain (other libraries may use it)"
        ),
    )
    library_option(remove, argparse.SUPPRESS)

    settings = actions.add_parser(
        "set",
        help=translate(
            "CliTargets",
            "change the size and format of a target's images, and how a WordPress target "
            "takes articles down, schedules and credits",
        ),
    )
    settings.add_argument("name")
    settings.add_argument(
        "--image-size",
        metavar="PX",
        help=translate(
            "CliTargets",
            "the longer side of the images the site receives, in pixels (default 2048); "
            "smaller images are not enlarged",
        ),
    )
    settings.add_argument(
        "--image-quality",
        metavar="Q",
        help=translate(
            "CliTargets", "the JPEG or WebP quality of those images, 1 to 100 (default 85)"
        ),
    )
    settings.add_argument(
        "--image-format",
        choices=("jpeg", "webp", "original"),
        help=translate(
            "CliTargets",
            "jpeg (default), webp, or original: the format of each photo as it is "
            "(PNG and GIF always keep theirs)",
        ),
    )
    settings.add_argument(
        "--takedown",
        choices=("draft", "trash"),
        help=translate(
            "CliTargets",
            "what taking an article down does on the site: back to draft (default) or trash",
        ),
    )
    settings.add_argument(
        "--schedules",
        choices=("yes", "no"),
        help=translate(
            "CliTargets",
            "yes: send embargoed and scheduled articles early for the site to hold until "
            "their time (they leave this machine before the embargo); no (default): hold them here",
        ),
    )
    settings.add_argument(
        "--author",
        action="append",
        default=[],
        metavar="BYLINE=USER",
        help=translate(
            "CliTargets",
            "credit this byline to a WordPress user (login or id); repeat for more, "
            "an empty USER removes the mapping",
        ),
    )
    library_option(settings, argparse.SUPPRESS)

    check = actions.add_parser(
        "check", help=translate("CliTargets", "sign in to a target to check its credentials")
    )
    check.add_argument("name")
    library_option(check, argparse.SUPPRESS)


def run(args: argparse.Namespace, open_library: Opener, secrets: Secrets | None = None) -> int:
    """Run ``newsroom target ACTION``; ``open_library(args, read_only=...)`` opens the library."""
    if secrets is None:
        from newsroom.core.publish.secrets import default_secrets

        secrets = default_secrets()
    action: Callable[[argparse.Namespace, Opener, Secrets], int] = {
        "add": _add,
        "password": _password,
        "list": _list,
        "remove": _remove,
        "set": _set,
        "check": _check,
    }[args.target_command]
    return action(args, open_library, secrets)


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _no_session() -> str:
    return translate("CliTargets", NO_SESSION)


def read_secret(from_stdin: bool, prompt: str) -> str:
    """One line from stdin (``--password-stdin``), or asked without echo on a terminal."""
    from newsroom.core.publish.targets import TargetError

    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        secret = getpass.getpass(prompt)
    else:
        raise TargetError(
            translate(
                "CliTargets",
                "A password is needed and there is no terminal to ask for it: pipe it in "
                "and add --password-stdin.",
            )
        )
    if not secret:
        raise TargetError(translate("CliTargets", "The password is empty; nothing was changed."))
    return secret


def _prompt(target_user: str | None, url: str) -> str:
    if target_user:
        return translate("CliTargets", "Password for {user} at {url}: ").format(
            user=target_user, url=url
        )
    return translate("CliTargets", "Password for {url}: ").format(url=url)


def _add(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.errors import NotFoundError
    from newsroom.core.publish import targets as t
    from newsroom.core.publish.base import Target
    from newsroom.core.publish.clients import needs_secret
    from newsroom.core.publish.secrets import WeakKeyringError

    # Everything is checked before the password is asked for, and the password is
    # stored before the target is kept: a refusal changes nothing.
    kind = t.check_kind(args.kind)
    name = t.check_name(args.name)
    given = args.url
    if kind.folder and not given.startswith("file://"):
        given = str(Path(given).expanduser().absolute())  # as the shell means it
    url = t.check_url(kind, given)
    user = t.check_user(kind, args.user)
    draft = Target(id=0, name=name, kind=kind, url=url, username=user)
    wants_secret = needs_secret(draft)
    if args.password_stdin and not wants_secret:
        if kind.secret == "never":
            refusal = translate(
                "CliTargets",
                "“{name}” takes no password (a {kind} target needs none); nothing was changed.",
            )
        else:
            refusal = translate(
                "CliTargets", "“{name}” takes no password (it has no --user); nothing was changed."
            )
        _err(refusal.format(name=name, kind=kind.label))
        return ExitCode.REFUSED
    with open_library(args) as library:
        try:
            t.get_target(library, name)
        except NotFoundError:
            pass
        else:
            _err(
                translate(
                    "CliTargets", "There is already a target called “{name}” in this library."
                ).format(name=name)
            )
            return ExitCode.REFUSED
        stored = ""
        if wants_secret:
            try:
                secrets.keychain.require_strong()
            except WeakKeyringError as exc:
                not_added = translate("CliTargets", "The target “{name}” was not added.")
                _err(f"{exc} {_no_session()} {not_added.format(name=name)}")
                return ExitCode.FAILED
            if not args.password_stdin and secrets.get(draft) is not None:
                # Another library publishes to this site as this user: one secret.
                stored = " " + translate(
                    "CliTargets", "It uses the password already in the system keychain for {user}."
                ).format(user=user)
            else:
                secrets.store(draft, read_secret(args.password_stdin, _prompt(user, url)))
                stored = " " + translate("CliTargets", "Its password is in the system keychain.")
        target = t.add_target(library, name, kind, url, user)
    added = translate("CliTargets", "Added the {kind} target “{name}” ({url}).").format(
        kind=kind.name, name=target.name, url=target.url
    )
    print(added + stored)
    return 0


def _password(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t
    from newsroom.core.publish.clients import needs_secret
    from newsroom.core.publish.secrets import WeakKeyringError

    with open_library(args) as library:
        target = t.get_target(library, args.name)
        if not needs_secret(target):
            _err(
                translate("CliTargets", "“{name}” takes no password; nothing was changed.").format(
                    name=target.name
                )
            )
            return ExitCode.REFUSED
        try:
            secrets.keychain.require_strong()
        except WeakKeyringError as exc:
            _err(f"{exc} {_no_session()}")
            return ExitCode.FAILED
        secret = read_secret(args.password_stdin, _prompt(target.username, target.url))
        secrets.store(target, secret)
        resumed = ""
        if target.paused:
            # It was paused for want of credentials (a 401): these are the new ones.
            from newsroom.core.publish.outbox import resume

            resume(library, target.id)
            resumed = " " + translate("CliTargets", "The target was paused; it is active again.")
    replaced = translate(
        "CliTargets", "The password for “{name}” was replaced in the system keychain."
    ).format(name=target.name)
    print(replaced + resumed)
    return 0


def _password_state(target: Target, secrets: Secrets) -> str:
    """The state of ``target``'s password, as ``target list --json`` gives it (in
    English: scripts read it); translated when listed for a person."""
    from newsroom.core.publish.clients import needs_secret
    from newsroom.core.publish.secrets import SecretError

    if not needs_secret(target):
        return QT_TRANSLATE_NOOP("CliTargets", "not needed")
    try:
        if secrets.get(target):
            return QT_TRANSLATE_NOOP("CliTargets", "stored")
        return QT_TRANSLATE_NOOP("CliTargets", "missing")
    except SecretError:
        return QT_TRANSLATE_NOOP("CliTargets", "unknown")


def _list(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t

    with open_library(args, read_only=True) as library:
        found = t.list_targets(library)
        rows: list[dict[str, Any]] = [
            {
                "name": target.name,
                "kind": target.kind.name,
                "url": target.url,
                "user": target.username,
                "paused": target.paused,
                "password": _password_state(target, secrets),
                "pending": t.pending_count(library, target.id),
            }
            for target in found
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(
            translate(
                "CliTargets",
                "This library has no publishing targets yet: add one with “newsroom target add”.",
            )
        )
    for row in rows:
        state = (
            translate("CliTargets", "paused")
            if row["paused"]
            else translate("CliTargets", "active")
        )
        known = translate("CliTargets", row["password"])  # marked in _password_state
        password = translate("CliTargets", "password {state}").format(state=f"{known:<10}")
        print(
            f"{row['name']:<20}  {row['kind']:<9}  {state:<6}  {row['user'] or '—':<16}  "
            f"{password}  {row['url']}"
        )
    return 0


def _set(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t
    from newsroom.core.renditions import RenditionSpec, SpecError, check_spec

    given = {
        "takedown": ("--takedown", bool(args.takedown)),
        "schedules": ("--schedules", bool(args.schedules)),
        "authors": ("--author", bool(args.author)),
    }
    with open_library(args) as library:
        target = t.get_target(library, args.name)
        own = target.kind.setting_keys()
        foreign = [flag for key, (flag, on) in given.items() if on and key not in own]
        if foreign:
            options = foreign[0]
            for flag in foreign[1:]:
                options = translate("CliTargets", "{options} or {option}").format(
                    options=options, option=flag
                )
            _err(
                translate(
                    "CliTargets",
                    "“{name}” is a {kind} target, which has no {options}; nothing was changed.",
                ).format(name=target.name, kind=target.kind.label, options=options)
            )
            return ExitCode.REFUSED
        settings = dict(target.settings)
        old = RenditionSpec.from_settings(settings)
        try:
            spec = check_spec(
                old.long_edge if args.image_size is None else args.image_size,
                old.quality if args.image_quality is None else args.image_quality,
                args.image_format or old.format,
            )
        except SpecError as exc:
            _err(str(exc))
            return ExitCode.REFUSED
        if (args.image_size, args.image_quality, args.image_format) != (None, None, None):
            settings.update(spec.settings())
        if args.takedown:
            settings["takedown"] = args.takedown
        if args.schedules:
            settings["schedules"] = args.schedules == "yes"
        if "authors" in own:
            authors = dict(settings.get("authors") or {})  # type: ignore[call-overload]
            for pair in args.author:
                byline, sep, user = pair.partition("=")
                if not sep or not byline.strip():
                    _err(
                        translate(
                            "CliTargets", "“{pair}” is not BYLINE=USER, such as “Jane Doe=jdoe”."
                        ).format(pair=pair)
                    )
                    return ExitCode.REFUSED
                if user.strip():
                    authors[byline.strip()] = user.strip()
                else:
                    authors.pop(byline.strip(), None)
            settings["authors"] = authors
        target = t.update_target(
            library,
            target.id,
            name=target.name,
            url=target.url,
            username=target.username,
            settings=settings,
        )
    spec = RenditionSpec.from_settings(target.settings)
    print(
        translate("CliTargets", "{name}: {images}, without their location and camera data.").format(
            name=target.name, images=spec.describe()
        )
    )
    own = target.kind.setting_keys()
    if "takedown" in own:
        if target.settings.get("takedown") == "trash":
            takedown = translate(
                "CliTargets", "{name}: taking an article down moves it to the trash."
            )
        else:
            takedown = translate(
                "CliTargets", "{name}: taking an article down moves it back to draft."
            )
        print(takedown.format(name=target.name))
    if target.kind.schedules_switch is not None:
        if target.kind.schedules_itself(target.settings):
            print(
                translate(
                    "CliTargets",
                    "{name} holds embargoed and scheduled articles itself: they leave "
                    "this machine before their time.",
                ).format(name=target.name)
            )
        else:
            print(
                translate(
                    "CliTargets",
                    "Embargoed and scheduled articles stay on this machine until their time.",
                )
            )
    for byline, user in sorted(dict(target.settings.get("authors") or {}).items()):  # type: ignore[call-overload]
        print(
            translate("CliTargets", "{byline} → WordPress user {user}").format(
                byline=byline, user=user
            )
        )
    return 0


def _remove(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t

    with open_library(args) as library:
        target = t.get_target(library, args.name)
        pending = t.pending_count(library, target.id)
        if pending:
            if pending == 1:
                warning = translate(
                    "CliTargets",
                    "warning: “{name}” still has {count} entry in the outbox that "
                    "will not be sent if it is removed.",
                    "one",
                )
            else:
                warning = translate(
                    "CliTargets",
                    "warning: “{name}” still has {count} entries in the outbox that "
                    "will not be sent if it is removed.",
                    "many",
                )
            _err(warning.format(name=target.name, count=pending))
            if not args.yes and not _confirm(translate("CliTargets", "Remove it anyway? [y/N] ")):
                _err(
                    translate("CliTargets", "Nothing was removed (add --yes to remove it anyway).")
                )
                return ExitCode.FAILED
        t.remove_target(library, target.id)
    if args.forget_password:
        secrets.delete(target)
    print(translate("CliTargets", "Removed the target “{name}”.").format(name=target.name))
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(question).strip().lower() in ("y", "yes")


def _check(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t
    from newsroom.core.publish.base import PublishError
    from newsroom.core.publish.clients import NoClient, make_publisher, needs_secret

    with open_library(args, read_only=True) as library:
        target = t.get_target(library, args.name)
        secret = secrets.get(target) if needs_secret(target) else None
        if needs_secret(target) and secret is None:
            _err(
                translate(
                    "CliTargets",
                    "“{name}” failed the check: no password is stored for {user} at {url}. "
                    "Store one with “newsroom target password {name}”.",
                ).format(name=target.name, user=target.username, url=target.url)
            )
            return ExitCode.FAILED
        try:
            publisher = make_publisher(target, secret=secret, library=library)
        except NoClient as exc:
            _err(str(exc))
            return ExitCode.FAILED
        try:
            account = publisher.check()
        except PublishError as exc:
            _err(
                translate("CliTargets", "“{name}” failed the check: {error}").format(
                    name=target.name, error=exc
                )
            )
            return exit_code(exc)  # the site down, or refusing the password
        finally:
            publisher.close()
    detail = f" {account.detail}" if account.detail else ""
    if not account.can_publish:
        refused = translate(
            "CliTargets", "“{name}” failed the check: {account} may not publish there."
        ).format(name=target.name, account=account.name)
        _err(refused + detail)
        return ExitCode.SITE_REFUSED
    paused = (
        " "
        + translate(
            "CliTargets", "The target is paused: “newsroom target password {name}” resumes it."
        ).format(name=target.name)
        if target.paused
        else ""
    )
    said = detail or " " + translate("CliTargets", "Signed in as {account}.").format(
        account=account.name
    )
    print(translate("CliTargets", "“{name}” works.").format(name=target.name) + said + paused)
    return 0
