"""SHA-256 without OpenSSL on the start path.

``hashlib`` loads OpenSSL's libcrypto when imported (about 3.5 MB of memory) although all Qalam
needs at start is SHA-256 of a draft or of a folder's path. CPython's built-in implementation gives
the same digests, a little slower (about 1 ms for a 20,000-word draft); ``random`` in the standard
library does the same for SHA-512. Elsewhere (publishing, imports) ``hashlib`` is fine.
"""

from __future__ import annotations

import importlib
from typing import Any


def _builtin_sha256() -> Any:
    for module in ("_sha256", "_sha2"):  # CPython 3.11, 3.12+
        try:
            return importlib.import_module(module).sha256
        except (ImportError, AttributeError):
            continue
    import hashlib  # another Python: the usual way

    return hashlib.sha256


_sha256 = _builtin_sha256()


def sha256_hex(data: bytes) -> str:
    return str(_sha256(data).hexdigest())
