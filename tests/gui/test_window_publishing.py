"""Publishing in the window, on a real library: the Publish menu, the background
worker sending to the library's own static-site target (a folder in tmp_path) and
to a ninjs receiver on 127.0.0.1, the sync state in the editor and the list, the
password prompt after a 401, and the shutdown on close."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from dialogs import confirm_publish, when_modal
from golive_helpers import approve
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newsroom.core.library import open_library
from newsroom.core.model import Article
from newsroom.core.publish import outbox
from newsroom.core.publish.base import Action, SyncState
from newsroom.core.publish.secrets import Secrets
from newsroom.core.publish.targets import add_target, get_target, target_by_id
from newsroom.core.seed import DEFAULT_SITE_TARGET
from newsroom.gui.library.library_panel import SYNC_STATE_ROLE, ArticleListModel
from newsroom.gui.main_window import MainWindow
from newsroom.gui.publish.publish_menu import LAST_TARGET_KEY
from newsroom.gui.publish.publish_preview import PublishPreviewDialog
from newsroom.gui.publish.targets_dialog import CredentialsDialog


def publish_menu(window: MainWindow) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    titles = [m.title() for m in menus]  # type: ignore[union-attr]
    assert titles.index("&Publish") == titles.index("&Help") - 1
    menu = menus[titles.index("&Publish")]
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()  # as when it opens: its entries follow the targets
    return menu


def entries(menu: QMenu) -> dict[str, QAction]:
    return {a.text(): a for a in menu.actions() if a.text() and a.isVisible()}


def open_plain_article(window: MainWindow) -> int:
    """A new article without images (the welcome article has some, which a ninjs
    receiver would be sent first), approved by the desk, open in the editor."""
    made = window.library.create_article(Article(headline="Tide tables", body="High at noon."))
    assert made.id is not None
    approve(window.library, made.id)
    window.reload_articles()
    window.open_article(made.id)
    return made.id


def sync_column(window: MainWindow, article_id: int) -> SyncState:
    model = window.article_model
    row = model.row_of(article_id)
    return SyncState(model.index(row, ArticleListModel.SYNC_COLUMN).data(SYNC_STATE_ROLE))


def test_the_publish_menu_and_its_shortcut(qtbot, window: MainWindow) -> None:
    menu = publish_menu(window)
    found = entries(menu)
    assert f"&Publish to {DEFAULT_SITE_TARGET}" in found
    assert f"&Update to {DEFAULT_SITE_TARGET}" in found
    assert f"U&npublish to {DEFAULT_SITE_TARGET}" in found
    for name in ("&Sync Now", "&Targets…", "Sync &Log…", "Pull &from Site…"):
        assert name in found
    assert not found["Pull &from Site…"].isEnabled()  # no site that can be pulled from
    keys = [text[text.index("&") + 1].lower() for text in found if "&" in text]
    assert len(keys) == len(set(keys)) == len(found), "one access key per entry"
    sync = found["&Sync Now"]
    assert sync.shortcut() == QKeySequence("Ctrl+Shift+S")
    shortcuts = [
        s.toString() for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()
    ]
    assert shortcuts.count("Ctrl+Shift+S") == 1, "no clash with another command"


def test_publish_then_edit_then_update_on_the_static_site(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    article_id = window.editor.loaded_id
    assert article_id is not None
    button = window.publishing.state_button
    assert button.text() == "Not published" and button.accessibleName() == "Sync state"
    assert sync_column(window, article_id) is SyncState.NOT_PUBLISHED
    publish = entries(publish_menu(window))[f"&Publish to {DEFAULT_SITE_TARGET}"]
    confirm_publish()
    publish.trigger()
    qtbot.waitUntil(lambda: button.text() == f"Synced to {DEFAULT_SITE_TARGET}", timeout=15000)
    assert sync_column(window, article_id) is SyncState.SYNCED
    target = get_target(window.library, DEFAULT_SITE_TARGET)
    site = Path(target.url) if Path(target.url).is_absolute() else tmp_path / target.url
    slug = window.library.article(article_id).slug
    assert any(slug in str(p) for p in site.rglob("*.html")), "the page is in the site folder"
    assert window.settings.value(LAST_TARGET_KEY) == DEFAULT_SITE_TARGET

    # An edit, saved, shows as changed since the sync; Update sends it.
    window.editor.headline.setFocus()
    qtbot.keyClicks(window.editor.headline, " again")
    window.session.save_now()
    assert button.text() == f"Changed since sync on {DEFAULT_SITE_TARGET}"
    assert "Changed" in window.article_model.index(
        window.article_model.row_of(article_id), ArticleListModel.SYNC_COLUMN
    ).data(Qt.ItemDataRole.DisplayRole)
    confirm_publish()
    entries(publish_menu(window))[f"&Update to {DEFAULT_SITE_TARGET}"].trigger()
    qtbot.waitUntil(lambda: button.text() == f"Synced to {DEFAULT_SITE_TARGET}", timeout=15000)
    assert sync_column(window, article_id) is SyncState.SYNCED
    assert [e.outcome for e in outbox.sync_log(window.library)][:2] == ["sent", "sent"]


def test_several_targets_give_submenus_with_the_last_one_first(
    qtbot, window: MainWindow, httpserver: HTTPServer
) -> None:
    add_target(window.library, "Wire", "ninjs", httpserver.url_for("/"))
    open_plain_article(window)
    httpserver.expect_request("/items", method="POST").respond_with_json({})
    menu = publish_menu(window)
    publish_to = window.publishing.submenus[Action.PUBLISH]
    assert publish_to.menuAction().isVisible()
    assert not window.publishing.direct[Action.PUBLISH].isVisible()
    names = [a.text() for a in publish_to.actions()]
    assert len(names) == 2
    wire = next(a for a in publish_to.actions() if a.text().startswith("Wire"))
    confirm_publish()
    wire.trigger()
    qtbot.waitUntil(lambda: len(httpserver.log) == 1, timeout=10000)
    menu.aboutToShow.emit()
    assert publish_to.actions()[0].text() == "Wire (last used)"
    button = window.publishing.state_button
    qtbot.waitUntil(lambda: button.text().startswith("Synced to Wire"), timeout=10000)
    assert "Wire: Synced" in button.toolTip()
    assert f"{DEFAULT_SITE_TARGET}: Not published" in button.toolTip()


def test_a_401_asks_for_the_password_once_then_sends(
    qtbot, window: MainWindow, secrets: Secrets, httpserver: HTTPServer
) -> None:
    target = add_target(window.library, "Wire", "ninjs", httpserver.url_for("/"), username="desk")
    secrets.store(target, "stale", session_only=True)

    def handler(request: Request) -> Response:
        if request.authorization and request.authorization.password == "fresh":
            return Response("{}", 200, content_type="application/json")
        return Response("Unauthorized", 401)

    httpserver.expect_request("/items", method="POST").respond_with_handler(handler)
    asked: list[str] = []

    def answer(dialog: CredentialsDialog) -> None:
        asked.append(dialog.label.text())
        dialog.password_edit.setText("fresh")
        dialog.accept()

    open_plain_article(window)
    when_modal(CredentialsDialog, answer)
    confirm_publish()
    window.publishing.send(Action.PUBLISH, target.id)
    button = window.publishing.state_button
    qtbot.waitUntil(lambda: button.text().startswith("Synced to Wire"), timeout=15000)
    assert len(asked) == 1 and "did not accept the password" in asked[0]
    assert "stale" not in asked[0] and "fresh" not in button.toolTip()
    assert not target_by_id(window.library, target.id).paused
    assert [r.authorization.password for r, _ in httpserver.log] == ["stale", "fresh"]  # type: ignore[union-attr]
    log = window.publishing
    log.show_log()
    assert log.log_dialog is not None
    shown = [
        log.log_dialog.log_model.index(r, 4).data()
        for r in range(log.log_dialog.log_model.rowCount())
    ]
    assert shown[:2] == ["Sent", "Paused: password refused"]
    assert "fresh" not in str(shown) and "stale" not in str(shown)


def test_unpublish_of_what_never_went_out_says_so(qtbot, window: MainWindow) -> None:
    target = get_target(window.library, DEFAULT_SITE_TARGET)
    assert window.publishing.send(Action.UNPUBLISH, target.id) is None
    assert "never published" in window.statusBar().currentMessage()


def test_closing_the_window_stops_the_worker_before_the_library(
    qtbot, library_path: Path, settings: QSettings, secrets: Secrets, httpserver: HTTPServer
) -> None:
    win = MainWindow(open_library(library_path), settings, secrets=secrets)
    qtbot.addWidget(win)
    target = add_target(win.library, "Wire", "ninjs", httpserver.url_for("/"))

    arrived = threading.Event()

    def slow(request: Request) -> Response:
        arrived.set()
        time.sleep(0.5)
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request("/items", method="POST").respond_with_handler(slow)
    open_plain_article(win)
    confirm_publish()
    win.publishing.send(Action.PUBLISH, target.id)
    qtbot.waitUntil(arrived.is_set, timeout=10000)  # closed while the entry is being sent
    win.close()
    worker = win.publishing.worker
    assert not worker.running and worker.engine is None
    # The send finished and was recorded before the connections closed.
    with open_library(library_path) as again:
        assert [e.outcome for e in outbox.sync_log(again)][0] == "sent"


def open_article_with_photo(window: MainWindow, *, approved: bool = True) -> tuple[int, int]:
    """An article showing a 12-megapixel photo (approved by the desk, or a draft),
    open; (article, image)."""
    from import_files import photo

    library = window.library
    media = library.add_media("harbour.jpg", "image/jpeg", photo(4000, 3000, detailed=True))
    made = library.create_article(
        Article(headline="Harbour at dawn", body=f"![Cranes](media:{media.uid})\n\nQuiet.")
    )
    assert made.id is not None
    if approved:
        approve(library, made.id)
    window.reload_articles()
    window.open_article(made.id)
    return made.id, media.id


def test_the_photos_web_copies_are_made_off_the_window_thread_before_the_plan(
    qtbot, window: MainWindow
) -> None:
    """Publishing an article whose photo has no web copy yet makes it on the task pool,
    with progress, and then shows what will change: the window answers meanwhile."""
    from newsroom.core.publish.assemble import unprepared_media
    from newsroom.core.renditions import RenditionSpec

    article_id, _media_id = open_article_with_photo(window)
    target = get_target(window.library, DEFAULT_SITE_TARGET)
    spec = RenditionSpec.from_settings(target.settings)
    assert len(unprepared_media(window.library, article_id, spec)) == 1
    seen = confirm_publish()
    started = time.perf_counter()
    assert window.publishing.send(Action.PUBLISH, target.id) is None
    assert time.perf_counter() - started < 0.25, "the photo is not made on the window's thread"
    assert window.publishing.preparing is not None
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)  # then the plan, as always
    qtbot.waitUntil(
        lambda: sync_column(window, article_id) in (SyncState.QUEUED, SyncState.SYNCED),
        timeout=20000,
    )
    assert unprepared_media(window.library, article_id, spec) == []
    assert window.publishing.preparing is None


def test_cancel_while_the_photos_are_prepared_sends_nothing(qtbot, window: MainWindow) -> None:
    article_id, _media_id = open_article_with_photo(window)
    target = get_target(window.library, DEFAULT_SITE_TARGET)
    seen: list[QWidget] = []

    def refuse_a_plan() -> None:  # one would be a failure; the test must not hang on it
        shown = QApplication.activeModalWidget()
        if isinstance(shown, PublishPreviewDialog):
            seen.append(shown)
            shown.reject()

    watch = QTimer(window, interval=20)  # goes with the window
    watch.timeout.connect(refuse_a_plan)
    watch.start()
    assert window.publishing.send(Action.PUBLISH, target.id) is None
    runner = window.publishing.preparing
    assert runner is not None
    # Cancel, before the window's thread could hear back from the pool.
    runner.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: window.publishing.preparing is None, timeout=20000)
    assert "Nothing was sent" in window.statusBar().currentMessage()
    assert seen == [] and outbox.entries(window.library, article_id=article_id) == []


def test_a_draft_with_a_new_photo_is_refused_before_any_photo_is_made(
    qtbot, window: MainWindow
) -> None:
    from dialogs import answer_dialog

    from newsroom.core.publish.assemble import unprepared_media
    from newsroom.core.renditions import RenditionSpec

    article_id, _media_id = open_article_with_photo(window, approved=False)
    target = get_target(window.library, DEFAULT_SITE_TARGET)
    said = answer_dialog()
    assert window.publishing.send(Action.PUBLISH, target.id) is None
    assert said and "cannot be published" in said[0]
    assert window.publishing.preparing is None
    spec = RenditionSpec.from_settings(target.settings)
    assert len(unprepared_media(window.library, article_id, spec)) == 1
