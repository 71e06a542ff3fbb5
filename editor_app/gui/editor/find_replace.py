"""Find and replace, with an option that ignores vowel marks and hamza forms (core/arabic_text.find_all)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from editor_app.core.arabic_text import find_all


class FindReplaceDialog(QDialog):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self.setWindowTitle(self.tr("Find and Replace"))
        self.setModal(False)
        form = QFormLayout(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        form.addRow(self.tr("Find"), self.find_edit)
        form.addRow(self.tr("Replace with"), self.replace_edit)
        self.loose = QCheckBox(self.tr("Ignore vowel marks and hamza forms"), self)
        self.loose.setChecked(True)
        self.case = QCheckBox(self.tr("Match case"), self)
        self.whole = QCheckBox(self.tr("Whole words"), self)
        for box in (self.loose, self.case, self.whole):
            form.addRow(box)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Find Next"), self)
        self.prev_button = QPushButton(self.tr("Find Previous"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace All"), self)
        for button in (self.next_button, self.prev_button, self.replace_button, self.replace_all_button):
            row.addWidget(button)
        form.addRow(row)
        self.message = QLabel(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.message)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.find_match(backward=False))
        self.prev_button.clicked.connect(lambda: self.find_match(backward=True))
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)

    def _spans(self) -> list[tuple[int, int]]:
        loose = self.loose.isChecked()
        return find_all(
            self.editor.document().toPlainText(),  # one character per document position
            self.find_edit.text(),
            ignore_marks=loose,
            fold_hamza=loose,
            case_sensitive=self.case.isChecked(),
            whole_words=self.whole.isChecked(),
        )

    def find_match(self, backward: bool = False) -> bool:
        spans = self._spans()
        cursor = self.editor.textCursor()
        if not spans:
            self.message.setText(self.tr("Not found"))
            return False
        if backward:
            candidates = [s for s in spans if s[1] <= cursor.selectionStart()] or spans
            span = candidates[-1]
        else:
            candidates = [s for s in spans if s[0] >= cursor.selectionEnd()] or spans
            span = candidates[0]
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.message.setText(self.tr("%n match(es)", "", len(spans)))
        return True

    def _selection_matches(self) -> bool:
        cursor = self.editor.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) in self._spans()

    def replace(self) -> bool:
        if self._selection_matches():
            self.editor.textCursor().insertText(self.replace_edit.text())
        return self.find_match()

    def replace_all(self) -> int:
        spans = self._spans()
        if not spans:
            self.message.setText(self.tr("Not found"))
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()  # one undo step for every replacement
        for start, end in reversed(spans):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self.replace_edit.text())
        cursor.endEditBlock()
        self.message.setText(self.tr("Replaced %n time(s)", "", len(spans)))
        return len(spans)
