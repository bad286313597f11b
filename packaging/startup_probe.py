"""Times the packaged app's start, for benchmarks and the package smoke test.

With ``NEWSROOM_STARTUP_PROBE=1`` in its environment, the packaged ``newsroom`` starts
its window as usual, then, once the preview has painted the article, prints two
``time.perf_counter()`` readings and quits: when the window was editable and when the
preview had painted; a second line names the spelling dictionaries the app finds.
The readings are what ``benchmarks/startup.py`` measures for the source tree; the caller
subtracts its own reading from before it launched the process (the same monotonic clock
on Linux and macOS), so the times include the bootloader and the interpreter's start.
Nothing changes when the variable is not set.
"""

from __future__ import annotations

import time
from typing import Any


def install() -> None:
    """Make :func:`newsroom.gui.app.start` report and quit once the preview is painted."""
    from newsroom.gui import app as gui_app
    from newsroom.gui.main_window import MainWindow

    start = gui_app.start

    def probed(*args: Any, **kwargs: Any) -> Any:
        started = start(*args, **kwargs)
        if started is None:
            return None
        application, newsroom = started
        application.processEvents()
        editable = time.perf_counter()
        (window,) = newsroom.windows
        assert isinstance(window, MainWindow)
        article = window.editor.article()

        def painted(ok: bool) -> None:
            shown = ok and article is not None and article.headline in window.preview.html
            if shown:  # else nothing is printed, and the caller reports a failure
                print(f"{editable:.4f} {time.perf_counter():.4f}", flush=True)
                from newsroom.core.spelling import available_languages

                print(f"spelling: {' '.join(available_languages())}", flush=True)
            window.close()
            application.quit()

        window.preview.page_loaded.connect(painted)
        return started

    gui_app.start = probed
