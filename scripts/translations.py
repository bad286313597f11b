"""The interface's catalogues: gather the messages from the code, build what Newsroom loads.

Every message marked with ``translate(context, text)`` (:mod:`newsroom.core.i18n`) is
found by Qt's ``lupdate``, which ships with PySide6. The sources, one per language, are
``resources/i18n/newsroom_<language>.ts``: translators open them in Qt Linguist
(``pyside6-linguist``) or any editor of the format. English is the code's own.
``lrelease`` compiles them into the ``.qm`` files the app loads, which are built,
not kept in the repository.

    .venv/bin/python scripts/translations.py update     # add new messages to the .ts files
    .venv/bin/python scripts/translations.py release    # build the .qm files
    .venv/bin/python scripts/translations.py release --into DIR
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
SOURCES = ROOT / "newsroom"
#: The translated languages; English is the code's own.
LANGUAGES = ("fr", "de")


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, else on the PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"translations: pyside6-{name} is missing; install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_file(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"newsroom_{language}.ts"


def calls(tree: ast.AST) -> list[ast.Call]:
    """The ``translate(...)`` calls in a module."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    ]


def as_lupdate_reads_it(text: str) -> str:
    """The module with the count of every plural message written as ``1``, and
    without documentation comments (``#:``).

    lupdate's Python reader takes a message for a plural one only when its count is a
    number written in the call, and skips the call when the count is an expression
    such as ``len(rows)``; the count's value does not matter to the catalogue."""
    lines = text.encode("utf-8").splitlines(keepends=True)  # ast's offsets count bytes
    counts = [
        node.args[3]
        for node in calls(ast.parse(text))
        if len(node.args) >= 4 and not isinstance(node.args[3], ast.Constant)
    ]
    for count in sorted(counts, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        assert count.end_lineno is not None and count.end_col_offset is not None
        start, end = count.lineno - 1, count.end_lineno - 1
        line = lines[start][: count.col_offset] + b"1" + lines[end][count.end_col_offset :]
        lines[start : end + 1] = [line]
    # "#:" is lupdate's mark of a note for translators, and the code's mark of an
    # attribute's documentation: the documentation is not for translators.
    return re.sub(r"(?m)^(\s*)#:", r"\1# ", b"".join(lines).decode("utf-8"))


def update(folder: Path = CATALOGUES) -> None:
    """Gather the code's messages into the ``.ts`` files in ``folder``: new ones come
    in untranslated, those gone from the code are dropped, translations are kept."""
    common = ["-no-obsolete", "-locations", "none", "-silent"]
    with tempfile.TemporaryDirectory() as staging:
        for name in sources():
            copy = Path(staging) / name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(as_lupdate_reads_it((ROOT / name).read_text("utf-8")), "utf-8")
        for language in LANGUAGES:
            target = ts_file(language, folder).resolve()
            subprocess.run(
                [tool("lupdate"), *sources(), "-target-language", language,
                 "-ts", str(target), *common],
                cwd=staging,
                check=True,
            )  # fmt: skip


def release(into: Path = CATALOGUES, folder: Path = CATALOGUES) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` into ``into``; the ``.qm`` files made."""
    into.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(folder.glob("newsroom_*.ts")):
        qm = into / source.with_suffix(".qm").name
        subprocess.run(
            [tool("lrelease"), "-silent", str(source), "-qm", str(qm)], cwd=ROOT, check=True
        )
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="add the code's new messages to the .ts files")
    rel = sub.add_parser("release", help="build the .qm files")
    rel.add_argument("--into", type=Path, default=CATALOGUES)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        release(args.into)
    return 0


if __name__ == "__main__":
    sys.exit(main())
