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

if TYPE_CHECKING:
    from newsroom.core.library import Library
    from newsroom.core.publish.base import Target
    from newsroom.core.publish.secrets import Secrets

NO_SESSION = (
    "The Newsroom window can keep a password for as long as it is open (Publish › "
    "Targets…, “Keep for this session only”); the command line cannot, because each "
    "command ends as soon as it has run."
)

Opener = Callable[..., "Library"]


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    library_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    """Add the ``target`` group to ``newsroom``'s commands."""
    target = commands.add_parser("target", help="add, list, remove and check publishing targets")
    actions = target.add_subparsers(dest="target_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a target; its password goes to the keychain")
    add.add_argument("name", help="what Newsroom calls the target, such as Website")
    from newsroom.core.publish import kinds

    add.add_argument("--kind", required=True, choices=[k.name for k in kinds.known()])
    add.add_argument("--url", required=True, help="the site's address, or a folder for static")
    add.add_argument("--user", help="the user name on the site (WordPress: required)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (WordPress: an application password) from one line of stdin",
    )
    library_option(add, argparse.SUPPRESS)

    password = actions.add_parser("password", help="replace a target's stored password")
    password.add_argument("name")
    password.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    library_option(password, argparse.SUPPRESS)

    lst = actions.add_parser("list", help="list the targets of the library")
    lst.add_argument("--json", action="store_true", help="print JSON")
    library_option(lst, argparse.SUPPRESS)

    remove = actions.add_parser("remove", help="remove a target and its queued entries")
    remove.add_argument("name")
    remove.add_argument(
        "--yes", "-y", action="store_true", help="remove it even if entries are still queued"
    )
    remove.add_argument(
        "--forget-password",
        action="store_true",
        help="also delete its password from the keychain (other libraries may use it)",
    )
    library_option(remove, argparse.SUPPRESS)

    settings = actions.add_parser(
        "set",
        help="change the size and format of a target's images, and how a WordPress target "
        "takes articles down, schedules and credits",
    )
    settings.add_argument("name")
    settings.add_argument(
        "--image-size",
        metavar="PX",
        help="the longer side of the images the site receives, in pixels (default 2048); "
        "smaller images are not enlarged",
    )
    settings.add_argument(
        "--image-quality",
        metavar="Q",
        help="the JPEG or WebP quality of those images, 1 to 100 (default 85)",
    )
    settings.add_argument(
        "--image-format",
        choices=("jpeg", "webp", "original"),
        help="jpeg (default), webp, or original: the format of each photo as it is "
        "(PNG and GIF always keep theirs)",
    )
    settings.add_argument(
        "--takedown",
        choices=("draft", "trash"),
        help="what taking an article down does on the site: back to draft (default) or trash",
    )
    settings.add_argument(
        "--schedules",
        choices=("yes", "no"),
        help="yes: send embargoed and scheduled articles early for the site to hold until "
        "their time (they leave this machine before the embargo); no (default): hold them here",
    )
    settings.add_argument(
        "--author",
        action="append",
        default=[],
        metavar="BYLINE=USER",
        help="credit this byline to a WordPress user (login or id); repeat for more, "
        "an empty USER removes the mapping",
    )
    library_option(settings, argparse.SUPPRESS)

    check = actions.add_parser("check", help="sign in to a target to check its credentials")
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
    print(f"newsroom: {message}", file=sys.stderr)


def read_secret(from_stdin: bool, prompt: str) -> str:
    """One line from stdin (``--password-stdin``), or asked without echo on a terminal."""
    from newsroom.core.publish.targets import TargetError

    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        secret = getpass.getpass(prompt)
    else:
        raise TargetError(
            "A password is needed and there is no terminal to ask for it: pipe it in "
            "and add --password-stdin."
        )
    if not secret:
        raise TargetError("The password is empty; nothing was changed.")
    return secret


def _prompt(target_user: str | None, url: str) -> str:
    return f"Password for {target_user} at {url}: " if target_user else f"Password for {url}: "


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
        why = f"a {kind.label} target needs none" if kind.secret == "never" else "it has no --user"
        _err(f"“{name}” takes no password ({why}); nothing was changed.")
        return 2
    with open_library(args) as library:
        try:
            t.get_target(library, name)
        except NotFoundError:
            pass
        else:
            _err(f"There is already a target called “{name}” in this library.")
            return 2
        stored = ""
        if wants_secret:
            try:
                secrets.keychain.require_strong()
            except WeakKeyringError as exc:
                _err(f"{exc} {NO_SESSION} The target “{name}” was not added.")
                return 2
            if not args.password_stdin and secrets.get(draft) is not None:
                # Another library publishes to this site as this user: one secret.
                stored = f" It uses the password already in the system keychain for {user}."
            else:
                secrets.store(draft, read_secret(args.password_stdin, _prompt(user, url)))
                stored = " Its password is in the system keychain."
        target = t.add_target(library, name, kind, url, user)
    print(f"Added the {kind.name} target “{target.name}” ({target.url}).{stored}")
    return 0


def _password(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t
    from newsroom.core.publish.clients import needs_secret
    from newsroom.core.publish.secrets import WeakKeyringError

    with open_library(args) as library:
        target = t.get_target(library, args.name)
        if not needs_secret(target):
            _err(f"“{target.name}” takes no password; nothing was changed.")
            return 2
        try:
            secrets.keychain.require_strong()
        except WeakKeyringError as exc:
            _err(f"{exc} {NO_SESSION}")
            return 2
        secret = read_secret(args.password_stdin, _prompt(target.username, target.url))
        secrets.store(target, secret)
        resumed = ""
        if target.paused:
            # It was paused for want of credentials (a 401): these are the new ones.
            from newsroom.core.publish.outbox import resume

            resume(library, target.id)
            resumed = " The target was paused; it is active again."
    print(f"The password for “{target.name}” was replaced in the system keychain.{resumed}")
    return 0


def _password_state(target: Target, secrets: Secrets) -> str:
    from newsroom.core.publish.clients import needs_secret
    from newsroom.core.publish.secrets import SecretError

    if not needs_secret(target):
        return "not needed"
    try:
        return "stored" if secrets.get(target) else "missing"
    except SecretError:
        return "unknown"


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
        print("This library has no publishing targets yet: add one with “newsroom target add”.")
    for row in rows:
        state = "paused" if row["paused"] else "active"
        print(
            f"{row['name']:<20}  {row['kind']:<9}  {state:<6}  {row['user'] or '—':<16}  "
            f"password {row['password']:<10}  {row['url']}"
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
            _err(
                f"“{target.name}” is a {target.kind.label} target, which has no "
                f"{' or '.join(foreign)}; nothing was changed."
            )
            return 2
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
            return 2
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
                    _err(f"“{pair}” is not BYLINE=USER, such as “Jane Doe=jdoe”.")
                    return 2
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
    print(f"{target.name}: {spec.describe()}, without their location and camera data.")
    own = target.kind.setting_keys()
    if "takedown" in own:
        trash = target.settings.get("takedown") == "trash"
        takedown = "moves it to the trash" if trash else "moves it back to draft"
        print(f"{target.name}: taking an article down {takedown}.")
    if target.kind.schedules_switch is not None:
        if target.kind.schedules_itself(target.settings):
            print(
                f"{target.name} holds embargoed and scheduled articles itself: they leave "
                "this machine before their time."
            )
        else:
            print("Embargoed and scheduled articles stay on this machine until their time.")
    for byline, user in sorted(dict(target.settings.get("authors") or {}).items()):  # type: ignore[call-overload]
        print(f"{byline} → WordPress user {user}")
    return 0


def _remove(args: argparse.Namespace, open_library: Opener, secrets: Secrets) -> int:
    from newsroom.core.publish import targets as t

    with open_library(args) as library:
        target = t.get_target(library, args.name)
        pending = t.pending_count(library, target.id)
        if pending:
            entries = "entry" if pending == 1 else "entries"
            _err(
                f"warning: “{target.name}” still has {pending} {entries} in the outbox that "
                "will not be sent if it is removed."
            )
            if not args.yes and not _confirm("Remove it anyway? [y/N] "):
                _err("Nothing was removed (add --yes to remove it anyway).")
                return 1
        t.remove_target(library, target.id)
    if args.forget_password:
        secrets.delete(target)
    print(f"Removed the target “{target.name}”.")
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
                f"“{target.name}” failed the check: no password is stored for "
                f"{target.username} at {target.url}. Store one with "
                f"“newsroom target password {target.name}”."
            )
            return 1
        try:
            publisher = make_publisher(target, secret=secret, library=library)
        except NoClient as exc:
            _err(str(exc))
            return 1
        try:
            account = publisher.check()
        except PublishError as exc:
            _err(f"“{target.name}” failed the check: {exc}")
            return 1
        finally:
            publisher.close()
    detail = f" {account.detail}" if account.detail else ""
    if not account.can_publish:
        _err(f"“{target.name}” failed the check: {account.name} may not publish there.{detail}")
        return 1
    paused = (
        f" The target is paused: “newsroom target password {target.name}” resumes it."
        if target.paused
        else ""
    )
    said = detail or f" Signed in as {account.name}."
    print(f"“{target.name}” works.{said}{paused}")
    return 0
