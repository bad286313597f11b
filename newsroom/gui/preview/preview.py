"""The live preview: the article page as the site shows it, locked down.

QtWebEngine is imported only when the view is first built, after the window is
on screen, so start-up does not wait for it.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QWidget

from newsroom.core.i18n import translate

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

# Brings the child nodes of ``live`` in step with those of ``fresh``: only the run
# between their common head and tail is replaced. Returns the nodes removed and added.
_SYNC_JS = """
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
"""

# Runs in the app's own script world: page JavaScript stays off. It brings each
# region of the live page (PATCH_REGIONS) in step with the same region of the new
# page, replacing only the child nodes that differ, between the common head and
# tail: typing in one paragraph replaces that paragraph and nothing else. Returns
# the number of nodes replaced, or -1 when the two pages do not have the same
# regions (the caller then loads the page).
_PATCH_JS = """
(function (op) {
SYNC_JS  var fresh;
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

# Runs in the app's own script world. The preview's body is a run of blocks, each led
# by a BLOCK_MARK comment, with one more mark after the last (see marked_blocks): it
# replaces ``remove`` blocks from ``start`` by the ``insert`` blocks, touching no other
# node of the body. ``frame``, when given, is the new page with an empty body container:
# the rest of the page (Contents, times, head) is brought in step with it, node by node,
# the body container kept. Everything is checked before anything changes; on a mismatch
# the page is marked stale (later splices refuse too, until a load) and -1 comes back:
# the caller then loads the page. A block replaced by one of the same shape (a key
# typed in a paragraph) keeps its nodes: only the text that differs changes, which is
# all the page engine must lay out again (benchmarks/preview.py).
_SPLICE_JS = """
(function (op) {
SYNC_JS  function sameAttributes(a, b) {
    if (a.attributes.length !== b.attributes.length) return false;
    for (var i = 0; i < a.attributes.length; i++) {
      if (b.getAttribute(a.attributes[i].name) !== a.attributes[i].value) return false;
    }
    return true;
  }
  // Bring live's children in step with fresh's, keeping the body container (root):
  // along the path to it the two must have the same shape; elsewhere a node that
  // differs is replaced. With apply false it only checks; returns false on a mismatch.
  function frame(live, fresh, root, apply) {
    if (!live.contains(root)) {
      if (apply) sync(live, fresh);
      return true;
    }
    var o = Array.from(live.childNodes), n = Array.from(fresh.childNodes);
    if (o.length !== n.length) return false;
    for (var k = 0; k < o.length; k++) {
      var a = o[k], b = n[k];
      if (a === root) {
        if (b.nodeType !== 1 || !b.matches(op.bodySelector) || !sameAttributes(a, b)) {
          return false;
        }
      } else if (a.nodeType === 1 && a.contains(root)) {
        if (b.nodeName !== a.nodeName || !sameAttributes(a, b)) return false;
        if (!frame(a, b, root, apply)) return false;
      } else if (apply && !a.isEqualNode(b)) {
        live.replaceChild(document.importNode(b, true), a);
      }
    }
    return true;
  }
  // Make the live node like the fresh one in place: true if they had the same shape
  // (names, attributes, children), the text and comments then being brought in step.
  function morph(a, b) {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
    if (a.nodeType === 3 || a.nodeType === 8) {
      if (a.data !== b.data) a.data = b.data;
      return true;
    }
    if (a.nodeType !== 1 || a.childNodes.length !== b.childNodes.length) return false;
    if (!sameAttributes(a, b)) return false;
    for (var c = a.firstChild, d = b.firstChild; c !== null; c = c.nextSibling, d = d.nextSibling) {
      if (!morph(c, d)) return false;
    }
    return true;
  }
  // Block i's nodes morphed into those of html; false (some perhaps changed) if not alike.
  function morphBlock(marks, i, html, holder) {
    holder.innerHTML = html;
    var fresh = holder.content.childNodes, k = 0;
    for (var n = marks[i].nextSibling; n !== marks[i + 1]; n = n.nextSibling, k++) {
      if (k >= fresh.length || !morph(n, fresh[k])) return false;
    }
    return k === fresh.length;
  }
  function refuse() { document.__nrStale = true; document.__nrMarks = null; return -1; }
  if (document.__nrStale) return -1;
  var marks = MARKS_JS(op);
  if (marks === null) return refuse();
  var root = document.__nrRoot;
  if (marks.length !== op.count || op.start + op.remove >= marks.length) return refuse();
  var fresh = null;
  if (op.frame !== null) {
    // The <html> element's own attributes are the pane's (light or dark): left alone,
    // but for the page's language and direction: a new one has the page loaded again.
    fresh = new DOMParser().parseFromString(op.frame, "text/html").documentElement;
    var page = document.documentElement;
    if (fresh.lang !== page.lang || fresh.dir !== page.dir) return refuse();
    if (!frame(page, fresh, root, false)) return refuse();
  }
  var holder = document.createElement("template");
  var one = op.remove === 1 && op.insert.length === 1;
  if (one && morphBlock(marks, op.start, op.insert[0], holder)) {
    if (fresh !== null) frame(document.documentElement, fresh, root, true);
    return 2;
  }
  var end = marks[op.start + op.remove], node = marks[op.start];
  while (node !== end) { var next = node.nextSibling; root.removeChild(node); node = next; }
  var added = [];
  for (var j = 0; j < op.insert.length; j++) {
    var mark = document.createComment(op.mark);
    root.insertBefore(mark, end);
    holder.innerHTML = op.insert[j];
    root.insertBefore(holder.content, end);
    added.push(mark);
  }
  marks.splice.apply(marks, [op.start, op.remove].concat(added));
  if (fresh !== null) frame(document.documentElement, fresh, root, true);
  return op.remove + op.insert.length;
})(%s)
"""

# The BLOCK_MARK comments of the page's body container, found once per page (kept on
# the document, in the app's script world); null if the page has no one container.
_MARKS_JS = """(function (op) {
    if (document.__nrStale) return null;
    var roots = document.querySelectorAll(op.bodySelector);
    if (roots.length !== 1) return null;
    var root = roots[0], marks = document.__nrMarks;
    if (!marks || document.__nrRoot !== root) {
      marks = [];
      for (var c = root.firstChild; c !== null; c = c.nextSibling) {
        if (c.nodeType === 8 && c.data === op.mark) marks.push(c);
      }
      document.__nrMarks = marks;
      document.__nrRoot = root;
    }
    return marks;
  })"""
_SPLICE_JS = _SPLICE_JS.replace("MARKS_JS", _MARKS_JS).replace("SYNC_JS", _SYNC_JS)
_PATCH_JS = _PATCH_JS.replace("SYNC_JS", _SYNC_JS)

# Where block ``i`` is on screen: the box of what lies between its mark and the next,
# and the top of the next block (the space between two blocks belongs to the first).
_BOX_JS = """
  function box(marks, i) {
    var range = document.createRange();
    range.setStartAfter(marks[i]);
    range.setEndBefore(marks[i + 1]);
    var r = range.getBoundingClientRect(), end = r.bottom;
    if (i + 2 < marks.length) {
      range.setStartAfter(marks[i + 1]);
      range.setEndBefore(marks[i + 2]);
      end = Math.max(r.top, range.getBoundingClientRect().top);
    }
    return {top: r.top, height: end - r.top};
  }
"""

# Keeps block ``keep.block`` in view: the spot ``keep.fraction`` (0 to 1) into it stands
# for the editor's cursor. A block that fits in the view must lie wholly inside it; of a
# taller one, the lines around the spot must. If they do, nothing moves. A block partly
# out of the view is brought in by as little as it takes; one out of it altogether is put
# with its spot where ``keep.anchor`` says (0 the top of the view, 1 the bottom: where
# the cursor is in the editor). Returns how far the page was asked to scroll.
_REVEAL_FN_JS = """
  function reveal(marks, keep) {
    if (marks === null || marks.length < 2) return 0;
    var i = Math.max(0, Math.min(keep.block, marks.length - 2));
    var range = document.createRange();
    range.setStartAfter(marks[i]);
    range.setEndBefore(marks[i + 1]);
    var r = range.getBoundingClientRect(), view = window.innerHeight;
    if (r.height <= 0 || view <= 0) return 0;
    var spot = r.top + Math.max(0, Math.min(keep.fraction, 1)) * r.height;
    var lo = r.top, hi = r.bottom;
    if (r.height > view) {
      var around = Math.min(keep.around, view / 4);
      lo = Math.max(r.top, spot - around);
      hi = Math.min(r.bottom, spot + around);
    }
    // Boxes fall on fractions of a pixel, scrolling on whole ones.
    if (lo >= -1 && hi <= view + 1) return 0;
    var by;
    if (hi <= 0 || lo >= view) {
      by = Math.max(hi - view, Math.min(lo, spot - keep.anchor * view));
    } else {
      by = lo < 0 ? lo : hi - view;
    }
    by = by < 0 ? Math.floor(by) : Math.ceil(by);
    window.scrollBy(0, by);
    return by;
  }
"""

# Scroll the page so that ``fraction`` of block ``block`` is at the top of the view;
# or to the top or the bottom of the page (``edge``). Then, if ``keep`` is given, keep
# that block in view (see _REVEAL_FN_JS): one script, so the page never shows the
# position in between. True if it could.
_SCROLL_TO_JS = """
(function (op) {
  var marks = MARKS_JS(op);
  REVEAL_FN_JS
  if (op.edge === "top") {
    window.scrollTo(0, 0);
  } else if (op.edge === "bottom") {
    window.scrollTo(0, document.documentElement.scrollHeight);
  } else {
    if (marks === null || marks.length < 2) return false;
    BOX_JS
    var b = box(marks, Math.max(0, Math.min(op.block, marks.length - 2)));
    window.scrollTo(0, window.scrollY + b.top + op.fraction * b.height);
  }
  if (op.keep !== null) reveal(marks, op.keep);
  return true;
})(%s)
"""
_SCROLL_TO_JS = (
    _SCROLL_TO_JS.replace("MARKS_JS", _MARKS_JS)
    .replace("BOX_JS", _BOX_JS)
    .replace("REVEAL_FN_JS", _REVEAL_FN_JS)
)

# Keep a block in view (see _REVEAL_FN_JS), leaving the page where it is if it is.
_REVEAL_JS = """
(function (op) {
  REVEAL_FN_JS
  return reveal(MARKS_JS(op), op.keep);
})(%s)
""".replace("MARKS_JS", _MARKS_JS).replace("REVEAL_FN_JS", _REVEAL_FN_JS)

#: Of a body block taller than the view, how much around the cursor's spot (CSS
#: pixels, either side) :meth:`PreviewPane.reveal_block` keeps in view: a few lines.
REVEAL_AROUND = 60

# Which block is at the top of the view, and how far into it: [block, fraction];
# ["top"] or ["bottom"] at the ends of the page; null on a page without blocks.
_TOP_BLOCK_JS = """
(function (op) {
  var marks = MARKS_JS(op), page = document.documentElement;
  if (window.scrollY <= 0) return ["top"];
  if (window.scrollY + window.innerHeight >= page.scrollHeight - 1) return ["bottom"];
  if (marks === null || marks.length < 2) return null;
  BOX_JS
  if (box(marks, 0).top > 0) return [0, 0];
  var lo = 0, hi = marks.length - 2;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (box(marks, mid).top <= 0) lo = mid; else hi = mid - 1;
  }
  var b = box(marks, lo);
  return [lo, b.height > 0 ? Math.min(1, -b.top / b.height) : 0];
})(%s)
""".replace("MARKS_JS", _MARKS_JS).replace("BOX_JS", _BOX_JS)

#: The comment that leads each block of the preview's body (see marked_blocks). Article
#: HTML carries no comments (sanitize drops them): nothing in an article passes for one.
BLOCK_MARK = "nr-block"


#: A page's HTML, or a function that makes it (when it is asked for: a keystroke's patch
#: sends the page only the blocks that changed, and joining a long read costs time).
Html = str | Callable[[], str]


def _alike(old: Sequence[str], new: Sequence[str], limit: int) -> int:
    """How many of the first ``limit`` blocks of ``old`` and ``new`` are equal."""
    differ = list(itertools.islice(map(operator.ne, old, new), limit))
    return differ.index(True) if True in differ else len(differ)


def marked_blocks(blocks: Sequence[str]) -> str:
    """The body HTML of ``blocks`` for the preview: each block led by a mark, and one
    more mark after the last, so that a patch can find any block at once."""
    mark = f"<!--{BLOCK_MARK}-->"
    return "".join(mark + block for block in blocks) + mark


@dataclass(frozen=True)
class Keep:
    """A body block to keep in view (see :meth:`PreviewPane.reveal_block`): the block
    that holds the editor's cursor, say. ``fraction`` (0 to 1): how far into the block
    the cursor is; ``anchor`` (0 to 1): where a block brought from out of view goes,
    as a share of the view's height from its top."""

    block: int
    fraction: float = 0.0
    anchor: float = 0.5


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
    """A :data:`MediaSource` over a :class:`~newsroom.core.library.Library`: the original,
    or, for an image the writer cropped or turned, what will be published (a rendition in
    the image's own format, made once and kept in the library's cache)."""
    from newsroom.core.errors import NewsroomError, NotFoundError
    from newsroom.core.renditions import PREVIEW_SPEC, rendition

    def source(uid: str) -> tuple[bytes, str] | None:
        try:
            media = library.media(uid)
        except NotFoundError:
            return None
        if media.edited:
            try:
                made = rendition(library, media.id, PREVIEW_SPEC)
            except NewsroomError:
                pass  # an unreadable image: the original, as the browser can show it
            else:
                return made.data, made.mime_type
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
    """Declare the app's URL scheme. It must run before the first QtWebEngine object
    is created (the QApplication may exist already): :func:`_build_view` runs it."""
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
    register_scheme()  # QtWebEngine starts, and locks its schemes, with the profile below
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
        """Serves the page shown at newsroom://preview/ and the library's images at
        newsroom://media/<uid>, and refuses every other load of the app's scheme:
        links are handled by navigation."""

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
            if bytes(job.requestMethod().data()) != b"GET":
                return None
            if job.requestUrl() == QUrl(BASE_URL):
                # The page itself, loaded from here rather than by setHtml, which
                # refuses pages over 2 MB: a 100,000-word long read is bigger.
                return parent.html.encode("utf-8"), "text/html;charset=utf-8"
            source = parent.media_source
            if source is None:
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
    stage.setAccessibleName(translate("PreviewPane", "Preview stage"))
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
    view.setAccessibleName(translate("PreviewPane", "Article preview"))
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
        self.setAccessibleName(translate("PreviewPane", "Preview"))
        self.setMinimumWidth(320)
        self._placeholder = QLabel(translate("PreviewPane", "Preparing the preview…"))
        self._placeholder.setAccessibleName(translate("PreviewPane", "Preview placeholder"))
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
        self._source: Html = ""  # the page shown, as last given (see html)
        self._resolved: str | None = ""
        #: The blocks of the page's body when it was made by :func:`marked_blocks`:
        #: then :meth:`patch_blocks` can replace just the blocks that change.
        self.blocks: list[str] | None = None

    @property
    def has_view(self) -> bool:
        """Whether the web view exists yet (:attr:`view` builds it)."""
        return self._view is not None

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

    @property
    def html(self) -> str:
        """The page shown, as last given to :meth:`show_html` or a patch."""
        if self._resolved is None:
            source = self._source
            self._resolved = source if isinstance(source, str) else source()
        return self._resolved

    @html.setter
    def html(self, html: Html) -> None:
        self._source = html
        self._resolved = html if isinstance(html, str) else None

    @property
    def html_source(self) -> Html:
        """The page shown as it was given: a string, or the function that makes it."""
        return self._source

    def show_html(self, html: Html, blocks: Sequence[str] | None = None) -> None:
        """Load a page, keeping the reader's scroll position as well as a reload can.
        ``blocks``: the body's blocks, if its body is ``marked_blocks(blocks)``.
        ``html`` may be a function that makes the page, called when it is needed."""
        view = self.view
        if not self._loading:
            self._scroll_y = view.page().scrollPosition().y()
        self._generation += 1
        self._loading = True
        self.html = html
        self.blocks = list(blocks) if blocks is not None else None
        view.load(QUrl(BASE_URL))  # served by the scheme handler: see _build_view

    def patch_blocks(self, html: Html, blocks: Sequence[str], frame: str | None) -> None:
        """Show ``html``, whose body is ``marked_blocks(blocks)``: only the blocks that
        differ from the shown ones are replaced in the live DOM, so a keystroke costs
        one block however long the article. ``frame``, when the page around the body
        changed (the Contents, a time), is ``html`` with an empty body container: the
        rest of the page is brought in step with it. Falls back to :meth:`show_html`
        if the page shown does not have the same shape, as :meth:`patch_page` does.
        Emits :attr:`patched` when done. ``html`` may be a function that makes the
        page: a patch does not need it, only a load or a reader of :attr:`html`."""
        old = self.blocks
        if self._view is None or self._loading or not self._source or old is None:
            self.show_html(html, blocks)
            self.patched.emit(False)
            return
        new = list(blocks)
        limit = min(len(old), len(new))
        # The blocks alike at the start and at the end, compared in C (thousands of
        # blocks in a long read; most are the same objects as before).
        head = _alike(old, new, limit)
        tail = _alike(old[::-1], new[::-1], limit - head)
        self.html, self.blocks = html, new
        op = {
            "start": head,
            "remove": len(old) - head - tail,
            "insert": new[head : len(new) - tail],
            "count": len(old) + 1,
            "mark": BLOCK_MARK,
            "bodySelector": BODY_SELECTOR,
            "frame": frame,
        }
        self._run_script(_SPLICE_JS % json.dumps(op), html, new)

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

    def scroll_to_block(
        self, block: int, fraction: float, edge: str = "", keep: Keep | None = None
    ) -> None:
        """Scroll so that ``fraction`` (0 to 1) of body block ``block`` is at the top
        of the view, or to the page's ``edge`` ("top" or "bottom"); then, given
        ``keep``, keep that block in view as :meth:`reveal_block` does."""
        if self._view is None or self._loading:
            return
        from PySide6.QtWebEngineCore import QWebEngineScript

        op = {
            "block": block,
            "fraction": fraction,
            "edge": edge,
            "keep": self._keep_op(keep),
            **self._marks_op(),
        }
        self._view.page().runJavaScript(
            _SCROLL_TO_JS % json.dumps(op), QWebEngineScript.ScriptWorldId.ApplicationWorld
        )

    def reveal_block(self, keep: Keep) -> None:
        """Bring body block ``keep.block`` into view if it is not: wholly, if it fits;
        else the lines around the spot ``keep.fraction`` into it. One partly out moves
        in by as little as it takes; one out of view altogether gets its spot at
        ``keep.anchor`` of the view's height. A block in view leaves the page alone."""
        if self._view is None or self._loading:
            return
        from PySide6.QtWebEngineCore import QWebEngineScript

        op = {"keep": self._keep_op(keep), **self._marks_op()}
        self._view.page().runJavaScript(
            _REVEAL_JS % json.dumps(op), QWebEngineScript.ScriptWorldId.ApplicationWorld
        )

    @staticmethod
    def _keep_op(keep: Keep | None) -> dict[str, float] | None:
        if keep is None:
            return None
        return {
            "block": keep.block,
            "fraction": min(max(keep.fraction, 0.0), 1.0),
            "anchor": min(max(keep.anchor, 0.0), 1.0),
            "around": REVEAL_AROUND,
        }

    def top_block(self, answer: Callable[[tuple[int, float] | str | None], None]) -> None:
        """Find which body block is at the top of the view: ``answer`` gets
        ``(block, fraction)``, "top" or "bottom" at the page's ends, or None."""
        if self._view is None or self._loading:
            answer(None)
            return
        from PySide6.QtWebEngineCore import QWebEngineScript

        def done(reply: object) -> None:
            try:
                found = json.loads(reply) if isinstance(reply, str) else None
            except ValueError:
                found = None
            if isinstance(found, list) and len(found) == 1 and found[0] in ("top", "bottom"):
                answer(str(found[0]))
            elif isinstance(found, list) and len(found) == 2:
                answer((int(found[0]), float(found[1])))
            else:
                answer(None)

        self._view.page().runJavaScript(
            # An array does not come back to Python from runJavaScript: JSON does.
            f"JSON.stringify({_TOP_BLOCK_JS % json.dumps(self._marks_op())})",
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            done,
        )

    @staticmethod
    def _marks_op() -> dict[str, str]:
        return {"bodySelector": BODY_SELECTOR, "mark": BLOCK_MARK}

    def _run_patch(
        self, op: dict[str, str | None], regions: tuple[str, ...], fallback: str | None
    ) -> None:
        self.blocks = None  # the body is no longer known block by block
        args = {**op, "regions": list(regions), "bodySelector": BODY_SELECTOR}
        # json.dumps makes a JavaScript literal of any string: no way out of it.
        self._run_script(_PATCH_JS % json.dumps(args), fallback, None)

    def _run_script(self, script: str, fallback: Html | None, blocks: list[str] | None) -> None:
        """Run a patch script; if it reports -1 (or fails), load ``fallback`` instead,
        unless a later page was asked for meanwhile."""
        from PySide6.QtWebEngineCore import QWebEngineScript

        self._generation += 1
        generation = self._generation

        def done(changed: object) -> None:
            if self._view is None:
                return  # shut down meanwhile
            ok = isinstance(changed, int | float) and changed >= 0
            if not ok and fallback is not None and generation == self._generation:
                self.show_html(fallback, blocks)  # still the latest wish: load it
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
