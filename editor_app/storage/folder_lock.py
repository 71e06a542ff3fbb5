"""One window per data folder: an advisory lock on ``<data>/qalam-gui.lock`` holding the owner's pid.

The GUI takes it for as long as it runs; a second GUI that finds it taken hands over to the first
(gui/single_instance.py). ``flock`` locks belong to the open file and the kernel drops them when
the process ends, ``kill -9`` included, so a lock is never stale: a file left by a dead process is
simply locked again. The pid inside is for messages and for :func:`held_elsewhere`, which the
command line uses without locking anything (a GUI starting at that moment must never fail).

Command-line writes do not take this lock: they go through the store's transactions, and the GUI
never writes a stale copy over them (storage/saving.py).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

LOCK_NAME = "qalam-gui.lock"

_held_here: set[str] = set()  # lock files this process holds


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock (False: another live process has it). Raises OSError when the folder is unusable."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # at offset 0: nothing was read or written yet
        self._fd = fd
        _held_here.add(str(self.path.resolve()))
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)  # no pid left behind for held_elsewhere() to find
        os.close(self._fd)  # closing the file drops the lock
        self._fd = None
        _held_here.discard(str(self.path.resolve()))


def owner_pid(data_dir: Path) -> int | None:
    try:
        text = lock_path(data_dir).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return True


def held_elsewhere(data_dir: Path) -> bool:
    """Whether a live process other than this one holds the folder's GUI lock (a window is open)."""
    path = lock_path(data_dir)
    try:
        if str(path.resolve()) in _held_here:
            return False
    except OSError:
        return False
    pid = owner_pid(data_dir)
    return pid is not None and pid != os.getpid() and _alive(pid)
