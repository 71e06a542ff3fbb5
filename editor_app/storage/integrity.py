"""When the store's full ``PRAGMA integrity_check`` runs (issue 16): a schedule, not every open.

The full check reads every page and every index (58 ms at 10,000 drafts, growing with the file),
so it runs only when it is due:

* once a day (:data:`FULL_CHECK_EVERY`; the time of the last passed check is the modification time
  of ``integrity-checked`` in the data folder);
* after an unclean exit: every process that opens the store writes a marker
  ``running/<pid>-<random>`` and removes it when it closes the store; a marker whose process is
  gone means that process was killed or crashed with the store open;
* after SQLite reported the database damaged while it was in use (``integrity-check-needed``,
  written by :func:`flag_damaged`).

Other opens run ``PRAGMA quick_check`` (the GUI, commands that write) or nothing at all (read-only
commands that read with plain ``sqlite3``: they call :func:`check_due` and take the full
``DraftStore.open`` path only when it says a check is due).

This module is deliberately light (no SQLAlchemy, no Qt): the quick read paths import it.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

FULL_CHECK_EVERY = 24 * 3600.0  # seconds
STAMP = "integrity-checked"
FLAG = "integrity-check-needed"
RUNNING = "running"

# Reasons returned by check_due (for the log).
NEVER = "never checked"
DAILY = "daily"
UNCLEAN = "unclean exit"
DAMAGE_SEEN = "damage seen"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _marker_pid(marker: Path) -> int:
    try:
        return int(marker.name.split("-", 1)[0])
    except ValueError:
        return -1


def stale_markers(data_dir: Path) -> list[Path]:
    """Markers left by processes that no longer run: each is an unclean exit."""
    folder = data_dir / RUNNING
    try:
        markers = list(folder.iterdir())
    except OSError:
        return []
    return [m for m in markers if not _alive(_marker_pid(m))]


def check_due(data_dir: Path, *, now: float | None = None) -> str | None:
    """Why a full integrity check is due before using the store, or None when it is not (a few stats)."""
    if (data_dir / FLAG).exists():
        return DAMAGE_SEEN
    try:
        checked = (data_dir / STAMP).stat().st_mtime
    except OSError:
        return NEVER
    if (now if now is not None else time.time()) - checked >= FULL_CHECK_EVERY:
        return DAILY
    if stale_markers(data_dir):
        return UNCLEAN
    return None


def stamp_checked(data_dir: Path) -> None:
    """A full check passed: stamp the time, forget the flag and the markers of dead processes."""
    stamp = data_dir / STAMP
    with contextlib.suppress(OSError):
        fd = os.open(stamp, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        os.utime(stamp)
    with contextlib.suppress(OSError):
        (data_dir / FLAG).unlink()
    for marker in stale_markers(data_dir):
        with contextlib.suppress(OSError):
            marker.unlink()


def flag_damaged(data_dir: Path, detail: str = "") -> None:
    """SQLite said the open database is damaged: check (and salvage) it at the next open."""
    with contextlib.suppress(OSError):
        fd = os.open(data_dir / FLAG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, detail.encode("utf-8", "replace")[:1000])
        finally:
            os.close(fd)


def mark_open(data_dir: Path) -> Path | None:
    """This process has the store open (removed by :func:`mark_closed`); None if it cannot be written."""
    folder = data_dir / RUNNING
    marker = folder / f"{os.getpid()}-{os.urandom(4).hex()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except OSError:
        return None  # a full disk: the store still opens; only the unclean-exit check is lost
    return marker


def mark_closed(marker: Path | None) -> None:
    if marker is not None:
        with contextlib.suppress(OSError):
            marker.unlink()
