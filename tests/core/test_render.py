"""The one renderer: Markdown body, sanitizer, and the complete article page."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from newsroom.core.library import Library
from newsroom.core.markdown_ext import MediaRef
from newsroom.core.model import Article, RelatedLink, Status
from newsroom.core.render import Link, render_body
from newsroom.core.render.page import build_page, render_article_html


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    def all_attributes(self) -> list[tuple[str, str, str | None]]:
        return [(t, k, v) for t, attrs in self.tags for k, v in attrs.items()]


def welcome(library: Library) -> Article:
    return library.article_by_slug("welcome-to-newsroom")


def section_id(lib: Library, path: str) -> int:
    section = lib.section_tree().resolve(path)
    assert section is not None
    return section.id


# -- datelines -----------------------------------------------------------------------------
def test_dateline_opens_the_first_paragraph() -> None:
    html = render_body("Protesters gathered at dawn.\n\nA second paragraph.", dateline="Paris").html
    assert html.startswith('<p><span class="dateline">PARIS —</span> Protesters gathered')
    assert html.count("PARIS") == 1


def test_dateline_goes_to_the_first_paragraph_after_a_heading() -> None:
    html = render_body("## Background\n\nFirst words.", dateline="Lyon").html
    assert '<p><span class="dateline">LYON —</span> First words.</p>' in html


def test_dateline_is_not_repeated_when_typed_in_the_text() -> None:
    html = render_body("PARIS — Protesters gathered at dawn.", dateline="Paris").html
    assert html.count("PARIS") == 1
    assert "dateline" not in html
    html = render_body("Paris — Protesters gathered.", dateline="Paris").html
    assert html.upper().count("PARIS") == 1


def test_no_dateline_no_span() -> None:
    assert "dateline" not in render_body("Text.").html
    assert "dateline" not in render_body("Text.", dateline="   ").html


# -- contents ------------------------------------------------------------------------------
def test_contents_lists_second_level_headings_only() -> None:
    body = render_body(
        "# Title\n\nIntro.\n\n## The vote\n\nText.\n\n### Details\n\nMore.\n\n"
        "## What happens next\n\nEnd.\n\n#### Deep\n"
    )
    assert body.contents == (
        Link("The vote", "#the-vote"),
        Link("What happens next", "#what-happens-next"),
    )
    ids = {attrs.get("id") for attrs in Elements(body.html).named("h2")}
    assert ids == {"the-vote", "what-happens-next"}


def test_contents_of_a_body_without_headings_is_empty() -> None:
    assert render_body("Just a paragraph.").contents == ()


# -- figures -------------------------------------------------------------------------------
def test_library_image_becomes_a_figure_with_caption_and_credit() -> None:
    uid = "0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
    ref = MediaRef(
        "data:image/png;base64,iVBORw0KGgo=", "Crowd outside", "The square at noon.", "AFP"
    )
    html = render_body(f"![](media:{uid})", media={uid: ref}).html
    assert html.startswith("<figure>")
    doc = Elements(html)
    (img,) = doc.named("img")
    assert img["src"] == ref.url  # the data: URL of the library, not the author's
    assert img["alt"] == "Crowd outside"
    assert "<figcaption>The square at noon." in html
    assert '<span class="credit">AFP</span></figcaption></figure>' in html


def test_unknown_library_image_has_no_source() -> None:
    html = render_body("![lost](media:0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b)", media={}).html
    (img,) = Elements(html).named("img")
    assert "src" not in img


def test_markdown_image_with_title_and_credit() -> None:
    html = render_body('![Flooded street](x.png "Caption"){credit="AP"}').html
    doc = Elements(html)
    (img,) = doc.named("img")
    assert img == {"alt": "Flooded street", "src": "x.png"}
    assert len(doc.named("figure")) == 1
    assert '<figcaption>Caption <span class="credit">AP</span></figcaption>' in html
    assert "credit=" not in html


def test_image_inside_a_sentence_stays_inline() -> None:
    html = render_body("See ![icon](i.png) here.").html
    assert "<figure>" not in html
    assert "<img" in html


# -- code ----------------------------------------------------------------------------------
def test_python_code_is_highlighted() -> None:
    html = render_body("```python\ndef dateline(city):\n    return city.upper()\n```\n").html
    assert '<div class="highlight">' in html
    assert '<span class="k">def</span>' in html
    assert '<span class="nf">dateline</span>' in html
    assert "<script" not in html


# -- sanitizer -----------------------------------------------------------------------------
HOSTILE = """\
Before.

<script>alert("x")</script>

<img src="x.png" onerror="alert(1)">

<iframe src="https://evil.example/"></iframe>

[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)
and <a href="data:text/html,<b>x</b>">raw data link</a>
and <a href="JaVaScRiPt:alert(2)" onclick="alert(3)">mixed case</a>

<table><tr><td style="text-align: right; background: url(https://evil.example/x.png)">cell</td>
<td style="color: red">red</td></tr></table>

<div onmouseover="alert(4)" style="position: fixed">box</div>

After.
"""


def test_sanitizer_strips_active_content() -> None:
    html = render_body(HOSTILE).html
    lowered = html.lower()
    assert "<script" not in lowered
    assert "alert(" not in lowered
    assert "<iframe" not in lowered
    assert "javascript:" not in lowered
    assert "data:" not in lowered
    assert "url(" not in lowered
    assert "evil.example" not in lowered
    doc = Elements(html)
    for tag, attr, _value in doc.all_attributes():
        assert not attr.startswith("on"), (tag, attr)
    for a in doc.named("a"):
        href = a.get("href")
        assert href is None or href.startswith(("http:", "https:", "mailto:", "#")), href
    styles = [attrs["style"] for _t, attrs in doc.tags if attrs.get("style")]
    assert styles == ["text-align:right"]  # only text-align survives
    # The harmless text around it survives.
    assert "Before." in html and "After." in html and "cell" in html and "raw data link" in html


def test_sanitizer_keeps_ordinary_links_safe() -> None:
    html = render_body("[Report](https://example.org/r) and [mail](mailto:desk@example.org)").html
    hrefs = [a["href"] for a in Elements(html).named("a")]
    assert hrefs == ["https://example.org/r", "mailto:desk@example.org"]
    assert 'rel="noopener noreferrer"' in html


# -- the complete page ---------------------------------------------------------------------
def test_welcome_article_page_has_every_part(library: Library) -> None:
    article = welcome(library)
    html = render_article_html(library, article)
    doc = Elements(html)
    text = " ".join(" ".join(doc.text).split())

    # Breadcrumb: site › My Europe › Europe News › headline.
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S)
    assert crumbs is not None
    crumb_text = [t.strip() for t in Elements(crumbs.group()).text if t.strip()]
    assert crumb_text == ["The European Desk", "My Europe", "Europe News", "Welcome to Newsroom"]
    assert '<span aria-current="page">Welcome to Newsroom</span>' in crumbs.group()

    assert re.search(r'<p class="kicker"><a href="[^"]+">Europe News</a></p>', html)
    assert '<h1 class="headline">Welcome to Newsroom</h1>' in html
    assert '<p class="standfirst">Write the story, see the page as readers will' in html
    assert '<span class="byline">By The Newsroom Desk</span>' in html
    (published,) = [t for t in doc.named("time") if "published" in (t.get("class") or "")]
    assert published["datetime"] == "2026-01-05T08:30:00+00:00"
    assert "January 5, 2026, 9:30 AM CET" in text  # in the article's zone, en_US as seeded

    share = {
        a.get("class"): a.get("href") for a in doc.named("a") if "share-" in (a.get("class") or "")
    }
    assert set(share) == {
        "share-facebook",
        "share-x",
        "share-whatsapp",
        "share-email",
        "share-print",
    }
    assert all(href and "welcome-to-newsroom" in href for href in share.values())
    for label in ("Facebook", "X", "WhatsApp", "Email", "Print"):
        assert f">{label}</a>" in html

    contents = re.search(r'<nav class="contents".*?</nav>', html, re.S)
    assert contents is not None
    entries = Elements(contents.group()).named("a")
    assert len(entries) >= 2
    assert [a["href"] for a in entries] == [
        "#writing",
        "#pictures-tables-and-code",
        "#publishing",
    ]

    assert '<span class="dateline">BRUSSELS —</span>' in html
    assert "<blockquote>" in html
    assert "<ol>" in re.sub(r'<nav class="(breadcrumb|contents)".*?</nav>', "", html, flags=re.S)
    assert "<table>" in html and "<th" in html
    figure = re.search(r"<figure>.*?</figure>", html, re.S)
    assert figure is not None
    assert re.search(r'<img[^>]+src="data:image/svg\+xml;base64,', figure.group())
    assert "<figcaption>From draft to the published page." in figure.group()
    assert '<span class="credit">Illustration: Newsroom</span>' in figure.group()
    assert '<div class="highlight">' in html and '<span class="k">def</span>' in html

    related = re.search(r'<aside class="related".*?</aside>', html, re.S)
    assert related is not None
    assert "You Might Also Like" in related.group()
    assert len(Elements(related.group()).named("a")) == 3
    assert 'href="https://iptc.org/standards/ninjs/"' in related.group()

    tags = re.search(r'<nav class="tags".*?</nav>', html, re.S)
    assert tags is not None
    assert [t.strip() for t in Elements(tags.group()).text if t.strip()] == [
        "newsroom",
        "getting started",
        "how-to",
    ]
    # Alone in its section: no previous/next.
    assert 'class="prev-next"' not in html
    # Self-contained: no request leaves the page.
    assert "<script" not in html.lower()
    assert "<title>Welcome to Newsroom – The European Desk</title>" in html


def test_contents_hidden_with_fewer_than_two_headings(library: Library) -> None:
    one = library.create_article(Article(headline="One heading", body="Intro.\n\n## Only\n\nText."))
    none = library.create_article(Article(headline="No heading", body="Just text."))
    two = library.create_article(Article(headline="Two", body="## A\n\nx\n\n## B\n\ny"))
    assert 'class="contents"' not in render_article_html(library, one)
    assert 'class="contents"' not in render_article_html(library, none)
    assert 'class="contents"' in render_article_html(library, two)


def test_previous_and_next_in_the_same_section(library: Library) -> None:
    article = welcome(library)
    news = section_id(library, "My Europe/Europe News")
    other = section_id(library, "Sport")
    assert article.published_at is not None

    def add(headline: str, delta: timedelta, section: int, status: Status) -> None:
        library.create_article(
            Article(
                headline=headline,
                section_id=section,
                status=status,
                published_at=article.published_at + delta,
            )
        )

    add("Earlier story", -timedelta(days=1), news, Status.PUBLISHED)
    add("Much earlier story", -timedelta(days=9), news, Status.PUBLISHED)
    add("Later story", timedelta(days=1), news, Status.PUBLISHED)
    add("Later draft", timedelta(hours=2), news, Status.DRAFT)
    add("Sport story", timedelta(hours=1), other, Status.PUBLISHED)

    html = render_article_html(library, article)
    nav = re.search(r'<nav class="prev-next".*?</nav>', html, re.S)
    assert nav is not None
    nav_html = nav.group()
    assert re.search(r'<a class="previous" rel="prev" href="earlier-story.html">', nav_html)
    assert re.search(r'<a class="next" rel="next" href="later-story.html">', nav_html)
    assert "Earlier story" in nav_html and "Later story" in nav_html
    for absent in ("Much earlier", "Later draft", "Sport story"):
        assert absent not in nav_html


def test_only_next_when_first_in_section(library: Library) -> None:
    article = welcome(library)
    library.create_article(
        Article(
            headline="Follow-up",
            section_id=article.section_id,
            status=Status.PUBLISHED,
            published_at=datetime(2026, 2, 1, tzinfo=UTC),
        )
    )
    html = render_article_html(library, article)
    assert 'class="next"' in html
    assert 'class="previous"' not in html


def test_draft_page_says_not_published(library: Library) -> None:
    draft = library.create_article(Article(headline="Work in progress", body="Notes."))
    page = build_page(library, draft, _Links())
    assert page.published == ""
    assert page.status_note == "Draft — not published"
    html = render_article_html(library, draft)
    assert "Draft — not published" in html
    assert '<time class="published"' not in html
    assert 'class="kicker"' not in html  # no section, no kicker


def test_page_text_is_escaped(library: Library) -> None:
    art = library.create_article(
        Article(
            headline='<script>alert("h")</script> & more',
            standfirst="<b>bold?</b>",
            byline='<img src=x onerror="alert(1)">',
            tags=["<i>tag</i>"],
        )
    )
    library.set_related_links(art.id, [RelatedLink("<u>x</u>", url="https://example.org/")])
    html = render_article_html(library, library.article(art.id))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;h&#34;)&lt;/script&gt; &amp; more" in html
    assert "<b>bold?</b>" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "")
    assert "<i>tag</i>" not in html and "<u>x</u>" not in html


class _Links:
    """Links of a hosted preview, to check build_page uses the policy it is given."""

    def home(self) -> str:
        return "/"

    def article(self, slug: str) -> str:
        return f"/a/{slug}"

    def section(self, lineage: object) -> str:
        return "/s/" + "/".join(s.slug for s in lineage)  # type: ignore[attr-defined]

    def tag(self, tag: str) -> str:
        return f"/t/{tag}"

    def media(self, media: object) -> str:
        return f"/m/{media.uid}"  # type: ignore[attr-defined]


def test_build_page_uses_the_links_policy(library: Library) -> None:
    article = welcome(library)
    page = build_page(library, article, _Links())
    assert page.site == Link("The European Desk", "/")
    assert page.kicker == Link("Europe News", "/s/my-europe/europe-news")
    assert [c.url for c in page.breadcrumb] == [
        "/",
        "/s/my-europe",
        "/s/my-europe/europe-news",
        None,
    ]
    assert page.tags[0] == Link("newsroom", "/t/newsroom")
    uid = article.body.split("media:", 1)[1].split(")", 1)[0]
    assert f'src="/m/{uid}"' in page.body.html


@pytest.mark.parametrize("zone", ["Europe/Brussels", "Not/AZone"])
def test_publication_time_in_the_article_zone(library: Library, zone: str) -> None:
    article = welcome(library)
    article.timezone = zone
    page = build_page(library, article, _Links())
    # A new library writes dates as en_US does (newsroom.core.seed.SITE_LOCALE).
    expected = (
        "January 5, 2026, 9:30\u202fAM CET"
        if zone == "Europe/Brussels"
        else "January 5, 2026, 8:30\u202fAM UTC"
    )
    assert page.published == expected


def test_links_between_articles_point_where_the_page_is_read() -> None:
    body = render_body(
        "See [the vote](article:budget-vote) and [gone](article:).",
        article_url=lambda slug: f"{slug}.html",
    )
    assert '<a href="budget-vote.html"' in body.html
    assert "article:" not in body.html
    # Without a way to resolve them, article links lose their target, never point nowhere.
    plain = render_body("See [the vote](article:budget-vote).")
    assert "href" not in plain.html and "the vote" in plain.html
