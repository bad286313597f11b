"""The outline of the article: its H2 headings with their H3s, a click away."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTreeWidget, QTreeWidgetItem, QWidget

from newsroom.core.i18n import translate
from newsroom.core.outline import Heading, headings
from newsroom.gui.editor.markdown_editor import text_of

#: The outline is rebuilt this long after the last keystroke.
DEBOUNCE_MS = 300
INDEX_ROLE = Qt.ItemDataRole.UserRole  # the item's place in :meth:`OutlineView.headings`
LEVELS = (2, 3)


class OutlineView(QTreeWidget):
    """Lists the H2 and H3 headings of ``editor``'s text (H3 under their H2, an H3
    before any H2 at the top). Activating or clicking one puts the editor's cursor on
    that heading, centred in the view. The entry of the section the cursor is in is
    the current one."""

    heading_activated = Signal(int)  # the line (block number) of the heading

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("OutlineView", "Outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self._editor = editor
        self._shown: list[Heading] = []
        self._lines: list[int] = []  # the line of each heading shown
        self._items_shown: list[QTreeWidgetItem] | None = None  # their items, in order
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        editor.textChanged.connect(self._timer.start)
        self.itemActivated.connect(self._go)
        self.itemClicked.connect(self._go)
        editor.cursorPositionChanged.connect(self._follow_cursor)
        self.refresh()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def headings(self) -> list[Heading]:
        """The headings the view shows now."""
        return list(self._shown)

    def refresh(self) -> None:
        """Rebuild the outline now (only if the headings changed)."""
        self._timer.stop()
        found = [h for h in headings(text_of(self._editor)) if h.level in LEVELS]
        if found == self._shown:
            return
        self._shown = found
        self._lines = [h.line_number for h in found]
        self._items_shown = None
        self.clear()
        parent: QTreeWidgetItem | None = None
        for index, heading in enumerate(found):
            item = QTreeWidgetItem([heading.title or translate("OutlineView", "(untitled)")])
            item.setData(0, INDEX_ROLE, index)
            item.setToolTip(0, heading.title)
            if heading.level == 2 or parent is None:
                self.addTopLevelItem(item)
                if heading.level == 2:
                    parent = item
            else:
                parent.addChild(item)
        self.expandAll()
        self._follow_cursor()

    def _items(self) -> list[QTreeWidgetItem]:
        """The items in the order of :meth:`headings`."""
        items: list[QTreeWidgetItem] = []
        for top in range(self.topLevelItemCount()):
            item = self.topLevelItem(top)
            if item is None:
                continue
            items.append(item)
            for child in range(item.childCount()):
                if (sub := item.child(child)) is not None:
                    items.append(sub)
        return items

    def _follow_cursor(self) -> None:
        line = self._editor.textCursor().blockNumber()
        index = bisect_right(self._lines, line) - 1
        if self._items_shown is None:
            self._items_shown = self._items()  # until the outline is rebuilt
        items = self._items_shown
        if 0 <= index < len(items):
            if self.currentItem() is not items[index]:
                self.setCurrentItem(items[index])
        else:
            self.setCurrentIndex(QModelIndex())

    def _go(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = int(item.data(0, INDEX_ROLE))
        shown = self._shown
        if self.pending:
            # The text changed since the outline was drawn: go by today's headings
            # (the rebuild itself waits for the timer, not inside Qt's click delivery).
            shown = [h for h in headings(text_of(self._editor)) if h.level in LEVELS]
        if index >= len(shown):
            return
        line = shown[index].line_number
        block = self._editor.document().findBlockByNumber(line)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self._editor.setTextCursor(cursor)
        self._editor.centerCursor()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.heading_activated.emit(line)
