"""A target's secret (password, application password) kept in the OS keychain.

A small interface over :mod:`keyring`. A secret is keyed by the site and the user,
not by the library: the service is ``"Newsroom: <url>"`` and the user name is the
target's, so two libraries that publish to the same site as the same person share
one secret. Secrets are never written to the library, a config file or a log, and
no message or exception here ever holds one.

When the only keyring available keeps secrets in plain text (or not at all),
:class:`KeyringStore` refuses with :class:`WeakKeyringError` rather than fall back
silently; the app may then keep the secret in a :class:`SessionStore`, in memory
for this process only. :class:`Secrets` puts the two together and is what the app,
the command line and the outbox use.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING, Protocol

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from newsroom.core.publish.base import Target

SERVICE_PREFIX = "Newsroom: "

#: Backends that keep nothing, or keep it where anyone who reads the disk can read it.
_WEAK_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_WEAK_CLASS_WORDS = ("plaintext",)


class SecretError(NewsroomError):
    """A secret could not be stored, read or deleted; the message says why, never what."""


class WeakKeyringError(SecretError):
    """The only keyring available would keep the secret in plain text, or not at all."""

    def __init__(self, backend_name: str) -> None:
        self.backend_name = backend_name
        super().__init__(
            translate(
                "WeakKeyringError",
                "This computer has no safe password store (a keychain) that Newsroom can use, "
                "only “{backend}”, which would keep the password unprotected or not at all. "
                "Newsroom will not store it there. Set up the system keychain (on Linux, GNOME "
                "Keyring or KWallet), or keep the password for this session only.",
            ).format(backend=backend_name)
        )


def service_name(url: str) -> str:
    """The keychain entry's service for a target's site: one per site, across libraries."""
    return SERVICE_PREFIX + url.strip().rstrip("/")


def _key(target: Target) -> tuple[str, str]:
    return service_name(target.url), target.username or ""


def backend_name(backend: KeyringBackend) -> str:
    """A readable name for a keyring backend, e.g. ``SecretService Keyring``."""
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def is_weak(backend: KeyringBackend) -> bool:
    """True for a backend that keeps secrets in plain text, or keeps or gives nothing:
    ``fail``, ``null``, keyrings.alt's ``PlaintextKeyring``, and a chainer made only of
    those (or of nothing)."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        members = list(backend.backends)
        return all(is_weak(member) for member in members)
    cls = type(backend)
    if cls.__module__.startswith(_WEAK_MODULES):
        return True
    return any(word in cls.__name__.lower() for word in _WEAK_CLASS_WORDS)


def _reason(exc: BaseException, secret: str | None = None) -> str:
    """What went wrong, in the backend's words, with the secret removed if it shows up
    (never the error's class name: a backend that gave no words is said so)."""
    text = str(exc).strip() or translate("KeyringStore", "the keychain gave no reason")
    if secret:
        text = text.replace(secret, "•••")
    return text[:200]


class SecretStore(Protocol):
    """Where secrets are kept; ``persistent`` is False for one that forgets on exit."""

    persistent: bool

    def get(self, target: Target) -> str | None: ...

    def set(self, target: Target, secret: str) -> None: ...

    def delete(self, target: Target) -> None: ...


class KeyringStore:
    """The OS keychain through :mod:`keyring`; ``backend`` chosen by keyring unless given."""

    persistent = True

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._weak: bool | None = None

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def weak(self) -> bool:
        """Whether the backend is weak; found once (a chainer asks every backend)."""
        if self._weak is None:
            self._weak = is_weak(self.backend)
        return self._weak

    def require_strong(self) -> None:
        """Raise :class:`WeakKeyringError` unless the backend keeps secrets safely."""
        if self.weak:
            raise WeakKeyringError(backend_name(self.backend))

    def get(self, target: Target) -> str | None:
        """The stored secret, or None; a weak backend is not even read."""
        if self.weak:
            return None
        service, user = _key(target)
        try:
            return self.backend.get_password(service, user)
        except Exception as exc:  # keyring, secretstorage, D-Bus: all mean "not readable"
            raise SecretError(
                translate(
                    "KeyringStore",
                    "The password for “{name}” could not be read from the keychain ({reason}).",
                ).format(name=target.name, reason=_reason(exc))
            ) from None

    def set(self, target: Target, secret: str) -> None:
        """Store ``secret`` and read it back; raise :class:`SecretError` if it did not stick."""
        self.require_strong()
        service, user = _key(target)
        try:
            self.backend.set_password(service, user, secret)
            back = self.backend.get_password(service, user)
        except Exception as exc:
            raise SecretError(
                translate(
                    "KeyringStore",
                    "The password for “{name}” could not be stored in the keychain ({reason}).",
                ).format(name=target.name, reason=_reason(exc, secret))
            ) from None
        if back != secret:
            raise SecretError(
                translate(
                    "KeyringStore",
                    "The keychain did not keep the password for “{name}”: what it gave "
                    "back differs from what was stored. Nothing was saved; try again, or check "
                    "the system keychain.",
                ).format(name=target.name)
            )

    def delete(self, target: Target) -> None:
        """Forget the secret; one that is not there is not an error."""
        if self.weak:
            return
        from keyring.errors import PasswordDeleteError

        service, user = _key(target)
        try:
            self.backend.delete_password(service, user)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretError(
                translate(
                    "KeyringStore",
                    "The password for “{name}” could not be removed from the keychain ({reason}).",
                ).format(name=target.name, reason=_reason(exc))
            ) from None


class SessionStore:
    """Secrets kept in memory for this process only, when the keychain is not safe."""

    persistent = False

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()  # the outbox reads from its own thread

    def get(self, target: Target) -> str | None:
        with self._lock:
            return self._secrets.get(_key(target))

    def set(self, target: Target, secret: str) -> None:
        with self._lock:
            self._secrets[_key(target)] = secret

    def delete(self, target: Target) -> None:
        with self._lock:
            self._secrets.pop(_key(target), None)

    def __contains__(self, target: Target) -> bool:
        with self._lock:
            return _key(target) in self._secrets

    def __repr__(self) -> str:  # never the secrets themselves
        return f"<SessionStore: {len(self._secrets)} kept>"


class Secrets:
    """The keychain first, this session's store second: what the app, the command line
    and the outbox use to get, store and replace a target's secret."""

    def __init__(
        self, keychain: KeyringStore | None = None, session: SessionStore | None = None
    ) -> None:
        self.keychain = keychain if keychain is not None else KeyringStore()
        self.session = session if session is not None else SessionStore()

    @property
    def keychain_is_weak(self) -> bool:
        return self.keychain.weak

    def get(self, target: Target) -> str | None:
        """The secret kept for this session, else the keychain's, else None."""
        found = self.session.get(target)
        return found if found is not None else self.keychain.get(target)

    def store(self, target: Target, secret: str, *, session_only: bool = False) -> None:
        """Keep ``secret`` in the keychain (raises :class:`WeakKeyringError` on a weak
        one), or for this session only when ``session_only``."""
        if session_only:
            self.session.set(target, secret)
            return
        self.keychain.set(target, secret)
        self.session.delete(target)  # the keychain's copy is the one to use now

    def replace(self, target: Target, secret: str) -> None:
        """Replace the secret where it is kept now (after a 401 and a new password):
        this session's store if it holds one, the keychain otherwise."""
        self.store(target, secret, session_only=target in self.session)

    def is_session_only(self, target: Target) -> bool:
        return target in self.session

    def delete(self, target: Target) -> None:
        """Forget the secret everywhere."""
        self.session.delete(target)
        self.keychain.delete(target)


@cache
def default_secrets() -> Secrets:
    """The process's one :class:`Secrets`: the system keychain and this session's store.

    Made on first use (never at import), so the app's dialogs and the outbox share
    what the journalist chose to keep for this session."""
    return Secrets()
