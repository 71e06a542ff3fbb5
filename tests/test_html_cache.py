"""The editor's cached HTML always equals a fresh write of the document, through every kind of edit."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextTable,
)
from pytestqt.qtbot import QtBot
from qt_helpers import type_text
from test_blocks import SITE_POST
from test_editor_blocks import TABLE_AND_LISTS

from editor_app.core.arabic_text import LTR, RTL
from editor_app.core.blocks import article_body
from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor import commands, tables
from editor_app.gui.editor.document import (
    CELL_TAG,
    KIND,
    WP_DATA,
    mark_char_format,
    qt_direction,
)
from editor_app.gui.editor.html_io import document_to_html
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner

WORDS = ["قال", "الكرملين", "إن", "الزيارة", "مهمة", "EU", "Reporter", "23", "يوليو", "2022", "وأضاف"]
MARKS = "<p>نص <s>مشطوب</s> و<mark>مميز</mark> H<sub>2</sub>O x<sup>2</sup> <code>code()</code></p>"
RICH_PASTE = (
    "<p>ملصق <b>عريض</b> <s>قديم</s></p><ul><li>بند<ul><li>فرعي</li></ul></li></ul>"
    "<table><tr><th>أ</th><th>ب</th></tr><tr><td>1</td><td><i>2</i></td></tr></table>"
    "<blockquote><p>اقتباس <code>x</code></p></blockquote><p>second <i>para</i></p>"
)


def _editor(qtbot: QtBot, tmp_path: Path, body: str) -> RichTextEditor:
    checker = SpellChecker(personal_path=tmp_path / "p.txt", newsroom_path=tmp_path / "n.txt")
    widget = RichTextEditor(checker, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.load_html(body)
    return widget


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    paragraphs = "".join(f"<p>{' '.join(WORDS[i % 7:] + WORDS[:i % 7])}</p>" for i in range(40))
    body = (
        paragraphs[: len(paragraphs) // 2]
        + article_body(SITE_POST)  # data-wp on blocks, a quote with data, kept WordPress blocks, an image
        + TABLE_AND_LISTS  # a table with a caption and a header row, nested lists
        + MARKS
        + paragraphs[len(paragraphs) // 2 :]
        + "<ul><li>أول</li><li>ثان</li></ul><blockquote><p>اقتباس</p></blockquote>"
    )
    yield _editor(qtbot, tmp_path, body)


def _fresh(editor: RichTextEditor) -> str:
    return document_to_html(editor.document(), editor.article_direction)


def _tables(editor: RichTextEditor) -> list[QTextTable]:
    return [f for f in editor.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cursor_at(editor: RichTextEditor, rng: random.Random, select: bool = False) -> QTextCursor:
    doc = editor.document()
    cursor = QTextCursor(doc)
    size = doc.characterCount() - 1
    cursor.setPosition(rng.randrange(0, max(1, size)))
    if select:
        end = min(size, cursor.position() + rng.randrange(1, 40))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return cursor


def test_cached_html_matches_a_fresh_write_after_random_edits(editor: RichTextEditor) -> None:
    rng = random.Random(20240613)
    assert editor.to_html() == _fresh(editor)
    assert "<table" in _fresh(editor) and "data-wp" in _fresh(editor) and "<sub>" in _fresh(editor)
    doc = editor.document()

    def typing() -> None:
        _cursor_at(editor, rng)
        type_text(editor, " " + rng.choice(WORDS))

    def key(code: Qt.Key) -> None:
        editor.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier))

    def enter() -> None:
        _cursor_at(editor, rng)
        key(Qt.Key.Key_Return)

    def backspace_join() -> None:
        cursor = _cursor_at(editor, rng)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        editor.setTextCursor(cursor)
        key(Qt.Key.Key_Backspace)

    def delete_range() -> None:
        _cursor_at(editor, rng, select=True).removeSelectedText()

    def empty_list_item() -> None:
        # Emptying an item and pressing Backspace takes it out of its list (Qt's own key handling): an empty
        # paragraph between two items of one list, which stays one list.
        items = [b for b in _blocks() if b.textList() is not None]
        if items:
            cursor = QTextCursor(rng.choice(items))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            editor.setTextCursor(cursor)
            key(Qt.Key.Key_Backspace)

    def empty_block() -> None:
        # An emptied paragraph writes nothing and leaves the list or quote around it open.
        cursor = random_block()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def run(command: Callable[..., None], *args: object) -> Callable[[], None]:
        def go() -> None:
            _cursor_at(editor, rng, select=rng.random() < 0.5)
            editor.run(command, *args)
        return go

    def paste(markup: str) -> Callable[[], None]:
        def go() -> None:
            _cursor_at(editor, rng)
            data = QMimeData()
            data.setHtml(markup)
            editor.insertFromMimeData(data)
        return go

    def mark(tag: str, attrs: dict[str, str]) -> Callable[[], None]:
        def go() -> None:
            cursor = _cursor_at(editor, rng, select=True)
            cursor.mergeCharFormat(mark_char_format(QTextCharFormat(), tag, attrs))
        return go

    def random_block() -> QTextCursor:
        return QTextCursor(doc.findBlockByNumber(rng.randrange(doc.blockCount())))

    def block_format_only() -> None:
        # What a direction, kind or data change does to a block: its format changes, its text does not.
        cursor = random_block()
        fmt = cursor.blockFormat()
        change = rng.randrange(3)
        if change == 0:
            fmt.setLayoutDirection(qt_direction(LTR if rng.random() < 0.5 else RTL))
        elif change == 1:
            fmt.setProperty(KIND, rng.choice(["p", "h2", "h3"]))
        elif fmt.hasProperty(WP_DATA):
            fmt.clearProperty(WP_DATA)
        else:
            fmt.setProperty(WP_DATA, json.dumps({"className": f"c{rng.randrange(9)}"}))
        cursor.setBlockFormat(fmt)

    def list_format_only() -> None:
        lists = {b.textList().objectIndex(): b.textList() for b in _blocks() if b.textList() is not None}
        if lists:
            text_list = lists[rng.choice(sorted(lists))]
            fmt = text_list.format()
            if rng.random() < 0.5:
                styles = [QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListDisc]
                fmt.setStyle(rng.choice(styles))
            else:
                fmt.setProperty(WP_DATA, json.dumps({"ordered": rng.random() < 0.5}))
            text_list.setFormat(fmt)

    def nest_list_item() -> None:
        # A list item moved into a list one level deeper: a nested list under the item before it.
        items = [b for b in _blocks() if b.textList() is not None and b.previous().textList() is not None]
        if items:
            block = rng.choice(items)
            fmt = QTextListFormat()
            fmt.setStyle(QTextListFormat.Style.ListDecimal)
            fmt.setIndent(block.textList().format().indent() + 1)
            QTextCursor(block).createList(fmt)

    def insert_table() -> None:
        _cursor_at(editor, rng)
        editor.run(tables.insert_table, rng.randint(1, 3), rng.randint(1, 3), rng.random() < 0.5, RTL)

    def in_table(action: Callable[[QTextTable, QTextCursor], None]) -> Callable[[], None]:
        def go() -> None:
            found = _tables(editor)
            if found:
                table = rng.choice(found)
                cell = table.cellAt(rng.randrange(table.rows()), rng.randrange(table.columns()))
                cursor = cell.lastCursorPosition()
                editor.setTextCursor(cursor)
                action(table, cursor)
        return go

    def type_in_cell(table: QTextTable, cursor: QTextCursor) -> None:
        type_text(editor, " " + rng.choice(WORDS))

    def tab_in_cell(table: QTextTable, cursor: QTextCursor) -> None:
        key(Qt.Key.Key_Tab)  # the next cell; in the last one, a new row

    def table_structure(table: QTextTable, cursor: QTextCursor) -> None:
        # Rows and columns come and go through insertion and its undo (Qt's removeRows() crashed on one
        # random state here; the editor never calls it).
        cell = table.cellAt(cursor)
        if rng.random() < 0.5:
            table.insertColumns(cell.column(), 1)
        else:
            table.insertRows(cell.row() + 1, 1)

    def table_format_only(table: QTextTable, cursor: QTextCursor) -> None:
        if rng.random() < 0.5:
            cell = table.cellAt(cursor)
            fmt = cell.format()
            if fmt.property(CELL_TAG) == "th":
                fmt.clearProperty(CELL_TAG)
            else:
                fmt.setProperty(CELL_TAG, "th")
            cell.setFormat(fmt)
        else:
            table_format = table.format()
            table_format.setHeaderRowCount(rng.randrange(min(2, table.rows()) + 1))
            table_format.setProperty(WP_DATA, json.dumps({"hasFixedLayout": rng.random() < 0.5}))
            table.setFormat(table_format)

    def flip_article_direction() -> None:
        editor.article_direction = LTR if editor.article_direction == RTL else RTL

    def _blocks() -> Iterator[QTextBlock]:
        return _all_blocks(doc)

    ops: list[Callable[[], None]] = [
        typing, typing, typing, typing, enter, enter, backspace_join, delete_range, delete_range, empty_block,
        empty_list_item,
        paste("<p>ملصق <b>عريض</b></p><p>second <i>para</i></p>"), paste(RICH_PASTE),
        run(commands.toggle_bold), run(commands.toggle_italic), run(commands.toggle_heading, 2),
        run(commands.toggle_heading, 3), run(commands.toggle_quote), run(commands.toggle_list, False),
        run(commands.toggle_list, True), run(commands.clear_formatting), run(commands.toggle_direction, RTL),
        run(commands.set_link, "رابط", "https://example.com/a"),
        run(commands.insert_horizontal_rule, RTL),
        run(commands.insert_figure, "qalam-media:0000", "صورة", "تعليق الصورة", RTL),
        mark("s", {}), mark("mark", {}), mark("sub", {}), mark("sup", {}), mark("code", {}),
        mark("span", {"data-wp": '{"tag":"kbd","attrs":[]}'}),
        block_format_only, block_format_only, list_format_only, nest_list_item, nest_list_item,
        insert_table, in_table(type_in_cell), in_table(type_in_cell), in_table(tab_in_cell),
        in_table(table_structure), in_table(table_format_only),
        editor.undo, editor.undo, editor.undo, editor.redo, editor.redo,
    ]
    ops += [flip_article_direction]  # rarely: the site's language changes the article's direction
    seen: set[int] = set()
    for step in range(300):
        op = rng.choice(ops)
        op()
        editor.apply_directions()
        seen.add(id(op))
        assert editor.to_html() == _fresh(editor), f"step {step}: {op}"
    html = editor.to_html()
    assert html == _fresh(editor)
    assert editor.html_cache.hits > 0  # the last call reused blocks that had not changed
    # Everything the document can hold is still (or again) in it after the random edits.
    for needle in ("<table", "<ol", "<blockquote", "<figure", "<hr", "<s>", "<code>", "data-wp"):
        assert needle in html, needle
    assert len(seen) == len({id(op) for op in ops})  # every kind of edit was tried


def test_a_typed_word_rereads_one_block_and_a_cell_edit_its_table(qtbot: QtBot, tmp_path: Path) -> None:
    editor = _editor(qtbot, tmp_path, "<p>قبل</p>" + TABLE_AND_LISTS + "<p>بعد</p>")
    doc = editor.document()
    blocks = doc.blockCount()
    editor.to_html()
    cursor = QTextCursor(doc)
    cursor.insertText("أول ")
    assert editor.to_html() == _fresh(editor)
    assert editor.html_cache.hits == blocks - 1
    table = _tables(editor)[0]
    first, last = doc.findBlock(table.firstPosition()), doc.findBlock(table.lastPosition())
    table_blocks = last.blockNumber() - first.blockNumber() + 1
    cursor = table.cellAt(1, 1).lastCursorPosition()
    cursor.insertText("٢")
    assert editor.to_html() == _fresh(editor) and "٢" in editor.to_html()
    assert editor.html_cache.hits == blocks - table_blocks


def test_an_emptied_paragraph_between_list_items_keeps_one_list(qtbot: QtBot, tmp_path: Path) -> None:
    editor = _editor(qtbot, tmp_path, "<p>قبل</p><ul><li>أول</li><li>ثان</li><li>ثالث</li></ul><p>بعد</p>")
    doc = editor.document()
    editor.to_html()
    middle = doc.findBlockByNumber(2)
    assert middle.text() == "ثان"
    editor.setTextCursor(QTextCursor(middle))
    editor.run(commands.toggle_list, False)  # out of the list: a paragraph between two items
    assert editor.to_html() == _fresh(editor) and editor.to_html().count("<ul>") == 2
    cursor = QTextCursor(doc.findBlockByNumber(2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # now empty: it writes nothing, and the list goes on around it
    assert editor.to_html() == _fresh(editor) and editor.to_html().count("<ul>") == 1


def test_format_only_changes_reach_the_cache(qtbot: QtBot, tmp_path: Path) -> None:
    """contentsChange names the blocks a format change touched (a block's direction, kind or data, a list's
    or a table's format, a cell's): the cache forgets them and writes the change."""
    editor = _editor(qtbot, tmp_path, "<p>قبل</p>" + TABLE_AND_LISTS + "<p>بعد</p>")
    doc = editor.document()
    changes: list[tuple[int, int, int]] = []
    doc.contentsChange.connect(lambda position, removed, added: changes.append((position, removed, added)))

    def check(change: Callable[[], None], covering: int) -> None:
        before = editor.to_html()
        changes.clear()
        change()
        assert changes and any(p <= covering <= p + a for p, _, a in changes), changes
        assert editor.to_html() == _fresh(editor) != before

    last = doc.lastBlock()

    def block_format(update: Callable[..., None]) -> Callable[[], None]:
        def go() -> None:
            cursor = QTextCursor(doc.lastBlock())
            fmt = cursor.blockFormat()
            update(fmt)
            cursor.setBlockFormat(fmt)
        return go

    check(block_format(lambda f: f.setLayoutDirection(qt_direction(LTR))), last.position())
    check(block_format(lambda f: f.setProperty(KIND, "h3")), last.position())
    check(block_format(lambda f: f.setProperty(WP_DATA, '{"className":"x"}')), last.position())
    text_list = next(b.textList() for b in _all_blocks(doc) if b.textList() is not None)
    list_format = text_list.format()
    list_format.setProperty(WP_DATA, '{"ordered":false}')
    check(lambda: text_list.setFormat(list_format), text_list.item(text_list.count() - 1).position())
    table = _tables(editor)[0]
    cell = table.cellAt(1, 0)
    cell_format = cell.format()
    cell_format.setProperty(CELL_TAG, "th")
    check(lambda: cell.setFormat(cell_format), cell.firstPosition())
    table_format = table.format()
    table_format.setProperty(WP_DATA, '{"hasFixedLayout":true}')
    check(lambda: table.setFormat(table_format), table.lastPosition())
    check(editor.undo, table.lastPosition())  # undoing a format change is a change too


def _all_blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_records_are_read_from_the_first_edit_on_and_serve_the_first_write(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paragraphs = "".join(f"<p>{' '.join(WORDS[i % 7:] + WORDS[:i % 7])} {i}</p>" for i in range(3000))
    editor = _editor(qtbot, tmp_path, paragraphs + TABLE_AND_LISTS + article_body(SITE_POST))
    doc = editor.document()
    qtbot.wait(100)
    assert not editor.html_cache.warming and editor.html_cache.hits == 0  # only read: nothing is read
    QTextCursor(doc).insertText("أول ")  # the first edit, before any write
    assert editor.html_cache.warming  # read between events, a slice at a time
    qtbot.waitUntil(lambda: not editor.html_cache.warming)
    assert editor.to_html() == _fresh(editor)
    assert editor.html_cache.hits == doc.blockCount()  # the edited block too: it was read after the edit


def test_an_edit_while_the_records_are_read_is_seen(qtbot: QtBot, tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{' '.join(WORDS[i % 7:] + WORDS[:i % 7])} {i}</p>" for i in range(3000))
    editor = _editor(qtbot, tmp_path, TABLE_AND_LISTS + paragraphs + "<ul><li>أول</li></ul>")
    doc = editor.document()
    QTextCursor(doc).insertText("أ")  # the first edit starts the reading
    assert editor.html_cache.warming
    QTextCursor(doc).insertText("بداية ")  # in blocks read already
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" نهاية")  # in blocks not read yet
    table = _tables(editor)[0]
    table.cellAt(1, 1).lastCursorPosition().insertText("٣")
    qtbot.waitUntil(lambda: not editor.html_cache.warming)
    assert editor.to_html() == _fresh(editor)
    assert "بداية" in editor.to_html() and "نهاية" in editor.to_html() and "٣" in editor.to_html()


def test_unchanged_document_is_not_written_again(editor: RichTextEditor) -> None:
    first = editor.to_html()
    generation = editor.html_cache.generation
    assert editor.to_html() is first  # the same string: nothing was rebuilt
    type_text(editor, "x")
    assert editor.html_cache.generation > generation
    assert editor.to_html() == _fresh(editor)
