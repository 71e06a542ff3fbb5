"""The open document's clean HTML, rebuilt only where the text changed.

Writing a 20,000-word article from scratch takes 12–20 ms (more on a busy machine), nearly all of it
reading each paragraph's fragments and formats through PySide. Autosave (at least every second while
someone types), Ctrl+S and the check panel all want that HTML on the GUI thread, so:

* the whole string is kept until the document changes (Ctrl+S on an unchanged text is free);
* each block's record (``html_io.block_record``: its kind, direction, inline content, list and
  quote) is kept per block, keyed by the block's fragment-map index, which a block keeps for its
  whole life. ``contentsChange`` names the range every edit, undo, format or direction change
  touched; the blocks in that range are forgotten. A block created later that reuses a freed index
  is inside the range of the change that created it, so it never finds an old entry.

A plain paragraph or heading (not in a list or quote, with text) is written the same whatever its
neighbours, and ends any list or quote before it; so its HTML line is kept with its record, and only the
runs between such blocks (lists, quotes, figures, rules) are grouped and serialised again on each call,
by the same html_io/html_clean writer (its paragraphs' inner HTML kept too). A 20,000-word article then
costs a walk over its blocks and one join: little garbage, so no collector pauses mid-typing. The
test compares the result with a fresh write after hundreds of random edits.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from editor_app.core.html_clean import Element, Node, serialize, serialize_inline
from editor_app.gui.editor.document import H2, H3, P
from editor_app.gui.editor.html_io import BlockRecord, assemble, block_record, document_to_html

# A change that covers this many characters (a paste of a whole article, a reload) clears everything.
_CLEAR_ABOVE = 50_000


class DocumentHtmlCache:
    """Serves ``document_to_html`` for one attached document at a time."""

    def __init__(self) -> None:
        self._doc: QTextDocument | None = None
        self._records: dict[int, tuple[BlockRecord, str | None]] = {}  # record, its line when standalone
        self._inner: dict[int, tuple[list[Node], str]] = {}  # id(content) -> (content, its HTML)
        self._direction = ""
        self._html: str | None = None
        self.generation = 0  # goes up on every change of the attached document
        self.hits = 0  # blocks served from the cache by the last html() call (tests, benchmarks)

    def attach(self, doc: QTextDocument) -> None:
        if self._doc is doc:
            return
        if self._doc is not None:
            try:
                self._doc.contentsChange.disconnect(self._changed)
            except (RuntimeError, TypeError):  # the old document is already gone
                pass
        self._doc = doc
        self._records.clear()
        self._inner.clear()
        self._html = None
        self.generation += 1
        doc.contentsChange.connect(self._changed)

    def _changed(self, position: int, removed: int, added: int) -> None:
        del removed
        self._html = None
        self.generation += 1
        doc = self._doc
        if doc is None:
            return
        if added > _CLEAR_ABOVE:
            self._records.clear()
            return
        end = min(position + added, max(0, doc.characterCount() - 1))
        block = doc.findBlock(position)
        last = doc.findBlock(end)
        while block.isValid():
            self._records.pop(block.fragmentIndex(), None)
            if block == last:
                break
            block = block.next()

    def html(self, doc: QTextDocument, article_direction: str) -> str:
        if doc is not self._doc:
            return document_to_html(doc, article_direction)
        if article_direction != self._direction:
            self._records.clear()  # the dir attributes depend on it
            self._direction = article_direction
            self._html = None
        if self._html is not None:
            return self._html
        records = self._records
        parts: list[str] = []
        run: list[BlockRecord] = []  # records between standalone paragraphs, grouped together
        live: list[BlockRecord] = []
        hits = 0
        block = doc.begin()
        while block.isValid():
            key = block.fragmentIndex()
            entry = records.get(key)
            if entry is None:
                record = block_record(block, article_direction)
                entry = records[key] = (record, self._standalone_line(record))
            else:
                hits += 1
            record, line = entry
            live.append(record)
            if line is None:
                run.append(record)
            else:
                if run:
                    parts.append(serialize(assemble(run), self._inline))
                    run = []
                parts.append(line)
            block = block.next()
        if run:
            parts.append(serialize(assemble(run), self._inline))
        self.hits = hits
        if len(self._inner) > 2 * len(live) + 64:  # forget the HTML of paragraphs edited since
            kept = {id(r.content) for r in live}
            self._inner = {k: v for k, v in self._inner.items() if k in kept}
        self._html = "".join(parts)
        return self._html

    def _standalone_line(self, record: BlockRecord) -> str | None:
        """The HTML of a plain paragraph or heading, which no neighbour changes; None for the others."""
        if record.kind not in (P, H2, H3) or record.list_key is not None or record.quote:
            return None
        if not record.content:
            return None  # writes nothing, and leaves a list or quote around it open
        return serialize([Element(record.kind, record.attrs, record.content)], self._inline)

    def _inline(self, children: list[Node]) -> str:
        entry = self._inner.get(id(children))
        if entry is not None and entry[0] is children:  # the same list, not one that reused its id
            return entry[1]
        text = serialize_inline(children)
        self._inner[id(children)] = (children, text)
        return text
