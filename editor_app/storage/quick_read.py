"""Reading the draft store with plain ``sqlite3``: the fast path of the read-only commands, and of the
window's start (the open draft and the drafts list, a page at a time, before the store is open).

``qalam drafts list`` on 10,000 drafts used to import SQLAlchemy, Alembic's checks and the ORM, and run
a full integrity check, to print a list: about a second and 100 MB. :class:`QuickReader` answers the
same questions (the method names and results of :class:`~editor_app.storage.store.DraftStore`) over a
read-only connection, with the same SQL text and row conversions where they exist
(:mod:`~editor_app.storage.draft_queries`, :mod:`~editor_app.storage.convert`,
:func:`~editor_app.storage.search_index.search`).

It never guesses. :meth:`QuickReader.open` returns None — take the careful path, ``DraftStore.open``,
which checks, repairs and migrates — whenever the store is not plainly readable by this version:

* no database yet (the careful path creates it);
* a schema other than this version's (:data:`~editor_app.storage.migrate.HEAD`): older needs a migration,
  newer must be refused with a message;
* text in the recovery journal (the careful path offers it back and says so);
* :func:`careful_open_needed` says a check is due.

A read that finds the file damaged raises :class:`CarefulOpenNeeded` (callers then redo the read through
``DraftStore.open``, which quarantines and restores); any other failure (locked, disk error, read-only)
is raised as the :mod:`~editor_app.storage.errors` class that names it.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError
from editor_app.storage import draft_queries, migrate
from editor_app.storage.plain_sql import PlainSession, parse_time

if TYPE_CHECKING:
    from editor_app.core.article import Article
    from editor_app.core.draft_summary import DraftSummary
    from editor_app.core.outbox import OutboxItem, OutboxState
    from editor_app.core.review import ReviewNote
    from editor_app.core.revision import Revision, RevisionInfo
    from editor_app.core.search import SearchHit
    from editor_app.core.site import Site
    from editor_app.paths import AppPaths

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0
_TIMES = frozenset({"created_at", "updated_at", "trashed_at", "scheduled_at", "next_attempt_at", "full_at"})
_JSON = frozenset({"categories", "tags", "roles", "capabilities", "payload", "result"})
_BOOLS = frozenset({"has_plugin", "remote"})

P = ParamSpec("P")
R = TypeVar("R")


class CarefulOpenNeeded(Exception):
    """The quick read found something only ``DraftStore.open`` may handle (a damaged file)."""


def careful_open_needed(paths: AppPaths) -> bool:
    """True when the store must go through ``DraftStore.open`` before anyone reads it.

    The hook for the store's own schedule (an integrity check due, an unclean shutdown to look at):
    whatever makes ``DraftStore.open`` do more than open belongs here too.
    """
    from editor_app.storage import integrity

    if integrity.check_due(paths.data_dir):  # a full check is due, or the last run ended uncleanly
        return True
    recovery = paths.data_dir / "recovery"
    try:
        return any(recovery.glob("*.json"))
    except OSError:
        return True


def _convert(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _TIMES:
        return parse_time(value)
    if name in _JSON:
        return json.loads(value) if isinstance(value, str | bytes) else value
    if name in _BOOLS:
        return bool(value)
    return value


def _rows(cursor: sqlite3.Cursor) -> list[SimpleNamespace]:
    """Rows as objects with the ORM's attribute names and types (what storage.convert reads)."""
    names = [d[0] for d in cursor.description]
    return [SimpleNamespace(**{n: _convert(n, v) for n, v in zip(names, row, strict=True)}) for row in cursor]


def _guarded(method: Callable[P, R]) -> Callable[P, R]:
    """sqlite3 errors become CarefulOpenNeeded (damage) or the storage error that names the problem."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            from editor_app.storage.errors import classify, is_corruption

            if is_corruption(exc):
                raise CarefulOpenNeeded(str(exc)) from exc
            reader = args[0]
            assert isinstance(reader, QuickReader)
            found = classify(exc, reader.paths.data_dir)
            if found is None:
                raise
            raise found from exc

    return wrapper


def _index_unprepared(con: sqlite3.Connection) -> bool:
    """The search index is of an older stemmer and its rebuild has not been marked yet: ``DraftStore.open``
    marks it (the old index stays searchable meanwhile), so the careful path opens the store this time."""
    from editor_app.storage.search_rebuild import INDEX_VERSION, MARK_KEY, VERSION_KEY

    meta = dict(con.execute("SELECT name, value FROM search_meta WHERE name IN (?, ?)",
                            (VERSION_KEY, MARK_KEY)).fetchall())
    return meta.get(VERSION_KEY) != INDEX_VERSION and MARK_KEY not in meta


class QuickReader:
    """A read-only view of the store (``DraftStore``'s reading methods); use it as a context manager."""

    def __init__(self, paths: AppPaths, connection: sqlite3.Connection) -> None:
        self.paths = paths
        self._con = connection

    # --- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths, *, opened: bool = False, search: bool = True,
             timeout: float = BUSY_TIMEOUT_S) -> QuickReader | None:
        """A reader, or None when the careful path (``DraftStore.open``) must open the store instead.

        ``opened``: a ``DraftStore`` of this process has opened the file already (checked, migrated, its
        journal looked at), so only the schema revision is asked for; the window then reads its drafts
        list with this reader beside the store. ``search``: this reader may search, so a search index
        of another stemmer that ``DraftStore.open`` has not prepared yet takes the careful path (the
        window searches through the store, and asks about the index after its first paint).
        ``timeout``: how long a read waits for a lock.
        """
        db_path = Path(paths.database)
        try:
            if not db_path.is_file() or db_path.stat().st_size == 0:
                return None
        except OSError:
            return None
        if not opened and careful_open_needed(paths):
            return None
        try:
            con = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout,
                                  check_same_thread=False)
        except sqlite3.Error:
            return None  # the careful path says why
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            unprepared = search and not opened and _index_unprepared(con)
            if row is None or str(row[0]) != migrate.HEAD or unprepared:
                con.close()
                return None
        except sqlite3.Error as exc:
            from editor_app.storage.errors import classify, is_corruption

            con.close()
            if is_corruption(exc) or "no such table" in str(exc):
                return None
            found = classify(exc, paths.data_dir)
            if found is None:
                return None
            raise found from exc
        return cls(paths, con)

    def close(self) -> None:
        self._con.close()

    # --- the search index's rebuild (after a stemmer update; see storage/search_rebuild.py) ---------
    @_guarded
    def search_index_status(self) -> Any:
        """As ``DraftStore.search_index_status``."""
        from editor_app.storage import search_state

        return search_state.status(self._con)

    def start_search_update(self) -> bool:
        """As ``DraftStore.start_search_update``."""
        from editor_app.storage import search_rebuild

        if self.search_index_status() is None:
            return False
        log_file = self.paths.log_dir / "search-update.log"
        return search_rebuild.spawn(Path(self.paths.database), log_file) is not None

    def __enter__(self) -> QuickReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[SimpleNamespace]:
        return _rows(self._con.execute(sql, params))

    # --- drafts -----------------------------------------------------------------------------------
    @_guarded
    def list_drafts(self, *, trashed: bool | None = False, state: str | None = None,
                    site_id: str | None = None, limit: int | None = None,
                    offset: int | None = None) -> list[DraftSummary]:
        sql, params = draft_queries.list_drafts_query(trashed=trashed, state=state, site_id=site_id,
                                                      limit=limit, offset=offset)
        return [draft_queries.summary_from_row(r) for r in self._con.execute(sql, params)]

    @_guarded
    def count_drafts(self, *, trashed: bool | None = False, state: str | None = None,
                     site_id: str | None = None) -> int:
        """How many drafts :meth:`list_drafts` lists (read from the list's index alone)."""
        sql, params = draft_queries.count_drafts_query(trashed=trashed, state=state, site_id=site_id)
        return int(self._con.execute(sql, params).fetchone()[0])

    @_guarded
    def list_position(self, article_id: str, *, trashed: bool | None = False, state: str | None = None,
                      site_id: str | None = None) -> int | None:
        """The draft's row number in :meth:`list_drafts`'s list, or None when those filters hide it."""
        sql, params = draft_queries.listed_query(article_id, trashed=trashed, state=state, site_id=site_id)
        found = self._con.execute(sql, params).fetchone()
        if found is None:
            return None
        sql, params = draft_queries.list_position_query(article_id, found[0], trashed=trashed, state=state,
                                                        site_id=site_id)
        return int(self._con.execute(sql, params).fetchone()[0])

    @_guarded
    def resolve_id(self, prefix: str) -> str:
        def ids_starting(value: str) -> list[str]:
            cur = self._con.execute(draft_queries.PREFIX_QUERY, draft_queries.prefix_params(value))
            return [str(r[0]) for r in cur]

        return draft_queries.resolve_id(prefix, ids_starting)

    @_guarded
    def get(self, article_id: str) -> Article:
        from editor_app.storage.convert import article_from_row

        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            from editor_app.storage.store_state import MSG_NO_DRAFT, store_msg

            raise QalamError(store_msg(MSG_NO_DRAFT, id=article_id))
        return article_from_row(rows[0])  # type: ignore[arg-type]

    @_guarded
    def search(self, query: str, *, limit: int = 20, trashed: bool | None = False, state: str | None = None,
               site_id: str | None = None, prefix_last: bool = False, snippets: bool = True,
               rank_window: int | None = -1) -> list[SearchHit]:
        """As ``DraftStore.search``; ``rank_window=-1`` is its default (search_index.RANK_WINDOW)."""
        from editor_app.storage import search_index

        window = search_index.RANK_WINDOW if rank_window == -1 else rank_window
        return search_index.search(
            PlainSession(self._con), query, limit=limit, include_trashed=trashed is None,
            trashed_only=trashed is True, state=state, site_id=site_id, prefix_last=prefix_last,
            snippets=snippets, rank_window=window)

    @_guarded
    def changed_since_published(self, article_id: str) -> bool:
        """As ``DraftStore.changed_since_published``."""
        from editor_app.core.draft_summary import edited_since_published

        rows = self._query("SELECT state, content_hash, published_hash FROM articles WHERE id = ?",
                           (article_id,))
        if not rows:
            return False
        row = rows[0]
        return edited_since_published(row.state, row.content_hash, row.published_hash)

    @_guarded
    def suggest(self, query: str, *, limit: int = 3) -> list[str]:
        """As ``DraftStore.suggest``: "did you mean" from the drafts' words."""
        from editor_app.storage import search_vocab

        return search_vocab.suggest(PlainSession(self._con), query, limit=limit)  # type: ignore[arg-type]

    # --- history ---------------------------------------------------------------------------------
    @_guarded
    def history(self, article_id: str) -> list[RevisionInfo]:
        from editor_app.storage.convert import revision_info

        rows = self._query("SELECT * FROM revisions WHERE article_id = ? ORDER BY number DESC", (article_id,))
        return [revision_info(r) for r in rows]  # type: ignore[arg-type]

    @_guarded
    def revision(self, article_id: str, number: int) -> Revision:
        from editor_app.storage.convert import revision_from_row
        from editor_app.storage.store_state import MSG_NO_REVISION, store_msg

        rows = self._query("SELECT * FROM revisions WHERE article_id = ? AND number = ?",
                           (article_id, number))
        if not rows:
            raise QalamError(store_msg(MSG_NO_REVISION, id=article_id, number=number))
        return revision_from_row(rows[0])  # type: ignore[arg-type]

    # --- review notes, sites, outbox ---------------------------------------------------------------
    @_guarded
    def notes(self, article_id: str) -> list[ReviewNote]:
        from editor_app.storage.convert import note_from_row

        rows = self._query("SELECT * FROM review_notes WHERE article_id = ? ORDER BY created_at, id",
                           (article_id,))
        return [note_from_row(r) for r in rows]  # type: ignore[arg-type]

    @_guarded
    def list_sites(self) -> list[Site]:
        from editor_app.storage.convert import site_from_row

        return [site_from_row(r) for r in self._query("SELECT * FROM sites ORDER BY name")]  # type: ignore[arg-type]

    @_guarded
    def get_site(self, site_id: str) -> Site:
        from editor_app.storage.convert import site_from_row

        rows = self._query("SELECT * FROM sites WHERE id = ?", (site_id,))
        if not rows:
            raise QalamError(UserMessage(
                "DraftStore", QT_TRANSLATE_NOOP("DraftStore", "No {what} with id {id}."),
                {"what": "site", "id": site_id}))
        return site_from_row(rows[0])  # type: ignore[arg-type]

    @_guarded
    def site_by_name(self, name: str) -> Site | None:
        from editor_app.storage.convert import site_from_row

        rows = self._query("SELECT * FROM sites WHERE name = ?", (name,))
        return site_from_row(rows[0]) if rows else None  # type: ignore[arg-type]

    @_guarded
    def outbox_items(self, *, state: OutboxState | str | None = None,
                     article_id: str | None = None) -> list[OutboxItem]:
        from editor_app.storage.convert import outbox_from_row

        where: list[str] = []
        params: list[Any] = []
        if state is not None:
            where.append("state = ?")
            params.append(str(state))
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        sql = "SELECT * FROM outbox" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [outbox_from_row(r) for r in self._query(sql, tuple(params))]  # type: ignore[arg-type]


def read_with(paths: AppPaths, quick: Callable[[QuickReader], R], careful: Callable[[], R]) -> R:
    """``quick(reader)`` on the fast path when the store allows it, else (or when the read finds damage)
    ``careful()``, which opens the store through ``DraftStore.open``."""
    reader = QuickReader.open(paths)
    if reader is not None:
        try:
            with reader:
                return quick(reader)
        except CarefulOpenNeeded as exc:
            log.warning("quick read found the database damaged (%s): opening it carefully", exc)
    return careful()
