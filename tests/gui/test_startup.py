"""Start-up order: the article is on screen and takes typing before QtWebEngine is
loaded; the preview, the spelling and the article's panels follow, and none of that
counts as an edit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from newsroom.core.library import open_library
from newsroom.gui.main_window import MainWindow


def test_the_window_takes_typing_before_the_web_view_exists(
    qtbot, library_path: Path, settings: QSettings
) -> None:
    win = MainWindow(open_library(library_path), settings)
    qtbot.addWidget(win)
    win.show()
    QApplication.processEvents()  # shown and painted; start-up goes on from here
    body = win.editor.body
    assert win.editor.headline.text() == "Welcome to Newsroom"
    assert body.hasFocus() and not body.isReadOnly() and win.editor.isEnabled()
    assert win.findChild(QWebEngineView) is None
    assert win.live_preview is None
    # The spelling and the article's panels come later too.
    assert body.highlighter.spell_checker() is None
    assert win.checklist.summary.text() == "Checking…" and win.history.model.rowCount() == 0

    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Typed at once.")
    assert body.toPlainText().endswith(" Typed at once.")
    assert win.save_state.text() == "Editing…"

    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000) as loaded:
        pass
    assert loaded.args == [True]
    view = win.findChild(QWebEngineView)
    assert view is not None and view.isVisible()
    assert "Typed at once." in win.preview.html
    # Start-up is over once the first page has loaded.
    assert body.highlighter.spell_checker() is not None
    qtbot.waitUntil(lambda: win.checklist.summary.text() == "Ready to publish")
    assert win.history.model.rowCount() > 0
    win.close()


def test_starting_up_is_not_an_edit(qtbot, library_path: Path, settings: QSettings) -> None:
    # Underlining misspellings once the dictionary is there re-highlights the text,
    # which the text widget reports as a change: that is not typing.
    win = MainWindow(open_library(library_path), settings)
    qtbot.addWidget(win)
    edits: list[bool] = []
    win.editor.edited.connect(lambda: edits.append(True))
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        win.show()
    qtbot.wait(50)
    assert win.editor.body.highlighter.spell_checker() is not None
    assert edits == []
    assert win.save_state.text() == ""
    win.close()


def test_a_window_with_no_article_finishes_starting(
    qtbot, library_path: Path, settings: QSettings
) -> None:
    library = open_library(library_path)
    library.conn.execute("DELETE FROM articles")
    win = MainWindow(library, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.live_preview is not None, timeout=5000)
    qtbot.wait(50)
    assert win.editor.loaded_id is None
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        win.new_article_action.trigger()  # the preview shows the first article
    assert win.findChild(QWebEngineView) is not None
    assert win.editor.body.highlighter.spell_checker() is not None
    checked = win.checklist.summary
    qtbot.waitUntil(lambda: checked.text() not in ("No article is open.", "Checking…"))
    win.close()


PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsroom.gui.app import start

    app, newsroom = start(Path(sys.argv[1]))
    app.processEvents()
    (window,) = newsroom.windows
    print("editor:", window.editor.headline.text(), flush=True)
    print("webengine loaded:", any(m.startswith("PySide6.QtWebEngine") for m in sys.modules))

    def loaded(ok):
        print("page loaded:", ok, "Welcome to Newsroom" in window.preview.html, flush=True)
        window.close()
        app.quit()

    window.preview.page_loaded.connect(loaded)
    sys.exit(app.exec())
    """
)


def test_the_app_shows_the_article_before_it_loads_qtwebengine(tmp_path: Path) -> None:
    """The real start-up path (:func:`newsroom.gui.app.start`, in a process of its own):
    QtWebEngine, its URL scheme included, comes after the window, and the preview
    still shows the article."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "Start.newsroom")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines() == [
        "editor: Welcome to Newsroom",
        "webengine loaded: False",
        "page loaded: True True",
    ]
    assert "Too late to register scheme" not in done.stderr
