"""Start-up order: the article is on screen and takes typing before QtWebEngine is
loaded; the preview, the spelling, the docks' panels, the publishing and the article's
panels follow, and none of that counts as an edit. What is asked for sooner is made
then."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from newsroom.core.library import open_library
from newsroom.core.publish.base import Action, SyncState
from newsroom.core.publish.secrets import Secrets
from newsroom.gui.library.library_panel import SYNC_STATE_ROLE
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
    # The spelling, the docks' panels and the publishing come later too.
    assert body.highlighter.spell_checker() is None
    assert win._checklist is None and win._history is None and win._related is None
    assert win._publishing is None and win.publish_menu.isEmpty()

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
    # Start-up is over once the first page has loaded: the rest of the window is made.
    assert body.highlighter.spell_checker() is not None
    assert win._publishing is not None and not win.publish_menu.isEmpty()
    assert win.docks[0].widget() is win.checklist and win.docks[3].widget() is win.related
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


def test_the_publish_menu_works_before_start_up_made_it(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    """Opened right after the first frame, the Publish menu makes the publishing then:
    its entries, the worker, the sync-state button and the list's Sync column."""
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    win.show()
    QApplication.processEvents()
    model = win.article_model
    assert win._publishing is None and win.publish_menu.isEmpty()
    assert model.headerData(model.SYNC_COLUMN, Qt.Orientation.Horizontal) == "Sync"
    assert model.index(0, model.SYNC_COLUMN).data(SYNC_STATE_ROLE) is None  # not read yet
    selected = win.articles.currentIndex().row()

    win.publish_menu.aboutToShow.emit()  # as when the menu is clicked
    publishing = win._publishing
    assert publishing is not None and win.publishing is publishing
    texts = [a.text() for a in win.publish_menu.actions()]
    assert "&Sync Now" in texts and "&Targets…" in texts
    assert publishing.direct[Action.PUBLISH].isEnabled()  # the open article, to its site
    assert publishing.state_button.text() == "Not published"
    assert publishing.worker.enabled
    # The Sync column filled in place: the rows and the selected one stayed.
    assert model.index(0, model.SYNC_COLUMN).data(SYNC_STATE_ROLE) == SyncState.NOT_PUBLISHED
    assert win.articles.currentIndex().row() == selected >= 0
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        pass
    assert win.publishing is publishing  # start-up did not make another
    win.close()
    assert publishing.worker.engine is None  # shut down with the window


def test_a_window_closed_before_start_up_ends_makes_nothing_more(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    win.show()
    QApplication.processEvents()
    win.close()
    qtbot.wait(100)
    assert win._publishing is None and win._checklist is None


PROBED = textwrap.dedent(
    """
    import sys, time
    print(f"{time.perf_counter():.4f}", flush=True)
    from newsroom.cli import main
    sys.exit(main(["--library", sys.argv[1]]))
    """
)


def test_the_app_times_its_own_start_when_asked(tmp_path: Path) -> None:
    """With NEWSROOM_STARTUP_PROBE set, the ordinary command line reports when the
    window was editable and when the preview painted (the clock the caller shares),
    names the dictionaries, and quits: what benchmarks/startup.py --command reads."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path),
        NEWSROOM_STARTUP_PROBE="1",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBED, str(tmp_path / "Timed.newsroom")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    began, times, dictionaries = done.stdout.splitlines()
    editable, painted = (float(v) for v in times.split())
    assert float(began) < editable < painted
    assert dictionaries.startswith("spelling:")
