"""The SQLite engine: WAL, foreign keys, busy timeout, and explicit write transactions.

* Every connection runs in WAL mode with ``foreign_keys=ON`` and ``synchronous=NORMAL``.
  NORMAL in WAL never corrupts the database; a power cut can only lose the last few
  commits, which for autosaves are also in the fsync'd recovery journal.
* Write transactions start with ``BEGIN IMMEDIATE`` (no read-to-write upgrade deadlocks between
  the GUI's threads and a ``qalam`` command running at the same time) and are serialised in
  this process by a lock. ``durable=True`` switches the connection to ``synchronous=FULL`` for
  that one transaction (explicit saves, restores, outbox changes).
* Reads use plain deferred transactions and never wait for a writer (WAL).
* A failed read or write raises a :class:`~editor_app.storage.errors.StorageError` (disk full, I/O
  error, locked, read-only) with a translatable message, never a raw ``OperationalError``. SQLite's
  own verdict that the file is damaged raises :class:`~editor_app.storage.errors.DatabaseDamagedError`
  and flags the store for a full integrity check (and salvage) at the next open.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from editor_app.storage import errors

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15000


def _configure(dbapi_connection: sqlite3.Connection) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


class Database:
    """One SQLite file: an engine plus read and write session helpers (thread-safe)."""

    def __init__(self, path: Path, *, foreign_keys: bool = True) -> None:
        self.path = path
        self.write_lock = threading.RLock()
        self.commits = 0  # write transactions committed by this process (backups skip an unchanged store)
        # Called around each of this process's commits, the write lock held: (just before, just after).
        # A change watcher uses them to tell its own writes from everyone else's (storage/change_probe.py).
        self.commit_hooks: list[tuple[Callable[[], None], Callable[[], None]]] = []
        self.engine: Engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            pool_size=8,
            max_overflow=8,
        )

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
            _configure(dbapi_connection)
            if not foreign_keys:
                dbapi_connection.execute("PRAGMA foreign_keys=OFF")

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("qalam_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        """Driver errors become StorageErrors (see :func:`errors.translate`); others pass unchanged."""
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            translated = errors.translate(exc, self.path)
            if translated is None:
                raise  # a programming error (a constraint, bad SQL): not the user's to fix
            raise translated from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.translated_errors(), Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[Session]:
        """A write transaction, committed when the block ends without an exception."""
        with self.translated_errors(), self.write_lock, self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            if durable:
                raw.execute("PRAGMA synchronous=FULL")  # only allowed outside a transaction
            conn.execution_options(qalam_write=True)  # this connection only: see _on_begin
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    yield session
                    self._run_hooks(0)
                    session.commit()
                self.commits += 1
                self._run_hooks(1)
            finally:
                # After a failed write (a full disk) the clean-up may fail too; the first error is the
                # one to report.
                failing = sys.exc_info()[1] is not None
                try:
                    if conn.in_transaction():
                        conn.rollback()
                    if durable:
                        raw.execute("PRAGMA synchronous=NORMAL")
                except (DBAPIError, sqlite3.Error):
                    if not failing:
                        raise

    def _run_hooks(self, stage: int) -> None:
        for hooks in list(self.commit_hooks):
            try:
                hooks[stage]()
            except Exception:  # a watcher's trouble never fails a save
                log.debug("a commit hook failed", exc_info=True)

    @contextmanager
    def plain_read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on the driver connection, for hot read paths (search) that run the same few
        SQL statements often: a Session, ``text()`` and SQLAlchemy's result rows cost ~1.3 ms a search,
        a fifth of it. The statements see one snapshot of the store, as in :meth:`read`."""
        with self.raw() as raw:
            raw.execute("BEGIN")
            try:
                yield raw
            finally:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """The driver connection (autocommit) for PRAGMAs and the backup API."""
        with self.translated_errors(), self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            yield raw
