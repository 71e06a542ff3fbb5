"""Integrity checks, rolling backups (SQLite online backup API) and restoring after corruption.

Backups are rotated per reason and kept within a size budget (:func:`backup_budget`); a backup is
not started when the disk has no room for it. Only SQLite's verdict that a file is damaged counts as
corruption: a full disk or an I/O error raises a StorageError and nothing is moved.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from editor_app.core import atomic_file
from editor_app.storage import errors

log = logging.getLogger(__name__)

BACKUP_PREFIX = "qalam-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_BACKUPS = {"scheduled": 6, "close": 4, "migrate": 3, "restore": 2, "manual": 4, "salvage": 2}
KEEP_DAILY = 7  # scheduled backups: beyond the newest few, the newest of each of the last 7 days
ALWAYS_KEEP = 2  # the size budget never removes the newest two backups
BACKUP_MARGIN = 1024 * 1024  # left free on the disk after a backup (the WAL and the journal need room)
BUDGET_FACTOR = 10  # backups may take up to this many times the database's size …
BUDGET_FLOOR = 64 * 1024 * 1024  # … or this much, whichever is more
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class IntegrityResult:
    ok: bool
    detail: str


def private_file(path: Path) -> None:
    """Owner read/write only (drafts are unpublished journalism)."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def check_readable(path: Path) -> IntegrityResult:
    """The lightest check: the header and the schema page parse (microseconds, for short-lived commands).

    Damage elsewhere is found when SQLite reads the damaged page (the store then flags itself for the
    full check: :func:`editor_app.storage.integrity.flag_damaged`) or by the daily full check."""
    return _checked(path, None)


def check_integrity(path: Path, *, quick: bool = False) -> IntegrityResult:
    """``PRAGMA integrity_check`` (or ``quick_check``) on ``path``, opened read-write so a leftover WAL
    is replayed.

    Not ok only on SQLite's verdict that the file is damaged (SQLITE_CORRUPT / SQLITE_NOTADB, or a
    check that does not answer "ok"). A file that cannot be read for another reason (a full disk, an
    I/O error, a lock, no permission) raises the matching :class:`~editor_app.storage.errors.StorageError`:
    it is not damaged and must not be moved aside.
    """
    if not path.exists():
        return IntegrityResult(True, "missing")
    return _checked(path, "quick_check" if quick else "integrity_check")


def _checked(path: Path, pragma: str | None) -> IntegrityResult:
    """Open ``path`` read-write (a leftover WAL is replayed), run ``pragma`` if given, read the schema.

    Only SQLite's damage verdict is "not ok"; any other failure raises the StorageError it is."""
    con: sqlite3.Connection | None = None
    rows: list[tuple[object, ...]] = [("ok",)]
    try:
        con = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=15)
        if pragma is not None:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if errors.is_corruption(exc):
            return IntegrityResult(False, str(exc))
        raise errors.classify(exc, path.parent) or exc from exc
    finally:
        if con is not None:
            con.close()
    if pragma is None:
        return IntegrityResult(True, "readable")
    detail = "; ".join(str(r[0]) for r in rows[:5])
    return IntegrityResult(rows == [("ok",)], detail)


def backup_budget(db_path: Path) -> int:
    """How many bytes the backups folder may hold: a multiple of the database's size, with a floor."""
    return max(BUDGET_FACTOR * backup_size_estimate(db_path), BUDGET_FLOOR)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_size_estimate(db_path: Path) -> int:
    """Bytes a backup of ``db_path`` may take: the file and its WAL (an upper bound)."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += db_path.with_name(db_path.name + suffix).stat().st_size
    return total


def ensure_room(folder: Path, needed: int) -> None:
    """Raise NoRoomForBackupError unless ``needed`` bytes (plus a margin) fit on ``folder``'s disk."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: try, and clean up if it fails
    want = needed + needed // 10 + BACKUP_MARGIN
    if free < want:
        raise errors.no_room_for_backup(folder, want, free)


def backup_database(src: sqlite3.Connection | Path, folder: Path, reason: str, *,
                    estimate: int | None = None, budget: int | None = None) -> Path:
    """Copy the live database with the online backup API into ``folder`` (0600), then rotate.

    The copy is written to a temporary file beside the final one and renamed when complete (fsync'd);
    a failure removes it. Nothing is started when the disk has no room for ``estimate`` bytes
    (:class:`~editor_app.storage.errors.NoRoomForBackupError`); other failures raise the matching
    StorageError. ``budget`` caps the total size of the folder's backups (see :func:`rotate`).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.classify(exc, folder) or exc from exc
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    if estimate is None and isinstance(src, Path):
        estimate = backup_size_estimate(src)
    ensure_room(folder, estimate or 0)
    final = folder / f"{BACKUP_PREFIX}{_stamp()}-{reason}{BACKUP_SUFFIX}"
    own = isinstance(src, Path)
    tmp_journal: Path | None = None
    try:
        with atomic_file.atomic_path(final, mode=0o600, fsync_dir=True) as tmp:
            tmp_journal = tmp.with_name(tmp.name + "-journal")
            source = sqlite3.connect(f"file:{src}?mode=ro", uri=True) if isinstance(src, Path) else src
            try:
                dest = sqlite3.connect(tmp)
                try:
                    source.backup(dest, pages=4096)
                    dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                finally:
                    dest.close()
            finally:
                if own:
                    source.close()
    except (OSError, sqlite3.Error) as exc:
        if tmp_journal is not None:
            with contextlib.suppress(OSError):
                tmp_journal.unlink()
        raise errors.classify(exc, folder) or exc from exc
    private_file(final)
    rotate(folder, reason, budget=budget)
    return final


def _reason(path: Path) -> str:
    stem = path.name[len(BACKUP_PREFIX): -len(BACKUP_SUFFIX)]
    return stem.split("-", 1)[1] if "-" in stem else ""


def list_backups(folder: Path) -> list[Path]:
    """Newest first (names sort by time)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path, reason: str, *, budget: int | None = None) -> None:
    """Keep the newest :data:`KEEP_BACKUPS` of ``reason`` (scheduled ones also one a day for a week),
    then drop the oldest backups until they all fit in ``budget`` bytes (the newest
    :data:`ALWAYS_KEEP` always stay)."""
    keep = KEEP_BACKUPS.get(reason, 4)
    same = [p for p in list_backups(folder) if _reason(p) == reason]
    daily_seen: set[str] = set()
    for index, old in enumerate(same):
        day = old.name[len(BACKUP_PREFIX): len(BACKUP_PREFIX) + 8]
        if index < keep:
            daily_seen.add(day)
            continue
        if reason == "scheduled" and day not in daily_seen and len(daily_seen) < KEEP_DAILY:
            daily_seen.add(day)  # the newest of an older day stays, for a week of days
            continue
        old.unlink(missing_ok=True)
    if budget is not None:
        total = 0
        for index, path in enumerate(list_backups(folder)):
            try:
                size = path.stat().st_size
            except OSError:
                continue
            total += size
            if total > budget and index >= ALWAYS_KEEP:
                path.unlink(missing_ok=True)
                total -= size
    # Copies left half-done by a crash. Only old ones: another Qalam process (the GUI while a `qalam`
    # command runs) may be writing its own backup into this folder right now.
    atomic_file.remove_stale_temporaries(folder, older_than=3600, pattern="*.part")
    atomic_file.remove_stale_temporaries(folder, older_than=3600, pattern="*.part-journal")


def newest_good_backup(folder: Path) -> Path | None:
    for candidate in list_backups(folder):
        try:
            if check_integrity(candidate).ok:
                return candidate
        except errors.StorageError as exc:  # unreadable just now: try an older one
            log.warning("backup %s cannot be read: %s", candidate, exc)
            continue
        log.warning("backup %s fails the integrity check; trying an older one", candidate)
    return None


def quarantine(db_path: Path, damaged_dir: Path) -> Path:
    """Move the database and its WAL/SHM files aside; returns the new path of the main file."""
    damaged_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        damaged_dir.chmod(0o700)
    target = damaged_dir / f"{db_path.stem}-damaged-{_stamp()}{db_path.suffix}"
    if db_path.exists():
        shutil.move(str(db_path), target)
        private_file(target)
    for side in SIDE_FILES:
        extra = db_path.with_name(db_path.name + side)
        if extra.exists():
            shutil.move(str(extra), target.with_name(target.name + side))
    return target


def copy_database(source_path: Path, dest: Path) -> None:
    """Copy a database file into ``dest`` (an empty or new file) with the backup API."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


PENDING_SUFFIX = ".salvage-pending"


def mark_salvage_pending(damaged: Path) -> None:
    """What ``damaged`` still holds is still to be merged into the store (survives a failed attempt)."""
    fd = os.open(damaged.with_name(damaged.name + PENDING_SUFFIX), os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


def pending_salvages(damaged_dir: Path) -> list[Path]:
    """Markers of damaged files not yet merged, oldest first."""
    try:
        return sorted(damaged_dir.glob(f"*{PENDING_SUFFIX}"))
    except OSError:
        return []
