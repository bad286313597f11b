"""Going live from the window, on a real library and its own static "Site folder"
target (no server): only what the desk approved goes out, the writer sees what will
change on the site first, and the site follows the library (spiking or trashing a
published article takes it off; corrections and updates; renamed sections)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from dialogs import answer_dialog, confirm_publish, when_modal
from golive_helpers import approve
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QPushButton

from newsroom.core.model import Article, NoteKind, Status
from newsroom.core.publish import outbox, states
from newsroom.core.publish.base import Action, SyncState, Target
from newsroom.core.publish.targets import get_target
from newsroom.core.seed import DEFAULT_SITE_TARGET
from newsroom.gui.editor.notes_dialog import NotesDialog, NoteTextDialog
from newsroom.gui.library.section_editor import SectionEditor, SectionPicker
from newsroom.gui.main_window import MainWindow
from newsroom.gui.publish.publish_preview import PublishPreviewDialog


def site_target(window: MainWindow) -> Target:
    return get_target(window.library, DEFAULT_SITE_TARGET)


def site_folder(window: MainWindow) -> Path:
    url = Path(site_target(window).url)
    return url if url.is_absolute() else window.library.path.parent / url


def pages(window: MainWindow, slug: str) -> list[Path]:
    """The site's pages of ``slug``. The worker may be rewriting the site meanwhile:
    a folder that goes while it is read is skipped (os.walk), not an error (rglob)."""
    return [
        Path(folder) / name
        for folder, _dirs, files in os.walk(site_folder(window))
        for name in files
        if name.endswith(".html") and slug in str(Path(folder) / name)
    ]


def open_new(window: MainWindow, *, approved: bool = True, **fields: object) -> int:
    """A new article (ready, unless not ``approved``), open in the editor."""
    values = {"headline": "Tide tables", "body": "High water at noon.\n\nLow at six."} | fields
    made = window.library.create_article(Article(**values))  # type: ignore[arg-type]
    assert made.id is not None
    if approved:
        approve(window.library, made.id)
    window.reload_articles()
    window.open_article(made.id)
    return made.id


def sync_state(window: MainWindow, article_id: int) -> SyncState:
    found = states.sync_states(window.library, [article_id], target_id=site_target(window).id)
    return found[article_id]


def publish_through_the_menu(qtbot, window: MainWindow, article_id: int) -> None:  # type: ignore[no-untyped-def]
    confirm_publish()
    assert window.publishing.send(Action.PUBLISH, site_target(window).id) is not None
    qtbot.waitUntil(lambda: sync_state(window, article_id) is SyncState.SYNCED, timeout=15000)
    # The run also marks it published: over before the test writes to the library.
    qtbot.waitUntil(lambda: not window.publishing.worker.running, timeout=5000)


# -- refused -------------------------------------------------------------------------------
def test_a_drafts_publish_is_refused_with_the_reasons_and_nothing_is_queued(
    qtbot, window: MainWindow
) -> None:
    open_new(window, approved=False)
    seen: list[tuple[str, str]] = []

    def look(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        assert [b for b in box.buttons() if b.text() == "Open &Checklist"]
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(QMessageBox, look)
    assert window.publishing.send(Action.PUBLISH, site_target(window).id) is None
    assert len(seen) == 1
    text, reasons = seen[0]
    assert text == "“Tide tables” cannot be published on Site folder yet. Nothing was sent."
    assert reasons.startswith("• Draft: mark it ready")
    # What would stop it from being marked ready is named as well (it has no section).
    assert "Before it can be marked ready:" in reasons and "section" in reasons
    assert outbox.entries(window.library) == []
    assert window.library.article(window.editor.loaded_id or 0).status is Status.DRAFT


def test_checklist_errors_are_named_and_open_checklist_shows_them(
    qtbot, window: MainWindow
) -> None:
    article_id = open_new(window, approved=False)
    stored = approve(window.library, article_id)
    window.library.save_article(replace(stored, headline=""))  # an error on the checklist
    window.open_article(window.library.articles()[-1].id or 0)  # away and back: as stored
    window.open_article(article_id)
    window.docks[0].hide()  # the writer closed the checklist
    assert not window.checklist.isVisible()
    seen: list[str] = []

    def look(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        opener = next(b for b in box.buttons() if b.text() == "Open &Checklist")
        assert isinstance(opener, QPushButton) and opener.accessibleName() == "Open Checklist"
        opener.click()

    when_modal(QMessageBox, look)
    assert window.publishing.send(Action.PUBLISH, site_target(window).id) is None
    assert seen and "headline" in seen[0].lower()
    assert outbox.entries(window.library) == []
    assert window.checklist.isVisible(), "the checklist is in front"
    qtbot.waitUntil(lambda: window.checklist.list.count() > 0)
    messages = [window.checklist.list.item(i).text() for i in range(window.checklist.list.count())]
    assert any("headline" in m.lower() for m in messages)


# -- what will change ----------------------------------------------------------------------
def test_publish_shows_what_the_site_gets_then_sends_it(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    target = site_target(window)
    seen = confirm_publish()
    item = window.publishing.send(Action.PUBLISH, target.id)
    dialog = seen[0]
    assert dialog.windowTitle() == "Publish on Site folder"
    assert dialog.confirm_button.text() == "&Publish"
    assert "will be published on Site folder" in dialog.intro.text()
    rows = {r.label: r.after for r in dialog.model.rows}
    assert rows["Headline"] == "Tide tables" and rows["Byline"] == "The Desk"
    assert dialog.model.columnCount() == 2  # nothing on the site to compare with
    # The whole text is new to the site: shown as it is.
    assert dialog.whole_text and dialog.diff_label.text() == "&Text:"
    assert dialog.diff.toPlainText() == "High water at noon.\n\nLow at six."
    assert dialog.held.isHidden() and dialog.uploads.isHidden()

    assert item is not None and item.action is Action.PUBLISH
    assert "queued for publishing on Site folder" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: sync_state(window, article_id) is SyncState.SYNCED, timeout=15000)
    slug = window.library.article(article_id).slug
    assert pages(window, slug), "the page is in the site folder"
    # The site confirmed it: the library marks it published, and the window shows it.
    qtbot.waitUntil(lambda: window.status_control.status is Status.PUBLISHED, timeout=5000)
    assert window.library.article(article_id).status is Status.PUBLISHED

    # An edit: the update shows the field before and after, and the changed line.
    window.editor.headline.setPlainText("Tide tables for March")
    window.editor.body.setPlainText("High water at noon.\n\nLow at seven.")
    stamped = window.library.article(article_id).published_at
    assert stamped is not None and window.editor.article().published_at == stamped  # type: ignore[union-attr]
    window.session.save_now()
    assert window.library.article(article_id).published_at == stamped, "the save kept it"
    seen = confirm_publish(confirm=False)
    assert window.publishing.send(Action.UPDATE, target.id) is None
    dialog = seen[0]
    assert dialog.confirm_button.text() == "&Update"
    changes = {r.label: (r.before, r.after) for r in dialog.model.rows}
    assert changes["Headline"] == ("Tide tables", "Tide tables for March")
    assert dialog.model.columnCount() == 3
    text = dialog.diff.toPlainText().splitlines()
    assert "-Low at six." in text and "+Low at seven." in text
    assert not dialog.whole_text
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert dialog.diff.font().family() == fixed.family(), "monospace"
    removed, added = (dialog.line_colour(text.index(t)) for t in ("-Low at six.", "+Low at seven."))
    assert removed is not None and added is not None and removed != added, "coloured lines"
    assert dialog.line_colour(0) is None  # the "from line N" marker
    assert outbox.entries(window.library) == [], "Cancel queues nothing"


def test_cancel_queues_nothing(qtbot, window: MainWindow) -> None:
    open_new(window)
    seen = confirm_publish(confirm=False)
    assert window.publishing.send(Action.PUBLISH, site_target(window).id) is None
    assert len(seen) == 1 and isinstance(seen[0], PublishPreviewDialog)
    assert outbox.entries(window.library) == []
    assert window.statusBar().currentMessage() == "Nothing was sent."


def test_an_embargoed_article_says_it_is_held(qtbot, window: MainWindow) -> None:
    from datetime import timedelta

    from newsroom.core.model import utcnow

    open_new(window, embargo_until=utcnow() + timedelta(days=1))
    seen = confirm_publish()
    item = window.publishing.send(Action.PUBLISH, site_target(window).id)
    assert "stays in the outbox until" in seen[0].held.text()
    assert not seen[0].held.isHidden()
    assert item is not None and item.not_before is not None
    assert "It stays in the outbox until" in window.statusBar().currentMessage()


# -- the site follows ------------------------------------------------------------------------
def test_spiking_a_published_article_takes_it_off_the_site(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    slug = window.library.article(article_id).slug
    assert pages(window, slug)
    qtbot.waitUntil(lambda: window.status_control.status is Status.PUBLISHED, timeout=5000)
    window.status_control.buttons[Status.SPIKED].click()
    assert window.library.article(article_id).status is Status.SPIKED
    assert window.statusBar().currentMessage() == "“Tide tables” will be taken off Site folder."
    qtbot.waitUntil(lambda: not pages(window, slug), timeout=15000)
    qtbot.waitUntil(lambda: sync_state(window, article_id) is SyncState.NOT_PUBLISHED)


def test_unpublish_asks_first(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    texts = answer_dialog(QMessageBox.StandardButton.Cancel)
    assert window.publishing.send(Action.UNPUBLISH, site_target(window).id) is None
    assert texts == ["Take “Tide tables” off Site folder?"]
    assert outbox.entries(window.library) == []


def test_trashing_from_the_library_browser_takes_it_off_the_site(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    slug = window.library.article(article_id).slug
    window.browser_dock.show()
    browser = window.browser
    assert browser is not None
    qtbot.waitUntil(lambda: browser.model.row_of(article_id) >= 0, timeout=5000)
    browser.table.selectRow(browser.model.row_of(article_id))
    browser.trash_button.click()
    assert "will be taken off Site folder" in window.statusBar().currentMessage()
    assert [e.action for e in outbox.entries(window.library)] == [Action.UNPUBLISH]
    qtbot.waitUntil(lambda: not pages(window, slug), timeout=15000)


def test_a_renamed_section_updates_its_articles_on_the_site(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    section_id = window.library.article(article_id).section_id
    assert section_id is not None
    dialog = SectionEditor(window.library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview.page_loaded, timeout=20000):
        dialog.show()
    try:
        dialog.sections_changed.connect(window.publishing.wake)
        dialog.select(section_id)
        dialog.model.setData(dialog.view.currentIndex(), "Coast")
        assert "One article on a site will be updated" in dialog.site_note.text()
        assert [e.action for e in outbox.entries(window.library, article_id=article_id)] == [
            Action.UPDATE
        ]
        qtbot.waitUntil(lambda: not outbox.entries(window.library), timeout=15000)
    finally:
        dialog.done(0)
        qtbot.wait(50)  # its page, then its profile, deleted in order


def test_a_merge_says_the_sites_categories_follow(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    section_id = window.library.article(article_id).section_id
    other = window.library.add_section("Harbour")
    dialog = SectionEditor(window.library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview.page_loaded, timeout=20000):
        dialog.show()
    try:
        dialog.select(section_id or 0)
        when_modal(SectionPicker, lambda picker: (picker.choose(other.id), picker.accept()))
        dialog.merge_action.trigger()
        assert window.library.article(article_id).section_id == other.id
        note = dialog.site_note.text()
        assert "One article on a site will be updated" in note
        assert "categories follow the merge on the next sync" in note
        assert [e.action for e in outbox.entries(window.library)] == [Action.UPDATE]
    finally:
        dialog.done(0)
        qtbot.wait(50)  # its page, then its profile, deleted in order


# -- corrections and updates -----------------------------------------------------------------
def test_the_notes_dialog_adds_edits_and_removes_notes(qtbot, window: MainWindow) -> None:
    article_id = open_new(window)
    dialog = NotesDialog(window.library, article_id, window)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisible() is False or dialog.model.rowCount() == 0
    assert not dialog.edit_button.isEnabled() and not dialog.remove_button.isEnabled()

    def write(text: str) -> None:
        def fill(editor: NoteTextDialog) -> None:
            assert not editor.ok_button.isEnabled()  # no text, no note
            editor.text_edit.setPlainText(text)
            editor.ok_button.click()

        when_modal(NoteTextDialog, fill)

    with qtbot.waitSignal(dialog.notes_changed):
        write("An earlier version gave the wrong time for low water.")
        dialog.add_correction_button.click()
    write("The harbour master confirmed the times.")
    dialog.add_update_button.click()
    notes = window.library.notes(article_id)
    assert [(n.kind, n.text) for n in notes] == [
        (NoteKind.CORRECTION, "An earlier version gave the wrong time for low water."),
        (NoteKind.UPDATE, "The harbour master confirmed the times."),
    ]
    assert dialog.model.index(0, 1).data() == "Correction"

    dialog.select(notes[1].id)
    when_modal(
        NoteTextDialog,
        lambda editor: (
            editor.text_edit.setPlainText("Confirmed by the harbour."),
            editor.ok_button.click(),
        ),  # fmt: skip
    )
    dialog.edit_button.click()
    assert window.library.notes(article_id)[1].text == "Confirmed by the harbour."

    dialog.select(notes[0].id)
    texts = answer_dialog(QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert "Remove the correction" in texts[0]
    assert [n.kind for n in window.library.notes(article_id)] == [NoteKind.UPDATE]
    assert dialog.model.rowCount() == 1


def test_a_note_on_a_published_article_shows_it_changed_since_sync(
    qtbot, window: MainWindow
) -> None:
    article_id = open_new(window)
    publish_through_the_menu(qtbot, window, article_id)
    button = window.publishing.state_button
    qtbot.waitUntil(lambda: button.text() == "Synced to Site folder", timeout=5000)

    def in_dialog(dialog: NotesDialog) -> None:
        when_modal(
            NoteTextDialog,
            lambda editor: (
                editor.text_edit.setPlainText("Low water is at seven."),
                editor.ok_button.click(),
            ),  # fmt: skip
        )
        dialog.add_correction_button.click()
        dialog.accept()

    when_modal(NotesDialog, in_dialog)
    window.notes_action.trigger()
    assert [n.text for n in window.library.notes(article_id)] == ["Low water is at seven."]
    assert button.text() == "Changed since sync on Site folder"
    assert window.editor.metadata.notes_count.text() == "1 correction"
    # The update shows the note as a change.
    seen = confirm_publish(confirm=False)
    window.publishing.send(Action.UPDATE, site_target(window).id)
    assert "Corrections and updates" in {r.label for r in seen[0].model.rows}


def test_a_sites_warning_is_said_once(qtbot, window: MainWindow) -> None:
    from newsroom.core.publish.sync import SyncSummary

    warning = "Blog: the site has no SEO fields; the search title was not sent."
    window.publishing._run_finished(SyncSummary(sent=1, warnings=[warning]))
    assert window.statusBar().currentMessage() == f"Sent 1 entry. {warning}"
    window.publishing._run_finished(SyncSummary(sent=1, warnings=[warning]))
    assert window.statusBar().currentMessage() == "Sent 1 entry."


def _merge_with_a_category_on_a_blog(
    qtbot, window: MainWindow, button: str
) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Merge "Harbour" (which has a category on a WordPress target) into "Port",
    answering the offer with ``button``; returns what the library then remembers of
    Harbour's category there."""
    from newsroom.core.publish.targets import add_target

    library = window.library
    blog = add_target(library, "Blog", "wordpress", "http://127.0.0.1:9/", username="anna")
    harbour, port = library.add_section("Harbour"), library.add_section("Port")
    with library.db.atomic():
        library.db.execute(
            "INSERT INTO remote_terms (target_id, kind, local_key, remote_id) "
            "VALUES (?, 'category', ?, '42')",
            [blog.id, f"section:{harbour.id}"],
        )
    dialog = SectionEditor(library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview.page_loaded, timeout=20000):
        dialog.show()
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    try:
        dialog.select(harbour.id)
        when_modal(SectionPicker, lambda picker: (picker.choose(port.id), picker.accept()))
        when_modal(QMessageBox, answer)
        dialog.merge_action.trigger()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    finally:
        dialog.done(0)
        qtbot.wait(50)
    assert asked == ["The category “Harbour” on Blog can be merged into “Port” as well."]
    return [
        (str(key), str(remote))
        for key, remote in library.conn.execute(
            "SELECT local_key, remote_id FROM remote_terms WHERE target_id = ?", [blog.id]
        )
    ]


def test_a_merge_offers_to_merge_the_category_on_the_site(qtbot, window: MainWindow) -> None:
    remembered = _merge_with_a_category_on_a_blog(qtbot, window, "&Merge on the Site")
    harbour = window.library.conn.execute("SELECT max(id) FROM sections").fetchone()[0] - 1
    assert remembered == [(f"merged:{harbour}", "42")]  # carried out at the next sync


def test_a_merge_can_leave_the_sites_categories_alone(qtbot, window: MainWindow) -> None:
    assert _merge_with_a_category_on_a_blog(qtbot, window, "&Leave the Site as It Is") == []
