"""The open document's clean HTML, rebuilt only where the text changed.

Writing a 20,000-word article from scratch takes 12–20 ms, nearly all of it reading each
paragraph's fragments and formats through PySide. Autosave (at least every couple of seconds
while someone types), Ctrl+S and the check panel all want that HTML on the GUI thread, so:

* the whole string is kept until the document changes (Ctrl+S on an unchanged text is free);
* each paragraph's inline content (``html_io.inline_from_block``) is kept per block, keyed by the
  block's fragment-map index, which a block keeps for its whole life. ``contentsChange`` names the
  range every edit, undo, format or direction change touched; the blocks in that range are
  forgotten. A block created later that reuses a freed index is inside the range of the change
  that created it, so it never finds an old entry.

Grouping blocks into lists, quotes and figures, and serialising, still run on every call
(about 3 ms for 20,000 words): they are cheap and keep one writer (html_io) for both paths.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument

from editor_app.core.html_clean import Node
from editor_app.gui.editor.html_io import document_to_html, inline_from_block

# A change that covers this many characters (a paste of a whole article, a reload) clears everything.
_CLEAR_ABOVE = 50_000


class DocumentHtmlCache:
    """Serves ``document_to_html`` for one attached document at a time."""

    def __init__(self) -> None:
        self._doc: QTextDocument | None = None
        self._blocks: dict[int, tuple[str, list[Node]]] = {}
        self._html: tuple[str, str] | None = None  # (article direction, html)
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
        self._blocks.clear()
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
            self._blocks.clear()
            return
        end = min(position + added, max(0, doc.characterCount() - 1))
        block = doc.findBlock(position)
        last = doc.findBlock(end)
        while block.isValid():
            self._blocks.pop(block.fragmentIndex(), None)
            if block == last:
                break
            block = block.next()

    def _read(self, block: QTextBlock, kind: str) -> list[Node]:
        key = block.fragmentIndex()
        entry = self._blocks.get(key)
        if entry is not None and entry[0] == kind:
            self.hits += 1
            return entry[1]
        content = inline_from_block(block, kind)
        self._blocks[key] = (kind, content)
        return content

    def html(self, doc: QTextDocument, article_direction: str) -> str:
        if doc is not self._doc:
            return document_to_html(doc, article_direction)
        cached = self._html
        if cached is not None and cached[0] == article_direction:
            return cached[1]
        self.hits = 0
        text = document_to_html(doc, article_direction, self._read)
        self._html = (article_direction, text)
        return text
