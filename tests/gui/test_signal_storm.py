"""PySide6 6.12.0 on Python 3.11 kills the process after a few thousand signals: each
``Signal.emit()`` drops a reference to ``True`` and each call of a C++ method that
returns nothing drops one to ``None``, until Python dies with "Fatal Python error:
bool_dealloc" (after ~800 emissions) or "none_dealloc" (after ~5,000 calls).
pyproject.toml pins 6.11.3 there. This fires 20,000 signals of each kind the app
relies on into Python slots, in a process of its own so that a crash is reported as
a failure, not as a dead test run. (Checked: it fails on 6.12.0, passes on 6.11.3.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

STORM = 20_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication
    from newsroom.core.library import open_library
    from newsroom.core.model import Article
    from newsroom.gui.editor.editor import ArticleEditor

    app = QApplication([])

    class Source(QObject):
        fired = Signal(int, str)

    hits = {{"custom": 0, "edited": 0}}

    def slot(n, text):
        hits["custom"] += 1

    source = Source()
    source.fired.connect(slot)
    for n in range({STORM}):
        source.fired.emit(n, "x")

    library = open_library(sys.argv[1])
    editor = ArticleEditor(library)
    editor.load(library.create_article(Article(headline="Storm")))
    editor.edited.connect(lambda: hits.__setitem__("edited", hits["edited"] + 1))
    for n in range({STORM}):
        # textChanged -> a Python slot -> edited -> another Python slot
        editor.body.insertPlainText("a\\n" if n % 8 == 7 else "a")
    print(hits["custom"], hits["edited"], editor.body.toPlainText().count("a"))
    """
)


def test_twenty_thousand_signals_into_python_slots_do_not_crash(library_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(library_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal Python error" not in done.stderr
    assert done.stdout.split() == [str(STORM), str(STORM), str(STORM)]
