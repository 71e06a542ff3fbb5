"""Reading drafts (the newest text, lists, ids) and the trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, func, select

from editor_app.core.article import Article
from editor_app.core.draft_summary import DraftSummary
from editor_app.errors import QalamError
from editor_app.storage.convert import article_from_row
from editor_app.storage.models import ArticleRow
from editor_app.storage.saving import DraftWriter, edited_since_published
from editor_app.storage.store_state import MSG_AMBIGUOUS, MSG_NO_DRAFT, MSG_NO_ID, store_msg


class DraftsRepo(DraftWriter):
    """Drafts as the rest of Qalam reads them; trashing and purging."""

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
                raise QalamError(store_msg(MSG_NO_DRAFT, id=article_id))
            return article_from_row(row)

    def exists(self, article_id: str) -> bool:
        with self._db.read() as s:
            return s.get(ArticleRow, article_id) is not None

    def resolve_id(self, prefix: str) -> str:
        """A full id from a unique prefix (as typed on the command line)."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise QalamError(store_msg(MSG_NO_ID))
        with self._db.read() as s:
            found = list(s.scalars(select(ArticleRow.id)
                                   .where(ArticleRow.id.startswith(prefix, autoescape=True)).limit(5)))
        if not found:
            raise QalamError(store_msg(MSG_NO_DRAFT, id=prefix))
        if len(found) > 1 and prefix not in found:
            raise QalamError(store_msg(MSG_AMBIGUOUS,
                id=prefix, count=len(found) if len(found) < 5 else "5+"))
        return prefix if prefix in found else found[0]

    def list_drafts(self, *, trashed: bool | None = False, state: str | None = None,
                    site_id: str | None = None, limit: int | None = None) -> list[DraftSummary]:
        """Newest first. ``trashed``: False hides the trash, True shows only it, None shows everything."""
        cols = (ArticleRow.id, ArticleRow.title, ArticleRow.state, ArticleRow.site_id, ArticleRow.created_at,
                ArticleRow.updated_at, ArticleRow.trashed_at, ArticleRow.word_count, ArticleRow.remote_id,
                ArticleRow.categories, ArticleRow.tags, ArticleRow.content_hash, ArticleRow.published_hash)
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
                                 categories=[str(c) for c in r[9] or []], tags=[str(t) for t in r[10] or []],
                                 changed_since_published=edited_since_published(r[2], r[11], r[12]))
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
                    raise QalamError(store_msg(MSG_NO_DRAFT, id=article_id))
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

