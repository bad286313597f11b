"""The installed ``newsroom`` command in a real X11 window on Xvfb, driven by xdotool:
it opens its default library with the welcome article, takes typing, saves it into
the file and quits cleanly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/bootstrap test installs them)",
)


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(10)


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.stdout.strip()


def test_the_app_starts_on_its_default_library_and_saves_typing(
    display: str, tmp_path: Path
) -> None:
    env = dict(
        os.environ,
        DISPLAY=display,
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("QT_QPA_PLATFORM", None)  # a real window this time
    command = Path(sys.executable).with_name("newsroom")
    # A file, not a pipe: nobody reads a pipe while the app runs, and a full one
    # would block the app on its next warning.
    log = (tmp_path / "stderr.txt").open("w+b")
    app = subprocess.Popen([str(command)], env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        window = ""
        while not window and time.monotonic() < deadline:
            window = xdotool(
                display, "search", "--onlyvisible", "--name", "Welcome to Newsroom"
            ).split("\n")[0]
            time.sleep(0.3)
        assert window, "the window with the welcome article did not appear"
        library = tmp_path / "data" / "Newsroom" / "Library.newsroom"
        assert library.exists()
        # The preview is built once the window shows; adding the web view makes Qt
        # recreate the native window, so look it up again once that has happened.
        time.sleep(3)
        window = xdotool(display, "search", "--onlyvisible", "--name", "Welcome to Newsroom").split(
            "\n"
        )[-1]  # noqa: E501
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+End")
        xdotool(display, "type", "--delay", "15", "Typed in a real window.")
        typed_at = time.monotonic()
        body = ""
        while time.monotonic() - typed_at < 3:
            conn = sqlite3.connect(f"{library.as_uri()}?mode=ro", uri=True)
            body = conn.execute(
                "SELECT body FROM articles WHERE slug = 'welcome-to-newsroom'"
            ).fetchone()[0]  # noqa: E501
            conn.close()
            if "Typed in a real window." in body:
                break
            time.sleep(0.1)
        assert "Typed in a real window." in body
        xdotool(display, "key", "ctrl+q")
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        log.seek(0)
        output = log.read().decode(errors="replace")
        log.close()
    assert "Traceback" not in output, output[-3000:]
