"""The drafts panel: every draft on this machine, searchable (filled in by the draft-store work)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from editor_app.gui.empty_state import EmptyState


class DraftsPanel(QWidget):
    draft_activated = Signal(str)
    new_draft_requested = Signal()

    def __init__(self, store_service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New draft"), self)
        self.new_button.setAccessibleName(self.tr("New draft"))
        self.new_button.clicked.connect(self.new_draft_requested)
        self.stack = QStackedWidget(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.empty = EmptyState(
            self.tr("No drafts yet"),
            self.tr("Press Ctrl+N to start writing, or import a Word, Markdown or text file."),
            self,
        )
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout.addWidget(self.search)
        layout.addWidget(self.new_button)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        pass
