"""The editor and the preview scroll together, in both directions.

The map between them is block-level: the preview's body is a run of blocks, and for
each the live preview knows the line of the text where its source begins
(:attr:`~newsroom.gui.preview.live_preview.LivePreview.source_lines`). Scrolling the editor
puts the block of its top line, as far into it as the editor is into its source, at
the top of the preview; scrolling the preview does the reverse. The two ends of the
text match the two ends of the page.

The preview leads only while the writer scrolls it (the pointer over it, or the
editor without focus): a page patched while typing must never move the text.

While the editor leads and shows its cursor, the preview keeps the block that holds
the cursor in view too: its type is larger than the editor's, so with its top where
the editor's top is, what the writer types could land below its view. After a patch,
when the cursor moves to another block, and whenever it follows the editor, the
preview checks that block and, only if it is out of view, scrolls to it (see
:meth:`~newsroom.gui.preview.preview.PreviewPane.reveal_block`).
"""

from __future__ import annotations

import time
from bisect import bisect_right

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsroom.gui.preview.live_preview import LivePreview
from newsroom.gui.preview.preview import Keep, PreviewPane

#: How long a side that was scrolled to follow the other ignores its own scrolling:
#: what it reports then is the echo of the move, not the writer.
ECHO_S = 0.3

Position = tuple[int, float] | str  # (block, fraction), or "top" / "bottom"


class ScrollSync(QObject):
    def __init__(
        self, editor: QPlainTextEdit, live: LivePreview, pane: PreviewPane, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._live = live
        self._pane = pane
        self.enabled = True
        self._quiet_editor_until = 0.0
        self._quiet_preview_until = 0.0
        self._asking = False
        self._watching_page = False
        self._cursor_block = -1
        editor.verticalScrollBar().valueChanged.connect(self._editor_scrolled)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        live.rendered.connect(self._rendered)
        pane.page_loaded.connect(self._loaded)

    # -- editor → preview --------------------------------------------------------------
    def editor_position(self) -> Position:
        """Where the editor's view starts, as a position in the preview's blocks."""
        bar = self._editor.verticalScrollBar()
        if bar.value() <= bar.minimum():
            return "top"
        if bar.value() >= bar.maximum():
            return "bottom"
        block = self._editor.firstVisibleBlock()
        into = (bar.value() - block.firstLineNumber()) / max(1, block.lineCount())
        line = block.blockNumber() + min(max(into, 0.0), 1.0)
        lines = self._live.source_lines
        if not lines:
            return "top"
        index = max(0, bisect_right(lines, int(line)) - 1)
        end = lines[index + 1] if index + 1 < len(lines) else self._editor.blockCount()
        span = max(1, end - lines[index])
        return index, min(max((line - lines[index]) / span, 0.0), 1.0)

    def _editor_scrolled(self) -> None:
        if not self.enabled or time.monotonic() < self._quiet_editor_until:
            return
        self.follow_editor()

    def follow_editor(self) -> None:
        """Scroll the preview to where the editor is."""
        position = self.editor_position()
        keep = self.cursor_keep() if self._editor_leads() else None
        self._quiet_preview_until = time.monotonic() + ECHO_S
        if isinstance(position, str):
            self._pane.scroll_to_block(0, 0.0, position, keep)
        else:
            self._pane.scroll_to_block(*position, keep=keep)

    # -- the block being edited stays in view ------------------------------------------
    def cursor_keep(self) -> Keep | None:
        """The preview's block that holds the editor's cursor, how far into it the
        cursor is and where the cursor is in the editor's view; None when the
        cursor is out of the editor's view, or there are no blocks."""
        lines = self._live.source_lines
        if not lines:
            return None
        viewport = self._editor.viewport().height()
        spot = self._editor.cursorRect()
        if viewport <= 0 or spot.bottom() < 0 or spot.top() > viewport:
            return None  # the writer scrolled the editor away from the cursor
        cursor = self._editor.textCursor()
        index = max(0, bisect_right(lines, cursor.blockNumber()) - 1)
        document = self._editor.document()
        start = document.findBlockByNumber(lines[index]).position()
        if index + 1 < len(lines) and document.findBlockByNumber(lines[index + 1]).isValid():
            end = document.findBlockByNumber(lines[index + 1]).position()
        else:
            end = document.characterCount()
        fraction = (cursor.position() - start) / max(1, end - start)
        anchor = spot.center().y() / viewport
        return Keep(index, min(max(fraction, 0.0), 1.0), min(max(anchor, 0.0), 1.0))

    def _editor_leads(self) -> bool:
        """Whether the writer is at the editor (the opposite of the preview leading)."""
        if not self.enabled or not self._editor.hasFocus():
            return False
        return not (self._pane.has_view and self._pane.view.underMouse())

    def reveal_cursor(self) -> None:
        """Scroll the preview to the block that holds the editor's cursor, if that
        block is out of the preview's view and the writer is at the editor."""
        if not self._editor_leads():
            return
        keep = self.cursor_keep()
        if keep is None:
            return
        self._cursor_block = keep.block
        self._quiet_preview_until = time.monotonic() + ECHO_S
        self._pane.reveal_block(keep)

    def _cursor_moved(self) -> None:
        lines = self._live.source_lines
        block = max(0, bisect_right(lines, self._editor.textCursor().blockNumber()) - 1)
        if lines and block != self._cursor_block:
            self.reveal_cursor()

    def _rendered(self) -> None:
        if not self._watching_page and self._pane.has_view:
            self._pane.view.page().scrollPositionChanged.connect(self._preview_scrolled)
            self._watching_page = True
        if self._live.last_update == "patch":
            self.reveal_cursor()  # a load is placed when it ends: see _loaded

    def _loaded(self, ok: bool) -> None:
        # A page that loads shows its top (or where the last one was): put it where
        # the editor is. Scrolling asked for while it loaded went nowhere.
        if ok and self.enabled:
            self.follow_editor()

    # -- preview → editor --------------------------------------------------------------
    def _preview_scrolled(self, _position: QPointF) -> None:
        if not self.enabled or time.monotonic() < self._quiet_preview_until:
            return
        view = self._pane.view
        if self._editor.hasFocus() and not view.underMouse():
            return  # the page moved by itself (a patch), not by the writer's hand
        if self._asking:
            return  # the answer to come is recent enough
        self._asking = True
        self._pane.top_block(self._follow_preview)

    def _follow_preview(self, position: Position | None) -> None:
        self._asking = False
        if position is None:
            return
        bar = self._editor.verticalScrollBar()
        self._quiet_editor_until = time.monotonic() + ECHO_S
        if position == "top":
            bar.setValue(bar.minimum())
            return
        if position == "bottom":
            bar.setValue(bar.maximum())
            return
        assert not isinstance(position, str)
        index, fraction = position
        lines = self._live.source_lines
        if index >= len(lines):
            return
        end = lines[index + 1] if index + 1 < len(lines) else self._editor.blockCount()
        line = lines[index] + fraction * max(0, end - lines[index])
        block = self._editor.document().findBlockByNumber(int(line))
        if not block.isValid():
            return
        within = round((line - int(line)) * block.lineCount())
        bar.setValue(block.firstLineNumber() + within)

    def line_at_top(self) -> int:
        """The text line at the top of the editor's view (for tests and tools)."""
        return self._editor.firstVisibleBlock().blockNumber()


def scroll_editor_to_line(editor: QPlainTextEdit, line: int) -> None:
    """Put ``line`` at the top of the editor's view (the cursor goes there too)."""
    block = editor.document().findBlockByNumber(line)
    editor.setTextCursor(QTextCursor(block))
    editor.verticalScrollBar().setValue(block.firstLineNumber())
