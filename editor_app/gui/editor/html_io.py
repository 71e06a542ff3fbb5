"""Clean HTML into the document and back, without Qt's toHtml()/setHtml().

The reader builds blocks with a QTextCursor from the model tree of core/html_clean; the
writer walks blocks and fragments and produces model elements that core/html_clean
serialises. Writing the document that reading ``html`` produced gives ``clean_html(html)``
back, character for character.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from editor_app.core.arabic_text import RTL, first_strong_direction
from editor_app.core.blocks import block_label
from editor_app.core.html_clean import (
    BLOCK_DATA,
    Element,
    Node,
    block_data,
    clean_blocks,
    serialize,
    tidy_inline,
)
from editor_app.gui.editor.document import (
    ALT,
    CELL_TAG,
    CODE,
    FIGCAPTION,
    FIGURE,
    FOOT_ROWS,
    H2,
    H3,
    HR,
    KEPT_INLINE,
    MARK,
    MIRRORED,
    QUOTE,
    QUOTE_DATA,
    RAW,
    RAW_PREFIX,
    WP_DATA,
    ArticleDocument,
    P,
    base_char_format,
    block_format,
    block_kind,
    direction_name,
    format_marks,
    mark_char_format,
    qt_direction,
)
from editor_app.gui.editor.media import MediaSink

LINE_BREAK = "\u2028"
OBJECT = "\ufffc"


# --- reading ----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, cursor: QTextCursor, article_direction: str, *, merge_first: bool) -> None:
        self.cursor = cursor
        self.direction = article_direction
        self.merge_next = merge_first  # the next block's text goes into the cursor's block
        self.fresh = merge_first and not cursor.block().text()

    def _start(
        self, kind: str, attrs: dict[str, str], text: str, *, quote: bool = False, quote_data: str = ""
    ) -> QTextCharFormat:
        """Begin a block of ``kind``; returns the character format its text starts from."""
        wanted = attrs.get("dir") or self.direction
        natural = first_strong_direction(text) or self.direction
        override = wanted if wanted != natural else None
        fmt = block_format(kind, direction=wanted, quote=quote, override=override)
        if attrs.get(BLOCK_DATA):
            fmt.setProperty(WP_DATA, attrs[BLOCK_DATA])
        if quote_data:
            fmt.setProperty(QUOTE_DATA, quote_data)
        if self.merge_next:
            self.merge_next = False
            if self.fresh:
                self.cursor.setBlockFormat(fmt)
                self.cursor.setBlockCharFormat(base_char_format(kind))
                return base_char_format(kind)
            # Pasted into the middle of a paragraph: the text takes that paragraph's style.
            return base_char_format(block_kind(self.cursor.block()))
        self.cursor.insertBlock(fmt, base_char_format(kind))
        return base_char_format(kind)

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


# --- writing ----------------------------------------------------------------------------------


_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace other than the plain space


def _plain_text(text: str) -> bool:
    """One run of text needing no tidying: no edge or double spaces, no other whitespace, breaks or objects.

    (A regex with a look-ahead per character took 40% of document_to_html on a 20,000-word article.)
    """
    return bool(
        text
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        and "\u2028" not in text
        and "\ufffc" not in text
        and _OTHER_SPACE.search(text) is None
    )


def _inline_from_block(block: QTextBlock, kind: str) -> list[Node]:
    # The common case in news copy: one run of plain text, single spaces, nothing to tidy.
    it = block.begin()
    if not it.atEnd():
        first = it.fragment()
        it += 1
        if it.atEnd() and first.isValid():
            fmt = first.charFormat()
            text = first.text()
            if (
                not fmt.isAnchor()
                and not fmt.fontItalic()
                and (kind in (H2, H3) or fmt.fontWeight() < QFont.Weight.DemiBold.value)
                and not fmt.isImageFormat()
                and not fmt.fontStrikeOut()
                and fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignNormal
                and not fmt.hasProperty(CODE)
                and not fmt.hasProperty(MARK)
                and not fmt.hasProperty(KEPT_INLINE)
                and _plain_text(text)
            ):
                return [text]
    root: list[Node] = []
    open_keys: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    open_elements: list[Element] = []
    heading = kind in (H2, H3)

    def target() -> list[Node]:
        return open_elements[-1].children if open_elements else root

    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        text = fragment.text()
        if fmt.isImageFormat():
            image = fmt.toImageFormat()
            for _ in text:
                target().append(Element("img", {"src": image.name(), "alt": str(image.property(ALT) or "")}))
            continue
        wanted = format_marks(fmt, heading)
        common = 0
        while common < len(open_keys) and common < len(wanted) and open_keys[common] == wanted[common]:
            common += 1
        del open_keys[common:]
        del open_elements[common:]
        for key in wanted[common:]:
            element = Element(key[0], dict(key[1]))
            target().append(element)
            open_keys.append(key)
            open_elements.append(element)
        parts = text.replace(OBJECT, "").split(LINE_BREAK)
        for i, part in enumerate(parts):
            if i:
                target().append(Element("br"))
            if part:
                target().append(part)
    return tidy_inline(root, heading=heading)


def _dir_attrs(block: QTextBlock | QTextBlockFormat, article_direction: str) -> dict[str, str]:
    fmt = block.blockFormat() if isinstance(block, QTextBlock) else block
    direction = direction_name(fmt.layoutDirection())
    return {"dir": direction} if direction != article_direction else {}


def _data_attrs(fmt: QTextFormat, prop: int = WP_DATA) -> dict[str, str]:
    value = fmt.property(prop)
    return {BLOCK_DATA: value} if isinstance(value, str) and value else {}


def _raw_blocks(block: QTextBlock) -> tuple[list[Element], list[Node]]:
    """The kept WordPress blocks in a RAW block, and any text typed beside them."""
    kept: list[Element] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if fragment.isValid() and fragment.charFormat().isImageFormat():
            data = _data_attrs(fragment.charFormat())
            if data:
                kept.extend(Element("div", dict(data)) for _ in fragment.text())
    words = tidy_inline(
        [n for n in _inline_from_block(block, P) if not (isinstance(n, Element) and n.tag == "img")]
    )
    return kept, words


def _table_element(table: QTextTable, caption: list[Node]) -> Element:
    fmt = table.format()
    head = fmt.headerRowCount()
    foot_value = fmt.property(FOOT_ROWS)
    foot = foot_value if isinstance(foot_value, int) else 0
    sections: dict[str, list[Node]] = {"thead": [], "tbody": [], "tfoot": []}
    order = range(table.columns())
    if fmt.property(MIRRORED):
        order = order[::-1]
    for r in range(table.rows()):
        cells: list[Node] = []
        for c in order:
            cell = table.cellAt(r, c)
            tag = "th" if cell.format().property(CELL_TAG) == "th" else "td"
            parts: list[Node] = []
            it = cell.begin()
            while not it.atEnd():
                cell_block = it.currentBlock()
                it += 1
                if cell_block.isValid():
                    if parts:
                        parts.append(Element("br"))
                    parts.extend(_inline_from_block(cell_block, H2 if tag == "th" else P))
            cells.append(Element(tag, {}, tidy_inline(parts, heading=tag == "th")))
        section = "thead" if r < head else "tfoot" if r >= table.rows() - foot else "tbody"
        sections[section].append(Element("tr", {}, cells))
    children: list[Node] = [Element("caption", {}, caption)] if caption else []
    children += [Element(name, {}, rows) for name, rows in sections.items() if rows]
    return Element("table", _data_attrs(fmt), children)


def _tables(doc: QTextDocument) -> dict[int, QTextTable]:
    """The document's tables by the position of their first cell."""
    found: dict[int, QTextTable] = {}
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            found[frame.firstPosition()] = frame
    return found


def document_blocks(doc: QTextDocument, article_direction: str) -> list[Element]:
    out: list[Element] = []
    tables = _tables(doc)
    block = doc.begin()
    quote_open: str | None = None  # the open quote's data ("" for one without), None when none is open
    lists: list[tuple[int, int, Element]] = []  # open lists, outermost first: (list object, indent, element)

    def close_groups() -> None:
        nonlocal quote_open
        quote_open = None
        lists.clear()

    def with_data(attrs: dict[str, str], fmt: QTextFormat) -> dict[str, str]:
        # A paragraph split in two keeps the data in both halves, as the block editor's split does.
        attrs.update(_data_attrs(fmt))
        return attrs

    while block.isValid():
        table = tables.get(block.position()) if tables else None
        if table is not None:
            close_groups()
            following = doc.findBlock(table.lastPosition() + 1)
            caption: list[Node] = []
            if following.isValid() and block_kind(following) == FIGCAPTION:
                caption = _inline_from_block(following, FIGCAPTION)
                following = following.next()
            out.append(_table_element(table, caption))
            block = following
            continue
        fmt = block.blockFormat()  # once per block: each call builds a new wrapper
        kind = block_kind(fmt)
        text_list = block.textList()
        if kind == HR:
            out.append(Element("hr", with_data({}, fmt)))
            if block.text().strip():
                out.append(Element(P, _dir_attrs(block, article_direction), _inline_from_block(block, P)))
            block = block.next()
            close_groups()
            continue
        if kind == RAW:
            kept, words = _raw_blocks(block)
            out.extend(kept)
            if words:
                out.append(Element(P, _dir_attrs(block, article_direction), words))
            block = block.next()
            close_groups()
            continue
        if kind == FIGURE:
            inline = _inline_from_block(block, P)
            images = [n for n in inline if isinstance(n, Element) and n.tag == "img"]
            # Text typed beside the image (or a figure block whose image was deleted) stays as a paragraph.
            words = tidy_inline([n for n in inline if not (isinstance(n, Element) and n.tag == "img")])
            figure_data = with_data({}, fmt)
            following = block.next()
            figcaption: list[Node] = []
            if following.isValid() and block_kind(following) == FIGCAPTION:
                figcaption = _inline_from_block(following, FIGCAPTION)
                block = following
            for i, img in enumerate(images):
                children: list[Node] = [img]
                if i == len(images) - 1 and figcaption:
                    children.append(Element("figcaption", {}, figcaption))
                out.append(Element("figure", figure_data if i == 0 else {}, children))
            if words:
                out.append(Element(P, _dir_attrs(block, article_direction), words))
            if not images and figcaption:
                out.append(Element(P, {}, figcaption))
            block = block.next()
            close_groups()
            continue
        content = _inline_from_block(block, kind)
        attrs = _dir_attrs(fmt, article_direction)
        if not content:
            block = block.next()
            continue
        if text_list is not None:
            list_format = text_list.format()
            key, indent = text_list.objectIndex(), max(1, list_format.indent())
            quote_open = None
            item = Element("li", with_data(attrs, fmt), content)
            while lists and (lists[-1][1] > indent or (lists[-1][1] == indent and lists[-1][0] != key)):
                lists.pop()
            if lists and lists[-1][0] == key:
                lists[-1][2].children.append(item)
            else:
                tag = "ol" if list_format.style() in _ORDERED else "ul"
                element = Element(tag, _data_attrs(list_format), [item])
                parent = lists[-1][2] if lists else None
                last_item = parent.children[-1] if parent is not None and parent.children else None
                if isinstance(last_item, Element):
                    last_item.children.append(element)  # a deeper list belongs to the item before it
                else:
                    out.append(element)
                lists.append((key, indent, element))
        elif kind != FIGCAPTION and fmt.property(QUOTE):
            lists.clear()
            quote_data = fmt.property(QUOTE_DATA)
            quote_key = quote_data if isinstance(quote_data, str) else ""
            para = Element(P, attrs, content)
            if quote_open is not None and quote_open == quote_key and out and out[-1].tag == "blockquote":
                out[-1].children.append(para)
            else:
                out.append(Element("blockquote", _data_attrs(fmt, QUOTE_DATA), [para]))
            quote_open = quote_key
        else:
            out.append(Element(kind if kind in (P, H2, H3) else P, with_data(attrs, fmt), content))
            close_groups()
        block = block.next()
    return out


_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def document_to_html(doc: QTextDocument, article_direction: str) -> str:
    return serialize(document_blocks(doc, article_direction))
