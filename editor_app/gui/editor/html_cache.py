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

Grouping the records (lists, quotes, figures) runs on every call, in plain Python over the records;
serialising reuses each paragraph's inner HTML, kept with the record's content (which never changes
once read). html_io and html_clean stay the one writer for both paths.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from editor_app.core.html_clean import Node, serialize, serialize_inline
from editor_app.gui.editor.html_io import BlockRecord, assemble, block_record, document_to_html

# A change that covers this many characters (a paste of a whole article, a reload) clears everything.
_CLEAR_ABOVE = 50_000


class DocumentHtmlCache:
    """Serves ``document_to_html`` for one attached document at a time."""

    def __init__(self) -> None:
        self._doc: QTextDocument | None = None
        self._records: dict[int, BlockRecord] = {}
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
        found: list[BlockRecord] = []
        hits = 0
        block = doc.begin()
        while block.isValid():
            key = block.fragmentIndex()
            record = records.get(key)
            if record is None:
                record = records[key] = block_record(block, article_direction)
            else:
                hits += 1
            found.append(record)
            block = block.next()
        self.hits = hits
        if len(self._inner) > 2 * len(found) + 64:  # forget the HTML of paragraphs edited since
            live = {id(r.content) for r in found}
            self._inner = {k: v for k, v in self._inner.items() if k in live}
        self._html = serialize(assemble(found), self._inline)
        return self._html

    def _inline(self, children: list[Node]) -> str:
        entry = self._inner.get(id(children))
        if entry is not None and entry[0] is children:  # the same list, not one that reused its id
            return entry[1]
        text = serialize_inline(children)
        self._inner[id(children)] = (children, text)
        return text
