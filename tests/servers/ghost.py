"""A real Ghost on 127.0.0.1 for the Ghost target's tests.

Ghost comes from the npm registry (``ghost/install.sh``, once per machine, into
``~/.cache/newsroom-tests/ghost-<version>``; about three minutes and 600 MB) and runs
with SQLite, its development database, in a state directory of its own: :func:`up`
starts it on a free port, makes the owner, signs in and makes a custom integration,
whose Admin API key is what a Newsroom target is given; :func:`down` stops it.

The site never calls out: ``privacy__useTinfoil`` switches off its update checks and
other outbound calls, and mail goes nowhere. Its only listening socket is
``127.0.0.1:PORT``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

INSTALL_SH = Path(__file__).with_name("ghost") / "install.sh"
VERSION = "5.130.6"
#: ``install.sh`` exits with this when a tool it needs is missing.
MISSING_TOOLS = 3
OWNER_EMAIL = "owner@example.org"
OWNER_PASSWORD = "Newsroom-tests-2026!"
SITE_TITLE = "Newsroom Ghost Test Site"


class GhostError(RuntimeError):
    """Ghost could not be installed, started or set up; the message says why."""


@dataclass
class GhostSite:
    """One running site: its address, an integration's Admin API key, and a signed-in
    owner's session for what an integration may not do."""

    url: str
    admin_key: str
    state_dir: Path
    process: subprocess.Popen[bytes]
    session: httpx.Client

    @property
    def api(self) -> str:
        return f"{self.url}/ghost/api/admin"

    def admin(self, method: str, path: str, **kw: Any) -> Any:
        """A request as the signed-in owner (another writer on the site)."""
        response = self.session.request(method, f"{self.api}/{path.lstrip('/')}", **kw)
        if response.status_code >= 300:
            raise GhostError(f"{method} {path}: HTTP {response.status_code} {response.text[:300]}")
        return response.json() if "json" in response.headers.get("content-type", "") else {}


def install_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "newsroom-tests" / f"ghost-{VERSION}"


def install() -> Path:
    """Ghost's package folder, installed first if it is not yet."""
    where = install_dir()
    done = subprocess.run(
        ["bash", str(INSTALL_SH), str(where)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        hint = " Run scripts/bootstrap test." if done.returncode == MISSING_TOOLS else ""
        raise GhostError(f"Ghost could not be installed: {done.stderr.strip()[-800:]}{hint}")
    return where / "package"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def up(timeout: float = 120.0) -> GhostSite:
    """A new site: installed if needed, started, its owner and integration made."""
    package = install()
    state_dir = Path(tempfile.mkdtemp(prefix="newsroom-ghost-"))
    content = state_dir / "content"
    shutil.copytree(package / "content", content)
    for sub in ("data", "images", "logs", "settings", "files", "media"):
        (content / sub).mkdir(exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(state_dir),
        "NODE_ENV": "development",
        "url": url,
        "server__host": "127.0.0.1",
        "server__port": str(port),
        "database__client": "sqlite3",
        "database__connection__filename": str(content / "data" / "ghost.db"),
        "paths__contentPath": str(content),
        "privacy__useTinfoil": "true",
        "mail__transport": "stub",
        "logging__transports": '["stdout"]',
        "logging__level": "warn",
    }
    with (state_dir / "ghost.log").open("wb") as log:
        process = subprocess.Popen(
            ["node", "index.js"],
            cwd=package,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    session = httpx.Client(headers={"Origin": url}, trust_env=False, timeout=60.0)
    try:
        _wait(url, process, state_dir, timeout)
        key = _set_up(session, url)
    except BaseException:
        session.close()
        _stop(process)
        shutil.rmtree(state_dir, ignore_errors=True)
        raise
    return GhostSite(url, key, state_dir, process, session)


def _wait(url: str, process: subprocess.Popen[bytes], state_dir: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (state_dir / "ghost.log").read_text(errors="replace")[-2000:]
            raise GhostError(f"Ghost stopped while starting (exit {process.returncode}):\n{log}")
        try:
            answer = httpx.get(f"{url}/ghost/api/admin/site/", timeout=2.0, trust_env=False)
            if answer.status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise GhostError(f"Ghost did not answer on {url} within {timeout:.0f} s")


def _set_up(session: httpx.Client, url: str) -> str:
    api = f"{url}/ghost/api/admin"
    owner = {
        "name": "Site Owner",
        "email": OWNER_EMAIL,
        "password": OWNER_PASSWORD,
        "blogTitle": SITE_TITLE,
    }
    steps = [
        ("POST", "authentication/setup/", {"setup": [owner]}),
        ("POST", "session/", {"username": OWNER_EMAIL, "password": OWNER_PASSWORD}),
        ("POST", "integrations/?include=api_keys", {"integrations": [{"name": "Newsroom"}]}),
    ]
    answer: Any = None
    for method, path, body in steps:
        response = session.request(method, f"{api}/{path}", json=body)
        if response.status_code >= 300:
            raise GhostError(f"{path}: HTTP {response.status_code} {response.text[:300]}")
        json_answer = "json" in response.headers.get("content-type", "")
        answer = response.json() if json_answer else None
    keys = answer["integrations"][0]["api_keys"]
    admin = next(k for k in keys if k["type"] == "admin")
    # The answer gives the key as Settings › Integrations shows it, ``id:secret``.
    secret = str(admin["secret"])
    return secret if ":" in secret else f"{admin['id']}:{secret}"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def down(site: GhostSite, *, keep: bool = False) -> None:
    """Stop the site and remove its state (``keep``: leave it, to read its log)."""
    site.session.close()
    _stop(site.process)
    if not keep:
        shutil.rmtree(site.state_dir, ignore_errors=True)


def post_ids(site: GhostSite) -> set[str]:
    found = site.admin("GET", "posts/", params={"limit": "all", "fields": "id"})
    return {p["id"] for p in found["posts"]}


def tag_ids(site: GhostSite) -> set[str]:
    found = site.admin("GET", "tags/", params={"limit": "all", "fields": "id"})
    return {t["id"] for t in found["tags"]}


def clean(site: GhostSite, posts: set[str], tags: set[str]) -> None:
    """Remove the posts and tags made since ``posts`` and ``tags`` were read."""
    for post_id in post_ids(site) - posts:
        site.admin("DELETE", f"posts/{post_id}/")
    for tag_id in tag_ids(site) - tags:
        site.admin("DELETE", f"tags/{tag_id}/")


__all__ = ["GhostError", "GhostSite", "clean", "down", "install", "up"]
