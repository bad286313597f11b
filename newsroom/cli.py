"""``newsroom``: the GUI with no subcommand, the command line with one.

A command that fails says why on one line of standard error and exits with the status
of its kind of failure (:mod:`newsroom.exit_codes`); a full disk, a site that is down or
a file that cannot be imported never ends in a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from newsroom import __version__, cli_publish, cli_targets
from newsroom.core.errors import NewerLibraryError, NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library, open_library
from newsroom.core.model import Status
from newsroom.core.paths import LIBRARY_SUFFIX, default_library_path
from newsroom.core.storage import StorageError, file_error, is_storage_failure, storage_error
from newsroom.exit_codes import ExitCode, exit_code

#: The program's name, which begins its messages on stderr (not translated).
PROG = "newsroom"


def _err(message: str) -> None:
    """``message`` on one line of standard error, after the program's name."""
    print(f"{PROG}: {' '.join(message.splitlines())}", file=sys.stderr)


def _library_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--library",
        "-l",
        type=Path,
        default=default,
        metavar="PATH",
        help=translate("Cli", "the library file (default: {path})").format(
            path=default_library_path()
        ),
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=default,
        help=translate("Cli", "open the library read-only"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=translate(
            "Cli",
            "Write, preview and publish news articles. With no command, opens the Newsroom window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Newsroom {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    _library_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help=translate(
            "Cli",
            "import Markdown (.md), Word (.docx), web pages (.html) and WordPress export "
            "files (.xml)",
        ),
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "overwrite articles whose slug already exists"),
    )
    imp.add_argument(
        "--section",
        metavar="SECTION",
        help=translate("Cli", "the section of articles whose file names none (Parent/Child)"),
    )
    _library_option(imp, argparse.SUPPRESS)

    exp = commands.add_parser(
        "export",
        help=translate(
            "Cli", "export articles as HTML pages, Markdown, Word documents or IPTC ninjs JSON"
        ),
    )
    exp.add_argument(
        "slugs",
        nargs="+",
        metavar="SLUG",
        help=translate("Cli", "an article's slug (`newsroom list` shows them)"),
    )
    exp.add_argument(
        "--format", "-f", choices=("html", "md", "docx", "ninjs"), default="html",
        help=translate(
            "Cli",
            "html (the default): the page with its images; md: Markdown with front matter; "
            "docx: a Word document; ninjs: IPTC ninjs JSON, its images written beside it",
        ),
    )  # fmt: skip
    exp.add_argument(
        "-o", "--output", type=Path, metavar="FILE_OR_FOLDER",
        help=translate(
            "Cli",
            "write to this file, or into this folder as SLUG.html, SLUG.md… (several "
            "articles need a folder); without it, one article goes to standard output",
        ),
    )  # fmt: skip
    exp.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace files that are already there"),
    )
    _library_option(exp, argparse.SUPPRESS)

    lst = commands.add_parser("list", help=translate("Cli", "list the articles of the library"))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    _library_option(lst, argparse.SUPPRESS)

    bak = commands.add_parser(
        "backup",
        help=translate(
            "Cli", "copy the library to a file, or into a folder; safe while it is open"
        ),
    )
    bak.add_argument(
        "destination", type=Path, metavar="DEST", help=translate("Cli", "a file or a folder")
    )
    _library_option(bak, argparse.SUPPRESS)

    cli_targets.add_commands(commands, _library_option)

    cli_publish.add_commands(commands, _library_option)
    return parser


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Library:
    """The library named by --library (which must exist for reading), or the default
    library, made on first use."""
    path = args.library or default_library_path()
    return open_library(
        path,
        read_only=read_only or bool(args.read_only),
        create=args.library is None or not read_only,
    )


def cmd_import(args: argparse.Namespace) -> int:
    """Each file all or nothing; the others import even when one cannot, but a failing
    disk stops them all. Prints the slugs of the articles made. When no file could be
    imported, the status is that of the first one's failure."""
    from newsroom.core.importers.files import import_file

    failures: list[NewsroomError] = []
    imported = 0
    with _open(args) as library:
        section_id = None
        if args.section:
            section = library.section_tree().resolve(args.section)
            if section is None:
                _err(
                    translate("Cli", "there is no section “{section}”.").format(
                        section=args.section
                    )
                )
                return ExitCode.REFUSED
            section_id = section.id
        for file in args.files:
            try:
                results = import_file(
                    library, file, section_id=section_id, replace_existing=args.replace
                )
            except StorageError:
                raise  # the disk under the library: the next file would fail as well
            except NewsroomError as exc:
                _err(str(exc))
                failures.append(exc)
                continue
            imported += 1
            for result in results:
                for warning in result.warnings:
                    _err(translate("Cli", "warning: {warning}").format(warning=warning))
                print(result.article.slug)
    if failures and not imported:
        return exit_code(failures[0])
    return ExitCode.FAILED if failures else ExitCode.OK


def cmd_export(args: argparse.Namespace) -> int:
    """One article to standard output or a file; several, each into a folder as a file
    named by its slug. Every slug is checked, and every file that would be replaced,
    before anything is written; a file that is there is replaced only with --force.
    When no file could be written, the status is that of the first one's failure."""
    from newsroom.core.exporters import (
        ExportError,
        destinations,
        export_article,
        export_format,
        write_export,
    )

    fmt = export_format(args.format)
    slugs = list(dict.fromkeys(args.slugs))
    output: Path | None = args.output
    with _open(args, read_only=True) as library:
        ids = _article_ids(library, slugs)
        if output is None:
            if len(ids) > 1:
                raise ExportError(
                    translate(
                        "Cli",
                        "Several articles are written to a folder, one file each: add -o FOLDER.",
                    )
                )
            if not fmt.text and sys.stdout.isatty():
                raise ExportError(
                    translate(
                        "Cli",
                        "A Word document cannot be shown in the terminal: "
                        "add -o FILE or -o FOLDER.",
                    )
                )
            data = export_article(library, ids[0], fmt.name)
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return 0
        if len(ids) > 1 or output.is_dir():
            _make_folder(output, ExportError)
            targets = destinations(output, slugs, fmt.name)
        else:
            targets = [output]
        there = [path for path in targets if path.exists()]
        if there and not args.force:
            if len(there) > 1:
                message = translate(
                    "Cli",
                    "“{file}” (and %n more) already exists; add --force to replace what is there.",
                    None,
                    len(there) - 1,
                )
            else:
                message = translate(
                    "Cli", "“{file}” already exists; add --force to replace what is there."
                )
            raise ExportError(message.format(file=there[0]))
        failures: list[NewsroomError] = []
        batch: set[Path] = set()
        for article_id, target in zip(ids, targets, strict=True):
            try:
                write_export(library, article_id, fmt.name, target, force=args.force, batch=batch)
            except NewsroomError as exc:
                _err(str(exc))
                failures.append(exc)
    if failures and len(failures) == len(ids):
        return exit_code(failures[0])
    return ExitCode.FAILED if failures else ExitCode.OK


def _article_ids(library: Library, slugs: Sequence[str]) -> list[int]:
    """The ids of the articles ``slugs`` name, in order; one error naming every slug
    that names none."""
    from newsroom.core.errors import NotFoundError
    from newsroom.core.exporters import ExportError

    ids: list[int] = []
    missing: list[str] = []
    for slug in slugs:
        try:
            article = library.article_by_slug(slug)
        except NotFoundError:
            missing.append(slug)
            continue
        assert article.id is not None
        ids.append(article.id)
    if len(missing) == 1:
        raise ExportError(
            translate("Cli", "There is no article “{slug}” in this library.").format(
                slug=missing[0]
            )
        )
    if missing:
        names = ", ".join(translate("Cli", "“{slug}”").format(slug=slug) for slug in missing)
        raise ExportError(
            translate("Cli", "There are no articles {slugs} in this library.").format(slugs=names)
        )
    return ids


def _make_folder(folder: Path, error: type[NewsroomError]) -> None:
    """``folder``, made if it is not there yet (its parent must be)."""
    if folder.is_dir():
        return
    if folder.exists():
        raise error(
            translate(
                "Cli", "“{folder}” is a file; several articles are written into a folder."
            ).format(folder=folder)
        )
    try:
        folder.mkdir()
    except FileNotFoundError:
        raise error(
            translate("Cli", "The folder “{folder}” does not exist.").format(folder=folder.parent)
        ) from None
    except OSError as exc:
        raise error(
            translate("Cli", "The folder “{folder}” cannot be made: {reason}.").format(
                folder=folder, reason=exc.strerror
            )
        ) from None


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args, read_only=True) as library:
        tree = library.section_tree()
        rows = [
            {
                "slug": a.slug,
                "headline": a.headline,
                "section": tree.path_of(a.section_id),
                "status": a.status.value,
                "byline": a.byline,
                "updated": a.updated_at.isoformat(),
                "published": a.published_at.isoformat() if a.published_at else None,
            }
            for a in library.articles()
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        status = Status(row["status"]).label
        print(f"{row['slug']:<40}  {status:<10}  {row['section'] or '—':<28}  {row['headline']}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A checked copy of the library; into a folder, named after the library and the time."""
    from newsroom.core.backup import back_up, backup_name
    from newsroom.core.errors import BackupError
    from newsroom.core.storage import file_size, medium_read_only

    with _open(args, read_only=True) as library:
        destination = args.destination
        if destination.is_dir():
            destination = destination / backup_name(library.path)
        try:
            made = back_up(library, destination)
        except BackupError as exc:
            folder = destination.absolute().parent
            if folder.is_dir() and (medium_read_only(folder) or not os.access(folder, os.W_OK)):
                # Refused before any write, so no system error says so: the folder does.
                _err(str(exc))
                return ExitCode.READ_ONLY
            raise
    print(
        translate("Cli", "Backed up “{library}” to {file} ({size}).").format(
            library=library.path.name, file=made, size=file_size(made.stat().st_size)
        )
    )
    return ExitCode.OK


def cmd_target(args: argparse.Namespace) -> int:
    return cli_targets.run(args, _open)


COMMANDS = {
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "target": cmd_target,
    "backup": cmd_backup,
}


def files_to_open(argv: Sequence[str]) -> tuple[list[Path], list[str]]:
    """``newsroom [OPTIONS] FILE…``, as every editor and file manager passes files: the
    files to import and open in the window, and the rest of the command line, where an
    existing library file given so becomes ``--library FILE``. Nothing is taken from a
    command's own arguments (``newsroom import a.md``)."""
    from newsroom.core.importers import can_import

    files: list[Path] = []
    rest: list[str] = []
    libraries: list[str] = []
    taking_value = False
    for arg in argv:
        if taking_value or arg.startswith("-"):
            taking_value = arg in ("--library", "-l")
            rest.append(arg)
        elif arg.lower().endswith(LIBRARY_SUFFIX) and Path(arg).is_file() and not libraries:
            libraries.append(arg)
        elif arg in COMMANDS or arg in cli_publish.COMMANDS or not can_import(Path(arg)):
            return [], list(argv)  # a command (or a mistake argparse names)
        else:
            files.append(Path(arg))
    if libraries and not {"--library", "-l"} & set(rest):
        rest += ["--library", libraries[0]]
    elif libraries:
        return [], list(argv)  # two libraries: argparse says what is wrong
    return files, rest


def main(argv: Sequence[str] | None = None) -> int:
    from newsroom.language import install_for_cli

    install_for_cli()
    files, argv = files_to_open(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from newsroom.gui.app import run

        return run(args.library, read_only=bool(args.read_only), files=files)
    try:
        if args.command in cli_publish.COMMANDS:
            return cli_publish.COMMANDS[args.command](args, _open)
        return COMMANDS[args.command](args)
    except NewerLibraryError as exc:
        _err(f"{exc} " + translate("Cli", "Add --read-only to open it read-only."))
        return exit_code(exc)
    except NewsroomError as exc:
        _err(str(exc))
        return exit_code(exc)
    except BrokenPipeError:
        # The reader of standard output went away (``newsroom list | head``): nothing to
        # say, and nothing more to write when Python flushes it at exit (its docs' recipe).
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.FAILED
    except (sqlite3.Error, OSError) as exc:
        if not is_storage_failure(exc):
            raise  # a mistake in Newsroom: its traceback helps to fix it
        error = _storage_error(exc, args.library or default_library_path())
        _err(str(error))
        return exit_code(error)
    except Exception as exc:
        said = _network_error(exc)
        if said is None:
            raise
        _err(said[1])
        return said[0]


def _storage_error(exc: sqlite3.Error | OSError, library: Path) -> NewsroomError:
    """``exc``, which a command did not expect, said of the library or of the file it names."""
    library = Path(library).expanduser().absolute()
    named = getattr(exc, "filename", None)
    if isinstance(exc, OSError) and named and not str(named).startswith(str(library)):
        return file_error(exc)
    return storage_error(exc, library)


def _network_error(exc: Exception) -> tuple[ExitCode, str] | None:
    """The status and the sentence for a network error that no client turned into one
    of its own (:mod:`newsroom.core.publish.base`); None for anything else."""
    if "httpx" not in sys.modules:
        return None  # nothing went to the network
    import httpx

    if isinstance(exc, httpx.HTTPStatusError):
        return ExitCode.SITE_REFUSED, translate(
            "Cli", "The site refused the request ({status} {reason})."
        ).format(status=exc.response.status_code, reason=exc.response.reason_phrase)
    if isinstance(exc, httpx.TransportError):
        try:
            host = exc.request.url.host
        except RuntimeError:  # an error made without its request
            host = ""
        if not host:
            return ExitCode.UNREACHABLE, translate(
                "Cli", "The site could not be reached; check the network and try again."
            )
        return ExitCode.UNREACHABLE, translate(
            "Cli", "The site {host} could not be reached; check the network and try again."
        ).format(host=host)
    return None
