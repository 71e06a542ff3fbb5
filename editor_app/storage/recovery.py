"""Keeping drafts safe: backups, the integrity check, the recovery journal, and opening a damaged or
old database (quarantine and restore, migrations)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from editor_app.core import atomic_file
from editor_app.core.article import Article
from editor_app.core.i18n import UserMessage
from editor_app.core.revision import NOTE_RECOVERED, RecoveredDraft
from editor_app.errors import QalamError
from editor_app.paths import AppPaths
from editor_app.storage import errors, migrate, safety, salvage, salvage_merge, search_index
from editor_app.storage import integrity as integrity_schedule
from editor_app.storage.convert import article_from_dict, article_from_row, article_to_dict, content_hash
from editor_app.storage.errors import StorageError
from editor_app.storage.models import ArticleRow, RevisionRow, format_time, parse_time
from editor_app.storage.revisions_repo import RevisionsRepo
from editor_app.storage.store_state import (
    BACKUP_EVERY,
    CTX,
    MSG_DAMAGED_EMPTY,
    MSG_DAMAGED_RESTORED,
    MSG_NEWER_SCHEMA,
    MSG_SALVAGE_FAILED,
    MSG_SALVAGED,
    MSG_UNREADABLE,
    NOTE_SALVAGED,
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
        """A consistent copy through the SQLite online backup API, rotated per reason and kept within the
        size budget. Raises StorageError (NoRoomForBackupError when the disk has no room for it)."""
        commits = self._db.commits
        db_path = self.paths.database
        with self._db.raw() as raw:
            path = safety.backup_database(raw, self.paths.backups, reason,
                                          estimate=safety.backup_size_estimate(db_path),
                                          budget=safety.backup_budget(db_path))
        self._backed_up_at = commits
        self.backup_note = None
        return path

    def try_backup(self, reason: str) -> Path | None:
        """A backup, or None with :attr:`backup_note` saying why not (a full disk): for timers and exits,
        where a missing backup must not stop the work or fill the disk."""
        try:
            return self.backup(reason)
        except StorageError as exc:
            log.warning("no %s backup: %s", reason, exc)
            self.backup_note = exc.user_message
            return None

    def _unchanged_since_backup(self) -> bool:
        return self._backed_up_at == self._db.commits and bool(safety.list_backups(self.paths.backups))

    @property
    def wrote_anything(self) -> bool:
        """This process changed the store since it opened it (or since its last backup)."""
        return self._backed_up_at != self._db.commits

    def backup_if_due(self, max_age: timedelta = BACKUP_EVERY,
                      reason: str = "scheduled") -> Path | None:
        """A backup unless one (of any kind) is younger than ``max_age``: for short-lived processes.
        None when none was due or there was no room (see :attr:`backup_note`)."""
        newest = safety.list_backups(self.paths.backups)
        if newest:
            try:
                age = datetime.now(UTC) - datetime.fromtimestamp(newest[0].stat().st_mtime, UTC)
            except OSError:
                age = max_age
            if age < max_age:
                return None
        return self.try_backup(reason)

    def integrity_check(self) -> safety.IntegrityResult:
        with self._db.raw() as raw:
            rows = raw.execute("PRAGMA integrity_check").fetchall()
        return safety.IntegrityResult(rows == [("ok",)], "; ".join(str(r[0]) for r in rows[:5]))

    def maintenance(self) -> Path | None:
        """For the GUI's timer (every 10–15 minutes, on the task runner): backup (unless nothing was written
        since the last one), then thin history. Returns the new backup, if one was taken; when the disk
        has no room for one, :attr:`backup_note` says so."""
        self.flush()
        path = None if self._unchanged_since_backup() else self.try_backup("scheduled")
        self.thin_history()
        return path

    # --- salvage after corruption -------------------------------------------------------------------
    def _salvage_pending(self) -> None:
        """Merge what damaged files (quarantined at this or an earlier open) still hold into the store."""
        recovered = 0
        for marker in safety.pending_salvages(self.paths.data_dir / "damaged"):
            damaged = marker.with_name(marker.name[: -len(safety.PENDING_SUFFIX)])
            result, messages = self._salvage_one(damaged)
            marker.unlink(missing_ok=True)
            recovered += len(result.recovered)
            self._report = replace(self._report, messages=[*self._report.messages, *messages],
                                   salvaged=self._report.salvaged + len(result.recovered),
                                   unreadable=[*self._report.unreadable, *result.unreadable])
        if recovered:
            self.try_backup("salvage")  # the merged store is worth more than the old backup

    def _salvage_one(self, damaged: Path) -> tuple[salvage_merge.MergeResult, list[UserMessage]]:
        started = time.perf_counter()
        with self._db.raw() as raw:
            fallback = salvage_merge.fallback_schema(raw)
            page_size = int(raw.execute("PRAGMA page_size").fetchone()[0])
        try:
            found = salvage.read_damaged(damaged, tables=salvage_merge.TABLES_READ, fallback=fallback,
                                         page_size_hint=page_size)
            with self._db.raw() as raw, self._db.write_lock:
                raw.execute("PRAGMA synchronous=FULL")  # the merge is worth a durable commit
                try:
                    result = salvage_merge.merge(found, raw, note=NOTE_SALVAGED,
                                                 now=format_time(self._clock()))
                finally:
                    raw.execute("PRAGMA synchronous=NORMAL")
        except StorageError:
            raise  # a full disk: the damaged file stays marked and is merged at the next open
        except Exception:  # a file beyond reading, or a bug: the restored store must still open
            log.exception("nothing could be salvaged from %s", damaged)
            return salvage_merge.MergeResult(), [store_msg(MSG_SALVAGE_FAILED, damaged=damaged)]
        self._db.commits += 1
        for start in range(0, len(result.recovered), 500):
            self._index_many(result.recovered[start:start + 500])
        log.warning("salvaged %s from %s in %.2f s: %s drafts recovered, %s unreadable", found.pages, damaged,
                    time.perf_counter() - started, len(result.recovered), len(result.unreadable))
        messages = []
        if result.recovered:
            messages.append(UserMessage(CTX, MSG_SALVAGED, count=len(result.recovered)))
        if result.unreadable:
            names = [result.titles.get(i) or i[:8] for i in result.unreadable]
            shown = ", ".join(f"“{n}”" for n in names[:10]) + (", …" if len(names) > 10 else "")
            messages.append(UserMessage(CTX, MSG_UNREADABLE, {"titles": shown}, count=len(names)))
        return result, messages

    def _index_many(self, article_ids: list[str]) -> None:
        """Search index entries for the merged drafts: one read, one write transaction."""
        docs = []
        with self._db.read() as s:
            for row in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(article_ids))):
                art = article_from_row(row)
                docs.append((art.id, content_hash(art), search_index.index_text(
                    art.title, art.subtitle, art.body_html, art.excerpt, [*art.tags, *art.categories])))
        with self._db.write() as s:
            for article_id, chash, doc in docs:
                search_index.upsert(s, article_id, chash, doc)

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
def prepare_file(paths: AppPaths, *, integrity: str = "auto", ordinary: str = "quick") -> OpenReport:
    """Check the database before opening it; on real damage keep the file aside and restore the newest
    good backup (what the damaged file still holds is merged in after migrating: ``_salvage_pending``).

    ``integrity``: ``"full"`` (``PRAGMA integrity_check``), ``"quick"`` (``quick_check``), ``"light"``
    (the header and schema parse), ``"none"``, or ``"auto"``: full when :func:`integrity.check_due` says
    so (daily, after an unclean exit or damage seen), ``ordinary`` otherwise (quick for the GUI, light
    for short-lived commands). A full disk, an I/O error, a lock or a read-only folder raise a StorageError
    and move nothing: only SQLite's verdict that the file is damaged does.
    """
    db_path = paths.database
    data_dir = paths.data_dir
    try:
        if not db_path.exists() or db_path.stat().st_size == 0:
            fd = os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
            integrity_schedule.stamp_checked(data_dir)
            return OpenReport(database=db_path, created=True)
        level = integrity
        if level == "auto":
            reason = integrity_schedule.check_due(data_dir)
            level = "full" if reason else ordinary
            if reason:
                log.info("full integrity check of %s: %s", db_path, reason)
        if level == "none":
            return OpenReport(database=db_path, integrity="not checked")
        if level == "light":
            result = safety.check_readable(db_path)
        else:
            result = safety.check_integrity(db_path, quick=level == "quick")
        if result.ok:
            if level == "full":
                integrity_schedule.stamp_checked(data_dir)
            return OpenReport(database=db_path, integrity=result.detail)
        log.error("database %s failed its %s integrity check: %s", db_path, level, result.detail)
        backup = safety.newest_good_backup(paths.backups)
        # The replacement is complete before the damaged file moves: a failure (a full disk) leaves
        # everything where it was.
        with atomic_file.atomic_path(db_path, mode=0o600, fsync_dir=True) as tmp:
            if backup is not None:
                safety.copy_database(backup, tmp)
            damaged = safety.quarantine(db_path, data_dir / "damaged")
            safety.mark_salvage_pending(damaged)
    except OSError as exc:
        raise errors.classify(exc, data_dir) or exc from exc
    integrity_schedule.stamp_checked(data_dir)
    messages = [store_msg(MSG_DAMAGED_RESTORED, when=_backup_time(backup), damaged=damaged) if backup
                else store_msg(MSG_DAMAGED_EMPTY, damaged=damaged)]
    return OpenReport(database=db_path, created=backup is None, integrity=result.detail, restored_from=backup,
                      damaged_file=damaged, messages=messages)


def _backup_time(backup: Path) -> str:
    return datetime.fromtimestamp(backup.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")


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
