"""Has anyone written to the store? ``PRAGMA data_version`` on a connection of its own.

SQLite changes a connection's ``data_version`` whenever another connection (of this process or any
other: the command line, a second tool) commits to the database. The check reads a counter from the
WAL index in shared memory: microseconds, no table read, no lock. Plain ``sqlite3``, no SQLAlchemy.

This window's own writes are news to nobody here (the window that made them shows them already):
:meth:`DataVersionProbe.follow` hooks the store's commits. Just before one, with the write lock
held (nobody else can commit until ours is done), the probe notes whether someone else wrote since
it last looked; just after, it takes the new version as seen. So a change is announced only when
another connection wrote, and not lost because ours came after it. (One landing in the microseconds
between our commit and that look passes for ours: the next write, or the window coming to the
front, shows it; the editor's base check keeps any text it touched.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import sqlite3


@runtime_checkable
class CommitSource(Protocol):
    """What a probe follows: a DraftStore."""

    def follow_commits(self, before: Callable[[], None], after: Callable[[], None]) -> None: ...


class DataVersionProbe:
    """``changed()`` says whether the database was written since the previous call (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._last: int | None = None
        self._elsewhere = False  # another connection wrote just before one of our own commits
        self._lock = threading.Lock()

    def _version(self) -> int:
        if self._conn is None:
            import sqlite3  # on the runner, after the first paint (the window's module imports this one)

            self._conn = sqlite3.connect(self.path, timeout=1.0, check_same_thread=False,
                                         isolation_level=None)
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        with self._lock:
            version = self._version()
            changed = self._elsewhere or (self._last is not None and version != self._last)
            self._last = version
            self._elsewhere = False
            return changed

    def follow(self, store: CommitSource) -> None:
        """Leave out the commits of ``store`` (a DraftStore of this process; see the module's doc)."""
        store.follow_commits(self._before_own_commit, self._after_own_commit)

    def _before_own_commit(self) -> None:
        with self._lock:
            if self._last is None:
                return
            version = self._version()
            if version != self._last:
                self._elsewhere = True
            self._last = version

    def _after_own_commit(self) -> None:
        with self._lock:
            if self._last is not None:
                self._last = self._version()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
