"""Draw Newsroom's layers as the code has them, for the README.

The groups are the layers of the import-linter contract in pyproject.toml (the core's
store, rules and publishing), with the window above them and the core's shared parts
(model, rendering, text tools) beside; an arrow says that a group imports from another,
as grimp, the graph import-linter itself reads, finds it. The picture changes when a
group starts or stops using another, not with every import. The picture is a
Mermaid flowchart, which the README shows as a drawing.

    .venv/bin/python scripts/draw_layers.py            # print it
    .venv/bin/python scripts/draw_layers.py --write    # put it in README.md
    .venv/bin/python scripts/draw_layers.py --check    # exit 1 if README.md's is stale
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN, END = "<!-- layers: drawn by scripts/draw_layers.py -->", "<!-- /layers -->"
CONTRACT = "The core's layers: the store below the rules, the rules below publishing"
#: What each layer of the contract is called in the picture, top to bottom.
NAMES = ("Publishing, copy in and out", "The newsroom's rules", "The store")


def groups() -> list[tuple[str, tuple[str, ...]]]:
    """(name, modules) from top to bottom: the window, the contract's layers, and the
    core's shared parts."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == CONTRACT)
    layers = [
        (name, tuple(m.strip() for m in re.split(r"[:|]", layer)))
        for name, layer in zip(NAMES, contract["layers"], strict=True)
    ]
    return [
        (
            "The window and the command line",
            ("newsroom.gui", "newsroom.cli", "newsroom.cli_publish", "newsroom.cli_targets"),
        ),
        *layers,
        ("Beside them: the model, rendering, text and image tools", ("newsroom.core",)),
    ]


def group_of(module: str, found: list[tuple[str, tuple[str, ...]]]) -> str | None:
    """The group of ``module``: the one with the longest matching prefix."""
    best: tuple[int, str] | None = None
    for name, prefixes in found:
        for prefix in prefixes:
            inside = module == prefix or module.startswith(prefix + ".")
            if inside and (best is None or len(prefix) > best[0]):
                best = (len(prefix), name)
    return best[1] if best else None


def draw() -> str:
    found = groups()
    graph = grimp.build_graph("newsroom")
    arrows: Counter[tuple[str, str]] = Counter()
    for module in sorted(graph.modules):
        source = group_of(module, found)
        for imported in graph.find_modules_directly_imported_by(module):
            target = group_of(imported, found)
            if source and target and source != target:
                arrows[(source, target)] += 1
    ids = {name: f"g{i}" for i, (name, _) in enumerate(found)}
    lines = ["```mermaid", "flowchart TD"]
    for name, modules in found:
        members = ", ".join(
            "the rest of core" if m == "newsroom.core" else m.removeprefix("newsroom.")
            for m in modules
        )
        lines.append(f'    {ids[name]}["<b>{name}</b><br/>{members}"]')
    for source, target in sorted(arrows, key=lambda a: (ids[a[0]], ids[a[1]])):
        lines.append(f"    {ids[source]} --> {ids[target]}")
    lines.append("```")
    return "\n".join(lines)


def with_picture(text: str, picture: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n" + picture + "\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="put the picture in README.md")
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md's is stale")
    args = parser.parse_args(argv)
    picture = draw()
    if not (args.write or args.check):
        print(picture)
        return 0
    text = README.read_text("utf-8")
    wanted = with_picture(text, picture)
    if args.check:
        if wanted != text:
            print("README.md's picture of the layers is stale: run scripts/draw_layers.py --write")
            return 1
        return 0
    README.write_text(wanted, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
