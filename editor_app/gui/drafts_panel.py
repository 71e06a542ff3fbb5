"""The drafts panel: every draft on this machine, searchable as you type, filtered by state and site.

The list is a windowed model over plain ``sqlite3`` (gui/light_store.py): it knows how many
drafts match and reads the hundred rows around what is on screen when they are painted, so
10,000 drafts cost one count and one page at start. Search results come from the draft store
on the task runner with the key ``"draft-search"``, so a result that arrives after a newer
keystroke is dropped. Keyboard: Down from the search box enters the list; Enter opens; Delete
moves to the trash (or restores, when the trash is shown); Escape clears the search.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.gui.empty_state import EmptyState
from editor_app.gui.light_store import LightStore, ListFilter

ID_ROLE = Qt.ItemDataRole.UserRole
TRASHED_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
PAGE = 100  # rows read at a time; one page is ~1 ms of SQLite on 10,000 drafts
SEARCH_LIMIT = 100
STATE_COLOURS = {
    "draft": "#7a7a7a", "submitted": "#1f6feb", "in_review": "#8250df", "returned": "#d1242f",
    "approved": "#1a7f37", "scheduled": "#bf8700", "published": "#0a3069",
}
_Index = QModelIndex | QPersistentModelIndex


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


@dataclass(frozen=True)
class _Row:
    id: str
    title: str
    state: str
    site_id: str | None
    updated_at: datetime
    trashed: bool
    snippet: str = ""
    snippet_html: str = ""


class DraftsModel(QAbstractListModel):
    """Either the whole filtered list, read a page at a time as rows are shown, or a list of search hits."""

    def __init__(self, panel: DraftsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.light: LightStore | None = None
        self.where = ListFilter()
        self._total = 0
        self._pages: dict[int, list[_Row]] = {}
        self._hits: list[_Row] | None = None

    # -- what it shows ---------------------------------------------------------------------------
    def show_list(self, light: LightStore, where: ListFilter) -> None:
        self.beginResetModel()
        self.light, self.where, self._hits = light, where, None
        self._pages = {}
        self._total = light.count(where)
        self.endResetModel()
        self.panel.list.set_lines(2)

    def show_hits(self, hits: list[_Row]) -> None:
        self.beginResetModel()
        self._hits, self._pages, self._total = hits, {}, len(hits)
        self.endResetModel()
        self.panel.list.set_lines(3)

    def is_search(self) -> bool:
        return self._hits is not None

    def row_of(self, draft_id: str) -> int | None:
        if self._hits is not None:
            return next((n for n, r in enumerate(self._hits) if r.id == draft_id), None)
        for number, rows in self._pages.items():
            for n, r in enumerate(rows):
                if r.id == draft_id:
                    return number * PAGE + n
        if self.light is None:
            return None
        return self.light.position(self.where, draft_id)

    def entry(self, row: int) -> _Row | None:
        if row < 0 or row >= self._total:
            return None
        if self._hits is not None:
            return self._hits[row]
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            assert self.light is not None
            page = [_Row(r.id, r.title, r.state, r.site_id, r.updated_at, r.trashed)
                    for r in self.light.page(self.where, number * PAGE, PAGE)]
            self._pages[number] = page
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    # -- QAbstractListModel ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.panel.row_text(entry)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.panel.badge_for(entry.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = self.panel.details(entry)
            if entry.snippet_html:
                return f'<div>{html.escape(details)}<p dir="auto">{entry.snippet_html}</p></div>'
            return details
        if role == ID_ROLE:
            return entry.id
        if role == TRASHED_ROLE:
            return entry.trashed
        return None


class _Item:
    """One row as QListWidget's callers knew it (tests, and a few callers): data, text, tooltip."""

    def __init__(self, index: QModelIndex) -> None:
        self.index = index

    def data(self, role: int) -> Any:
        return self.index.data(role)

    def text(self) -> str:
        return str(self.index.data(Qt.ItemDataRole.DisplayRole) or "")

    def toolTip(self) -> str:
        return str(self.index.data(Qt.ItemDataRole.ToolTipRole) or "")


class DraftsView(QTableView):
    """A one-column list with QListWidget's row-based helpers.

    A table with fixed row heights places 10,000 rows by arithmetic; a QListView or QTreeView
    visits every row (a Python ``rowCount`` call for each) whenever it is shown or reset.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().height() + 12)  # title and details
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)

    def set_lines(self, lines: int) -> None:
        """Rows show ``lines`` lines of text (search results add a snippet line)."""
        self.verticalHeader().setDefaultSectionSize(lines * self.fontMetrics().height() + 12)

    def count(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def item(self, row: int) -> _Item:
        return _Item(self.model().index(row, 0))

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def currentItem(self) -> _Item | None:
        index = self.currentIndex()
        return _Item(index) if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)


class DraftsPanel(QWidget):
    draft_activated = Signal(str)
    new_draft_requested = Signal()
    results_shown = Signal(int)  # how many rows the list shows after a refresh (tests, status bar)

    def __init__(self, store_service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        self.store = store_service
        self.runner = runner
        self.light: LightStore | None = None
        if getattr(store_service, "paths", None) is not None:
            self.light = LightStore(store_service.paths.database)
        self._request_store: Callable[[Callable[[Any], None] | None], None] | None = None
        self._sites: dict[str, str] = {}
        self._badges: dict[str, QIcon] = {}
        self._formatter: Any = None  # made on first use (the digits setting may change between refreshes)
        self._labels = self._state_labels()
        self._untitled = self.tr("(untitled)")
        self._today = datetime.now().astimezone().date()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("Filter by state"))
        self.state_filter.addItem(self.tr("All states"), None)
        for state, label in self._labels.items():
            self.state_filter.addItem(self.badge_for(state), label, state)
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
        self.model = DraftsModel(self)
        self.list = DraftsView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.installEventFilter(self)
        self.list.activated.connect(lambda index: self._activate_index(index))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyState(
            self.tr("No drafts yet"),
            self.tr("Press Ctrl+N to start writing, or import a Word, Markdown or text file."),
            self,
        )
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
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
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

    def badge_for(self, state: str) -> QIcon:
        if state not in self._badges:
            self._badges[state] = _badge(STATE_COLOURS.get(state, "#7a7a7a"))
        return self._badges[state]

    def _when(self, value: datetime) -> str:
        """Today's drafts by time, older ones by date, in the UI language's style and digits."""
        local = value.astimezone()
        try:
            if self._formatter is None:
                from PySide6.QtCore import QSettings

                from editor_app.gui.locale_format import LocaleFormatter

                rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
                self._formatter = LocaleFormatter.from_settings(QSettings(), "ar" if rtl else "en")
            if local.date() == self._today:
                return str(self._formatter.time(local.time()))
            return str(self._formatter.date(local.date(), False))
        except Exception:  # a date is not worth a crash
            return local.strftime("%Y-%m-%d %H:%M")

    def details(self, row: _Row) -> str:
        label = self._labels.get(row.state, row.state)
        site = self._sites.get(row.site_id or "", "")
        return " · ".join(part for part in (label, site, self._when(row.updated_at)) if part)

    def row_text(self, row: _Row) -> str:
        text = f"{row.title or self._untitled}\n{self.details(row)}"
        return f"{text}\n{row.snippet}" if row.snippet else text

    # --- the store -------------------------------------------------------------------------------
    def set_light_store(self, light: LightStore,
                        request_store: Callable[[Callable[[Any], None] | None], None] | None = None) -> None:
        """List from plain sqlite3 reads; ``request_store`` opens the draft store when a search needs it."""
        self.light = light
        self._request_store = request_store
        self._fill_sites([_Site(site_id, name) for site_id, name in light.sites()])
        self.refresh()

    def set_store(self, store: Any) -> None:
        self.store = store
        if self.light is None and store is not None and getattr(store, "paths", None) is not None:
            self.light = LightStore(store.paths.database)
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

    def _where(self) -> ListFilter:
        return ListFilter(trashed=self.show_trash.isChecked(), state=self.state_filter.currentData(),
                          site_id=self.site_filter.currentData())

    def refresh(self) -> None:
        """The list straight from the file (a count and a page); search results from the store's runner."""
        self._debounce.stop()
        self._formatter = None
        self._today = datetime.now().astimezone().date()
        query = self.search.text().strip()
        where = self._where()
        if query:
            if self.store is None:
                if self._request_store is not None:
                    self._request_store(lambda _store: self.refresh())
                return
            if self.runner is None:
                return
            self.runner.submit(self.store.search, query, limit=SEARCH_LIMIT, trashed=where.trashed,
                               state=where.state, site_id=where.site_id, prefix_last=True,
                               on_result=self._show_hits, key="draft-search")
            return
        if self.light is None:
            return
        if self.runner is not None and hasattr(self.runner, "submit"):
            self.runner.submit(lambda: None, key="draft-search")  # a search still running is stale now
        selected = self.current_id()
        self.model.show_list(self.light, where)
        self._shown(selected, self._filtering())

    # --- showing ---------------------------------------------------------------------------------
    def _shown(self, selected: str | None, any_filter: bool) -> None:
        count = self.model.rowCount()
        if count:
            self.stack.setCurrentWidget(self.list)
            if selected is None or not self.select_article(selected):
                self.list.setCurrentRow(0)
        else:
            self.stack.setCurrentWidget(self.nothing if any_filter else self.empty)
        self._update_buttons()
        self.results_shown.emit(count)

    def _filtering(self) -> bool:
        return bool(self.search.text().strip() or self.state_filter.currentData()
                    or self.site_filter.currentData() or self.show_trash.isChecked())

    def _show_hits(self, hits: Any) -> None:
        selected = self.current_id()
        rows = [_Row(h.article_id, h.title, h.state, h.site_id, h.updated_at, h.trashed, h.snippet,
                     h.snippet_html.replace("<mark>", "<b>").replace("</mark>", "</b>")) for h in hits]
        self.model.show_hits(rows)
        self._shown(selected, True)

    def select_article(self, draft_id: str) -> bool:
        """Make the draft the current row if the list shows it (scrolled to); False when it does not."""
        row = self.model.row_of(draft_id)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return str(value) if value is not None else None

    # --- actions ---------------------------------------------------------------------------------
    def _activate_index(self, index: QModelIndex) -> None:
        draft_id = index.data(ID_ROLE)
        if draft_id is not None:
            self.draft_activated.emit(str(draft_id))

    def _activate(self, item: _Item) -> None:
        self._activate_index(item.index)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.trash_button.setEnabled(item is not None and (self.store is not None or self.light is not None))
        restoring = bool(item is not None and item.data(TRASHED_ROLE))
        self.trash_button.setText(self.tr("Restore") if restoring else self.tr("Move to trash"))

    def toggle_trash_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self.runner is None:
            return
        if self.store is None:
            if self._request_store is not None:
                self._request_store(lambda _store: self.toggle_trash_current())
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
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    current = self.list.currentItem()
                    if current is not None:
                        self._activate(current)
                        return True
        return super().eventFilter(watched, event)


@dataclass(frozen=True)
class _Site:
    id: str
    name: str
