"""Smoke test of a packaged Newsroom, the same on every OS; CI and tests/packaging run it.

    python packaging/smoke_test.py [--offscreen] APP [APP_ARGS...]

APP is the packaged command: ``/usr/bin/newsroom``, ``newsroom-cli.exe`` or
``Newsroom.app/Contents/MacOS/Newsroom``. In a fresh temporary directory it checks
``--version``; starts the window on a new library and waits for its preview to paint the
welcome article (``NEWSROOM_STARTUP_PROBE``, see startup_probe.py), which also times the
start; lists the library as JSON and exports the welcome article as HTML; imports
smoke/sample.md and exports it as HTML and Markdown. Standard library only: it runs with
any Python 3.11, outside the app's environment.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "smoke" / "sample.md"
SAMPLE_SLUG = "floods-close-the-rhine"
SAMPLE_HEADLINE = "Floods close the Rhine to barges"
TIMEOUT = 180  # a cold first start of QtWebEngine on a CI machine takes a while


def expected_version() -> str:
    """``__version__`` of the source tree, read without importing it."""
    text = (HERE.parent / "newsroom" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match, "newsroom/__init__.py has no __version__"
    return match.group(1)


class SmokeError(Exception):
    """The packaged app did not do what it should; the message says what."""


def app_environment(home: Path, *, offscreen: bool) -> dict[str, str]:
    """The environment of the packaged app: settings and default library kept in ``home``."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # nothing of a development setup
        env.pop(name, None)
    env.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium cannot sandbox itself as root
    return env


def run(app: Sequence[str], *args: str | Path, env: dict[str, str]) -> str:
    """``app args``; its standard output, or :class:`SmokeError` if it failed."""
    command = [*app, *map(str, args)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise SmokeError(f"{' '.join(command)} did not finish in {TIMEOUT} s") from exc
    if done.returncode != 0:
        raise SmokeError(
            f"{' '.join(command)} exited with {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


def start_window(
    app: Sequence[str], library: Path, env: dict[str, str]
) -> tuple[float, float, list[str]]:
    """Starts the window on ``library`` and waits until its preview has painted the
    article; the seconds from launching the process to an editable window and to the
    painted preview, and the spelling dictionaries the app found."""
    launched = time.perf_counter()  # the clock startup_probe prints, shared by processes
    out = run(app, "--library", library, env=dict(env, NEWSROOM_STARTUP_PROBE="1"))
    lines = out.splitlines()
    try:
        editable, painted = (float(v) - launched for v in lines[0].split())
        label, *languages = lines[1].split()
    except (ValueError, IndexError):  # not two numbers, then the dictionaries
        raise SmokeError(
            f"the window did not report a painted preview; it printed: {out!r}"
        ) from None
    if label != "spelling:":
        raise SmokeError(f"the window did not report its dictionaries; it printed: {out!r}")
    return editable, painted, languages


def smoke(app: Sequence[str], workdir: Path, *, offscreen: bool) -> list[str]:
    """Runs every check in ``workdir``; what it found, one line each. Raises SmokeError."""
    env = app_environment(workdir / "home", offscreen=offscreen)
    report = []
    version = run(app, "--version", env=env).strip()
    if version != f"Newsroom {expected_version()}":
        raise SmokeError(f"--version printed {version!r}, not “Newsroom {expected_version()}”")
    report.append(f"version: {version}")

    library = workdir / "Smoke.newsroom"
    editable, painted, languages = start_window(app, library, env)
    if not library.is_file():
        raise SmokeError(f"the window did not create the new library {library}")
    report.append(f"window: editable after {editable:.2f} s, preview painted after {painted:.2f} s")
    report.append(f"spelling dictionaries: {' '.join(languages) or 'none'}")

    articles = json.loads(run(app, "--library", library, "list", "--json", env=env))
    if len(articles) != 1:
        raise SmokeError(f"a new library should hold the welcome article alone: {articles}")
    welcome = articles[0]
    page = workdir / "welcome.html"
    run(app, "--library", library, "export", welcome["slug"], "-o", page, env=env)
    html = page.read_text(encoding="utf-8")
    if "<html" not in html or welcome["headline"] not in html:
        raise SmokeError(f"{page} is not the page of “{welcome['headline']}”")
    report.append(f"export: {welcome['slug']} -> {len(html)} characters of HTML")

    imported = run(app, "--library", library, "import", SAMPLE, env=env).split()
    if imported != [SAMPLE_SLUG]:
        raise SmokeError(f"importing {SAMPLE.name} printed {imported}, not {SAMPLE_SLUG}")
    markdown = run(app, "--library", library, "export", SAMPLE_SLUG, "--format", "md", env=env)
    page = workdir / "sample.html"
    run(app, "--library", library, "export", SAMPLE_SLUG, "-o", page, env=env)
    if SAMPLE_HEADLINE not in markdown or SAMPLE_HEADLINE not in page.read_text("utf-8"):
        raise SmokeError(f"the exports of {SAMPLE_SLUG} lack its headline")
    report.append(f"import and export: {SAMPLE_SLUG} as Markdown and HTML")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offscreen", action="store_true", help="QT_QPA_PLATFORM=offscreen")
    parser.add_argument("app", nargs=argparse.REMAINDER, help="the packaged command")
    args = parser.parse_args(argv)
    if not args.app:
        parser.error("name the packaged app to test")
    with tempfile.TemporaryDirectory(prefix="newsroom-smoke-") as tmp:
        try:
            for line in smoke(args.app, Path(tmp), offscreen=args.offscreen):
                print(f"smoke: {line}")
        except SmokeError as exc:
            print(f"smoke: FAILED: {exc}", file=sys.stderr)
            return 1
    print("smoke: the packaged app works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
