"""Telling a failed read or write of the store apart from a damaged database.

A full disk, a read-only folder or a database another program holds locked is not corruption:
the file is healthy and must never be moved aside or replaced because a write failed. Every
layer that touches the store maps the exception it caught with :func:`classify` and raises the
:class:`StorageError` subclass it returns, so the GUI can keep the text and retry, and the
command line can print one line and exit non-zero.

Plain ``sqlite3`` and SQLAlchemy exceptions are both understood (SQLAlchemy keeps the driver's
exception in ``.orig``); this module imports neither SQLAlchemy nor Qt, so the light read paths
can use it.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Below this much free space an "I/O error" during a write is taken for a full disk: SQLite often
# reports ENOSPC while appending to the WAL as SQLITE_IOERR_WRITE rather than SQLITE_FULL.
LOW_SPACE_BYTES = 1024 * 1024

MSG_FULL = QT_TRANSLATE_NOOP("Storage", "The disk is full: Qalam could not save to {folder}. Your text is kept; free some space and it will be saved.")  # noqa: E501
MSG_IO = QT_TRANSLATE_NOOP("Storage", "Qalam could not read or write its data in {folder} (a disk or file system error). Your text is kept; check the disk and try again.")  # noqa: E501
MSG_LOCKED = QT_TRANSLATE_NOOP("Storage", "The drafts database is busy (another program is writing to it). Try again in a moment.")  # noqa: E501
MSG_READONLY = QT_TRANSLATE_NOOP("Storage", "Qalam cannot write to {folder}: the folder or the database is read-only. Check its permissions, or choose another folder with --data-dir.")  # noqa: E501
MSG_DAMAGED = QT_TRANSLATE_NOOP("Storage", "The drafts database in {folder} is damaged. Your open text is kept; restart Qalam to check the database and recover the drafts.")  # noqa: E501
MSG_NO_ROOM_FOR_BACKUP = QT_TRANSLATE_NOOP("Storage", "No backup of the drafts was taken: it needs about {needed} MB and only {free} MB are free in {folder}. Free some space.")  # noqa: E501
MSG_CANTOPEN = QT_TRANSLATE_NOOP("Storage", "Qalam cannot open its database in {folder}. Check that the folder exists and that you may write to it, or choose another folder with --data-dir.")  # noqa: E501


# The same failures told on the command line, where no editor keeps the text and nothing retries.
MSG_FULL_CLI = QT_TRANSLATE_NOOP("Storage", "The disk is full: Qalam could not write to {folder}. Nothing was changed; free some space and run the command again.")  # noqa: E501
MSG_IO_CLI = QT_TRANSLATE_NOOP("Storage", "Qalam could not read or write its data in {folder} (a disk or file system error). Nothing was changed; check the disk and run the command again.")  # noqa: E501
_CLI_MESSAGES = {MSG_FULL: MSG_FULL_CLI, MSG_IO: MSG_IO_CLI}


class StorageError(QalamError):
    """The store could not be read or written; the database itself is not known to be damaged."""

    def __init__(self, message: UserMessage, *, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause

    @property
    def command_line_message(self) -> UserMessage:
        """The message for the command line (the GUI's mentions the editor keeping the text)."""
        msg = self.user_message
        text = _CLI_MESSAGES.get(msg.text)
        return UserMessage(msg.context, text, msg.args) if text else msg


class DiskFullError(StorageError):
    """No space left on the device (SQLITE_FULL, ENOSPC, EDQUOT)."""


class StorageIOError(StorageError):
    """Any other I/O failure of the device or file system (SQLITE_IOERR, EIO)."""


class StorageLockedError(StorageError):
    """Another connection holds the database (SQLITE_BUSY / SQLITE_LOCKED past the busy timeout)."""


class StorageReadOnlyError(StorageError):
    """The database or its folder cannot be written (SQLITE_READONLY, EROFS, EACCES)."""


class StorageUnavailableError(StorageError):
    """The database cannot be opened at all (SQLITE_CANTOPEN, a missing or unusable folder)."""


class DatabaseDamagedError(StorageError):
    """SQLite found the open database damaged while using it: the next open checks and salvages it."""


class NoRoomForBackupError(DiskFullError):
    """A backup was not started because it would not fit on the disk."""


def _driver_error(exc: BaseException) -> BaseException:
    orig = getattr(exc, "orig", None)  # sqlalchemy.exc.DBAPIError
    return orig if isinstance(orig, BaseException) else exc


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (or of the driver error it wraps), if it has one."""
    inner = _driver_error(exc)
    code = getattr(inner, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: BaseException) -> bool:
    """True only for SQLite's own verdict that the file is damaged or is not a database."""
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def low_on_space(folder: Path, minimum: int = LOW_SPACE_BYTES) -> bool:
    try:
        return shutil.disk_usage(folder).free < minimum
    except OSError:
        return False


def _existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def classify(exc: BaseException, folder: Path | str) -> StorageError | None:
    """The :class:`StorageError` that ``exc`` stands for, or None when it is not a storage failure.

    Corruption is deliberately *not* classified here: callers check :func:`is_corruption` and take
    the recovery path only then.
    """
    if isinstance(exc, StorageError):
        return exc
    where = Path(folder)
    args = {"folder": str(where)}
    inner = _driver_error(exc)
    if isinstance(inner, OSError):
        code: int | None = inner.errno
        if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFullError(UserMessage("Storage", MSG_FULL, args), cause=exc)
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageReadOnlyError(UserMessage("Storage", MSG_READONLY, args), cause=exc)
        if code in (errno.ENOENT, errno.ENOTDIR):
            return StorageUnavailableError(UserMessage("Storage", MSG_CANTOPEN, args), cause=exc)
        return StorageIOError(UserMessage("Storage", MSG_IO, args), cause=exc)
    if not isinstance(inner, sqlite3.Error):
        return None
    primary = sqlite_code(inner)
    if primary == SQLITE_FULL:
        return DiskFullError(UserMessage("Storage", MSG_FULL, args), cause=exc)
    if primary == SQLITE_IOERR or (primary is None and "disk I/O error" in str(inner)):
        if low_on_space(_existing(where)):
            return DiskFullError(UserMessage("Storage", MSG_FULL, args), cause=exc)
        return StorageIOError(UserMessage("Storage", MSG_IO, args), cause=exc)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageLockedError(UserMessage("Storage", MSG_LOCKED, args), cause=exc)
    if primary == SQLITE_READONLY:
        return StorageReadOnlyError(UserMessage("Storage", MSG_READONLY, args), cause=exc)
    if primary == SQLITE_CANTOPEN:
        if not os.access(_existing(where), os.W_OK):
            return StorageReadOnlyError(UserMessage("Storage", MSG_READONLY, args), cause=exc)
        return StorageUnavailableError(UserMessage("Storage", MSG_CANTOPEN, args), cause=exc)
    if primary == SQLITE_NOMEM:
        return StorageIOError(UserMessage("Storage", MSG_IO, args), cause=exc)
    return None


def translate(exc: BaseException, db_path: Path) -> StorageError | None:
    """The StorageError to raise for a driver error on the database at ``db_path``, or None (a bug).

    Corruption found while the store is open flags it for a full check at the next open
    (:func:`editor_app.storage.integrity.flag_damaged`).
    """
    folder = db_path.parent
    if is_corruption(exc):
        from editor_app.storage import integrity

        integrity.flag_damaged(folder, str(_driver_error(exc)))
        return DatabaseDamagedError(UserMessage("Storage", MSG_DAMAGED, {"folder": str(folder)}), cause=exc)
    return classify(exc, folder)


def no_room_for_backup(folder: Path, needed: int, free: int) -> NoRoomForBackupError:
    mb = 1024 * 1024
    return NoRoomForBackupError(UserMessage("Storage", MSG_NO_ROOM_FOR_BACKUP, {
        "folder": str(folder), "needed": str(max(1, -(-needed // mb))), "free": str(free // mb)}))
