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
import shutil
import subprocess
import sys
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


def update(folder: Path = CATALOGUES) -> None:
    """Gather the code's messages into the ``.ts`` files in ``folder``: new ones come
    in untranslated, those gone from the code are dropped, translations are kept."""
    common = ["-no-obsolete", "-locations", "none", "-silent"]
    for language in LANGUAGES:
        target = ts_file(language, folder)
        subprocess.run(
            [
                tool("lupdate"),
                *sources(),
                "-target-language",
                language,
                "-ts",
                str(target),
                *common,
            ],
            cwd=ROOT,
            check=True,
        )


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
