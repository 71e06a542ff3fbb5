"""The C heap of the GUI process (glibc): two arenas.

Opening a long article makes and drops a lot of short-lived memory on the runner's threads (the
parsed HTML, the block model, the spell check's words). glibc gives each thread that allocates at
the same time as another a heap of its own (up to 8 per core), so the runner's workers and Qt's
threads each keep freed memory apart: ~2 MB more resident at start (bench_startup). Two arenas are
plenty for one window. (A ``malloc_trim`` after the start gave nothing measurable on top.)
Elsewhere (another C library) nothing changes.
"""

from __future__ import annotations

import sys
from typing import Any

M_ARENA_MAX = -8  # glibc's mallopt() parameter


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None)
    except OSError:
        return None


def limit_arenas() -> None:
    """Call before any thread starts."""
    libc = _libc()
    try:
        libc.mallopt(M_ARENA_MAX, 2)
    except AttributeError:  # no libc, or not glibc
        pass
