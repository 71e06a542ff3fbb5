"""Choosing categories and tags from the site's (thousands of) terms as you type, in a comma-separated field.

The field stays a plain line edit of names separated by commas (Arabic or Latin). While the user types,
the name being typed (after the last comma) is looked up in the local copy of the site's terms on the task
runner (``DraftStore.search_terms``: an indexed search, at most :data:`LIMIT` names); the popup offers
them, and choosing one replaces the name being typed. Nothing loads the whole list into a widget.

A name the site does not have is allowed: that is how a new category or tag is made. The hint under
the field says which names are new to the site (created when the article is published) and which
categories the user's role may not create (publishing would be refused).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from editor_app.gui.tasks import TaskRunner

LIMIT = 30  # names the popup offers at once
SEARCH_DELAY_MS = 120  # typing pauses shorter than this send no query
HINT_DELAY_MS = 400
SEPARATORS = (",", "،")


def split_names(text: str) -> list[str]:
    parts = text.replace("،", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def current_segment(text: str, cursor: int) -> tuple[int, str]:
    """Where the name under the cursor starts, and that name so far (what is being typed)."""
    head = text[:cursor]
    start = max(head.rfind(sep) for sep in SEPARATORS) + 1
    while start < len(head) and head[start] == " ":
        start += 1
    return start, head[start:]


class TermPicker(QObject):
    """Search as you type and the "new on the site" hint for one field (``kind`` ``category`` or ``tag``).

    ``store()`` and ``site()`` give the open draft store and the target site id (None while unknown);
    ``unknown(store, site_id, kind, names)`` runs on the task runner and returns the names the site lacks.
    """

    picked = Signal(str)  # a name chosen from the popup (the field's text has changed)
    results_shown = Signal(int)  # how many names the popup offers after a search

    def __init__(
        self,
        field: QLineEdit,
        hint: QLabel,
        kind: str,
        runner: TaskRunner | None,
        store: Callable[[], Any],
        site: Callable[[], str | None],
        describe: Callable[[list[str]], str],
    ) -> None:
        super().__init__(field)
        self.field, self.hint, self.kind = field, hint, kind
        self.runner, self._store, self._site, self._describe = runner, store, site, describe
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(field)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated.connect(self._activated)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.refresh_hint)
        field.textEdited.connect(self._edited)
        hint.setWordWrap(True)
        hint.setVisible(False)
        self.unknown: list[str] = []  # the field's names the site lacks, as the last look found them

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    # --- search as you type ------------------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._search_timer.start()
        self._hint_timer.start()

    def typed(self) -> str:
        return current_segment(self.field.text(), self.field.cursorPosition())[1]

    def search_now(self) -> None:
        store, site = self._store(), self._site()
        query = self.typed().strip()
        if not query or store is None or site is None or self.runner is None:
            self.model.setStringList([])
            self._hide_popup()
            return
        self.runner.submit(
            store.search_terms,
            site,
            self.kind,
            query,
            limit=LIMIT,
            on_result=functools.partial(self._show, query),
            key=f"term-search-{self.kind}",
        )

    def _show(self, query: str, terms: Any) -> None:
        if self.typed().strip() != query:
            return  # typing went on: a newer search is on its way
        typed = {n.casefold() for n in split_names(self.field.text())}
        # Names already in the field are not offered again.
        names = [
            t.name for t in terms if t.name.casefold() not in typed or t.name.casefold() == query.casefold()
        ]
        self.model.setStringList(names)
        self.results_shown.emit(len(names))
        if names and self.field.hasFocus():
            self.completer.complete()
        else:
            self._hide_popup()

    def _activated(self, chosen: object) -> None:
        name = chosen if isinstance(chosen, str) else str(getattr(chosen, "data", lambda: "")() or "")
        if name:
            self.choose(name)

    def choose(self, name: str) -> None:
        """Put ``name`` in place of the name being typed, then a separator for the next one."""
        text, cursor = self.field.text(), self.field.cursorPosition()
        start, _typed = current_segment(text, cursor)
        tail = text[cursor:]
        end = cursor + min((i for i in (tail.find(","), tail.find("،")) if i >= 0), default=len(tail))
        rest = text[end:].lstrip(",، ")
        sep = "، " if self.field.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
        before = text[:start]
        new = f"{before}{name}{sep}{rest}" if rest else f"{before}{name}{sep}"
        self.field.setText(new)
        self.field.setCursorPosition(len(before) + len(name) + len(sep))
        self._hide_popup()
        self.picked.emit(name)
        self._hint_timer.start()

    # --- which names are new to the site ----------------------------------------------------------------

    def refresh_hint(self) -> None:
        store, site = self._store(), self._site()
        names = split_names(self.field.text())
        if not names or store is None or site is None or self.runner is None:
            self.show_unknown([])
            return
        from editor_app.publish.site_terms import unknown_names

        self.runner.submit(
            unknown_names,
            store,
            site,
            self.kind,
            names,
            on_result=self.show_unknown,
            key=f"term-hint-{self.kind}",
        )

    def show_unknown(self, names: Any) -> None:
        unknown = list(names or [])
        self.unknown = unknown
        text = self._describe(unknown) if unknown else ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
