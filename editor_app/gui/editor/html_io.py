"""Clean HTML into the document and back, without Qt's toHtml()/setHtml().

The reader (here) builds blocks with a QTextCursor from the model tree of core/html_clean; the
writer (html_write.py, re-exported here) reads blocks and fragments into records, groups them into
model elements and has core/html_clean serialise them. Writing the document that reading ``html``
produced gives ``clean_html(html)`` back, character for character.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from editor_app.core.arabic_text import RTL, first_strong_direction
from editor_app.core.html_clean import (
    BLOCK_DATA,
    Element,
    Node,
    block_data,
    clean_blocks,
)
from editor_app.gui.editor.document import (
    ALT,
    CELL_TAG,
    FIGCAPTION,
    FIGURE,
    FOOT_ROWS,
    H2,
    H3,
    HR,
    MIRRORED,
    QUOTE_DATA,
    RAW,
    RAW_PREFIX,
    WP_DATA,
    ArticleDocument,
    P,
    base_char_format,
    block_format,
    block_kind,
    mark_char_format,
    qt_direction,
)
from editor_app.gui.editor.html_write import LINE_BREAK
from editor_app.gui.editor.html_write import document_blocks as document_blocks  # the writer, for callers
from editor_app.gui.editor.html_write import document_to_html as document_to_html
from editor_app.gui.editor.media import MediaSink

# --- reading ----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, cursor: QTextCursor, article_direction: str, *, merge_first: bool) -> None:
        self.cursor = cursor
        self.direction = article_direction
        self.merge_next = merge_first  # the next block's text goes into the cursor's block
        self.fresh = merge_first and not cursor.block().text()
        # Qt copies a format into the document: a 20,000-word article needs a handful of distinct ones, made
        # once each here instead of twice per paragraph (a third of building it).
        self._block_formats: dict[tuple[str, str, bool, str | None], QTextBlockFormat] = {}
        self._char_formats: dict[str, QTextCharFormat] = {}

    def _char_format(self, kind: str) -> QTextCharFormat:
        fmt = self._char_formats.get(kind)
        if fmt is None:
            fmt = self._char_formats[kind] = base_char_format(kind)
        return fmt

    def _start(
        self, kind: str, attrs: dict[str, str], text: str, *, quote: bool = False, quote_data: str = ""
    ) -> QTextCharFormat:
        """Begin a block of ``kind``; returns the character format its text starts from."""
        wanted = attrs.get("dir") or self.direction
        natural = first_strong_direction(text) or self.direction
        override = wanted if wanted != natural else None
        key = (kind, wanted, quote, override)
        fmt = self._block_formats.get(key)
        if fmt is None:
            fmt = block_format(kind, direction=wanted, quote=quote, override=override)
            self._block_formats[key] = fmt
        data = attrs.get(BLOCK_DATA)
        if data or quote_data:
            fmt = QTextBlockFormat(fmt)  # this block's own data: not on the shared one
            if data:
                fmt.setProperty(WP_DATA, data)
            if quote_data:
                fmt.setProperty(QUOTE_DATA, quote_data)
        char_format = self._char_format(kind)
        if self.merge_next:
            self.merge_next = False
            if self.fresh:
                self.cursor.setBlockFormat(fmt)
                self.cursor.setBlockCharFormat(char_format)
                return char_format
            # Pasted into the middle of a paragraph: the text takes that paragraph's style.
            return base_char_format(block_kind(self.cursor.block()))
        self.cursor.insertBlock(fmt, char_format)
        return char_format

    def blocks(self, blocks: Sequence[Element]) -> None:
        for block in blocks:
            tag = block.tag
            if tag in (P, H2, H3):
                self.inline(block.children, self._start(tag, block.attrs, block.text()))
            elif tag == "blockquote":
                data = block.attrs.get(BLOCK_DATA, "")
                for para in block.children:
                    if isinstance(para, Element):
                        start = self._start(P, para.attrs, para.text(), quote=True, quote_data=data)
                        self.inline(para.children, start)
            elif tag in ("ul", "ol"):
                self.list(block, 1)
            elif tag == "figure":
                img = next((c for c in block.children if isinstance(c, Element) and c.tag == "img"), None)
                caption = next(
                    (c for c in block.children if isinstance(c, Element) and c.tag == "figcaption"), None
                )
                if img is not None:
                    self._start(FIGURE, {k: v for k, v in block.attrs.items() if k == BLOCK_DATA}, "")
                    insert_image(self.cursor, img.attrs.get("src", ""), img.attrs.get("alt", ""))
                if caption is not None:
                    self.inline(caption.children, self._start(FIGCAPTION, caption.attrs, caption.text()))
            elif tag == "hr":
                self._start(HR, block.attrs, "")
            elif tag == "table":
                self.table(block)
            elif tag == "div" and block.attrs.get(BLOCK_DATA):
                self._start(RAW, {}, "")
                insert_raw_block(self.cursor, block.attrs[BLOCK_DATA])

    def list(self, block: Element, depth: int) -> None:
        style = QTextListFormat.Style.ListDisc if block.tag == "ul" else QTextListFormat.Style.ListDecimal
        text_list = None
        for item in block.children:
            if not isinstance(item, Element):
                continue
            inline = [c for c in item.children if not (isinstance(c, Element) and c.tag in ("ul", "ol"))]
            nested = [c for c in item.children if isinstance(c, Element) and c.tag in ("ul", "ol")]
            char_format = self._start(P, item.attrs, Element("li", {}, inline).text())
            if text_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(style)
                list_format.setIndent(depth)
                if block.attrs.get(BLOCK_DATA):
                    list_format.setProperty(WP_DATA, block.attrs[BLOCK_DATA])
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            self.inline(inline, char_format)
            for sub in nested:
                self.list(sub, depth + 1)

    def table(self, block: Element) -> None:
        sections = [
            c for c in block.children if isinstance(c, Element) and c.tag in ("thead", "tbody", "tfoot")
        ]
        rows = [(s.tag, r) for s in sections for r in s.children if isinstance(r, Element)]
        columns = max((sum(1 for c in r.children if isinstance(c, Element)) for _, r in rows), default=0)
        if not rows or not columns:
            return
        if not self.merge_next or not self.fresh:
            self._start(P, {}, "")  # a block to put the table after (the empty ones are not written)
        self.merge_next = False
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(sum(1 for kind, _ in rows if kind == "thead"))
        table_format.setProperty(FOOT_ROWS, sum(1 for kind, _ in rows if kind == "tfoot"))
        table_format.setCellPadding(4.0)
        table_format.setCellSpacing(0.0)
        table_format.setBorder(1.0)
        table_format.setBorderCollapse(True)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Qt ignores the table's layout direction for the order of its columns: a right-to-left article's
        # table holds them mirrored, so that column 1 is on the right.
        mirrored = self.direction == RTL
        table_format.setLayoutDirection(qt_direction(self.direction))
        table_format.setProperty(MIRRORED, mirrored)
        if block.attrs.get(BLOCK_DATA):
            table_format.setProperty(WP_DATA, block.attrs[BLOCK_DATA])
        table = self.cursor.insertTable(len(rows), columns, table_format)
        for r, (_, row) in enumerate(rows):
            for c, cell_element in enumerate(x for x in row.children if isinstance(x, Element)):
                cell = table.cellAt(r, columns - 1 - c if mirrored else c)
                if cell_element.tag == "th":
                    cell_format = cell.format()
                    cell_format.setProperty(CELL_TAG, "th")
                    cell.setFormat(cell_format)
                cursor = cell.firstCursorPosition()
                cursor.setBlockFormat(block_format(P, direction=self.direction))
                saved, self.cursor = self.cursor, cursor
                base = base_char_format(P)
                if cell_element.tag == "th":
                    base.setFontWeight(QFont.Weight.Bold)
                self.inline(cell_element.children, base)
                self.cursor = saved
        self.cursor = table.lastCursorPosition()
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        caption = next((c for c in block.children if isinstance(c, Element) and c.tag == "caption"), None)
        self.merge_next = self.fresh = True  # the block Qt keeps after a table takes what follows
        if caption is not None:
            self.inline(caption.children, self._start(FIGCAPTION, {}, caption.text()))

    def inline(self, nodes: Sequence[Node], fmt: QTextCharFormat) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.cursor.insertText(node, fmt)
            elif node.tag == "br":
                self.cursor.insertText(LINE_BREAK, fmt)
            elif node.tag == "img":
                insert_image(self.cursor, node.attrs.get("src", ""), node.attrs.get("alt", ""))
            else:
                self.inline(node.children, mark_char_format(fmt, node.tag, node.attrs))


def insert_raw_block(cursor: QTextCursor, data: str) -> None:
    """A WordPress block Qalam keeps as it is: one object character carrying its data."""
    # Imported here: the WordPress block grammar is only needed when an article has such a block (~10 ms).
    from editor_app.core.block_data import block_label

    raw = block_data(Element("div", {BLOCK_DATA: data})).get("raw")
    fmt = QTextImageFormat()
    fmt.setName(RAW_PREFIX + block_label(str(raw or "")))
    fmt.setProperty(WP_DATA, data)
    cursor.insertImage(fmt)


def insert_image(cursor: QTextCursor, src: str, alt: str) -> None:
    """An image character; its pixels are fetched (and scaled down) by the document when laid out."""
    fmt = QTextImageFormat()
    fmt.setName(src)
    fmt.setProperty(ALT, alt)
    cursor.insertImage(fmt)


def build_document(markup: str, direction: str, media: MediaSink | None, font: QFont) -> ArticleDocument:
    """A new document holding ``markup``: safe on a worker thread, handed over to the GUI thread."""
    doc = ArticleDocument(media, font=font)
    doc.set_article_direction(direction)
    load_html(doc, markup, direction)
    app = QCoreApplication.instance()
    if app is not None and doc.thread() is not app.thread():
        doc.moveToThread(app.thread())
    return doc


class SlicedBuild:
    """Builds cleaned blocks into a document a slice at a time (the document may be on screen meanwhile).

    Each slice is laid out by Qt as it goes in, so a 20,000-word article never costs one long
    layout: :meth:`step` adds top-level blocks until its time budget is spent and says whether any
    remain. One builder (and its cursor) serves every slice, so what a block leaves for the next one
    (the paragraph Qt keeps after a table, a list's numbering) carries over as in :func:`load_html`:
    the document is the same whatever the slices.
    """

    def __init__(self, doc: QTextDocument, blocks: Sequence[Element], article_direction: str) -> None:
        self.doc = doc
        self.blocks = list(blocks)
        self.direction = article_direction
        self.done = 0
        self._builder: _Builder | None = None

    def step(self, budget_s: float | None = None) -> bool:
        """Add blocks for about ``budget_s`` seconds (all of them when None); True while some remain."""
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        undo = self.doc.isUndoRedoEnabled()
        self.doc.setUndoRedoEnabled(False)
        if self._builder is None:
            self._builder = _Builder(QTextCursor(self.doc), self.direction, merge_first=True)
            if not self.blocks:
                self._builder.cursor.setBlockFormat(block_format(P, direction=self.direction))
                self._builder.cursor.setBlockCharFormat(base_char_format(P))
        builder = self._builder
        cursor = builder.cursor
        cursor.beginEditBlock()
        try:
            while self.done < len(self.blocks):
                builder.blocks(self.blocks[self.done:self.done + 1])
                self.done += 1
                if deadline is not None and time.perf_counter() > deadline:
                    break
        finally:
            cursor.endEditBlock()
            self.doc.setUndoRedoEnabled(undo)
            self.doc.setModified(False)
        return self.done < len(self.blocks)


def load_html(doc: QTextDocument, markup: str, article_direction: str) -> None:
    """Replace the document's content with ``markup`` (cleaned first), without an undo step."""
    result = clean_blocks(markup, article_direction, keep_block_data=True)
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _Builder(cursor, article_direction, merge_first=True).blocks(result.blocks)
    if not result.blocks:
        cursor.setBlockFormat(block_format(P, direction=article_direction))
        cursor.setBlockCharFormat(base_char_format(P))
    cursor.endEditBlock()
    doc.setUndoRedoEnabled(undo)
    doc.setModified(False)


def insert_blocks(cursor: QTextCursor, blocks: Sequence[Element], article_direction: str) -> None:
    """Paste model blocks at the cursor: a lone paragraph's text joins the current one."""
    if cursor.hasSelection():
        cursor.removeSelectedText()
    if len(blocks) == 1 and blocks[0].tag == P:
        base = cursor.charFormat()
        base.setFontWeight(QFont.Weight.Normal)
        base.setFontItalic(False)
        _Builder(cursor, article_direction, merge_first=False).inline(
            blocks[0].children, base_char_format(block_kind(cursor.block()))
        )
        return
    builder = _Builder(cursor, article_direction, merge_first=True)
    builder.fresh = not cursor.block().text()
    builder.blocks(blocks)
