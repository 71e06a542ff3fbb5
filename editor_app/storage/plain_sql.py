"""What the SQLAlchemy store and the plain-``sqlite3`` readers (:mod:`editor_app.storage.quick_read`) share.

Times as they are stored, and :class:`PlainSession`, which lets the SQL-text functions of the store
(:func:`editor_app.storage.search_index.search`) run on a plain ``sqlite3`` connection: they call
``session.execute(sql_for(session, "…"), params)`` and read ``.all()``, ``.first()`` or ``.scalar()``.
Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime(TIME_FORMAT)


def parse_time(value: str) -> datetime:
    if value.endswith("Z") and len(value) == 27:
        return datetime.fromisoformat(value)  # Python 3.11 reads the Z as UTC; ~100x faster than strptime
    return datetime.strptime(value, TIME_FORMAT).replace(tzinfo=UTC)


class PlainResult:
    """The part of SQLAlchemy's ``Result`` the shared SQL functions use."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def all(self) -> list[Sequence[Any]]:
        return self._cursor.fetchall()

    def first(self) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self._cursor.fetchone()
        self._cursor.close()
        return row

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        row = self.first()
        if row is None:
            raise LookupError("no row")
        return row[0]


class PlainSession:
    """A plain ``sqlite3`` connection behind the ``execute(statement, params)`` call of a Session."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, statement: str, params: Mapping[str, Any] | None = None) -> PlainResult:
        return PlainResult(self.connection.execute(statement, dict(params or {})))


def sql_for(session: object, statement: str) -> Any:
    """``statement`` as ``session`` takes it: text for a :class:`PlainSession`, ``text()`` for SQLAlchemy."""
    if isinstance(session, PlainSession):
        return statement
    from sqlalchemy import text

    return text(statement)
