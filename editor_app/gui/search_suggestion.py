"""«هل تقصد: …» / "Did you mean: …" under the drafts search box, when a search finds little.

The suggestions come from the drafts' own words (storage/search_vocab.py) through the task runner
(key ``"draft-suggest"``: a newer search drops an older answer). Each is a flat, link-like button
(a plain layout mirrors itself in Arabic; a rich-text label did not stay aligned): one click, or
Tab and Space, puts it in the search box and searches it. The drafts panel embeds this line and
calls :meth:`update_for` after each search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

FEW = 3  # fewer rows than this: look for a better spelling


class SearchSuggestion(QWidget):
    chosen = Signal(str)  # the suggestion the user picked (already put in the search box)
    shown = Signal(list)  # the suggestions now offered ([] when hidden): for tests and the status bar

    def __init__(self, runner: Any, search_box: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchSuggestion")
        self.runner = runner
        self.search_box = search_box
        self._query = ""
        self._suggestions: list[str] = []
        self.label = QLabel(self.tr("Did you mean:"), self)
        self.buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)
        self.hide()

    def suggestions(self) -> list[str]:
        return list(self._suggestions)

    def update_for(self, store: Any, query: str, rows: int) -> None:
        """After a search for ``query`` showed ``rows`` drafts: offer better spellings when they are few."""
        self._query = query
        if not query or rows >= FEW or store is None or self.runner is None:
            self._show(query, [])
            return
        self.runner.submit(store.suggest, query, on_result=lambda found: self._show(query, found),
                           key="draft-suggest")

    def _show(self, query: str, suggestions: Any) -> None:
        if query != self._query:
            return  # the search box moved on
        self._suggestions = [str(s) for s in suggestions or []]
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if not self._suggestions:
            self.hide()
            self.shown.emit([])
            return
        for n, suggestion in enumerate(self._suggestions):
            button = QPushButton(suggestion, self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; "
                                 "border: none; padding: 0 2px; }")
            button.setAccessibleName(self.tr("Search for {word}").format(word=suggestion))
            button.clicked.connect(lambda _checked=False, s=suggestion: self.choose(s))
            self._layout.insertWidget(1 + n, button)
            self.buttons.append(button)
        self.show()
        self.shown.emit(list(self._suggestions))

    def choose(self, suggestion: str) -> None:
        self.search_box.setText(suggestion)
        self.chosen.emit(suggestion)
