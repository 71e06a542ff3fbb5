"""SQLite set up for safety: WAL, foreign keys, private files, integrity check, backups and restore."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.errors import QalamError
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage import safety
from editor_app.storage.store import DraftStore


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pragmas_and_private_files(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    try:
        store.create(Article(title="سري"))
        with store._db.raw() as raw:
            assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert raw.execute("PRAGMA foreign_keys").fetchone() == (1,)
            assert raw.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL between durable writes
        assert _mode(paths.database) == 0o600
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert _mode(wal) == 0o600
        assert _mode(paths.data_dir) == 0o700
        backup = store.backup("manual")
        assert _mode(backup) == 0o600 and _mode(paths.backups) == 0o700
    finally:
        store.close()


def test_durable_write_uses_full_sync(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    try:
        with store._db.write(durable=True) as s:
            level = s.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA synchronous").fetchone()
        assert level == (2,)
        with store._db.write() as s:
            level = s.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA synchronous").fetchone()
        assert level == (1,)
    finally:
        store.close(backup=False)


def test_foreign_keys_cascade_on_purge(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    try:
        a = store.create(Article(title="x"))
        store.add_note(a.id, "محرر", "ملاحظة")
        store.purge(a.id)
        with store._db.raw() as raw:
            assert raw.execute("SELECT count(*) FROM review_notes").fetchone() == (0,)
            assert raw.execute("SELECT count(*) FROM revisions").fetchone() == (0,)
            assert raw.execute("SELECT count(*) FROM articles_fts").fetchone() == (0,)
    finally:
        store.close(backup=False)


def test_backups_rotate_and_are_consistent(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    try:
        store.create(Article(title="محفوظ"))
        made = [store.backup("scheduled") for _ in range(safety.KEEP_BACKUPS["scheduled"] + 3)]
        kept = [p for p in safety.list_backups(paths.backups) if "scheduled" in p.name]
        assert len(kept) == safety.KEEP_BACKUPS["scheduled"]
        assert kept[0] == made[-1]
        assert safety.check_integrity(kept[0]).ok
        con = sqlite3.connect(kept[0])
        assert con.execute("SELECT title FROM articles").fetchall() == [("محفوظ",)]
        con.close()
        assert store.maintenance() is None  # nothing written since the last backup
        store.create(Article(title="جديد"))
        taken = store.maintenance()
        assert taken is not None and taken.exists()
        store.create(Article(title="قبل الإغلاق"))
    finally:
        store.close()
    assert any("close" in p.name for p in safety.list_backups(paths.backups))
    count = len(safety.list_backups(paths.backups))
    DraftStore.open(paths).close()  # nothing written: no new backup
    assert len(safety.list_backups(paths.backups)) == count


def _corrupt(path: Path, *, header: bool) -> None:
    data = bytearray(path.read_bytes())
    if header:
        data[0:100] = b"\x00" * 100
    else:
        for offset in range(4096, len(data), 4096):  # scribble over every page but the first
            data[offset + 8: offset + 300] = b"\xa5" * 292
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("header", [False, True])
def test_corruption_restores_newest_good_backup(paths: AppPaths, header: bool) -> None:
    store = DraftStore.open(paths)
    a = store.create(Article(title="قبل النسخة", body_html="<p>" + "نص " * 3000 + "</p>"))
    store.close()  # backup on close
    older_bad = sorted(safety.list_backups(paths.backups))[-1]
    store = DraftStore.open(paths)
    store.create(Article(title="بعد النسخة"))
    store.close(backup=False)
    # A newer backup that is itself damaged must be skipped.
    bad = paths.backups / "qalam-29991231T000000000000Z-scheduled.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    _corrupt(paths.database, header=header)
    assert not safety.check_integrity(paths.database).ok

    store = DraftStore.open(paths)
    try:
        report = store.report
        assert report.had_corruption
        assert report.restored_from == older_bad
        assert report.damaged_file is not None and report.damaged_file.exists()
        assert report.damaged_file.parent == paths.data_dir / "damaged"
        assert report.messages and "restored" in report.messages[0].render()
        titles = [d.title for d in store.list_drafts()]
        if header:
            # Only the header is gone: every page still parses, so the draft written after the backup
            # is salvaged from the damaged file.
            assert sorted(titles) == ["بعد النسخة", "قبل النسخة"] and report.salvaged == 1
            assert "1 draft(s) with changes newer than the backup" in report.messages[1].render()
        else:
            # Every page but the first is scribbled over: only the backup's draft comes back, and the
            # user is told which draft could not be read.
            assert titles == ["قبل النسخة"]
        assert store.get(a.id).title == "قبل النسخة"
        assert store.integrity_check().ok
        assert _mode(paths.database) == 0o600
    finally:
        store.close(backup=False)


@pytest.mark.parametrize("header", [True, False])
def test_corruption_without_backup_salvages_what_the_file_holds(paths: AppPaths, header: bool) -> None:
    store = DraftStore.open(paths)
    body = "<p>" + "نص " * 3000 + "</p>"
    a = store.create(Article(title="x", body_html=body))
    store.close(backup=False)
    _corrupt(paths.database, header=header)
    store = DraftStore.open(paths)
    try:
        assert store.report.had_corruption and store.report.restored_from is None
        assert "no good backup" in store.report.messages[0].render()
        if header:  # the pages are whole: the draft comes back from the damaged file alone
            assert store.get(a.id).body_html == body and store.report.salvaged == 1
            assert [r.number for r in store.history(a.id)] == [1]
        else:  # nothing parses: an empty store, and the user was told
            assert store.list_drafts() == []
    finally:
        store.close(backup=False)


def test_database_from_a_newer_version_is_refused(paths: AppPaths) -> None:
    DraftStore.open(paths).close(backup=False)
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(QalamError, match="newer version"):
        DraftStore.open(paths)


def test_reading_inside_a_write_block_does_not_deadlock(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    try:
        a = store.create(Article(title="x"))
        with store._db.write(durable=True) as s:
            s.connection()  # the write transaction is open
            assert store.get(a.id).title == "x"  # a read on another connection, same thread
    finally:
        store.close(backup=False)


def test_backup_if_due_and_count(paths: AppPaths) -> None:
    from datetime import timedelta

    store = DraftStore.open(paths)
    try:
        store.create(Article(title="x"))
        assert store.count_drafts() == 1
        first = store.backup_if_due(timedelta(hours=1))
        assert first is not None
        assert store.backup_if_due(timedelta(hours=1)) is None  # one is recent enough
        assert store.backup_if_due(timedelta(0)) is not None
    finally:
        store.close(backup=False)


def test_rotation_leaves_another_process_backup_in_progress_alone(paths: AppPaths) -> None:
    import os
    import time

    store = DraftStore.open(paths)
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        in_progress = paths.backups / "qalam-20990101T000000000000Z-scheduled.sqlite3.part"
        in_progress.write_bytes(b"partial")
        stale = paths.backups / "qalam-20000101T000000000000Z-scheduled.sqlite3.part"
        stale.write_bytes(b"partial")
        os.utime(stale, (time.time() - 7200, time.time() - 7200))
        store.backup("scheduled")
        assert in_progress.exists() and not stale.exists()
    finally:
        store.close(backup=False)


def test_rotation_keeps_a_week_of_days_and_stays_within_the_size_budget(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()

    def make(day: int, hour: int, reason: str = "scheduled", size: int = 1000) -> Path:
        stamp = f"202601{day:02d}T{hour:02d}0000000000Z"
        path = folder / f"{safety.BACKUP_PREFIX}{stamp}-{reason}{safety.BACKUP_SUFFIX}"
        path.write_bytes(b"x" * size)
        return path

    for day in range(1, 21):
        for hour in (9, 13, 17):
            make(day, hour)
    safety.rotate(folder, "scheduled")
    kept = [p.name[6:14] for p in safety.list_backups(folder)]
    # The newest six, then the newest of each older day, seven days in all.
    assert kept == ["20260120"] * 3 + ["20260119"] * 3 + [f"202601{d:02d}" for d in range(18, 13, -1)]
    make(21, 9, "close", size=5000)
    safety.rotate(folder, "close", budget=9000)
    sizes = [p.stat().st_size for p in safety.list_backups(folder)]
    assert sum(sizes) <= 9000 and len(sizes) == 5  # the oldest went first
    safety.rotate(folder, "close", budget=1)  # never below the newest two
    assert len(safety.list_backups(folder)) == safety.ALWAYS_KEEP
