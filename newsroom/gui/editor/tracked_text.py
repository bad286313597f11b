"""The editor's text, kept up to date edit by edit instead of copied out whole.

``QPlainTextEdit.toPlainText`` copies the whole document: about 2 ms for a
100,000-word long read, on every keystroke that the preview shows. A
:class:`TrackedText` holds the text as one line per block of the document, and on
each ``QTextDocument.contentsChange`` reads again only the blocks that the change
touched. They are found by block number, never by position: Qt counts positions in
UTF-16 units and Python in code points, which differ after an emoji, while block
numbers are the same in both.

The text is ``toPlainText``'s, character for character: a no-break space reads as a
space, a line separator (Shift+Enter) as a line break
(tests/gui/test_tracked_text.py compares the two after random edits).

Each change also says where it changed the text, in Python's positions
(:meth:`TrackedText.edit_since`): the preview's incremental renderer then needs not
compare the two texts to find the keystroke.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from newsroom.core.text_edit import TextEdit

#: How many changes back :meth:`TrackedText.edit_since` can reach.
_HISTORY = 16

# What QTextDocument.toPlainText replaces: no-break space; paragraph and line
# separators, and the frame marks, which end lines.
_PLAIN = str.maketrans(
    {"\u00a0": " ", "\u2028": "\n", "\u2029": "\n", "\ufdd0": "\n", "\ufdd1": "\n"}
)


class TrackedText:
    """The plain text of ``document``, brought up to date by each change."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._lines: list[str] = []
        self._text = ""
        self._history: list[tuple[str, TextEdit]] = []  # (the text before, the change)
        self._read_all()
        document.contentsChange.connect(self._changed)

    def text(self) -> str:
        """The document's text, as ``toPlainText`` gives it."""
        return self._text

    def edit_since(self, before: str, after: str) -> TextEdit | None:
        """Where ``after``, the text now (the very object :meth:`text` gave), differs
        from ``before``, an earlier one; None if either is another text, or ``before``
        too many changes back."""
        if after is not self._text:
            return None
        if before is self._text:
            return TextEdit(0, 0, 0)
        for index, (old, _edit) in enumerate(self._history):
            if old is before:
                edit = self._history[index][1]
                for _old, later in self._history[index + 1 :]:
                    edit = edit.then(later)
                return edit
        return None

    def _read(self, first: int, last: int) -> list[str]:
        block = self._document.findBlockByNumber(first)
        lines: list[str] = []
        for _ in range(first, last + 1):
            lines.append(block.text().translate(_PLAIN))
            block = block.next()
        return lines

    def _read_all(self) -> None:
        self._lines = self._read(0, self._document.blockCount() - 1)
        self._text = "\n".join(self._lines)
        self._history.clear()

    def _changed(self, position: int, _removed: int, added: int) -> None:
        # The blocks from the one holding ``position`` to the one holding the end of
        # what was added are new; the others are as they were, the blocks after them
        # shifted by the change in the number of blocks.
        document = self._document
        delta = document.blockCount() - len(self._lines)
        end = min(position + added, document.characterCount() - 1)
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(end).blockNumber()
        stop = last - delta + 1  # in the old lines
        if first < 0 or last < first or stop < first or stop > len(self._lines):
            self._read_all()  # a change Qt reported oddly: read everything again
            return
        old, new = self._lines[first:stop], self._read(first, last)
        if old == new:
            return  # a change of format only (the highlighter's)
        self._lines[first:stop] = new
        if len(self._lines) != document.blockCount():
            self._read_all()
            return
        # Where the first changed line starts: the lengths before it, and a line
        # break after each.
        start = sum(map(len, self._lines[:first])) + first
        removed, added = "\n".join(old), "\n".join(new)
        before = self._text
        self._text = before[:start] + added + before[start + len(removed) :]
        self._history.append((before, TextEdit(start, len(removed), len(added))))
        del self._history[:-_HISTORY]
