"""The page of a section, as the site shows it: its articles, newest first.

Rendered with the built-in ``section.html.j2`` in the environment of the article
page (:func:`newsroom.core.render.theme.default_environment`), with the same site CSS and
the library's theme CSS, so the two kinds of page look alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from babel import Locale

from newsroom.core.library import Library
from newsroom.core.model import Status
from newsroom.core.render import Link
from newsroom.core.render.locale import page_language, site_locale, text_direction
from newsroom.core.render.page import Links, format_time
from newsroom.core.render.theme import default_environment, load_theme, site_css, style_text
from newsroom.core.sections import SectionTree
from newsroom.core.seed import SITE_NAME

SECTION_TEMPLATE_NAME = "section.html.j2"


@dataclass(frozen=True)
class Teaser:
    """One article in a section's list."""

    headline: str
    url: str
    standfirst: str = ""
    byline: str = ""
    date: str = ""
    date_iso: str = ""
    #: The subsection it is in, on the page of a top-level section.
    kicker: Link | None = None
    #: "Draft — not published" and the like, for what the site does not show yet.
    status_note: str = ""


@dataclass(frozen=True)
class SectionPage:
    """Everything the section template shows, resolved to text and URLs."""

    site: Link
    name: str
    breadcrumb: tuple[Link, ...]
    subsections: tuple[Link, ...]
    teasers: tuple[Teaser, ...]
    #: The ``lang`` of the page: the site locale's language.
    language: str = "en"
    #: ``"rtl"`` when that language is written right to left.
    direction: str = "ltr"


# Published first, newest first; then what is not published, last updated first.
_ARTICLES_SQL = """
SELECT headline, slug, standfirst, byline, status, published_at, updated_at,
       timezone, section_id
FROM articles
WHERE deleted_at IS NULL AND status <> 'spiked' AND section_id IN ({marks})
ORDER BY published_at IS NULL, published_at DESC, updated_at DESC, id DESC
"""


def build_section_page(library: Library, section_id: int, links: Links) -> SectionPage:
    """The articles of the section and of its subsections (not those in the trash,
    nor spiked ones), newest first by publication date, then by last update."""
    tree = library.section_tree()
    lineage = tree.lineage(section_id)
    if not lineage or lineage[-1].id != section_id:
        from newsroom.core.errors import NotFoundError
        from newsroom.core.i18n import translate

        raise NotFoundError(
            translate("SectionPage", "There is no section number {number} in this library.").format(
                number=section_id
            )
        )
    section = lineage[-1]
    site = Link(library.setting("site_name", SITE_NAME), links.home())
    locale = site_locale(library)
    children = tree.children(section_id)
    ids = [section_id, *(c.id for c in children)]
    sql = _ARTICLES_SQL.format(marks=",".join("?" * len(ids)))
    teasers = tuple(
        _teaser(row, tree, section_id, links, locale) for row in library.conn.execute(sql, ids)
    )
    return SectionPage(
        site=site,
        name=section.name,
        breadcrumb=(
            site,
            *(Link(s.name, links.section(lineage[: i + 1])) for i, s in enumerate(lineage[:-1])),
            Link(section.name),
        ),
        subsections=tuple(Link(c.name, links.section([*lineage, c])) for c in children),
        teasers=teasers,
        language=page_language(locale),
        direction=text_direction(page_language(locale)),
    )


def _teaser(
    row: tuple[object, ...], tree: SectionTree, section_id: int, links: Links, locale: Locale
) -> Teaser:
    headline, slug, standfirst, byline, status, published, updated, zone, in_section = row
    kicker = None
    if in_section != section_id and isinstance(in_section, int):
        lineage = tree.lineage(in_section)
        kicker = Link(lineage[-1].name, links.section(lineage))
    is_published = status == Status.PUBLISHED.value and published
    moment = datetime.fromisoformat(str(published if is_published else updated))
    return Teaser(
        headline=str(headline) or "Untitled",
        url=links.article(str(slug)),
        standfirst=str(standfirst),
        byline=str(byline),
        date=format_time(moment, str(zone), locale),
        date_iso=moment.isoformat(),
        kicker=kicker,
        status_note="" if is_published else f"{Status(str(status)).label} — not published",
    )


def render_section_page(library: Library, section_id: int, links: Links) -> str:
    """The complete HTML page of a section, in the library's theme CSS."""
    page = build_section_page(library, section_id, links)
    theme = load_theme(library)
    site = "" if theme.css_mode == "replace" else site_css()
    template = default_environment().get_template(SECTION_TEMPLATE_NAME)
    return template.render(
        page=page,
        site_css=style_text(site),
        theme_css=style_text(theme.css),
    )
