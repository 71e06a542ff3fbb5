"""The local copy of each site's categories and tags: written in bulk, read by id, searched as the user types.

Mixed into :class:`editor_app.storage.store.DraftStore` (through :class:`PublishingRepo`). Sites have
thousands of tags, so nothing here builds ORM objects per term: writes are ``executemany`` inserts and
updates on the sqlite3 connection itself, a few hundred terms per short transaction; reads are plain rows,
and the pickers' search is an indexed range on a normalised key (``core.arabic_normalize.normalize``:
vowel marks, hamza forms and case do not matter).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from editor_app.core.arabic_normalize import normalize
from editor_app.core.site import Term, TermChanges, TermSyncState
from editor_app.storage.engine import Database
from editor_app.storage.models import CategoryRow, TagRow, TermRowBase, TermSyncRow

TermKind = Literal["category", "tag"]
_CHUNK = 500  # rows per executemany / IN list (SQLite allows 32,766 variables; keep statements small)
_TOP = "\U0010ffff"  # sorts after every character: key <= x < key + _TOP is "starts with key"
_INSERT = "INSERT INTO {table} (site_id, remote_id, name, slug, parent, search_key) VALUES (?, ?, ?, ?, ?, ?)"
_UPDATE = (
    "UPDATE {table} SET name = ?, slug = ?, parent = ?, search_key = ? WHERE site_id = ? AND remote_id = ?"
)


def search_key(name: str) -> str:
    return " ".join(normalize(name).split())


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _driver(s: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's write transaction (begun here if it was not yet): bulk
    term writes go to it with executemany, without SQLAlchemy's per-statement work."""
    raw = s.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


class TermsRepo:
    _db: Database

    @staticmethod
    def _term_table(kind: TermKind | str) -> type[TermRowBase]:
        if kind not in ("category", "tag"):
            raise ValueError(f"term kind must be 'category' or 'tag', not {kind!r}")
        return CategoryRow if kind == "category" else TagRow

    @staticmethod
    def _columns(table: type[TermRowBase]) -> tuple[Any, ...]:
        return (table.site_id, table.remote_id, table.name, table.slug, table.parent)

    # --- writes ----------------------------------------------------------------------------------------
    def replace_terms(self, site_id: str, kind: TermKind | str, terms: Iterable[Term]) -> int:
        """Replace the whole cache of a site's categories (or tags) with a fresh download."""
        name = self._term_table(kind).__tablename__
        rows = [
            (t.site_id, t.remote_id, t.name, t.slug, t.parent, search_key(t.name))
            for t in terms
            if t.site_id == site_id
        ]
        with self._db.write() as s:
            raw = _driver(s)
            raw.execute(f"DELETE FROM {name} WHERE site_id = ?", (site_id,))
            raw.executemany(_INSERT.format(table=name), rows)
        return len(rows)

    def merge_terms(
        self, site_id: str, kind: TermKind | str, terms: Iterable[Term], *, complete: bool
    ) -> TermChanges:
        """Bring the cache in line with ``terms`` as the site listed them: new ones added, changed names,
        slugs and parents updated, and (when ``complete``, a full listing) the ones not listed deleted.

        ``terms`` may be a listing still arriving from the network: it is read outside any transaction, and
        every :data:`_CHUNK` terms are merged in a short write transaction of their own (a writer elsewhere,
        the window's autosave, never waits for the network; thousands of tags are never held at once). The
        deletions come last, in one more, and only once the listing was read to its end: a listing that
        fails half-way has added and updated real terms and deleted none."""
        table = self._term_table(kind).__tablename__
        changes = TermChanges()
        listed: set[int] = set()
        chunk: list[Term] = []
        for term in terms:
            if term.site_id != site_id or term.remote_id in listed:
                continue  # a term created during a listing may shift into two pages
            listed.add(term.remote_id)
            chunk.append(term)
            if len(chunk) >= _CHUNK:
                self._merge_chunk(site_id, table, chunk, changes)
                chunk = []
        if chunk:
            self._merge_chunk(site_id, table, chunk, changes)
        if complete:
            with self._db.write() as s:
                raw = _driver(s)
                known = raw.execute(f"SELECT remote_id FROM {table} WHERE site_id = ?", (site_id,))
                gone = [rid for (rid,) in known.fetchall() if rid not in listed]
                for ids in _chunks(gone):
                    raw.execute(
                        f"DELETE FROM {table} WHERE site_id = ? AND remote_id IN ({_marks(len(ids))})",
                        (site_id, *ids),
                    )
            changes.deleted = len(gone)
        return changes

    def _merge_chunk(self, site_id: str, table: str, chunk: list[Term], changes: TermChanges) -> None:
        with self._db.write() as s:
            raw = _driver(s)
            known = {
                rid: (name, slug, parent)
                for rid, name, slug, parent in raw.execute(
                    f"SELECT remote_id, name, slug, parent FROM {table} "
                    f"WHERE site_id = ? AND remote_id IN ({_marks(len(chunk))})",
                    (site_id, *(t.remote_id for t in chunk)),
                )
            }
            new = [
                (site_id, t.remote_id, t.name, t.slug, t.parent, search_key(t.name))
                for t in chunk
                if t.remote_id not in known
            ]
            changed = [
                (t.name, t.slug, t.parent, search_key(t.name), site_id, t.remote_id)
                for t in chunk
                if t.remote_id in known and known[t.remote_id] != (t.name, t.slug, t.parent)
            ]
            raw.executemany(_INSERT.format(table=table), new)
            raw.executemany(_UPDATE.format(table=table), changed)
        changes.added += len(new)
        changes.renamed += len(changed)

    def upsert_term(self, term: Term, kind: TermKind | str) -> Term:
        self.merge_terms(term.site_id, kind, [term], complete=False)
        return term

    def delete_terms(self, site_id: str, kind: TermKind | str, remote_ids: Iterable[int]) -> int:
        table = self._term_table(kind)
        ids = list(remote_ids)
        with self._db.write() as s:
            for chunk in _chunks(ids):
                s.execute(delete(table).where(table.site_id == site_id, table.remote_id.in_(chunk)))
        return len(ids)

    # --- reads -----------------------------------------------------------------------------------------
    def _terms(
        self, table: type[TermRowBase], *where: Any, order: Any = None, limit: int | None = None
    ) -> list[Term]:
        stmt = (
            select(*self._columns(table)).where(*where).order_by(order if order is not None else table.name)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._db.read() as s:
            return [
                Term(site_id=r[0], remote_id=r[1], name=r[2], slug=r[3], parent=r[4]) for r in s.execute(stmt)
            ]

    def list_terms(self, site_id: str, kind: TermKind | str) -> list[Term]:
        """Every cached term of the site, by name. For thousands of tags prefer the lookups below."""
        table = self._term_table(kind)
        return self._terms(table, table.site_id == site_id)

    def count_terms(self, site_id: str, kind: TermKind | str) -> int:
        table = self._term_table(kind)
        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(table).where(table.site_id == site_id)) or 0)

    def terms_by_id(self, site_id: str, kind: TermKind | str, remote_ids: Iterable[int]) -> dict[int, Term]:
        table = self._term_table(kind)
        out: dict[int, Term] = {}
        for chunk in _chunks(sorted(set(remote_ids))):
            for term in self._terms(table, table.site_id == site_id, table.remote_id.in_(chunk)):
                out[term.remote_id] = term
        return out

    def find_term(self, site_id: str, kind: TermKind | str, name: str) -> Term | None:
        """By exact name or slug, else by name in search form (``سياسه`` finds ``سياسة``)."""
        table = self._term_table(kind)
        exact = self._terms(
            table, table.site_id == site_id, or_(table.name == name, table.slug == name), limit=1
        )
        if exact:
            return exact[0]
        key = search_key(name)
        if not key:
            return None
        loose = self._terms(table, table.site_id == site_id, table.search_key == key, limit=1)
        return loose[0] if loose else None

    def search_terms(self, site_id: str, kind: TermKind | str, query: str, *, limit: int = 50) -> list[Term]:
        """Terms whose name starts with ``query`` (an indexed range), then those containing it elsewhere,
        at most ``limit``; vowel marks, hamza forms and case do not matter. Empty query: none."""
        table = self._term_table(kind)
        key = search_key(query)
        if not key or limit <= 0:
            return []
        mine = table.site_id == site_id
        found = self._terms(
            table,
            mine,
            table.search_key >= key,
            table.search_key < key + _TOP,
            order=table.search_key,
            limit=limit,
        )
        if len(found) < limit:
            seen = {t.remote_id for t in found}
            inside = self._terms(
                table,
                mine,
                func.instr(table.search_key, key) > 1,
                order=table.search_key,
                limit=limit - len(found) + len(seen),
            )
            found += [t for t in inside if t.remote_id not in seen][: limit - len(found)]
        return found

    # --- what the last refresh saw ---------------------------------------------------------------------
    def term_sync_state(self, site_id: str, kind: TermKind | str) -> TermSyncState | None:
        self._term_table(kind)
        with self._db.read() as s:
            row = s.get(TermSyncRow, (site_id, kind))
            if row is None:
                return None
            return TermSyncState(row.site_id, row.kind, row.total, row.max_id, row.edited, row.full_at)

    def save_term_sync_state(self, state: TermSyncState) -> None:
        self._term_table(state.kind)
        with self._db.write() as s:
            row = s.get(TermSyncRow, (state.site_id, state.kind))
            if row is None:
                row = TermSyncRow(site_id=state.site_id, kind=state.kind)
                s.add(row)
            row.total, row.max_id, row.edited, row.full_at = (
                state.total,
                state.max_id,
                state.edited,
                state.full_at,
            )
