"""``newsroom``: the GUI with no subcommand, the command line with one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsroom import __version__, cli_publish, cli_targets
from newsroom.core.errors import NewerLibraryError, NewsroomError
from newsroom.core.library import Library, open_library
from newsroom.core.model import Status
from newsroom.core.paths import LIBRARY_SUFFIX, default_library_path


def _library_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--library",
        "-l",
        type=Path,
        default=default,
        metavar="PATH",
        help=f"the library file (default: {default_library_path()})",
    )
    parser.add_argument(
        "--read-only", action="store_true", default=default, help="open the library read-only"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsroom",
        description="Write, preview and publish news articles. "
        "With no command, opens the Newsroom window.",
    )
    parser.add_argument("--version", action="version", version=f"Newsroom {__version__}")
    _library_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help="import Markdown (.md), Word (.docx), web pages (.html) and WordPress export "
        "files (.xml)",
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--replace", action="store_true", help="overwrite articles whose slug already exists"
    )
    imp.add_argument(
        "--section",
        metavar="SECTION",
        help="the section of articles whose file names none (Parent/Child)",
    )
    _library_option(imp, argparse.SUPPRESS)

    exp = commands.add_parser("export", help="export an article as an HTML page or Markdown")
    exp.add_argument("slug")
    exp.add_argument("--format", "-f", choices=("html", "md"), default="html")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here, not to stdout")
    _library_option(exp, argparse.SUPPRESS)

    lst = commands.add_parser("list", help="list the articles of the library")
    lst.add_argument("--json", action="store_true", help="print JSON")
    _library_option(lst, argparse.SUPPRESS)

    bak = commands.add_parser(
        "backup", help="copy the library to a file, or into a folder; safe while it is open"
    )
    bak.add_argument("destination", type=Path, metavar="DEST", help="a file or a folder")
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
    """Each file all or nothing; the others import even when one cannot. Prints the
    slugs of the articles made."""
    from newsroom.core.importers.files import import_file

    failed = 0
    with _open(args) as library:
        section_id = None
        if args.section:
            section = library.section_tree().resolve(args.section)
            if section is None:
                print(f"newsroom: there is no section “{args.section}”.", file=sys.stderr)
                return 2
            section_id = section.id
        for file in args.files:
            try:
                results = import_file(
                    library, file, section_id=section_id, replace_existing=args.replace
                )
            except NewsroomError as exc:
                print(f"newsroom: {exc}", file=sys.stderr)
                failed += 1
                continue
            for result in results:
                for warning in result.warnings:
                    print(f"newsroom: warning: {warning}", file=sys.stderr)
                print(result.article.slug)
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from newsroom.core.page import render_article_html
    from newsroom.core.transfer import export_markdown

    with _open(args, read_only=True) as library:
        article = library.article_by_slug(args.slug)
        if args.format == "html":
            text = render_article_html(library, article)
        else:
            text = export_markdown(library, article)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"newsroom: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0


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
    from newsroom.core.backup import back_up, backup_name, file_size

    with _open(args, read_only=True) as library:
        destination = args.destination
        if destination.is_dir():
            destination = destination / backup_name(library.path)
        made = back_up(library, destination)
    print(f"Backed up “{library.path.name}” to {made} ({file_size(made.stat().st_size)}).")
    return 0


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
        print(f"newsroom: {exc} Add --read-only to open it read-only.", file=sys.stderr)
        return 2
    except NewsroomError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return 2
