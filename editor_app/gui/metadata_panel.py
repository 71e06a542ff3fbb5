"""The metadata panel (filled in by the editor work)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget


class MetadataPanel(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.excerpt = QLineEdit(self)
        self.excerpt.setAccessibleName(self.tr("Excerpt"))
        form.addRow(self.tr("Excerpt"), self.excerpt)
