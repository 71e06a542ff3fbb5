"""The local copy of each site's categories and tags: written in bulk, read by id, searched as the user types.

Mixed into :class:`editor_app.storage.store.DraftStore` (through :class:`PublishingRepo`). Sites have
thousands of tags, so nothing here builds ORM objects per term: writes are ``executemany`` inserts and
updates, reads are plain rows, and the pickers' search is an indexed range on a normalised key
(``core.arabic_normalize.normalize``: vowel marks, hamza forms and case do not matter).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from editor_app.core.arabic_normalize import normalize
from editor_app.core.site import Term, TermChanges, TermSyncState
from editor_app.storage.engine import Database
from editor_app.storage.models import CategoryRow, TagRow, TermRowBase, TermSyncRow

TermKind = Literal["category", "tag"]
_CHUNK = 500  # rows per executemany / IN list (SQLite allows 32,766 variables; keep statements small)
_TOP = "\U0010ffff"  # sorts after every character: key <= x < key + _TOP is "starts with key"


def search_key(name: str) -> str:
    return " ".join(normalize(name).split())


def _row(term: Term) -> dict[str, Any]:
    return {
        "site_id": term.site_id,
        "remote_id": term.remote_id,
        "name": term.name,
        "slug": term.slug,
        "parent": term.parent,
        "search_key": search_key(term.name),
    }


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
        table = self._term_table(kind)
        rows = [_row(t) for t in terms if t.site_id == site_id]
        with self._db.write() as s:
            s.execute(delete(table).where(table.site_id == site_id))
            for chunk in _chunks(rows):
                s.execute(insert(table), chunk)
        return len(rows)

    def merge_terms(
        self, site_id: str, kind: TermKind | str, terms: Iterable[Term], *, complete: bool
    ) -> TermChanges:
        """Bring the cache in line with ``terms`` as the site listed them: new ones added, changed names,
        slugs and parents updated, and (when ``complete``, a full listing) the ones not listed deleted.

        Rows are written in chunks as ``terms`` is read, so thousands of tags never sit in memory twice."""
        table = self._term_table(kind)
        changes = TermChanges()
        with self._db.write() as s:
            known = {
                r[0]: (r[1], r[2], r[3])
                for r in s.execute(
                    select(table.remote_id, table.name, table.slug, table.parent).where(
                        table.site_id == site_id
                    )
                )
            }
            listed: set[int] = set()
            new: list[dict[str, Any]] = []
            changed: list[dict[str, Any]] = []
            for term in terms:
                if term.site_id != site_id or term.remote_id in listed:
                    continue
                listed.add(term.remote_id)
                old = known.get(term.remote_id)
                if old is None:
                    new.append(_row(term))
                elif old != (term.name, term.slug, term.parent):
                    changed.append(_row(term))
                if len(new) >= _CHUNK:
                    s.execute(insert(table), new)
                    changes.added += len(new)
                    new = []
                if len(changed) >= _CHUNK:
                    self._update_rows(s, table, changed)
                    changes.renamed += len(changed)
                    changed = []
            if new:
                s.execute(insert(table), new)
                changes.added += len(new)
            if changed:
                self._update_rows(s, table, changed)
                changes.renamed += len(changed)
            gone = [rid for rid in known if rid not in listed] if complete else []
            for ids in _chunks(gone):
                s.execute(delete(table).where(table.site_id == site_id, table.remote_id.in_(ids)))
            changes.deleted = len(gone)
        return changes

    @staticmethod
    def _update_rows(s: Session, table: type[TermRowBase], rows: list[dict[str, Any]]) -> None:
        # Core executemany UPDATE with bound parameters named apart from the columns they set.
        from sqlalchemy import bindparam

        stmt = (
            update(table)
            .where(table.site_id == bindparam("b_site"), table.remote_id == bindparam("b_remote"))
            .values(
                name=bindparam("b_name"),
                slug=bindparam("b_slug"),
                parent=bindparam("b_parent"),
                search_key=bindparam("b_key"),
            )
        )
        params = [
            {
                "b_site": r["site_id"],
                "b_remote": r["remote_id"],
                "b_name": r["name"],
                "b_slug": r["slug"],
                "b_parent": r["parent"],
                "b_key": r["search_key"],
            }
            for r in rows
        ]
        s.connection().execute(stmt, params)

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
