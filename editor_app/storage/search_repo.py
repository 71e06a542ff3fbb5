"""Full-text search over the drafts (the FTS5 index lives in :mod:`editor_app.storage.search_index`)."""

from __future__ import annotations

from sqlalchemy import select, text

from editor_app.core.search import SearchHit
from editor_app.storage import search_index
from editor_app.storage.convert import article_from_row, content_hash
from editor_app.storage.models import ArticleRow
from editor_app.storage.store_state import StoreState


class SearchRepo(StoreState):
    """Ranked, Arabic-aware search and rebuilding the index."""

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

    def reindex(self) -> int:
        """Rebuild the search index of every draft (after a normaliser change)."""
        with self._db.write() as s:
            s.execute(text("DELETE FROM search_docs"))
        with self._db.read() as s:
            ids = list(s.scalars(select(ArticleRow.id)))
        for article_id in ids:
            with self._db.read() as s:
                row = s.get(ArticleRow, article_id)
                assert row is not None
                art = article_from_row(row)
            doc = search_index.index_text(art.title, art.subtitle, art.body_html, art.excerpt,
                                          [*art.tags, *art.categories])
            with self._db.write() as s:
                search_index.upsert(s, art.id, content_hash(art), doc)
        return len(ids)

