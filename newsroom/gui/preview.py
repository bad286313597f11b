"""The live preview: the article page as the site shows it, locked down.

QtWebEngine is imported only when the view is first built, after the window is
on screen, so start-up does not wait for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

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
    view = QWebEngineView(parent)
    parent.addWidget(view)
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
    view.setPage(Page(profile, view))
    view.setAccessibleName("Article preview")
    return view


class PreviewPane(QStackedWidget):
    """Shows rendered pages; builds its web view on first use."""

    link_clicked = Signal(QUrl)
    page_loaded = Signal(bool)

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
        self._guards: tuple[object, ...] = ()
        self._pending: str | None = None
        self._scroll_y = 0.0
        self.html = ""

    @property
    def view(self) -> QWebEngineView:
        if self._view is None:
            self._view = _build_view(self)
            self._view.loadFinished.connect(self._loaded)
            self.setCurrentWidget(self._view)
        return self._view

    def shutdown(self) -> None:
        """Delete the page before its profile (QtWebEngine insists on that order)."""
        if self._view is None:
            return
        page = self._view.page()
        profile = page.profile()
        self._view.setPage(None)  # type: ignore[arg-type]
        page.deleteLater()
        self.removeWidget(self._view)
        self._view.deleteLater()
        self._view = None
        profile.deleteLater()
        self._guards = ()

    def show_html(self, html: str) -> None:
        """Show a page, keeping the reader's scroll position."""
        view = self.view
        self._scroll_y = view.page().scrollPosition().y()
        self.html = html
        view.setHtml(html, QUrl(BASE_URL))

    def _loaded(self, ok: bool) -> None:
        if self._scroll_y and self._view is not None:
            from PySide6.QtWebEngineCore import QWebEngineScript

            self._view.page().runJavaScript(
                f"window.scrollTo(0, {self._scroll_y:.0f});",
                QWebEngineScript.ScriptWorldId.ApplicationWorld,
            )
        self.page_loaded.emit(ok)
