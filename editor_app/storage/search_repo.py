"""Full-text search over the drafts (the FTS5 index lives in :mod:`editor_app.storage.search_index`)."""

from __future__ import annotations

from editor_app.core.search import SearchHit
from editor_app.storage import search_index
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

    def suggest(self, query: str, *, limit: int = 3) -> list[str]:
        """"Did you mean": corrected queries from the drafts' words (see storage/search_vocab.py)."""
        from editor_app.storage import search_vocab

        with self._db.read() as s:
            return search_vocab.suggest(s, query, limit=limit)

    def reindex(self) -> int:
        """Rebuild the search index of every draft (after a normaliser or stemmer change)."""
        return search_index.rebuild(self._db)
