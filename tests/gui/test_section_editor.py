"""The Sections dialog on a real library: drag and drop, rename in place, delete with
the articles moved, merge, and the preview of the selected section's page."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from dialogs import answer_dialog
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox, QWidget

from newsroom.core.library import Library
from newsroom.core.model import Article, Status
from newsroom.gui.library.section_editor import SECTION_ID_ROLE, SectionEditor, SectionPicker


@pytest.fixture
def editor(qtbot, library: Library) -> Iterator[SectionEditor]:
    dialog = SectionEditor(library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview.page_loaded, timeout=20000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog
    dialog.shutdown()
    qtbot.wait(50)  # the page, then its profile, deleted in order


def sid(library: Library, path: str) -> int:
    section = library.section_tree().resolve(path)
    assert section is not None, path
    return section.id


def parent_of(library: Library, section_id: int) -> int | None:
    row = library.conn.execute("SELECT parent_id FROM sections WHERE id = ?", [section_id])
    return row.fetchone()[0]


def drop(editor: SectionEditor, section_id: int, parent: QModelIndex, row: int) -> bool:
    """What the view does on a drop: the dragged section's MIME data to dropMimeData."""
    model = editor.model
    data = model.mimeData([model.index_of(section_id)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def answer_picker(editor: SectionEditor, choose: int | None) -> list[str]:
    """Answer the section picker when it opens: pick ``choose``, or cancel."""
    seen: list[str] = []

    def answer() -> None:
        picker = editor.picker
        if picker is None or not picker.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.extend(picker.combo.itemText(i).strip() for i in range(picker.combo.count()))
        if choose is None:
            picker.reject()
        else:
            picker.choose(choose)
            picker.accept()

    QTimer.singleShot(20, answer)
    return seen


def preview_text(qtbot, editor: SectionEditor) -> str:
    got: list[str] = []
    editor.preview.view.page().toPlainText(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def select(qtbot, editor: SectionEditor, section_id: int) -> None:
    with qtbot.waitSignal(editor.preview.page_loaded, timeout=20000):
        editor.select(section_id)


def test_model_is_sound(qtmodeltester, editor: SectionEditor) -> None:
    qtmodeltester.check(editor.model)


def test_controls_have_names_and_shortcuts(editor: SectionEditor) -> None:
    assert editor.windowTitle() == "Sections"
    inner = (editor.view, editor.preview.view)  # a view's viewport, the page's surface
    for widget in editor.findChildren(QWidget):
        if widget.isVisibleTo(editor) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if any(widget is not v and v.isAncestorOf(widget) for v in inner):
                continue
            assert widget.accessibleName(), widget
    assert editor.rename_action.shortcut().toString() == "F2"
    assert editor.delete_action.shortcut().toString() == "Del"
    view = editor.view
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove


def test_drop_on_a_section_makes_a_subsection(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    sport, culture = sid(library, "Sport"), sid(library, "Culture")
    with qtbot.waitSignal(editor.sections_changed):
        # False: the model is re-read here, the view must not remove the row itself.
        assert drop(editor, sport, editor.model.index_of(culture), -1) is False
    assert parent_of(library, sport) == culture
    moved = editor.model.index_of(sport)
    assert moved.parent().data(SECTION_ID_ROLE) == culture
    assert moved.row() == editor.model.rowCount(moved.parent()) - 1
    assert editor.model.rowCount() == 5


def test_drop_between_siblings_reorders(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    travel = sid(library, "Travel")
    with qtbot.waitSignal(editor.sections_changed):
        drop(editor, travel, QModelIndex(), 0)
    assert [s.name for s in library.section_tree().roots()][:2] == ["Travel", "My Europe"]
    # Dragged down: the row counts the dragged section itself.
    with qtbot.waitSignal(editor.sections_changed):
        drop(editor, travel, QModelIndex(), 4)
    roots = [s.name for s in library.section_tree().roots()]
    assert roots == ["My Europe", "World", "Business", "Travel", "Sport", "Culture"]
    assert [editor.model.index(r, 0).data() for r in range(6)] == roots


def test_drop_a_subsection_to_the_top(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    fashion = sid(library, "Culture/Fashion")
    with qtbot.waitSignal(editor.sections_changed):
        drop(editor, fashion, QModelIndex(), -1)
    assert parent_of(library, fashion) is None
    assert editor.model.index_of(fashion).parent() == QModelIndex()


def test_an_illegal_drop_is_refused_with_a_message(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    world, culture = sid(library, "World"), sid(library, "Culture")
    texts = answer_dialog()
    with qtbot.assertNotEmitted(editor.sections_changed):
        drop(editor, world, editor.model.index_of(culture), -1)
        qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    assert "has subsections" in texts[0] and "two levels" in texts[0]
    assert parent_of(library, world) is None
    assert editor.model.index_of(world).parent() == QModelIndex()


def edit_in_place(qtbot, editor: SectionEditor, start: Callable[[], object], text: str) -> None:
    start()
    assert editor.view.state() == QAbstractItemView.State.EditingState
    line = editor.view.findChild(QLineEdit)
    assert line is not None
    line.setText(text)  # QTest types Latin-1 only: no "–"
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_rename_in_place_with_f2(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    film = sid(library, "Culture/Film – TV")
    select(qtbot, editor, film)
    editor.view.setFocus()
    with qtbot.waitSignal(editor.sections_changed):
        edit_in_place(
            qtbot,
            editor,
            lambda: qtbot.keyClick(editor.view, Qt.Key.Key_F2),
            "Film – TV/Streaming",
        )
    row = library.conn.execute("SELECT name, slug FROM sections WHERE id = ?", [film])
    assert row.fetchone() == ("Film – TV/Streaming", "film-tv-streaming")
    assert editor.model.index_of(film).data() == "Film – TV/Streaming"
    qtbot.waitUntil(lambda: "Film – TV/Streaming" in editor.preview.html, timeout=5000)


def test_a_refused_rename_keeps_the_name(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    music = sid(library, "Culture/Music")
    select(qtbot, editor, music)
    texts = answer_dialog()
    edit_in_place(qtbot, editor, editor.rename, "Literature")
    qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    assert "already a section “Literature” in “Culture”" in texts[0]
    assert editor.model.index_of(music).data() == "Music"
    assert library.section_tree().by_id[music].name == "Music"


def test_new_section_and_subsection_are_named_in_place(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    with qtbot.waitSignal(editor.sections_changed):
        editor.new_action.trigger()
    created = library.section_tree().roots()[-1]
    assert created.name == "New section"
    assert editor.current_id() == created.id
    assert editor.view.state() == QAbstractItemView.State.EditingState
    line = editor.view.findChild(QLineEdit)
    assert line is not None
    line.setText("Science")
    with qtbot.waitSignal(editor.sections_changed):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert library.section_tree().by_id[created.id].name == "Science"
    with qtbot.waitSignal(editor.sections_changed):
        editor.new_sub_action.trigger()
    child = library.section_tree().children(created.id)
    assert [c.name for c in child] == ["New section"]
    qtbot.keyClick(editor.view.findChild(QLineEdit), Qt.Key.Key_Escape)


def add_article(library: Library, section_id: int, headline: str) -> int:
    article = library.create_article(
        Article(headline=headline, section_id=section_id, status=Status.DRAFT)
    )
    assert article.id is not None
    return article.id


def test_delete_asks_where_the_articles_go(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    music, literature = sid(library, "Culture/Music"), sid(library, "Culture/Literature")
    story = add_article(library, music, "Jazz in Lyon")
    select(qtbot, editor, music)
    editor.view.setFocus()
    choices = answer_picker(editor, literature)
    with qtbot.waitSignal(editor.sections_changed, timeout=5000):
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)  # the Delete key
    assert "Music" not in choices and "Literature" in choices
    assert music not in library.section_tree().by_id
    row = library.conn.execute("SELECT section_id FROM articles WHERE id = ?", [story])
    assert row.fetchone()[0] == literature
    assert editor.current_id() == literature
    assert not editor.model.index_of(music).isValid()


def test_delete_cancelled_changes_nothing(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    music = sid(library, "Culture/Music")
    add_article(library, music, "Jazz in Lyon")
    select(qtbot, editor, music)
    answer_picker(editor, None)
    with qtbot.assertNotEmitted(editor.sections_changed):
        editor.delete()
    assert music in library.section_tree().by_id


def test_delete_an_empty_section_after_confirming(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    travel = sid(library, "Travel")
    select(qtbot, editor, travel)
    texts = answer_dialog(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.sections_changed, timeout=5000):
        editor.delete_action.trigger()
    assert "Delete the section “Travel”?" in texts[0]
    assert travel not in library.section_tree().by_id


def test_delete_a_section_with_subsections_is_explained(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    select(qtbot, editor, sid(library, "World"))
    texts = answer_dialog()
    editor.delete()
    assert "has 6 subsections" in texts[0]
    assert sid(library, "World")


def test_merge_into_another_section(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    film, music = sid(library, "Culture/Film – TV"), sid(library, "Culture/Music")
    story = add_article(library, film, "Festival diary")
    select(qtbot, editor, film)
    choices = answer_picker(editor, music)
    with qtbot.waitSignal(editor.sections_changed, timeout=5000):
        editor.merge_action.trigger()
    assert "Film – TV" not in choices
    assert film not in library.section_tree().by_id
    row = library.conn.execute("SELECT section_id FROM articles WHERE id = ?", [story])
    assert row.fetchone()[0] == music
    assert editor.current_id() == music
    qtbot.waitUntil(lambda: "Festival diary" in editor.preview.html, timeout=5000)


def test_merge_offers_no_own_subsection(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    select(qtbot, editor, sid(library, "Culture"))
    choices = answer_picker(editor, None)
    editor.merge()
    assert "Music" not in choices and "Culture" not in choices and "Africa" in choices


def test_preview_shows_the_selected_sections_page(qtbot, editor: SectionEditor) -> None:
    library = editor.library
    music = sid(library, "Culture/Music")
    add_article(library, music, "Jazz & <blues> in Lyon")
    select(qtbot, editor, music)
    text = preview_text(qtbot, editor)
    assert "Music" in text and "Culture" in text
    assert "Jazz & <blues> in Lyon" in text
    assert "Draft — not published" in text
    assert isinstance(editor.findChild(SectionPicker), type(None))
