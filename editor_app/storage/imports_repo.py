"""Which file each imported draft came from (the sha256 of its bytes), so a second import of the same
file can name the draft that holds it instead of making another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from editor_app.storage.models import ArticleRow, ImportSourceRow
from editor_app.storage.store_state import StoreState


@dataclass(frozen=True)
class ImportedFile:
    article_id: str
    title: str
    file_name: str
    imported_at: datetime
    trashed: bool


class ImportsRepo(StoreState):
    """``remember_import`` when a draft is made from a file; ``find_import`` before making another."""

    def remember_import(self, article_id: str, sha256: str, file_name: str) -> None:
        with self._db.write() as s:
            s.add(ImportSourceRow(article_id=article_id, sha256=sha256, file_name=file_name,
                                  imported_at=self._clock()))

    def find_import(self, sha256: str) -> ImportedFile | None:
        """The newest draft still holding a file with these bytes, if any (drafts in the trash too)."""
        with self._db.read() as s:
            row = s.execute(
                select(ImportSourceRow.article_id, ArticleRow.title, ImportSourceRow.file_name,
                       ImportSourceRow.imported_at, ArticleRow.trashed_at)
                .join(ArticleRow, ArticleRow.id == ImportSourceRow.article_id)
                .where(ImportSourceRow.sha256 == sha256)
                .order_by(ImportSourceRow.imported_at.desc(), ImportSourceRow.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        return ImportedFile(article_id=row[0], title=row[1], file_name=row[2], imported_at=row[3],
                            trashed=row[4] is not None)
