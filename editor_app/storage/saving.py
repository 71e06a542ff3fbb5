"""Saving drafts: the autosave queue (GUI thread), its journal, flush, save and create (runner).

Stale copies: the GUI passes ``base``, the content hash its copy of the draft came from. A write
with a base is applied only while the stored draft still holds that version or the last one this
store wrote itself; otherwise someone else (the command line, another process, a pull from the
site) changed the draft meanwhile, and the GUI's text is kept as a revision of its own without
touching the stored draft (a :class:`SaveConflict`, which the GUI shows). Nobody's text is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.article import TRACKING_FIELDS, Article
from editor_app.core.draft_summary import edited_since_published
from editor_app.core.plain_text import html_to_text, word_count
from editor_app.core.revision import RevisionInfo, RevisionKind
from editor_app.errors import QalamError
from editor_app.storage import search_index
from editor_app.storage.convert import (
    TEXT_FIELDS,
    article_from_row,
    article_to_dict,
    content_hash,
    fill_article_row,
    revision_info,
)
from editor_app.storage.errors import DiskFullError, StorageReadOnlyError, classify
from editor_app.storage.journal import JournalEntry
from editor_app.storage.models import ArticleRow, RevisionRow, format_time
from editor_app.storage.store_state import (
    MSG_EXISTS,
    MSG_JOURNAL_FAILED,
    MSG_NO_DRAFT,
    NOTE_CONFLICT,
    NOTE_ELSEWHERE,
    Queued,
    SaveConflict,
    StoreState,
    store_msg,
)


@dataclass(frozen=True)
class FlushResult:
    autosaved: list[str] = field(default_factory=list)  # article ids written
    saved: list[RevisionInfo] = field(default_factory=list)  # explicit-save revisions created or kept
    conflicts: list[SaveConflict] = field(default_factory=list)  # texts kept aside: changed elsewhere



class DraftWriter(StoreState):
    """Autosave, explicit saves and new drafts: every write of an article's text goes through here."""

    # --- autosave and saving -------------------------------------------------------------------------
    def autosave(self, article: Article, *, base: str | None = None, journal: bool = True) -> bool:
        """*GUI thread*. Queue the article for :meth:`flush` and, with ``journal``, journal it now
        (atomic, fsync'd).

        ``journal=False`` leaves the journal to :meth:`write_journal` on the task runner: the
        calling thread then only compares fields and queues (well under a millisecond for 20,000
        words). ``base``: the content hash the caller's copy came from (see the module's doc).
        Returns False when nothing changed since the last autosave (then nothing is queued).
        Raises QalamError (a ``storage.errors`` one on a full disk) when the journal cannot be written.
        """
        return self._enqueue(article, explicit=False, note="", base=base, journal=journal)

    def queue_save(self, article: Article, note: str = "", *, base: str | None = None,
                   journal: bool = True) -> None:
        """*GUI thread*. An explicit save (Ctrl+S, close): a kept-forever revision at flush."""
        self._enqueue(article, explicit=True, note=note, base=base, journal=journal)

    def has_pending(self) -> bool:
        with self._pending_lock:
            return bool(self._queue)

    def _enqueue(self, article: Article, *, explicit: bool, note: str, base: str | None,
                 journal: bool) -> bool:
        with self._pending_lock:
            last = self._last_snapshot.get(article.id)
            queue = self._queue.setdefault(article.id, [])
            # Field-by-field equality (string compares are memcmp): far cheaper than hashing 20,000 words.
            if not explicit and last is not None and replace(article, updated_at=last.updated_at) == last:
                if not queue:
                    del self._queue[article.id]
                # Unchanged; but a journal write that failed before is tried again.
                retry = journal and bool(queue) and not queue[-1].journalled
                if not retry:
                    return False
            else:
                snap = replace(article, categories=list(article.categories), tags=list(article.tags),
                               updated_at=self._clock())
                if queue and not queue[-1].explicit:
                    queue.pop()  # a newer snapshot supersedes an unwritten autosave
                written = self._written.get(article.id)
                # Ctrl+S on the text autosaved a moment ago: the database has it; no journal file to write.
                stored = (explicit and not queue and written is not None
                          and replace(article, updated_at=written.updated_at) == written)
                queue.append(Queued(snap, next(self._seq), explicit, note, base=base, journalled=stored))
                self._last_snapshot[article.id] = snap
        if journal:
            self.write_journal(article.id)
        return True

    def write_journal(self, article_id: str | None = None) -> int:
        """*Task runner* (or the caller of ``autosave(journal=True)``). Journal the newest queued snapshot
        of each article (or of ``article_id``) not journalled yet; returns how many files were written.

        One writer at a time, so an older snapshot never lands after a newer one.
        """
        written = 0
        with self._journal_lock:
            with self._pending_lock:
                todo = [entries[-1] for key, entries in self._queue.items()
                        if entries and not entries[-1].journalled and article_id in (None, key)]
            for entry in todo:
                snap = entry.article
                try:
                    self._journal.write(JournalEntry(snap.id, entry.seq, format_time(snap.updated_at),
                                                     entry.explicit, entry.note, article_to_dict(snap)))
                except OSError as exc:  # disk full, folder gone: the user must know their text is not safe
                    raise _journal_error(exc, self.paths.data_dir) from exc
                entry.journalled = True
                written += 1
        return written

    def flush(self) -> FlushResult:
        """*Task runner*. Write queued autosaves and explicit saves in order; index them; then drop their
        journal files. Explicit saves commit with ``synchronous=FULL``. Whatever is queued is journalled
        first: a crash in the middle of the database write then still finds the text."""
        with self._flush_lock:
            journal_error: QalamError | None = None
            try:
                self.write_journal()
            except QalamError as exc:  # the database may still take it; if not, its error says more
                journal_error = exc
            with self._pending_lock:
                batch, self._queue = self._queue, {}
            autosaved: list[str] = []
            saved: list[RevisionInfo] = []
            conflicts: list[SaveConflict] = []
            done: list[str] = []
            try:
                for article_id, entries in batch.items():
                    while entries:
                        entry = entries[0]
                        kind = RevisionKind.SAVE if entry.explicit else RevisionKind.AUTOSAVE
                        before = len(conflicts)
                        info = self._persist(entry.article, kind, entry.note, text_only=True,
                                             base=entry.base, conflicts=conflicts)
                        entries.pop(0)
                        with self._pending_lock:
                            if len(conflicts) > before:
                                self._written.pop(article_id, None)  # the stored text is another's
                            else:
                                self._written[article_id] = entry.article
                        if entry.explicit and info is not None:
                            saved.append(info)
                        elif not entry.explicit:
                            autosaved.append(article_id)
                    done.append(article_id)
            finally:
                with self._journal_lock, self._pending_lock:
                    for article_id, entries in batch.items():
                        if entries:  # failed: put back in front of anything newer
                            self._queue[article_id] = entries + self._queue.get(article_id, [])
                    for article_id in done:
                        if article_id not in self._queue:
                            self._journal.remove(article_id)
            if journal_error is not None and self.has_pending():
                raise journal_error
            return FlushResult(autosaved, saved, conflicts)

    def save(self, article: Article, note: str = "", *,
             kind: RevisionKind = RevisionKind.SAVE, text_only: bool = False) -> RevisionInfo:
        """*Task runner / command line*. Explicit, durable save; returns the kept-forever revision.

        The GUI, which also autosaves the same article, uses :meth:`queue_save` + :meth:`flush` instead:
        that keeps the order of what was typed (a save running late cannot overwrite a newer autosave).
        """
        with self._flush_lock:
            self.flush()
            info = self._persist(replace(article, updated_at=self._clock()), kind, note, text_only=text_only)
            assert info is not None  # no base: never a conflict
            with self._pending_lock:
                self._last_snapshot.pop(article.id, None)
                self._written.pop(article.id, None)
            return info

    def create(self, article: Article | None = None, note: str = "",
               *, kind: RevisionKind = RevisionKind.SAVE) -> Article:
        """A new draft with its first revision."""
        article = article or Article()
        with self._db.read() as s:
            if s.get(ArticleRow, article.id) is not None:
                raise QalamError(store_msg(MSG_EXISTS,
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
                                              article.excerpt, [*article.tags, *article.categories],
                                              body_text=body_text)
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
                 restored_from: int | None = None, *, text_only: bool = False, base: str | None = None,
                 conflicts: list[SaveConflict] | None = None) -> RevisionInfo | None:
        """One transaction: the article row, its revision (coalesced for autosaves) and its search index.

        ``text_only``: a snapshot from the editor; the row keeps its workflow and remote columns.
        ``base``: see the module's doc; a conflict is appended to ``conflicts``."""
        chash = content_hash(article)
        with self._db.read() as s:
            indexed = search_index.is_indexed(s, article.id, chash)
            stored = s.execute(select(ArticleRow.content_hash, ArticleRow.word_count)
                               .where(ArticleRow.id == article.id)).first()
        # Ctrl+S after an autosave stores the same text again: its count and index are there already
        # (a 20,000-word body costs ~25 ms to strip and count).
        body_text = None if indexed and stored is not None and stored[0] == chash else html_to_text(
            article.body_html)
        words = stored[1] if body_text is None and stored is not None else word_count(body_text or "")
        doc = None if indexed else search_index.index_text(
            article.title, article.subtitle, article.body_html, article.excerpt,
            [*article.tags, *article.categories], body_text=body_text)
        durable = kind != RevisionKind.AUTOSAVE
        now = self._clock()
        with self._pending_lock:
            own = self._own_hash.get(article.id)
        try:
            with self._db.write(durable=durable) as s:
                row = s.get(ArticleRow, article.id)
                if row is None:
                    row = ArticleRow(id=article.id)
                    s.add(row)
                else:
                    if base is not None and row.content_hash not in (base, own, chash):
                        # Changed elsewhere since this copy was made: keep this text beside it.
                        found = self._keep_conflict_copy(s, article, chash, words, now, row.content_hash)
                        if conflicts is not None:
                            conflicts.append(found)
                        return None
                    if base is not None and row.content_hash not in (own, chash):
                        self._keep_elsewhere_version(s, row, now)
                    if text_only:
                        kept = article_from_row(row)
                        article = replace(article, **{name: getattr(kept, name) for name in TRACKING_FIELDS})
                if article.remote_content_hash and article.remote_content_hash != row.remote_content_hash:
                    row.published_hash = chash  # a new site version with this text (pulled, or sent by us)
                fill_article_row(row, article)
                row.word_count = words
                info = self._write_revision(s, article, chash, words, kind, note, now, restored_from)
                if doc is None and not search_index.is_indexed(s, article.id, chash):
                    doc = search_index.index_text(article.title, article.subtitle, article.body_html,
                                                  article.excerpt, [*article.tags, *article.categories])
                search_index.upsert(s, article.id, chash, doc)
                if base is not None:  # the editor's write; any other one is news to the open window
                    with self._pending_lock:  # before the commit: a watcher must never take it for another's
                        self._own_hash[article.id] = chash
        except BaseException:
            if base is not None:
                with self._pending_lock:
                    if own is None:
                        self._own_hash.pop(article.id, None)
                    else:
                        self._own_hash[article.id] = own
            raise
        return info

    def _keep_conflict_copy(self, s: Session, article: Article, chash: str, words: int, now: datetime,
                            stored_hash: str) -> SaveConflict:
        """A revision holding this copy's text; the stored draft is left as the other writer made it.
        Repeated autosaves of the same stale copy move that one revision forward."""
        latest = s.scalars(select(RevisionRow).where(RevisionRow.article_id == article.id)
                           .order_by(RevisionRow.number.desc()).limit(1)).first()
        with self._pending_lock:
            previous = self._conflict_copies.get(article.id)
        if latest is not None and previous is not None and latest.number == previous:
            target = latest
        elif latest is not None and latest.content_hash == chash:
            return SaveConflict(article.id, stored_hash, latest.number)
        else:
            target = RevisionRow(article_id=article.id, number=(latest.number + 1) if latest else 1,
                                 kind=RevisionKind.SAVE.value, created_at=now, note=NOTE_CONFLICT)
            s.add(target)
        _fill_revision(s, target, article, chash, words, now)
        with self._pending_lock:
            self._conflict_copies[article.id] = target.number
        return SaveConflict(article.id, stored_hash, target.number)

    def _keep_elsewhere_version(self, s: Session, row: ArticleRow, now: datetime) -> None:
        """About to replace text someone else stored (the writer chose "keep mine"): make sure that text
        is in the history first, whatever wrote it."""
        known = s.scalars(select(RevisionRow.id).where(RevisionRow.article_id == row.id,
                                                      RevisionRow.content_hash == row.content_hash).limit(1))
        if known.first() is not None:
            return
        kept = article_from_row(row)
        self._write_revision(s, kept, row.content_hash, row.word_count, RevisionKind.SAVE, NOTE_ELSEWHERE,
                             now, None)

    def stored_hash(self, article_id: str) -> str | None:
        """*Task runner*. The content hash of the stored draft (None: no such draft)."""
        with self._db.read() as s:
            return s.scalar(select(ArticleRow.content_hash).where(ArticleRow.id == article_id))

    def stored_article(self, article_id: str) -> tuple[Article, str]:
        """*Task runner*. The draft as stored (never a queued snapshot) and its content hash."""
        with self._db.read() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise QalamError(store_msg(MSG_NO_DRAFT, id=article_id))
            return article_from_row(row), row.content_hash

    def changed_elsewhere(self, article_id: str, base: str | None) -> str | None:
        """*Task runner*. The stored content hash when someone other than this store wrote the draft
        since ``base`` (and since this store's own last write); None otherwise."""
        stored = self.stored_hash(article_id)
        with self._pending_lock:
            own = self._own_hash.get(article_id)
        if stored is None or stored in (base, own):
            return None
        return stored

    def changed_since_published(self, article_id: str) -> bool:
        """*Task runner*. A published (or scheduled) draft whose text differs from what the site accepted."""
        with self._db.read() as s:
            row = s.execute(select(ArticleRow.state, ArticleRow.content_hash, ArticleRow.published_hash)
                            .where(ArticleRow.id == article_id)).first()
        return row is not None and edited_since_published(row[0], row[1], row[2])

    @staticmethod
    def content_hash_of(article: Article) -> str:
        """The hash ``base`` arguments compare (sha256 of the editable text)."""
        return content_hash(article)

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
        _fill_revision(s, target, article, chash, words, now)
        return revision_info(target)


def _journal_error(exc: OSError, folder: Path) -> QalamError:
    found = classify(exc, folder)
    if isinstance(found, DiskFullError | StorageReadOnlyError):
        return found  # the GUI says so, keeps the text and keeps retrying
    return QalamError(store_msg(MSG_JOURNAL_FAILED, reason=exc.strerror or str(exc)))


def _fill_revision(s: Session, target: RevisionRow, article: Article, chash: str, words: int,
                   now: datetime) -> None:
    """A revision row takes the article's text fields (lists copied), its hash, count and time."""
    for name in TEXT_FIELDS:
        value = getattr(article, name)
        setattr(target, name, list(value) if isinstance(value, list) else value)
    target.content_hash = chash
    target.word_count = words
    target.updated_at = now
    s.flush()
