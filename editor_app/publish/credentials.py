"""The only module that touches secrets: application passwords live in the system keyring.

When no secure keyring exists the password is kept in this process's memory only;
nothing here ever writes a secret to a file of its own.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import keyring.backend

# keyring is imported when a password is looked for there: ``qalam sync`` with QALAM_PASSWORD (scripts, the
# benchmark) and every command that never needs a password do without its ~2 MB and ~25 ms.

log = logging.getLogger(__name__)

SERVICE = "qalam"

# Backends that either store nothing or store secrets in a readable file.
_INSECURE = ("fail.Keyring", "null.Keyring", "PlaintextKeyring", "EncryptedKeyring", "Uncrypted")


@dataclass(frozen=True)
class BackendInfo:
    name: str
    secure: bool


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        backends = list(backend.backends)
        return bool(backends) and all(_is_secure(b) for b in backends)
    name = _backend_name(backend)
    if any(marker in name for marker in _INSECURE):
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def backend_info() -> BackendInfo:
    import keyring

    backend = keyring.get_keyring()
    return BackendInfo(name=_backend_name(backend), secure=_is_secure(backend))


# --- Application passwords -------------------------------------------------------------

ENV_PASSWORD = "QALAM_PASSWORD"

# Passwords kept for this process only when no secure keyring exists (never written anywhere).
_memory: dict[str, str] = {}


class Where(StrEnum):
    KEYRING = "keyring"
    MEMORY = "memory"
    ENVIRONMENT = "environment"


class Secret:
    """A password that never shows itself in a repr, a log line or a traceback."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)


def normalise_site(site_url: str) -> str:
    """The site part of a keyring key: scheme, host, port and path, lowercase host, no trailing slash."""
    parts = urlsplit(site_url.strip())
    host = (parts.hostname or "").lower()
    netloc = f"{host}:{parts.port}" if parts.port else host
    return f"{parts.scheme.lower()}://{netloc}{parts.path.rstrip('/')}"


def key_for(site_url: str, user: str) -> str:
    """One keyring entry per site and user (service ``qalam``)."""
    return f"{user}@{normalise_site(site_url)}"


def normalise_password(value: str) -> str:
    """WordPress shows application passwords in groups of four; the spaces are optional."""
    return "".join(value.split())


def store_password(site_url: str, user: str, password: str) -> Where:
    """Keep the password in the keyring; without a secure one, in this process's memory only."""
    key = key_for(site_url, user)
    password = normalise_password(password)
    if backend_info().secure:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, key, password)
        except KeyringError as exc:
            log.warning(
                "keyring refused the password for %s (%s); keeping it in memory", key, type(exc).__name__
            )
        else:
            _memory.pop(key, None)
            return Where.KEYRING
    _memory[key] = password
    return Where.MEMORY


def get_password(site_url: str, user: str) -> tuple[Secret, Where] | None:
    """``QALAM_PASSWORD`` when set, else the keyring, else this process's memory; None when unknown."""
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return Secret(normalise_password(env)), Where.ENVIRONMENT
    key = key_for(site_url, user)
    if key in _memory:
        return Secret(_memory[key]), Where.MEMORY
    if backend_info().secure:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, key)
        except KeyringError as exc:
            log.warning("keyring could not be read for %s (%s)", key, type(exc).__name__)
            return None
        if value:
            return Secret(value), Where.KEYRING
    return None


def delete_password(site_url: str, user: str) -> bool:
    """Forget the password wherever it is kept; True when something was removed."""
    key = key_for(site_url, user)
    removed = _memory.pop(key, None) is not None
    if backend_info().secure:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, key)
            removed = True
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            log.warning("keyring could not delete %s (%s)", key, type(exc).__name__)
    return removed


def in_keyring(site_url: str, user: str) -> bool:
    """Is a password for this site and user in the secure keyring (not the environment, not memory)?"""
    if not backend_info().secure:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        return bool(keyring.get_password(SERVICE, key_for(site_url, user)))
    except KeyringError as exc:
        log.warning("keyring could not be read (%s)", type(exc).__name__)
        return False


def forget_in_memory(site_url: str, user: str) -> None:
    _memory.pop(key_for(site_url, user), None)


def forget_memory() -> None:
    """Drop every in-memory password (tests; the app simply exits)."""
    _memory.clear()
