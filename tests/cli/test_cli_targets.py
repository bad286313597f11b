"""``newsroom target``, run as a journalist runs it (a real ``python -m newsroom``),
with its passwords in a real gnome-keyring on a private bus."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import subprocess
import sys
import types
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import SecretService as secret_service_backend
from werkzeug import Request, Response

sys.path.insert(0, str(Path(__file__).parents[1] / "publish"))
from keyring_fixtures import SecretService, running_secret_service  # noqa: E402

from newsroom import cli  # noqa: E402
from newsroom.core.library import create_library, open_library  # noqa: E402
from newsroom.core.model import Article, utcnow  # noqa: E402
from newsroom.core.publish import (  # noqa: E402
    kinds,  # noqa: E402
    secrets,
)
from newsroom.core.publish.base import Account, Target  # noqa: E402
from newsroom.core.publish.http import Http  # noqa: E402
from newsroom.core.publish.targets import add_target, get_target, pause_target  # noqa: E402

SITE = "https://news.example.org"


@pytest.fixture(scope="module")
def keychain_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    """One gnome-keyring for the module: each test uses its own library and site."""
    with running_secret_service(tmp_path_factory.mktemp("keyring")) as service:
        yield service


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    """A library without the sample content (and its own site target), so that the
    targets listed are the test's."""
    path = tmp_path / "Cli.newsroom"
    create_library(path, seed=False).close()
    return path


def run(
    *args: str | Path,
    env: dict[str, str],
    stdin: str | None = None,
    cwd: Path,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsroom", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**env, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )


def password() -> str:
    return f"wp-app {uuid.uuid4().hex}"


def site() -> str:
    """A site of its own per test: the keychain is shared by the module."""
    return f"https://{uuid.uuid4().hex[:10]}.example.org"


def no_secret_in(done: subprocess.CompletedProcess[str], secret: str) -> None:
    assert secret not in done.stdout and secret not in done.stderr


# -- add, list ---------------------------------------------------------------------------
def test_add_stores_the_password_in_the_keychain_and_nowhere_else(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    pw, url = password(), site()
    done = run(
        "target", "add", "Website", "--kind", "wordpress", "--url", url + "/", "--user", "ada",
        "--password-stdin", "--library", lib,
        env=keychain_service.env, stdin=pw + "\n", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Added the wordpress target “Website”" in done.stdout
    assert "system keychain" in done.stdout
    no_secret_in(done, pw)
    # libsecret finds it under the site and the user; the trailing newline was not kept.
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") == pw
    for file in lib.parent.glob(lib.name + "*"):
        assert pw.encode() not in file.read_bytes()

    env = keychain_service.env
    listed = run("target", "list", "--json", "--library", lib, env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {
            "name": "Website",
            "kind": "wordpress",
            "url": url,
            "user": "ada",
            "paused": False,
            "password": "stored",
            "pending": 0,
        }
    ]
    no_secret_in(listed, pw)
    text = run("target", "list", "--library", lib, env=keychain_service.env, cwd=tmp_path)
    assert "Website" in text.stdout and "password stored" in text.stdout
    no_secret_in(text, pw)


def test_targets_without_a_password(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    env = keychain_service.env
    folder = tmp_path / "site"
    done = run("target", "add", "Archive", "--kind", "static", "--url", folder, "-l", lib,
               env=env, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = run("target", "add", "Wire", "--kind", "ninjs", "--url", "http://127.0.0.1:9/in",
               "-l", lib, env=env, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    refused = run("target", "add", "Other", "--kind", "static", "--url", folder,
                  "--password-stdin", "-l", lib, env=env, stdin="x\n", cwd=tmp_path)  # fmt: skip
    assert refused.returncode == 3 and "takes no password" in refused.stderr
    listed = json.loads(run("target", "list", "--json", "-l", lib, env=env, cwd=tmp_path).stdout)
    assert [(r["name"], r["url"], r["password"]) for r in listed] == [
        ("Archive", str(folder), "not needed"),
        ("Wire", "http://127.0.0.1:9/in", "not needed"),
    ]


def test_no_password_and_no_terminal_is_a_clear_error_that_changes_nothing(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    url = site()
    done = run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
               "-l", lib, env=keychain_service.env, stdin="", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 3
    assert "no terminal to ask for it" in done.stderr and "--password-stdin" in done.stderr
    empty = run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
                "--password-stdin", "-l", lib, env=keychain_service.env, stdin="\n",
                cwd=tmp_path)  # fmt: skip
    assert empty.returncode == 3 and "password is empty" in empty.stderr
    with open_library(lib) as library:
        assert [t.name for t in library._query("SELECT name FROM targets")] == []
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") is None


def test_bad_input_is_refused_before_the_password_is_read(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    env = keychain_service.env
    bad_url = run("target", "add", "Website", "--kind", "wordpress", "--url", "news.example.org",
                  "--user", "ada", "-l", lib, env=env, cwd=tmp_path)  # fmt: skip
    assert bad_url.returncode == 3 and "starts with https://" in bad_url.stderr
    no_user = run("target", "add", "Website", "--kind", "wordpress", "--url", SITE,
                  "-l", lib, env=env, cwd=tmp_path)  # fmt: skip
    assert no_user.returncode == 3 and "needs the user name" in no_user.stderr
    with open_library(lib) as library:
        add_target(library, "Website", "ninjs", "https://b.example")
    taken = run("target", "add", "Website", "--kind", "wordpress", "--url", SITE, "--user", "ada",
                "-l", lib, env=env, cwd=tmp_path)  # fmt: skip
    assert taken.returncode == 3 and "already a target called “Website”" in taken.stderr


# -- weak keyrings -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "weak_env",
    [
        {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"},  # no keychain at all
    ],
    ids=["null", "fail", "no-secret-service"],
)
def test_a_weak_keyring_is_refused_and_the_session_only_choice_explained(
    weak_env: dict[str, str], lib: Path, tmp_path: Path
) -> None:
    pw = password()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "d"), **weak_env}
    env.pop("PYTHON_KEYRING_BACKEND", None) if "DBUS_SESSION_BUS_ADDRESS" in weak_env else None
    done = run("target", "add", "Website", "--kind", "wordpress", "--url", SITE, "--user", "ada",
               "--password-stdin", "-l", lib, env=env, stdin=pw + "\n", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "no safe password store" in done.stderr
    assert "for this session only" in done.stderr and "the command line cannot" in done.stderr
    assert "“Website” was not added" in done.stderr
    no_secret_in(done, pw)
    with open_library(lib) as library:
        assert library._query("SELECT name FROM targets") == []
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert pw.encode() not in file.read_bytes(), file


# -- password, remove --------------------------------------------------------------------
def test_password_replaces_the_secret_and_resumes_a_paused_target(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    env, url, old, new = keychain_service.env, site(), password(), password()
    run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
        "--password-stdin", "-l", lib, env=env, stdin=old, cwd=tmp_path)  # fmt: skip
    with open_library(lib) as library:
        pause_target(library, get_target(library, "Website").id)  # as after a 401
    done = run("target", "password", "Website", "--password-stdin", "-l", lib,
               env=env, stdin=new + "\n", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "was replaced" in done.stdout and "active again" in done.stdout
    no_secret_in(done, new)
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") == new
    with open_library(lib) as library:
        assert not get_target(library, "Website").paused


def _queue(lib: Path, name: str) -> None:
    now = utcnow().isoformat()
    with open_library(lib) as library:
        article = library.create_article(Article(headline="Queued"))
        with library._write() as db:
            db.table("outbox").insert(
                {
                    "target_id": get_target(library, name).id,
                    "article_id": article.id,
                    "action": "publish",
                    "idempotency_key": uuid.uuid4().hex,
                    "created_at": now,
                    "updated_at": now,
                }
            )


def test_remove_warns_about_queued_entries_and_can_forget_the_password(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    env, url, pw = keychain_service.env, site(), password()
    run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
        "--password-stdin", "-l", lib, env=env, stdin=pw, cwd=tmp_path)  # fmt: skip
    _queue(lib, "Website")

    kept = run("target", "remove", "Website", "-l", lib, env=env, cwd=tmp_path)
    assert kept.returncode == 1
    assert "still has 1 entry in the outbox" in kept.stderr and "--yes" in kept.stderr
    with open_library(lib) as library:
        assert get_target(library, "Website")

    gone = run("target", "remove", "Website", "--yes", "--forget-password", "-l", lib,
               env=env, cwd=tmp_path)  # fmt: skip
    assert gone.returncode == 0, gone.stderr
    assert "Removed the target “Website”" in gone.stdout
    with open_library(lib) as library:
        assert library._query("SELECT * FROM outbox") == []
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") is None

    missing = run("target", "remove", "Website", "-l", lib, env=env, cwd=tmp_path)
    assert missing.returncode == 3 and "no target “Website”" in missing.stderr


def test_a_second_library_uses_the_password_already_in_the_keychain(
    keychain_service: SecretService, tmp_path: Path
) -> None:
    env, url, pw = keychain_service.env, site(), password()
    first, second = tmp_path / "A.newsroom", tmp_path / "B.newsroom"
    for path in (first, second):
        create_library(path, seed=False).close()
    run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
        "--password-stdin", "-l", first, env=env, stdin=pw, cwd=tmp_path)  # fmt: skip
    done = run("target", "add", "Our site", "--kind", "wordpress", "--url", url + "/",
               "--user", "ada", "-l", second, env=env, stdin="", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "uses the password already in the system keychain for ada" in done.stdout
    listing = run("target", "list", "--json", "-l", second, env=env, cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    listed = json.loads(listing.stdout)
    assert [(r["name"], r["password"]) for r in listed] == [("Our site", "stored")]
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") == pw


def test_remove_keeps_the_password_other_libraries_share(
    keychain_service: SecretService, lib: Path, tmp_path: Path
) -> None:
    env, url, pw = keychain_service.env, site(), password()
    run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
        "--password-stdin", "-l", lib, env=env, stdin=pw, cwd=tmp_path)  # fmt: skip
    done = run("target", "remove", "Website", "-l", lib, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert keychain_service.lookup(f"Newsroom: {url}", "ada") == pw


# -- check -------------------------------------------------------------------------------
class UsersMe:
    """A minimal client for the check: WordPress's ``users/me`` with HTTP Basic."""

    def __init__(self, target: Target, *, secret: str | None, library: object) -> None:
        assert target.username and secret
        self._http = Http(target.url, auth=(target.username, secret))

    def check(self) -> Account:
        me = self._http.json("GET", "wp-json/wp/v2/users/me", params={"context": "edit"})
        caps = me.get("capabilities", {})
        return Account(str(me["name"]), can_publish=bool(caps.get("publish_posts")))

    def close(self) -> None:
        self._http.close()


@pytest.fixture
def users_me_client(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("newsroom_test_users_me")
    module.UsersMe = UsersMe  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsroom_test_users_me", module)
    users_me = dataclasses.replace(kinds.WORDPRESS, client="newsroom_test_users_me:UsersMe")
    monkeypatch.setitem(kinds._by_name(), "wordpress", users_me)


@pytest.fixture
def in_process_keychain(
    keychain_service: SecretService, monkeypatch: pytest.MonkeyPatch
) -> secrets.Secrets:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keychain_service.address)
    chosen = secrets.Secrets(secrets.KeyringStore(secret_service_backend.Keyring()))
    monkeypatch.setattr(secrets, "default_secrets", lambda: chosen)
    return chosen


def wordpress(httpserver, pw: str, can_publish: bool) -> None:  # type: ignore[no-untyped-def]
    """A WordPress REST API on loopback: its index and ``users/me`` for ada and ``pw``."""

    def users_me(request: Request) -> Response:
        expected = "Basic " + base64.b64encode(f"ada:{pw}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return Response(
                json.dumps({"code": "rest_not_logged_in", "message": "You are not logged in."}),
                status=401,
                content_type="application/json",
            )
        body = {
            "id": 1,
            "name": "Ada Lovelace",
            "username": "ada",
            "roles": ["editor" if can_publish else "contributor"],
            "capabilities": {"publish_posts": can_publish, "upload_files": can_publish},
        }
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/wp-json/wp/v2/users/me").respond_with_handler(users_me)
    httpserver.expect_request("/wp-json/").respond_with_json({"namespaces": ["wp/v2"]})


def test_check_signs_in_and_reports_failures_without_the_secret(
    httpserver,  # type: ignore[no-untyped-def]
    users_me_client: None,
    in_process_keychain: secrets.Secrets,
    lib: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pw = password()
    wordpress(httpserver, pw, can_publish=True)
    url = httpserver.url_for("/").rstrip("/")
    with open_library(lib) as library:
        site_target = add_target(library, "Website", "wordpress", url, "ada")
        add_target(library, "Nobody", "wordpress", url + "/", "nobody")
    in_process_keychain.store(site_target, pw)

    assert cli.main(["target", "check", "Website", "-l", str(lib)]) == 0
    out = capsys.readouterr()
    assert "“Website” works. Signed in as Ada Lovelace." in out.out
    assert pw not in out.out + out.err

    # The wrong password: the server's 401, in words, and a non-zero exit.
    in_process_keychain.store(site_target, pw + "-old")
    assert cli.main(["target", "check", "Website", "-l", str(lib)]) == 10
    out = capsys.readouterr()
    assert "“Website” failed the check:" in out.err
    assert "did not accept the user name and password" in out.err
    assert pw not in out.out + out.err

    # No password stored at all.
    assert cli.main(["target", "check", "Nobody", "-l", str(lib)]) == 1
    out = capsys.readouterr()
    assert "no password is stored for nobody" in out.err
    assert "newsroom target password Nobody" in out.err


def test_check_fails_for_a_user_who_may_not_publish(
    httpserver,  # type: ignore[no-untyped-def]
    users_me_client: None,
    in_process_keychain: secrets.Secrets,
    lib: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pw = password()
    wordpress(httpserver, pw, can_publish=False)
    with open_library(lib) as library:
        target = add_target(library, "Website", "wordpress", httpserver.url_for("/"), "ada")
    in_process_keychain.store(target, pw)
    assert cli.main(["target", "check", "Website", "-l", str(lib)]) == 10
    assert "failed the check: Ada Lovelace may not publish there" in capsys.readouterr().err


def test_check_of_a_site_that_is_down(
    users_me_client: None,
    in_process_keychain: secrets.Secrets,
    lib: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_library(lib) as library:
        target = add_target(library, "Website", "wordpress", "http://127.0.0.1:9", "ada")
    in_process_keychain.store(target, password())
    assert cli.main(["target", "check", "Website", "-l", str(lib)]) == 9
    assert "cannot be reached" in capsys.readouterr().err


def test_check_with_the_real_wordpress_client(
    httpserver,  # type: ignore[no-untyped-def]
    keychain_service: SecretService,
    lib: Path,
    tmp_path: Path,
) -> None:
    pytest.importorskip("newsroom.core.publish.wordpress")
    pw = password()
    wordpress(httpserver, pw, can_publish=True)
    env = keychain_service.env
    url = httpserver.url_for("/").rstrip("/")
    run("target", "add", "Website", "--kind", "wordpress", "--url", url, "--user", "ada",
        "--password-stdin", "-l", lib, env=env, stdin=pw, cwd=tmp_path)  # fmt: skip
    done = run("target", "check", "Website", "-l", lib, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "“Website” works. Signed in as ada (editor)." in done.stdout
    no_secret_in(done, pw)
