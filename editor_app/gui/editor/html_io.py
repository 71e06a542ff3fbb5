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
    QTextImageFormat,
    QTextListFormat,
)

from editor_app.core.arabic_text import first_strong_direction
from editor_app.core.html_clean import Element, Node, clean_blocks, serialize, tidy_inline
from editor_app.gui.editor.document import (
    ALT,
    FIGCAPTION,
    FIGURE,
    H2,
    H3,
    HR,
    QUOTE,
    ArticleDocument,
    P,
    base_char_format,
    block_format,
    block_kind,
    direction_name,
    link_char_format,
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

    def _start(self, kind: str, attrs: dict[str, str], text: str, *, quote: bool = False) -> QTextCharFormat:
        """Begin a block of ``kind``; returns the character format its text starts from."""
        wanted = attrs.get("dir") or self.direction
        natural = first_strong_direction(text) or self.direction
        override = wanted if wanted != natural else None
        fmt = block_format(kind, direction=wanted, quote=quote, override=override)
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
                for para in block.children:
                    if isinstance(para, Element):
                        self.inline(para.children, self._start(P, para.attrs, para.text(), quote=True))
            elif tag in ("ul", "ol"):
                style = QTextListFormat.Style.ListDisc if tag == "ul" else QTextListFormat.Style.ListDecimal
                text_list = None
                for item in block.children:
                    if not isinstance(item, Element):
                        continue
                    char_format = self._start(P, item.attrs, item.text())
                    if text_list is None:
                        list_format = QTextListFormat()
                        list_format.setStyle(style)
                        text_list = self.cursor.createList(list_format)
                    else:
                        text_list.add(self.cursor.block())
                    self.inline(item.children, char_format)
            elif tag == "figure":
                img = next((c for c in block.children if isinstance(c, Element) and c.tag == "img"), None)
                caption = next(
                    (c for c in block.children if isinstance(c, Element) and c.tag == "figcaption"), None
                )
                if img is not None:
                    self._start(FIGURE, {}, "")
                    insert_image(self.cursor, img.attrs.get("src", ""), img.attrs.get("alt", ""))
                if caption is not None:
                    self.inline(caption.children, self._start(FIGCAPTION, caption.attrs, caption.text()))
            elif tag == "hr":
                self._start(HR, {}, "")

    def inline(self, nodes: Sequence[Node], fmt: QTextCharFormat) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.cursor.insertText(node, fmt)
            elif node.tag == "br":
                self.cursor.insertText(LINE_BREAK, fmt)
            elif node.tag == "strong":
                inner = QTextCharFormat(fmt)
                inner.setFontWeight(QFont.Weight.Bold)
                self.inline(node.children, inner)
            elif node.tag == "em":
                inner = QTextCharFormat(fmt)
                inner.setFontItalic(True)
                self.inline(node.children, inner)
            elif node.tag == "a":
                self.inline(node.children, link_char_format(fmt, node.attrs.get("href", "")))
            elif node.tag == "img":
                insert_image(self.cursor, node.attrs.get("src", ""), node.attrs.get("alt", ""))


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
    layout: :meth:`step` adds blocks until its time budget is spent and says whether any remain.
    """

    def __init__(self, doc: QTextDocument, blocks: Sequence[Element], article_direction: str) -> None:
        self.doc = doc
        self.blocks = list(blocks)
        self.direction = article_direction
        self.done = 0
        self._started = False

    def step(self, budget_s: float | None = None) -> bool:
        """Add blocks for about ``budget_s`` seconds (all of them when None); True while some remain."""
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        undo = self.doc.isUndoRedoEnabled()
        self.doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        try:
            if not self._started:
                self._started = True
                builder = _Builder(cursor, self.direction, merge_first=True)
                if not self.blocks:
                    cursor.setBlockFormat(block_format(P, direction=self.direction))
                    cursor.setBlockCharFormat(base_char_format(P))
            else:
                builder = _Builder(cursor, self.direction, merge_first=False)
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
    result = clean_blocks(markup, article_direction)
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
                and _plain_text(text)
            ):
                return [text]
    root: list[Node] = []
    open_keys: list[tuple[str, str]] = []
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
        wanted: list[tuple[str, str]] = []
        if fmt.isAnchor() and fmt.anchorHref():
            wanted.append(("a", fmt.anchorHref()))
        if not heading and fmt.fontWeight() >= QFont.Weight.DemiBold.value:
            wanted.append(("strong", ""))
        if fmt.fontItalic():
            wanted.append(("em", ""))
        common = 0
        while common < len(open_keys) and common < len(wanted) and open_keys[common] == wanted[common]:
            common += 1
        del open_keys[common:]
        del open_elements[common:]
        for key in wanted[common:]:
            element = Element(key[0], {"href": key[1]} if key[0] == "a" else {})
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


def document_blocks(doc: QTextDocument, article_direction: str) -> list[Element]:
    out: list[Element] = []
    block = doc.begin()
    current_list: str | None = None  # the open group: "quote" or "list<objectIndex>"
    while block.isValid():
        fmt = block.blockFormat()  # once per block: each call builds a new wrapper
        kind = block_kind(fmt)
        text_list = block.textList()
        if kind == HR:
            out.append(Element("hr"))
            if block.text().strip():
                out.append(Element(P, _dir_attrs(block, article_direction), _inline_from_block(block, P)))
            block = block.next()
            current_list = None
            continue
        if kind == FIGURE:
            inline = _inline_from_block(block, P)
            images = [n for n in inline if isinstance(n, Element) and n.tag == "img"]
            # Text typed beside the image (or a figure block whose image was deleted) stays as a paragraph.
            words = tidy_inline([n for n in inline if not (isinstance(n, Element) and n.tag == "img")])
            following = block.next()
            caption: list[Node] = []
            if following.isValid() and block_kind(following) == FIGCAPTION:
                caption = _inline_from_block(following, FIGCAPTION)
                block = following
            for i, img in enumerate(images):
                children: list[Node] = [img]
                if i == len(images) - 1 and caption:
                    children.append(Element("figcaption", {}, caption))
                out.append(Element("figure", {}, children))
            if words:
                out.append(Element(P, _dir_attrs(block, article_direction), words))
            if not images and caption:
                out.append(Element(P, {}, caption))
            block = block.next()
            current_list = None
            continue
        content = _inline_from_block(block, kind)
        attrs = _dir_attrs(fmt, article_direction)
        if not content:
            block = block.next()
            continue
        if text_list is not None:
            tag = "ol" if text_list.format().style() in _ORDERED else "ul"
            group = f"list{text_list.objectIndex()}"
            if current_list == group:
                out[-1].children.append(Element("li", attrs, content))
            else:
                out.append(Element(tag, {}, [Element("li", attrs, content)]))
            current_list = group
        elif kind != FIGCAPTION and fmt.property(QUOTE):
            para = Element(P, attrs, content)
            if current_list == "quote":
                out[-1].children.append(para)
            else:
                out.append(Element("blockquote", {}, [para]))
            current_list = "quote"
        else:
            out.append(Element(kind if kind in (P, H2, H3) else P, attrs, content))
            current_list = None
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
