"""DraftStore: the facade other layers use for drafts, history, search, recovery and safety.

Open with ``DraftStore.open(paths)``; every method returns core dataclasses, never ORM rows.

Threads
    ``autosave``, ``queue_save``, ``has_pending`` and ``recovered_drafts`` are cheap and run on
    the GUI thread: they only write the fsync'd recovery journal file and queue the snapshot.
    Everything else (``open``, ``flush``, ``save``, ``get``, ``list_drafts``, ``search``,
    history, ``maintenance``, ``close`` and the publishing repository) may block on SQLite and
    belongs on the task runner. After ``autosave``/``queue_save`` submit ``store.flush``.

Revisions
    One autosave revision per working stretch: consecutive autosaves update it in place until a
    pause of 2 minutes or a span of 10 minutes (``RevisionPolicy``). Explicit saves, restores and
    imports are separate revisions kept forever. ``thin_history`` (run by ``maintenance``) keeps
    every autosave for a day, then one per hour for a week, one per day for 90 days, then none
    (a draft's newest revision always stays).

Safety
    WAL, ``foreign_keys=ON``, ``synchronous=NORMAL`` (``FULL`` for explicit saves, restores and the
    outbox), ``BEGIN IMMEDIATE`` writers, files 0600 in a 0700 folder. A full disk, an I/O error, a
    lock or a read-only folder raise a :class:`~editor_app.storage.errors.StorageError` with a
    translatable message and move nothing. At open, ``integrity_check`` when it is due (daily, after
    an unclean exit, after damage was seen: :mod:`editor_app.storage.integrity`), ``quick_check`` (GUI)
    or a light header check (commands) otherwise. On real damage the file moves to ``damaged/``, the
    newest backup that passes the check is restored, and what the damaged file still holds is read
    page by page (:mod:`~editor_app.storage.salvage`) and merged in, newest text winning
    (:mod:`~editor_app.storage.salvage_merge`); ``store.report`` says what happened, as translatable
    messages. Backups use the online backup API: ``backup()``, ``maintenance()`` (the GUI's timer,
    when drafts changed), on ``close()``, after a command that wrote (at most an hour apart), after a
    salvage and before any migration; they are skipped with ``backup_note`` when the disk has no room,
    rotated, and kept within a size budget. Migrations (``storage/migrations``) run at open with
    foreign keys off.

Search
    FTS5 over a normalised copy (``core.arabic_normalize``) of title, body text, excerpt and tags,
    with the words' light stems (``core.arabic_stem``) in separate columns (storage/search_index.py);
    queries match through proclitics both ways, exact words rank first; bm25 ranks the newest 2,000
    matches when more match (``rank_window``); snippets and highlights are cut from the original text;
    ``suggest`` gives "did you mean" spellings (storage/search_vocab.py). After a stemmer or index layout
    change the store still opens at once: a background process rebuilds the index in short steps while the
    old one keeps every draft searchable (``search_index_status``, ``start_search_update``;
    storage/search_rebuild.py).

Parts
    The class is assembled from one mixin per concern (see :mod:`editor_app.storage.store_state`):
    ``saving``, ``drafts_repo``, ``revisions_repo``, ``search_repo``, ``recovery``, and
    ``publishing_repo``/``terms_repo``, ``imports_repo``. Callers only ever see :class:`DraftStore`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.exc import DBAPIError

from editor_app.core.article import utcnow
from editor_app.paths import AppPaths
from editor_app.storage import errors, folder_lock, safety, search_rebuild
from editor_app.storage import integrity as integrity_schedule
from editor_app.storage.engine import Database
from editor_app.storage.imports_repo import ImportsRepo
from editor_app.storage.journal import RecoveryJournal
from editor_app.storage.publishing_repo import PublishingRepo
from editor_app.storage.recovery import RecoveryRepo, migrate_to_head, prepare_file
from editor_app.storage.saving import FlushResult
from editor_app.storage.search_repo import SearchRepo
from editor_app.storage.store_state import MSG_RECOVERED, OpenReport, RevisionPolicy, store_msg

__all__ = ["DraftStore", "FlushResult", "OpenReport", "RevisionPolicy"]


class DraftStore(RecoveryRepo, SearchRepo, PublishingRepo, ImportsRepo):
    """The local draft store.

    GUI thread (cheap, no database access):
      ``autosave``, ``queue_save``, ``has_pending``, ``recovered_drafts``, ``report``.
    Task runner (may block on SQLite, fsync or FTS indexing):
      ``flush`` (call right after ``autosave``/``queue_save``), ``save``, ``create``, ``get``,
      ``list_drafts``, ``search``, ``history``, ``revision``, ``diff``, ``restore``,
      ``trash``/``untrash``/``purge``,
      ``accept_recovered``/``discard_recovered``, ``maintenance`` (the GUI's backup timer), ``close``,
      and the site/outbox/term/note/media methods of :class:`PublishingRepo`.
    """

    # --- opening and closing -------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths, *, clock: Callable[[], datetime] | None = None,
             policy: RevisionPolicy | None = None, fsync_journal: bool = True,
             integrity: str = "auto", ordinary_check: str = "quick", scan_journal: bool = True) -> DraftStore:
        """Check, repair, migrate and open the store. Slow on big stores: run it off the GUI thread.

        ``integrity``, ``ordinary_check``: see :func:`~editor_app.storage.recovery.prepare_file`
        (``"auto"``: the full check when it is due, ``ordinary_check`` otherwise: ``"quick"`` for the
        GUI, ``"light"`` for short-lived commands). ``scan_journal``: offer back the text found in the
        recovery journal (False: the caller wrote that text in this session, see gui/early_journal.py,
        and found the journal empty before). Raises a StorageError (a QalamError) when the folder
        or the database cannot be used (full disk, I/O error, read-only, locked): nothing is moved
        then. Only real damage takes the salvage path, reported in ``store.report``.
        """
        try:
            paths.ensure()
        except OSError as exc:
            raise errors.classify(exc, paths.data_dir) or exc from exc
        db_path = paths.database
        report = prepare_file(paths, integrity=integrity, ordinary=ordinary_check)
        db: Database | None = None
        try:
            migrated_from, pre_backup = migrate_to_head(db_path, paths.backups)
            if migrated_from is not None:
                report = replace(report, migrated_from=migrated_from, pre_migration_backup=pre_backup)
            db = Database(db_path)
            with db.raw() as raw:
                raw.execute("SELECT 1").fetchone()
            for suffix in ("", "-wal", "-shm"):
                safety.private_file(db_path.with_name(db_path.name + suffix))
            # After a stemmer or index layout change: the old index stays searchable and the rebuild runs
            # beside the open store, in steps (storage/search_rebuild.py); this only marks where it starts.
            search_rebuild.prepare(db)
            journal = RecoveryJournal(paths.data_dir / "recovery", fsync=fsync_journal)
            store = cls(paths, db, journal, report, clock=clock or utcnow, policy=policy or RevisionPolicy())
            store._salvage_pending()
            if scan_journal and not folder_lock.held_elsewhere(paths.data_dir):
                # With a window open, its journal holds text being typed right now, not text to recover.
                store._scan_journal()
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            if db is not None:
                db.dispose()
            translated = errors.translate(exc, db_path) if not isinstance(exc, OSError) else \
                errors.classify(exc, paths.data_dir)
            raise translated or exc from exc
        except BaseException:
            if db is not None:
                db.dispose()
            raise
        store._running_marker = integrity_schedule.mark_open(paths.data_dir)
        if store._recovered:
            store._report = replace(
                store._report, recovered=len(store._recovered),
                messages=[*store._report.messages, store_msg(MSG_RECOVERED,
                    count=len(store._recovered))],
            )
        return store

    @property
    def report(self) -> OpenReport:
        return self._report

    def follow_commits(self, before: Callable[[], None], after: Callable[[], None]) -> None:
        """Call ``before`` and ``after`` around each commit of this store (the write lock held): how a
        change watcher leaves out this process's own writes (storage/change_probe.py)."""
        self._db.commit_hooks.append((before, after))

    def close(self, *, backup: bool = True) -> None:
        """Write pending autosaves, take the on-close backup (skipped with :attr:`backup_note` when the disk
        has no room), release the database. A failed flush raises (its text stays in the journal)."""
        if self._closed:
            return
        clean = False
        try:
            self.flush()
            if backup and not self._unchanged_since_backup():
                self.try_backup("close")
            with self._db.raw() as raw:
                raw.execute("PRAGMA optimize")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            clean = True
        finally:
            self._closed = True
            self._db.dispose()
            if clean:  # a store closed after a failure keeps its marker: check it at the next open
                integrity_schedule.mark_closed(self._running_marker)

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

