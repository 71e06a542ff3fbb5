"""The open document's clean HTML, rebuilt only where the text changed.

Writing a 20,000-word article from scratch takes 15–30 ms (more on a busy machine), nearly all of it
reading each paragraph's fragments and formats through PySide. Autosave (at least every second while
someone types), Ctrl+S and the check panel all want that HTML on the GUI thread, so:

* the whole string is kept until the document changes (Ctrl+S on an unchanged text is free);
* each block's record (``html_write.block_record``: kind, direction, data-wp, inline content with its
  marks, list and quote) is kept, keyed by the block's fragment-map index, which a block keeps for its
  whole life. ``contentsChange`` names the range every edit, undo, format, direction, list or table
  format change touched; the blocks in that range are forgotten. A block created later that reuses a
  freed index is inside the range of the change that created it, so it never finds an old entry.
* a table is one record, read from its frame; it is kept under its first block's index with the
  indexes of all its blocks, and each of those blocks holds a marker. An edit in any cell (or a change
  of the table's or a cell's format, which Qt reports over the cells it covers) removes a marker, and
  the table is read again.

A :func:`~html_write.standalone` record (a paragraph or heading with text, outside lists and quotes) is
written the same whatever its neighbours and closes any list or quote before it, so its HTML line is kept
with it. The records between two of them form a run (lists, quotes, tables, figures with captions, rules,
kept WordPress blocks, empty paragraphs) that html_write's grouping pass writes as if the document began
there; a run's text is kept while it is made of the very same records. So there is one writer, and a
20,000-word article costs a walk over its blocks and one join per call (1–2 ms). The test compares the
result with a fresh write after hundreds of random edits. The records of a newly opened article are read
between events from its first edit (:meth:`DocumentHtmlCache.warm_up`), so the first autosave is cheap too.

``contentsChange`` is only emitted by a document that has a layout (Qt's finishEdit): an editor's always
has one, and :meth:`DocumentHtmlCache.attach` makes sure of it. Inside a beginEditBlock()/endEditBlock()
pair Qt holds the signal back until the end, so the HTML is asked for between edits (autosave timers,
Ctrl+S, the check panel), never in the middle of one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

from editor_app.core.html_clean import serialize
from editor_app.gui.editor.html_write import (
    BlockRecord,
    block_record,
    document_to_html,
    group_records,
    standalone,
    table_record,
    units,
)

# A change that covers this many characters (a paste of a whole article, a reload) clears everything.
_CLEAR_ABOVE = 50_000


@dataclass(frozen=True, slots=True)
class _Block:
    record: BlockRecord
    line: str | None  # its HTML when the record is standalone


@dataclass(frozen=True, slots=True)
class _Table:
    record: BlockRecord
    keys: tuple[int, ...]  # the fragment indexes of all its blocks, in order, when it was read


_CELL = object()  # the entry of a table's block other than its first: "the table read it, unchanged since"
# Reading the records of a newly opened article happens between events, this long at a time (see warm_up).
WARM_SLICE_S = 0.004


class DocumentHtmlCache:
    """Serves ``document_to_html`` for one attached document at a time."""

    def __init__(self) -> None:
        self._doc: QTextDocument | None = None
        self._entries: dict[int, object] = {}  # by the block's fragmentIndex(): a _Block, a _Table or _CELL
        # Runs written by the last call, by the identities of their records; each entry holds its records, so
        # no other object can have those identities while it is kept.
        self._runs: dict[tuple[int, ...], tuple[tuple[BlockRecord, ...], str]] = {}
        self._direction = ""
        self._html: str | None = None
        self.generation = 0  # goes up on every change of the attached document
        self.hits = 0  # blocks served from the cache by the last html() call (a kept table: all of its)
        self.warming = False  # warm_up() has more to read after the waiting events

    def attach(self, doc: QTextDocument) -> None:
        if self._doc is doc:
            return
        if self._doc is not None:
            try:
                self._doc.contentsChange.disconnect(self._changed)
            except (RuntimeError, TypeError):  # the old document is already gone
                pass
        self._doc = doc
        self._clear()
        self.generation += 1
        doc.documentLayout()  # creates one if needed: without a layout Qt emits no contentsChange
        doc.contentsChange.connect(self._changed)

    def warm_up(self, doc: QTextDocument, article_direction: str) -> bool:
        """Read the records of the blocks that have none, a few milliseconds at a time between events; True
        once every block has its record.

        Called at the first edit of a newly shown article (a draft only read never needs them): otherwise the
        first journal write reads them all at once on the GUI thread (a fresh write: 15–35 ms)."""
        self.warming = False
        if doc is not self._doc or self._html is not None:
            return True
        if article_direction != self._direction:
            self._clear()
            self._direction = article_direction
        deadline = time.perf_counter() + WARM_SLICE_S
        entries = self._entries
        for block, table in units(doc):
            if table is not None:
                if self._table(block, table)[2]:
                    continue
            elif isinstance(entries.get(block.fragmentIndex()), _Block):
                continue
            else:
                self._read(block, article_direction)
            if time.perf_counter() > deadline:
                self.warming = True
                QTimer.singleShot(0, doc, lambda: self.warm_up(doc, article_direction))
                return False
        return True

    def _clear(self) -> None:
        self._entries.clear()
        self._runs.clear()
        self._html = None

    def _changed(self, position: int, removed: int, added: int) -> None:
        del removed  # what was removed is gone; the blocks around it lie in [position, position + added]
        self._html = None
        self.generation += 1
        doc = self._doc
        if doc is None:
            return
        if added > _CLEAR_ABOVE:
            self._entries.clear()
            return
        end = min(position + added, max(0, doc.characterCount() - 1))
        block = doc.findBlock(position)
        last = doc.findBlock(end)
        entries = self._entries
        while block.isValid():
            entries.pop(block.fragmentIndex(), None)
            if block == last:
                break
            block = block.next()

    def html(self, doc: QTextDocument, article_direction: str) -> str:
        if doc is not self._doc:
            return document_to_html(doc, article_direction)
        if article_direction != self._direction:
            self._clear()  # the dir attributes are written against it
            self._direction = article_direction
        if self._html is not None:
            return self._html
        entries = self._entries
        parts: list[str] = []
        run: list[BlockRecord] = []  # the records since the last standalone one
        runs: dict[tuple[int, ...], tuple[tuple[BlockRecord, ...], str]] = {}
        hits = blocks = 0
        for block, table in units(doc):
            if table is not None:
                record, count, kept = self._table(block, table)
                run.append(record)
                blocks += count
                hits += count if kept else 0
                continue
            blocks += 1
            key = block.fragmentIndex()
            entry = entries.get(key)
            if isinstance(entry, _Block):
                hits += 1
            else:
                entry = self._read(block, article_direction)
            if entry.line is None:
                run.append(entry.record)
                continue
            if run:
                parts.append(self._run_html(run, runs))
                run = []
            parts.append(entry.line)
        if run:
            parts.append(self._run_html(run, runs))
        self._runs = runs
        self.hits = hits
        if len(entries) > 2 * blocks + 64:
            self._forget_deleted_blocks(doc)
        self._html = "".join(parts)
        return self._html

    def _read(self, block: QTextBlock, article_direction: str) -> _Block:
        record = block_record(block, article_direction)
        line = serialize(group_records([record])) if standalone(record) else None
        entry = self._entries[block.fragmentIndex()] = _Block(record, line)
        return entry

    def _table(self, first: QTextBlock, table: QTextTable) -> tuple[BlockRecord, int, bool]:
        """The table's record (kept or read again), how many blocks it spans, and whether it was kept."""
        entries = self._entries
        keys = []
        block, end = first, table.lastPosition()
        while block.isValid() and block.position() <= end:
            keys.append(block.fragmentIndex())
            block = block.next()
        entry = entries.get(keys[0])
        if (
            isinstance(entry, _Table)
            and entry.keys == tuple(keys)
            and all(entries.get(key) is _CELL for key in keys[1:])
        ):
            return entry.record, len(keys), True
        record = table_record(table)
        entries[keys[0]] = _Table(record, tuple(keys))
        for key in keys[1:]:
            entries[key] = _CELL
        return record, len(keys), False

    def _run_html(
        self, run: list[BlockRecord], runs: dict[tuple[int, ...], tuple[tuple[BlockRecord, ...], str]]
    ) -> str:
        """A run's HTML: kept while it is made of the same records (grouping depends on nothing else)."""
        key = tuple(map(id, run))
        done = self._runs.get(key)
        if done is None:
            done = (tuple(run), serialize(group_records(run)))
        runs[key] = done
        return done[1]

    def _forget_deleted_blocks(self, doc: QTextDocument) -> None:
        live = set()
        block = doc.begin()
        while block.isValid():
            live.add(block.fragmentIndex())
            block = block.next()
        self._entries = {key: entry for key, entry in self._entries.items() if key in live}
