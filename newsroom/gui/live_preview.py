"""Keeps the preview in step with the editor: debounced, coalesced, rendered off
the GUI thread. A request that arrives while a render runs is merged into one
follow-up render when it ends."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from newsroom.core.library import Library
from newsroom.core.model import Article
from newsroom.core.page import build_page, media_refs
from newsroom.core.render import RenderedBody, render_body, render_page
from newsroom.gui.preview import PreviewLinks, PreviewPane, library_media_source
from newsroom.gui.tasks import Operation, TaskManager

DEBOUNCE_MS = 120
_EMPTY = RenderedBody("", ())


class LivePreview(QObject):
    """Renders the library's articles into ``pane``, which then shows the library's
    images (newsroom://media/<uid>) too."""

    rendered = Signal()

    def __init__(
        self, library: Library, pane: PreviewPane, tasks: TaskManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._pane = pane
        self._tasks = tasks
        self._links = PreviewLinks()
        pane.media_source = library_media_source(library)
        self._wanted: Article | None = None
        self._rendering = False
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def request(self, article: Article | None, *, now: bool = False) -> None:
        self._wanted = article
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def stop(self) -> None:
        """Render no more: the library is about to close."""
        self._stopped = True
        self._wanted = None
        self._timer.stop()
        self._pane.media_source = None

    @property
    def idle(self) -> bool:
        return not self._rendering and not self._timer.isActive()

    def _start(self) -> None:
        if self._rendering or self._wanted is None or self._stopped:
            return  # _finished starts the follow-up
        article, self._wanted = self._wanted, None
        # Library reads happen here, on the GUI thread; the pool only renders.
        refs = media_refs(self._library, article, self._links)
        frame = build_page(self._library, article, self._links, body=_EMPTY)
        links = self._links

        def work() -> str:
            body = render_body(
                article.body, dateline=article.dateline, media=refs, article_url=links.article
            )
            return render_page(replace(frame, body=body))

        self._rendering = True
        self._tasks.run(Operation("render preview", work, self._finished, self._failed))

    def _finished(self, html: str) -> None:
        self._rendering = False
        if self._stopped:
            return
        self._pane.show_html(html)
        self.rendered.emit()
        if self._wanted is not None:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        self._rendering = False
        if self._stopped:
            return
        self._pane.show_html(
            "<!DOCTYPE html><p style='font-family:sans-serif;color:#a00'>"
            "The preview could not be drawn. Your text is safe.</p>"
        )
        if self._wanted is not None:
            self._start()
