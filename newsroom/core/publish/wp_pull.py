"""Import a WordPress site into the library: its posts, categories and tags.

Categories become sections. The library's section tree has two levels, so a
category deeper than that is folded into its level-2 ancestor (the summary names
each one). Tags become tags; posts become articles, their HTML made Markdown.

What Newsroom added to a post comes back where it belongs: the byline (from its line,
else from the post's author), the search title and description (from the SEO plugin's
fields), the section (from the category remembered for it), the related links and the
corrections and updates (read from their blocks, which leave the body, so that nothing
doubles on the next send).

The images of the posts come into the library with them (:mod:`.wp_pull_images`): the
body refers to each as ``media:UID``, the featured image is the article's, and one that
could not be downloaded stays at its address on the site, named in the summary.

Each post stays linked to its article (:mod:`.pulled`, with the post's
``modified_gmt``), so a later publish updates the post and a second pull updates the
article instead of making another. An article edited in the library since its last
sync is never overwritten: the pull skips it and says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from bs4 import BeautifulSoup, Comment

from newsroom.core.html_to_markdown import html_to_markdown
from newsroom.core.i18n import translate
from newsroom.core.library import make_slug
from newsroom.core.model import Article, NoteKind, RelatedLink, Section, Status
from newsroom.core.publish import pulled, wp_seo
from newsroom.core.publish.base import Target
from newsroom.core.publish.wordpress import (
    WordPressPublisher,
    parse_wp_time,
    strip_marker,
    term_name,
)
from newsroom.core.publish.wp_content import (
    parse_byline,
    parse_notes,
    parse_related,
    strip_blocks,
)
from newsroom.core.publish.wp_fields import UID_RE
from newsroom.core.publish.wp_pull_images import PostImages, SiteImages
from newsroom.core.publish.wp_terms import section_key

if TYPE_CHECKING:
    from newsroom.core.library import Library

_STATUS = {
    "publish": Status.PUBLISHED,
    "future": Status.SCHEDULED,
    "pending": Status.IN_REVIEW,
    "draft": Status.DRAFT,
    "private": Status.DRAFT,
}
#: WordPress's default category, which means "no section".
_UNCATEGORIZED = "uncategorized"


@dataclass
class PullSummary:
    """What a pull did, for the journalist."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Headlines of the articles left alone because they changed in the library.
    skipped: list[str] = field(default_factory=list)
    sections_created: int = 0
    #: Category paths deeper than two levels, folded into their level-2 ancestor.
    folded: list[str] = field(default_factory=list)
    #: Images stored in the library (each image once, however many posts show it).
    images: int = 0
    #: Images left at their address on the site: "“Headline”: photo.jpg: why".
    image_failures: list[str] = field(default_factory=list)

    def message(self) -> str:
        parts = [
            translate(
                "PullSummary",
                "{new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.",
            ).format(
                new=self.new,
                updated=self.updated,
                unchanged=self.unchanged,
                skipped=len(self.skipped),
            )
        ]
        if self.sections_created:
            parts.append(
                translate("PullSummary", "%n section(s) created.", None, self.sections_created)
            )
        if self.images == 1:
            parts.append(translate("PullSummary", "1 image was brought into the library.", "one"))
        elif self.images:
            parts.append(
                translate(
                    "PullSummary", "{count} images were brought into the library.", "many"
                ).format(count=self.images)
            )
        if self.skipped:
            parts.append(
                translate(
                    "PullSummary",
                    "Skipped because they were changed here since the last sync: {headlines}.",
                ).format(headlines="; ".join(f"“{h}”" for h in self.skipped))
            )
        if self.folded:
            parts.append(
                translate(
                    "PullSummary",
                    "Sections have two levels, so these categories went into their parent: "
                    "{categories}.",
                ).format(categories="; ".join(self.folded))
            )
        if self.image_failures:
            parts.append(
                translate(
                    "PullSummary",
                    "These images could not be downloaded and stay at their address on "
                    "the site: {images}.",
                ).format(images="; ".join(self.image_failures))
            )
        return " ".join(parts)


def post_html(content: str) -> str:
    """A post's HTML without the marker and Newsroom's blocks."""
    return strip_blocks(strip_marker(content))


def post_markdown(content: str, images: PostImages | None = None) -> str:
    """A post's HTML as the Markdown of an article (the marker and Newsroom's blocks
    dropped). With ``images`` (:meth:`SiteImages.prepare` of the same content), its
    images are stored and shown from the library; call it inside the write, then."""
    content = post_html(content)
    if images is None:
        converted = html_to_markdown(content)
    else:
        converted = html_to_markdown(images.soup, image=images.markdown)
    if converted is not None:
        return converted
    return plain_text(content)


def plain_text(content: str) -> str:
    """HTML without formatting worth keeping, as paragraphs of text."""
    soup = BeautifulSoup(content, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li"]):
        block.insert_after("\n\n")
    text = re.sub(r"[ \t]+\n", "\n", soup.get_text())
    return re.sub(r"\n{3,}", "\n\n", text).strip()


class _Puller:
    def __init__(
        self, publisher: WordPressPublisher, *, checkpoint: Callable[[], None] | None = None
    ) -> None:
        self.wp = publisher
        self.library: Library = publisher.library
        self.target: Target = publisher.target
        self.summary = PullSummary()
        self.images = SiteImages(publisher, checkpoint=checkpoint)
        self.sections: dict[int, int | None] = {}  # category id → section id
        self.tags: dict[int, str] = {}

    # -- terms -------------------------------------------------------------------------
    def load_terms(self) -> None:
        categories = {
            int(c["id"]): c
            for c in self.wp.pages("wp/v2/categories", {"context": "edit", "hide_empty": "false"})
        }
        for cid in sorted(categories):
            chain: list[Mapping[str, Any]] = []
            current: int | None = cid
            while current and current in categories and len(chain) < 50:
                chain.insert(0, categories[current])
                current = int(categories[current].get("parent") or 0)
            if len(chain) == 1 and chain[0].get("slug") == _UNCATEGORIZED:
                self.sections[cid] = None
                continue
            remembered = self._remembered(cid)
            if remembered is not None:
                self.sections[cid] = remembered
                continue
            names = [term_name(c.get("name")) for c in chain]
            if len(names) > 2:
                self.summary.folded.append(" › ".join(names))
            section_id = self.sections[cid] = self._section(names[:2])
            if len(names) <= 2 and self.wp.terms.section_of(cid) is None:
                parent = int(chain[-1].get("parent") or 0)
                self.wp.terms.remember(
                    "category", section_key(section_id), cid, sent_as=(names[-1], parent)
                )
        tags = list(self.wp.pages("wp/v2/tags", {"context": "edit", "hide_empty": "false"}))
        with self.library.db.atomic():  # one commit for all of them, not one per tag
            for tag in tags:
                name = term_name(tag.get("name"))
                self.tags[int(tag["id"])] = name
                self.wp.remember_term("tag", name.casefold(), int(tag["id"]))

    def _remembered(self, cid: int) -> int | None:
        """The library's section a category was made or found for, if it still exists."""
        section_id = self.wp.terms.section_of(cid)
        if section_id is None:
            return None
        return section_id if any(s.id == section_id for s in self.library.sections()) else None

    def _section(self, names: list[str]) -> int:
        parent: int | None = None
        for name in names:
            match = next(
                (
                    s
                    for s in self.library.sections()
                    if s.parent_id == parent and s.name.casefold() == name.casefold()
                ),
                None,
            )
            if match is None:
                match = self._by_slug(name, parent)
            if match is None:
                match = self.library.add_section(name, parent)
                self.summary.sections_created += 1
            parent = match.id
        assert parent is not None
        return parent

    def _by_slug(self, name: str, parent: int | None) -> Section | None:
        """A section whose slug the new one would take ("News & Views" beside
        "News / Views"): the library allows one slug per parent, so they share it."""
        slug = make_slug(name)
        return next(
            (s for s in self.library.sections() if s.parent_id == parent and s.slug == slug),
            None,
        )

    # -- posts -------------------------------------------------------------------------
    def pull_all(self) -> None:
        for post in self.wp.pages(
            "wp/v2/posts", {"status": "any", "context": "edit", "orderby": "id", "order": "asc"}
        ):
            self.pull_post(post)

    def pull_post(self, post: Mapping[str, Any], *, force: bool = False) -> int:
        """Import one post; return the article's id."""
        modified = str(post.get("modified_gmt") or "")
        found = UID_RE.search(str((post.get("content") or {}).get("raw") or ""))
        link = pulled.linked(
            self.library, self.target.id, str(post["id"]), found.group(1) if found else None
        )
        article = self.library.article(link.article_id) if link is not None else None
        todo = pulled.step(self.library, link, article, modified, force=force)
        if todo is pulled.Step.NEW or article is None:
            images = self._images(post)
            with self.library.db.atomic():
                fresh = pulled.new_article(self.library)
                article = self.library.create_article(self._article(fresh, post, images))
                self._extras(int(article.id or 0), post)
                self._record(article, post)
            self._count(images, article.headline)
            self.summary.new += 1
            return int(article.id or 0)
        article_id = int(article.id or 0)
        if todo is pulled.Step.RELINK:
            # Made from this library (its marker says so) but its link was lost:
            # link it again and leave both sides as they are.
            self._record(article, post)
        if todo in (pulled.Step.RELINK, pulled.Step.UNCHANGED):
            self.summary.unchanged += 1
            return article_id
        if todo is pulled.Step.SKIPPED:
            self.summary.skipped.append(article.headline or article.slug)
            return article_id
        images = self._images(post)
        db = self.library.db
        with db.atomic():
            saved = self.library.save_article(self._article(article, post, images), lock_slug=True)
            self._extras(article_id, post)
            self._record(saved, post)
        self._count(images, saved.headline)
        self.summary.updated += 1
        return article_id

    def _images(self, post: Mapping[str, Any]) -> PostImages:
        """The post's images, downloaded before the write (which holds the library's
        write lock and must not wait on the network)."""
        return self.images.prepare(
            post_html(_raw(post, "content")), int(post.get("featured_media") or 0)
        )

    def _count(self, images: PostImages, headline: str) -> None:
        self.summary.image_failures.extend(
            translate("PullSummary", "“{headline}”: {why}").format(headline=headline, why=why)
            for why in images.failures
        )
        self.summary.images = self.images.stored

    def _article(self, base: Article, post: Mapping[str, Any], images: PostImages) -> Article:
        status = _STATUS.get(str(post.get("status")), Status.DRAFT)
        published = parse_wp_time(str(post.get("date_gmt") or ""))
        sections = [self.sections.get(int(c)) for c in post.get("categories") or []]
        section_id = next((s for s in sections if s is not None), None)
        tags = [self.tags[int(t)] for t in post.get("tags") or [] if int(t) in self.tags]
        excerpt = _raw(post, "excerpt")
        content = _raw(post, "content")
        byline = parse_byline(content) or self._author(post) or base.byline
        seo_title, seo_description = (
            wp_seo.read(post) if wp_seo.kept(post) else (base.seo_title, base.seo_description)
        )
        return replace(
            base,
            byline=byline,
            seo_title=seo_title,
            seo_description=seo_description,
            headline=_raw(post, "title").strip(),
            standfirst=plain_text(excerpt) if "<" in excerpt else excerpt.strip(),
            body=post_markdown(content, images),
            featured_media_id=self._featured(base, images),
            slug=str(post.get("slug") or base.slug),
            section_id=section_id,
            tags=tags,
            status=status,
            published_at=published if status in (Status.PUBLISHED, Status.SCHEDULED) else None,
        )

    def _featured(self, base: Article, images: PostImages) -> int | None:
        """The featured image in the library: the post's; the article's own while the
        post's could not be downloaded; none when the post has none."""
        if images.featured is None:
            return None
        found = images.featured_id()
        return found if found is not None else base.featured_media_id

    def _author(self, post: Mapping[str, Any]) -> str:
        author = int(post.get("author") or 0)
        return self.wp.authors.name_of(author) if author else ""

    def _extras(self, article_id: int, post: Mapping[str, Any]) -> None:
        """The related links and the notes a post carries in Newsroom's blocks (an
        article keeps its own when the post has no such block)."""
        content = _raw(post, "content")
        if "<!-- newsroom:related -->" in content:
            links = [self._related(link.title, link.url) for link in parse_related(content)]
            if links != self.library.related_links(article_id):
                self.library.set_related_links(article_id, links)
        if "<!-- newsroom:notes -->" in content:
            self._notes(article_id, content)

    def _related(self, title: str, url: str) -> RelatedLink:
        """A link back to another article of the library where this site has it there."""
        row = self.library.conn.execute(
            "SELECT article_id FROM sync_state WHERE target_id = ? AND remote_url = ? "
            "AND remote_id IS NOT NULL",
            [self.target.id, url],
        ).fetchone()
        if row is not None:
            return RelatedLink(title=title, target_id=int(row[0]))
        return RelatedLink(title=title, url=url)

    def _notes(self, article_id: int, content: str) -> None:
        have = self.library.notes(article_id)
        parsed = parse_notes(content)
        same = len(have) == len(parsed) and all(
            (n.kind.value, n.text) == (p.kind, p.text) for n, p in zip(have, parsed, strict=True)
        )
        if same:
            return
        for note in have:
            self.library.remove_note(note.id)
        for back in parsed:
            self.library.add_note(article_id, NoteKind(back.kind), back.text, at=back.at)

    def _record(self, article: Article, post: Mapping[str, Any]) -> None:
        pulled.record(
            self.library,
            article,
            self.target.id,
            str(post["id"]),
            str(post.get("link") or ""),
            str(post.get("modified_gmt") or ""),
        )


def _raw(post: Mapping[str, Any], key: str) -> str:
    value = post.get(key)
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")) or "")
    return str(value or "")


def pull_site(
    publisher: WordPressPublisher, *, checkpoint: Callable[[], None] | None = None
) -> PullSummary:
    """Import every post the account may see (all statuses but the trash), with the
    site's categories and tags and the posts' images. Checks the credentials first:
    WordPress would otherwise answer a wrong password with the public posts only.
    ``checkpoint`` is called before each image is fetched; what it raises stops the
    pull (the window's Cancel)."""
    publisher.check()
    puller = _Puller(publisher, checkpoint=checkpoint)
    try:
        puller.load_terms()
        puller.pull_all()
    finally:
        puller.images.close()
    return puller.summary


def take_remote(publisher: WordPressPublisher, remote_id: str) -> int:
    """Overwrite the linked article with the post on the site (a conflict resolved
    as "take the site's version"); return the article's id."""
    post = publisher.request("GET", f"wp/v2/posts/{remote_id}", params={"context": "edit"})
    puller = _Puller(publisher)
    try:
        puller.load_terms()
        return puller.pull_post(post, force=True)
    finally:
        puller.images.close()


class _CountingPublisher(WordPressPublisher):
    """A WordPress client whose lists count the posts read and stop at Cancel."""

    def __init__(
        self,
        target: Target,
        *,
        secret: str | None,
        library: Library,
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        super().__init__(target, secret=secret, library=library)
        self._progress = progress
        self._cancelled = cancelled
        self.posts_read = 0

    def checkpoint(self) -> None:
        """Stop here if Cancel was pressed (before each post, and each image fetched)."""
        from newsroom.core.publish.clients import PullCancelled

        if self._cancelled is not None and self._cancelled():
            raise PullCancelled(self.posts_read)

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
        for item in super().pages(path, params):
            self.checkpoint()
            if path.endswith("posts"):
                self.posts_read += 1
                if self._progress is not None:
                    self._progress(self.posts_read)
            yield item


def pull(
    target: Target,
    *,
    secret: str | None,
    library: Library,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PullSummary:
    """A pull of a WordPress target (``newsroom pull``, the window's Pull): :func:`pull_site`
    with a client made for it, counting the posts read and stopping at Cancel."""
    publisher = _CountingPublisher(
        target, secret=secret, library=library, progress=progress, cancelled=cancelled
    )
    with publisher:
        return pull_site(publisher, checkpoint=publisher.checkpoint)


__all__ = [
    "PullSummary",
    "post_html",
    "post_markdown",
    "pull",
    "pull_site",
    "take_remote",
]
