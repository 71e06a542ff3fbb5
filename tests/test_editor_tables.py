"""Tables in the real editor widget: column 1 on the right in an Arabic article and on the left in an English
one, Format → Insert Table… as one undo step, Tab from cell to cell in reading order, and the article's HTML
and its WordPress blocks unchanged through all of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import shown_editor

from editor_app.core.blocks import article_body, post_content
from editor_app.gui.editor.actions import FormatActions
from editor_app.gui.editor.widget import RichTextEditor

ARABIC = (
    "<p>قبل الجدول</p>\n"
    "<table>\n<caption>القوات</caption>\n<thead>\n<tr><th>البلد</th><th>العدد</th><th>ملاحظة</th></tr>\n"
    "</thead>\n<tbody>\n<tr><td>روسيا</td><td>١٠٠٠</td><td><strong>مؤكد</strong></td></tr>\n"
    "<tr><td>بيلاروسيا</td><td></td><td>تقدير</td></tr>\n</tbody>\n<tfoot>\n"
    "<tr><td>المجموع</td><td>١٠٠٠</td><td></td></tr>\n</tfoot>\n</table>\n"
    "<p>بعد الجدول</p>\n"
)
ENGLISH = (
    "<table>\n<thead>\n<tr><th>Country</th><th>Troops</th><th>Note</th></tr>\n</thead>\n"
    "<tbody>\n<tr><td>Russia</td><td>1000</td><td>confirmed</td></tr>\n</tbody>\n</table>\n"
)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    yield shown_editor(qtbot, tmp_path, (760, 520))


def _load(editor: RichTextEditor, body: str, direction: str) -> None:
    editor.load_html(body, direction)
    QApplication.processEvents()


def _x_of(editor: RichTextEditor, word: str) -> int:
    """Where ``word`` starts on screen, in the middle of its cell's width."""
    start = editor.document().toPlainText().index(word)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    left = editor.cursorRect(cursor).x()
    cursor.setPosition(start + len(word))
    return (left + editor.cursorRect(cursor).x()) // 2


def test_column_one_is_on_the_right_in_arabic_and_on_the_left_in_english(editor: RichTextEditor) -> None:
    _load(editor, ARABIC, "rtl")
    assert _x_of(editor, "البلد") > _x_of(editor, "العدد") > _x_of(editor, "ملاحظة")
    assert _x_of(editor, "روسيا") > _x_of(editor, "١٠٠٠") > _x_of(editor, "مؤكد")
    assert editor.to_html() == ARABIC  # mirrored on screen, not in the article
    _load(editor, ENGLISH, "ltr")
    assert _x_of(editor, "Country") < _x_of(editor, "Troops") < _x_of(editor, "Note")
    assert editor.to_html() == ENGLISH


def test_an_edited_mirrored_table_goes_to_wordpress_in_reading_order(editor: RichTextEditor) -> None:
    _load(editor, ARABIC, "rtl")
    text = editor.document().toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index("تقدير"))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("تقدير أولي")
    saved = editor.to_html()
    assert saved == ARABIC.replace("تقدير", "تقدير أولي")
    blocks = post_content(saved)
    assert "<tr><td>بيلاروسيا</td><td></td><td>تقدير أولي</td></tr>" in blocks
    assert article_body(blocks) == saved


def test_insert_table_is_one_undo_step_and_tab_moves_in_reading_order(editor: RichTextEditor) -> None:
    body = "<p>فقرة أولى</p>\n<p>فقرة ثانية</p>\n"
    _load(editor, body, "rtl")
    actions = FormatActions(editor)
    assert actions.actions["table"].text() == "Insert Table…"
    cursor = editor.textCursor()
    cursor.setPosition(2)  # inside the first paragraph: the table goes after it
    editor.setTextCursor(cursor)
    actions.insert_table((2, 2, True))
    empty = "<table>\n<thead>\n<tr><th></th><th></th></tr>\n</thead>\n<tbody>\n<tr><td></td><td></td></tr>\n"
    assert editor.to_html() == "<p>فقرة أولى</p>\n" + empty + "</tbody>\n</table>\n<p>فقرة ثانية</p>\n"
    editor.document().undo()
    assert editor.to_html() == body and not editor.document().isUndoAvailable()

    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    actions.insert_table((2, 2, True))
    editor.insertPlainText("البلد")  # the cursor is in the first cell
    for word in ("العدد", "مصر", "١٠", "تونس"):
        QTest.keyClick(editor, Qt.Key.Key_Tab)  # the last Tab adds a row
        editor.insertPlainText(word)
    QTest.keyClick(editor, Qt.Key.Key_Backtab)
    editor.insertPlainText("٢٠")  # replaces the selected cell's text, as in word processors
    table = (
        "<table>\n<thead>\n<tr><th>البلد</th><th>العدد</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>مصر</td><td>٢٠</td></tr>\n<tr><td>تونس</td><td></td></tr>\n</tbody>\n</table>\n"
    )
    saved = editor.to_html()
    assert saved == "<p>فقرة أولى</p>\n" + table + "<p>فقرة ثانية</p>\n"
    assert _x_of(editor, "البلد") > _x_of(editor, "العدد") and _x_of(editor, "تونس") > _x_of(editor, "٢٠")
    assert article_body(post_content(saved)) == saved
