"""The pre-publish checklist, on articles of a real library file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.core.checklist import (
    HEADLINE_MAX,
    HEADLINE_WARN,
    BodyFacts,
    BodyParser,
    Finding,
    blocking,
    parse_body,
    run_checklist,
    summarize,
)
from newsroom.core.library import Library
from newsroom.core.model import Article, RelatedLink, Status

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
LINKS = [RelatedLink(f"Background {n}", f"https://example.org/{n}") for n in range(3)]


def good_article(library: Library, **changes: object) -> Article:
    """An article the checklist has nothing to say about, changed by ``changes``."""
    section = next(s for s in library.sections() if s.name == "Europe News")
    article = library.create_article(
        Article(
            headline="Floods close the Rhine to barges",
            body="Shipping was halted on Tuesday.",
            byline="Anna Weber",
            dateline="Basel",
            section_id=section.id,
        )
    )
    assert article.id is not None
    library.set_related_links(article.id, LINKS)
    for name, value in changes.items():
        setattr(article, name, value)
    return library.save_article(article)


def fields(findings: list[Finding], level: str | None = None) -> list[str]:
    return [f.field for f in findings if level is None or f.level == level]


def test_a_complete_article_is_ready_to_publish(library: Library) -> None:
    findings = run_checklist(library, good_article(library), now=NOW)
    assert findings == []
    assert summarize(findings) == "Ready to publish"


def test_the_welcome_article_passes(library: Library) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    assert run_checklist(library, welcome, now=NOW) == []


def test_headline_section_and_byline_are_required(library: Library) -> None:
    article = good_article(library, headline="  ", section_id=None, byline="")
    findings = run_checklist(library, article, now=NOW)
    assert fields(findings, "error") == ["headline", "section", "byline"]
    assert all(f.message.endswith(".") for f in findings)
    assert blocking(findings) == [f for f in findings if f.level == "error"]


def test_a_long_headline_is_a_warning_and_a_too_long_one_an_error(library: Library) -> None:
    long = good_article(library, headline="x" * (HEADLINE_WARN + 1))
    (finding,) = run_checklist(library, long, now=NOW)
    assert (finding.level, finding.field) == ("warning", "headline")
    assert f"{HEADLINE_WARN + 1} characters" in finding.message
    assert "cut" in finding.message  # it says why
    just_fits = good_article(library, headline="x" * HEADLINE_WARN)
    assert run_checklist(library, just_fits, now=NOW) == []
    too_long = good_article(library, headline="x" * (HEADLINE_MAX + 1))
    (finding,) = run_checklist(library, too_long, now=NOW)
    assert (finding.level, finding.field) == ("error", "headline")


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("", "Add a dateline"), ("24 November", "does not look like a place"), ("Paris", None)],
)
def test_the_dateline_should_be_a_place(
    library: Library, dateline: str, expected: str | None
) -> None:
    findings = run_checklist(library, good_article(library, dateline=dateline), now=NOW)
    if expected is None:
        assert findings == []
    else:
        (finding,) = findings
        assert (finding.level, finding.field) == ("warning", "dateline")
        assert expected in finding.message


def test_markdown_images_need_alt_text_and_credit(library: Library) -> None:
    body = (
        "Text.\n\n"
        '![A barge](https://example.org/barge.jpg){credit="Reuters"}\n\n'
        "![](https://example.org/lock.jpg)\n\n"
        "    ![In a code block](ignored.png)\n"
    )
    findings = run_checklist(library, good_article(library, body=body), now=NOW)
    assert [(f.level, f.field) for f in findings] == [("warning", "body")] * 2
    assert "Image 2 (lock.jpg) has no alt text" in findings[0].message
    assert "Image 2 (lock.jpg) has no credit" in findings[1].message
    assert 'credit="' in findings[1].message  # and how to add one


def test_library_images_bring_their_own_alt_text_and_credit(library: Library) -> None:
    complete = library.add_media("a.png", "image/png", b"a", alt="A barge", credit="AP")
    bare = library.add_media("b.png", "image/png", b"b")
    body = (
        f"![](media:{complete.uid})\n\n"
        f'![Written here](media:{bare.uid}){{credit="Own photo"}}\n\n'
        f"![](media:{bare.uid})\n"
    )
    findings = run_checklist(library, good_article(library, body=body), now=NOW)
    messages = [f.message for f in findings]
    assert len(messages) == 2
    assert messages[0].startswith("Image 3 (b.png) has no alt text")
    assert messages[1].startswith("Image 3 (b.png) has no credit")
    assert "in the library" in messages[1]


def test_an_image_missing_from_the_library_is_an_error(library: Library) -> None:
    body = "![Gone](media:00000000-0000-0000-0000-000000000000)"
    (finding,) = run_checklist(library, good_article(library, body=body), now=NOW)
    assert (finding.level, finding.field) == ("error", "body")


def test_links_to_other_articles_must_exist(library: Library) -> None:
    draft = library.create_article(Article(headline="Still a draft"))
    body = (
        "See [the welcome](article:welcome-to-newsroom), "
        f"[the draft](article:{draft.slug}) and [a typo](article:welcom-to-newsroom)."
    )
    findings = run_checklist(library, good_article(library, body=body), now=NOW)
    assert [(f.level, f.field) for f in findings] == [("error", "body"), ("warning", "body")]
    assert "“welcom-to-newsroom”" in findings[0].message
    assert "not published yet" in findings[1].message


@pytest.mark.parametrize(("count", "expected"), [(0, "Add three more"), (7, "Remove 1")])
def test_three_to_six_related_links(library: Library, count: int, expected: str) -> None:
    article = good_article(library)
    assert article.id is not None
    links = [RelatedLink(f"Link {n}", f"https://example.org/{n}") for n in range(count)]
    library.set_related_links(article.id, links)
    (finding,) = run_checklist(library, article, now=NOW)
    assert (finding.level, finding.field) == ("warning", "related")
    assert expected in finding.message
    library.set_related_links(article.id, links[:6] or LINKS)
    assert run_checklist(library, article, now=NOW) == []


def test_a_featured_image_needs_alt_text(library: Library) -> None:
    image = library.add_media("lead.jpg", "image/jpeg", b"x", credit="AP")
    (finding,) = run_checklist(library, good_article(library, featured_media_id=image.id), now=NOW)
    assert (finding.level, finding.field) == ("warning", "featured_image")
    assert "lead.jpg" in finding.message


def test_an_embargo_blocks_publishing_until_it_ends(library: Library) -> None:
    until = NOW + timedelta(hours=2)
    article = good_article(library, embargo_until=until, timezone="Europe/Berlin")
    (finding,) = run_checklist(library, article, now=NOW)
    assert (finding.level, finding.field) == ("error", "embargo")
    assert "24 November 2026, 11:00 (Europe/Berlin)" in finding.message
    # Marking it ready is allowed, with a reminder.
    (ready,) = run_checklist(library, article, now=NOW, target=Status.READY)
    assert ready.level == "warning"
    assert run_checklist(library, article, now=until) == []


def test_a_schedule_needs_a_future_time_after_any_embargo(library: Library) -> None:
    until = NOW + timedelta(hours=2)
    article = good_article(library, embargo_until=until)
    early = run_checklist(library, article, now=NOW, target=Status.SCHEDULED)
    assert fields(early, "error") == ["published_at"]
    article.published_at = NOW + timedelta(hours=1)
    assert fields(run_checklist(library, article, now=NOW, target=Status.SCHEDULED)) == ["embargo"]
    article.published_at = until
    assert run_checklist(library, article, now=NOW, target=Status.SCHEDULED) == []


def test_errors_come_first_and_the_summary_counts_them(library: Library) -> None:
    article = good_article(library, dateline="", byline="", section_id=None)
    findings = run_checklist(library, article, now=NOW)
    assert [f.level for f in findings] == ["error", "error", "warning"]
    assert summarize(findings) == "2 errors, 1 warning"
    assert summarize(findings[2:]) == "Ready to publish, with 1 warning"
    assert summarize(findings[:1]) == "1 error"


def test_the_search_title_should_fit_search_results(library: Library) -> None:
    (finding,) = run_checklist(library, good_article(library, seo_title="s" * 70), now=NOW)
    assert (finding.level, finding.field) == ("warning", "seo_title")


def facts_of(facts: BodyFacts) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    return [dict(i.attrib) for i in facts.images], [dict(a.attrib) for a in facts.links]


_PIECES = st.sampled_from(
    ["Words", " more", "\n", "\n\n", "![A quay](q.png)", '{credit="Reuters"}', "![](x.png)",
     "[a link](https://e.org/a)", "<https://e.org/auto>", "- item ", "1. item ", "> quote ",
     "## Head", "    indented [in](https://e.org/code)", "```", "~~~", "`[code](x)`",
     "[ref][r]", "[r]: https://e.org/r", "[^1]", "<b>", "Term\n: def", "\t"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=30).map("".join), min_size=1, max_size=4))
def test_parsing_in_remembered_chunks_finds_what_parsing_whole_finds(texts: list[str]) -> None:
    parser = BodyParser()
    for text in texts:  # successive versions, as a text is written
        assert facts_of(parser(text)) == facts_of(parse_body(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\n```\n[in code](https://e.org/c)\n\nstill code\n```\n\n[after](https://e.org/a)",
        "- item\n\n    [continued](https://e.org/l)\n\nNext.",
        "> quote\n\n> [more quote](https://e.org/q)",
        "Intro.\n\n~~~\n![not an image](x.png)\n\n~~~\n\n![An image](y.png)",
    ],
)
def test_blocks_that_reach_across_blank_lines_are_parsed_as_one(text: str) -> None:
    parser = BodyParser()
    assert facts_of(parser(text)) == facts_of(parse_body(text))
    edited = text.replace("Intro.", "Intro, edited.").replace("Next.", "Next, edited.")
    assert facts_of(parser(edited)) == facts_of(parse_body(edited))
