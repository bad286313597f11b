"""View › Media… in the window, on a real library file: the images with their
thumbnails and usages, inserting one, replacing one everywhere, deleting one nobody
uses, and a read-only library."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from dialogs import when_modal
from import_files import photo
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from newsroom.core import media_list
from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, Media
from newsroom.core.publish.secrets import Secrets
from newsroom.gui.library.media_library import ITEM_ROLE, THUMBNAIL, MediaLibrary, insert_figure
from newsroom.gui.main_window import MainWindow


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "orange").save(out, "PNG")
    return out.getvalue()


class Desk:
    """A photo in the open article's text and featured in another; an unused image."""

    def __init__(self, library: Library, open_id: int) -> None:
        self.river = library.add_media(
            "river.jpg", "image/jpeg", photo(320, 200), alt="Barges", credit="Reuters"
        )
        self.spare = library.add_media("spare.png", "image/png", png(12, 10))
        opened = library.article(open_id)
        self.open_id = open_id
        body = f"Intro.\n\n![Barges](media:{self.river.uid})\n\nThe end."
        library.save_article(replace(opened, body=body))
        other = library.create_article(
            Article(headline="Barges wait at Basel", featured_media_id=self.river.id)
        )
        assert other.id is not None
        self.other_id = other.id


@pytest.fixture
def desk(window: MainWindow) -> Desk:
    open_id = window.editor.loaded_id
    assert open_id is not None
    made = Desk(window.library, open_id)
    window.editor.load(window.library.article(open_id))  # the text as stored now
    return made


def open_media(qtbot, window: MainWindow) -> MediaLibrary:
    window.media_action.trigger()
    dialog = window.media_library
    assert dialog is not None and dialog.isVisible()
    expected = window.library.stats()["media"]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == expected, timeout=10000)
    return dialog


def row_of(dialog: MediaLibrary, media: Media) -> int:
    return dialog.model.row_of(media.id)


def choose(qtbot, dialog: MediaLibrary, media: Media) -> None:
    assert dialog.select(media.id)
    qtbot.waitUntil(
        lambda: dialog.usages.count() > 0 and dialog.usages.item(0).text() != "Looking…",
        timeout=10000,
    )


def answer_box(button_text: str) -> list[str]:
    """Press the button ``button_text`` of the next message box; returns its texts."""
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.extend([box.text(), box.informativeText()])
        found = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        (found[0] if found else box.buttons()[0]).click()

    when_modal(QMessageBox, answer)
    return seen


def preview_widths(qtbot, window: MainWindow, src: str) -> dict[str, int]:
    """naturalWidth of each image of the preview by its src, read by the app (page
    scripts are off), once the page shows ``src`` and every image has loaded."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    found: dict[str, int] = {}

    def read() -> bool:
        result: list[Any] = []
        script = (
            "JSON.stringify(Array.from(document.images).map(i => "
            "[i.getAttribute('src'), i.complete, i.naturalWidth]))"
        )
        window.preview.view.page().runJavaScript(
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append
        )
        qtbot.waitUntil(lambda: bool(result), timeout=10000)
        images = json.loads(result[0])
        found.clear()
        found.update({src: width for src, _done, width in images})
        return src in found and all(done for _src, done, _width in images)

    qtbot.waitUntil(read, timeout=15000)
    return found


# -- opening and looking ---------------------------------------------------------------------
def test_view_media_lists_the_images_with_thumbnails_counts_and_usages(
    qtbot, qtmodeltester, window: MainWindow, desk: Desk
) -> None:
    assert window.media_library is None  # nothing made until it is asked for
    action = window.media_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+M")
    others = [
        a
        for a in window.findChildren(QAction)
        if a is not action and a.shortcut() == action.shortcut()
    ]
    assert others == []
    dialog = open_media(qtbot, window)
    qtmodeltester.check(dialog.model)
    river = dialog.model.index(row_of(dialog, desk.river), 0)
    assert river.data() == "river.jpg\n320 × 200 · Reuters\nUsed in 2 articles"
    spare = dialog.model.index(row_of(dialog, desk.spare), 0)
    assert spare.data() == "spare.png\n12 × 10\nNot used"
    assert "used in 2 articles" in river.data(Qt.ItemDataRole.AccessibleTextRole)

    # thumbnails come from a worker, small (a grey square stands in meanwhile), and are kept
    def thumbnail() -> tuple[int, int]:
        found = river.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(found, QPixmap)
        return found.width(), found.height()

    qtbot.waitUntil(lambda: thumbnail() == (THUMBNAIL, 45), timeout=10000)
    keys = {river.data(Qt.ItemDataRole.DecorationRole).cacheKey() for _ in range(3)}
    assert len(keys) == 1 and not dialog.thumbnails._reader.busy  # made once, not again

    choose(qtbot, dialog, desk.river)
    texts = [dialog.usages.item(n).text() for n in range(dialog.usages.count())]
    headline = window.library.article(desk.open_id).headline
    assert sorted(texts) == sorted(
        [f"{headline} — in the text", "Barges wait at Basel — featured image"]
    )
    assert dialog.fields["dimensions"].text() == "320 × 200"
    assert dialog.fields["credit"].text() == "Reuters"
    # a double-click on a usage opens that article in the window
    other = next(dialog.usages.item(n) for n in range(dialog.usages.count()) if "Basel" in texts[n])
    dialog.usages.itemActivated.emit(other)
    assert window.editor.loaded_id == desk.other_id
    assert window.editor.headline.text() == "Barges wait at Basel"

    # the search narrows the list; "Unused only" keeps those no article uses
    dialog.search.setText("reuters")
    assert [
        dialog.filter.index(r, 0).data(ITEM_ROLE).id for r in range(dialog.filter.rowCount())
    ] == [desk.river.id]
    dialog.search.clear()
    dialog.unused_only.setChecked(True)
    shown = [dialog.filter.index(r, 0).data(ITEM_ROLE).id for r in range(dialog.filter.rowCount())]
    # the spare, and the welcome article's picture, which its text no longer shows
    assert shown == [i.id for i in media_list.unused(window.library)]
    assert desk.spare.id in shown and desk.river.id not in shown


def test_every_control_of_the_media_list_has_an_accessible_name(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    dialog = open_media(qtbot, window)
    controls = [
        w
        for kind in (QLineEdit, QAbstractItemView, QAbstractButton)
        for w in dialog.findChildren(kind)
        if w.isVisibleTo(dialog)
    ]
    assert len(controls) >= 8
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


# -- inserting -------------------------------------------------------------------------------
def test_enter_inserts_the_image_at_the_cursor_of_the_open_article(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    dialog = open_media(qtbot, window)
    body = window.editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    choose(qtbot, dialog, desk.spare)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    reference = f"![](media:{desk.spare.uid})"
    assert body.toPlainText().endswith(f"The end.\n\n{reference}")
    # stored at once, and counted as used: it can no longer be deleted
    assert reference in window.library.article(desk.open_id).body
    qtbot.waitUntil(
        lambda: (
            dialog.model.index(row_of(dialog, desk.spare), 0).data().endswith("Used in 1 article")
        ),
        timeout=10000,
    )
    assert not dialog.delete_button.isEnabled()
    body.undo()  # one step takes it out again
    assert reference not in body.toPlainText()


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("One.\n\nTwo.", 5, "One.\n\nFIG\n\nTwo."),  # on the blank line between
        ("One.\nTwo.", 5, "One.\n\nFIG\n\nTwo."),  # at the start of a line after text
        ("Half a sentence.", 4, "Half\n\nFIG\n\n a sentence."),  # a paragraph is split
        ("", 0, "FIG"),
        ("The end.", 8, "The end.\n\nFIG"),
    ],
)
def test_an_inserted_figure_is_a_paragraph_of_its_own(
    qtbot, text: str, at: int, expected: str
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    insert_figure(editor, "FIG")
    assert editor.toPlainText() == expected


# -- replacing -------------------------------------------------------------------------------
def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the system's open dialog with ``path``: a native file dialog cannot run
    under the offscreen platform, so the test stands in for the person choosing."""
    asked: list[str] = []

    def fake(parent: object, caption: str, *args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def test_replace_everywhere_shows_the_new_picture_in_the_open_articles_preview(
    qtbot, window: MainWindow, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = f"newsroom://media/{desk.river.uid}"
    window._update_preview()
    qtbot.waitUntil(lambda: src in window.preview.html, timeout=10000)
    assert preview_widths(qtbot, window, src)[src] == 320
    dialog = open_media(qtbot, window)
    choose(qtbot, dialog, desk.river)
    new = tmp_path / "rhine-wide.jpg"
    new.write_bytes(photo(640, 360))
    asked = pick_file(monkeypatch, new)
    confirm = answer_box("Replace")
    replaced: list[int] = []
    dialog.image_replaced.connect(replaced.append)
    dialog.replace_button.click()
    qtbot.waitUntil(lambda: replaced == [desk.river.id], timeout=10000)
    assert asked == ["Replace “river.jpg”"]
    assert confirm[0] == "Replace “river.jpg” with “rhine-wide.jpg” (640 × 360)?"
    assert "changes in 2 articles" in confirm[1] and "“Barges wait at Basel”" in confirm[1]
    stored = window.library.media(desk.river.uid)  # the same uid, the new bytes
    assert (stored.id, stored.data, stored.filename) == (
        desk.river.id,
        new.read_bytes(),
        "rhine-wide.jpg",
    )
    # the same address, the new picture: the page loaded it again
    qtbot.waitUntil(lambda: preview_widths(qtbot, window, src)[src] == 640, timeout=15000)
    # and the list says what it is now
    qtbot.waitUntil(
        lambda: (
            dialog.model.index(row_of(dialog, desk.river), 0)
            .data()
            .startswith("rhine-wide.jpg\n640 × 360")
        ),
        timeout=10000,
    )


def test_a_file_that_is_not_a_whole_image_is_refused_and_nothing_changes(
    qtbot, window: MainWindow, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_media(qtbot, window)
    choose(qtbot, dialog, desk.river)
    cut = tmp_path / "cut-short.jpg"
    cut.write_bytes(photo(640, 360, detailed=True)[:4000])
    pick_file(monkeypatch, cut)
    before = window.library.conn.execute("SELECT * FROM media ORDER BY id").fetchall()
    warning = answer_box("OK")
    dialog.replace_button.click()
    qtbot.waitUntil(lambda: bool(warning), timeout=10000)
    assert "“cut-short.jpg” is damaged or cut short" in warning[0]
    assert window.library.conn.execute("SELECT * FROM media ORDER BY id").fetchall() == before
    qtbot.waitUntil(dialog.replace_button.isEnabled, timeout=5000)


# -- details and deleting ----------------------------------------------------------------------
def test_edit_details_uses_the_image_details_dialog(qtbot, window: MainWindow, desk: Desk) -> None:
    from newsroom.gui.editor.paste import ImageDetailsDialog

    dialog = open_media(qtbot, window)
    choose(qtbot, dialog, desk.river)

    def fill(details: ImageDetailsDialog) -> None:
        details.credit.setText("Photo: Anna Weber")
        details.accept()

    when_modal(ImageDetailsDialog, fill)
    dialog.details_button.click()
    assert window.library.media_by_id(desk.river.id).credit == "Photo: Anna Weber"
    qtbot.waitUntil(lambda: "Photo: Anna Weber" in window.preview.html, timeout=10000)
    qtbot.waitUntil(lambda: dialog.fields["credit"].text() == "Photo: Anna Weber", timeout=10000)


def test_the_delete_key_deletes_an_unused_image_and_a_used_one_cannot_be(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    dialog = open_media(qtbot, window)
    choose(qtbot, dialog, desk.river)
    assert not dialog.delete_button.isEnabled() and not dialog.delete_action.isEnabled()
    choose(qtbot, dialog, desk.spare)
    assert dialog.delete_button.isEnabled()
    seen = answer_box("Delete")
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert seen[0] == "Delete “spare.png” from the library?"
    assert window.library.conn.execute(
        "SELECT count(*) FROM media WHERE id = ?", [desk.spare.id]
    ).fetchone() == (0,)
    qtbot.waitUntil(lambda: dialog.model.row_of(desk.spare.id) == -1, timeout=10000)


# -- read-only -------------------------------------------------------------------------------
def test_a_read_only_library_shows_its_images_but_changes_nothing(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets
) -> None:
    with open_library(library_path) as library:
        Desk(library, library.articles()[0].id)
    library_path.chmod(0o444)
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.page_loaded, timeout=20000):
        win.show()
    try:
        dialog = open_media(qtbot, win)
        assert dialog.model.rowCount() == 3  # the welcome article's, and the two here
        for row in range(dialog.model.rowCount()):
            dialog.view.setCurrentIndex(dialog.filter.index(row, 0))
            assert dialog.current() is not None
            disabled: list[Callable[[], bool]] = [
                dialog.insert_button.isEnabled,
                dialog.replace_button.isEnabled,
                dialog.details_button.isEnabled,
                dialog.delete_button.isEnabled,
                dialog.delete_action.isEnabled,
            ]
            assert [enabled() for enabled in disabled] == [False] * 5
        assert "read-only" in dialog.replace_button.toolTip()
        before = win.editor.body.toPlainText()
        dialog.insert()
        dialog.delete()
        assert win.editor.body.toPlainText() == before
        assert win.library.stats()["media"] == 3
    finally:
        win.close()
