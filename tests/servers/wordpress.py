"""A real WordPress on 127.0.0.1 for the publishing tests.

The site is Debian's own WordPress (``scripts/bootstrap test`` installs it) with a private
MariaDB and ``php -S``, all kept in one state directory and driven by
``wordpress/site.sh``: :func:`up` creates or restarts a site there, :func:`down` stops
exactly the processes it recorded. As root the daemons run as ``mysql`` and ``www-data``,
so the state directory must be reachable by them (:func:`make_state_dir` makes one that
is); as any other user they run as that user.

The site: WordPress 6.1 as Debian ships it, freshly installed, with one administrator
(``admin``) and an Application Password (``WP_ENVIRONMENT_TYPE=local`` makes those work
over plain http); the site time zone is Europe/Brussels, so ``date`` and ``date_gmt``
differ; pretty permalinks (``/wp-json/…``, ``/%postname%/``); ``WP_HTTP_BLOCK_EXTERNAL``,
so it never calls the internet; uploads up to 64 MB. Its only listening socket is
``127.0.0.1:PORT``; MariaDB has none (``--skip-networking``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

SITE_SH = Path(__file__).with_name("wordpress") / "site.sh"
#: Plugins a test may switch on for a while (:meth:`WordPressSite.plugin`).
PLUGINS = SITE_SH.parent

#: ``site.sh`` exits with this when the Debian packages are not installed.
MISSING_PACKAGES = 3

BOOTSTRAP_HINT = (
    "WordPress is not installed on this machine, so the publishing tests cannot run a real "
    "site. Run scripts/bootstrap test (it installs Debian's wordpress, mariadb-server and "
    "php packages), then run the tests again."
)


class WordPressError(RuntimeError):
    """The site could not be started or stopped; the message says why."""


class WordPressMissing(WordPressError):
    """The Debian packages are not installed (run ``scripts/bootstrap test``)."""


@dataclass(frozen=True)
class WordPressSite:
    """One running test site and the administrator's credentials.

    ``app_password`` is an Application Password (with the spaces WordPress shows);
    ``admin_password`` is the login password, which WordPress refuses over Basic auth.
    """

    url: str
    username: str
    app_password: str
    admin_password: str
    state_dir: Path

    @property
    def api(self) -> str:
        """The REST root, ``…/wp-json``."""
        return f"{self.url}/wp-json"

    def rest(
        self,
        method: str,
        path: str,
        *,
        auth: tuple[str, str] | None = None,
        anonymous: bool = False,
        **kw: Any,
    ) -> httpx.Response:
        """One REST request, as the administrator by default.

        ``path`` is relative to the REST root (``/wp/v2/posts``) or a full URL; ``auth``
        overrides the credentials, ``anonymous=True`` sends none; ``kw`` goes to
        :func:`httpx.request` (``json=``, ``params=``, ``content=``, ``headers=`` …).
        Nothing is raised for an error status: the test looks at the response.
        """
        url = path if path.startswith(("http://", "https://")) else self.api + path
        credentials = None if anonymous else (auth or (self.username, self.app_password))
        kw.setdefault("timeout", 60.0)
        # trust_env=False: a proxy from the environment must never see loopback requests
        return httpx.request(method, url, auth=credentials, trust_env=False, **kw)

    @property
    def mu_plugins(self) -> Path:
        """The site's must-use plugins folder: a PHP file put there runs on the next
        request, and stops running once it is removed."""
        return self.state_dir / "www" / "wp-content" / "mu-plugins"

    @contextmanager
    def plugin(self, name: str) -> Iterator[Path]:
        """Run one of the plugins of ``wordpress/`` (``seo-fields``) as a must-use plugin
        for the duration of the ``with`` block."""
        self.mu_plugins.mkdir(parents=True, exist_ok=True)
        path = self.mu_plugins / f"newsroom-{name}.php"
        shutil.copyfile(PLUGINS / f"{name}.php", path)
        path.chmod(0o644)
        try:
            yield path
        finally:
            path.unlink(missing_ok=True)

    def new_app_password(self, name: str) -> str:
        """A new Application Password for the administrator (as WordPress shows it)."""
        response = self.rest("POST", "/wp/v2/users/me/application-passwords", json={"name": name})
        response.raise_for_status()
        return str(response.json()["password"])


def make_state_dir() -> Path:
    """A fresh, empty state directory the daemon users can reach.

    pytest's ``tmp_path`` lives under a private (0700) directory that ``mysql`` and
    ``www-data`` cannot enter, so the site gets its own temporary directory.
    """
    path = Path(tempfile.mkdtemp(prefix="newsroom-wordpress-"))
    path.chmod(0o755)
    return path


def remove_state_dir(state_dir: Path) -> None:
    """Delete a state directory (stop its site first with :func:`down`)."""
    shutil.rmtree(state_dir, ignore_errors=True)


def discard(state_dir: Path, *, keep: bool = False) -> None:
    """Stop the site and delete its state directory (unless ``keep``, to read its logs)."""
    try:
        down(state_dir)
    finally:
        if not keep:
            remove_state_dir(state_dir)


def _site_sh(
    action: str, state_dir: Path, timeout: float, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SITE_SH), action, str(state_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def _log_tail(state_dir: Path, lines: int = 15) -> str:
    parts = []
    for log in (
        state_dir / "log" / "install.log",
        state_dir / "log" / "php-server.log",
        state_dir / "mysql" / "error.log",
    ):
        try:
            text = log.read_text(errors="replace").strip()
        except OSError:
            continue
        if text:
            parts.append(f"--- {log} ---\n" + "\n".join(text.splitlines()[-lines:]))
    return "\n".join(parts)


def up(state_dir: Path, *, owner: int | None = None, timeout: float = 180.0) -> WordPressSite:
    """Start the site in ``state_dir``, creating it on first use, and return it.

    Running again on a live site changes nothing; after a crash of either daemon it
    restarts what is missing, on the same port when that is still free. With ``owner``
    (a PID, usually ``os.getpid()``), a watcher stops the site and deletes ``state_dir``
    once that process is gone without calling :func:`down`, e.g. killed with SIGKILL.
    """
    extra = ("--owner", str(owner)) if owner is not None else ()
    done = _site_sh("up", state_dir, timeout, *extra)
    if done.returncode == MISSING_PACKAGES:
        raise WordPressMissing(f"{BOOTSTRAP_HINT}\n{done.stderr.strip()}")
    if done.returncode != 0:
        raise WordPressError(
            f"The WordPress test site in {state_dir} did not start:\n"
            f"{done.stderr.strip()}\n{_log_tail(state_dir)}"
        )
    return read_site(state_dir)


def read_site(state_dir: Path) -> WordPressSite:
    """The site recorded in ``state_dir/site.json`` (written by :func:`up`)."""
    data = json.loads((state_dir / "site.json").read_text())
    return WordPressSite(
        url=data["url"],
        username=data["username"],
        app_password=data["app_password"],
        admin_password=data["admin_password"],
        state_dir=state_dir,
    )


def down(state_dir: Path, timeout: float = 120.0) -> None:
    """Stop the site in ``state_dir``: only the processes ``up`` recorded (and php -S
    workers of this very site); MariaDB gets a clean shutdown. Harmless when stopped."""
    done = _site_sh("down", state_dir, timeout)
    if done.returncode != 0:
        raise WordPressError(
            f"The WordPress test site in {state_dir} did not stop:\n{done.stderr.strip()}"
        )


def recorded_pids(state_dir: Path) -> dict[str, int]:
    """The live daemons of the site: ``{"mariadb": pid, "php": pid}`` for those running."""
    done = _site_sh("status", state_dir, 30.0)
    pids = {}
    for line in done.stdout.splitlines():
        name, state, *rest = line.split()
        if state == "running" and rest:
            pids[name] = int(rest[0])
    return pids


#: Collections a test may add to, with the query that lists every item in them.
_COLLECTIONS: tuple[tuple[str, dict[str, str]], ...] = (
    ("posts", {"status": "publish,future,draft,pending,private,trash"}),
    ("pages", {"status": "publish,future,draft,pending,private,trash"}),
    ("media", {}),
    ("categories", {"hide_empty": "false"}),
    ("tags", {"hide_empty": "false"}),
    ("users", {"context": "edit"}),
)


@dataclass(frozen=True)
class Snapshot:
    """What a site held before a test: item ids, application passwords, settings."""

    ids: dict[str, frozenset[int]]
    app_passwords: frozenset[str]
    settings: dict[str, Any]


def _ids(site: WordPressSite, collection: str, query: dict[str, str]) -> frozenset[int]:
    ids: set[int] = set()
    page = 1
    while True:
        params = {**query, "per_page": "100", "page": str(page), "_fields": "id"}
        response = site.rest("GET", f"/wp/v2/{collection}", params=params)
        response.raise_for_status()
        ids.update(int(item["id"]) for item in response.json())
        if page >= int(response.headers.get("X-WP-TotalPages", "1")):
            return frozenset(ids)
        page += 1


def _app_passwords(site: WordPressSite) -> frozenset[str]:
    response = site.rest("GET", "/wp/v2/users/me/application-passwords")
    response.raise_for_status()
    return frozenset(str(item["uuid"]) for item in response.json())


def _settings(site: WordPressSite) -> dict[str, Any]:
    response = site.rest("GET", "/wp/v2/settings")
    response.raise_for_status()
    return dict(response.json())


def snapshot(site: WordPressSite) -> Snapshot:
    """Remember what the site holds now, for :func:`restore`."""
    return Snapshot(
        ids={name: _ids(site, name, query) for name, query in _COLLECTIONS},
        app_passwords=_app_passwords(site),
        settings=_settings(site),
    )


def restore(site: WordPressSite, before: Snapshot) -> list[str]:
    """Delete what was added since ``before`` and put changed settings back.

    Returns what could not be undone (empty when all went well). Posts go first, for good
    (``force``), with their revisions; users' posts go to the administrator.
    """
    failures = []
    for name, query in _COLLECTIONS:
        extra = {"reassign": "1"} if name == "users" else {}
        for item in sorted(_ids(site, name, query) - before.ids[name]):
            response = site.rest(
                "DELETE", f"/wp/v2/{name}/{item}", params={"force": "true", **extra}
            )
            # 404/410: gone already (the test deleted it, or it went with its post)
            if response.status_code not in (200, 404, 410):
                failures.append(f"{name}/{item}: {response.status_code} {response.text[:200]}")
    for uuid in sorted(_app_passwords(site) - before.app_passwords):
        response = site.rest("DELETE", f"/wp/v2/users/me/application-passwords/{uuid}")
        if response.status_code not in (200, 404):
            failures.append(f"application password {uuid}: {response.status_code}")
    now = _settings(site)
    changed = {key: value for key, value in before.settings.items() if now.get(key) != value}
    if changed:
        response = site.rest("POST", "/wp/v2/settings", json=changed)
        if response.status_code != 200:
            failures.append(f"settings {sorted(changed)}: {response.status_code}")
    return failures
