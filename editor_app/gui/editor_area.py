"""The editor area (filled in by the editor work)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from editor_app.core.article import Article
from editor_app.gui.empty_state import EmptyState


class EditorArea(QStackedWidget):
    changed = Signal()
    stats_changed = Signal(int, int, int, int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            self.tr("Nothing open"),
            self.tr("Choose a draft from the list, or press Ctrl+N for a new one."),
            self,
        )
        self.addWidget(self.empty)
        self.article: Article | None = None

    def load_article(self, article: Article) -> None:
        self.article = article

    def article_fields(self) -> dict[str, Any]:
        return {}
