"""Writing a file so that it is either the old one or the whole new one, never half of either.

Every file Qalam writes (exports, backups, the recovery journal, house rules, word lists) goes to a
temporary file in the same folder, is flushed (and fsync'd where the data matters) and is then
renamed over the target. If anything fails on the way (a full disk, a read-only folder, an exception
in the code filling the file) the temporary file is removed, so no ``.part`` file is left behind,
and the old file, if there was one, is untouched.

Temporary names start with a dot and end with :data:`TEMP_SUFFIX` (``.qalam-<name>.<random>.part``);
:func:`remove_stale_temporaries` clears the ones a killed process left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".part"
TEMP_PREFIX = ".qalam-"
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def temporary_name(path: Path) -> Path:
    return path.with_name(f"{TEMP_PREFIX}{path.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create(path: Path, mode: int) -> tuple[Path, int]:
    """A new temporary file beside ``path``, open for writing: (its path, the descriptor)."""
    for _ in range(20):
        tmp = temporary_name(path)
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


@contextlib.contextmanager
def _replacing(tmp: Path, target: Path, fsync_dir: bool) -> Iterator[None]:
    """Once the block has filled ``tmp``: rename it over ``target`` (and make that durable with
    ``fsync_dir``); if anything fails, remove ``tmp`` and let the error through."""
    try:
        yield
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if fsync_dir:
        fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, mode: int = 0o666, fsync: bool = True,
                fsync_dir: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for the caller (or a library) to fill; renamed into place after.

    ``mode`` is masked by the umask (0o600 for private data). With ``fsync`` the temporary file's data
    reaches the disk before the rename; ``fsync_dir`` also makes the rename itself durable.
    """
    target = Path(path)
    tmp, fd = _create(target, mode)
    os.close(fd)
    with _replacing(tmp, target, fsync_dir):
        yield tmp
        if fsync:
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o666, fsync: bool = True,
                fsync_dir: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically; raises OSError (and leaves no temporary file) on failure.

    One open, the writes, one fsync and the rename: this is on the GUI thread for every autosave."""
    target = Path(path)
    tmp, fd = _create(target, mode)
    with _replacing(tmp, target, fsync_dir):
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)


def write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8", mode: int = 0o666,
               fsync: bool = True, fsync_dir: bool = False) -> None:
    write_bytes(path, text.encode(encoding), mode=mode, fsync=fsync, fsync_dir=fsync_dir)


def remove_stale_temporaries(folder: Path, *, older_than: float,
                             pattern: str = f"{TEMP_PREFIX}*{TEMP_SUFFIX}") -> int:
    """Delete temporary files a killed process left in ``folder``; young ones may still be in use."""
    removed = 0
    cutoff = time.time() - older_than
    try:
        candidates = list(folder.glob(pattern))
    except OSError:
        return 0
    for leftover in candidates:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed += 1
    return removed
