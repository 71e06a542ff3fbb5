"""The editor's cached HTML always equals a fresh write of the document, through every kind of edit."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor import commands
from editor_app.gui.editor.html_io import document_to_html
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner

WORDS = ["قال", "الكرملين", "إن", "الزيارة", "مهمة", "EU", "Reporter", "23", "يوليو", "2022", "وأضاف"]


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    checker = SpellChecker(personal_path=tmp_path / "p.txt", newsroom_path=tmp_path / "n.txt")
    widget = RichTextEditor(checker, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    paragraphs = "".join(f"<p>{' '.join(WORDS[i % 7:] + WORDS[:i % 7])}</p>" for i in range(40))
    widget.load_html(paragraphs + "<ul><li>أول</li><li>ثان</li></ul><blockquote><p>اقتباس</p></blockquote>")
    yield widget


def _fresh(editor: RichTextEditor) -> str:
    return document_to_html(editor.document(), editor.article_direction)


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

    def run(command: Callable[..., None], *args: object) -> Callable[[], None]:
        def go() -> None:
            _cursor_at(editor, rng, select=rng.random() < 0.5)
            editor.run(command, *args)
        return go

    def paste() -> None:
        _cursor_at(editor, rng)
        data = QMimeData()
        data.setHtml("<p>ملصق <b>عريض</b></p><p>second <i>para</i></p>")
        editor.insertFromMimeData(data)

    ops: list[Callable[[], None]] = [
        typing, typing, typing, enter, backspace_join, delete_range, paste,
        run(commands.toggle_bold), run(commands.toggle_italic), run(commands.toggle_heading, 2),
        run(commands.toggle_quote), run(commands.toggle_list, False), run(commands.toggle_list, True),
        run(commands.clear_formatting), run(commands.toggle_direction, "rtl"),
        run(commands.set_link, "رابط", "https://example.com/a"),
        run(commands.insert_horizontal_rule, "rtl"),
        run(commands.insert_figure, "qalam-media:0000", "صورة", "تعليق الصورة", "rtl"),
        editor.undo, editor.undo, editor.redo,
    ]
    for step in range(300):
        op = rng.choice(ops)
        op()
        editor.apply_directions()
        if step % 3 == 0:
            assert editor.to_html() == _fresh(editor), f"step {step}: {op}"
    assert editor.to_html() == _fresh(editor)
    assert editor.html_cache.hits > 0  # the last call reused paragraphs that had not changed


def test_unchanged_document_is_not_written_again(editor: RichTextEditor) -> None:
    first = editor.to_html()
    generation = editor.html_cache.generation
    assert editor.to_html() is first  # the same string: nothing was rebuilt
    type_text(editor, "x")
    assert editor.html_cache.generation > generation
    assert editor.to_html() == _fresh(editor)
