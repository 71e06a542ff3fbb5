"""The drafts panel: every draft on this machine, searchable as you type, filtered by state and site.

The list is a windowed model over the plain-sqlite3 reader (storage/quick_read.py, the same SQL as
the store's, storage/draft_queries.py): it knows how many drafts match and reads the hundred rows
around what is on screen when they are painted, so 10,000 drafts cost one count and one page at
start, read from the list's covering index. Search results come from the draft store on the task
runner with the key ``"draft-search"``, so a result that arrives after a newer keystroke is dropped;
when a search finds little, "Did you mean" offers better spellings (gui/search_suggestion.py).
Keyboard: Down from the search box enters the list; Enter opens; Delete moves to the trash (or
restores, when the trash is shown); Escape clears the search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from editor_app.gui.search_suggestion import SearchSuggestion
from editor_app.gui.text_direction import TextDirectionDelegate, shortcut_text

if TYPE_CHECKING:
    from datetime import date, datetime

    from PySide6.QtGui import QIcon

    from editor_app.storage.quick_read import QuickReader

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
TRASHED_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
PAGE = 100  # rows read at a time; one page is ~1 ms of SQLite on 10,000 drafts
SEARCH_LIMIT = 100
READ_TIMEOUT_S = 0.5  # the list is read on the GUI thread: a locked file must not freeze the window
STATE_COLOURS = {
    "draft": "#7a7a7a", "submitted": "#1f6feb", "in_review": "#8250df", "returned": "#d1242f",
    "approved": "#1a7f37", "scheduled": "#bf8700", "published": "#0a3069",
}
_Index = QModelIndex | QPersistentModelIndex
StoreRequest = Callable[[Callable[[Any], None] | None], None]  # StoreGate.request


def _badge(colour: str) -> QIcon:
    # (Qt's classes for it are built when the first row shows, not at start; datetime too, see _when)
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

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
class ListFilter:
    """What the list shows: ``trashed`` False hides the trash, True shows only it."""

    trashed: bool = False
    state: str | None = None
    site_id: str | None = None

    def args(self) -> dict[str, Any]:
        return {"trashed": self.trashed, "state": self.state, "site_id": self.site_id}


@dataclass(frozen=True)
class _Row:
    """One draft as the list shows it (read a page at a time, see DraftsModel)."""

    id: str
    title: str
    state: str
    site_id: str | None
    updated_at: datetime
    trashed: bool
    edited: bool = False  # published, and edited here since the site got it
    snippet: str = ""
    snippet_html: str = ""


def _row(summary: Any) -> _Row:
    """A drafts-list row from a ``DraftSummary``."""
    return _Row(summary.id, summary.title, summary.state, summary.site_id, summary.updated_at,
                summary.trashed_at is not None, bool(getattr(summary, "changed_since_published", False)))


class DraftsModel(QAbstractListModel):
    """Either the whole filtered list, read a page at a time as rows are shown, or a list of search hits."""

    def __init__(self, panel: DraftsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.reader: QuickReader | None = None
        self.where = ListFilter()
        self._total = 0
        self._pages: dict[int, list[_Row]] = {}
        self._hits: list[_Row] | None = None

    # -- what it shows ---------------------------------------------------------------------------
    def show_list(self, reader: QuickReader, where: ListFilter) -> None:
        try:
            total = reader.count_drafts(**where.args())
        except Exception:  # a locked or damaged file: the store's own open says what is wrong
            log.warning("the drafts list could not be read", exc_info=True)
            total = 0
        self.beginResetModel()
        self.reader, self.where, self._hits = reader, where, None
        self._pages = {}
        self._total = total
        self.endResetModel()
        self.panel.list.set_lines(2)

    def show_hits(self, hits: list[_Row], *, lines: int = 3) -> None:
        """Rows given whole: search hits (with a snippet line), or the list read by the store."""
        self.beginResetModel()
        self._hits, self._pages, self._total = hits, {}, len(hits)
        self.endResetModel()
        self.panel.list.set_lines(lines)

    def is_search(self) -> bool:
        return self._hits is not None

    def top_row_saved(self, draft_id: str) -> bool:
        """The draft on top of the list (newest first) was written again, so it stays on top: read its row
        alone. False when that is not the case (a search, another order of things): refresh instead."""
        page = self._pages.get(0)
        if self._hits is not None or self.reader is None or not page or page[0].id != draft_id:
            return False
        try:
            fresh = self.reader.list_drafts(limit=1, offset=0, **self.where.args())
        except Exception:
            return False
        # (A text save changes no count; a draft made elsewhere meanwhile comes with the watcher's refresh.)
        if not fresh or fresh[0].id != draft_id:
            return False
        page[0] = _row(fresh[0])
        top = self.index(0)
        self.dataChanged.emit(top, top)
        return True

    def row_of(self, draft_id: str) -> int | None:
        if self._hits is not None:
            return next((n for n, r in enumerate(self._hits) if r.id == draft_id), None)
        for number, rows in self._pages.items():
            for n, r in enumerate(rows):
                if r.id == draft_id:
                    return number * PAGE + n
        if self.reader is None:
            return None
        try:
            return self.reader.list_position(draft_id, **self.where.args())
        except Exception:
            log.warning("the drafts list could not be read", exc_info=True)
            return None

    def entry(self, row: int) -> _Row | None:
        if row < 0 or row >= self._total:
            return None
        if self._hits is not None:
            return self._hits[row]
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            if self.reader is None:
                return None  # closed (the window is closing)
            try:
                summaries = self.reader.list_drafts(limit=PAGE, offset=number * PAGE, **self.where.args())
            except Exception:
                log.warning("the drafts list could not be read", exc_info=True)
                summaries = []
            page = self._pages[number] = [_row(s) for s in summaries]
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
            # The matched words highlighted (rich text; dir="auto" for mixed scripts).
            if entry.snippet_html:
                import html  # a search's tooltip only (html.entities: ~1 ms before the window shows)

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
        self.reader: QuickReader | None = None
        self._request_store: StoreRequest | None = None
        self._sites: dict[str, str] = {}
        self._badges: dict[str, QIcon] = {}
        self._formatter: Any = None  # made on first use (the digits setting may change between refreshes)
        self._today: date | None = None
        self._follow: str | None = None  # the open draft: its row stays highlighted across refreshes
        self._labels = self._state_labels()
        self._untitled = self.tr("(untitled)")

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        # The clear button comes with the first focus or text (_want_clear_button): it only shows over text,
        # and its icon is the first looked up in the desktop's icon theme, 5-10 ms of the start otherwise.
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._want_clear_button)
        self.suggestion = SearchSuggestion(runner, self.search, self)  # "did you mean" when little is found
        self.suggestion.chosen.connect(lambda _text: self.refresh())

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
        self.list.setItemDelegate(TextDirectionDelegate(self.list))  # each title in its own direction
        self.list.installEventFilter(self)
        self.list.activated.connect(lambda index: self._activate_index(index))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyState(
            self.tr("No drafts yet"),
            self.tr("Press {shortcut} to start writing, or import a Word, Markdown or text file.").format(
                shortcut=shortcut_text(QKeySequence.StandardKey.New)),
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
        layout.addWidget(self.suggestion)
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
                from editor_app.gui.locale_format import app_formatter

                self._formatter = app_formatter()  # the window's language and digit setting
            if self._today is None:
                from datetime import datetime

                self._today = datetime.now().astimezone().date()
            if local.date() == self._today:
                return str(self._formatter.time(local.time()))
            return str(self._formatter.date(local.date(), False))
        except Exception:  # a date is not worth a crash
            return local.strftime("%Y-%m-%d %H:%M")

    def details(self, row: _Row) -> str:
        label = self._labels.get(row.state, row.state)
        if row.edited:
            label = self.tr("{state}, edited since").format(state=label)
        site = self._sites.get(row.site_id or "", "")
        return " · ".join(part for part in (label, site, self._when(row.updated_at)) if part)

    def row_text(self, row: _Row) -> str:
        text = f"{row.title or self._untitled}\n{self.details(row)}"
        return f"{text}\n{row.snippet}" if row.snippet else text

    # --- the store -------------------------------------------------------------------------------
    def set_reader(self, reader: QuickReader, request_store: StoreRequest | None = None) -> None:
        """List with the plain-sqlite3 reader; ``request_store`` opens the store when a search needs it."""
        self.reader = reader
        self._request_store = request_store
        try:
            self._fill_sites(reader.list_sites())
        except Exception:
            log.warning("the sites could not be read", exc_info=True)
        self.refresh()

    def set_store(self, store: Any) -> None:
        self.store = store
        if self.reader is None and store is not None and getattr(store, "paths", None) is not None:
            from editor_app.storage.quick_read import QuickReader

            # The store checked and migrated the file: the list reads it beside the store.
            self.reader = QuickReader.open(store.paths, opened=True, timeout=READ_TIMEOUT_S)
        if self.store is not None and self.runner is not None:
            self.runner.submit(self.store.list_sites, on_result=self._fill_sites, key="draft-sites")
        self.refresh()

    def close_reader(self) -> None:
        if self.reader is not None:
            self.model.reader = None
            self.reader.close()
            self.reader = None

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
        self._today = None
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
        if self.reader is None:
            if self.store is not None and self.runner is not None:
                # No plain reader for this file (it could not be opened read-only): the store lists it.
                self.runner.submit(self.store.list_drafts, **where.args(), on_result=self._show_drafts,
                                   key="draft-search")
            return
        if self.runner is not None and hasattr(self.runner, "submit"):
            self.runner.submit(lambda: None, key="draft-search")  # a search still running is stale now
        selected = self.current_id()
        self.model.show_list(self.reader, where)
        self.suggestion.update_for(self.store, "", 0)
        self._shown(selected, self._filtering())

    def draft_saved(self, draft_id: str) -> None:
        """This window wrote one draft: when it is the one on top, only its row is read again (a Ctrl+S
        costs a row, not a count, a page and the selection); otherwise the list refreshes."""
        if self.search.text().strip() or not self.model.top_row_saved(draft_id):
            self.refresh()

    # --- showing ---------------------------------------------------------------------------------
    def _shown(self, selected: str | None, any_filter: bool) -> None:
        count = self.model.rowCount()
        if count:
            self.stack.setCurrentWidget(self.list)
            wanted = self._follow or selected
            if not (wanted is not None and self.select_article(wanted)) and self._follow is None:
                self.list.setCurrentRow(0)
        else:
            self.stack.setCurrentWidget(self.nothing if any_filter else self.empty)
        self._update_buttons()
        self.results_shown.emit(count)

    def _filtering(self) -> bool:
        return bool(self.search.text().strip() or self.state_filter.currentData()
                    or self.site_filter.currentData() or self.show_trash.isChecked())

    def _show_drafts(self, drafts: Any) -> None:
        selected = self.current_id()
        self.model.show_hits([_row(d) for d in drafts], lines=2)
        self.suggestion.update_for(self.store, "", 0)
        self._shown(selected, self._filtering())

    def _show_hits(self, hits: Any) -> None:
        selected = self.current_id()
        rows = [_Row(h.article_id, h.title, h.state, h.site_id, h.updated_at, h.trashed,
                     snippet=h.snippet,
                     snippet_html=h.snippet_html.replace("<mark>", "<b>").replace("</mark>", "</b>"))
                for h in hits]
        self.model.show_hits(rows)
        self._shown(selected, True)
        self.suggestion.update_for(self.store, self.search.text().strip(), len(rows))

    def select_article(self, draft_id: str) -> bool:
        """Make the draft the current row if the list shows it (scrolled to); False when it does not."""
        row = self.model.row_of(draft_id)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    def select_id(self, draft_id: str | None) -> None:
        """Highlight the open draft's row, now and after every refresh (the window calls this)."""
        self._follow = draft_id
        if draft_id is not None:
            self.select_article(draft_id)

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
        self.trash_button.setEnabled(item is not None and (self.store is not None or self.reader is not None))
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

    def _want_clear_button(self) -> None:
        if not self.search.isClearButtonEnabled():
            self.search.setClearButtonEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self._want_clear_button()
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
