"""Targets' secrets in a real Secret Service (gnome-keyring on a private bus), weak
keyrings refused, and the session-only store."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService as secret_service_backend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring_fixtures import SecretService, running_secret_service

from newsroom.core.library import open_library
from newsroom.core.publish import kinds
from newsroom.core.publish.base import Target
from newsroom.core.publish.secrets import (
    KeyringStore,
    SecretError,
    Secrets,
    SessionStore,
    WeakKeyringError,
    default_secrets,
    is_weak,
    service_name,
)
from newsroom.core.publish.targets import add_target

SITE = "https://news.example.org"


@pytest.fixture
def keychain_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService]:
    with running_secret_service(tmp_path_factory.mktemp("keyring")) as service:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
        yield service


@pytest.fixture
def keychain(keychain_service: SecretService) -> KeyringStore:
    return KeyringStore(secret_service_backend.Keyring())


def secret() -> str:
    return f"app-pw {uuid.uuid4().hex}"


def target(url: str = SITE, user: str | None = "ada", name: str = "Website", id: int = 1) -> Target:
    return Target(id=id, name=name, kind=kinds.WORDPRESS, url=url, username=user)


class PlaintextKeyring(KeyringBackend):
    """A real plain-text keyring, as keyrings.alt's: the passwords in a file, readable."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def set_password(self, service: str, username: str, password: str) -> None:
        with self.path.open("a", encoding="utf-8") as file:
            file.write(f"{service}\t{username}\t{password}\n")

    def get_password(self, service: str, username: str) -> str | None:
        if not self.path.exists():
            return None
        for line in self.path.read_text(encoding="utf-8").splitlines():
            s, u, p = line.split("\t")
            if (s, u) == (service, username):
                return p
        return None

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


class ForgetfulKeyring(KeyringBackend):
    """A keychain that mangles what it keeps: reading back must catch it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password[:8]

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


# -- the real Secret Service -------------------------------------------------------------
def test_a_secret_round_trips_through_the_secret_service(
    keychain: KeyringStore, keychain_service: SecretService
) -> None:
    assert not keychain.weak
    pw = secret()
    keychain.set(target(), pw)
    assert keychain.get(target()) == pw
    # libsecret's own tool, not Python, finds it under the site and the user.
    assert keychain_service.lookup(f"Newsroom: {SITE}", "ada") == pw
    assert keychain_service.lookup(f"Newsroom: {SITE}", "bob") is None

    replaced = secret()
    keychain.set(target(), replaced)
    assert keychain.get(target()) == replaced
    assert keychain_service.lookup(f"Newsroom: {SITE}", "ada") == replaced

    keychain.delete(target())
    assert keychain.get(target()) is None
    assert keychain_service.lookup(f"Newsroom: {SITE}", "ada") is None
    keychain.delete(target())  # already gone: not an error


def test_one_site_and_user_share_one_secret_across_libraries(
    keychain: KeyringStore, tmp_path: Path
) -> None:
    with open_library(tmp_path / "A.newsroom") as a, open_library(tmp_path / "B.newsroom") as b:
        in_a = add_target(a, "Website", "wordpress", SITE + "/", "ada")
        in_b = add_target(b, "Our site", "wordpress", SITE, "ada")
        other_user = add_target(b, "As Bob", "wordpress", SITE, "bob")
    pw = secret()
    keychain.set(in_a, pw)
    assert keychain.get(in_b) == pw
    assert keychain.get(other_user) is None
    assert service_name(SITE + "/") == service_name(SITE) == f"Newsroom: {SITE}"


def test_the_secret_never_reaches_the_library_file(keychain: KeyringStore, tmp_path: Path) -> None:
    path = tmp_path / "Desk.newsroom"
    pw = secret()
    with open_library(path) as library:
        site = add_target(library, "Website", "wordpress", SITE, "ada")
        Secrets(keychain).store(site, pw)
        assert Secrets(keychain).get(site) == pw
        files = [path, *path.parent.glob(path.name + "-*")]
        assert any(f.stat().st_size for f in files)
        for file in files:  # the library, its WAL and shared memory, while open
            assert pw.encode() not in file.read_bytes()
    assert pw.encode() not in path.read_bytes()
    assert b"ada" in path.read_bytes()  # the grep does look at the right file


def test_a_keychain_that_cannot_be_reached_fails_clearly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    store = KeyringStore(secret_service_backend.Keyring())
    pw = secret()
    with pytest.raises(SecretError) as caught:
        store.set(target(), pw)
    assert "could not be stored in the keychain" in str(caught.value)
    assert pw not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(SecretError, match="could not be read"):
        store.get(target())


def test_a_keychain_that_does_not_keep_the_secret_is_caught_on_reading_back() -> None:
    store = KeyringStore(ForgetfulKeyring())
    pw = secret()
    with pytest.raises(SecretError) as caught:
        store.set(target(), pw)
    assert "differs from what was stored" in str(caught.value)
    assert pw not in str(caught.value) and pw[:8] not in str(caught.value)


# -- weak keyrings -----------------------------------------------------------------------
class OnlyWeak(ChainerBackend):
    backends = [null.Keyring(), fail.Keyring()]  # type: ignore[assignment]


class Empty(ChainerBackend):
    backends = []  # type: ignore[assignment]


@pytest.mark.parametrize(
    "backend",
    [null.Keyring(), fail.Keyring(), OnlyWeak(), Empty()],
    ids=["null", "fail", "chainer-of-weak", "empty-chainer"],
)
def test_weak_keyrings_are_refused(backend: KeyringBackend) -> None:
    store = KeyringStore(backend)
    assert store.weak
    pw = secret()
    with pytest.raises(WeakKeyringError) as caught:
        store.set(target(), pw)
    message = str(caught.value)
    assert "no safe password store" in message and "for this session only" in message
    assert pw not in message
    assert store.get(target()) is None


def test_a_plaintext_keyring_is_refused_and_gets_nothing(tmp_path: Path) -> None:
    file = tmp_path / "keyring_pass.cfg"
    store = KeyringStore(PlaintextKeyring(file))
    assert store.weak
    with pytest.raises(WeakKeyringError, match="unprotected"):
        store.set(target(), secret())
    assert not file.exists()


def test_a_chainer_with_a_real_keychain_is_strong(keychain_service: SecretService) -> None:
    class WithSecretService(ChainerBackend):
        backends = [secret_service_backend.Keyring(), null.Keyring()]  # type: ignore[assignment]

    assert not is_weak(WithSecretService())
    assert not is_weak(secret_service_backend.Keyring())


# -- the session-only store --------------------------------------------------------------
def test_session_only_when_the_keychain_is_weak() -> None:
    secrets = Secrets(KeyringStore(null.Keyring()))
    assert secrets.keychain_is_weak
    pw = secret()
    with pytest.raises(WeakKeyringError):
        secrets.store(target(), pw)
    assert secrets.get(target()) is None

    secrets.store(target(), pw, session_only=True)
    assert secrets.get(target()) == pw
    assert secrets.is_session_only(target())
    assert pw not in repr(secrets.session)

    # After a 401, the new secret replaces the old one where it is kept: the session.
    new = secret()
    secrets.replace(target(), new)
    assert secrets.get(target()) == new

    # Another process (another Secrets) has nothing: it was for this session only.
    assert Secrets(KeyringStore(null.Keyring())).get(target()) is None
    secrets.delete(target())
    assert secrets.get(target()) is None


def test_session_and_keychain_together(keychain: KeyringStore) -> None:
    secrets = Secrets(keychain, SessionStore())
    first, second, third = secret(), secret(), secret()
    secrets.store(target(), first, session_only=True)
    assert secrets.get(target()) == first
    assert keychain.get(target()) is None  # session-only stays out of the keychain

    secrets.store(target(), second)  # now the keychain works: it takes over
    assert not secrets.is_session_only(target())
    assert secrets.get(target()) == second == keychain.get(target())

    secrets.replace(target(), third)
    assert keychain.get(target()) == third

    secrets.delete(target())
    assert secrets.get(target()) is None and keychain.get(target()) is None


def test_the_default_secrets_are_one_per_process_and_made_on_first_use() -> None:
    assert default_secrets() is default_secrets()
    assert isinstance(default_secrets().session, SessionStore)
