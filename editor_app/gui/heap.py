"""The heaps of the GUI process: the C heap (glibc) with two arenas, and Python's cycle collector.

Opening a long article makes and drops a lot of short-lived memory on the runner's threads (the
parsed HTML, the block model, the spell check's words). glibc gives each thread that allocates at
the same time as another a heap of its own (up to 8 per core), so the runner's workers and Qt's
threads each keep freed memory apart: ~2 MB more resident at start (bench_startup). Two arenas are
plenty for one window. (A ``malloc_trim`` after the start gave nothing measurable on top.)
Elsewhere (another C library) nothing changes.

Python's cycle collector: the start creates a few hundred thousand objects that live as long as the
window (modules, classes, Qt wrappers; SQLAlchemy's when the draft store opens). Each full collection
walks all of them again: ~50 ms with the store open, a freeze of the window in the middle of whatever it
does (opening a draft, typing). So the collector is off during the start (114 small collections, ~16 ms,
saved) and what the start built is frozen (``gc.freeze``: left out of every later collection); again once
the draft store has opened. Cycles made after that are collected as usual.
"""

from __future__ import annotations

import gc
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
    """Call before the app's own threads start (gui/launch.py: once the window is shown)."""
    libc = _libc()
    try:
        libc.mallopt(M_ARENA_MAX, 2)
    except AttributeError:  # no libc, or not glibc
        pass


_managed = False  # the real start (launch.run_gui) manages the collector; tests building windows do not


def pause_collector() -> None:
    """At the start of the GUI: no cycle collection until :func:`keep_what_the_start_built`."""
    global _managed
    _managed = True
    gc.disable()


def keep_what_the_start_built() -> None:
    """Leave every object alive now out of future collections, and collect cycles made from now on.

    Called when the window has started (its late parts built) and when the draft store has opened; a
    second call only adds what came since. (Nothing is collected first: a full collection would cost the
    very pause this avoids; the few cycles already garbage stay, a few kilobytes.)
    """
    if _managed:
        gc.freeze()
        gc.enable()
