"""Keeps the preview in step with the editor: rendered off the GUI thread, at once
when no render is running; the requests that arrive while one runs are merged into
one follow-up render when it ends (no fixed delay to wait out).

When only the body changed (same article, same frame: headline, breadcrumb, byline
and the rest), the page's DOM is patched in place so the reader keeps their place:
only the blocks that changed are sent to the page, and the Contents when they changed.
Otherwise the page is loaded afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from html import escape

from PySide6.QtCore import QObject, Signal

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.markdown_ext import MEDIA_SCHEME, MediaRef
from newsroom.core.model import Article
from newsroom.core.render import Page, RenderedBody, render_body
from newsroom.core.render.incremental import IncrementalRenderer
from newsroom.core.render.page import build_page, media_refs
from newsroom.core.render.page_frame import FrameCache
from newsroom.core.render.theme import Theme, load_theme, render_themed
from newsroom.core.text_edit import TextEdit
from newsroom.gui.preview.preview import (
    Html,
    PreviewLinks,
    PreviewPane,
    library_media_source,
    marked_blocks,
)
from newsroom.gui.tasks import Operation, TaskManager

_EMPTY = RenderedBody("", ())


@dataclass(frozen=True)
class RenderedBlocks:
    """An article's body, rendered: ``"".join(blocks) == body.html``; ``lines``
    holds the line of the text where each block's source begins."""

    body: RenderedBody
    blocks: list[str]
    lines: list[int]


#: Renders an article's body; runs on a worker thread. The default keeps one
#: incremental renderer per article (:class:`IncrementalBodies`); :func:`full_body`
#: renders it whole (see :meth:`LivePreview.set_body_renderer`).
BodyRenderer = Callable[[Article, Mapping[str, MediaRef], Callable[[str], str]], RenderedBlocks]


def full_body(
    article: Article, media: Mapping[str, MediaRef], article_url: Callable[[str], str]
) -> RenderedBlocks:
    body = render_body(
        article.body, dateline=article.dateline, media=media, article_url=article_url
    )
    blocks = [body.html] if body.html else []
    return RenderedBlocks(body, blocks, [0] * len(blocks))


#: Where the editor's text ``after`` (the one it gives now) differs from ``before``, an
#: earlier one it gave (the very objects), or None: see
#: :meth:`~newsroom.gui.editor.markdown_editor.MarkdownEditor.edit_since`.
EditSource = Callable[[str, str], TextEdit | None]


def _renderer_key(
    article: Article, media: Mapping[str, MediaRef], article_url: Callable[[str], str]
) -> tuple[object, ...]:
    """What an incremental renderer is made for: another needs a new one."""
    return (article.id, article.dateline, tuple(sorted(media.items())), article_url)


class IncrementalBodies:
    """A :data:`BodyRenderer` that keeps one incremental renderer per article, so
    typing re-renders only the block that changed. A new one is made when the
    article, its dateline or its images change; the output is the full render's,
    byte for byte (tests/core/test_incremental.py)."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._renderer: IncrementalRenderer | None = None

    def __call__(
        self, article: Article, media: Mapping[str, MediaRef], article_url: Callable[[str], str]
    ) -> RenderedBlocks:
        key = _renderer_key(article, media, article_url)
        if self._renderer is None or key != self._key:
            self._key = key
            self._renderer = IncrementalRenderer(
                dateline=article.dateline, media=media, article_url=article_url
            )
        result = self._renderer.render(article.body)
        return RenderedBlocks(result.body, result.blocks, result.lines)

    def quick(
        self,
        article: Article,
        media: Mapping[str, MediaRef],
        article_url: Callable[[str], str],
        edits: EditSource | None = None,
    ) -> RenderedBlocks | None:
        """The render of ``article`` if it costs what a keystroke costs (the same
        article, an edit rendered in its neighbourhood: see
        :meth:`~newsroom.core.render.incremental.IncrementalRenderer.render_if_local`), else
        None, with nothing changed: then call the renderer, on a worker. ``edits``
        says where the text changed since the last one rendered, when it knows."""
        if self._renderer is None or _renderer_key(article, media, article_url) != self._key:
            return None
        last = self._renderer.text
        edit = edits(last, article.body) if edits is not None and last is not None else None
        result = self._renderer.render_if_local(article.body, edit)
        if result is None:
            return None
        return RenderedBlocks(result.body, result.blocks, result.lines)


@dataclass(frozen=True)
class RenderedPreview:
    """What a render gives the GUI thread."""

    article_id: int | None
    theme: Theme
    html: Html  # the page, or the function that makes it
    blocks: list[str]  # the body's; html holds marked_blocks(blocks)
    lines: list[int]  # where each block's source begins
    frame: str  # the page with an empty body: what changes around the body
    theme_problem: str


def _near_media(before: str, after: str, edit: TextEdit) -> bool:
    """Whether ``edit`` touched, or came near enough to make, a library image's
    reference (``media:`` and its 36-character id) in either text."""
    reach = len(MEDIA_SCHEME) + 36
    start = max(0, edit.position - reach)
    return (
        MEDIA_SCHEME in before[start : edit.position + edit.removed + reach]
        or MEDIA_SCHEME in after[start : edit.position + edit.added + reach]
    )


def _compose(
    article: Article, rendered: RenderedBlocks, frame: Page, theme: Theme, frames: FrameCache
) -> RenderedPreview:
    """The preview's page of ``article`` from its rendered body and the page around it."""
    page = replace(frame, body=RenderedBody("", rendered.body.contents))
    around = frames.around(page, theme)
    html: Html
    if around is not None:
        blocks = rendered.blocks
        # Joined only if it is asked for: a keystroke's patch sends just its block.
        html, empty, problem = (
            (lambda: around.page(marked_blocks(blocks))),
            around.empty,
            around.problem,
        )
    else:  # the template does more with the body than show it: render it whole
        marked = marked_blocks(rendered.blocks)
        themed = render_themed(replace(page, body=replace(page.body, html=marked)), theme)
        html, empty, problem = themed.html, render_themed(page, theme).html, themed.problem
    return RenderedPreview(article.id, theme, html, rendered.blocks, rendered.lines, empty, problem)


class LivePreview(QObject):
    """Renders the library's articles into ``pane``, which then shows the library's
    images (newsroom://media/<uid>) too."""

    rendered = Signal()
    #: Why the library's site theme is not used ("" once it is fine again).
    theme_problem = Signal(str)

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
        self._body_renderer: BodyRenderer = IncrementalBodies()
        self._edits: EditSource | None = None
        self._refs: dict[str, MediaRef] = {}
        self._refs_from: tuple[tuple[object, ...], str] | None = None  # (key, body)
        self._frames = FrameCache()  # used by one render at a time
        self._frame_key: tuple[object, ...] | None = None
        self._frame_inputs: tuple[Page, Theme] | None = None
        self._shown: RenderedPreview | None = None
        self._problem = ""
        #: How the last page reached the pane: "load" or "patch" (for tests and tools).
        self.last_update = ""

    def set_edit_source(self, edits: EditSource | None) -> None:
        """Ask ``edits`` where the text changed since the last render, instead of
        comparing the two texts (a keystroke in a long read: a fraction of a
        millisecond less)."""
        self._edits = edits

    def set_body_renderer(self, renderer: BodyRenderer) -> None:
        """Render bodies with ``renderer`` (called on a worker thread, one call at a
        time) instead of :func:`full_body`."""
        self._body_renderer = renderer

    def request(self, article: Article | None) -> None:
        """Show ``article`` as soon as possible: at once when no render is running;
        otherwise the requests made meanwhile become one render when it ends."""
        self._wanted = article
        self._start()

    def stop(self) -> None:
        """Render no more: the library is about to close."""
        self._stopped = True
        self._wanted = None
        self._pane.media_source = None

    @property
    def source_lines(self) -> list[int]:
        """For each block of the body shown, the line of the text where its source
        begins (see :class:`~newsroom.gui.preview.scroll_sync.ScrollSync`)."""
        return self._shown.lines if self._shown is not None else []

    @property
    def idle(self) -> bool:
        return not self._rendering and self._wanted is None

    def _start(self) -> None:
        if self._rendering or self._wanted is None or self._stopped:
            return  # _finished starts the follow-up
        article, self._wanted = self._wanted, None
        # Library reads happen here, on the GUI thread; the pool only renders.
        version = self._library.change_count()
        refs = self._refs_of(article, version)
        frame, theme = self._frame_of(article, version)
        links = self._links
        render = self._body_renderer
        frames = self._frames
        if isinstance(render, IncrementalBodies):
            # A keystroke's render costs about a millisecond: done here, it is on the
            # page without the two trips between threads, and no worker competes with
            # typing for the interpreter. Anything bigger goes to the pool.
            try:
                quick = render.quick(article, refs, links.article, self._edits)
            except Exception:  # the worker renders it again, and reports what fails
                quick = None
            if quick is not None:
                self._finished(_compose(article, quick, frame, theme, frames))
                return

        def work() -> RenderedPreview:
            return _compose(article, render(article, refs, links.article), frame, theme, frames)

        self._rendering = True
        self._tasks.run(
            Operation(
                translate("LivePreview", "render preview"), work, self._finished, self._failed
            )
        )

    def _refs_of(self, article: Article, version: tuple[int, int]) -> dict[str, MediaRef]:
        """The library images that ``article``'s body refers to: looked for again only
        when the library changed (``version``: :meth:`Library.change_count`), or an
        edit came near a reference (or may have)."""
        key = (version, article.id)
        last = self._refs_from
        if last is not None and last[0] == key and self._edits is not None:
            edit = self._edits(last[1], article.body)
            if edit is not None and not _near_media(last[1], article.body, edit):
                self._refs_from = (key, article.body)
                return self._refs
        self._refs = media_refs(self._library, article, self._links)
        self._refs_from = (key, article.body)
        return self._refs

    def _frame_of(self, article: Article, version: tuple[int, int]) -> tuple[Page, Theme]:
        """The page around ``article``'s body, and the theme: read again from the
        library only when it (``version``) or the article's other fields changed."""
        key = (version, replace(article, body=""))
        if key != self._frame_key or self._frame_inputs is None:
            frame = build_page(self._library, article, self._links, body=_EMPTY)
            self._frame_key, self._frame_inputs = key, (frame, load_theme(self._library))
        return self._frame_inputs

    def _finished(self, result: RenderedPreview) -> None:
        self._rendering = False
        if self._stopped:
            return
        shown = self._shown
        pane = self._pane
        if (
            shown is not None
            and shown.article_id == result.article_id
            and shown.theme == result.theme
            and pane.html_source is shown.html
            and pane.blocks == shown.blocks
        ):
            self.last_update = "patch"
            changed = result.frame != shown.frame
            pane.patch_blocks(result.html, result.blocks, result.frame if changed else None)
        else:
            self.last_update = "load"
            pane.show_html(result.html, result.blocks)
        self._shown = result
        if result.theme_problem != self._problem:
            self._problem = result.theme_problem
            self.theme_problem.emit(result.theme_problem)
        self.rendered.emit()
        if self._wanted is not None:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        self._rendering = False
        if self._stopped:
            return
        self._shown = None
        self.last_update = "load"
        message = translate("LivePreview", "The preview could not be drawn. Your text is safe.")
        self._pane.show_html(
            f"<!DOCTYPE html><p style='font-family:sans-serif;color:#a00'>{escape(message)}</p>"
        )
        if self._wanted is not None:
            self._start()
