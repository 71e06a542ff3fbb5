"""The only module that touches secrets: application passwords live in the system keyring.

When no secure keyring exists the password is kept in this process's memory only;
nothing here ever writes a secret to a file of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.backends import chainer

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
    if isinstance(backend, chainer.ChainerBackend):
        backends = list(backend.backends)
        return bool(backends) and all(_is_secure(b) for b in backends)
    name = _backend_name(backend)
    if any(marker in name for marker in _INSECURE):
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def backend_info() -> BackendInfo:
    backend = keyring.get_keyring()
    return BackendInfo(name=_backend_name(backend), secure=_is_secure(backend))
