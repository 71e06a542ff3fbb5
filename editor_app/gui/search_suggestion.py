"""«هل تقصد: …» / "Did you mean: …" under the drafts search box, when a search finds little.

The suggestions come from the drafts' own words (storage/search_vocab.py) through the task runner
(key ``"draft-suggest"``: a newer search drops an older answer); each is a link, and one click (or
Tab and Enter) searches it. The drafts panel embeds this label and calls :meth:`update_for` after
each search.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

FEW = 3  # fewer rows than this: look for a better spelling


class SearchSuggestion(QLabel):
    chosen = Signal(str)  # the suggestion the user picked (already put in the search box)
    shown = Signal(list)  # the suggestions now offered ([] when hidden): for tests and the status bar

    def __init__(self, runner: Any, search_box: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchSuggestion")
        self.runner = runner
        self.search_box = search_box
        self._query = ""
        self._suggestions: list[str] = []
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setWordWrap(True)
        self.linkActivated.connect(self._activate)
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
        if not self._suggestions:
            self.clear()
            self.hide()
            self.shown.emit([])
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft or any(
            "\u0600" <= c <= "\u06ff" for c in query)
        links = ("، " if rtl else ", ").join(
            f'<a href="{n}">{html.escape(s)}</a>' for n, s in enumerate(self._suggestions))
        self.setText(f'<span dir="{"rtl" if rtl else "ltr"}">'
                     + self.tr("Did you mean: {words}?").format(words=links) + "</span>")
        self.setAccessibleName(self.tr("Did you mean: {words}?").format(words=", ".join(self._suggestions)))
        self.show()
        self.shown.emit(list(self._suggestions))

    def _activate(self, href: str) -> None:
        try:
            chosen = self._suggestions[int(href)]
        except (ValueError, IndexError):
            return
        self.search_box.setText(chosen)
        self.chosen.emit(chosen)
