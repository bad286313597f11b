"""Start the GUI: environment, QApplication, one window per open library."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom import __version__
from newsroom.core.i18n import translate
from newsroom.core.paths import APP_NAME, default_library_path
from newsroom.gui.source_scan import scan_without_caching

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from newsroom.gui.garbage import GuiThreadCollector
    from newsroom.gui.main_window import MainWindow

#: Set (to anything but "") in the environment, the GUI times its own start: see
#: :func:`report_startup`.
STARTUP_PROBE = "NEWSROOM_STARTUP_PROBE"

#: How long a thread may hold the interpreter when another asks for it. The window's
#: thread calls into Python a dozen times for a keystroke (the editor's handlers, the
#: highlighter, the slots), and while a worker renders, saves or checks, each call waits
#: for the interpreter up to this long: Python's default of 5 ms made 100-200 ms stalls
#: while typing into a long read (benchmarks/stalls.py).
SWITCH_INTERVAL_S = 0.0005
#: How long after the first page is painted the start's objects are set aside.
SETTLE_AFTER_PAINT_MS = 500


def prepare_environment() -> None:
    """Settings Qt reads before the QApplication exists.

    Only QtCore is loaded here. QtWebEngine comes with the preview, once the window is
    on screen; its URL scheme is registered then, before its first object is made
    (:func:`newsroom.gui.preview.preview.register_scheme`)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium cannot sandbox itself when run as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if software_rendering() and "QT_QUICK_BACKEND" not in os.environ:
        # With no GPU, OpenGL would be Mesa's llvmpipe: LLVM and a GL stack in the app's
        # process (about 55 MB) to draw in software what Qt and Chromium draw in
        # software without them (benchmarks/memory.py).
        os.environ["QT_QUICK_BACKEND"] = "software"
        add_chromium_flags("--disable-gpu")
        # QtWebEngine still opens an OpenGL context once at start, only to learn the GPU's
        # vendor, and that loads Mesa's LLVM all the same (about 35 MB). Without GLX or
        # EGL on X11 that probe finds no GPU, as is the case, and nothing is drawn with
        # OpenGL anyway.
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    # The preview's page runs no script of its own (JavaScript is off for it), only the
    # app's small patches: V8's lite mode (no optimising compiler, its data made lazily)
    # costs them nothing and saves about 8 MB in the page's process.
    add_chromium_flags("--js-flags=--lite-mode")
    from PySide6.QtCore import QCoreApplication, Qt

    scan_without_caching()
    # QtWebEngine shares OpenGL contexts with the window's; the QApplication must be
    # made with this set, even though QtWebEngine is loaded later.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def add_chromium_flags(*flags: str) -> None:
    """Give Chromium these switches (``--name`` or ``--name=value``) too, unless the
    environment already sets them: a person's own choice stands."""
    current = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    names = {flag.split("=", 1)[0] for flag in current}
    added = [flag for flag in flags if flag.split("=", 1)[0] not in names]
    if added:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*current, *added])


def software_rendering() -> bool:
    """True where OpenGL could only be drawn in software: on Linux with no GPU render
    node (/dev/dri/renderD*) this process may open, or with Mesa told to draw in
    software, or on the offscreen platform."""
    if not sys.platform.startswith("linux"):
        return False
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return True
    if os.environ.get("LIBGL_ALWAYS_SOFTWARE", "0") not in ("", "0"):
        return True
    nodes = Path("/dev/dri").glob("renderD*")
    return not any(os.access(node, os.R_OK | os.W_OK) for node in nodes)


class Newsroom:
    """The running application: opens libraries into windows and reports failures."""

    def __init__(self, settings: object) -> None:
        from PySide6.QtCore import QSettings

        assert isinstance(settings, QSettings)
        self.settings = settings
        self.windows: list[object] = []

    def open(self, path: str | Path, *, read_only: bool = False, parent: object = None) -> bool:
        """Open ``path`` in a new window; on failure explain why. True if it opened."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from newsroom.core.errors import LibraryError, NewerLibraryError
        from newsroom.core.library import open_library
        from newsroom.gui.main_window import MainWindow

        path = Path(path)
        for window in self.windows:
            if isinstance(window, MainWindow) and window.library.path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return True
        try:
            library = open_library(path, read_only=read_only)
        except NewerLibraryError as exc:
            answer = QMessageBox.question(
                parent,  # type: ignore[arg-type]
                translate("Newsroom", "Open Library"),
                translate("Newsroom", "{error}\n\nOpen it read-only?").format(error=exc),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
            return self.open(path, read_only=True, parent=parent)
        except LibraryError as exc:
            QMessageBox.critical(
                parent,  # type: ignore[arg-type]
                translate("Newsroom", "Open Library"),
                str(exc),
            )
            return False
        window = MainWindow(library, self.settings)
        window.open_requested.connect(lambda p, w=window: self.open(p, parent=w))
        window.new_library_requested.connect(lambda p, w=window: self.create(p, parent=w))
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.show()
        if not library.verified:
            self._verify(window)
        return True

    def _verify(self, window: MainWindow) -> None:
        """Check every page of a big library while it is in use; if one is damaged,
        say so and close the window without writing to the file again."""
        from PySide6.QtWidgets import QMessageBox

        from newsroom.gui.tasks import Operation

        def done(problem: str | None) -> None:
            if problem is None or window not in self.windows:
                return
            window.library.read_only = True  # nothing more goes into a damaged file
            QMessageBox.critical(
                window,
                translate("Newsroom", "Library Damaged"),
                translate(
                    "Newsroom",
                    "{problem}\n\nNewsroom closes it now without writing to it again, so "
                    "nothing more is lost. Open a copy of the library made before the damage.",
                ).format(problem=problem),
            )
            window.close()

        window.tasks.run(
            Operation(translate("Newsroom", "check the library"), window.library.verify, done)
        )

    def create(self, path: str, *, parent: object = None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                parent,  # type: ignore[arg-type]
                translate("Newsroom", "New Library"),
                translate(
                    "Newsroom",
                    "“{name}” already exists and was left as it is. "
                    "Choose another name for the new library.",
                ).format(name=target.name),
            )
            return False
        return self.open(target, parent=parent)

    def _forget(self, window: object) -> None:
        if window in self.windows:
            self.windows.remove(window)


def start(
    library: Path | None = None, *, read_only: bool = False
) -> tuple[QApplication, Newsroom] | None:
    """All of :func:`run` but the event loop: the application, and a window on
    ``library`` (or the default library) shown. None if no library was opened and the
    person gave up choosing one."""
    prepare_environment()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.newsroom.Newsroom")
    from newsroom.gui.language import install

    install(app)
    from newsroom.gui.garbage import collect_on_gui_thread

    collector = collect_on_gui_thread(app)  # cycles holding Qt objects are freed here
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(files("newsroom.resources.icons") / "newsroom.svg")))
    newsroom = Newsroom(QSettings())
    path = library or default_library_path()
    while not newsroom.open(path, read_only=read_only):
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            translate("Newsroom", "Open a Newsroom Library"),
            str(Path(path).parent),
            translate("Newsroom", "Newsroom libraries (*.newsroom);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    _settle_after_first_paint(newsroom, collector)
    return app, newsroom


def _settle_after_first_paint(newsroom: Newsroom, collector: GuiThreadCollector) -> None:
    """Once the first window's page is painted (and a moment later, so the paint is on
    screen first), what the start made is set aside: see GuiThreadCollector.settle."""
    from PySide6.QtCore import QTimer

    from newsroom.gui.main_window import MainWindow

    window = newsroom.windows[-1]
    if not isinstance(window, MainWindow):
        return

    def painted(_ok: bool) -> None:
        window.preview.page_loaded.disconnect(painted)
        QTimer.singleShot(SETTLE_AFTER_PAINT_MS, collector.settle)

    window.preview.page_loaded.connect(painted)


def report_startup(app: QApplication, newsroom: Newsroom) -> None:
    """Time this start, for benchmarks and smoke tests; then quit.

    Once the window is editable (:func:`start` returned and the events it left were
    processed) and once its preview has loaded the article's page, print the two
    ``time.perf_counter()`` readings on one line, then ``spelling:`` and the
    dictionaries found, and close. The caller subtracts its own reading from before it
    launched the process (one monotonic clock for all processes on Linux and macOS).
    Nothing is printed if the page did not load the article."""
    import time

    from newsroom.gui.main_window import MainWindow

    app.processEvents()
    editable = time.perf_counter()
    (window,) = newsroom.windows
    assert isinstance(window, MainWindow)
    article = window.editor.article()

    def painted(ok: bool) -> None:
        if ok and article is not None and article.headline in window.preview.html:
            print(f"{editable:.4f} {time.perf_counter():.4f}", flush=True)
            from newsroom.core.spelling import available_languages

            print(f"spelling: {' '.join(available_languages())}", flush=True)
        window.close()
        app.quit()

    window.preview.page_loaded.connect(painted)


def run(library: Path | None = None, *, read_only: bool = False, files: Sequence[Path] = ()) -> int:
    """The GUI, until its last window closes; returns the exit status. ``files`` (from
    ``newsroom FILE…``) are imported once the window is up, and the last one opened."""
    started = start(library, read_only=read_only)
    if started is None:
        return 2
    app, newsroom = started
    if files:
        from PySide6.QtCore import QTimer

        window = newsroom.windows[-1]
        QTimer.singleShot(0, lambda: window.import_files(files))  # type: ignore[attr-defined]
    # The packaged app's launcher may put a probe of its own around start(): one is enough.
    if os.environ.get(STARTUP_PROBE) and start.__module__ == __name__:
        report_startup(app, newsroom)
    return app.exec()
