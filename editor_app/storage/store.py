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
    outbox), ``BEGIN IMMEDIATE`` writers, files 0600 in a 0700 folder. At open: ``integrity_check``;
    on failure the damaged files move to ``damaged/`` and the newest backup that passes the check
    is restored (``store.report`` says what happened, as translatable messages). Backups use the
    online backup API: ``backup()``, ``maintenance()`` (for a timer), on ``close()``, and before
    any migration. Migrations (``storage/migrations``) run at open with foreign keys off.

Search
    FTS5 over a normalised copy (``core.arabic_normalize``) of title, body text, excerpt and tags,
    with the words' light stems (``core.arabic_stem``) in separate columns (storage/search_index.py);
    queries match through proclitics both ways, exact words rank first; bm25 ranks the newest 2,000
    matches when more match (``rank_window``); snippets and highlights are cut from the original text;
    ``suggest`` gives "did you mean" spellings (storage/search_vocab.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from editor_app.core.article import TRACKING_FIELDS, Article, utcnow
from editor_app.core.diff import DiffOp, diff_words
from editor_app.core.draft_summary import DraftSummary
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.plain_text import html_to_text, word_count
from editor_app.core.revision import RecoveredDraft, Revision, RevisionInfo, RevisionKind
from editor_app.core.search import SearchHit
from editor_app.errors import QalamError
from editor_app.paths import AppPaths
from editor_app.storage import migrate, safety, search_index
from editor_app.storage.convert import (
    TEXT_FIELDS,
    article_from_dict,
    article_from_row,
    article_to_dict,
    content_hash,
    fill_article_row,
    revision_from_row,
    revision_info,
)
from editor_app.storage.engine import Database
from editor_app.storage.journal import JournalEntry, RecoveryJournal
from editor_app.storage.models import ArticleRow, RevisionRow, format_time, parse_time
from editor_app.storage.publishing_repo import PublishingRepo

log = logging.getLogger(__name__)
CTX = "DraftStore"

# What the user may be told (lupdate collects these: the context must be a literal on one line).
MSG_RECOVERED = QT_TRANSLATE_NOOP("DraftStore", "Unsaved text of {count} draft(s) was recovered after Qalam stopped unexpectedly.")  # noqa: E501
MSG_EXISTS = QT_TRANSLATE_NOOP("DraftStore", "A draft with id {id} already exists.")
MSG_NO_DRAFT = QT_TRANSLATE_NOOP("DraftStore", "No draft with id {id}.")
MSG_NO_ID = QT_TRANSLATE_NOOP("DraftStore", "No draft id given.")
MSG_AMBIGUOUS = QT_TRANSLATE_NOOP("DraftStore", "The id {id} is ambiguous: it starts {count} drafts; type more of it.")  # noqa: E501
MSG_NO_REVISION = QT_TRANSLATE_NOOP("DraftStore", "Draft {id} has no revision {number}.")
NOTE_RECOVERED = QT_TRANSLATE_NOOP("DraftStore", "Recovered after an unexpected exit")
MSG_DAMAGED_EMPTY = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was damaged and no good backup was found. Qalam started with an empty store; the damaged file was kept as {damaged}.")  # noqa: E501
MSG_DAMAGED_RESTORED = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was damaged. It was restored from the backup of {when}; changes made after that may be missing. The damaged file was kept as {damaged}.")  # noqa: E501
MSG_JOURNAL_FAILED = QT_TRANSLATE_NOOP("DraftStore", "The draft could not be saved on this computer: {reason}")  # noqa: E501
MSG_NEWER_SCHEMA = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was written by a newer version of Qalam (schema {rev}). Update Qalam to open it.")  # noqa: E501


@dataclass(frozen=True)
class RevisionPolicy:
    """When autosaves start a new revision, and how old autosaves are thinned."""

    pause: timedelta = timedelta(minutes=2)  # no autosave for this long: the next one starts a new revision
    max_span: timedelta = timedelta(minutes=10)  # one autosave revision never covers more than this
    keep_all_for: timedelta = timedelta(days=1)  # younger autosaves are all kept
    hourly_for: timedelta = timedelta(days=7)  # then one per hour
    daily_for: timedelta = timedelta(days=90)  # then one per day; older autosaves go (explicit saves stay)


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening; ``messages`` are for the user (translate with ``UserMessage.render``)."""

    database: Path
    created: bool = False
    integrity: str = "ok"
    restored_from: Path | None = None
    damaged_file: Path | None = None
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    recovered: int = 0
    messages: list[UserMessage] = field(default_factory=list)

    @property
    def had_corruption(self) -> bool:
        return self.damaged_file is not None


@dataclass(frozen=True)
class FlushResult:
    autosaved: list[str] = field(default_factory=list)  # article ids written
    saved: list[RevisionInfo] = field(default_factory=list)  # explicit-save revisions created or kept


@dataclass
class _Queued:
    article: Article
    seq: int
    explicit: bool
    note: str = ""


def _msg(text_: str, **args: object) -> UserMessage:
    return UserMessage(CTX, text_, {k: str(v) for k, v in args.items()})


def _identity(data: dict[str, Any]) -> str:
    """Everything but ``updated_at``: an unchanged article is not autosaved again."""
    without = {k: v for k, v in data.items() if k != "updated_at"}
    return hashlib.sha1(json.dumps(without, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def revision_text(rev: Revision | Article) -> str:
    """The text a diff compares: title, subtitle, then the body's paragraphs."""
    head = [rev.title] + ([rev.subtitle] if rev.subtitle else [])
    return "\n".join([*head, "", html_to_text(rev.body_html)])


class DraftStore(PublishingRepo):
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

    def __init__(self, paths: AppPaths, db: Database, journal: RecoveryJournal, report: OpenReport,
                 *, clock: Callable[[], datetime], policy: RevisionPolicy) -> None:
        self.paths = paths
        self._db = db
        self._journal = journal
        self._clock = clock
        self.policy = policy
        self._report = report
        self._pending_lock = threading.Lock()
        self._flush_lock = threading.RLock()
        self._queue: dict[str, list[_Queued]] = {}
        self._last_snapshot: dict[str, Article] = {}
        self._seq = itertools.count(1)
        self._recovered: dict[str, RecoveredDraft] = {}
        self._closed = False
        self._backed_up_at = 0  # Database.commits at the last backup (0: this process wrote nothing yet)

    # --- opening and closing -------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths, *, clock: Callable[[], datetime] | None = None,
             policy: RevisionPolicy | None = None, fsync_journal: bool = True) -> DraftStore:
        """Check, repair, migrate and open the store. Slow on big stores: run it off the GUI thread.

        Raises QalamError only when nothing can be opened (not even a fresh database).
        """
        paths.ensure()
        db_path = paths.database
        report = _prepare_file(paths)
        migrated_from, pre_backup = _migrate(db_path, paths.backups)
        if migrated_from is not None:
            report = replace(report, migrated_from=migrated_from, pre_migration_backup=pre_backup)
        db = Database(db_path)
        with db.raw() as raw:
            raw.execute("SELECT 1").fetchone()
        for suffix in ("", "-wal", "-shm"):
            safety.private_file(db_path.with_name(db_path.name + suffix))
        search_index.ensure_current(db)  # once after a stemmer or index layout change
        journal = RecoveryJournal(paths.data_dir / "recovery", fsync=fsync_journal)
        store = cls(paths, db, journal, report, clock=clock or utcnow, policy=policy or RevisionPolicy())
        store._scan_journal()
        if store._recovered:
            store._report = replace(
                store._report, recovered=len(store._recovered),
                messages=[*store._report.messages, _msg(MSG_RECOVERED,
                    count=len(store._recovered))],
            )
        return store

    @property
    def report(self) -> OpenReport:
        return self._report

    def close(self, *, backup: bool = True) -> None:
        """Write pending autosaves, take the on-close backup, release the database."""
        if self._closed:
            return
        try:
            self.flush()
            if backup and not self._unchanged_since_backup():
                self.backup("close")
            with self._db.raw() as raw:
                raw.execute("PRAGMA optimize")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._closed = True
            self._db.dispose()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    # --- autosave and saving -------------------------------------------------------------------------
    def autosave(self, article: Article) -> bool:
        """*GUI thread*. Journal the article (atomic, fsync'd) and queue it for :meth:`flush`.

        Returns False when nothing changed since the last autosave (then nothing is written).
        Raises QalamError when the recovery file cannot be written (disk full): tell the user.
        Cost: an equality check, one JSON encoding and one fsync'd file write; no database access.
        """
        return self._enqueue(article, explicit=False, note="")

    def queue_save(self, article: Article, note: str = "") -> None:
        """*GUI thread*. An explicit save (Ctrl+S, close): journalled now, kept-forever revision at flush."""
        self._enqueue(article, explicit=True, note=note)

    def has_pending(self) -> bool:
        with self._pending_lock:
            return bool(self._queue)

    def _enqueue(self, article: Article, *, explicit: bool, note: str) -> bool:
        with self._pending_lock:
            last = self._last_snapshot.get(article.id)
            # Field-by-field equality (string compares are memcmp): far cheaper than hashing 20,000 words.
            if not explicit and last is not None and replace(article, updated_at=last.updated_at) == last:
                return False
            now = self._clock()
            snap = replace(article, categories=list(article.categories), tags=list(article.tags),
                           updated_at=now)
            seq = next(self._seq)
            try:
                self._journal.write(
                    JournalEntry(article.id, seq, format_time(now), explicit, note, article_to_dict(snap)))
            except OSError as exc:  # disk full, folder gone: the user must know their text is not safe
                raise QalamError(_msg(MSG_JOURNAL_FAILED, reason=exc.strerror or str(exc))) from exc
            queue = self._queue.setdefault(article.id, [])
            if queue and not queue[-1].explicit:
                queue.pop()  # a newer snapshot supersedes an unwritten autosave
            queue.append(_Queued(snap, seq, explicit, note))
            self._last_snapshot[article.id] = snap
            return True

    def flush(self) -> FlushResult:
        """*Task runner*. Write queued autosaves and explicit saves in order; index them; then drop their
        journal files. Explicit saves commit with ``synchronous=FULL``."""
        with self._flush_lock:
            with self._pending_lock:
                batch, self._queue = self._queue, {}
            autosaved: list[str] = []
            saved: list[RevisionInfo] = []
            done: list[str] = []
            try:
                for article_id, entries in batch.items():
                    while entries:
                        entry = entries[0]
                        kind = RevisionKind.SAVE if entry.explicit else RevisionKind.AUTOSAVE
                        info = self._persist(entry.article, kind, entry.note, text_only=True)
                        entries.pop(0)
                        if entry.explicit and info is not None:
                            saved.append(info)
                        elif not entry.explicit:
                            autosaved.append(article_id)
                    done.append(article_id)
            finally:
                with self._pending_lock:
                    for article_id, entries in batch.items():
                        if entries:  # failed: put back in front of anything newer
                            self._queue[article_id] = entries + self._queue.get(article_id, [])
                    for article_id in done:
                        if article_id not in self._queue:
                            self._journal.remove(article_id)
            return FlushResult(autosaved, saved)

    def save(self, article: Article, note: str = "", *,
             kind: RevisionKind = RevisionKind.SAVE, text_only: bool = False) -> RevisionInfo:
        """*Task runner / command line*. Explicit, durable save; returns the kept-forever revision.

        The GUI, which also autosaves the same article, uses :meth:`queue_save` + :meth:`flush` instead:
        that keeps the order of what was typed (a save running late cannot overwrite a newer autosave).
        """
        with self._flush_lock:
            self.flush()
            info = self._persist(replace(article, updated_at=self._clock()), kind, note, text_only=text_only)
            assert info is not None
            with self._pending_lock:
                self._last_snapshot.pop(article.id, None)
            return info

    def create(self, article: Article | None = None, note: str = "",
               *, kind: RevisionKind = RevisionKind.SAVE) -> Article:
        """A new draft with its first revision."""
        article = article or Article()
        with self._db.read() as s:
            if s.get(ArticleRow, article.id) is not None:
                raise QalamError(_msg(MSG_EXISTS,
                                      id=article.id))
        now = self._clock()
        article = replace(article, created_at=article.created_at or now, updated_at=now)
        self.save(article, note, kind=kind)
        return article

    def create_many(self, articles: list[Article], note: str = "", *,
                    kind: RevisionKind = RevisionKind.IMPORT, batch: int = 500) -> int:
        """Bulk creation (imports, benchmarks): one durable transaction per ``batch`` drafts.

        Ids that already exist are skipped; returns how many drafts were created.
        """
        created = 0
        for start in range(0, len(articles), batch):
            chunk = articles[start:start + batch]
            prepared = []
            for article in chunk:
                body_text = html_to_text(article.body_html)
                doc = search_index.index_text(article.title, article.subtitle, article.body_html,
                                              article.excerpt, [*article.tags, *article.categories])
                prepared.append((article, content_hash(article), word_count(body_text), doc))
            now = self._clock()
            with self._db.write(durable=True) as s:
                ids = [a.id for a in chunk]
                existing = set(s.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids))))
                for article, chash, words, doc in prepared:
                    if article.id in existing:
                        continue
                    existing.add(article.id)
                    row = ArticleRow(id=article.id)
                    fill_article_row(row, article)
                    row.word_count = words
                    s.add(row)
                    s.flush()
                    self._write_revision(s, article, chash, words, kind, note, now, None)
                    search_index.upsert(s, article.id, chash, doc)
                    created += 1
        return created

    def _persist(self, article: Article, kind: RevisionKind, note: str,
                 restored_from: int | None = None, *, text_only: bool = False) -> RevisionInfo | None:
        """One transaction: the article row, its revision (coalesced for autosaves) and its search index.

        ``text_only``: a snapshot from the editor; the row keeps its workflow and remote columns."""
        chash = content_hash(article)
        body_text = html_to_text(article.body_html)
        words = word_count(body_text)
        with self._db.read() as s:
            indexed = search_index.is_indexed(s, article.id, chash)
        doc = None if indexed else search_index.index_text(
            article.title, article.subtitle, article.body_html, article.excerpt,
            [*article.tags, *article.categories])
        durable = kind != RevisionKind.AUTOSAVE
        now = self._clock()
        with self._db.write(durable=durable) as s:
            row = s.get(ArticleRow, article.id)
            if row is None:
                row = ArticleRow(id=article.id)
                s.add(row)
            elif text_only:
                kept = article_from_row(row)
                article = replace(article, **{name: getattr(kept, name) for name in TRACKING_FIELDS})
            fill_article_row(row, article)
            row.word_count = words
            info = self._write_revision(s, article, chash, words, kind, note, now, restored_from)
            if doc is None and not search_index.is_indexed(s, article.id, chash):
                doc = search_index.index_text(article.title, article.subtitle, article.body_html,
                                              article.excerpt, [*article.tags, *article.categories])
            search_index.upsert(s, article.id, chash, doc)
        return info

    def _write_revision(self, s: Session, article: Article, chash: str, words: int, kind: RevisionKind,
                        note: str, now: datetime, restored_from: int | None) -> RevisionInfo | None:
        latest = s.scalars(select(RevisionRow).where(RevisionRow.article_id == article.id)
                           .order_by(RevisionRow.number.desc()).limit(1)).first()
        if latest is not None and latest.content_hash == chash and kind in (RevisionKind.AUTOSAVE,
                                                                             RevisionKind.SAVE):
            if kind == RevisionKind.SAVE and latest.kind == RevisionKind.AUTOSAVE.value:
                latest.kind = RevisionKind.SAVE.value  # the autosave becomes the kept save
                latest.note = note
                latest.updated_at = now
                s.flush()
            return revision_info(latest) if kind == RevisionKind.SAVE else None
        if (kind == RevisionKind.AUTOSAVE and latest is not None
                and latest.kind == RevisionKind.AUTOSAVE.value
                and now - latest.updated_at < self.policy.pause
                and now - latest.created_at < self.policy.max_span):
            target = latest  # same working stretch: move the autosave revision forward
        else:
            target = RevisionRow(article_id=article.id, number=(latest.number + 1) if latest else 1,
                                 kind=kind.value, created_at=now, note=note, restored_from=restored_from)
            s.add(target)
        for name in TEXT_FIELDS:
            value = getattr(article, name)
            setattr(target, name, list(value) if isinstance(value, list) else value)
        target.content_hash = chash
        target.word_count = words
        target.updated_at = now
        s.flush()
        return revision_info(target)

    # --- reading -------------------------------------------------------------------------------------
    def get(self, article_id: str) -> Article:
        """The newest text: a queued autosave if there is one, else the stored draft."""
        with self._pending_lock:
            queued = self._queue.get(article_id)
            if queued:
                snap = queued[-1].article
                return replace(snap, categories=list(snap.categories), tags=list(snap.tags))
        with self._db.read() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise QalamError(_msg(MSG_NO_DRAFT, id=article_id))
            return article_from_row(row)

    def exists(self, article_id: str) -> bool:
        with self._db.read() as s:
            return s.get(ArticleRow, article_id) is not None

    def resolve_id(self, prefix: str) -> str:
        """A full id from a unique prefix (as typed on the command line)."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise QalamError(_msg(MSG_NO_ID))
        with self._db.read() as s:
            found = list(s.scalars(select(ArticleRow.id)
                                   .where(ArticleRow.id.startswith(prefix, autoescape=True)).limit(5)))
        if not found:
            raise QalamError(_msg(MSG_NO_DRAFT, id=prefix))
        if len(found) > 1 and prefix not in found:
            raise QalamError(_msg(MSG_AMBIGUOUS,
                id=prefix, count=len(found) if len(found) < 5 else "5+"))
        return prefix if prefix in found else found[0]

    def list_drafts(self, *, trashed: bool | None = False, state: str | None = None,
                    site_id: str | None = None, limit: int | None = None) -> list[DraftSummary]:
        """Newest first. ``trashed``: False hides the trash, True shows only it, None shows everything."""
        cols = (ArticleRow.id, ArticleRow.title, ArticleRow.state, ArticleRow.site_id, ArticleRow.created_at,
                ArticleRow.updated_at, ArticleRow.trashed_at, ArticleRow.word_count, ArticleRow.remote_id,
                ArticleRow.categories, ArticleRow.tags)
        q = select(*cols).order_by(ArticleRow.updated_at.desc())
        if trashed is False:
            q = q.where(ArticleRow.trashed_at.is_(None))
        elif trashed is True:
            q = q.where(ArticleRow.trashed_at.is_not(None))
        if state:
            q = q.where(ArticleRow.state == state)
        if site_id:
            q = q.where(ArticleRow.site_id == site_id)
        if limit:
            q = q.limit(limit)
        with self._db.read() as s:
            return [DraftSummary(id=r[0], title=r[1], state=r[2], site_id=r[3], created_at=r[4],
                                 updated_at=r[5], trashed_at=r[6], word_count=r[7], remote_id=r[8],
                                 categories=[str(c) for c in r[9] or []], tags=[str(t) for t in r[10] or []])
                    for r in s.execute(q)]

    def count_drafts(self, *, trashed: bool | None = None) -> int:
        q = select(func.count()).select_from(ArticleRow)
        if trashed is False:
            q = q.where(ArticleRow.trashed_at.is_(None))
        elif trashed is True:
            q = q.where(ArticleRow.trashed_at.is_not(None))
        with self._db.read() as s:
            return int(s.execute(q).scalar_one())

    def find_by_remote(self, site_id: str, remote_id: int) -> Article | None:
        with self._db.read() as s:
            row = s.scalars(select(ArticleRow).where(ArticleRow.site_id == site_id,
                                                     ArticleRow.remote_id == remote_id)).first()
            return article_from_row(row) if row else None

    # --- trash ---------------------------------------------------------------------------------------
    def _set_trashed(self, article_id: str, when: datetime | None) -> Article:
        with self._flush_lock:
            self.flush()
            with self._db.write(durable=True) as s:
                row = s.get(ArticleRow, article_id)
                if row is None:
                    raise QalamError(_msg(MSG_NO_DRAFT, id=article_id))
                row.trashed_at = when
                return article_from_row(row)

    def trash(self, article_id: str) -> Article:
        return self._set_trashed(article_id, self._clock())

    def untrash(self, article_id: str) -> Article:
        return self._set_trashed(article_id, None)

    def purge(self, article_id: str) -> None:
        """Delete for good (with its history, notes and search entry)."""
        with self._flush_lock:
            self.flush()
            with self._db.write(durable=True) as s:
                s.execute(delete(ArticleRow).where(ArticleRow.id == article_id))
            self._journal.remove(article_id)

    # --- history -------------------------------------------------------------------------------------
    def history(self, article_id: str) -> list[RevisionInfo]:
        """Newest first."""
        with self._db.read() as s:
            rows = s.scalars(select(RevisionRow).where(RevisionRow.article_id == article_id)
                             .order_by(RevisionRow.number.desc()))
            return [revision_info(r) for r in rows]

    def revision(self, article_id: str, number: int) -> Revision:
        with self._db.read() as s:
            row = s.scalars(select(RevisionRow).where(RevisionRow.article_id == article_id,
                                                      RevisionRow.number == number)).first()
            if row is None:
                raise QalamError(_msg(MSG_NO_REVISION,
                                      id=article_id, number=number))
            return revision_from_row(row)

    def diff(self, article_id: str, old: int, new: int) -> list[DiffOp]:
        """Word-level diff of two revisions (render with core.diff.render_html / render_text)."""
        return diff_words(revision_text(self.revision(article_id, old)),
                          revision_text(self.revision(article_id, new)))

    def restore(self, article_id: str, number: int) -> tuple[Article, RevisionInfo]:
        """Bring back revision ``number`` as a new, kept-forever revision; returns the article and it."""
        with self._flush_lock:
            self.flush()
            rev = self.revision(article_id, number)
            current = self.get(article_id)
            values = {name: getattr(rev, name) for name in TEXT_FIELDS}
            article = replace(current, **values, updated_at=self._clock())
            info = self._persist(article, RevisionKind.RESTORE, "", restored_from=number)
            assert info is not None
            with self._pending_lock:
                self._last_snapshot.pop(article_id, None)
            return article, info

    def thin_history(self, now: datetime | None = None) -> int:
        """Drop old autosave revisions (explicit saves and each draft's newest revision stay); the count."""
        now = now or self._clock()
        p = self.policy
        with self._db.read() as s:
            latest = dict(s.execute(text("SELECT article_id, max(number) FROM revisions GROUP BY article_id"))
                          .tuples().all())
            rows = s.execute(
                select(RevisionRow.id, RevisionRow.article_id, RevisionRow.number, RevisionRow.updated_at)
                .where(RevisionRow.kind == RevisionKind.AUTOSAVE.value)
                .order_by(RevisionRow.article_id, RevisionRow.updated_at.desc())
            ).tuples().all()
        doomed: list[int] = []
        seen: set[tuple[str, str]] = set()
        for rid, article_id, number, updated in rows:
            age = now - updated
            if number == latest.get(article_id) or age < p.keep_all_for:
                continue
            if age >= p.daily_for:
                doomed.append(rid)
                continue
            bucket = updated.strftime("%Y%m%d%H" if age < p.hourly_for else "%Y%m%d")
            if (article_id, bucket) in seen:
                doomed.append(rid)  # an newer autosave already represents this hour/day
            else:
                seen.add((article_id, bucket))
        if doomed:
            with self._db.write() as s:
                for start in range(0, len(doomed), 500):
                    s.execute(delete(RevisionRow).where(RevisionRow.id.in_(doomed[start:start + 500])))
        return len(doomed)

    # --- search --------------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20, trashed: bool | None = False,
               state: str | None = None, site_id: str | None = None, prefix_last: bool = False,
               snippets: bool = True,
               rank_window: int | None = search_index.RANK_WINDOW) -> list[SearchHit]:
        """Ranked (bm25) search over normalised title, body, excerpt and tags. ``prefix_last`` treats the last
        word as a prefix (search as you type). When more than ``rank_window`` drafts match, the newest
        ``rank_window`` of them are ranked (None: rank all; see search_index.search)."""
        with self._db.read() as s:
            return search_index.search(
                s, query, limit=limit, include_trashed=trashed is None, trashed_only=trashed is True,
                state=state, site_id=site_id, prefix_last=prefix_last, snippets=snippets,
                rank_window=rank_window)

    def suggest(self, query: str, *, limit: int = 3) -> list[str]:
        """"Did you mean": corrected queries from the drafts' words (see storage/search_vocab.py)."""
        from editor_app.storage import search_vocab

        with self._db.read() as s:
            return search_vocab.suggest(s, query, limit=limit)

    def reindex(self) -> int:
        """Rebuild the search index of every draft (after a normaliser or stemmer change)."""
        return search_index.rebuild(self._db)

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
            older = stored is not None and journalled.updated_at < stored.updated_at
            if same or older:
                self._journal.remove(entry.article_id)
                continue
            self._recovered[entry.article_id] = RecoveredDraft(
                article_id=entry.article_id, title=journalled.title, body_html=journalled.body_html,
                journal_saved_at=parse_time(entry.saved_at),
                stored_updated_at=stored.updated_at if stored else None, snapshot=dict(entry.article))

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
def _prepare_file(paths: AppPaths) -> OpenReport:
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
        message = _msg(MSG_DAMAGED_EMPTY, damaged=damaged)
        return OpenReport(database=db_path, created=True, integrity=result.detail, damaged_file=damaged,
                          messages=[message])
    safety.restore_backup(backup, db_path)
    taken = datetime.fromtimestamp(backup.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    message = _msg(MSG_DAMAGED_RESTORED, when=taken, damaged=damaged)
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


def _migrate(db_path: Path, backups: Path) -> tuple[str | None, Path | None]:
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
            raise QalamError(_msg(MSG_NEWER_SCHEMA, rev=current))
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
