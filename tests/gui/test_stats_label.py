"""The live statistics under a real editor: debounced, formatted, cheap on long texts."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from newsroom.gui.editor.stats_label import DEBOUNCE_MS, StatsLabel


def make(qtbot, text: str = "") -> tuple[QPlainTextEdit, StatsLabel]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    label = StatsLabel(editor)
    qtbot.addWidget(label)
    return editor, label


def test_shows_words_characters_and_reading_time(qtbot) -> None:
    _, label = make(qtbot, "## Title\n\nA [link](https://example.org/long) here.")
    assert label.text() == "4 words · 18 characters · 1 min read"
    assert label.accessibleName() == "Text statistics"


def test_counts_again_once_typing_pauses(qtbot) -> None:
    editor, label = make(qtbot)
    assert label.text() == "0 words · 0 characters · 0 min read"
    qtbot.keyClicks(editor, "one two")
    assert label.pending
    assert label.text().startswith("0 words")  # not on every keystroke
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "three")
    qtbot.waitUntil(lambda: label.text().startswith("3 words"), timeout=DEBOUNCE_MS * 5)
    assert not label.pending


def test_a_long_article_uses_thousands_separators_and_counts_quickly(qtbot) -> None:
    paragraph = "The river **rose** overnight, and the [port](https://example.org) closed. " * 40
    editor, label = make(qtbot, "\n\n".join([paragraph] * 200))  # 64,000 words
    started = time.perf_counter()
    label.refresh()
    elapsed = time.perf_counter() - started
    assert label.stats.words == 64_000
    assert label.text().startswith("64,000 words · ")
    assert label.text().endswith(" · 279 min read")
    assert elapsed < 2.0, f"counting took {elapsed:.2f} s"
