"""A pulled article tells the time in the library's time zone, as the library's other
articles do, not in UTC (the fixture ``wp`` is a real WordPress on 127.0.0.1)."""

from __future__ import annotations

from servers.wordpress import WordPressSite

from newsroom.core.library import TIMEZONE_KEY, Library
from newsroom.core.publish import pulled
from newsroom.core.publish.targets import add_target
from newsroom.core.publish.wordpress import WordPressPublisher
from newsroom.core.publish.wp_pull import pull_site


def pulled_zones(library: Library, site: WordPressSite) -> list[str]:
    target = add_target(library, "Site", "wordpress", site.url, site.username)
    with WordPressPublisher(target, secret=site.app_password, library=library) as client:
        summary = pull_site(client)
    assert summary.new >= 1  # at least the site's "Hello world!"
    rows = library.conn.execute(
        "SELECT a.timezone FROM articles a JOIN sync_state s ON s.article_id = a.id "
        "WHERE s.target_id = ?",
        [target.id],
    ).fetchall()
    assert len(rows) == summary.new
    return [str(row[0]) for row in rows]


def test_a_pull_makes_articles_in_the_library_s_time_zone(
    wp: WordPressSite, library: Library
) -> None:
    assert library.setting(TIMEZONE_KEY) == "Europe/Brussels"  # the seed's
    assert set(pulled_zones(library, wp)) == {"Europe/Brussels"}


def test_without_the_setting_a_pull_takes_the_zone_of_the_library_s_articles(
    wp: WordPressSite, library: Library
) -> None:
    library.set_setting(TIMEZONE_KEY, "")  # a library made before the setting
    assert {a.timezone for a in map(library.article, [s.id for s in library.articles()])} == {
        "Europe/Brussels"
    }
    assert set(pulled_zones(library, wp)) == {"Europe/Brussels"}


def test_a_new_article_for_a_post_is_in_the_setting_s_zone(library: Library) -> None:
    library.set_setting(TIMEZONE_KEY, "America/New_York")
    assert pulled.new_article(library).timezone == "America/New_York"
