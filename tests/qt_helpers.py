"""Shared helpers for tests that drive real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner


def type_text(widget: QWidget, text: str) -> None:
    """Real key events, one per character (QTest.keyClicks aborts on non-ASCII text)."""
    for ch in text:
        key = (
            Qt.Key.Key_Space
            if ch == " "
            else (Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else 0)
        )
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def shown_editor(qtbot: QtBot, tmp_path: Path, size: tuple[int, int] | None = None) -> RichTextEditor:
    """A real editor (its own word lists in ``tmp_path``, the task runner inline), shown on screen."""
    checker = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    widget = RichTextEditor(checker, TaskRunner(inline=True))
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
