"""Saving drafts: the autosave queue and its journal (GUI thread), flush, save and create (runner)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.article import TRACKING_FIELDS, Article
from editor_app.core.plain_text import html_to_text, word_count
from editor_app.core.revision import RevisionInfo, RevisionKind
from editor_app.errors import QalamError
from editor_app.storage import errors, search_index
from editor_app.storage.convert import (
    TEXT_FIELDS,
    article_from_row,
    article_to_dict,
    content_hash,
    fill_article_row,
    revision_info,
)
from editor_app.storage.journal import JournalEntry
from editor_app.storage.models import ArticleRow, RevisionRow, format_time
from editor_app.storage.store_state import (
    MSG_EXISTS,
    MSG_JOURNAL_FAILED,
    Queued,
    StoreState,
    store_msg,
)


@dataclass(frozen=True)
class FlushResult:
    autosaved: list[str] = field(default_factory=list)  # article ids written
    saved: list[RevisionInfo] = field(default_factory=list)  # explicit-save revisions created or kept



class DraftWriter(StoreState):
    """Autosave, explicit saves and new drafts: every write of an article's text goes through here."""

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
                known = errors.classify(exc, self.paths.data_dir)
                if isinstance(known, errors.DiskFullError | errors.StorageReadOnlyError):
                    raise known from exc
                raise QalamError(store_msg(MSG_JOURNAL_FAILED, reason=exc.strerror or str(exc))) from exc
            queue = self._queue.setdefault(article.id, [])
            if queue and not queue[-1].explicit:
                queue.pop()  # a newer snapshot supersedes an unwritten autosave
            queue.append(Queued(snap, seq, explicit, note))
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

