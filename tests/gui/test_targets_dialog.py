"""Publish › Targets… on a real library, with passwords in a real gnome-keyring, the
real WordPress client checking against a WordPress API on loopback, and the
weak-keychain and 401 dialogs."""

from __future__ import annotations

import json
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialogs import answer_dialog, when_modal
from keyring.backends import SecretService as secret_service_backend
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox
from werkzeug import Request, Response

sys.path.insert(0, str(Path(__file__).parents[1] / "publish"))
from keyring_fixtures import SecretService, running_secret_service  # noqa: E402

from newsroom.core.library import Library  # noqa: E402
from newsroom.core.model import utcnow  # noqa: E402
from newsroom.core.publish import kinds  # noqa: E402
from newsroom.core.publish.base import Target  # noqa: E402
from newsroom.core.publish.secrets import KeyringStore, Secrets  # noqa: E402
from newsroom.core.publish.targets import (  # noqa: E402
    add_target,
    get_target,
    list_targets,
    pause_target,
    remove_target,
)
from newsroom.gui.publish.targets_dialog import (  # noqa: E402
    SESSION_ONLY,
    CredentialsDialog,
    TargetsDialog,
    ask_credentials,
)


@pytest.fixture
def library(library: Library) -> Library:
    """The window tests' library without its own "Site folder" target, so that the
    targets the dialog lists are the test's."""
    for target in list_targets(library):
        remove_target(library, target.id)
    return library


@pytest.fixture
def keychain_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService]:
    with running_secret_service(tmp_path_factory.mktemp("keyring")) as service:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
        yield service


@pytest.fixture
def keychain(keychain_service: SecretService) -> Secrets:
    return Secrets(KeyringStore(secret_service_backend.Keyring()))


@pytest.fixture
def weak() -> Secrets:
    return Secrets(KeyringStore(null.Keyring()))


def make_dialog(qtbot, library: Library, secrets: Secrets) -> TargetsDialog:  # type: ignore[no-untyped-def]
    dialog = TargetsDialog(library, secrets=secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def password() -> str:
    return f"wp-app {uuid.uuid4().hex}"


def fill(dialog: TargetsDialog, name: str, url: str, user: str, pw: str) -> None:
    dialog.new_target()
    dialog.name_edit.setText(name)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("wordpress"))
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(pw)


def wordpress(httpserver, pw: str, gate: threading.Event | None = None) -> None:  # type: ignore[no-untyped-def]
    """A WordPress REST API on loopback that knows ada by ``pw``; ``gate`` holds
    ``users/me`` back until it is set."""
    import base64

    def users_me(request: Request) -> Response:
        if gate is not None:
            gate.wait(10)
        expected = "Basic " + base64.b64encode(f"ada:{pw}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            body = {"code": "rest_not_logged_in", "message": "You are not logged in."}
            return Response(json.dumps(body), status=401, content_type="application/json")
        me = {
            "id": 1,
            "name": "Ada Lovelace",
            "username": "ada",
            "roles": ["editor"],
            "capabilities": {"publish_posts": True, "upload_files": True},
        }
        return Response(json.dumps(me), content_type="application/json")

    httpserver.expect_request("/wp-json/wp/v2/users/me").respond_with_handler(users_me)
    httpserver.expect_request("/wp-json/").respond_with_json({"namespaces": ["wp/v2"]})


# -- the list and the form ---------------------------------------------------------------
def test_the_list_and_the_form(qtbot, library: Library, weak: Secrets, tmp_path: Path) -> None:
    add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    archive = add_target(library, "Archive", "static", str(tmp_path))
    pause_target(library, get_target(library, "Website").id)
    dialog = make_dialog(qtbot, library, weak)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels == ["Archive — Static site (a folder)", "Website — WordPress (paused)"]
    assert dialog.name_edit.text() == "Archive" and dialog.url_edit.text() == archive.url
    assert not dialog.user_edit.isEnabled() and not dialog.password_edit.isEnabled()
    assert not dialog.kind_combo.isEnabled()  # a target's kind stays

    dialog.list.setCurrentRow(1)
    assert dialog.name_edit.text() == "Website" and dialog.user_edit.text() == "ada"
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.password_edit.text() == ""
    assert "paused" in dialog.status_label.text()

    dialog.new_target()
    assert dialog.name_edit.text() == "" and dialog.kind_combo.isEnabled()


def test_bad_details_are_refused_and_nothing_is_added(
    qtbot, library: Library, keychain: Secrets
) -> None:
    dialog = make_dialog(qtbot, library, keychain)
    fill(dialog, "Website", "news.example.org", "ada", password())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "starts with https://" in dialog.status_label.text()
    fill(dialog, "Website", "https://news.example.org", "ada", "")
    assert not dialog.save()
    assert "Type the password" in dialog.status_label.text()
    assert list_targets(library) == []


# -- the keychain ------------------------------------------------------------------------
def test_a_new_target_s_password_goes_to_the_keychain_and_is_never_shown_back(
    qtbot, library: Library, keychain: Secrets, keychain_service: SecretService
) -> None:
    dialog = make_dialog(qtbot, library, keychain)
    assert dialog.session_box.isHidden() and dialog.weak_note.isHidden()
    pw = password()
    fill(dialog, "Website", "https://news.example.org/", "ada", pw)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == (
        "Saved “Website”. The password is in the system keychain."
    )
    assert [t.name for t in list_targets(library)] == ["Website"]
    assert keychain_service.lookup("Newsroom: https://news.example.org", "ada") == pw
    assert dialog.password_edit.text() == ""
    assert dialog.list.currentItem().text() == "Website — WordPress"
    assert "keep the stored password" in dialog.password_edit.placeholderText()
    for file in library.path.parent.glob(library.path.name + "*"):
        assert pw.encode() not in file.read_bytes()


def test_a_target_another_library_knows_needs_no_password_typed(
    qtbot, library: Library, keychain: Secrets
) -> None:
    pw = password()
    keychain.store(Target(7, "Elsewhere", kinds.WORDPRESS, "https://news.example.org", "ada"), pw)
    dialog = make_dialog(qtbot, library, keychain)
    fill(dialog, "Website", "https://news.example.org", "ada", "")
    assert dialog.save()
    assert dialog.status_label.text() == (
        "Saved “Website”. It uses the password already kept for ada."
    )
    assert keychain.get(get_target(library, "Website")) == pw


def test_a_new_user_name_takes_the_stored_password_along(
    qtbot, library: Library, keychain: Secrets, keychain_service: SecretService
) -> None:
    site = add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    pw = password()
    keychain.store(site, pw)
    dialog = make_dialog(qtbot, library, keychain)
    dialog.user_edit.setText("ada.l")
    assert dialog.save()
    assert get_target(library, "Website").username == "ada.l"
    assert keychain_service.lookup("Newsroom: https://news.example.org", "ada.l") == pw


def test_a_new_password_resumes_a_paused_target(
    qtbot, library: Library, keychain: Secrets, keychain_service: SecretService
) -> None:
    site = add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    pause_target(library, site.id)
    dialog = make_dialog(qtbot, library, keychain)
    new = password()
    dialog.password_edit.setText(new)
    assert dialog.save()
    assert not get_target(library, "Website").paused
    assert keychain_service.lookup("Newsroom: https://news.example.org", "ada") == new
    assert dialog.list.currentItem().text() == "Website — WordPress"


# -- a weak keychain ---------------------------------------------------------------------
def test_a_weak_keychain_offers_this_session_only(qtbot, library: Library, weak: Secrets) -> None:
    dialog = make_dialog(qtbot, library, weak)
    assert not dialog.session_box.isHidden() and dialog.session_box.isChecked()
    assert "no safe password store" in dialog.weak_note.text()

    pw = password()
    fill(dialog, "Website", "https://news.example.org", "ada", pw)
    dialog.session_box.setChecked(False)  # ask for the keychain anyway: refused
    texts = answer_dialog()  # Cancel
    assert not dialog.save()
    assert "no safe password store" in texts[0] and pw not in texts[0]
    assert list_targets(library) == []
    assert weak.get(Target(0, "W", kinds.WORDPRESS, "https://news.example.org", "ada")) is None

    chosen: list[str] = []

    def keep(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == SESSION_ONLY)
        chosen.append(box.text())
        button.click()

    when_modal(QMessageBox, keep)
    assert dialog.save()
    assert chosen
    site = get_target(library, "Website")
    assert weak.is_session_only(site) and weak.get(site) == pw
    assert "kept for this session only" in dialog.status_label.text()
    assert "this session only" in dialog.password_edit.placeholderText()


# -- remove ------------------------------------------------------------------------------
def test_remove_warns_about_entries_in_the_outbox(qtbot, library: Library, weak: Secrets) -> None:
    site = add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    now = utcnow().isoformat()
    with library._write() as db:
        db.table("outbox").insert(
            {
                "target_id": site.id,
                "article_id": library.articles()[0].id,
                "action": "publish",
                "idempotency_key": "k1",
                "created_at": now,
                "updated_at": now,
            }
        )
    dialog = make_dialog(qtbot, library, weak)
    texts = answer_dialog(QMessageBox.StandardButton.No)
    dialog.remove_target()
    assert "still has 1 entry in the outbox" in texts[0]
    assert [t.name for t in list_targets(library)] == ["Website"]

    answer_dialog(QMessageBox.StandardButton.Yes)
    dialog.remove_target()
    assert list_targets(library) == [] and dialog.list.count() == 0
    assert dialog.status_label.text() == "Removed “Website”."
    assert library._query("SELECT * FROM outbox") == []


# -- check -------------------------------------------------------------------------------
def test_check_runs_off_the_gui_thread_and_reports_in_words(
    qtbot, library: Library, keychain: Secrets, httpserver
) -> None:
    pw = password()
    gate = threading.Event()
    wordpress(httpserver, pw, gate)
    dialog = make_dialog(qtbot, library, keychain)
    fill(dialog, "Website", httpserver.url_for("/"), "ada", pw)  # typed, not saved yet
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    # The server holds its answer: the GUI thread is free meanwhile.
    assert dialog.checking and not dialog.check_button.isEnabled()
    assert dialog.status_label.text() == "Checking “Website”…"
    qtbot.wait(100)
    assert dialog.checking
    gate.set()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    assert dialog.status_label.text() == "It works. Signed in as ada (editor)."
    assert list_targets(library) == []  # a check stores nothing

    dialog.password_edit.setText(pw + "-old")
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    text = dialog.status_label.text()
    assert text.startswith("The check failed:")
    assert "did not accept the user name" in text and pw not in text
    assert dialog.check_button.isEnabled()


def test_check_uses_the_stored_password(
    qtbot, library: Library, keychain: Secrets, httpserver
) -> None:
    pw = password()
    wordpress(httpserver, pw)
    site = add_target(library, "Website", "wordpress", httpserver.url_for("/"), "ada")
    dialog = make_dialog(qtbot, library, keychain)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    assert "There is no password for “Website”" in dialog.status_label.text()
    keychain.store(site, pw)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
    assert dialog.status_label.text() == "It works. Signed in as ada (editor)."


# -- after a 401 -------------------------------------------------------------------------
def test_ask_credentials_replaces_the_password_in_the_keychain(
    qtbot, library: Library, keychain: Secrets, keychain_service: SecretService
) -> None:
    site = add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    old, new = password(), password()
    keychain.store(site, old)
    seen: list[str] = []

    def cancel(dialog: CredentialsDialog) -> None:
        dialog.password_edit.setText(new)
        dialog.reject()

    when_modal(CredentialsDialog, cancel)
    assert ask_credentials(None, site, secrets=keychain) is None
    assert keychain_service.lookup("Newsroom: https://news.example.org", "ada") == old

    def type_it(dialog: CredentialsDialog) -> None:
        seen.append(dialog.label.text())
        assert dialog.session_box.isHidden()
        dialog.password_edit.setText(new)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_modal(CredentialsDialog, type_it)
    got = ask_credentials(None, site, message="news.example.org said no.", secrets=keychain)
    assert got == new
    assert "“Website” did not accept the password" in seen[0]
    assert "news.example.org said no." in seen[0] and "application password" in seen[0]
    assert keychain_service.lookup("Newsroom: https://news.example.org", "ada") == new


def test_ask_credentials_with_a_weak_keychain_keeps_it_for_the_session(
    qtbot, library: Library, weak: Secrets
) -> None:
    site = add_target(library, "Website", "wordpress", "https://news.example.org", "ada")
    new = password()

    def type_it(dialog: CredentialsDialog) -> None:
        assert not dialog.session_box.isHidden() and dialog.session_box.isChecked()
        dialog.password_edit.setText(new)
        dialog.accept()

    when_modal(CredentialsDialog, type_it)
    assert ask_credentials(None, site, secrets=weak) == new
    assert weak.is_session_only(site) and weak.get(site) == new


# -- what the site does with take-downs and embargoes ----------------------------------------
def test_a_wordpress_target_keeps_its_takedown_and_schedules_choices(
    qtbot, library: Library, weak: Secrets, tmp_path: Path
) -> None:
    site = add_target(
        library, "Website", "wordpress", "https://news.example.org", "ada",
        settings={"authors": {"The Desk": 3}},
    )  # fmt: skip
    add_target(library, "Archive", "static", str(tmp_path))
    dialog = make_dialog(qtbot, library, weak)
    takedown, schedules = dialog.options["takedown"], dialog.options["schedules"]
    assert isinstance(takedown, QComboBox) and isinstance(schedules, QCheckBox)
    assert dialog.name_edit.text() == "Archive"
    assert takedown.isHidden() and schedules.isHidden()
    assert dialog.warnings["schedules"].isHidden()

    dialog.list.setCurrentRow(1)
    assert dialog.name_edit.text() == "Website"
    assert takedown.isVisibleTo(dialog) and dialog.options["schedules"].isVisibleTo(dialog)
    assert takedown.currentText() == "Move to draft"  # the default
    assert not schedules.isChecked()  # embargoes stay here by default
    warning = dialog.warnings["schedules"]
    assert warning.isVisibleTo(dialog) and "leaves this computer before its embargo" in (
        warning.text()
    )
    assert takedown.accessibleName() == "When an article is taken down"

    takedown.setCurrentIndex(takedown.findData("trash"))
    schedules.setChecked(True)
    assert dialog.save()
    stored = get_target(library, "Website")
    assert stored.id == site.id
    assert stored.settings["takedown"] == "trash" and stored.settings["schedules"] is True
    assert stored.settings["authors"] == {"The Desk": 3}, "other settings are kept"

    dialog.list.setCurrentRow(0)
    dialog.list.setCurrentRow(1)  # shown again from the library
    assert takedown.currentData() == "trash" and schedules.isChecked()
    takedown.setCurrentIndex(takedown.findData("draft"))
    schedules.setChecked(False)
    assert dialog.save()
    stored = get_target(library, "Website")
    assert stored.settings["takedown"] == "draft" and stored.settings["schedules"] is False


def test_a_new_wordpress_target_starts_with_the_safe_choices(
    qtbot, library: Library, weak: Secrets
) -> None:
    dialog = make_dialog(qtbot, library, weak)
    dialog.session_box.setChecked(True)
    fill(dialog, "Website", "https://news.example.org", "ada", password())
    assert dialog.save()
    stored = get_target(library, "Website")
    assert stored.settings == {"takedown": "draft", "schedules": False}


# -- what the form says of the kind's secret, and the list beside it ------------------------
def test_the_form_names_the_kind_s_secret(qtbot, library: Library, weak: Secrets) -> None:
    dialog = make_dialog(qtbot, library, weak)
    dialog.new_target()
    choose = dialog.kind_combo.setCurrentIndex
    choose(dialog.kind_combo.findData("ghost"))
    assert dialog.session_box.text() == "Keep the Admin API key for this session only"
    assert dialog.password_edit.accessibleName() == "Admin API key"
    assert dialog.password_edit.placeholderText() == "The Admin API key (id:secret)"
    choose(dialog.kind_combo.findData("micropub"))
    assert dialog.session_box.text() == "Keep the access token for this session only"
    choose(dialog.kind_combo.findData("wordpress"))
    assert dialog.session_box.text() == "Keep the password for this session only"
    assert dialog.password_edit.accessibleName() == "Password"

    dialog.name_edit.setText("Blog")
    choose(dialog.kind_combo.findData("ghost"))
    dialog.url_edit.setText("https://blog.example.org")
    assert not dialog.save()  # no key typed
    assert dialog.status_label.text().startswith("Type the Admin API key (the Admin API key of")

    blog = add_target(library, "Blog", "ghost", "https://blog.example.org")
    pause_target(library, blog.id)
    dialog.reload(select_id=blog.id)
    assert "it did not accept the Admin API key." in dialog.status_label.text()
    assert dialog.session_box.text() == "Keep the Admin API key for this session only"
    assert dialog.password_edit.placeholderText() == "No key kept yet: type it"


def test_the_request_for_a_new_key_names_it(qtbot, library: Library, weak: Secrets) -> None:
    blog = add_target(library, "Blog", "ghost", "https://blog.example.org")
    dialog = CredentialsDialog(blog, weak)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Admin API key for Blog"
    assert "“Blog” did not accept the Admin API key" in dialog.label.text()
    assert "Type the Admin API key for https://blog.example.org (the Admin API" in (
        dialog.label.text()
    )
    assert dialog.session_box.text() == "Keep the key for this session only"


def test_every_kind_says_every_sentence_of_its_secret() -> None:
    for kind in kinds.known():
        for which in kinds.kind.PASSWORD_WORDS:
            assert kind.secret_text(which)  # type: ignore[arg-type]
    ghost = kinds.named("ghost")
    assert ghost.secret_text("session_only") != kinds.WORDPRESS.secret_text("session_only")


def test_the_list_keeps_its_width_whatever_the_kind(qtbot, library: Library, weak: Secrets) -> None:
    dialog = make_dialog(qtbot, library, weak)
    dialog.resize(900, 580)
    dialog.new_target()
    qtbot.wait(10)
    widths = {}
    for name in ("static", "wordpress", "ninjs", "ghost", "micropub", "static"):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(name))
        qtbot.wait(10)  # the layout settles
        widths[name] = dialog.list.width()
    assert dialog.size().width() == 900
    assert len(set(widths.values())) == 1, widths
    assert widths["static"] >= 200
