"""Integrity checks, rolling backups (SQLite online backup API) and restoring after corruption."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

BACKUP_PREFIX = "qalam-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_BACKUPS = {"scheduled": 6, "close": 4, "migrate": 3, "restore": 2, "manual": 4}
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class IntegrityResult:
    ok: bool
    detail: str


def private_file(path: Path) -> None:
    """Owner read/write only (drafts are unpublished journalism)."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def _raise_unless_damaged(exc: sqlite3.Error, path: Path) -> None:
    """A database that is locked, read-only or on a failing disk could not be *checked*: that is not
    corruption, and the healthy file must not be moved aside. Raise what it is instead."""
    from editor_app.storage.errors import classify, is_corruption

    if is_corruption(exc):
        return
    found = classify(exc, path.parent)
    if found is not None:
        raise found from exc


def check_integrity(path: Path, *, quick: bool = False) -> IntegrityResult:
    """``PRAGMA integrity_check`` on ``path`` (opened read-write so a leftover WAL is replayed)."""
    if not path.exists():
        return IntegrityResult(True, "missing")
    try:
        con = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=15)
    except sqlite3.Error as exc:
        _raise_unless_damaged(exc, path)
        return IntegrityResult(False, str(exc))
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        _raise_unless_damaged(exc, path)
        return IntegrityResult(False, str(exc))
    finally:
        con.close()
    detail = "; ".join(str(r[0]) for r in rows[:5])
    return IntegrityResult(rows == [("ok",)], detail)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_database(src: sqlite3.Connection | Path, folder: Path, reason: str) -> Path:
    """Copy the live database with the online backup API into ``folder`` (0600), then rotate."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    final = folder / f"{BACKUP_PREFIX}{_stamp()}-{reason}{BACKUP_SUFFIX}"
    tmp = final.with_name(f"{final.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    own = isinstance(src, Path)
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
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    private_file(final)
    rotate(folder, reason)
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


def rotate(folder: Path, reason: str) -> None:
    keep = KEEP_BACKUPS.get(reason, 4)
    same = [p for p in list_backups(folder) if _reason(p) == reason]
    for old in same[keep:]:
        old.unlink(missing_ok=True)
    # Copies left half-done by a crash. Only old ones: another Qalam process (the GUI while a `qalam`
    # command runs) may be writing its own backup into this folder right now.
    cutoff = time.time() - 3600
    for part in folder.glob("*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()


def newest_good_backup(folder: Path) -> Path | None:
    for candidate in list_backups(folder):
        if check_integrity(candidate).ok:
            return candidate
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


def restore_backup(backup: Path, db_path: Path) -> None:
    """Write ``backup`` into a fresh ``db_path`` with the backup API (the old file must be gone)."""
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(db_path)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    private_file(db_path)
