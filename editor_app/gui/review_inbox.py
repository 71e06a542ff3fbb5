"""The editor's review inbox: articles waiting for review, oldest submission first.

Works offline once pulled: :meth:`ReviewInbox.refresh` reads the local store; :meth:`ReviewInbox.sync`
sends queued actions and pulls from the site. Both run on the task runner; the widget never
touches the store or the network itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.article import WorkflowState
from editor_app.core.i18n import UserMessage
from editor_app.core.workflow import STATE_LABELS
from editor_app.gui.empty_state import EmptyState
from editor_app.gui.locale_format import app_formatter
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import TextDirectionDelegate
from editor_app.publish.workflow_sync import InboxItem, SyncReport, WorkflowService

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def translate_message(msg: UserMessage) -> str:
    return msg.render(QCoreApplication.translate)


class _Item(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text(column) < other.text(column)


class ReviewInbox(QWidget):
    """The list of pending articles. Double-click or Enter opens one (``article_opened``)."""

    article_opened = Signal(str)  # article id: show it in the editor (with the diff view and notes)
    current_changed = Signal(str)  # article id, "" when nothing is selected
    synced = Signal(object)  # the SyncReport of a finished sync
    refreshed = Signal(int)  # number of articles listed
    message = Signal(str)  # a translated warning or error for the status bar

    COLUMNS = ("title", "author", "category", "length", "age", "state")

    def __init__(self, service: WorkflowService, runner: TaskRunner, outbox: Any = None,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewInbox")
        self.service = service
        self.runner = runner
        self.outbox = outbox
        self._clock = clock or (lambda: datetime.now(UTC))
        self._items: list[InboxItem] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Review inbox"), self)
        self.heading.setObjectName("panelHeading")
        self.sync_button = QPushButton(self.tr("Sync with the site"), self)
        self.sync_button.setAccessibleName(self.tr("Sync with the site"))
        self.sync_button.setToolTip(self.tr("Send queued actions and fetch the articles waiting for review"))
        self.sync_button.clicked.connect(self.sync)
        top.addWidget(self.heading, 1)
        top.addWidget(self.sync_button)
        layout.addLayout(top)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Articles waiting for review"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Author"), self.tr("Category"),
                                   self.tr("Length"), self.tr("Waiting"), self.tr("State")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setSortingEnabled(True)
        # Title, author and category are the article's: each in its own direction.
        self.tree.setItemDelegate(TextDirectionDelegate(self.tree, columns=(0, 1, 2)))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current)

        self.empty = EmptyState(
            self.tr("Nothing waits for review"),
            self.tr("Articles reporters submit appear here after a sync, and stay available offline."),
            self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        layout.addWidget(self.stack, 1)

        self.status = QLabel(self)
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    # --- public API ----------------------------------------------------------------------------

    def items(self) -> list[InboxItem]:
        """What the list shows, in submission order."""
        return list(self._items)

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def select(self, article_id: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == article_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def open_current(self) -> None:
        article_id = self.current_id()
        if article_id:
            self.article_opened.emit(article_id)

    def refresh(self) -> None:
        """Re-read the inbox from the local store (offline)."""
        self.runner.submit(self.service.inbox, on_result=self.set_items, on_error=self._failed,
                           key="review-inbox")

    def sync(self) -> None:
        """Send queued actions, then pull the inbox, notes and statuses from the site."""
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        self.runner.submit(self.service.sync, self.outbox, on_result=self._synced, on_error=self._sync_failed)

    # --- results -------------------------------------------------------------------------------

    def format_age(self, age: timedelta | None) -> str:
        """"5 min", "3 hours", "2 days" (translated, in the language's plural forms)."""
        if age is None:
            return "—"
        minutes = max(0, int(age.total_seconds() // 60))
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n day(s)", "", hours // 24)

    def set_items(self, items: list[InboxItem]) -> None:
        current = self.current_id()
        self._items = list(items)
        now = self._clock()
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for order, entry in enumerate(self._items):
            row = _Item()
            age = entry.age(now)
            row.setText(0, entry.title or self.tr("(untitled)"))
            row.setText(1, entry.author)
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            row.setText(2, ("، " if rtl else ", ").join(entry.categories))
            row.setText(3, self.tr("%n word(s)", "", entry.words))
            row.setText(4, self.format_age(age))
            state = QCoreApplication.translate("Workflow", STATE_LABELS[entry.state])
            if entry.local_changes:
                state = self.tr("{state}, edited here").format(state=state)
            row.setText(5, state)
            row.setData(0, ID_ROLE, entry.article_id)
            row.setData(0, SORT_ROLE, entry.title)
            row.setData(3, SORT_ROLE, entry.words)
            # Longest wait first by default (descending); unknown submission times last.
            row.setData(4, SORT_ROLE, age.total_seconds() if age is not None else -1.0 - order)
            row.setData(5, SORT_ROLE, order)
            if entry.submitted_at is not None:
                stamp = app_formatter().datetime(entry.submitted_at.astimezone())
                row.setToolTip(4, self.tr("Submitted {when}").format(when=stamp))
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            row.setTextAlignment(4, Qt.AlignmentFlag.AlignCenter)
            self.tree.addTopLevelItem(row)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # oldest submission (longest wait) first
        self.stack.setCurrentWidget(self.tree if self._items else self.empty)
        if current:
            self.select(current)
        self.refreshed.emit(len(self._items))

    def _synced(self, report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        parts = [self.tr("%n waiting for review", "", len(report.inbox))]
        if report.sent:
            parts.append(self.tr("%n action(s) sent", "", len(report.sent)))
        if report.conflicts:
            parts.append(self.tr("%n changed both here and on the site: your copy was kept", "",
                                 len(report.conflicts)))
        texts = [translate_message(w) for w in report.warnings]
        self.status.setText(" · ".join(parts) + ("\n" + "\n".join(dict.fromkeys(texts)) if texts else ""))
        for text in dict.fromkeys(texts):
            self.message.emit(text)
        self.set_items(report.inbox)
        self.synced.emit(report)

    def _sync_failed(self, exc: BaseException, tb: str) -> None:
        self.sync_button.setEnabled(True)
        self._failed(exc, tb)
        self.refresh()  # still show what was pulled before

    def _failed(self, exc: BaseException, tb: str) -> None:
        from editor_app.errors import QalamError

        if isinstance(exc, QalamError):
            text = translate_message(exc.user_message)
        else:
            text = self.tr("Something went wrong; details are in the log.")
        self.status.setText(text)
        self.message.emit(text)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        self.article_opened.emit(str(item.data(0, ID_ROLE)))

    def _current(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        self.current_changed.emit(str(item.data(0, ID_ROLE)) if item is not None else "")


class ReviewDesk(QWidget):
    """The inbox with, for the selected article, its changes since submission and its notes and actions.

    A convenience for the main window: the three widgets wired together (each is also usable alone).
    """

    article_opened = Signal(str)  # open this article in the editor
    message = Signal(str)  # a translated warning or error for the status bar
    synced = Signal(object)  # SyncReport (its ``updated`` ids: reload those documents if open)

    def __init__(self, service: WorkflowService, runner: TaskRunner, outbox: Any = None,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        from PySide6.QtWidgets import QSplitter

        from editor_app.gui.diff_view import DiffView
        from editor_app.gui.review_notes import ReviewNotesPanel

        super().__init__(parent)
        self.setObjectName("reviewDesk")
        self.inbox = ReviewInbox(service, runner, outbox, self, clock=clock)
        self.diff = DiffView(self, service=service, runner=runner)
        self.notes = ReviewNotesPanel(service, runner, outbox, self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.diff)
        lower.addWidget(self.notes)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(self.inbox)
        outer.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        self.service = service
        self.runner = runner
        self.outbox = outbox
        self.inbox.current_changed.connect(self.show_article)
        self.inbox.article_opened.connect(self._opened)
        self.inbox.message.connect(self.message)
        self.inbox.synced.connect(self.synced)
        self.notes.message.connect(self.message)
        self.notes.acted.connect(self._acted)
        self.notes.schedule_requested.connect(self.ask_schedule)
        self.schedule_dialog: Any = None  # the open ScheduleDialog, if any

    def ask_schedule(self, article_id: str) -> None:
        """Open the schedule dialog (window-modal, not blocking); accepting it schedules the article."""
        from editor_app.gui.schedule_dialog import ScheduleDialog

        article = self.notes.article()
        title = article.title if article is not None and article.id == article_id else ""
        dialog = ScheduleDialog(self.service.timezone, self.service.site.timezone, self, title=title)
        dialog.schedule_chosen.connect(self.notes.schedule)
        dialog.finished.connect(dialog.deleteLater)
        self.schedule_dialog = dialog
        dialog.open()

    def _opened(self, article_id: str) -> None:
        """Opening a submitted article starts its review (with the companion plugin, others see it)."""
        self.article_opened.emit(article_id)
        item = next((i for i in self.inbox.items() if i.article_id == article_id), None)
        if item is None or item.state is not WorkflowState.SUBMITTED:
            return
        outbox = self.outbox

        def work() -> None:
            result = self.service.start_review(article_id)
            if result.item is not None and outbox is not None:
                outbox.process_due()

        self.runner.submit(work, on_result=lambda _none: self._acted(article_id, "start_review"),
                           on_error=lambda exc, tb: self.inbox.refresh())

    def _acted(self, article_id: str, action: str) -> None:
        self.inbox.refresh()
        self.diff.reload()
        if action == "start_review" and self.notes.article_id == article_id:
            self.notes.set_article(article_id)

    def show_article(self, article_id: str) -> None:
        self.notes.set_article(article_id)
        if article_id:
            self.diff.show_article(article_id)

    def refresh(self) -> None:
        self.inbox.refresh()
