"""Python-Markdown's "extra" extensions, given as objects rather than by name.

Named, an extension is first looked for among the entry points of every installed
package: Python-Markdown reads the metadata of all of them, once, and keeps it, with
the modules that reading takes (about 1 MB in the app, with sqlite-utils' same search
for plugins, which the library skips; for nothing: the extensions are Python-Markdown's
own). The "extra" extension names its parts too, so its parts are listed here, as it
lists them.
"""

from __future__ import annotations

from markdown import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension


def extra() -> list[Extension]:
    """What ``extensions=["extra"]`` gives, in its order."""
    return [
        FencedCodeExtension(),
        FootnoteExtension(),
        AttrListExtension(),
        DefListExtension(),
        TableExtension(),
        AbbrExtension(),
        MarkdownInHtmlExtension(),
    ]


def extra_and_sane_lists() -> list[Extension]:
    """``["extra", "sane_lists"]``: the extensions every article body is read with."""
    return [*extra(), SaneListExtension()]
