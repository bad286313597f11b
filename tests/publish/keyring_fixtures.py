"""A real Secret Service for the tests: a private D-Bus session bus and gnome-keyring.

:func:`secret_service` starts ``dbus-daemon`` and ``gnome-keyring-daemon`` (in the
foreground, so that this process owns them and can wait for them), unlocks a fresh
login keyring in a temporary folder, and stops both at the end: only the processes
it started. Nothing of the person running the tests is touched.

gnome-keyring makes the login keyring only when ``--unlock`` is given a password
that is not empty (an empty one leaves no default collection, and creating one then
needs a graphical prompt), so a throwaway password is fed on stdin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("dbus-daemon", "gnome-keyring-daemon")
#: A session bus that starts no service on demand: otherwise the first call to
#: org.freedesktop.secrets could start a second, locked gnome-keyring (and a
#: graphical prompter) before ours has taken the name.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass(frozen=True)
class SecretService:
    address: str
    #: The environment a child process needs to reach this Secret Service.
    env: dict[str, str]

    def lookup(self, service: str, username: str) -> str | None:
        """The secret as ``secret-tool`` (libsecret, not Python) sees it, or None."""
        done = subprocess.run(
            ["secret-tool", "lookup", "service", service, "username", username],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=30,
        )
        return done.stdout if done.returncode == 0 else None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def _wait_for_service(env: dict[str, str], timeout: float = 30.0) -> None:
    """Until gnome-keyring owns org.freedesktop.secrets and has made and unlocked its
    login collection. Only looks: asking for the default collection before it exists
    would make secretstorage try to create one, which needs a graphical prompt."""
    import secretstorage
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with open_dbus_connection(bus=env["DBUS_SESSION_BUS_ADDRESS"]) as connection:
                owned = connection.send_and_get_reply(
                    message_bus.NameHasOwner("org.freedesktop.secrets")
                ).body[0]
                if owned:
                    collection = secretstorage.Collection(connection)  # the default alias
                    if not collection.is_locked():
                        return
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(0.05)
    raise RuntimeError(f"gnome-keyring did not come up: {last}")


@contextmanager
def running_secret_service(folder: Path) -> Iterator[SecretService]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/bootstrap installs them)")
    runtime = folder / "run"
    runtime.mkdir(mode=0o700, parents=True)
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    keyring_daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(b"throwaway-test-keyring")
        keyring_daemon.stdin.close()
        _wait_for_service(env)
        yield SecretService(address, env)
    finally:
        if keyring_daemon is not None:
            _stop(keyring_daemon)
        _stop(bus)


@pytest.fixture
def secret_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService]:
    """A running gnome-keyring on a private bus, which this process's keyring now uses."""
    with running_secret_service(tmp_path_factory.mktemp("keyring")) as service:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
        yield service
