"""The WordPress the publishing tests run against is real, private and behaves as described
in tests/servers/wordpress.py: loopback only, Application Passwords, clean start and stop."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from servers.wordpress import (
    WordPressError,
    WordPressMissing,
    WordPressSite,
    discard,
    down,
    make_state_dir,
    recorded_pids,
    restore,
    snapshot,
    up,
)

ROOT = Path(__file__).resolve().parents[2]


# --- processes and sockets, straight from /proc ------------------------------------------


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name, or None for a gone process or a
    zombie (nobody may reap those here: PID 1 of a container often does not)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return None if fields[0] in ("Z", "X") else fields


def _identity(pid: int) -> tuple[int, str]:
    fields = _stat(pid)
    assert fields is not None, f"process {pid} is not running"
    return pid, fields[19]  # starttime tells a recycled PID apart


def _alive(identity: tuple[int, str]) -> bool:
    fields = _stat(identity[0])
    return fields is not None and fields[19] == identity[1]


def _group(pgid: int) -> set[int]:
    """The live processes of a process group: php -S and its workers."""
    members = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and fields[2] == str(pgid):
                members.add(int(entry.name))
    return members


def _address(hex_address: str) -> str:
    raw = bytes.fromhex(hex_address)
    # /proc/net/tcp* print each 32-bit word in host (little-endian) order
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    family = socket.AF_INET if len(raw) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, words)


def _listening(pids: Iterable[int] | None = None) -> set[tuple[str, int]]:
    """TCP sockets in LISTEN state, of the given processes (all when None)."""
    inodes: set[str] | None = None
    if pids is not None:
        inodes = set()
        for pid in pids:
            fd_dir = Path(f"/proc/{pid}/fd")
            try:
                fds = list(fd_dir.iterdir())
            except (FileNotFoundError, ProcessLookupError):
                continue
            for fd in fds:
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[len("socket:[") : -1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and (inodes is None or inode in inodes):
                address, port = local.split(":")
                found.add((_address(address), int(port, 16)))
    return found


def _port(site: WordPressSite) -> int:
    port = urlsplit(site.url).port
    assert port is not None
    return port


def _png() -> bytes:
    """A 1x1 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


# --- the shared site ---------------------------------------------------------------------


def test_rest_root_answers_on_loopback_only(wordpress: WordPressSite) -> None:
    response = wordpress.rest("GET", "/", anonymous=True)
    assert response.status_code == 200
    root = response.json()
    assert root["url"] == wordpress.url
    assert wordpress.url.startswith("http://127.0.0.1:")
    assert "wp/v2" in root["namespaces"]
    assert "application-passwords" in root["authentication"]
    # a site time zone that is not UTC, so that date and date_gmt differ
    assert root["timezone_string"] == "Europe/Brussels"

    pids = recorded_pids(wordpress.state_dir)
    assert set(pids) == {"mariadb", "php"}
    # php -S and its workers share one socket; MariaDB has no TCP socket at all
    assert _listening(_group(pids["php"])) == {("127.0.0.1", _port(wordpress))}
    assert _listening([pids["mariadb"]]) == set()


def test_the_site_never_calls_out_but_reaches_itself(wordpress: WordPressSite) -> None:
    # WordPress's own Site Health checks: WP_HTTP_BLOCK_EXTERNAL stops the request to
    # api.wordpress.org before it is made; requests to itself (WP-Cron) still work.
    outside = wordpress.rest("GET", "/wp-site-health/v1/tests/dotorg-communication")
    assert outside.status_code == 200
    assert "User has blocked requests through HTTP." in outside.json()["description"]
    itself = wordpress.rest("GET", "/wp-site-health/v1/tests/loopback-requests")
    assert itself.status_code == 200
    assert itself.json()["status"] == "good", itself.json()["description"]


def test_app_password_is_an_administrator(wordpress: WordPressSite) -> None:
    response = wordpress.rest("GET", "/wp/v2/users/me", params={"context": "edit"})
    assert response.status_code == 200
    me = response.json()
    assert me["username"] == wordpress.username
    assert "administrator" in me["roles"]
    for capability in ("publish_posts", "upload_files", "edit_posts", "edit_others_posts"):
        assert me["capabilities"][capability] is True


def test_app_password_works_without_its_spaces(wordpress: WordPressSite) -> None:
    auth = (wordpress.username, wordpress.app_password.replace(" ", ""))
    assert " " in wordpress.app_password
    assert wordpress.rest("GET", "/wp/v2/users/me", auth=auth).status_code == 200


def test_wrong_app_password_is_401(wordpress: WordPressSite) -> None:
    wrong = "abcd efgh ijkl mnop qrst uvwx"
    assert wrong != wordpress.app_password
    response = wordpress.rest("GET", "/wp/v2/users/me", auth=(wordpress.username, wrong))
    assert response.status_code == 401
    # 6.1.9 runs the request anonymously; older sites say incorrect_password
    assert response.json()["code"] in ("rest_not_logged_in", "incorrect_password")


def test_login_password_is_refused_over_basic(wordpress: WordPressSite) -> None:
    auth = (wordpress.username, wordpress.admin_password)
    assert wordpress.rest("GET", "/wp/v2/users/me", auth=auth).status_code == 401
    assert wordpress.rest("POST", "/wp/v2/posts", auth=auth, json={"title": "x"}).status_code == 401


def test_a_post_can_be_created_and_deleted(wp: WordPressSite) -> None:
    created = wp.rest(
        "POST",
        "/wp/v2/posts",
        json={
            "title": "Floods close the Rhine to barges",
            "content": "<p>Shipping halted.</p>",
            "status": "publish",
            "date_gmt": "2026-01-06T09:30:00",
        },
    )
    assert created.status_code == 201, created.text
    post = created.json()
    assert post["title"]["raw"] == "Floods close the Rhine to barges"
    # Brussels is UTC+1 in January
    assert (post["date_gmt"], post["date"]) == ("2026-01-06T09:30:00", "2026-01-06T10:30:00")
    assert post["link"] == f"{wp.url}/floods-close-the-rhine-to-barges/"
    page = httpx.get(post["link"], trust_env=False, timeout=60)
    assert page.status_code == 200
    assert "Shipping halted." in page.text

    deleted = wp.rest("DELETE", f"/wp/v2/posts/{post['id']}", params={"force": "true"})
    assert deleted.status_code == 200
    gone = wp.rest("GET", f"/wp/v2/posts/{post['id']}")
    assert gone.status_code == 404
    assert gone.json()["code"] == "rest_post_invalid_id"


def test_uploaded_media_is_served(wp: WordPressSite) -> None:
    png = _png()
    response = wp.rest(
        "POST",
        "/wp/v2/media",
        content=png,
        headers={
            "Content-Type": "image/png",
            "Content-Disposition": 'attachment; filename="eu-flag.png"',
        },
    )
    assert response.status_code == 201, response.text
    source = response.json()["source_url"]
    assert source.startswith(f"{wp.url}/wp-content/uploads/")
    served = httpx.get(source, trust_env=False, timeout=60)
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png"
    assert served.content == png


def test_new_app_password_signs_in(wp: WordPressSite) -> None:
    password = wp.new_app_password("second device")
    assert password != wp.app_password
    response = wp.rest("GET", "/wp/v2/users/me", auth=(wp.username, password))
    assert response.status_code == 200


def test_restore_takes_back_what_a_test_added(wordpress: WordPressSite) -> None:
    before = snapshot(wordpress)
    site = wordpress

    def made(method: str, path: str, **kw: Any) -> dict[str, Any]:
        response = site.rest(method, path, **kw)
        assert response.status_code in (200, 201), response.text
        return dict(response.json())

    section = made("POST", "/wp/v2/categories", json={"name": "Europe News"})
    tag = made("POST", "/wp/v2/tags", json={"name": "floods"})
    made(
        "POST",
        "/wp/v2/posts",
        json={"title": "Draft", "categories": [section["id"]], "tags": [tag["id"]]},
    )
    trashed = made("POST", "/wp/v2/posts", json={"title": "Trashed", "status": "publish"})
    made("DELETE", f"/wp/v2/posts/{trashed['id']}")
    made("POST", "/wp/v2/pages", json={"title": "About"})
    made(
        "POST",
        "/wp/v2/media",
        content=_png(),
        headers={
            "Content-Type": "image/png",
            "Content-Disposition": 'attachment; filename="a.png"',
        },
    )
    made(
        "POST",
        "/wp/v2/users",
        json={
            "username": "editor",
            "email": "editor@example.test",
            "password": "a long editor password",
            "roles": ["editor"],
        },
    )
    site.new_app_password("another")
    made("POST", "/wp/v2/settings", json={"title": "Changed by a test"})
    assert snapshot(site) != before

    assert restore(site, before) == []
    assert snapshot(site) == before


def test_without_the_packages_the_site_says_to_run_bootstrap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSROOM_WORDPRESS_ROOT", str(tmp_path / "no-wordpress"))
    with pytest.raises(WordPressMissing, match="scripts/bootstrap test") as raised:
        up(tmp_path / "state")
    assert "missing: wordpress wordpress-theme-twentytwentythree" in str(raised.value)
    assert not (tmp_path / "state" / "run").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="as another user the daemons run as that user")
def test_a_state_dir_the_daemons_cannot_reach_is_refused_with_a_reason(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    with pytest.raises(WordPressError, match="not reachable by the user mysql"):
        up(private / "site")
    assert not (private / "site" / "run").exists()


def test_without_the_packages_the_fixture_fails_rather_than_skips(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSROOM_WORDPRESS_ROOT": str(tmp_path / "no-wordpress")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            f"{Path(__file__)}::test_app_password_is_an_administrator",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "scripts/bootstrap test" in done.stdout
    assert "1 error" in done.stdout
    assert "skipped" not in done.stdout


# --- a site of its own, to stop and break ------------------------------------------------


@pytest.fixture(scope="module")
def own_state_dir() -> Iterator[Path]:
    """A second site for the tests that stop and break it; each brings it up first."""
    state_dir = make_state_dir()
    try:
        yield state_dir
    finally:
        discard(state_dir)


@pytest.fixture
def own_site(own_state_dir: Path) -> WordPressSite:
    return up(own_state_dir, owner=os.getpid())


def _signed_in(site: WordPressSite) -> bool:
    return site.rest("GET", "/wp/v2/users/me").status_code == 200


def test_down_leaves_no_process_and_no_socket(own_site: WordPressSite) -> None:
    state_dir = own_site.state_dir
    pids = recorded_pids(state_dir)
    processes = [_identity(pid) for pid in _group(pids["php"]) | {pids["mariadb"]}]
    assert len(processes) >= 3  # MariaDB, php -S and its workers
    port = _port(own_site)
    assert ("127.0.0.1", port) in _listening()

    started = time.monotonic()
    down(state_dir)
    took = time.monotonic() - started

    assert [identity for identity in processes if _alive(identity)] == []
    assert recorded_pids(state_dir) == {}
    assert all(listening[1] != port for listening in _listening())
    assert not (state_dir / "run" / "mysqld.sock").exists()
    with pytest.raises(httpx.ConnectError):
        httpx.get(own_site.url, trust_env=False, timeout=10)
    assert took < 30
    down(state_dir)  # stopping a stopped site is harmless


class _Impostor(http.server.BaseHTTPRequestHandler):
    """Another web server that answers everything with 200."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_up_moves_to_another_port_when_its_own_was_taken(own_site: WordPressSite) -> None:
    down(own_site.state_dir)
    # HTTPServer sets SO_REUSEADDR: the port still has connections in TIME_WAIT
    impostor = http.server.HTTPServer(("127.0.0.1", _port(own_site)), _Impostor)
    thread = threading.Thread(target=impostor.serve_forever, daemon=True)
    thread.start()
    try:
        moved = up(own_site.state_dir)
    finally:
        impostor.shutdown()
        impostor.server_close()
        thread.join()
    assert _port(moved) != _port(own_site)
    assert moved.app_password == own_site.app_password
    assert _signed_in(moved)
    assert moved.rest("GET", "/", anonymous=True).json()["url"] == moved.url


def test_up_again_changes_nothing(own_site: WordPressSite) -> None:
    pids = recorded_pids(own_site.state_dir)
    assert up(own_site.state_dir) == own_site
    assert recorded_pids(own_site.state_dir) == pids


def test_up_after_kill_9_recovers(own_site: WordPressSite) -> None:
    state_dir = own_site.state_dir
    post = own_site.rest("POST", "/wp/v2/posts", json={"title": "Survivor", "status": "publish"})
    assert post.status_code == 201
    post_id = post.json()["id"]

    # php -S: the master dies, its workers live on and hold the port until up clears them
    pids = recorded_pids(state_dir)
    php = [_identity(pid) for pid in _group(pids["php"])]
    os.kill(pids["php"], signal.SIGKILL)
    site = up(state_dir)
    assert site == own_site  # same port, same credentials
    restarted = recorded_pids(state_dir)
    assert restarted["mariadb"] == pids["mariadb"]
    assert restarted["php"] != pids["php"]
    assert [identity for identity in php if _alive(identity)] == []
    assert _signed_in(site)

    # MariaDB: InnoDB recovers, the post is still there
    mariadb = _identity(restarted["mariadb"])
    os.kill(restarted["mariadb"], signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _alive(mariadb) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(mariadb)
    assert site.rest("GET", f"/wp/v2/posts/{post_id}").status_code == 500  # no database
    assert up(state_dir) == own_site
    assert recorded_pids(state_dir)["mariadb"] != restarted["mariadb"]
    again = site.rest("GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})
    assert again.status_code == 200
    assert again.json()["title"]["raw"] == "Survivor"


def test_a_site_goes_when_its_owner_dies() -> None:
    owner = subprocess.Popen(["sleep", "600"])
    state_dir = make_state_dir()
    try:
        site = up(state_dir, owner=owner.pid)
        pids = recorded_pids(state_dir)
        processes = [_identity(pid) for pid in _group(pids["php"]) | {pids["mariadb"]}]
        assert _signed_in(site)

        owner.kill()
        owner.wait()
        deadline = time.monotonic() + 60
        while state_dir.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not state_dir.exists()
        assert [identity for identity in processes if _alive(identity)] == []
        assert all(listening[1] != _port(site) for listening in _listening())
    finally:
        owner.kill()
        owner.wait()
        discard(state_dir)
