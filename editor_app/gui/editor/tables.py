"""Table commands: insert a table, and Tab / Shift+Tab from cell to cell (each one undo step).

A right-to-left article's table holds its columns mirrored (see document.py, ``MIRRORED``): "the next
cell" is the next one in the article's reading order, which on screen is the one to the left.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextTable

from editor_app.core.html_clean import Element, Node
from editor_app.gui.editor.commands import edit_block
from editor_app.gui.editor.document import (
    CELL_TAG,
    FOOT_ROWS,
    MIRRORED,
    P,
    base_char_format,
    block_format,
    direction_name,
)
from editor_app.gui.editor.html_io import insert_blocks

MAX_ROWS, MAX_COLUMNS = 100, 12


def _visual(table: QTextTable, column: int) -> int:
    """The Qt column that shows the table's ``column`` (counted in reading order)."""
    return table.columns() - 1 - column if table.format().property(MIRRORED) else column


def insert_table(cursor: QTextCursor, rows: int, columns: int, header: bool, direction: str) -> None:
    """An empty table after the cursor's paragraph; the cursor goes to its first cell."""
    rows, columns = max(1, min(MAX_ROWS, rows)), max(1, min(MAX_COLUMNS, columns))

    def row(tag: str) -> Element:
        return Element("tr", {}, [Element(tag) for _ in range(columns)])

    sections: list[Node] = []
    if header:
        sections.append(Element("thead", {}, [row("th")]))
    if rows > int(header):
        sections.append(Element("tbody", {}, [row("td") for _ in range(rows - int(header))]))
    with edit_block(cursor):
        inside = cursor.currentTable()
        if inside is not None:  # no tables inside tables: the new one goes after this one
            cursor.setPosition(inside.lastPosition() + 1)
        cursor.clearSelection()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        start = cursor.position()
        insert_blocks(cursor, [Element("table", {}, sections)], direction)
    doc = cursor.document()
    table = next(
        (f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable) and f.firstPosition() > start),
        None,
    )
    if table is not None:
        cursor.setPosition(table.cellAt(0, _visual(table, 0)).firstPosition())


def move_to_cell(cursor: QTextCursor, forward: bool) -> bool:
    """The next (or previous) cell in reading order; Tab in the last cell adds a row. False off a table."""
    table = cursor.currentTable()
    if table is None:
        return False
    cell = table.cellAt(cursor)
    columns = table.columns()
    index = cell.row() * columns + _visual(table, cell.column()) + (1 if forward else -1)
    if index < 0:
        return True
    if index >= table.rows() * columns:
        if not forward:
            return True
        with edit_block(cursor):
            _add_row(table)
    row, column = divmod(index, columns)
    target = table.cellAt(min(row, table.rows() - 1), _visual(table, column))
    cursor.setPosition(target.firstPosition())
    cursor.setPosition(target.lastPosition(), QTextCursor.MoveMode.KeepAnchor)  # as word processors do
    return True


def _add_row(table: QTextTable) -> None:
    """A body row at the end of the table (before its footer rows), its cells in the table's direction."""
    foot = table.format().property(FOOT_ROWS)
    at = table.rows() - (foot if isinstance(foot, int) else 0)
    if at < table.rows():
        table.insertRows(at, 1)
    else:
        table.appendRows(1)
    direction = direction_name(table.format().layoutDirection())
    for column in range(table.columns()):
        cell = table.cellAt(at, column)
        cell_format = cell.format()
        cell_format.clearProperty(CELL_TAG)
        cell.setFormat(cell_format)
        c = cell.firstCursorPosition()
        c.setBlockFormat(block_format(P, direction=direction))
        c.setBlockCharFormat(base_char_format(P))
