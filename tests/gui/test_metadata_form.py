"""The metadata form on real parts: a library file in tmp_path, real widgets offscreen."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from newsroom.core.library import Library
from newsroom.core.model import Article, Status
from newsroom.gui.editor.metadata_form import FIELD_NAMES, MetadataForm


def stored(path: Path, sql: str, *params: object) -> tuple[object, ...]:
    """A row read from the library file through a connection of its own."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(sql, params).fetchone()
        assert row is not None, sql
        return tuple(row)
    finally:
        conn.close()


@pytest.fixture
def form(qtbot, library: Library) -> MetadataForm:
    widget = MetadataForm(library)
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # so that focus, and completion popups, work
    return widget


@pytest.fixture
def draft(library: Library) -> Article:
    return library.create_article(Article(headline="Draft", byline="Anna Weber"))


def replace_text(qtbot, widget: QWidget, text: str) -> None:
    """Select everything in the field and type ``text`` over it, as a writer would."""
    widget.setFocus()
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Walk a closed combo box with the arrow keys until it shows ``text``."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the combo box")


def set_time(edit: QDateTimeEdit, y: int, mo: int, d: int, h: int, mi: int) -> None:
    edit.setDateTime(QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone.utc()))


def write_png(path: Path, colour: str = "#3366cc") -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


# -- loading -----------------------------------------------------------------------------
def test_loading_shows_every_field_and_is_not_an_edit(
    qtbot, form: MetadataForm, library: Library
) -> None:
    (image_id,) = stored(library.path, "SELECT id FROM media")
    welcome = library.article_by_slug("welcome-to-newsroom")
    welcome = library.save_article(replace(welcome, featured_media_id=image_id))
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    form.load(welcome)
    assert edits == []
    assert form.headline.toPlainText() == "Welcome to Newsroom"
    assert form.standfirst.toPlainText().startswith("Write the story")
    assert form.slug.text() == "welcome-to-newsroom"
    assert form.byline.text() == "The Newsroom Desk"
    assert form.dateline.text() == "Brussels"
    assert form.section.currentText() == "My Europe › Europe News"
    assert form.tags.text() == "newsroom, getting started, how-to"
    assert form.timezone.currentText() == "Europe/Brussels"
    assert form.published_set.isChecked()
    assert form.published.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-01-05 09:30"
    assert not form.embargo_set.isChecked() and not form.embargo.isEnabled()
    assert form.language.currentData() == "en"
    assert form.seo_title.text() == "Welcome to Newsroom"
    assert form.media is not None and form.caption.text() == "From draft to the published page."
    assert form.credit.text() == "Illustration: Newsroom"
    assert form.apply(welcome) == welcome  # nothing touched, nothing changed


def test_with_nothing_loaded_the_form_is_disabled(form: MetadataForm) -> None:
    assert form.loaded_id is None and form.article() is None
    assert not form.headline.isEnabled()


# -- editing every field ---------------------------------------------------------------
def test_every_field_typed_is_applied_and_saved_to_the_file(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    form.load(draft)
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))

    replace_text(qtbot, form.headline, "Floods close the Rhine to barges")
    assert edits, "typing a headline is an edit"
    replace_text(qtbot, form.standfirst, "Shipping halted between Basel and Mannheim.")
    replace_text(qtbot, form.byline, "Anna Weber,  Jan Peeters")
    replace_text(qtbot, form.dateline, "Basel")
    choose(qtbot, form.section, "Culture › Art/Design")
    replace_text(qtbot, form.tags, "floods, shipping, Floods,  Rhine ")
    choose(qtbot, form.language, "German (de)")
    replace_text(qtbot, form.seo_title, "Rhine closed to barges after floods")
    replace_text(qtbot, form.seo_description, "Barges are stuck between Basel and Mannheim.")
    qtbot.keyClick(form.published_set, Qt.Key.Key_Space)
    assert form.published.isEnabled()
    set_time(form.published, 2026, 11, 24, 8, 30)
    replace_text(qtbot, form.timezone, "Europe/Berlin")
    qtbot.keyClick(form.embargo_set, Qt.Key.Key_Space)
    set_time(form.embargo, 2026, 11, 24, 6, 0)

    article = form.apply(draft)
    assert article.headline == "Floods close the Rhine to barges"
    assert article.standfirst == "Shipping halted between Basel and Mannheim."
    assert article.byline == "Anna Weber, Jan Peeters"
    assert article.dateline == "Basel"
    assert library.section_tree().path_of(article.section_id) == "Culture/Art\\/Design"
    assert article.tags == ["floods", "shipping", "Rhine"]
    assert article.language == "de"
    assert article.seo_title == "Rhine closed to barges after floods"
    assert article.seo_description == "Barges are stuck between Basel and Mannheim."
    assert article.timezone == "Europe/Berlin"
    assert article.published_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert article.embargo_until == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)
    assert article.slug == draft.slug  # not typed: the library makes it from the headline

    saved = library.save_article(article)
    assert saved.slug == "floods-close-the-rhine-to-barges"
    row = stored(
        library.path,
        "SELECT headline, byline, language, timezone, published_at, embargo_until, seo_title "
        "FROM articles WHERE id = ?",
        saved.id,
    )
    assert row == (
        "Floods close the Rhine to barges",
        "Anna Weber, Jan Peeters",
        "de",
        "Europe/Berlin",
        "2026-11-24T07:30:00+00:00",
        "2026-11-24T05:00:00+00:00",
        "Rhine closed to barges after floods",
    )
    tags = stored(
        library.path,
        "SELECT group_concat(tag, '|') FROM "
        "(SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position)",
        saved.id,
    )
    assert tags == ("floods|shipping|Rhine",)


def test_enter_in_the_headline_moves_on_instead_of_breaking_the_line(
    qtbot, form: MetadataForm, draft: Article
) -> None:
    form.load(draft)
    replace_text(qtbot, form.headline, "Two")
    qtbot.keyClick(form.headline, Qt.Key.Key_Return)
    qtbot.keyClicks(form.headline, " lines")
    assert "\n" not in form.headline.toPlainText()


def test_unticking_the_times_clears_them(qtbot, form: MetadataForm, library: Library) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    form.load(welcome)
    qtbot.keyClick(form.published_set, Qt.Key.Key_Space)
    assert not form.published.isEnabled()
    assert form.apply(welcome).published_at is None
    assert form.apply(welcome).embargo_until is None


# -- time zones --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("month", "utc_hour"),
    [(1, 8), (7, 7)],  # Paris is UTC+1 in winter, UTC+2 in summer
)
def test_a_time_in_paris_is_stored_in_utc_and_shown_again_in_paris(
    qtbot, form: MetadataForm, library: Library, draft: Article, month: int, utc_hour: int
) -> None:
    form.load(draft)
    qtbot.keyClick(form.published_set, Qt.Key.Key_Space)
    set_time(form.published, 2026, month, 15, 9, 30)
    replace_text(qtbot, form.timezone, "Europe/Paris")
    saved = library.save_article(form.apply(draft))
    assert stored(
        library.path, "SELECT published_at, timezone FROM articles WHERE id = ?", saved.id
    ) == (
        f"2026-{month:02}-15T{utc_hour:02}:30:00+00:00",
        "Europe/Paris",
    )
    form.load(library.article(draft.id or 0))
    assert form.timezone.currentText() == "Europe/Paris"
    assert form.published.dateTime().toString("yyyy-MM-dd HH:mm") == f"2026-{month:02}-15 09:30"


def test_an_untouched_time_comes_back_exactly_even_when_the_clock_goes_back(
    form: MetadataForm, library: Library
) -> None:
    # 02:30:15 happens twice in Paris that night; this is the second time, in CET.
    moment = datetime(2026, 10, 25, 1, 30, 15, tzinfo=UTC)
    article = library.create_article(
        Article(
            headline="Night", published_at=moment, embargo_until=moment, timezone="Europe/Paris"
        )
    )
    form.load(article)
    assert form.published.dateTime().toString("HH:mm:ss") == "02:30:15"
    applied = form.apply(article)
    assert applied.published_at == moment and applied.embargo_until == moment


def test_an_unknown_time_zone_is_named_and_the_old_one_kept(
    qtbot, form: MetadataForm, library: Library
) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    form.load(welcome)
    replace_text(qtbot, form.timezone, "Europe/Atlantis")
    assert form.timezone_message.isVisible()
    assert "Europe/Atlantis" in form.timezone_message.text()
    article = form.apply(welcome)
    assert article.timezone == "Europe/Brussels"
    assert article.published_at == welcome.published_at


def test_common_newsroom_zones_come_first(form: MetadataForm) -> None:
    first = [form.timezone.itemText(i) for i in range(5)]
    assert first == [
        "Europe/Brussels",
        "Europe/London",
        "Europe/Paris",
        "Europe/Berlin",
        "Europe/Amsterdam",
    ]
    assert form.timezone.findText("Pacific/Auckland") > 10


# -- the slug ----------------------------------------------------------------------------
def test_the_slug_follows_the_headline_until_one_is_typed(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    form.load(draft)
    replace_text(qtbot, form.headline, "Rhine floods")
    assert form.slug.text() == "rhine-floods"
    saved = library.save_article(form.apply(draft))
    assert saved.slug == "rhine-floods" and library.slug_is_auto(draft.id or 0)
    form.saved(saved)

    replace_text(qtbot, form.slug, "barges-stuck")
    replace_text(qtbot, form.headline, "Rhine floods: barges stuck at Basel")
    assert form.slug.text() == "barges-stuck"  # typed: it stays
    saved = library.save_article(form.apply(saved))
    form.saved(saved)
    assert stored(library.path, "SELECT slug, slug_auto FROM articles WHERE id = ?", saved.id) == (
        "barges-stuck",
        0,
    )
    replace_text(qtbot, form.headline, "Something else entirely")
    assert form.slug.text() == "barges-stuck"
    assert library.save_article(form.apply(saved)).slug == "barges-stuck"


def test_a_slug_taken_by_another_article_is_named_with_the_free_one(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    form.load(draft)
    assert not form.slug_message.isVisible()
    replace_text(qtbot, form.slug, "welcome-to-newsroom")
    assert form.slug_message.isVisible()
    assert "taken by another article" in form.slug_message.text()
    assert "welcome-to-newsroom-2" in form.slug_message.text()
    assert "taken" in form.slug.accessibleDescription()
    saved = library.save_article(form.apply(draft))
    assert saved.slug == "welcome-to-newsroom-2"
    form.saved(saved)  # while the writer is still in the slug field: left alone
    assert form.slug.text() == "welcome-to-newsroom"
    form.dateline.setFocus()
    form.saved(saved)
    assert form.slug.text() == "welcome-to-newsroom-2"
    assert not form.slug_message.isVisible()


def test_an_invalid_slug_is_named_with_what_will_be_saved(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    form.load(draft)
    replace_text(qtbot, form.slug, "Rhine Floods!")
    assert form.slug_message.isVisible()
    assert "“rhine-floods”" in form.slug_message.text()
    replace_text(qtbot, form.slug, "rhine-floods")
    assert not form.slug_message.isVisible()
    replace_text(qtbot, form.slug, "")
    assert "cannot be empty" in form.slug_message.text()
    assert form.apply(draft).slug == draft.slug


def test_the_slug_of_a_published_article_does_not_follow_its_headline(
    qtbot, form: MetadataForm, library: Library
) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    assert welcome.status is Status.PUBLISHED
    form.load(welcome)
    replace_text(qtbot, form.headline, "A new headline")
    assert form.slug.text() == "welcome-to-newsroom"


# -- completion -------------------------------------------------------------------------
def completions(completer) -> list[str]:
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_tag_completion_offers_the_library_tags_for_the_tag_being_typed(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    library.create_article(Article(headline="Other", tags=["getting started", "floods"]))
    form.refresh_completions()
    form.load(draft)
    replace_text(qtbot, form.tags, "floods, get")
    assert form.tags_completer.completionPrefix() == "floods, get"
    assert completions(form.tags_completer) == ["getting started"]
    qtbot.waitUntil(lambda: form.tags_completer.popup().isVisible())
    popup = form.tags_completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.tags.text() == "floods, getting started"
    assert form.apply(draft).tags == ["floods", "getting started"]


def test_tags_are_offered_most_used_first(form: MetadataForm, library: Library) -> None:
    library.create_article(Article(headline="A", tags=["shipping", "newsroom"]))
    form.refresh_completions()
    assert form.tags_completer.items()[0] == "newsroom"
    assert set(form.tags_completer.items()) == {
        "newsroom",
        "getting started",
        "how-to",
        "shipping",
    }


def test_byline_completion_offers_names_already_used(
    qtbot, form: MetadataForm, library: Library, draft: Article
) -> None:
    library.create_article(Article(headline="Other", byline="Jan Peeters, Anna Weber"))
    form.refresh_completions()
    form.load(draft)
    replace_text(qtbot, form.byline, "Anna Weber, jan")
    assert completions(form.byline_completer) == ["Jan Peeters"]


# -- SEO ---------------------------------------------------------------------------------
def test_seo_counters_count_and_warn_past_the_limit(
    qtbot, form: MetadataForm, draft: Article
) -> None:
    form.load(draft)
    replace_text(qtbot, form.seo_title, "x" * 48)
    assert form.seo_title_count.text() == "48 / 60"
    assert form.seo_title_count.property("over") is False
    assert form.seo_title_count.accessibleDescription() == "12 characters left"
    within = form.seo_title_count.styleSheet()
    qtbot.keyClicks(form.seo_title, "y" * 24)
    assert form.seo_title_count.text() == "72 / 60"
    assert form.seo_title_count.property("over") is True
    assert form.seo_title_count.accessibleDescription() == "12 characters over"
    assert form.seo_title_count.styleSheet() != within
    assert "color" in form.seo_title_count.styleSheet()

    replace_text(qtbot, form.seo_description, "d" * 161)
    assert form.seo_description_count.text() == "161 / 160"
    assert form.seo_description_count.accessibleDescription() == "1 character over"


def test_an_empty_seo_title_is_counted_as_the_headline_the_page_uses(
    qtbot, form: MetadataForm, draft: Article
) -> None:
    form.load(draft)
    replace_text(qtbot, form.headline, "h" * 70)
    assert form.seo_title.text() == ""
    assert form.seo_title_count.text() == "70 / 60"
    assert form.seo_title.placeholderText() == "h" * 70


# -- the featured image ------------------------------------------------------------------
def test_an_image_file_becomes_the_featured_image_with_caption_credit_and_alt(
    qtbot, form: MetadataForm, library: Library, draft: Article, tmp_path: Path
) -> None:
    png = write_png(tmp_path / "barges.png")
    form.load(draft)
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    media = form.set_image_file(tmp_path / "barges.png")
    assert media is not None and edits
    assert stored(
        library.path, "SELECT filename, mime_type, data FROM media WHERE id = ?", media.id
    ) == ("barges.png", "image/png", png)
    assert form.image_preview.pixmap() is not None and not form.image_preview.pixmap().isNull()
    assert form.remove_button.isEnabled()

    replace_text(qtbot, form.caption, "Barges moored at Basel.")
    replace_text(qtbot, form.credit, "Photo: Anna Weber")
    with qtbot.waitSignal(form.media_saved, timeout=3000):
        replace_text(qtbot, form.alt, "Three barges tied up at a quay")
    assert stored(
        library.path, "SELECT caption, credit, alt FROM media WHERE id = ?", media.id
    ) == ("Barges moored at Basel.", "Photo: Anna Weber", "Three barges tied up at a quay")

    saved = library.save_article(form.apply(draft))
    assert stored(
        library.path, "SELECT featured_media_id FROM articles WHERE id = ?", saved.id
    ) == (media.id,)
    form.load(saved)
    assert form.caption.text() == "Barges moored at Basel."

    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert form.media is None and form.image_preview.text() == "No image"
    assert form.apply(saved).featured_media_id is None
    assert form.caption.isReadOnly()


def test_image_details_typed_are_written_when_another_article_is_loaded(
    qtbot, form: MetadataForm, library: Library, draft: Article, tmp_path: Path
) -> None:
    write_png(tmp_path / "a.png")
    form.load(draft)
    media = form.set_image_file(tmp_path / "a.png")
    assert media is not None
    replace_text(qtbot, form.caption, "Typed and left at once")
    form.load(library.article_by_slug("welcome-to-newsroom"))  # before the timer fires
    assert library.media_by_id(media.id).caption == "Typed and left at once"


def test_a_file_that_is_not_an_image_is_refused_with_a_message(
    form: MetadataForm, library: Library, draft: Article, tmp_path: Path
) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    form.load(draft)
    before = library.stats()["media"]
    assert form.set_image_file(text) is None
    assert form.image_message.isVisible() and "notes.png" in form.image_message.text()
    assert library.stats()["media"] == before
    assert form.apply(draft).featured_media_id is None


# -- focus, keyboard, accessibility, read-only ------------------------------------------
@pytest.mark.parametrize("name", FIELD_NAMES)
def test_focus_field_unfolds_its_group_and_focuses_it(
    qtbot, form: MetadataForm, draft: Article, name: str
) -> None:
    form.load(draft)
    for group in form.groups:
        group.toggle.click()
        assert not group.is_expanded()
    widget = form.focus_field(name)
    assert widget.isVisible()
    qtbot.waitUntil(widget.hasFocus)


def test_focus_field_refuses_unknown_names(form: MetadataForm) -> None:
    assert not form.has_field("body") and not form.has_field("colour")
    with pytest.raises(ValueError, match="unknown field"):
        form.focus_field("colour")


@pytest.mark.parametrize(
    ("name", "accessible"),
    [
        ("published_at", "Publication time"),
        ("embargo_until", "Embargo until"),
        ("featured_media_id", "Choose featured image"),
        ("timezone", "Time zone"),
        ("alt", "Image alt text"),
    ],
)
def test_focus_field_knows_the_model_names_too(
    qtbot, form: MetadataForm, library: Library, name: str, accessible: str
) -> None:
    moment = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    article = library.create_article(Article(published_at=moment, embargo_until=moment))
    form.load(article)
    (image_id,) = stored(library.path, "SELECT id FROM media")
    form.load(library.save_article(replace(article, featured_media_id=image_id)))
    assert form.has_field(name)
    widget = form.focus_field(name)
    assert widget.accessibleName() == accessible
    qtbot.waitUntil(widget.hasFocus)


def test_tab_walks_the_fields_in_reading_order(form: MetadataForm, draft: Article) -> None:
    form.load(draft)
    order: list[str] = []
    widget: QWidget = form.headline
    for _ in range(12):
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while (
            not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            or not widget.isEnabled()
            or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))  # their own parts
        ):
            widget = widget.nextInFocusChain()
    assert order == [
        "Headline",
        "Standfirst",
        "Slug",
        "Byline",
        "Dateline",
        "Section",
        "Tags",
        "Publishing group",
        "Publication time set",
        "Time zone",
        "Embargo set",
        "Language",
    ]


def test_every_control_has_an_accessible_name(form: MetadataForm, draft: Article) -> None:
    form.load(draft)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox)
    controls = [
        w
        for w in form.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert len(controls) >= 20
    assert [w for w in controls if not w.accessibleName()] == []


def test_read_only_takes_no_edits(
    qtbot, form: MetadataForm, library: Library, tmp_path: Path
) -> None:
    welcome = library.article_by_slug("welcome-to-newsroom")
    form.load(welcome)
    form.set_read_only(True)
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    qtbot.keyClicks(form.headline, "more")
    qtbot.keyClicks(form.tags, ", more")
    qtbot.keyClicks(form.caption, "more")
    assert edits == []
    assert not form.section.isEnabled() and not form.published.isEnabled()
    assert not form.choose_button.isEnabled() and not form.remove_button.isEnabled()
    write_png(tmp_path / "x.png")
    assert form.set_image_file(tmp_path / "x.png") is None
    assert form.apply(welcome) == welcome
    form.set_read_only(False)
    assert form.section.isEnabled() and form.published.isEnabled()
