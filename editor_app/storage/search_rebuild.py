"""Rebuilding the search index in the background after the stemmer or the index layout changed.

A store indexed by another version (``search_meta.index_version``) used to be rebuilt while it opened:
87 s for 10,000 drafts, minutes for 50,000, with no drafts in the window and every command waiting.
Now the store opens at once and the rebuild runs beside it, in short steps, and can stop at any moment:

1. **Prepare** (:func:`prepare`, when the store opens; a few milliseconds): the index as it is becomes
   ``articles_fts_prev`` (a table rename), a new empty ``articles_fts`` takes its place, and
   ``search_meta.rebuild_below`` records the progress: every draft whose ``search_docs.docid`` is below
   it still has only its old index row. (Migration 0011 does the same for a store that had the
   four-column index of 0003–0007.)
2. **Steps** (:func:`step`): the next drafts below the mark, newest first, are read, their index text
   computed with no lock held, then written in one short transaction (new rows in ``articles_fts``,
   their words in the vocabulary, the mark moved down). A step writes at most :data:`STEP_DRAFTS`
   drafts and adapts its size so that the write lasts about :data:`WRITE_TARGET_S`: a save from the
   window or the command line waits for at most one such write. A kill loses only the step under way.
3. **Finish**: the old table is dropped (with ``secure_delete=FAST``: Debian's SQLite zeroes every
   freed page by default, which makes dropping a 50,000-draft index take seconds instead of ~0.1 s;
   the old index held nothing the articles do not hold), the version stamped, the mark removed.

Meanwhile everything works: a draft saved during the rebuild is indexed into the new table as usual
(the steps skip it); search looks in both tables, taking a draft from the old one only while it has no
new row (see ``search_index.search``), so every draft is found, before, during and after.

Who runs the steps: a separate process (``python -m editor_app.storage.search_rebuild``, started by
:func:`spawn` from the window once the store is open, and from ``qalam drafts search``), holding
:data:`LOCK_NAME` in the data folder so that one runs at a time. A process rather than the GUI's task
runner: the steps are pure-Python text work (tokenising, stemming) that would hold the GIL against the
window's thread for minutes; a process runs on the other core and survives the window closing. Its text
work runs on a niced thread, its short writes at normal priority (a niced process holding the write lock
on a busy machine would keep a save waiting), and it copies the WAL into the database after each step so
that a save committing after a step does not pay for that. Measured (bench/bench_search_rebuild.py,
10,000 drafts of ~650 words, load average ~1.6 on 2 cores): open 246 ms (218 ms with the index current),
rebuild 20.5 s, saves during it max 72 ms (14 ms without).

Only :func:`status` runs on a plain ``sqlite3`` connection (the command line's quick reader uses it).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.storage.search_state import (  # the index's state, also named here
    INDEX_LAYOUT as INDEX_LAYOUT,
)
from editor_app.storage.search_state import (
    INDEX_VERSION as INDEX_VERSION,
)
from editor_app.storage.search_state import (
    MARK_KEY as MARK_KEY,
)
from editor_app.storage.search_state import (
    TABLE as TABLE,
)
from editor_app.storage.search_state import (
    VERSION_KEY as VERSION_KEY,
)
from editor_app.storage.search_state import (
    Progress as Progress,
)
from editor_app.storage.search_state import (
    status as status,
)

if TYPE_CHECKING:
    from editor_app.storage.engine import Database

log = logging.getLogger(__name__)

PREV_TABLE = "articles_fts_prev"
LOCK_NAME = "search-update.lock"
STEP_DRAFTS = 200
WRITE_TARGET_S = 0.02  # with SQLite's busy back-off, a waiting save gets the lock within ~35 ms
COMPUTE_BUDGET_S = 0.5  # a step stops computing after this long (a few huge drafts)

# The new table, as migration 0011 creates it (the column list is storage.models.FTS_COLUMNS).
FTS_DDL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "title, body, excerpt, tags, title_stem, body_stem, excerpt_stem, tags_stem, "
    "tokenize='unicode61 remove_diacritics 2')"
)
_TRIGGER = (
    "CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.docid; END"
)


# --- preparing, stepping, finishing (SQLAlchemy; the process that writes) -----------------------------
def _meta(s: Any, name: str) -> str | None:
    from sqlalchemy import text

    value = s.execute(text("SELECT value FROM search_meta WHERE name = :n"), {"n": name}).scalar()
    return None if value is None else str(value)



def _set_meta(s: Any, name: str, value: str | None) -> None:
    from sqlalchemy import text

    if value is None:
        s.execute(text("DELETE FROM search_meta WHERE name = :n"), {"n": name})
    else:
        s.execute(text("INSERT OR REPLACE INTO search_meta(name, value) VALUES (:n, :v)"),
                  {"n": name, "v": value})


def _has_table(s: Any, name: str) -> bool:
    from sqlalchemy import text

    return s.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": name}).first() is not None


def prepare(db: Database, *, again: bool = False) -> bool:
    """Start a rebuild if the index was built by another version (``again``: even if it was not).
    One short write transaction; returns True when a rebuild is (now) under way."""
    from sqlalchemy import text

    from editor_app.storage import search_vocab

    with db.read() as s:
        if _meta(s, MARK_KEY) is not None:
            return True
        if _meta(s, VERSION_KEY) == INDEX_VERSION and not again:
            return False
    with db.write() as s:
        if _meta(s, MARK_KEY) is not None:
            return True
        if _meta(s, VERSION_KEY) == INDEX_VERSION and not again:
            return False
        s.execute(text("INSERT INTO search_docs(article_id, content_hash) SELECT id, '' FROM articles "
                       "WHERE id NOT IN (SELECT article_id FROM search_docs)"))
        top = s.execute(text("SELECT max(docid) FROM search_docs")).scalar()
        if not _has_table(s, PREV_TABLE):
            if top is None:  # no drafts: nothing to rebuild
                s.execute(text(f"DELETE FROM {TABLE}"))
                _set_meta(s, VERSION_KEY, INDEX_VERSION)
                return False
            # The index as it is stays searchable until each draft has its new row. Renaming it also
            # rewrites the purge trigger to point at it: the trigger is made again for the new table.
            s.execute(text("DROP TRIGGER IF EXISTS search_docs_after_delete"))
            s.execute(text(f"ALTER TABLE {TABLE} RENAME TO {PREV_TABLE}"))
            s.execute(text(FTS_DDL))
            s.execute(text(_TRIGGER))
        _set_meta(s, VERSION_KEY, None)
        _set_meta(s, MARK_KEY, str((top or 0) + 1))
    search_vocab.forget(db.engine)
    return True


@dataclass
class _Pace:
    """How many drafts the next step takes, so that its write lasts about WRITE_TARGET_S."""

    drafts: int = 50

    def adapt(self, written: int, seconds: float) -> None:
        if written == 0:
            return
        wanted = STEP_DRAFTS if seconds <= 0 else int(WRITE_TARGET_S * written / seconds)
        self.drafts = max(5, min(STEP_DRAFTS, (self.drafts + wanted) // 2))


Doc = tuple[int, str, str, Any]  # docid, article id, content hash, search_index.IndexText


def _direct(work: Callable[[], list[Doc]]) -> list[Doc]:
    return work()


def step(db: Database, *, drafts: int = STEP_DRAFTS, pace: _Pace | None = None,
         compute: Callable[[Callable[[], list[Doc]]], list[Doc]] = _direct) -> Progress | None:
    """Reindex the next drafts (newest first): read, compute with no lock, write in one short
    transaction. Returns the progress, or None when the rebuild is complete (it finishes it).
    ``compute`` runs the text work (the process runs it on a niced thread, see :func:`main`)."""
    from sqlalchemy import select, text

    from editor_app.storage import search_index
    from editor_app.storage.convert import article_from_row, content_hash
    from editor_app.storage.models import ArticleRow

    limit = min(drafts, pace.drafts) if pace else drafts
    with db.read() as s:
        mark = _meta(s, MARK_KEY)
        if mark is None:
            return None
        todo = s.execute(text(
            f"SELECT docid, article_id FROM search_docs WHERE docid < :m AND NOT EXISTS "
            f"(SELECT 1 FROM {TABLE} WHERE {TABLE}.rowid = search_docs.docid) ORDER BY docid DESC LIMIT :n"),
            {"m": int(mark), "n": limit}).all()
        by_id = {row.id: row for row in s.scalars(
            select(ArticleRow).where(ArticleRow.id.in_([article_id for _, article_id in todo])))}
        articles = [(int(docid), article_from_row(by_id[article_id]))
                    for docid, article_id in todo if article_id in by_id]
    if not todo:
        _finish(db)
        return None

    def work() -> list[Doc]:
        started = time.monotonic()
        out: list[Doc] = []
        for docid, a in articles:
            out.append((docid, a.id, content_hash(a), search_index.index_text(
                a.title, a.subtitle, a.body_html, a.excerpt, [*a.tags, *a.categories])))
            if time.monotonic() - started > COMPUTE_BUDGET_S:
                break
        return out

    docs = compute(work)
    with db.write() as s:
        current = _meta(s, MARK_KEY)  # BEGIN IMMEDIATE: the write lock is held from here
        began = time.monotonic()
        if current is None:
            return None  # finished meanwhile (another process)
        conn = s.connection()
        mine = [d for d in docs if d[0] < int(current)]  # above the mark: another process did them
        marks = ", ".join("?" * len(mine))
        ids = tuple(d[0] for d in mine)
        saved = {r[0] for r in conn.exec_driver_sql(
            f"SELECT rowid FROM {TABLE} WHERE rowid IN ({marks})", ids)}
        owners = {r[0]: r[1] for r in conn.exec_driver_sql(
            f"SELECT docid, article_id FROM search_docs WHERE docid IN ({marks})", ids)}
        # Not those saved meanwhile (the save indexed them) nor those purged meanwhile.
        fresh = [d for d in mine if d[0] not in saved and owners.get(d[0]) == d[1]]
        if fresh:
            conn.exec_driver_sql("UPDATE search_docs SET content_hash = ? WHERE docid = ?",
                                 [(chash, docid) for docid, _, chash, _ in fresh])
            search_index.insert_rows(s, [(docid, doc) for docid, _, _, doc in fresh])
        written = len(fresh)
        low = docs[-1][0] if docs else int(todo[-1][0])  # the mark moves down past what was computed
        _set_meta(s, MARK_KEY, str(min(int(current), low)))
    took = time.monotonic() - began
    if took > 3 * WRITE_TARGET_S:
        log.info("a rebuild step held the write lock for %.0f ms (%d drafts)", took * 1000, written)
    if pace is not None:
        pace.adapt(written, took)
    with db.raw() as raw:
        return status(raw)


def _finish(db: Database) -> None:
    """Drop the old table, stamp the version, remove the mark: one transaction of ~0.1 s on 50,000 drafts."""
    from sqlalchemy import text

    with db.write() as s:
        mark = _meta(s, MARK_KEY)
        began = time.monotonic()
        if mark is None:
            return
        left = s.execute(text(
            f"SELECT 1 FROM search_docs WHERE docid < :m AND NOT EXISTS "
            f"(SELECT 1 FROM {TABLE} WHERE {TABLE}.rowid = search_docs.docid) LIMIT 1"),
            {"m": int(mark)}).first()
        if left is not None:
            return  # a draft went below the mark meanwhile (cannot happen: docids only grow); next step
        conn = s.connection()
        before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete=FAST")
        try:
            s.execute(text(f"DROP TABLE IF EXISTS {PREV_TABLE}"))
        finally:
            conn.exec_driver_sql(f"PRAGMA secure_delete={int(before or 0)}")
        _set_meta(s, MARK_KEY, None)
        _set_meta(s, VERSION_KEY, INDEX_VERSION)
    log.info("the old search index was dropped in %.0f ms", (time.monotonic() - began) * 1000)


def run(db: Database, *, progress: Callable[[Progress], None] | None = None,
        stop: Callable[[], bool] = lambda: False, pause: float = 0.0, drafts: int = STEP_DRAFTS,
        compute: Callable[[Callable[[], list[Doc]]], list[Doc]] = _direct, checkpoint: bool = False) -> bool:
    """Steps until the rebuild is complete (True) or ``stop()`` says so (False; resume any time).
    ``checkpoint``: copy the WAL into the database after each step (the process turns SQLite's automatic
    checkpoints off, so that a save committing after a step does not pay for copying the step's pages)."""
    pace = _Pace()
    while not stop():
        state = step(db, pace=pace, drafts=drafts, compute=compute)
        if checkpoint:
            with db.raw() as raw:
                raw.execute("PRAGMA wal_checkpoint(PASSIVE)")
        if state is None:
            return True
        if progress is not None:
            progress(state)
        if pause:
            time.sleep(pause)
    return False


# --- one process at a time ---------------------------------------------------------------------------
def lock_path(db_path: Path) -> Path:
    return db_path.parent / LOCK_NAME


@contextlib.contextmanager
def locked(db_path: Path, *, wait: bool = False) -> Iterator[bool]:
    """Holds the rebuild lock of this data folder; yields False when another process holds it (and
    ``wait`` is False). An ``fcntl`` lock: it goes away with the process, however it ends."""
    fd = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def running(db_path: Path) -> bool:
    """Is a rebuild process working on this data folder now?"""
    with locked(db_path) as mine:
        return not mine


def spawn(db_path: Path, log_file: Path | None = None) -> subprocess.Popen[bytes] | None:
    """Start the rebuild process for ``db_path`` unless one runs; it outlives the caller (its own
    session) and ends by itself when the index is complete."""
    if running(db_path):
        return None
    command = [sys.executable, "-m", "editor_app.storage.search_rebuild", "--database", str(db_path)]
    if log_file is not None:
        command += ["--log-file", str(log_file)]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m editor_app.storage.search_rebuild --database FILE [--progress]``: rebuild until done,
    then exit 0; SIGTERM or Ctrl+C stop it after the step under way (exit 0: it resumes next time)."""
    parser = argparse.ArgumentParser(prog="python -m editor_app.storage.search_rebuild")
    parser.add_argument("--database", required=True, type=Path)
    parser.add_argument("--log-file", type=Path)
    parser.add_argument("--progress", action="store_true", help="a progress line on stderr")
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--step-drafts", type=int, default=STEP_DRAFTS, help=argparse.SUPPRESS)  # tests
    parser.add_argument("--pause", type=float, default=0.0, help=argparse.SUPPRESS)  # tests
    args = parser.parse_args(argv)
    if args.log_file is not None:
        from editor_app.logging_setup import setup_logging

        with contextlib.suppress(OSError):
            setup_logging(args.log_file)
    # The text work runs on a niced thread (the window and the writer's commands come first); the short
    # write transactions run at normal priority: a niced process holding the write lock on a busy machine
    # would keep a save waiting for as long as the scheduler leaves it off the CPU.
    def nice_thread() -> None:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), args.nice)

    worker = ThreadPoolExecutor(max_workers=1, initializer=nice_thread)
    stopping = False

    def stop_soon(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop_soon)
    signal.signal(signal.SIGINT, stop_soon)
    with locked(args.database) as mine:
        if not mine:
            return 0  # another process is at it
        from sqlalchemy import event

        from editor_app.storage.engine import Database

        db = Database(args.database)

        @event.listens_for(db.engine, "connect")
        def _no_auto_checkpoint(dbapi_connection: sqlite3.Connection, record: object) -> None:
            dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")  # run() checkpoints after each step

        try:
            prepare(db)

            def show(p: Progress) -> None:
                if args.progress:
                    print(f"\r{p.done}/{p.total}", end="", file=sys.stderr, flush=True)

            started = time.monotonic()
            complete = run(db, progress=show, stop=lambda: stopping, pause=args.pause,
                           drafts=args.step_drafts, compute=lambda work: worker.submit(work).result(),
                           checkpoint=True)
            if args.progress:
                print(file=sys.stderr)
            log.info("search index rebuild %s after %.1f s", "complete" if complete else "paused",
                     time.monotonic() - started)
        except Exception:
            log.exception("the search index rebuild stopped")
            return 1
        finally:
            worker.shutdown()
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
