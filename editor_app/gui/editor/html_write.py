"""The document back to clean HTML, in two steps: read each block into a record, then group the records.

Reading (:func:`block_record`, :func:`table_record`) looks at one block, or one table, and nothing else:
its kind, direction, ``data-wp``, inline content with its marks, the list or quote it belongs to, the
images or kept WordPress blocks it holds. Grouping (:func:`group_records`) turns a sequence of records into
model blocks: list items into (nested) lists, quote paragraphs into quotes, a figure or a table with the
caption after it. ``document_to_html`` is the two steps over the whole document; gui/editor/html_cache.py
keeps the records and re-runs only the grouping, between the :func:`standalone` records, so both give the
same text by construction: there is one set of grouping rules, here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
    QTextTable,
)

from editor_app.core.html_clean import BLOCK_DATA, Element, Node, serialize, tidy_inline
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
    WP_DATA,
    P,
    block_kind,
    direction_name,
    format_marks,
)

LINE_BREAK = "\u2028"
OBJECT = "\ufffc"
TABLE = "table"  # the kind of a table's record (a table is one record, read from its frame)

_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


# --- inline content ---------------------------------------------------------------------------


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


def inline_from_block(block: QTextBlock, kind: str) -> list[Node]:
    """The model's inline content of a block: text, line breaks, images and marks, tidied."""
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


def _dir_attrs(fmt: QTextBlockFormat, article_direction: str) -> dict[str, str]:
    direction = direction_name(fmt.layoutDirection())
    return {"dir": direction} if direction != article_direction else {}


def _data_attrs(fmt: QTextFormat, prop: int = WP_DATA) -> dict[str, str]:
    value = fmt.property(prop)
    return {BLOCK_DATA: value} if isinstance(value, str) and value else {}


def _is_image(node: Node) -> bool:
    return isinstance(node, Element) and node.tag == "img"


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, slots=True)
class ListPlace:
    """Where a list item sits: items of one QTextList share ``key`` (its objectIndex); a deeper ``indent``
    nests the list inside the item before it."""

    key: int
    indent: int
    tag: str  # "ul" or "ol"
    attrs: dict[str, str]  # the list's data-wp


@dataclass(frozen=True, eq=False, slots=True)
class BlockRecord:
    """What the writer needs from one block (or one table), read once. Its output depends only on it and the
    records around it, so records can be kept while the text is edited (gui/editor/html_cache.py). The
    grouping pass only reads records: their dicts and lists may be shared by many writes."""

    kind: str  # a block kind of document.py, or TABLE
    attrs: dict[str, str]  # dir, when it differs from the article's
    data: dict[str, str]  # the block's data-wp (a table's: the table's)
    content: list[Node] | None  # inline content; FIGURE/RAW: the words beside the objects; HR: None if blank
    objects: list[Element] = field(default_factory=list)  # FIGURE: images; RAW: kept blocks; TABLE: sections
    in_list: ListPlace | None = None
    quote: str | None = None  # in a quote: the quote's data ("" for none); None outside quotes


def block_record(block: QTextBlock, article_direction: str) -> BlockRecord:
    fmt = block.blockFormat()  # once per block: each call builds a new wrapper
    kind = block_kind(fmt)
    attrs = _dir_attrs(fmt, article_direction)
    data = _data_attrs(fmt)
    if kind == HR:
        return BlockRecord(kind, attrs, data, inline_from_block(block, P) if block.text().strip() else None)
    if kind in (FIGURE, RAW):
        inline = inline_from_block(block, P)
        words = tidy_inline([n for n in inline if not _is_image(n)])
        if kind == FIGURE:
            images = [n for n in inline if isinstance(n, Element) and n.tag == "img"]
            return BlockRecord(kind, attrs, data, words, images)
        return BlockRecord(kind, attrs, data, words, _kept_blocks(block))
    content = inline_from_block(block, kind)
    text_list = block.textList()
    place = None
    if text_list is not None:
        list_format = text_list.format()
        tag = "ol" if list_format.style() in _ORDERED else "ul"
        indent = max(1, list_format.indent())
        place = ListPlace(text_list.objectIndex(), indent, tag, _data_attrs(list_format))
    quote = None
    if fmt.property(QUOTE):
        quote_data = fmt.property(QUOTE_DATA)
        quote = quote_data if isinstance(quote_data, str) else ""
    return BlockRecord(kind, attrs, data, content, in_list=place, quote=quote)


def _kept_blocks(block: QTextBlock) -> list[Element]:
    """The WordPress blocks kept in a RAW block: one object character each, carrying its data."""
    kept: list[Element] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if fragment.isValid() and fragment.charFormat().isImageFormat():
            data = _data_attrs(fragment.charFormat())
            if data:
                kept.extend(Element("div", dict(data)) for _ in fragment.text())
    return kept


def table_record(table: QTextTable) -> BlockRecord:
    """A table, from its frame: every cell's blocks, the cells' header marks and the table's format."""
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
                    parts.extend(inline_from_block(cell_block, H2 if tag == "th" else P))
            cells.append(Element(tag, {}, tidy_inline(parts, heading=tag == "th")))
        section = "thead" if r < head else "tfoot" if r >= table.rows() - foot else "tbody"
        sections[section].append(Element("tr", {}, cells))
    body = [Element(name, {}, rows) for name, rows in sections.items() if rows]
    return BlockRecord(TABLE, {}, _data_attrs(fmt), None, body)


def units(doc: QTextDocument) -> Iterator[tuple[QTextBlock, QTextTable | None]]:
    """What the writer reads in document order: each block on its own, except that a table is read whole,
    from its frame, at its first block (its cells' blocks are skipped: they are the blocks whose position
    lies between the table's first and last position)."""
    tables: dict[int, QTextTable] = {}
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            tables[frame.firstPosition()] = frame
    block = doc.begin()
    while block.isValid():
        table = tables.get(block.position()) if tables else None
        yield block, table
        block = doc.findBlock(table.lastPosition() + 1) if table is not None else block.next()


def document_records(doc: QTextDocument, article_direction: str) -> list[BlockRecord]:
    return [
        table_record(table) if table is not None else block_record(block, article_direction)
        for block, table in units(doc)
    ]


# --- grouping ---------------------------------------------------------------------------------


def standalone(record: BlockRecord) -> bool:
    """A paragraph or heading outside lists and quotes, with text: the grouping pass writes it as one element
    whatever its neighbours, and it closes any list or quote before it, so a run of records after it is
    grouped as if the document began there. Everything else (empty paragraphs too: they leave a list open)
    is grouped with the records around it."""
    grouped = record.in_list is not None or record.quote is not None
    return record.kind in (P, H2, H3) and not grouped and bool(record.content)


def group_records(records: Sequence[BlockRecord]) -> list[Element]:
    """Model blocks from records: lists (nested by indent), quotes, figures and tables with their captions."""
    out: list[Element] = []
    quote_open: str | None = None  # the open quote's data ("" for one without), None when none is open
    lists: list[tuple[int, int, Element]] = []  # open lists, outermost first: (list key, indent, element)
    i = 0
    while i < len(records):
        record = records[i]
        i += 1
        kind = record.kind
        if kind in (TABLE, FIGURE, HR, RAW):
            quote_open = None
            lists.clear()
            caption = None
            if kind in (TABLE, FIGURE) and i < len(records) and records[i].kind == FIGCAPTION:
                caption = records[i]  # the caption block after a table or an image belongs to it
                i += 1
            _object_blocks(record, caption, out)
            continue
        content = record.content
        if not content:
            continue  # writes nothing, and leaves a list or quote around it open
        place = record.in_list
        if place is not None:
            quote_open = None
            item = Element("li", {**record.attrs, **record.data}, list(content))  # a nested list may join it
            while lists and (
                lists[-1][1] > place.indent or (lists[-1][1] == place.indent and lists[-1][0] != place.key)
            ):
                lists.pop()
            if lists and lists[-1][0] == place.key:
                lists[-1][2].children.append(item)
            else:
                element = Element(place.tag, dict(place.attrs), [item])
                parent = lists[-1][2] if lists else None
                last_item = parent.children[-1] if parent is not None and parent.children else None
                if isinstance(last_item, Element):
                    last_item.children.append(element)  # a deeper list belongs to the item before it
                else:
                    out.append(element)
                lists.append((place.key, place.indent, element))
        elif kind != FIGCAPTION and record.quote is not None:
            lists.clear()
            para = Element(P, record.attrs, content)
            if quote_open == record.quote and out and out[-1].tag == "blockquote":
                out[-1].children.append(para)
            else:
                out.append(Element("blockquote", {BLOCK_DATA: record.quote} if record.quote else {}, [para]))
            quote_open = record.quote
        else:
            # A paragraph split in two keeps the data in both halves, as the block editor's split does.
            out.append(Element(kind if kind in (P, H2, H3) else P, {**record.attrs, **record.data}, content))
            quote_open = None
            lists.clear()
    return out


def _object_blocks(record: BlockRecord, caption: BlockRecord | None, out: list[Element]) -> None:
    """A table, an image, a rule or a kept WordPress block, with any text typed beside it as a paragraph."""
    caption_content = (caption.content or []) if caption is not None else []
    if record.kind == TABLE:
        head: list[Node] = [Element("caption", {}, caption_content)] if caption_content else []
        out.append(Element("table", record.data, head + list(record.objects)))
    elif record.kind == HR:
        out.append(Element("hr", record.data))
        if record.content is not None:  # the rule's block holds more than blanks
            out.append(Element(P, record.attrs, record.content))
    elif record.kind == RAW:
        out.extend(record.objects)
        if record.content:
            out.append(Element(P, record.attrs, record.content))
    else:
        images = record.objects
        for n, img in enumerate(images):
            children: list[Node] = [img]
            if n == len(images) - 1 and caption_content:
                children.append(Element("figcaption", {}, caption_content))
            out.append(Element("figure", record.data if n == 0 else {}, children))
        if record.content:
            # Text typed beside the image (or in a figure block whose image was deleted) stays as a
            # paragraph, with the direction of the last block read: the caption's when there is one.
            attrs = caption.attrs if caption is not None else record.attrs
            out.append(Element(P, attrs, record.content))
        if not images and caption_content:
            out.append(Element(P, {}, caption_content))


def document_blocks(doc: QTextDocument, article_direction: str) -> list[Element]:
    return group_records(document_records(doc, article_direction))


def document_to_html(doc: QTextDocument, article_direction: str) -> str:
    return serialize(document_blocks(doc, article_direction))
