"""Formatting commands on the article document; each one is a single undo step.

The functions take the editor's QTextCursor (selection included) and wrap every change
in beginEditBlock()/endEditBlock(), so one Ctrl+Z undoes one command.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat, QTextListFormat

from editor_app.core.arabic_text import LTR, RTL
from editor_app.gui.editor.document import (
    DIR_OVERRIDE,
    FIGCAPTION,
    FIGURE,
    H2,
    H3,
    HEADING_SIZE,
    HR,
    P,
    base_char_format,
    block_direction,
    block_format,
    block_kind,
    caption_char_format,
    is_quote,
    link_char_format,
    natural_direction,
    qt_direction,
    set_quote,
    unlink_char_format,
)
from editor_app.gui.editor.html_io import insert_image


@contextmanager
def edit_block(cursor: QTextCursor) -> Iterator[QTextCursor]:
    cursor.beginEditBlock()
    try:
        yield cursor
    finally:
        cursor.endEditBlock()


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    blocks = [first]
    block = first
    while block.isValid() and block != last:
        block = block.next()
        if block.isValid():
            blocks.append(block)
    return blocks


def _block_cursor(cursor: QTextCursor, block: QTextBlock) -> QTextCursor:
    c = QTextCursor(cursor.document())
    c.setPosition(block.position())
    return c


def _select_block(cursor: QTextCursor, block: QTextBlock) -> QTextCursor:
    c = QTextCursor(cursor.document())
    c.setPosition(block.position())
    c.setPosition(block.position() + max(0, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
    return c


# --- character formats ------------------------------------------------------------------------


def _word_or_selection(cursor: QTextCursor) -> QTextCursor:
    c = QTextCursor(cursor)
    if not c.hasSelection():
        c.select(QTextCursor.SelectionType.WordUnderCursor)
    return c


def toggle_bold(cursor: QTextCursor) -> None:
    on = cursor.charFormat().fontWeight() < QFont.Weight.DemiBold.value
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
    _merge(cursor, fmt)


def toggle_italic(cursor: QTextCursor) -> None:
    fmt = QTextCharFormat()
    fmt.setFontItalic(not cursor.charFormat().fontItalic())
    _merge(cursor, fmt)


def _merge(cursor: QTextCursor, fmt: QTextCharFormat) -> None:
    """Apply to the selection, or the word under the cursor; also to what is typed next."""
    target = _word_or_selection(cursor)
    if target.hasSelection():
        with edit_block(target):
            target.mergeCharFormat(fmt)
    if not cursor.hasSelection():
        cursor.mergeCharFormat(fmt)  # no selection: only the cursor's typing format changes


def link_at(cursor: QTextCursor) -> tuple[int, int, str] | None:
    """The span and href of the link under the cursor, if any."""
    fmt = cursor.charFormat()
    if not fmt.isAnchor() or not fmt.anchorHref():
        return None
    href = fmt.anchorHref()
    block = cursor.block()
    it = block.begin()
    spans: list[tuple[int, int]] = []
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if fragment.charFormat().anchorHref() == href:
            spans.append((fragment.position(), fragment.position() + fragment.length()))
    pos = cursor.position()
    # Merge adjacent fragments into runs and pick the run that holds the cursor.
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    for start, end in runs:
        if start <= pos <= end:
            return start, end, href
    return None


def set_link(cursor: QTextCursor, text: str, href: str) -> None:
    """Make the selection (or the link under the cursor) a link to ``href``; empty ``href`` unlinks."""
    c = QTextCursor(cursor)
    existing = link_at(c) if not c.hasSelection() else None
    if existing is not None:
        c.setPosition(existing[0])
        c.setPosition(existing[1], QTextCursor.MoveMode.KeepAnchor)
    with edit_block(c):
        if c.hasSelection():
            if text and text != c.selectedText():
                fmt = c.charFormat()
                c.insertText(text, link_char_format(fmt, href) if href else unlink_char_format(fmt))
                return
            _apply_link(c, href)
        elif text:
            base = unlink_char_format(c.charFormat())
            c.insertText(text, link_char_format(base, href) if href else base)


def _apply_link(c: QTextCursor, href: str) -> None:
    start, end = c.selectionStart(), c.selectionEnd()
    doc = c.document()
    pos = start
    while pos < end:
        probe = QTextCursor(doc)
        probe.setPosition(pos)
        block = probe.block()
        stop = min(end, block.position() + block.length() - 1)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            f_start = max(pos, fragment.position())
            f_end = min(stop, fragment.position() + fragment.length())
            if f_start >= f_end:
                continue
            part = QTextCursor(doc)
            part.setPosition(f_start)
            part.setPosition(f_end, QTextCursor.MoveMode.KeepAnchor)
            fmt = fragment.charFormat()
            part.setCharFormat(link_char_format(fmt, href) if href else unlink_char_format(fmt))
        pos = block.position() + block.length()


def clear_formatting(cursor: QTextCursor) -> None:
    """Plain paragraph text: no bold, italic, link, heading, quote or list."""
    with edit_block(cursor):
        for block in selected_blocks(cursor):
            _set_kind(cursor, block, P)
            _remove_from_list(block)
            _set_quote_on(cursor, block, False)
        if cursor.hasSelection():
            c = QTextCursor(cursor)
        else:
            c = _select_block(cursor, cursor.block())
        c.setCharFormat(base_char_format(P))


# --- block formats ----------------------------------------------------------------------------


def _set_kind(cursor: QTextCursor, block: QTextBlock, kind: str) -> None:
    if block_kind(block) in (FIGURE, HR):
        return
    c = _block_cursor(cursor, block)
    fmt = block.blockFormat()
    new = block_format(kind, direction=block_direction(block), quote=is_quote(block))
    if fmt.hasProperty(DIR_OVERRIDE):
        new.setProperty(DIR_OVERRIDE, fmt.property(DIR_OVERRIDE))
    new.setObjectIndex(fmt.objectIndex())
    c.setBlockFormat(new)
    selection = _select_block(cursor, block)
    char = QTextCharFormat()
    char.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE.get(kind, 0))
    if kind in HEADING_SIZE:
        char.setFontWeight(QFont.Weight.Bold)
    elif block_kind(fmt) in HEADING_SIZE:
        char.setFontWeight(QFont.Weight.Normal)
    if kind == FIGCAPTION:
        char = caption_char_format()
    selection.mergeCharFormat(char)
    c.setBlockCharFormat(base_char_format(kind))


def toggle_heading(cursor: QTextCursor, level: int) -> None:
    kind = H2 if level == 2 else H3
    blocks = selected_blocks(cursor)
    target = P if all(block_kind(b) == kind for b in blocks) else kind
    with edit_block(cursor):
        for block in blocks:
            if target != P:
                _remove_from_list(block)
                _set_quote_on(cursor, block, False)
            _set_kind(cursor, block, target)
        if not cursor.hasSelection():
            cursor.setCharFormat(base_char_format(target))


def set_paragraph(cursor: QTextCursor) -> None:
    with edit_block(cursor):
        for block in selected_blocks(cursor):
            _set_kind(cursor, block, P)


def _set_quote_on(cursor: QTextCursor, block: QTextBlock, on: bool) -> None:
    if is_quote(block) == on:
        return
    fmt = block.blockFormat()
    set_quote(fmt, on)
    _block_cursor(cursor, block).setBlockFormat(fmt)


def toggle_quote(cursor: QTextCursor) -> None:
    blocks = [b for b in selected_blocks(cursor) if block_kind(b) not in (FIGURE, HR, FIGCAPTION)]
    on = not all(is_quote(b) for b in blocks)
    with edit_block(cursor):
        for block in blocks:
            if on:
                _remove_from_list(block)
                _set_kind(cursor, block, P)
            _set_quote_on(cursor, block, on)


def _remove_from_list(block: QTextBlock) -> None:
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
        cursor = QTextCursor(block)
        fmt = block.blockFormat()
        fmt.setIndent(0)
        fmt.setObjectIndex(-1)
        cursor.setBlockFormat(fmt)


def toggle_list(cursor: QTextCursor, ordered: bool) -> None:
    style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
    blocks = [b for b in selected_blocks(cursor) if block_kind(b) not in (FIGURE, HR, FIGCAPTION)]
    if not blocks:
        return
    already = all(b.textList() is not None and b.textList().format().style() == style for b in blocks)
    with edit_block(cursor):
        for block in blocks:
            _remove_from_list(block)
        if already:
            return
        text_list = None
        for block in blocks:
            _set_kind(cursor, block, P)
            _set_quote_on(cursor, block, False)
            c = _block_cursor(cursor, block)
            if text_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(style)
                text_list = c.createList(list_format)
            else:
                text_list.add(c.block())


def insert_horizontal_rule(cursor: QTextCursor, direction: str) -> None:
    with edit_block(cursor):
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(block_format(HR, direction=direction), base_char_format(P))
        cursor.insertBlock(block_format(P, direction=direction), base_char_format(P))


def insert_figure(cursor: QTextCursor, src: str, alt: str, caption: str, direction: str) -> None:
    with edit_block(cursor):
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if cursor.block().text() or block_kind(cursor.block()) != P:
            cursor.insertBlock(block_format(FIGURE, direction=direction), base_char_format(P))
        else:
            cursor.setBlockFormat(block_format(FIGURE, direction=direction))
        insert_image(cursor, src, alt)
        if caption:
            cursor.insertBlock(block_format(FIGCAPTION, direction=direction), base_char_format(FIGCAPTION))
            cursor.insertText(caption, base_char_format(FIGCAPTION))
        cursor.insertBlock(block_format(P, direction=direction), base_char_format(P))


# --- direction --------------------------------------------------------------------------------


def toggle_direction(cursor: QTextCursor, article_direction: str) -> None:
    """Flip the selected paragraphs' direction; flipping back to the natural one drops the override."""
    blocks = selected_blocks(cursor)
    target = LTR if block_direction(blocks[0]) == RTL else RTL
    with edit_block(cursor):
        for block in blocks:
            fmt = block.blockFormat()
            fmt.setLayoutDirection(qt_direction(target))
            if natural_direction(block, article_direction) == target:
                fmt.clearProperty(DIR_OVERRIDE)
            else:
                fmt.setProperty(DIR_OVERRIDE, target)
            _block_cursor(cursor, block).setBlockFormat(fmt)
