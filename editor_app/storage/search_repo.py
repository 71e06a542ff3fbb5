"""Full-text search over the drafts (the FTS5 index lives in :mod:`editor_app.storage.search_index`)."""

from __future__ import annotations

from collections.abc import Callable

from editor_app.core.search import SearchHit
from editor_app.storage import search_index, search_rebuild, search_state
from editor_app.storage.plain_sql import PlainSession
from editor_app.storage.search_state import Progress
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
        # On the driver connection (the SQL is the same; see Database.plain_read): a Session costs ~20%.
        with self._db.plain_read() as raw:
            return search_index.search(
                PlainSession(raw), query, limit=limit, include_trashed=trashed is None,
                trashed_only=trashed is True, state=state, site_id=site_id, prefix_last=prefix_last,
                snippets=snippets, rank_window=rank_window)

    def suggest(self, query: str, *, limit: int = 3) -> list[str]:
        """"Did you mean": corrected queries from the drafts' words (see storage/search_vocab.py)."""
        from editor_app.storage import search_vocab

        with self._db.read() as s:
            return search_vocab.suggest(s, query, limit=limit)

    # --- rebuilding the index (storage/search_rebuild.py) -------------------------------------------
    def search_index_status(self) -> Progress | None:
        """None when the search index is current; otherwise how far its rebuild is (cheap: two queries)."""
        with self._db.raw() as raw:
            return search_state.status(raw)

    def start_search_update(self) -> bool:
        """Start the background process that rebuilds the search index, if the index needs it and no such
        process runs. True when one was started."""
        if self.search_index_status() is None:
            return False
        return search_rebuild.spawn(self._db.path, self.paths.log_dir / "search-update.log") is not None

    def reindex(self, *, progress: Callable[[Progress], None] | None = None) -> int:
        """Rebuild the search index of every draft here and now (a rebuild under way is finished; a current
        index is rebuilt again), waiting for a background rebuild process if one runs. Returns how many
        drafts the index holds."""
        with search_rebuild.locked(self._db.path, wait=True):
            if not search_rebuild.prepare(self._db):
                search_rebuild.prepare(self._db, again=True)
            search_rebuild.run(self._db, progress=progress)
        with self._db.raw() as raw:
            return int(raw.execute("SELECT count(*) FROM search_docs").fetchone()[0])
