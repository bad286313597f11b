"""A journalist who never stops typing: the real Newsroom window in a process of its
own, fed a word at a time through real key events.

Run as ``python typist.py LIBRARY SETTINGS SEED``. It opens the library in the real
MainWindow (preview included), starts a new article and types into its text. After
each word it prints ``<article id> <monotonic time> <characters typed so far>`` and
flushes, so the process that kills it knows exactly what had been typed when.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path


def words(seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = [
        "minister",
        "resigned",
        "dawn",
        "parliament",
        "budget",
        "vote",
        "floods",
        "river",
        "barges",
        "harbour",
        "strike",
        "union",
        "talks",
        "court",
        "ruling",
        "border",
        "talks",
        "summit",
        "energy",
        "prices",
        "market",
        "election",
        "result",
        "coalition",
        "mayor",
        "council",
        "police",
        "witness",
        "statement",
    ]
    return [rng.choice(vocabulary) for _ in range(5000)]


def main() -> None:
    library_path, settings_path, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    from newsroom.gui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsroom.core.library import open_library
    from newsroom.gui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(
        open_library(library_path), QSettings(settings_path, QSettings.Format.IniFormat)
    )
    window.show()
    window.new_article_action.trigger()
    article_id = window.editor.loaded_id
    body = window.editor.body
    body.setFocus()
    queue = iter(words(seed))
    typed = 0

    def type_word() -> None:
        nonlocal typed
        word = next(queue) + " "
        QTest.keyClicks(body, word)
        typed += len(word)
        print(article_id, f"{time.monotonic():.4f}", typed, flush=True)

    timer = QTimer(interval=15)  # about 60 words a second: a fast typist, many bursts
    timer.timeout.connect(type_word)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()
