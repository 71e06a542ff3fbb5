"""Storage failures are told apart from corruption (issue 13)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from editor_app.storage import errors


def _sqlite_error(code: int, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (13, errors.DiskFullError),  # SQLITE_FULL
        (5, errors.StorageLockedError),  # SQLITE_BUSY
        (6, errors.StorageLockedError),
        (8, errors.StorageReadOnlyError),
        (10 | (3 << 8), errors.StorageIOError),  # SQLITE_IOERR_WRITE with room to spare
    ],
)
def test_sqlite_codes(tmp_path: Path, code: int, kind: type[errors.StorageError]) -> None:
    found = errors.classify(_sqlite_error(code, "x"), tmp_path)
    assert isinstance(found, kind)
    assert str(tmp_path) in found.user_message.render() or kind is errors.StorageLockedError


def test_corruption_is_not_a_storage_error(tmp_path: Path) -> None:
    exc = _sqlite_error(11, "database disk image is malformed")
    assert errors.classify(exc, tmp_path) is None
    assert errors.is_corruption(exc)
    assert errors.is_corruption(_sqlite_error(26, "file is not a database"))
    assert not errors.is_corruption(_sqlite_error(13, "database or disk is full"))


def test_os_errors(tmp_path: Path) -> None:
    assert isinstance(errors.classify(OSError(errno.ENOSPC, "full"), tmp_path), errors.DiskFullError)
    assert isinstance(errors.classify(OSError(errno.EROFS, "ro"), tmp_path), errors.StorageReadOnlyError)
    assert isinstance(errors.classify(OSError(errno.EIO, "io"), tmp_path), errors.StorageIOError)
    assert errors.classify(ValueError("no"), tmp_path) is None


def test_wrapped_sqlalchemy_error(tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT", {}, _sqlite_error(13, "database or disk is full"))
    assert isinstance(errors.classify(wrapped, tmp_path), errors.DiskFullError)


def test_real_readonly_database(tmp_path: Path) -> None:
    db = tmp_path / "ro.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.close()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        con.execute("INSERT INTO t VALUES (1)")
    assert isinstance(errors.classify(caught.value, tmp_path), errors.StorageReadOnlyError)
