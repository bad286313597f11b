"""The static site: a folder of HTML pages, the target that needs no server.

The folder (``target.url``) is laid out as::

    index.html                          home: every article published here, newest first
    articles/<slug>.html                one page per article
    sections/<top>/[<sub>/]index.html   a section's articles, newest first
    tags/<tag>.html                     the articles with a tag
    media/<uid>.<ext>                   the images the pages show (web renditions)
    site.css                            the site's stylesheet (each page also carries it)
    .newsroom/site.json                 the manifest: what is published here
    .newsroom/articles/<uid>.json       each article as it was published

Articles live at ``articles/<slug>.html`` rather than under their section's folder
so that an address never changes when the desk moves an article or reorganises
its sections (links from elsewhere keep working and no stale copy is left
behind), a page opens straight from disk (from ``file://`` a link to a folder
shows a listing, not its ``index.html``), and no slug can collide with
``index.html``, ``site.css`` or a folder of the site.

Every page is rendered by the templates of the preview (the library's theme
included), with relative links only, so the folder works opened from disk and
on any web server. Links to articles that are not published here (previous and
next, related articles, ``article:`` links in the text) are left out. Pages
other than the one published are rendered again from their snapshot (what was
published), never from the library's current text, so an unpublished edit never
leaks onto the site. That is why this target renders the Outgoing's Markdown itself
rather than taking its ``body_html``: a page's links are relative to where it sits
and name only what is published here, so they change when another article comes or
goes, and the page is rendered again from its snapshot with the links of that day.
Every file is written atomically (a temporary file, then a rename), and only when
its content changed. The addresses, the manifest and the snapshots are in
:mod:`.static_manifest`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import posixpath
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote
from urllib.request import url2pathname

import filelock
from babel import Locale

from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.model import Article, Media, Section, Status
from newsroom.core.publish.base import (
    Account,
    Outgoing,
    Rejected,
    Remote,
    Target,
    Temporary,
)
from newsroom.core.publish.static_manifest import (
    CSS,
    HOME,
    MANIFEST,
    MANIFEST_VERSION,
    STATE_DIR,
    Entry,
    Manifest,
    article_path,
    media_path,
    neighbours_of,
    read_snapshot,
    section_path,
    sent_related,
    snapshot,
    snapshot_path,
    tag_key,
    tag_path,
)
from newsroom.core.render import Link, pygments_css
from newsroom.core.render.locale import page_language, site_locale, text_direction
from newsroom.core.render.page import build_page, format_time
from newsroom.core.render.section_page import SECTION_TEMPLATE_NAME, SectionPage, Teaser
from newsroom.core.render.theme import (
    Theme,
    ThemeError,
    default_environment,
    load_theme,
    render_page,
    site_css,
    style_text,
)
from newsroom.core.renditions import RenditionError, RenditionSpec, rendition
from newsroom.core.sections import SectionTree
from newsroom.core.seed import SITE_NAME

#: Where a link to an article that is not on the site points, until it is taken out.
_NOT_HERE = "#newsroom-not-published-here"
_NOT_HERE_LINK = re.compile(
    r"<a\b[^>]*\bhref=\"" + re.escape(_NOT_HERE) + r"\"[^>]*>(.*?)</a>", re.DOTALL
)
_ARTICLE_REF = re.compile(r"article:([A-Za-z0-9._~%-]+)")
_CSP = re.compile(
    r"(<meta\s+http-equiv=\"Content-Security-Policy\"\s+content=\")([^\"]*)(\")", re.IGNORECASE
)
#: Images of the site load from the site itself (``'self'``; ``file:`` when opened from disk).
SITE_IMG_SRC = "img-src 'self' file: data:"


def site_csp(page: str) -> str:
    """``page`` with its Content-Security-Policy letting it show the site's own
    images (the preview's allows ``data:`` and ``newsroom:`` only)."""

    def fix(match: re.Match[str]) -> str:
        directives = [d.strip() for d in match.group(2).split(";") if d.strip()]
        kept = [d for d in directives if not d.lower().startswith("img-src")]
        return match.group(1) + "; ".join([*kept, SITE_IMG_SRC]) + match.group(3)

    return _CSP.sub(fix, page, count=1)


#: A site's copy of a library image: where it goes in the site, and its bytes.
ImageCopy = Callable[[Media], tuple[str, bytes]]


class _SiteLinks:
    """Relative links from the page at ``here`` (a path in the site); ``images`` gives
    the site's copy of an image the page shows."""

    def __init__(self, here: str, manifest: Manifest, images: ImageCopy) -> None:
        self.base = [p for p in posixpath.dirname(here).split("/") if p]
        self.slugs = manifest.slugs()
        self.images = images
        #: The images the page shows: their paths in the site, with their bytes.
        self.media_used: dict[str, bytes] = {}

    def to(self, path: str) -> str:
        """``path`` (from the site's root) as seen from this page's folder."""
        parts = path.split("/")
        common = 0
        for mine, theirs in zip(self.base, parts[:-1], strict=False):
            if mine != theirs:
                break
            common += 1
        return "/".join([".."] * (len(self.base) - common) + parts[common:])

    def home(self) -> str:
        return self.to(HOME)

    def article(self, slug: str) -> str:
        return self.to(article_path(slug)) if slug in self.slugs else _NOT_HERE

    def section(self, lineage: Sequence[Section]) -> str:
        return self.to(section_path(lineage))

    def tag(self, tag: str) -> str:
        return self.to(tag_path(tag))

    def media(self, media: Media) -> str:
        path, data = self.images(media)
        self.media_used[path] = data
        return self.to(path)


def _os_problem(exc: OSError, folder: Path) -> Exception:
    """What a failed write means for the outbox: try again later, or attention."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Rejected(
            translate(
                "StaticSitePublisher",
                "Newsroom may not write into the site folder “{folder}”. "
                "Choose another folder, or make this one writable.",
            ).format(folder=folder)
        )
    if exc.errno == errno.ENOSPC:
        return Temporary(
            translate(
                "StaticSitePublisher", "The disk of the site folder “{folder}” is full."
            ).format(folder=folder)
        )
    return Temporary(
        translate(
            "StaticSitePublisher", "The site folder “{folder}” could not be written ({reason})."
        ).format(folder=folder, reason=exc.strerror or exc)
    )


class StaticSitePublisher:
    """Writes the site into a folder. It schedules nothing: the outbox holds
    embargoed and scheduled articles back until they are due."""

    def __init__(self, target: Target, *, secret: str | None, library: Library) -> None:
        self.target = target
        self.library = library
        self.folder = self._folder(target.url)
        #: Where the site is served, if it is (``settings["base_url"]``), for the remote URL.
        self.base_url = str(target.settings.get("base_url") or "").rstrip("/")
        #: How big, and in which format, the site's copies of images are.
        self.spec = RenditionSpec.from_settings(target.settings)
        #: The section tree, theme and locale, read once per publication rather than per page.
        self._tree: SectionTree | None = None
        self._theme_now: Theme | None = None
        self._locale_now: Locale | None = None

    def _folder(self, url: str) -> Path:
        if url.startswith("file://"):
            path = Path(url2pathname(url.removeprefix("file://")))
        else:
            path = Path(url).expanduser()
        return path if path.is_absolute() else self.library.path.parent / path

    # -- the Publisher protocol ------------------------------------------------------
    def check(self) -> Account:
        """The folder exists (it is made if its parent does) and takes a file."""
        try:
            self._ensure_folder()
            probe = self.folder / f".newsroom-check-{os.getpid()}"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise _os_problem(exc, self.folder) from None
        return Account(
            name=str(self.folder),
            detail=translate("StaticSitePublisher", "The site folder can be written."),
        )

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        with self._session() as manifest:
            self._publish(manifest, item)
        return self._remote(item.slug)

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        with self._session() as manifest:
            entry = manifest.articles.pop(item.uid, None)
            if entry is None:
                # Not in the manifest (it was lost, or never written): the page at the
                # known address goes all the same.
                self._remove(known.remote_id or article_path(item.slug))
            else:
                self._remove(entry.path)
                self._remove(snapshot_path(entry.uid))
                self._refresh(manifest, changed=[entry])
        return Remote(remote_id=known.remote_id or article_path(item.slug), url="")

    def close(self) -> None:
        pass

    def rebuild(self) -> None:
        """Render every page again from what was published (after a new theme, or
        renamed sections)."""
        with self._session() as manifest:
            neighbours = neighbours_of(manifest)
            for entry in manifest.articles.values():
                self._render_article(manifest, entry, neighbours)
            for section in self.library.sections():
                self._render_section(manifest, section.id)
            for tag in {t for e in manifest.articles.values() for t in e.tags}:
                self._render_tag(manifest, tag)
            self._render_home(manifest)
            self._write_css()
            self._collect_media(manifest)

    # -- the work --------------------------------------------------------------------
    @contextlib.contextmanager
    def _session(self) -> Iterator[Manifest]:
        """The manifest, under the folder's lock; saved when the work succeeded."""
        try:
            self._ensure_folder()
            lock = filelock.FileLock(str(self.folder / STATE_DIR / "lock"), timeout=30)
            with lock:
                self._tree, self._theme_now, self._locale_now = None, None, None
                manifest = self._load()
                yield manifest
                self._write_json(MANIFEST, manifest.to_json())
        except filelock.Timeout:
            raise Temporary(
                translate(
                    "StaticSitePublisher",
                    "The site folder “{folder}” is busy with another publication.",
                ).format(folder=self.folder)
            ) from None
        except OSError as exc:
            raise _os_problem(exc, self.folder) from None
        except (ThemeError, RenditionError) as exc:
            raise Rejected(
                translate("StaticSitePublisher", "The site could not be written: {error}").format(
                    error=exc
                )
            ) from None

    def _ensure_folder(self) -> None:
        if not self.folder.exists() and not self.folder.parent.is_dir():
            raise Temporary(
                translate(
                    "StaticSitePublisher",
                    "The site folder “{folder}” cannot be found. If it is on a removable "
                    "drive or a network share, connect it; otherwise choose another folder.",
                ).format(folder=self.folder)
            )
        (self.folder / STATE_DIR).mkdir(parents=True, exist_ok=True)

    def _load(self) -> Manifest:
        path = self.folder / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Manifest()
        except (ValueError, UnicodeDecodeError):
            raise Rejected(
                translate(
                    "StaticSitePublisher",
                    "The list of what is published in “{folder}” is damaged ({file}). "
                    "Move the folder away and publish again to rebuild the site.",
                ).format(folder=self.folder, file=MANIFEST)
            ) from None
        if not isinstance(data, dict) or data.get("version", 0) > MANIFEST_VERSION:
            raise Rejected(
                translate(
                    "StaticSitePublisher",
                    "The site folder “{folder}” was written by a newer Newsroom; "
                    "this one will not change it.",
                ).format(folder=self.folder)
            )
        return Manifest.from_json(data)

    def _publish(self, manifest: Manifest, item: Outgoing) -> None:
        article = self._as_published(item)
        old = manifest.articles.get(item.uid)
        other = manifest.slugs().get(item.slug)
        if other is not None and other.uid != item.uid:
            raise Rejected(
                translate(
                    "StaticSitePublisher",
                    "“{headline}”, published on this site, still has the address "
                    "“{slug}”. Publish it again with its new address, or take it off "
                    "the site, before publishing this one.",
                ).format(headline=other.headline, slug=item.slug)
            )
        tree = self._sections()
        related = sent_related(item)
        entry = Entry(
            uid=item.uid,
            article_id=item.article_id,
            slug=item.slug,
            headline=article.headline or "Untitled",
            standfirst=article.standfirst,
            byline=article.byline,
            published_at=(article.published_at or datetime.now(UTC)).isoformat(),
            timezone=article.timezone,
            section_id=article.section_id,
            sections=[s.id for s in tree.lineage(article.section_id)],
            tags=list(article.tags),
            media=[],
            refs=sorted(
                {m.group(1).strip("/") for m in _ARTICLE_REF.finditer(article.body)}
                | {r["target_uid"] for r in related if r["target_uid"]}
            ),
        )
        self._write_json(snapshot_path(item.uid), snapshot(article, related, item.notes))
        manifest.articles[item.uid] = entry
        self._render_article(manifest, entry, neighbours_of(manifest))
        self._refresh(manifest, changed=[entry, *([old] if old else [])])
        if old is not None and old.slug != item.slug:
            self._remove(old.path)  # last: until the new page is there, the old one stays

    def _refresh(self, manifest: Manifest, changed: list[Entry]) -> None:
        """Render again what depends on the changed article: the pages that link to
        it, those whose previous or next article changed, the indexes."""
        keys = {k for e in changed for k in (e.uid, e.slug)}
        current = {e.uid for e in changed if manifest.articles.get(e.uid) is e}
        neighbours = neighbours_of(manifest)
        for entry in manifest.articles.values():
            prev_next = neighbours.get(entry.uid, (None, None))
            stale = (entry.previous, entry.next) != prev_next or bool(keys & set(entry.refs))
            if entry.uid not in current and stale:
                self._render_article(manifest, entry, neighbours)
        sections = {s for e in changed for s in e.sections}
        tree = self._sections()
        for section in tree.sections:
            if section.id in sections or not self._exists(section_path(tree.lineage(section.id))):
                self._render_section(manifest, section.id)
        for tag in {t for e in changed for t in e.tags}:
            self._render_tag(manifest, tag)
        self._render_home(manifest)
        self._write_css()
        self._collect_media(manifest)

    def _as_published(self, item: Outgoing) -> Article:
        """The article as the outbox sends it, marked published: made from the
        Outgoing alone, as every client's post is."""
        featured = next((m.media_id for m in item.media if m.featured), None)
        now = datetime.now(UTC)
        return Article(
            id=item.article_id,
            uid=item.uid,
            section_id=item.section_ids[-1] if item.section_ids else None,
            updated_at=item.updated_at or now,
            headline=item.headline,
            standfirst=item.standfirst,
            body=item.body_markdown,
            slug=item.slug,
            byline=item.byline,
            dateline=item.dateline,
            language=item.language,
            tags=list(item.tags),
            seo_title=item.seo_title,
            seo_description=item.seo_description,
            timezone=item.timezone,
            status=Status.PUBLISHED,
            published_at=item.published_at or now,
            embargo_until=None,
            featured_media_id=featured,
        )

    # -- pages -----------------------------------------------------------------------
    def _render_article(
        self,
        manifest: Manifest,
        entry: Entry,
        neighbours: Mapping[str, tuple[str | None, str | None]],
    ) -> None:
        try:
            data = json.loads(self._file(snapshot_path(entry.uid)).read_text(encoding="utf-8"))
            article, related, notes = read_snapshot(data)
        except (FileNotFoundError, ValueError, TypeError, KeyError):
            return  # its snapshot is gone or damaged: the page stays as it was
        links = _SiteLinks(entry.path, manifest, self._image)
        page = build_page(self.library, article, links, notes=notes)
        by_uid = manifest.articles
        previous, following = neighbours.get(entry.uid, (None, None))
        page = replace(
            page,
            body=replace(page.body, html=_NOT_HERE_LINK.sub(r"\1", page.body.html)),
            related=tuple(
                Link(
                    str(r["title"]),
                    links.article(by_uid[str(r["target_uid"])].slug)
                    if r["target_uid"]
                    else r["url"],
                )
                for r in related
                if not r["target_uid"] or r["target_uid"] in by_uid
            ),
            previous=_link(links, by_uid.get(previous or "")),
            next=_link(links, by_uid.get(following or "")),
        )
        entry.previous, entry.next = previous, following
        html = site_csp(render_page(page, self._theme()))
        self._write_media(manifest, links.media_used)
        entry.media = sorted(links.media_used)
        self._write(entry.path, html.encode("utf-8"))

    def _render_section(self, manifest: Manifest, section_id: int) -> None:
        tree = self._sections()
        lineage = tree.lineage(section_id)
        if not lineage or lineage[-1].id != section_id:
            return
        here = section_path(lineage)
        links = _SiteLinks(here, manifest, self._image)
        section, up = lineage[-1], lineage[:-1]
        inside = {section_id, *(c.id for c in tree.children(section_id))}
        site = self._site(links)
        page = SectionPage(
            site=site,
            name=section.name,
            breadcrumb=(
                site,
                *(Link(s.name, links.section(up[: i + 1])) for i, s in enumerate(up)),
                Link(section.name),
            ),
            subsections=tuple(
                Link(c.name, links.section([*lineage, c])) for c in tree.children(section_id)
            ),
            teasers=tuple(
                self._teaser(e, links, kicker=e.section_id != section_id)
                for e in manifest.newest_first(
                    e for e in manifest.articles.values() if e.section_id in inside
                )
            ),
        )
        self._write(here, self._index_html(page))

    def _render_tag(self, manifest: Manifest, tag: str) -> None:
        here = tag_path(tag)
        chosen = [e for e in manifest.articles.values() if tag_key(tag) in map(tag_key, e.tags)]
        if not chosen:
            self._remove(here)
            return
        links = _SiteLinks(here, manifest, self._image)
        site = self._site(links)
        page = SectionPage(
            site=site,
            name=tag,
            breadcrumb=(site, Link(tag)),
            subsections=(),
            teasers=tuple(self._teaser(e, links) for e in manifest.newest_first(chosen)),
        )
        self._write(here, self._index_html(page))

    def _render_home(self, manifest: Manifest) -> None:
        links = _SiteLinks(HOME, manifest, self._image)
        tree = self._sections()
        site = self._site(links)
        page = SectionPage(
            site=site,
            name=site.title,
            breadcrumb=(Link(site.title),),
            subsections=tuple(Link(s.name, links.section([s])) for s in tree.roots()),
            teasers=tuple(self._teaser(e, links) for e in manifest.newest_first()),
        )
        self._write(HOME, self._index_html(page))

    def _teaser(self, entry: Entry, links: _SiteLinks, *, kicker: bool = True) -> Teaser:
        lineage = self._sections().lineage(entry.section_id)
        return Teaser(
            headline=entry.headline,
            url=links.article(entry.slug),
            standfirst=entry.standfirst,
            byline=entry.byline,
            date=format_time(entry.moment, entry.timezone, self._locale()),
            date_iso=entry.moment.isoformat(),
            kicker=Link(lineage[-1].name, links.section(lineage)) if kicker and lineage else None,
        )

    def _site(self, links: _SiteLinks) -> Link:
        return Link(self.library.setting("site_name", SITE_NAME), links.home())

    def _theme(self) -> Theme:
        if self._theme_now is None:
            self._theme_now = load_theme(self.library)
        return self._theme_now

    def _locale(self) -> Locale:
        if self._locale_now is None:
            self._locale_now = site_locale(self.library)
        return self._locale_now

    def _sections(self) -> SectionTree:
        if self._tree is None:
            self._tree = self.library.section_tree()
        return self._tree

    def _index_html(self, page: SectionPage) -> bytes:
        """A list of articles in the section page's template, as the app shows one."""
        theme = self._theme()
        template = default_environment().get_template(SECTION_TEMPLATE_NAME)
        language = page_language(self._locale())
        html = template.render(
            page=replace(page, language=language, direction=text_direction(language)),
            site_css=style_text("" if theme.css_mode == "replace" else site_css()),
            theme_css=style_text(theme.css),
        )
        return site_csp(html).encode("utf-8")

    def _write_css(self) -> None:
        theme = self._theme()
        parts = ["" if theme.css_mode == "replace" else site_css(), pygments_css(), theme.css]
        self._write(CSS, ("\n\n".join(p for p in parts if p) + "\n").encode("utf-8"))

    # -- media -----------------------------------------------------------------------
    def _image(self, media: Media) -> tuple[str, bytes]:
        """The site's copy of an image: its web rendition (scaled, without location or
        camera data) at ``media/<uid>.<suffix of the rendition's format>``."""
        made = rendition(self.library, media.id, self.spec)
        path = media_path(media)
        if made.suffix:
            path = posixpath.splitext(path)[0] + made.suffix
        return path, made.data

    def _write_media(self, manifest: Manifest, used: Mapping[str, bytes]) -> None:
        for path, data in used.items():
            # Written when it differs: a new spec or a replaced image changes the copy.
            self._write(path, data)
            manifest.media.add(path)

    def _collect_media(self, manifest: Manifest) -> None:
        """Remove the images that no page shows any more."""
        used = {m for e in manifest.articles.values() for m in e.media}
        for path in sorted(manifest.media - used):
            self._remove(path)
            manifest.media.discard(path)

    # -- files -----------------------------------------------------------------------
    def _file(self, path: str) -> Path:
        relative = unquote(path)
        if relative.startswith("/") or ".." in relative.split("/"):
            raise Rejected(
                translate(
                    "StaticSitePublisher", "“{path}” is not a page of the site in “{folder}”."
                ).format(path=path, folder=self.folder)
            )
        return self.folder / relative

    def _exists(self, path: str) -> bool:
        return self._file(path).is_file()

    def _write(self, path: str, data: bytes, *, sync: bool = False) -> None:
        """Write atomically, and only if the content changed (a web server's cache
        and a sync tool see only real changes)."""
        target = self._file(path)
        with contextlib.suppress(OSError):
            if target.read_bytes() == data:
                return
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                if sync:
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def _write_json(self, path: str, data: object) -> None:
        # No indent: Python's C encoder only runs without one, and manifests grow.
        text = json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"
        self._write(path, text.encode("utf-8"), sync=True)

    def _remove(self, path: str) -> None:
        target = self._file(path)
        target.unlink(missing_ok=True)
        # Drop folders the site emptied (a tag's, a section's), never the site's own.
        parent = target.parent
        while parent != self.folder and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent

    def _remote(self, slug: str) -> Remote:
        path = article_path(slug)
        url = f"{self.base_url}/{path}" if self.base_url else self._file(path).as_uri()
        return Remote(remote_id=path, url=url)


def _link(links: _SiteLinks, entry: Entry | None) -> Link | None:
    return Link(entry.headline, links.article(entry.slug)) if entry else None
