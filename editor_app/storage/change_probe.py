"""Has anyone written to the store? ``PRAGMA data_version`` on a connection of its own.

SQLite changes a connection's ``data_version`` whenever another connection (of this process or any
other: the command line, a second tool) commits to the database. The check reads a counter from the
WAL index in shared memory: microseconds, no table read, no lock. Plain ``sqlite3``, no SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class DataVersionProbe:
    """``changed()`` says whether the database was written since the previous call (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._last: int | None = None
        self._lock = threading.Lock()

    def changed(self) -> bool:
        with self._lock:
            if self._conn is None:
                self._conn = sqlite3.connect(self.path, timeout=1.0, check_same_thread=False,
                                             isolation_level=None)
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            changed = self._last is not None and version != self._last
            self._last = version
            return changed

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
