"""Section paths such as ``Culture/Art\\/Design``.

Section names may hold ``/`` ("Art/Design") and dashes ("Film – TV"), so a path
escapes ``/`` and ``\\`` inside a name with a backslash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsroom.core.model import Section

SEPARATOR = "/"


def escape(name: str) -> str:
    return name.replace("\\", "\\\\").replace(SEPARATOR, "\\" + SEPARATOR)


def format_path(names: Sequence[str]) -> str:
    """``["Culture", "Art/Design"]`` → ``Culture/Art\\/Design``."""
    return SEPARATOR.join(escape(n) for n in names)


def parse_path(text: str) -> list[str]:
    """The inverse of :func:`format_path`. Blank parts are dropped."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, "\\"))
        elif ch == SEPARATOR:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


class SectionTree:
    """The section tree of a library, for lookups by id and by path."""

    def __init__(self, sections: Iterable[Section]) -> None:
        self.sections = sorted(sections, key=lambda s: (s.position, s.id))
        self.by_id = {s.id: s for s in self.sections}

    def roots(self) -> list[Section]:
        return [s for s in self.sections if s.parent_id is None]

    def children(self, section_id: int) -> list[Section]:
        return [s for s in self.sections if s.parent_id == section_id]

    def lineage(self, section_id: int | None) -> list[Section]:
        """The section and its ancestors, top-level first."""
        chain: list[Section] = []
        while section_id is not None and section_id in self.by_id:
            section = self.by_id[section_id]
            chain.insert(0, section)
            section_id = section.parent_id
        return chain

    def path_of(self, section_id: int | None) -> str:
        return format_path([s.name for s in self.lineage(section_id)])

    def walk(self) -> list[tuple[Section, int]]:
        """Every section with its depth, in display order."""
        out: list[tuple[Section, int]] = []

        def visit(section: Section, depth: int) -> None:
            out.append((section, depth))
            for child in self.children(section.id):
                visit(child, depth + 1)

        for root in self.roots():
            visit(root, 0)
        return out

    def resolve(self, text: str) -> Section | None:
        """Find a section by path.

        The escaped form is tried first; failing that, an unescaped path such as
        ``Culture/Art/Design`` is matched against every section's plain path, and
        accepted when exactly one section fits.
        """
        names = [n.casefold() for n in parse_path(text)]
        for section, _depth in self.walk():
            if [s.name.casefold() for s in self.lineage(section.id)] == names:
                return section
        plain = text.strip().casefold()
        matches = [
            s
            for s, _depth in self.walk()
            if SEPARATOR.join(x.name for x in self.lineage(s.id)).casefold() == plain
        ]
        return matches[0] if len(matches) == 1 else None
