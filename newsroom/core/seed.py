"""What a new library starts with: the sample taxonomy and a welcome article."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom.core.model import Article, RelatedLink, Status

if TYPE_CHECKING:
    from newsroom.core.library import Library

SITE_NAME = "The European Desk"
SITE_URL = "https://news.example.org"
#: The sample site's locale (see :mod:`newsroom.core.render.locale`): "January 5, 2026".
SITE_LOCALE = "en_US"
#: The time zone of the desk's new and pulled articles (the library's ``timezone``).
SITE_TIMEZONE = "Europe/Brussels"

TAXONOMY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("My Europe", ("Europe News", "Social Issues", "Immigration", "EU Policies", "EU Updates")),
    (
        "World",
        (
            "Africa",
            "Global Conflicts",
            "Human Rights",
            "Middle East",
            "Latin America",
            "Ukraine Crisis",
        ),
    ),
    ("Business", ()),
    ("Sport", ()),
    ("Travel", ()),
    ("Culture", ("Art/Design", "Literature", "Music", "Film – TV", "Fashion")),
)


WELCOME_BODY = """\
Newsroom is where you write, check and publish your stories. This article shows every part of \
an article page, so you can see how yours will look on the site.

## Writing

Write in Markdown in the middle pane. The page on the right follows your typing, exactly as \
readers will see it. There is no Save button: every change is kept in the library within \
two seconds.

> “The first draft of history is written in a hurry. It should still be beautiful.”
>
> — A night editor

Three things to try now:

1. Change the headline above and watch the page.
2. Add a second-level heading with `## ` and see it appear under Contents.
3. Pick another section and look at the breadcrumb.

## Pictures, tables and code

![A sketch of an article moving from draft to the published page](media:{image_uid})

| Part of the page | Where it comes from |
|:--|:--|
| Breadcrumb and kicker | the article's section |
| Byline and date | the fields above the text |
| Contents | the article's second-level headings |
| You Might Also Like | the related links |

Technology desks can quote code, highlighted as on the site:

```python
def dateline(city: str) -> str:
    return f"{{city.upper()}} —"
```

## Publishing

When the story is ready, Newsroom puts it in the outbox and sends it to your site as soon as a \
network is there: on the train, on a plane, in the field.
"""


def seed_library(library: Library) -> None:
    """Fill a brand-new library with the sample taxonomy and the welcome article."""
    library.set_setting("site_name", SITE_NAME)
    library.set_setting("site_url", SITE_URL)
    library.set_setting("site_locale", SITE_LOCALE)
    library.set_setting("timezone", SITE_TIMEZONE)
    ids: dict[str, int] = {}
    for name, children in TAXONOMY:
        parent = library.add_section(name)
        ids[name] = parent.id
        for child in children:
            ids[child] = library.add_section(child, parent.id).id
    image = library.add_media(
        "newsroom-workflow.svg",
        "image/svg+xml",
        (files("newsroom.resources") / "images" / "welcome.svg").read_bytes(),
        alt="A draft page beside the same story as published",
        caption="From draft to the published page.",
        credit="Illustration: Newsroom",
    )
    published = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
    article = library.create_article(
        Article(
            headline="Welcome to Newsroom",
            standfirst="Write the story, see the page as readers will, and publish it when "
            "the network allows. This article shows every part of the page.",
            body=WELCOME_BODY.format(image_uid=image.uid),
            byline="The Newsroom Desk",
            dateline="Brussels",
            section_id=ids["Europe News"],
            tags=["newsroom", "getting started", "how-to"],
            status=Status.PUBLISHED,
            published_at=published,
            created_at=published,
            updated_at=published,
            timezone=SITE_TIMEZONE,
            seo_title="Welcome to Newsroom",
            seo_description="How an article page is built in Newsroom, part by part.",
        )
    )
    assert article.id is not None
    library.set_related_links(
        article.id,
        [
            RelatedLink("Markdown: the syntax at a glance", "https://daringfireball.net/projects/markdown/syntax"),
            RelatedLink("IPTC ninjs, the news format for APIs", "https://iptc.org/standards/ninjs/"),
            RelatedLink("WordPress application passwords", "https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/"),
        ],
    )  # fmt: skip


#: The name of a new library's own target: a static site in a folder beside it.
DEFAULT_SITE_TARGET = "Site folder"


def default_site_folder(library_name: str) -> str:
    """The folder of a new library's static site, beside it: "Desk site" for
    "Desk.newsroom". Stored as a bare name, so the site travels with the library."""
    return f"{Path(library_name).stem} site"


def add_default_target(library: Library, library_name: str) -> None:
    """Give a new library its own publishing target, which needs no server: a static
    site in a folder beside it. Written as the row it is (a new library is made below
    the publishing code, which reads the row as any target: ``targets.list_targets``)."""
    from newsroom.core.model import utcnow

    with library._write() as db:
        db.table("targets").insert(
            {
                "name": DEFAULT_SITE_TARGET,
                "kind": "static",
                "url": default_site_folder(library_name),
                "username": None,
                "settings": "{}",
                "paused": 0,
                "created_at": utcnow().isoformat(),
            }
        )
