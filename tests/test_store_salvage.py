"""Salvage after corruption (issue 13): a page in the middle of a database is damaged while it holds drafts
newer than the last backup; what the file still holds is merged with the backup, newest text winning,
and the user is told how many drafts came back and which could not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage import integrity, safety, salvage
from editor_app.storage.store import DraftStore

PARAGRAPH = "قال الكرملين إن بوتين التقى لوكاشينكو في موسكو يوم الأحد، وبحثا التعاون العسكري. "


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def _body(i: int, version: str) -> str:
    return f"<p>{version} رقم {i}</p><p>{PARAGRAPH * 12}</p>"


def _build(paths: AppPaths) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """30 drafts, a backup, then 10 new drafts and 5 edits. Returns (id -> title, id -> newest body,
    ids changed after the backup)."""
    store = DraftStore.open(paths)
    titles: dict[str, str] = {}
    bodies: dict[str, str] = {}
    for i in range(30):
        a = store.create(Article(title=f"خبر قديم {i}", body_html=_body(i, "نسخة أولى")))
        titles[a.id], bodies[a.id] = a.title, a.body_html
    store.close()  # the backup taken on close
    store = DraftStore.open(paths)
    changed: set[str] = set()
    for i in range(10):
        a = store.create(Article(title=f"خبر جديد {i}", body_html=_body(i, "بعد النسخة الاحتياطية")))
        titles[a.id], bodies[a.id] = a.title, a.body_html
        changed.add(a.id)
    for article_id in list(titles)[:25:5]:
        edited = store.get(article_id).copy(body_html=_body(0, "تعديل بعد النسخة الاحتياطية"))
        store.save(edited)
        bodies[article_id] = edited.body_html
        changed.add(article_id)
    store.close(backup=False)
    return titles, bodies, changed


def _tree_pages(db: Path, table: str, kind: str = "leaf") -> list[int]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno", (table, kind))]
    finally:
        con.close()


def _damage(db: Path, pages: list[int]) -> bytes:
    data = bytearray(db.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages:
        data[(page - 1) * size: page * size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    return bytes(data)


def test_drafts_newer_than_the_backup_are_salvaged(paths: AppPaths) -> None:
    titles, bodies, changed = _build(paths)
    leaves = _tree_pages(paths.database, "articles")
    assert len(leaves) >= 5
    _damage(paths.database, [leaves[len(leaves) // 2]])  # one page in the middle of the drafts table

    store = DraftStore.open(paths)
    try:
        report = store.report
        assert report.had_corruption and report.restored_from is not None
        assert report.damaged_file is not None and report.damaged_file.exists()
        assert report.salvaged == len(changed) == 15 and report.unreadable == []
        said = [m.render() for m in report.messages]
        assert "15 draft(s) with changes newer than the backup were recovered" in said[1]
        assert {d.id: d.title for d in store.list_drafts()} == titles
        for article_id, body in bodies.items():
            assert store.get(article_id).body_html == body
            assert store.history(article_id)[0].number >= 1
        assert store.search("لوكاشينكو", limit=100)  # the search index follows the merged drafts
        assert store.integrity_check().ok
        assert not safety.pending_salvages(paths.data_dir / "damaged")
    finally:
        store.close()


def test_drafts_that_cannot_be_read_are_named(paths: AppPaths) -> None:
    titles, bodies, changed = _build(paths)
    leaves = _tree_pages(paths.database, "articles")
    victim = leaves[len(leaves) // 2]
    data = paths.database.read_bytes()
    size = int.from_bytes(data[16:18], "big")
    on_victim = {i for i in titles if i.encode() in data[(victim - 1) * size: victim * size]}
    assert on_victim
    # The drafts table loses a page and every revision is gone: a draft whose row was on that page
    # cannot be read from the damaged file at all.
    _damage(paths.database, [victim, *_tree_pages(paths.database, "revisions"),
                             *_tree_pages(paths.database, "revisions", "internal")])

    store = DraftStore.open(paths)
    try:
        report = store.report
        assert set(report.unreadable) == on_victim
        assert report.salvaged == len(changed - on_victim)
        said = " ".join(m.render() for m in report.messages)
        assert f"{len(on_victim)} draft(s) could not be read from the damaged file" in said
        for article_id in on_victim:
            assert (titles[article_id] if article_id not in changed or "قديم" in titles[article_id]
                    else article_id[:8]) in said
        present = {d.id for d in store.list_drafts()}
        for article_id in titles.keys() - on_victim:  # every draft the file still held, newest text
            assert store.get(article_id).body_html == bodies[article_id]
        for article_id in on_victim - changed:  # unchanged since the backup: the backup has it all
            assert store.get(article_id).body_html == bodies[article_id]
        new_and_lost = {i for i in on_victim & changed if "جديد" in titles[i]}
        assert not new_and_lost & present
    finally:
        store.close()


def _rows(db: Path, table: str) -> tuple[set[tuple[object, ...]], list[str]]:
    con = sqlite3.connect(db)
    try:
        names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        return {tuple(r) for r in con.execute(f"SELECT {', '.join(names)} FROM {table}")}, names
    finally:
        con.close()


def test_the_reader_reads_an_intact_file_as_sqlite_does_and_finds_orphaned_pages(paths: AppPaths) -> None:
    _build(paths)
    db = paths.database
    for table in ("articles", "revisions"):
        expected, names = _rows(db, table)
        got = {tuple(r[n] for n in names) for r in salvage.read_damaged(db).rows(table)}
        assert got == expected and expected
    # Damage the interior page at the top of the revisions tree: every leaf below it is cut off, and
    # is found again as an orphan whose records fit the revisions table.
    expected, names = _rows(db, "revisions")
    interior = _tree_pages(db, "revisions", "internal")
    assert interior
    _damage(db, interior)
    found = salvage.read_damaged(db)
    table = found.tables["revisions"]
    assert table.bad_pages >= 1 and table.orphan_rows == len(expected)
    assert {tuple(r[n] for n in names) for r in table.rows} == expected


def test_salvage_reads_a_leftover_wal_and_survives_a_failed_merge(paths: AppPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore.open(paths)
    a = store.create(Article(title="قبل", body_html="<p>قديم</p>"))
    store.close()
    store = DraftStore.open(paths)
    store.save(store.get(a.id).copy(body_html="<p>في ملف WAL فقط</p>"))
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.stat().st_size > 0
    # Killed with the commit only in the WAL, and the main file's header damaged.
    copy_main, copy_wal = paths.database.read_bytes(), wal.read_bytes()
    store._db.dispose()
    paths.database.write_bytes(b"\0" * 100 + copy_main[100:])
    wal.write_bytes(copy_wal)
    found = salvage.read_damaged(paths.database)
    assert found.wal_frames > 0
    assert any(r["body_html"] == "<p>في ملف WAL فقط</p>" for r in found.rows("articles"))

    # A merge that fails (here: a full disk) leaves the damaged file marked for the next open.
    from editor_app.storage import errors, salvage_merge

    def full(*args: object, **kwargs: object) -> None:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL
        raise exc

    monkeypatch.setattr(salvage_merge, "merge", full)
    with pytest.raises(errors.StorageError):
        DraftStore.open(paths)
    assert safety.pending_salvages(paths.data_dir / "damaged")
    monkeypatch.undo()
    store = DraftStore.open(paths)
    try:
        assert store.get(a.id).body_html == "<p>في ملف WAL فقط</p>"
        assert not safety.pending_salvages(paths.data_dir / "damaged")
    finally:
        store.close()


def test_integrity_check_runs_on_a_schedule(paths: AppPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    DraftStore.open(paths).close()
    assert integrity.check_due(paths.data_dir) is None  # just checked (a new store)
    levels: list[bool] = []
    real = safety.check_integrity

    def spy(path: Path, *, quick: bool = False) -> safety.IntegrityResult:
        levels.append(quick)
        return real(path, quick=quick)

    monkeypatch.setattr(safety, "check_integrity", spy)
    DraftStore.open(paths).close()
    assert levels == [True]  # an ordinary open: quick_check
    stamp = paths.data_dir / integrity.STAMP
    import os
    import time

    old = time.time() - integrity.FULL_CHECK_EVERY - 60
    os.utime(stamp, (old, old))
    assert integrity.check_due(paths.data_dir) == integrity.DAILY
    DraftStore.open(paths).close()
    assert levels == [True, False] and integrity.check_due(paths.data_dir) is None
    # An unclean exit: a process that had the store open is gone without closing it.
    (paths.data_dir / integrity.RUNNING / "999999999-dead").write_text("")
    assert integrity.check_due(paths.data_dir) == integrity.UNCLEAN
    DraftStore.open(paths).close()
    assert levels[-1] is False and integrity.check_due(paths.data_dir) is None
    # Damage seen while the store was in use.
    integrity.flag_damaged(paths.data_dir, "database disk image is malformed")
    assert integrity.check_due(paths.data_dir) == integrity.DAMAGE_SEEN
    DraftStore.open(paths, integrity="none").close()
    assert levels[-1] is False  # "none" checks nothing
    DraftStore.open(paths).close()
    assert levels[-1] is False and integrity.check_due(paths.data_dir) is None


def test_damage_found_while_the_store_is_open_is_salvaged_at_the_next_open(paths: AppPaths) -> None:
    from editor_app.storage import errors

    titles, bodies, _changed = _build(paths)
    leaves = _tree_pages(paths.database, "articles")
    _damage(paths.database, [leaves[len(leaves) // 2]])
    store = DraftStore.open(paths, integrity="none")  # as if the damage came after the last check
    with pytest.raises(errors.DatabaseDamagedError, match="restart Qalam"):
        for article_id in titles:
            store.get(article_id)
    assert integrity.check_due(paths.data_dir) == integrity.DAMAGE_SEEN
    store.close(backup=False)
    store = DraftStore.open(paths)
    try:
        assert store.report.had_corruption and store.report.unreadable == []
        assert {d.id for d in store.list_drafts()} == set(titles)
        assert all(store.get(i).body_html == body for i, body in bodies.items())
        assert integrity.check_due(paths.data_dir) is None
    finally:
        store.close()


def test_a_file_beyond_reading_does_not_keep_the_store_from_opening(paths: AppPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _build(paths)
    _damage(paths.database, [_tree_pages(paths.database, "articles")[0]])

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("an unexpected layout")

    monkeypatch.setattr(salvage, "read_damaged", broken)
    store = DraftStore.open(paths)
    try:
        said = " ".join(m.render() for m in store.report.messages)
        assert "Nothing could be recovered from the damaged file" in said
        assert len(store.list_drafts()) == 30  # the backup's drafts
        assert store.report.damaged_file is not None and store.report.damaged_file.exists()
    finally:
        store.close()
