"""``newsroom publish``, ``sync``, ``pull``, ``status``, ``trash`` and ``note``: going live
from the command line, through the same core operation as the window
(:mod:`newsroom.core.publish.golive`).

Exit codes (:mod:`newsroom.exit_codes`): 0 done; 3 refused: the article is not
approved for publishing (the reasons go to stderr) and nothing was queued, or an
unknown article, target or status; after a sync, 9 while something waits in the outbox
because its site could not be reached, 10 when a site refused something, 1 when
something failed earlier and still waits.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import NoteKind, Status
from newsroom.exit_codes import ExitCode

if TYPE_CHECKING:
    from newsroom.core.publish.sync import SyncSummary

Opener = Callable[..., Library]

#: ``newsroom publish`` of an article that is not approved.
REFUSED = ExitCode.REFUSED
#: The program's name, which begins its messages on stderr (not translated).
PROG = "newsroom"


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    library_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    pub = commands.add_parser(
        "publish",
        help=translate(
            "CliPublish",
            "queue an approved article for a target and send it now (exit 3 if it is not approved)",
        ),
    )
    pub.add_argument("slug")
    pub.add_argument(
        "--target",
        "-t",
        required=True,
        metavar="NAME",
        help=translate("CliPublish", "the target's name"),
    )
    pub.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "CliPublish",
            "print what would change on the site, field by field; queue and send nothing",
        ),
    )
    library_option(pub, argparse.SUPPRESS)

    syn = commands.add_parser(
        "sync",
        help=translate(
            "CliPublish", "send what waits in the outbox; exit 1 while something failed is queued"
        ),
    )
    syn.add_argument(
        "--target", "-t", metavar="NAME", help=translate("CliPublish", "only this target")
    )
    library_option(syn, argparse.SUPPRESS)

    pul = commands.add_parser(
        "pull",
        help=translate("CliPublish", "import a WordPress site's posts, categories and tags"),
    )
    pul.add_argument("target", metavar="TARGET", help=translate("CliPublish", "the target's name"))
    library_option(pul, argparse.SUPPRESS)

    sta = commands.add_parser(
        "status",
        help=translate(
            "CliPublish",
            "move an article along the workflow; spiking or unpublishing it queues its "
            "take-down on every site that has it",
        ),
    )
    sta.add_argument("slug")
    sta.add_argument(
        "status",
        help=translate("CliPublish", "draft, in_review, ready, scheduled, published or spiked"),
    )
    library_option(sta, argparse.SUPPRESS)

    tra = commands.add_parser(
        "trash",
        help=translate(
            "CliPublish", "move an article to the trash; it is taken off every site that has it"
        ),
    )
    tra.add_argument("slug")
    library_option(tra, argparse.SUPPRESS)

    note = commands.add_parser(
        "note",
        help=translate("CliPublish", "list an article's corrections and updates, or add one"),
    )
    note.add_argument("slug")
    kind = note.add_mutually_exclusive_group()
    kind.add_argument(
        "--correction",
        metavar="TEXT",
        help=translate("CliPublish", "add a dated “Correction:” note"),
    )
    kind.add_argument(
        "--update", metavar="TEXT", help=translate("CliPublish", "add a dated “Update:” note")
    )
    library_option(note, argparse.SUPPRESS)


def _article_id(library: Library, slug: str) -> int:
    article = library.article_by_slug(slug.strip())
    assert article.id is not None
    return article.id


def cmd_publish(args: argparse.Namespace, open_library: Opener) -> int:
    from newsroom.core.publish import changes, commands, golive
    from newsroom.core.publish.approval import NotApproved
    from newsroom.core.publish.targets import get_target

    with open_library(args, read_only=bool(args.dry_run)) as library:
        target = get_target(library, args.target)
        article_id = _article_id(library, args.slug)
        if args.dry_run:
            plan = changes.plan(library, article_id, target)
            print(changes.format_plan([plan]))
            if plan.refused is not None:
                return REFUSED
            return 0
        try:
            golive.publish(library, article_id, target)
        except NotApproved as refused:
            _err(
                translate("CliPublish", "{article} was not queued:").format(
                    article=refused.headline or args.slug
                )
            )
            for reason in refused.reasons:
                print(f"  - {reason}", file=sys.stderr)
            return REFUSED
        summary = commands.sync(library, target.name)
    print(commands.format_summary(summary))
    return _sync_code(summary)


def cmd_sync(args: argparse.Namespace, open_library: Opener) -> int:
    from newsroom.core.publish import commands

    with open_library(args) as library:
        summary = commands.sync(library, args.target)
    print(commands.format_summary(summary))
    return _sync_code(summary)


def _sync_code(summary: SyncSummary) -> ExitCode:
    """How a sync ended: what a site refused needs the journalist more than what waits
    for the network."""
    if summary.ok:
        return ExitCode.OK
    if summary.attention or summary.conflicts or summary.paused:
        return ExitCode.SITE_REFUSED
    if summary.retrying:
        return ExitCode.UNREACHABLE
    return ExitCode.FAILED


def cmd_pull(args: argparse.Namespace, open_library: Opener) -> int:
    from newsroom.core.publish.clients import pull
    from newsroom.core.publish.secrets import default_secrets
    from newsroom.core.publish.targets import get_target

    with open_library(args) as library:
        target = get_target(library, args.target)
        if target.kind.pull is None:
            _err(
                translate(
                    "CliPublish",
                    "“{target}” is a {kind} target; articles cannot be pulled from it.",
                ).format(target=target.name, kind=target.kind.label)
            )
            return ExitCode.REFUSED
        summary = pull(target, secret=default_secrets().get(target), library=library)
    print(summary.message())
    return 0


def _takedowns(library: Library, article_id: int, before: set[int]) -> list[str]:
    from newsroom.core.publish import outbox

    return [
        e.target_name
        for e in outbox.entries(library, article_id=article_id)
        if e.action.value == "unpublish" and e.id not in before
    ]


def _unpublish_ids(library: Library, article_id: int) -> set[int]:
    from newsroom.core.publish import outbox

    return {
        e.id
        for e in outbox.entries(library, article_id=article_id)
        if e.action.value == "unpublish"
    }


def cmd_status(args: argparse.Namespace, open_library: Opener) -> int:
    from newsroom.core.publish import golive

    try:
        new = Status.parse(args.status)
    except ValueError as exc:
        _err(str(exc))
        return ExitCode.REFUSED
    with open_library(args) as library:
        article_id = _article_id(library, args.slug)
        before = _unpublish_ids(library, article_id)
        article = golive.set_status(library, article_id, new)
        gone = _takedowns(library, article_id, before)
    print(f"{article.slug}: {article.status.label}")
    if gone:
        print(_taken_off(gone))
    return 0


def _taken_off(targets: list[str]) -> str:
    return translate(
        "CliPublish", "It will be taken off {targets} at the next sync (newsroom sync)."
    ).format(targets=", ".join(targets))


def cmd_trash(args: argparse.Namespace, open_library: Opener) -> int:
    from newsroom.core.publish import golive

    with open_library(args) as library:
        article_id = _article_id(library, args.slug)
        before = _unpublish_ids(library, article_id)
        golive.trash(library, [article_id])
        gone = _takedowns(library, article_id, before)
    print(translate("CliPublish", "{slug}: in the trash").format(slug=args.slug.strip()))
    if gone:
        print(_taken_off(gone))
    return 0


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def cmd_note(args: argparse.Namespace, open_library: Opener) -> int:
    text, kind = (
        (args.correction, NoteKind.CORRECTION)
        if args.correction
        else (
            args.update,
            NoteKind.UPDATE,
        )
    )
    with open_library(args, read_only=text is None) as library:
        article_id = _article_id(library, args.slug)
        if text is not None:
            try:
                library.add_note(article_id, kind, text)
            except ValueError as exc:
                _err(str(exc))
                return ExitCode.REFUSED
        notes = library.notes(article_id)
    for note in notes:
        print(f"{_when(note.at)}  {note.kind.label}: {note.text}")
    return 0


COMMANDS = {
    "publish": cmd_publish,
    "sync": cmd_sync,
    "pull": cmd_pull,
    "status": cmd_status,
    "trash": cmd_trash,
    "note": cmd_note,
}
