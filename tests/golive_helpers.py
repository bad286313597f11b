"""What many tests need since only approved articles go out: an article the desk approved.

``tests/`` is on the import path of every test (its ``conftest.py`` puts it there), so
any test file can ``from golive_helpers import approve``.
"""

from __future__ import annotations

from dataclasses import replace

from newsroom.core.library import Library
from newsroom.core.model import Article, Status


def approve(library: Library, article_id: int, status: Status = Status.READY) -> Article:
    """Make the stored article publishable as the desk would: a headline, a byline and a
    section where it has none, and the status ``ready`` (or ``status``: scheduled,
    published). Returns the stored article."""
    article = library.article(article_id)
    section_id = article.section_id
    if section_id is None:
        sections = library.sections()
        section_id = sections[0].id if sections else library.add_section("News").id
    library.save_article(
        replace(
            article,
            headline=article.headline or "Untitled story",
            byline=article.byline or "The Desk",
            section_id=section_id,
        )
    )
    with library.db.atomic():
        library.db.execute(
            "UPDATE articles SET status = ? WHERE id = ?", [Status(status).value, article_id]
        )
    return library.article(article_id)
