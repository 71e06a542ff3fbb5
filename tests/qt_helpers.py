"""Shared helpers for tests that drive real widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


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
