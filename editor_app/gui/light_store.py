"""Reading the draft store with plain ``sqlite3`` while the window starts (no SQLAlchemy, no Qt).

The full :class:`~editor_app.storage.store.DraftStore` costs ~300 ms of imports and ~40 MB:
the first window shows the open draft and the drafts list from these few reads instead,
and the store opens when something needs it (the first edit, a search, a site…).

Only a store that needs nothing is read this way (:meth:`LightStore.careful_reason`): a
missing file, a schema other than :data:`~editor_app.storage.migrate.HEAD` (a migration must
run first), text left in the recovery journal (an unclean shutdown to offer back) or any
SQLite error take the careful path, the full open, before any text is shown.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor_app.core.article import Article, Direction, WorkflowState
from editor_app.paths import AppPaths
from editor_app.storage.migrate import HEAD

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # storage.models.TIME_FORMAT (that module imports SQLAlchemy)
_ARTICLE_COLUMNS = (
    "id", "title", "subtitle", "body_html", "excerpt", "slug", "language", "direction", "categories", "tags",
    "author", "featured_media_id", "state", "site_id", "remote_id", "remote_modified_gmt",
    "remote_content_hash", "remote_url", "scheduled_at", "created_at", "updated_at", "trashed_at",
)
# Migration 0013's covering index: the list never reads a row (whose body_html would be read too).
_LIST_INDEX = "INDEXED BY ix_articles_list"
_TIME_COLUMNS = frozenset({"scheduled_at", "created_at", "updated_at", "trashed_at"})


def parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    if value.endswith("Z") and len(value) == 27:
        return datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)
    return datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)


@dataclass(frozen=True)
class ListFilter:
    """What the drafts list shows: ``trashed`` False hides the trash, True shows only it."""

    trashed: bool = False
    state: str | None = None
    site_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["trashed_at IS NOT NULL" if self.trashed else "trashed_at IS NULL"]
        params: list[Any] = []
        if self.state:
            clauses.append("state = ?")
            params.append(self.state)
        if self.site_id:
            clauses.append("site_id = ?")
            params.append(self.site_id)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class ListRow:
    id: str
    title: str
    state: str
    site_id: str | None
    updated_at: datetime
    trashed: bool


class LightStore:
    """Read-only queries on the store's file; cheap enough for the GUI thread (one index walk each)."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._con: sqlite3.Connection | None = None

    @classmethod
    def for_paths(cls, paths: AppPaths) -> LightStore:
        return cls(paths.database)

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            # Reads only: this path never creates, migrates or writes the file (the DraftStore does).
            # Not mode=ro: a read-only connection cannot open a WAL file whose -shm is missing.
            con = sqlite3.connect(self.database, check_same_thread=False, isolation_level=None)
            con.execute("PRAGMA query_only=ON")
            con.execute("PRAGMA busy_timeout=2000")
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    # -- may the window start from this file? ---------------------------------------------------

    def careful_reason(self, recovery_folder: Path | None = None) -> str | None:
        """Why the full open must run first, or None when the file can be read as it is."""
        if not self.database.is_file():
            return "no database yet"
        if recovery_folder is not None and recovery_folder.is_dir() and any(recovery_folder.glob("*.json")):
            return "text in the recovery journal"
        try:
            row = self._connection().execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as exc:
            return f"cannot read the schema revision: {exc}"
        if row is None or str(row[0]) != HEAD:
            return f"schema {row[0] if row else None} needs a migration to {HEAD}"
        return None

    # -- one draft --------------------------------------------------------------------------------

    def article(self, prefix: str) -> Article | None:
        """The stored draft whose id is ``prefix`` or starts with it (unique), or None."""
        prefix = prefix.strip().lower()
        if not prefix:
            return None
        con = self._connection()
        columns = ", ".join(_ARTICLE_COLUMNS)
        row = con.execute(f"SELECT {columns} FROM articles WHERE id = ?", (prefix,)).fetchone()
        if row is None:
            escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = con.execute(
                f"SELECT {columns} FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
            ).fetchall()
            if len(rows) != 1:
                return None
            row = rows[0]
        values: dict[str, Any] = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
        for name in _TIME_COLUMNS:
            values[name] = parse_time(values[name])
        for name in ("categories", "tags"):
            raw = values[name]
            values[name] = [str(v) for v in (json.loads(raw) if raw else [])]
        values["direction"] = Direction(values["direction"])
        values["state"] = WorkflowState(values["state"])
        return Article(**values)

    # -- the drafts list --------------------------------------------------------------------------

    def count(self, where: ListFilter) -> int:
        clause, params = where.where()
        sql = f"SELECT count(*) FROM articles {_LIST_INDEX} WHERE {clause}"
        row = self._connection().execute(sql, params).fetchone()
        return int(row[0])

    def page(self, where: ListFilter, offset: int, limit: int) -> list[ListRow]:
        """Newest first, as ``DraftStore.list_drafts`` orders them."""
        clause, params = where.where()
        rows = self._connection().execute(
            "SELECT id, title, state, site_id, updated_at, trashed_at "
            f"FROM articles {_LIST_INDEX} WHERE {clause} "
            "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        out = []
        for r in rows:
            updated = parse_time(r[4])
            assert updated is not None
            out.append(ListRow(r[0], r[1], r[2], r[3], updated, r[5] is not None))
        return out

    def position(self, where: ListFilter, article_id: str) -> int | None:
        """Where the draft sits in the list (its row number), or None when the filter hides it."""
        clause, params = where.where()
        con = self._connection()
        found = con.execute(
            f"SELECT updated_at FROM articles WHERE id = ? AND {clause}", [article_id, *params]
        ).fetchone()
        if found is None:
            return None
        row = con.execute(
            f"SELECT count(*) FROM articles {_LIST_INDEX} WHERE {clause} "
            "AND (updated_at > ? OR (updated_at = ? AND id > ?))",
            [*params, found[0], found[0], article_id],
        ).fetchone()
        return int(row[0])

    def sites(self) -> list[tuple[str, str]]:
        """(id, name) of every site, by name."""
        rows = self._connection().execute("SELECT id, name FROM sites ORDER BY name")
        return [(str(r[0]), str(r[1])) for r in rows]
