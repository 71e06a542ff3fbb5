"""A bar across the top of the text: one message and a few buttons, instead of a modal box.

Used for what the writer should know without being stopped: the disk is full (and the text is
kept, saving is retried), or the open draft changed elsewhere (compare, keep both).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NoticeBar(QFrame):
    def __init__(self, name: str, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("level", level)  # style.qss: "warning" (amber) or "error" (red)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        # The text gets the whole width; the buttons, if any, sit under it at the end of the line.
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        layout.addLayout(self._row)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def add_button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self._row.addWidget(button)
        self.buttons[name] = button
        return button

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()
