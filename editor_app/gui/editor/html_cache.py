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

from editor_app.gui.editor.html_io import document_to_html


class DocumentHtmlCache:
    """Serves ``document_to_html`` for one attached document at a time.

    For now the whole string is kept until the document changes (Ctrl+S or an autosave on an unchanged
    text costs nothing); a changed document is written afresh by the block-aware writer."""

    def __init__(self) -> None:
        self._doc: QTextDocument | None = None
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
        self._html = None
        self.generation += 1
        doc.contentsChange.connect(self._changed)

    def _changed(self, position: int, removed: int, added: int) -> None:
        del position, removed, added
        self._html = None
        self.generation += 1

    def html(self, doc: QTextDocument, article_direction: str) -> str:
        if doc is not self._doc:
            return document_to_html(doc, article_direction)
        if article_direction != self._direction or self._html is None:
            self._direction = article_direction
            self._html = document_to_html(doc, article_direction)
            self.hits = 0
        return self._html
