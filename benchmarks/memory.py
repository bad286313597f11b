"""Memory of the whole app with a 20,000-word article open after typing.

Starts the app as a person would, in a window of its own on a virtual X display
(Xvfb, 1440x900), on a fresh library whose only article is a 20,000-word long read
(benchmarks/preview.py's), which the window opens. Once the window and its preview
have settled, it types a sentence into the editor with xdotool (real X key events,
through the window's own focus), waits for the autosave and the preview to settle
again, then sums the proportional set size (PSS: each shared page counted once,
shared out between its processes) from /proc/PID/smaps_rollup over the app's process
tree: the app itself and QtWebEngine's processes (GPU, renderer, utility, zygotes).
The typing is checked afterwards: the library must hold the typed text.

    .venv/bin/python benchmarks/memory.py                  # the source tree
    .venv/bin/python benchmarks/memory.py --command "/usr/bin/newsroom"

``--command`` is any command line that starts the app (given ``--library`` and the
library, or the library in place of ``{library}``); the default is the source
tree's ``newsroom`` command. Needs Linux, Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from preview import article_text  # noqa: E402

TARGET_MB = 250
GHOSTWRITER_MB = 260  # the same article in ghostwriter 2, for comparison
WORDS = int(os.environ.get("WORDS", "20000"))
TYPED = "Typed while the memory was measured. "
HEADLINE = f"A long read of {WORDS} words"


def start_display() -> tuple[subprocess.Popen[bytes], str]:
    """A fresh Xvfb on a free display number: the process and its DISPLAY."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        sys.exit("Xvfb did not start")
    return xvfb, f":{number}"


def xdotool(*args: str, env: dict[str, str], timeout: float = 30) -> str:
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    return done.stdout.strip()


def process_tree(root: int) -> list[int]:
    """``root`` and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def kind(pid: int) -> str:
    """QtWebEngine's ``--type`` of the process, or "" if it has none."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return ""
    types = [a.decode().split("=", 1)[1] for a in args if a.startswith(b"--type=")]
    return types[0] if types else ""


def describe(pid: int, tree: list[int]) -> str:
    """The process's name and its part. A renderer is forked from a zygote without a
    command line of its own: a zygote's child is a renderer."""
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return "?"
    part = kind(pid)
    if part == "zygote" and parent in tree and kind(parent) == "zygote":
        part = "renderer"
    return f"{name} ({part})" if part else name


def rollup(pid: int) -> dict[str, int]:
    """The kB figures of /proc/PID/smaps_rollup."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, value = line.split(":", 1)
        figures[key] = int(value.split()[0])
    return figures


def wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--command", help="the command line that starts the app (see above)")
    parser.add_argument(
        "--settle", type=float, default=4.0, help="seconds to let the app settle (default 4)"
    )
    options = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed (apt install xvfb xdotool)")

    from newsroom.core.library import open_library
    from newsroom.core.model import Article

    xvfb, display = start_display()
    app: subprocess.Popen[bytes] | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "Memory.newsroom"
            with open_library(path) as library:  # the most recent article opens first
                article_id = library.create_article(
                    Article(headline=HEADLINE, body=article_text(WORDS))
                ).id
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
            env["HOME"] = str(Path(tmp) / "home")
            for name in ("WAYLAND_DISPLAY", "NEWSROOM_STARTUP_PROBE"):
                env.pop(name, None)
            if os.geteuid() == 0:
                env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
            command = options.command or f"{shlex.quote(sys.executable)} -m newsroom"
            if "{library}" in command:
                args = shlex.split(command.replace("{library}", shlex.quote(str(path))))
            else:
                args = [*shlex.split(command), "--library", str(path)]
            app = subprocess.Popen(
                args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            window = xdotool("search", "--sync", "--name", HEADLINE, env=env, timeout=60)
            window = window.split()[0]

            def renderer_started() -> bool:
                tree = process_tree(app.pid)  # type: ignore[union-attr]
                return any("(renderer)" in describe(p, tree) for p in tree)

            wait_for(renderer_started, 60, "the preview's renderer process")
            time.sleep(options.settle)
            xdotool("windowfocus", window, env=env)
            time.sleep(0.3)
            # Into the text: the end of the first line (the editor starts at the top).
            xdotool("key", "--window", window, "ctrl+Home", "End", "Return", env=env)
            xdotool("type", "--delay", "60", TYPED, env=env, timeout=120)
            time.sleep(options.settle)  # the autosave (1 s) and the preview's update

            rows = []
            tree = process_tree(app.pid)
            for pid in tree:
                try:
                    rows.append((pid, describe(pid, tree), rollup(pid)))
                except OSError:
                    continue  # ended meanwhile
            app.send_signal(signal.SIGTERM)
            app.wait(30)
            with open_library(path, read_only=True) as library:
                typed = TYPED.strip() in library.article(article_id).body
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        xvfb.terminate()
        xvfb.wait()

    total = sum(r["Pss"] for _, _, r in rows) / 1024
    print(f"command: {command}")
    print(f"a {WORDS}-word article open, {len(TYPED)} keys typed (xdotool under Xvfb)")
    print("| process | PSS | of which anonymous | RSS |")
    print("|---|---|---|---|")
    for pid, name, figures in rows:
        print(
            f"| {pid} {name} | {figures['Pss'] / 1024:.1f} MB "
            f"| {figures.get('Pss_Anon', 0) / 1024:.1f} MB | {figures['Rss'] / 1024:.1f} MB |"
        )
    verdict = "met" if total <= TARGET_MB else "missed"
    print(
        f"| total, {len(rows)} processes | {total:.1f} MB | target ≤ {TARGET_MB} MB: {verdict} "
        f"| ghostwriter {GHOSTWRITER_MB} MB |"
    )
    if not typed:
        sys.exit("the typed text did not reach the library: the keys did not go in")


if __name__ == "__main__":
    main()
