"""The live word count: "1,234 words · 7,890 characters · 6 min read"."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from newsroom.core.i18n import translate
from newsroom.core.textstats import WORDS_PER_MINUTE, TextStats, text_stats
from newsroom.gui.editor.markdown_editor import text_of

#: Counting waits this long after the last keystroke, so typing in a long text stays fast.
DEBOUNCE_MS = 400


class StatsLabel(QLabel):
    """Shows the statistics of ``editor``'s text, recounted shortly after it changes."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StatsLabel", "Text statistics"))
        self.setToolTip(
            translate(
                "StatsLabel",
                "Counted as published: Markdown syntax, link addresses and images are left "
                "out. Reading time at {words} words a minute.",
            ).format(words=WORDS_PER_MINUTE)
        )
        self._editor = editor
        self._stats = TextStats(0, 0)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        editor.textChanged.connect(self._timer.start)
        self.refresh()

    @property
    def stats(self) -> TextStats:
        return self._stats

    @property
    def pending(self) -> bool:
        """Whether a recount is waiting for typing to pause."""
        return self._timer.isActive()

    def refresh(self) -> None:
        """Count now."""
        self._timer.stop()
        self._stats = text_stats(text_of(self._editor))
        self.setText(self._stats.summary())
