"""The editor and the preview scroll together, in both directions.

The map between them is block-level: the preview's body is a run of blocks, and for
each the live preview knows the line of the text where its source begins
(:attr:`~newsroom.gui.live_preview.LivePreview.source_lines`). Scrolling the editor
puts the block of its top line, as far into it as the editor is into its source, at
the top of the preview; scrolling the preview does the reverse. The two ends of the
text match the two ends of the page.

The preview leads only while the writer scrolls it (the pointer over it, or the
editor without focus): a page patched while typing must never move the text.
"""

from __future__ import annotations

import time
from bisect import bisect_right

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsroom.gui.live_preview import LivePreview
from newsroom.gui.preview import PreviewPane

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
        editor.verticalScrollBar().valueChanged.connect(self._editor_scrolled)
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
        self._quiet_preview_until = time.monotonic() + ECHO_S
        if isinstance(position, str):
            self._pane.scroll_to_block(0, 0.0, position)
        else:
            self._pane.scroll_to_block(*position)

    def _rendered(self) -> None:
        if not self._watching_page and self._pane.has_view:
            self._pane.view.page().scrollPositionChanged.connect(self._preview_scrolled)
            self._watching_page = True

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
