"""The headline field: two lines that wrap, one paragraph, and the QLineEdit calls the rest of Qalam uses.

A long Arabic headline does not fit one line of a 20-point field; cut off, the reporter cannot read
what they wrote. This field wraps onto a second line (it scrolls beyond that: the pre-publish check
says when a headline is too long) and never holds a line break: Enter moves on to the next field,
and pasted line breaks become spaces. It offers the QLineEdit API the editor area, the check panel
and the tests use (text, setText, textEdited, cursor and selection calls), so it is a drop-in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

_BREAKS = re.compile(r"[\r\n\u2028\u2029\v\f]+")
LINES = 2


def one_line(text: str) -> str:
    """Line and paragraph breaks become single spaces."""
    return _BREAKS.sub(" ", text)


class HeadlineEdit(QPlainTextEdit):
    """A plain-text field of one paragraph, wrapped and sized to ``LINES`` lines."""

    textEdited = Signal(str)  # by the user (typing, pasting, undo, a fix), not by setText()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmatic = False
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()

    # --- the QLineEdit calls -------------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._programmatic = True
        try:
            self.setPlainText(one_line(text))
        finally:
            self._programmatic = False

    def setFrame(self, frame: bool) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel if frame else QFrame.Shape.NoFrame)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        option = self.document().defaultTextOption()
        option.setAlignment(alignment & Qt.AlignmentFlag.AlignHorizontal_Mask)
        self.document().setDefaultTextOption(option)

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.text()))))
        self.setTextCursor(cursor)

    def end(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.End, mark)

    def home(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.Start, mark)

    def setSelection(self, start: int, length: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def hasSelectedText(self) -> bool:
        return self.textCursor().hasSelection()

    # --- one paragraph, two lines ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.focusNextChild()  # Enter: on to the subtitle, as in a form
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.textCursor().insertText(one_line(source.text()).strip("\n"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            # The paragraph reads in the field's direction, as a QLineEdit's does (not its first letter's).
            option = self.document().defaultTextOption()
            option.setTextDirection(self.layoutDirection())
            self.document().setDefaultTextOption(option)

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * LINES + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 2 * self.frameWidth() + 4)
        self.setFixedHeight(int(height))

    def _move(self, operation: QTextCursor.MoveOperation, mark: bool) -> None:
        cursor = self.textCursor()
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor.movePosition(operation, mode)
        self.setTextCursor(cursor)

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if _BREAKS.search(text):
            # A break that slipped in (an input method, a drop): take it out, keeping the cursor.
            position = self.textCursor().position()
            self.blockSignals(True)
            self.setPlainText(one_line(text))
            self.blockSignals(False)
            self.setCursorPosition(position)
            text = self.toPlainText()
        if not self._programmatic:
            self.textEdited.emit(text)
