"""The search index's state: is it current, or how far is its rebuild (storage/search_rebuild.py).

Apart from the rebuild's own module so a start can ask with plain ``sqlite3`` and nothing else: the
rebuild pulls in subprocess, argparse and a thread pool (~10 ms of imports on the GUI thread).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from editor_app.core.stem_version import STEMMER_VERSION  # not the stemmer: its tables cost ~2 ms at start

INDEX_LAYOUT = 11  # the FTS5 columns of migration 0011
INDEX_VERSION = f"{INDEX_LAYOUT}.{STEMMER_VERSION}"
TABLE = "articles_fts"
VERSION_KEY = "index_version"
MARK_KEY = "rebuild_below"  # drafts with a docid below this one are not reindexed yet


@dataclass(frozen=True)
class Progress:
    """A rebuild under way (or due): ``left`` of ``total`` drafts still have only their old index row."""

    left: int
    total: int

    @property
    def done(self) -> int:
        return self.total - self.left


def status(con: sqlite3.Connection) -> Progress | None:
    """None when the index is current; otherwise how far its rebuild is. Plain ``sqlite3``, read only."""
    meta = dict(con.execute(
        "SELECT name, value FROM search_meta WHERE name IN (?, ?)", (VERSION_KEY, MARK_KEY)).fetchall())
    if meta.get(VERSION_KEY) == INDEX_VERSION and MARK_KEY not in meta:
        return None
    total = int(con.execute("SELECT count(*) FROM search_docs").fetchone()[0])
    mark = meta.get(MARK_KEY)
    if mark is None:  # not prepared yet: every draft is still to do
        missing = con.execute("SELECT count(*) FROM articles "
                              "WHERE id NOT IN (SELECT article_id FROM search_docs)").fetchone()[0]
        return Progress(total + int(missing), total + int(missing))
    left = con.execute(
        f"SELECT count(*) FROM search_docs WHERE docid < ? AND NOT EXISTS "
        f"(SELECT 1 FROM {TABLE} WHERE {TABLE}.rowid = search_docs.docid)", (int(mark),)).fetchone()[0]
    return Progress(int(left), total)
