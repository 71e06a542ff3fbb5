"""Revision history: listing, reading, diffing, restoring and thinning old autosaves."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, select, text

from editor_app.core.article import Article
from editor_app.core.diff import DiffOp, diff_words
from editor_app.core.plain_text import html_to_text
from editor_app.core.revision import Revision, RevisionInfo, RevisionKind
from editor_app.errors import QalamError
from editor_app.storage.convert import TEXT_FIELDS, revision_from_row, revision_info
from editor_app.storage.drafts_repo import DraftsRepo
from editor_app.storage.models import RevisionRow
from editor_app.storage.store_state import MSG_NO_REVISION, store_msg


def revision_text(rev: Revision | Article) -> str:
    """The text a diff compares: title, subtitle, then the body's paragraphs."""
    head = [rev.title] + ([rev.subtitle] if rev.subtitle else [])
    return "\n".join([*head, "", html_to_text(rev.body_html)])



class RevisionsRepo(DraftsRepo):
    """Every draft's revisions (one autosave revision per working stretch, explicit saves kept forever)."""

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
                raise QalamError(store_msg(MSG_NO_REVISION,
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
                self._written.pop(article_id, None)
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

