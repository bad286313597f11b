"""File › New Article: the article is in the library's time zone (its ``timezone``
setting; the seed's Europe/Brussels), not in UTC."""

from __future__ import annotations

from newsroom.core.library import TIMEZONE_KEY
from newsroom.gui.main_window import MainWindow


def test_a_new_article_is_in_the_library_s_time_zone(window: MainWindow) -> None:
    window.new_article()
    article = window.editor.article()
    assert article is not None and article.id is not None
    assert window.library.article(article.id).timezone == "Europe/Brussels"

    window.library.set_setting(TIMEZONE_KEY, "America/New_York")
    window.new_article()
    article = window.editor.article()
    assert article is not None and article.id is not None
    assert window.library.article(article.id).timezone == "America/New_York"
