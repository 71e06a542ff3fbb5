"""Keeping drafts safe: backups, the integrity check, the recovery journal, and opening a damaged or
old database (quarantine and restore, migrations)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from editor_app.core.article import Article
from editor_app.core.revision import RecoveredDraft
from editor_app.errors import QalamError
from editor_app.paths import AppPaths
from editor_app.storage import migrate, safety
from editor_app.storage.convert import article_from_dict, article_from_row, article_to_dict, content_hash
from editor_app.storage.models import ArticleRow, RevisionRow, parse_time
from editor_app.storage.revisions_repo import RevisionsRepo
from editor_app.storage.store_state import (
    MSG_DAMAGED_EMPTY,
    MSG_DAMAGED_RESTORED,
    MSG_NEWER_SCHEMA,
    NOTE_RECOVERED,
    OpenReport,
    store_msg,
)

log = logging.getLogger(__name__)


def _identity(data: dict[str, Any]) -> str:
    """Everything but ``updated_at``: an unchanged article is not autosaved again."""
    without = {k: v for k, v in data.items() if k != "updated_at"}
    return hashlib.sha1(json.dumps(without, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()



class RecoveryRepo(RevisionsRepo):
    """Backups, integrity and the recovery journal of a running store."""

    # --- safety --------------------------------------------------------------------------------------
    def backup(self, reason: str = "scheduled") -> Path:
        """A consistent copy through the SQLite online backup API, rotated per reason."""
        commits = self._db.commits
        with self._db.raw() as raw:
            path = safety.backup_database(raw, self.paths.backups, reason)
        self._backed_up_at = commits
        return path

    def _unchanged_since_backup(self) -> bool:
        return self._backed_up_at == self._db.commits and bool(safety.list_backups(self.paths.backups))

    def backup_if_due(self, max_age: timedelta = timedelta(hours=6),
                      reason: str = "scheduled") -> Path | None:
        """A backup unless one (of any kind) is younger than ``max_age``: for short-lived processes."""
        newest = safety.list_backups(self.paths.backups)
        if newest:
            age = datetime.now(UTC) - datetime.fromtimestamp(newest[0].stat().st_mtime, UTC)
            if age < max_age:
                return None
        return self.backup(reason)

    def integrity_check(self) -> safety.IntegrityResult:
        with self._db.raw() as raw:
            rows = raw.execute("PRAGMA integrity_check").fetchall()
        return safety.IntegrityResult(rows == [("ok",)], "; ".join(str(r[0]) for r in rows[:5]))

    def maintenance(self) -> Path | None:
        """For the GUI's timer (every 10–15 minutes, on the task runner): backup (unless nothing was written
        since the last one), then thin history. Returns the new backup, if one was taken."""
        self.flush()
        path = None if self._unchanged_since_backup() else self.backup("scheduled")
        self.thin_history()
        return path

    # --- recovery ------------------------------------------------------------------------------------
    def _scan_journal(self) -> None:
        for entry in self._journal.entries():
            try:
                journalled = article_from_dict(entry.article)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("ignoring recovery file for %s: %s", entry.article_id, exc)
                continue
            stored: Article | None
            with self._db.read() as s:
                row = s.get(ArticleRow, entry.article_id)
                stored = article_from_row(row) if row else None
            same = stored is not None and _identity(article_to_dict(stored)) == _identity(entry.article)
            # Older than the draft and in its history: superseded. Older but nowhere else: another writer
            # (the command line) saved the draft after this text was typed; offer it rather than lose it.
            older = (stored is not None and journalled.updated_at < stored.updated_at
                     and self._text_in_history(entry.article_id, content_hash(journalled)))
            if same or older:
                self._journal.remove(entry.article_id)
                continue
            self._recovered[entry.article_id] = RecoveredDraft(
                article_id=entry.article_id, title=journalled.title, body_html=journalled.body_html,
                journal_saved_at=parse_time(entry.saved_at),
                stored_updated_at=stored.updated_at if stored else None, snapshot=dict(entry.article))

    def _text_in_history(self, article_id: str, chash: str) -> bool:
        with self._db.read() as s:
            found = s.scalars(select(RevisionRow.id).where(RevisionRow.article_id == article_id,
                                                          RevisionRow.content_hash == chash).limit(1))
            return found.first() is not None

    def recovered_drafts(self) -> list[RecoveredDraft]:
        """*GUI thread*. Journalled text newer than the stored drafts, found at open."""
        return sorted(self._recovered.values(), key=lambda r: r.journal_saved_at, reverse=True)

    def recovered_article(self, article_id: str) -> Article:
        return article_from_dict(self._recovered[article_id].snapshot)

    def accept_recovered(self, article_id: str) -> Article:
        """Keep the recovered text: it becomes the draft, as an explicit revision."""
        article = self.recovered_article(article_id)
        self.save(article, NOTE_RECOVERED, text_only=True)  # recovered text, not a recovered workflow state
        self._recovered.pop(article_id, None)
        self._journal.remove(article_id)
        return self.get(article_id)

    def discard_recovered(self, article_id: str) -> None:
        self._recovered.pop(article_id, None)
        self._journal.remove(article_id)



# --- opening helpers ---------------------------------------------------------------------------------
def prepare_file(paths: AppPaths) -> OpenReport:
    """Integrity check; on corruption keep the damaged file aside and restore the newest good backup."""
    db_path = paths.database
    if not db_path.exists() or db_path.stat().st_size == 0:
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        return OpenReport(database=db_path, created=True)
    result = safety.check_integrity(db_path)
    if result.ok:
        return OpenReport(database=db_path, integrity=result.detail)
    log.error("database %s failed its integrity check: %s", db_path, result.detail)
    damaged = safety.quarantine(db_path, paths.data_dir / "damaged")
    backup = safety.newest_good_backup(paths.backups)
    if backup is None:
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        message = store_msg(MSG_DAMAGED_EMPTY, damaged=damaged)
        return OpenReport(database=db_path, created=True, integrity=result.detail, damaged_file=damaged,
                          messages=[message])
    safety.restore_backup(backup, db_path)
    taken = datetime.fromtimestamp(backup.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    message = store_msg(MSG_DAMAGED_RESTORED, when=taken, damaged=damaged)
    return OpenReport(database=db_path, integrity=result.detail, restored_from=backup, damaged_file=damaged,
                      messages=[message])


def _migration_connection(db_path: Path) -> Connection:
    # Foreign keys OFF while migrating: batch operations rebuild tables, and a rebuilt parent table
    # must not cascade-delete its children. Checked with foreign_key_check afterwards.
    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA busy_timeout=15000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine.connect()


def migrate_to_head(db_path: Path, backups: Path) -> tuple[str | None, Path | None]:
    """Upgrade to the newest schema, backing up first unless the database is new: (old revision, backup)."""
    if migrate.stored_revision(db_path) == migrate.HEAD:
        return None, None  # the usual case: no Alembic import, no script parsing
    head = migrate.head_revision()
    with contextlib.closing(_migration_connection(db_path)) as conn:
        current = migrate.current_revision(conn)
        if current == head:
            return None, None
        known = migrate.known_revisions()
        if current is not None and current not in known:
            raise QalamError(store_msg(MSG_NEWER_SCHEMA, rev=current))
        has_tables = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").scalar()
        conn.rollback()
        pre_backup = None
        if current is not None or has_tables:
            pre_backup = safety.backup_database(db_path, backups, "migrate")
        migrate.upgrade(conn)
        conn.commit()
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        conn.rollback()
        if problems:
            log.error("foreign key problems after migrating: %s", problems[:10])
        return (current or "empty"), pre_backup
