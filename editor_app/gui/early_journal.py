"""The recovery journal before the draft store is open.

The window starts from plain-sqlite3 reads and opens the store on the first edit
(gui/store_gate.py), which takes a few hundred milliseconds, more on a busy machine. Text typed
meanwhile must be as safe as text typed later: the autosave's maximum wait, a crash and quitting
write it here, in the store's own journal format (storage/journal.py: ``recovery/<id>.json``),
with no SQLAlchemy. Once the store is open it takes over the same files (its autosaves replace
them, its writes to the database remove them) and this journal is closed.

A start-up finds such a file only after a crash: the full open then offers the text back, as for
any journal file. (The store opened later in the same session does not look at the journal:
gui/store_gate.py opens it with ``scan_journal=False``, since the window's light start found none.)
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.article import Article

if TYPE_CHECKING:
    from editor_app.storage.journal import RecoveryJournal

log = logging.getLogger(__name__)


class EarlyJournal:
    """Writes journal entries until :meth:`close` (from any thread; the newest snapshot always wins)."""

    def __init__(self, folder: Path, *, fsync: bool = True) -> None:
        self.folder = folder
        self.fsync = fsync
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        self._written: dict[str, int] = {}
        self._closed = False
        self._journal: RecoveryJournal | None = None

    def snapshot(self, article: Article) -> tuple[Article, int]:
        """*GUI thread*: the article as the journal keeps it, and its place in the order of snapshots."""
        return replace(article, categories=list(article.categories), tags=list(article.tags),
                       updated_at=datetime.now(UTC)), next(self._seq)

    def write(self, article: Article, seq: int) -> bool:
        """Journal the snapshot unless a newer one was written already or the store took over."""
        from editor_app.storage.convert import article_to_dict
        from editor_app.storage.journal import JournalEntry, RecoveryJournal
        from editor_app.storage.plain_sql import format_time

        with self._lock:
            if self._closed or seq <= self._written.get(article.id, 0):
                return False
            if self._journal is None:
                self._journal = RecoveryJournal(self.folder, fsync=self.fsync)
            self._journal.write(JournalEntry(article.id, seq, format_time(article.updated_at), False, "",
                                             article_to_dict(article)))
            self._written[article.id] = seq
            return True

    def written(self) -> bool:
        return bool(self._written)

    def close(self) -> None:
        """The store took over: nothing more is written here (a write in flight finishes first)."""
        with self._lock:
            self._closed = True
