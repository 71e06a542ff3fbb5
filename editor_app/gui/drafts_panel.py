"""The drafts panel: every draft on this machine, searchable as you type, filtered by state and site.

Widgets never touch the database: listing and searching go through the task runner with
the key ``"draft-search"``, so a result that arrives after a newer keystroke is dropped.
Keyboard: Down from the search box enters the list; Enter opens; Delete moves to the trash
(or restores, when the trash is shown); Escape clears the search.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.gui.empty_state import EmptyState
from editor_app.gui.search_suggestion import SearchSuggestion
from editor_app.gui.text_direction import TextDirectionDelegate, shortcut_text

ID_ROLE = Qt.ItemDataRole.UserRole
TRASHED_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
LIST_LIMIT = 500  # the newest drafts listed without a search; the search box reaches every draft
STATE_COLOURS = {
    "draft": "#7a7a7a", "submitted": "#1f6feb", "in_review": "#8250df", "returned": "#d1242f",
    "approved": "#1a7f37", "scheduled": "#bf8700", "published": "#0a3069",
}


def _badge(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class DraftsPanel(QWidget):
    draft_activated = Signal(str)
    new_draft_requested = Signal()
    results_shown = Signal(int)  # how many rows the list shows after a refresh (tests, status bar)

    def __init__(self, store_service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        self.store = store_service
        self.runner = runner
        self._sites: dict[str, str] = {}
        self._badges: dict[str, QIcon] = {}
        self._formatter: Any = None  # made on first use (the digits setting may change between refreshes)
        self._follow: str | None = None  # the open draft: its row stays highlighted across refreshes

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.suggestion = SearchSuggestion(runner, self.search, self)  # "did you mean" when little is found
        self.suggestion.chosen.connect(lambda _text: self.refresh())

        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("Filter by state"))
        self.state_filter.addItem(self.tr("All states"), None)
        for state, label in self._state_labels().items():
            self.state_filter.addItem(self._badge_for(state), label, state)
        self.site_filter = QComboBox(self)
        self.site_filter.setAccessibleName(self.tr("Filter by site"))
        self.site_filter.addItem(self.tr("All sites"), None)
        self.show_trash = QCheckBox(self.tr("Trash"), self)
        self.show_trash.setAccessibleName(self.tr("Show the trash"))

        self.new_button = QPushButton(self.tr("New draft"), self)
        self.new_button.setAccessibleName(self.tr("New draft"))
        self.new_button.clicked.connect(self.new_draft_requested)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        self.trash_button.setEnabled(False)
        self.trash_button.clicked.connect(self.toggle_trash_current)

        self.stack = QStackedWidget(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(TextDirectionDelegate(self.list))  # each title in its own direction
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(self._activate)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyState(
            self.tr("No drafts yet"),
            self.tr("Press {shortcut} to start writing, or import a Word, Markdown or text file.").format(
                shortcut=shortcut_text(QKeySequence.StandardKey.New)),
            self,
        )
        self.more = QLabel(self)
        self.more.setObjectName("draftsMore")
        self.more.setWordWrap(True)
        self.more.hide()
        self.nothing = QLabel(self.tr("No draft matches."), self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.nothing)

        filters = QHBoxLayout()
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.site_filter, 1)
        filters.addWidget(self.show_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.suggestion)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.more)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.site_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_trash.toggled.connect(lambda _b: self.refresh())
        self._update_buttons()

    # --- labels ----------------------------------------------------------------------------------
    def _state_labels(self) -> dict[str, str]:
        return {
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted"),
            "in_review": self.tr("In review"),
            "returned": self.tr("Returned"),
            "approved": self.tr("Approved"),
            "scheduled": self.tr("Scheduled"),
            "published": self.tr("Published"),
        }

    def _badge_for(self, state: str) -> QIcon:
        if state not in self._badges:
            self._badges[state] = _badge(STATE_COLOURS.get(state, "#7a7a7a"))
        return self._badges[state]

    def _when(self, value: datetime) -> str:
        """Today's drafts by time, older ones by date, in the UI language's style and digits."""
        local = value.astimezone()
        try:
            if self._formatter is None:
                from editor_app.gui.locale_format import app_formatter

                self._formatter = app_formatter()  # the window's language and digit setting
            if local.date() == datetime.now().astimezone().date():
                return str(self._formatter.time(local.time()))
            return str(self._formatter.date(local.date(), False))
        except Exception:  # a date is not worth a crash
            return local.strftime("%Y-%m-%d %H:%M")

    # --- the store -------------------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self.store = store
        if self.store is not None and self.runner is not None:
            self.runner.submit(self.store.list_sites, on_result=self._fill_sites, key="draft-sites")
        self.refresh()

    def _fill_sites(self, sites: Any) -> None:
        current = self.site_filter.currentData()
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(self.tr("All sites"), None)
        self._sites = {}
        for site in sites:
            self._sites[site.id] = site.name
            self.site_filter.addItem(site.name, site.id)
        index = self.site_filter.findData(current)
        self.site_filter.setCurrentIndex(max(0, index))
        self.site_filter.blockSignals(False)

    def refresh(self) -> None:
        """Ask the store for the list (or the search results) on the task runner; stale answers drop."""
        self._debounce.stop()
        if self.store is None or self.runner is None:
            return
        query = self.search.text().strip()
        trashed = True if self.show_trash.isChecked() else False
        state = self.state_filter.currentData()
        site = self.site_filter.currentData()
        if query:
            self.runner.submit(self.store.search, query, limit=100, trashed=trashed, state=state,
                               site_id=site, prefix_last=True, on_result=self._show_hits, key="draft-search")
        else:
            self.runner.submit(self.store.list_drafts, trashed=trashed, state=state, site_id=site,
                               limit=LIST_LIMIT, on_result=self._show_drafts, key="draft-search")

    # --- showing ---------------------------------------------------------------------------------
    def _add_row(self, draft_id: str, title: str, state: str, site_id: str | None, updated: datetime,
                 trashed: bool, snippet: str = "", snippet_html: str = "", edited: bool = False) -> None:
        label = self._state_labels().get(state, state)
        if edited:
            label = self.tr("{state}, edited since").format(state=label)
        site = self._sites.get(site_id or "", "")
        details = " · ".join(part for part in (label, site, self._when(updated)) if part)
        untitled = self.tr("(untitled)")
        text = f"{title or untitled}\n{details}"
        if snippet:
            text += f"\n{snippet}"
        item = QListWidgetItem(self._badge_for(state), text)
        item.setData(ID_ROLE, draft_id)
        item.setData(TRASHED_ROLE, trashed)
        # The tooltip shows the matched words highlighted (rich text; dir="auto" for mixed scripts).
        tip = html.escape(details) + (f'<p dir="auto">{snippet_html}</p>' if snippet_html else "")
        item.setToolTip(f"<div>{tip}</div>" if snippet_html else details)
        self.list.addItem(item)

    def _show(self, count: int, any_filter: bool) -> None:
        if count:
            self.stack.setCurrentWidget(self.list)
            if self.list.currentRow() < 0 and self._follow is None:
                self.list.setCurrentRow(0)
        else:
            self.stack.setCurrentWidget(self.nothing if any_filter else self.empty)
        self._update_buttons()
        self.results_shown.emit(count)

    def _filtering(self) -> bool:
        return bool(self.search.text().strip() or self.state_filter.currentData()
                    or self.site_filter.currentData() or self.show_trash.isChecked())

    def _show_drafts(self, drafts: Any) -> None:
        self._formatter = None
        selected = self.current_id()
        self.list.clear()
        for d in drafts:
            self._add_row(d.id, d.title, d.state, d.site_id, d.updated_at, d.is_trashed,
                          edited=getattr(d, "changed_since_published", False))
        self._reselect(self._follow or selected)
        self.suggestion.update_for(self.store, "", 0)
        self.more.setVisible(self.list.count() >= LIST_LIMIT)
        self.more.setText(
            self.tr("The newest %n drafts are listed; search to find older ones.", "", LIST_LIMIT))
        self._show(self.list.count(), self._filtering())

    def _show_hits(self, hits: Any) -> None:
        self._formatter = None
        selected = self.current_id()
        self.list.clear()
        for h in hits:
            self._add_row(h.article_id, h.title, h.state, h.site_id, h.updated_at, h.trashed, h.snippet,
                          h.snippet_html.replace("<mark>", "<b>").replace("</mark>", "</b>"))
        self._reselect(self._follow or selected)
        self.more.hide()
        self._show(self.list.count(), True)
        self.suggestion.update_for(self.store, self.search.text().strip(), self.list.count())

    def _reselect(self, draft_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == draft_id:
                self.list.setCurrentRow(row)
                return

    def select_id(self, draft_id: str | None) -> None:
        """Highlight the open draft's row, now and after every refresh (the window calls this)."""
        self._follow = draft_id
        self._reselect(draft_id)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    # --- actions ---------------------------------------------------------------------------------
    def _activate(self, item: QListWidgetItem) -> None:
        self.draft_activated.emit(str(item.data(ID_ROLE)))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.trash_button.setEnabled(item is not None and self.store is not None)
        restoring = bool(item is not None and item.data(TRASHED_ROLE))
        self.trash_button.setText(self.tr("Restore") if restoring else self.tr("Move to trash"))

    def toggle_trash_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self.store is None or self.runner is None:
            return
        draft_id = str(item.data(ID_ROLE))
        action = self.store.untrash if item.data(TRASHED_ROLE) else self.store.trash
        self.runner.submit(action, draft_id, on_result=lambda _a: self.refresh())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Down and self.list.count():
                    self.list.setFocus()
                    if self.list.currentRow() < 0:
                        self.list.setCurrentRow(0)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.count():
                    item = self.list.currentItem() or self.list.item(0)
                    self._activate(item)
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.list:
                if key == Qt.Key.Key_Delete:
                    self.toggle_trash_current()
                    return True
                if key == Qt.Key.Key_Up and self.list.currentRow() <= 0:
                    self.search.setFocus()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None:
                    self._activate(self.list.currentItem())
                    return True
        return super().eventFilter(watched, event)
