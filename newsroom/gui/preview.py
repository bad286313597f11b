"""The live preview: the article page as the site shows it, locked down.

QtWebEngine is imported only when the view is first built, after the window is
on screen, so start-up does not wait for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from newsroom.core.library import Library

#: Page scheme of the preview; article links look like newsroom://article/<slug>.
SCHEME = "newsroom"
BASE_URL = f"{SCHEME}://preview/"
ALLOWED_LOAD_SCHEMES = {"data", SCHEME, "about"}
#: Library images load from newsroom://media/<uid>.
MEDIA_HOST = "media"
#: What the preview serves: images a page may show, never a page or a script.
SERVED_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml", "image/avif"}
)
_UID = re.compile(r"[0-9a-fA-F-]{36}")  # as media:UID in the core (a uuid4)

#: The parts of a page that depend on the article's body; a patch replaces these.
BODY_SELECTOR = ".article-body"
CONTENTS_SELECTOR = "nav.contents"
PATCH_REGIONS = (BODY_SELECTOR, CONTENTS_SELECTOR)
#: The width of the mobile view, in CSS pixels (an iPhone 12 to 15).
MOBILE_WIDTH = 390


class Device(StrEnum):
    """How wide the preview shows the page."""

    DESKTOP = "desktop"
    MOBILE = "mobile"


class Scheme(StrEnum):
    """The colour scheme the preview forces on the page (site.css honours both)."""

    LIGHT = "light"
    DARK = "dark"


#: The page's background per scheme, so a load does not flash the other colour.
_PAPER = {Scheme.LIGHT: "#ffffff", Scheme.DARK: "#15191e"}

# Runs in the app's own script world: page JavaScript stays off. It brings each
# region of the live page (PATCH_REGIONS) in step with the same region of the new
# page, replacing only the child nodes that differ, between the common head and
# tail: typing in one paragraph replaces that paragraph and nothing else. Returns
# the number of nodes replaced, or -1 when the two pages do not have the same
# regions (the caller then loads the page).
_PATCH_JS = """
(function (op) {
  function sync(live, fresh) {
    var o = Array.from(live.childNodes), n = Array.from(fresh.childNodes);
    var s = 0;
    while (s < o.length && s < n.length && o[s].isEqualNode(n[s])) s++;
    var e = 0;
    while (e < o.length - s && e < n.length - s &&
           o[o.length - 1 - e].isEqualNode(n[n.length - 1 - e])) e++;
    var ref = e ? o[o.length - e] : null;
    for (var i = s; i < o.length - e; i++) live.removeChild(o[i]);
    for (var j = s; j < n.length - e; j++) live.insertBefore(document.importNode(n[j], true), ref);
    return (o.length - e - s) + (n.length - e - s);
  }
  var fresh;
  if (op.page !== null) {
    fresh = new DOMParser().parseFromString(op.page, "text/html");
  } else {
    var holder = document.createElement("template");
    holder.innerHTML = op.body;
    fresh = {querySelectorAll: function () { return [holder.content]; }};
  }
  var pairs = [];
  for (var k = 0; k < op.regions.length; k++) {
    var a = document.querySelectorAll(op.regions[k]), b = fresh.querySelectorAll(op.regions[k]);
    if (a.length !== b.length || (op.regions[k] === op.bodySelector && a.length !== 1)) return -1;
    for (var m = 0; m < a.length; m++) pairs.push([a[m], b[m]]);
  }
  var changed = 0;
  for (var p = 0; p < pairs.length; p++) {
    if (pairs[p][0].isConnected) changed += sync(pairs[p][0], pairs[p][1]);
  }
  return changed;
})(%s)
"""

#: Gives an image of the library by uid: (bytes, MIME type), or None if there is none.
MediaSource = Callable[[str], tuple[bytes, str] | None]


def media_url(uid: str) -> str:
    return f"{SCHEME}://{MEDIA_HOST}/{uid}"


def media_uid_of(url: QUrl) -> str | None:
    """The uid of a ``newsroom://media/<uid>`` URL; None for anything else, such as
    another host, a query, or a path that is not one plain uid (``..``, ``%2e%2e``,
    ``a/b``)."""
    if (
        not url.isValid()
        or url.scheme() != SCHEME
        or url.host() != MEDIA_HOST
        or url.port() != -1
        or url.userInfo()
        or url.hasQuery()
        or url.hasFragment()
    ):
        return None
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    decoded = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
    if encoded != decoded or not encoded.startswith("/"):
        return None  # anything percent-encoded is refused outright
    uid = encoded[1:]
    return uid if _UID.fullmatch(uid) else None


def library_media_source(library: Library) -> MediaSource:
    """A :data:`MediaSource` over a :class:`~newsroom.core.library.Library`."""
    from newsroom.core.errors import NotFoundError

    def source(uid: str) -> tuple[bytes, str] | None:
        try:
            media = library.media(uid)
        except NotFoundError:
            return None
        return bytes(media.data), media.mime_type

    return source


class PreviewLinks:
    """Links in the preview: articles and sections stay inside the app."""

    def home(self) -> str:
        return f"{SCHEME}://home/"

    def article(self, slug: str) -> str:
        return f"{SCHEME}://article/{slug}"

    def section(self, lineage: Any) -> str:
        return f"{SCHEME}://section/" + "/".join(s.slug for s in lineage)

    def tag(self, tag: str) -> str:
        return f"{SCHEME}://tag/{tag}"

    def media(self, media: Any) -> str:
        # Not a data: URL: setHtml refuses pages over 2 MB, and photos are bigger.
        return media_url(media.uid)


def register_scheme() -> None:
    """Declare the app's URL scheme; must run before the QApplication exists."""
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # LocalScheme keeps any other origin out; LocalAccessAllowed lets the preview
    # page (newsroom://preview) load the library's images (newsroom://media).
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def _build_view(parent: PreviewPane) -> QWebEngineView:
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineSettings,
        QWebEngineUrlRequestInfo,
        QWebEngineUrlRequestInterceptor,
        QWebEngineUrlRequestJob,
        QWebEngineUrlSchemeHandler,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class Interceptor(QWebEngineUrlRequestInterceptor):
        """Nothing leaves the machine: only data: and the app's own scheme load."""

        def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
            if info.requestUrl().scheme() not in ALLOWED_LOAD_SCHEMES:
                info.block(True)

    class SchemeHandler(QWebEngineUrlSchemeHandler):
        """Serves the library's images at newsroom://media/<uid> and refuses every
        other load of the app's scheme: links are handled by navigation."""

        def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802
            found = self._find(job)
            if found is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            data, mime_type = found
            # The job reads the buffer after this returns; as the job's child, the
            # buffer lives exactly as long as the job.
            buffer = QBuffer(job)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            job.reply(mime_type.encode("ascii"), buffer)

        @staticmethod
        def _find(job: QWebEngineUrlRequestJob) -> tuple[bytes, str] | None:
            source = parent.media_source
            if source is None or bytes(job.requestMethod().data()) != b"GET":
                return None
            uid = media_uid_of(job.requestUrl())
            if uid is None:
                return None
            try:
                found = source(uid)
            except Exception:  # a closed library, say: the image is simply missing
                return None
            if found is None or found[1] not in SERVED_TYPES:
                return None
            return found

    class Page(QWebEnginePage):
        def acceptNavigationRequest(  # noqa: N802
            self, url: QUrl, kind: QWebEnginePage.NavigationType, is_main_frame: bool
        ) -> bool:
            if kind != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                return url.scheme() in ALLOWED_LOAD_SCHEMES
            if url.scheme() == SCHEME and url.host() == "preview":
                return True  # a Contents anchor within the page
            parent.link_clicked.emit(url)
            return False

    # The view is created before the profile so that, as children of the pane, it
    # and its page are deleted first: a profile must outlive its pages.
    stage = QWidget(parent)
    stage.setObjectName("preview-stage")
    stage.setAccessibleName("Preview stage")
    row = QHBoxLayout(stage)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    view = QWebEngineView(stage)
    row.addWidget(view)
    parent.addWidget(stage)
    parent._stage = stage
    profile = QWebEngineProfile(parent)  # off the record: nothing stored on disk
    # The pane holds Python references: a parent alone does not keep a Python
    # subclass alive in PySide6, and a collected interceptor filters nothing.
    parent._guards = (Interceptor(profile), SchemeHandler(profile))
    profile.setUrlRequestInterceptor(parent._guards[0])
    profile.installUrlSchemeHandler(SCHEME.encode(), parent._guards[1])
    settings = profile.settings()
    off = (
        QWebEngineSettings.WebAttribute.JavascriptEnabled,
        QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
        QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
        QWebEngineSettings.WebAttribute.PluginsEnabled,
        QWebEngineSettings.WebAttribute.AutoLoadIconsForPage,
        QWebEngineSettings.WebAttribute.DnsPrefetchEnabled,
        QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
    )
    for attribute in off:
        settings.setAttribute(attribute, False)
    page = Page(profile, view)
    view.setPage(page)
    view.setAccessibleName("Article preview")
    return view


class PreviewPane(QStackedWidget):
    """Shows rendered pages; builds its web view on first use."""

    link_clicked = Signal(QUrl)
    page_loaded = Signal(bool)
    #: After :meth:`patch_page` or :meth:`patch_body`: True if the DOM was patched,
    #: False if it could not be (patch_page then loads the page instead).
    patched = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, *, media_source: MediaSource | None = None
    ) -> None:
        super().__init__(parent)
        #: Where newsroom://media/<uid> images come from; None shows none.
        self.media_source = media_source
        self.setAccessibleName("Preview")
        self.setMinimumWidth(320)
        self._placeholder = QLabel("Preparing the preview…")
        self._placeholder.setAccessibleName("Preview placeholder")
        self.addWidget(self._placeholder)
        self._view: QWebEngineView | None = None
        self._stage: QWidget | None = None
        self._guards: tuple[object, ...] = ()
        self._pending: str | None = None
        self._scroll_y = 0.0
        self._loading = False
        self._generation = 0
        self.device = Device.DESKTOP
        self.scheme = Scheme.LIGHT
        #: The page shown, as last given to :meth:`show_html` or :meth:`patch_page`.
        self.html = ""

    @property
    def view(self) -> QWebEngineView:
        if self._view is None:
            self._view = _build_view(self)
            self._view.loadFinished.connect(self._loaded)
            assert self._stage is not None
            self.setCurrentWidget(self._stage)
            self._apply_views()
        return self._view

    # -- views (preview only: the page's HTML is never changed for them) ----------
    def set_device(self, device: Device) -> None:
        """Desktop: the page fills the pane. Mobile: a centred column MOBILE_WIDTH wide."""
        self.device = Device(device)
        self._apply_views()

    def set_scheme(self, scheme: Scheme) -> None:
        """Force light or dark: a class on ``<html>`` that site.css honours."""
        self.scheme = Scheme(scheme)
        self._apply_views()

    def _apply_views(self) -> None:
        if self._view is None or self._stage is None:
            return
        from PySide6.QtWebEngineCore import QWebEngineScript

        view = self._view
        row = self._stage.layout()
        assert isinstance(row, QHBoxLayout)
        if self.device is Device.MOBILE:
            view.setFixedWidth(MOBILE_WIDTH)
            row.setContentsMargins(0, 12, 0, 12)
            self._stage.setStyleSheet("#preview-stage { background: #5c6570; }")
        else:
            view.setMinimumWidth(0)
            view.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX
            row.setContentsMargins(0, 0, 0, 0)
            self._stage.setStyleSheet("")
        page = view.page()
        page.setBackgroundColor(QColor(_PAPER[self.scheme]))
        code = self._scheme_js()
        scripts = page.scripts()
        for old in scripts.find("newsroom-scheme"):
            scripts.remove(old)
        script = QWebEngineScript()
        script.setName("newsroom-scheme")
        script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
        # <html> exists from DocumentReady on, before the page is first painted.
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(code)
        scripts.insert(script)
        page.runJavaScript(code, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def _scheme_js(self) -> str:
        add = f"theme-{self.scheme.value}"
        drop = [f"theme-{s.value}" for s in Scheme if s is not self.scheme]
        return (
            "if (document.documentElement) {"
            f" document.documentElement.classList.remove(...{json.dumps(drop)});"
            f" document.documentElement.classList.add({json.dumps(add)}); }}"
        )

    def shutdown(self) -> None:
        """Delete the page before its profile (QtWebEngine insists on that order)."""
        if self._view is None:
            return
        page = self._view.page()
        profile = page.profile()
        self._view.setPage(None)  # type: ignore[arg-type]
        page.deleteLater()
        if self._stage is not None:
            self.removeWidget(self._stage)
            self._stage.deleteLater()
        self._view = None
        self._stage = None
        profile.deleteLater()
        self._guards = ()

    def show_html(self, html: str) -> None:
        """Load a page, keeping the reader's scroll position as well as a reload can."""
        view = self.view
        if not self._loading:
            self._scroll_y = view.page().scrollPosition().y()
        self._generation += 1
        self._loading = True
        self.html = html
        view.setHtml(html, QUrl(BASE_URL))

    def patch_page(self, html: str) -> None:
        """Show ``html``, a page with the same frame as the one shown (only its body
        and Contents differ), by updating the live DOM in place: the reader keeps
        their scroll position and nothing else is reloaded. Falls back to
        :meth:`show_html` if the two pages do not have the same regions, or while a
        load is still under way. Emits :attr:`patched` when done."""
        if self._view is None or self._loading or not self.html:
            self.show_html(html)
            self.patched.emit(False)
            return
        self.html = html
        self._run_patch({"page": html, "body": None}, PATCH_REGIONS, html)

    def patch_body(self, body_html: str) -> None:
        """Replace the children of the page's body container (``.article-body``)
        by ``body_html``, changing only the blocks that differ. The Contents box is
        left as it is (use :meth:`patch_page` to update both); :attr:`html` no
        longer describes the page exactly afterwards."""
        if self._view is None or self._loading:
            raise RuntimeError("no page to patch yet")
        self._run_patch({"page": None, "body": body_html}, (BODY_SELECTOR,), None)

    def _run_patch(
        self, op: dict[str, str | None], regions: tuple[str, ...], fallback: str | None
    ) -> None:
        from PySide6.QtWebEngineCore import QWebEngineScript

        self._generation += 1
        generation = self._generation
        args = {**op, "regions": list(regions), "bodySelector": BODY_SELECTOR}
        # json.dumps makes a JavaScript literal of any string: no way out of it.
        script = _PATCH_JS % json.dumps(args)

        def done(changed: object) -> None:
            if self._view is None:
                return  # shut down meanwhile
            ok = isinstance(changed, int | float) and changed >= 0
            if not ok and fallback is not None and generation == self._generation:
                self.show_html(fallback)  # still the latest wish: load it
            self.patched.emit(ok)

        assert self._view is not None
        self._view.page().runJavaScript(
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, done
        )

    def _loaded(self, ok: bool) -> None:
        # Only a load this pane asked for; not, say, a jump to a Contents anchor.
        was_loading, self._loading = self._loading, False
        if was_loading and self._scroll_y and self._view is not None:
            from PySide6.QtWebEngineCore import QWebEngineScript

            self._view.page().runJavaScript(
                f"window.scrollTo(0, {self._scroll_y:.0f});",
                QWebEngineScript.ScriptWorldId.ApplicationWorld,
            )
        self.page_loaded.emit(ok)
