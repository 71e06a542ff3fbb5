"""The publish queue panel: every outbox item with its state, attempts and last error, a progress bar
per upload, and the conflict choices (keep mine, take theirs).

It is also the GUI's outbox worker: a timer sends what is due through the TaskRunner, so
nothing here blocks the GUI thread. ``status_changed`` carries an OutboxStatus for the
status bar (queue count, online/offline).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.diff import DiffOp, OpKind, diff_words, render_html
from editor_app.core.iri import readable_url
from editor_app.core.outbox import OutboxState
from editor_app.core.plain_text import html_to_text
from editor_app.errors import QalamError
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import TextDirectionDelegate
from editor_app.publish.outbox import FlushReport, Outbox, OutboxStatus, QueueEntry

log = logging.getLogger(__name__)

WORKER_KEY = "outbox-worker"


def conflict_html(result: dict[str, Any]) -> str:
    """The site's version → mine, word by word (deleted: only on the site; inserted: only mine)."""

    def text(side: Any) -> str:
        side = side if isinstance(side, dict) else {}
        title = str(side.get("title", ""))
        body = html_to_text(str(side.get("content", "")))
        return f"{title}\n{body}" if title else body

    ops: list[DiffOp] = []
    for op in diff_words(text(result.get("theirs")), text(result.get("mine"))):
        if (
            ops
            and op.kind is OpKind.INSERT
            and ops[-1].kind is OpKind.DELETE
            and not ops[-1].text[-1:].isspace()
            and not op.text[:1].isspace()
        ):
            ops.append(DiffOp(OpKind.EQUAL, "\u2009"))  # keep a removed word and its replacement apart
        ops.append(op)
    return render_html(ops, "rtl")


class _ProgressRelay(QObject):
    # Emitted from the worker thread; Qt queues it to the panel on the GUI thread.
    progress = Signal(int, str, int, int)


class PublishQueue(QWidget):
    status_changed = Signal(object)  # OutboxStatus
    item_done = Signal(str, str)  # article id, post URL
    open_requested = Signal(str)  # article id: a double click, e.g. to merge a conflict by hand

    def __init__(
        self, outbox: Outbox, runner: TaskRunner, parent: QWidget | None = None, *, interval_ms: int = 30_000
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.runner = runner
        self.setObjectName("publishQueue")
        self._entries: list[QueueEntry] = []
        self._sending = False

        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)
        outbox.progress = self._relay.progress.emit

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("publishQueueTree")
        self.tree.setAccessibleName(self.tr("Publishing queue"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Site"),
                self.tr("Action"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Last error"),
            ]
        )
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.setItemDelegate(TextDirectionDelegate(self.tree, columns=(0, 1)))  # title, site name
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.upload_label = QLabel(self)
        self.upload_bar = QProgressBar(self)
        self.upload_bar.setObjectName("publishQueueUpload")
        self.upload_label.hide()
        self.upload_bar.hide()

        self.send_button = QPushButton(self.tr("Send now"), self)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.mine_button = QPushButton(self.tr("Keep mine"), self)
        self.theirs_button = QPushButton(self.tr("Take theirs"), self)
        self.remove_button = QPushButton(self.tr("Remove from queue"), self)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.take_theirs)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for b in (
            self.send_button,
            self.retry_button,
            self.mine_button,
            self.theirs_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # A conflict: the site's version against mine, word by word, as a reader sees the text.
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("publishQueueDetail")
        self.detail.setAccessibleName(self.tr("Differences between the site's version and yours"))
        self.detail.setOpenLinks(False)
        self.detail_legend = QLabel(
            self.tr("Struck through: only on the site. Underlined: only in your version."), self
        )
        self.detail_legend.setWordWrap(True)
        self.detail.hide()
        self.detail_legend.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.upload_label)
        layout.addWidget(self.upload_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.detail_legend)

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.process_due)
        self._update_buttons()

    # --- the worker ---------------------------------------------------------------------------

    def start(self) -> None:
        """Requeue what a crash left running, then send what is due now and at every interval."""
        self.runner.submit(
            self.outbox.recover, on_result=lambda _n: self.process_due(), on_error=self._failed
        )
        self.runner.submit(self.outbox.probe, on_result=lambda _online: self.refresh(), on_error=self._failed)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def process_due(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.runner.submit(
            self.outbox.process_due, on_result=self._sent, on_error=self._failed, key=WORKER_KEY
        )

    def send_now(self) -> None:
        self._sending = True
        self.runner.submit(self.outbox.flush, on_result=self._sent, on_error=self._failed, key=WORKER_KEY)

    def _sent(self, report: FlushReport) -> None:
        self._sending = False
        self.upload_bar.hide()
        self.upload_label.hide()
        for outcome in report.outcomes:
            if outcome.item.state is OutboxState.DONE:
                # Workflow items (submit, return…) finish without a PublishResult; their URL, if any,
                # is in the item's stored result.
                if outcome.result is not None:
                    url = outcome.result.url or ""
                else:
                    url = str((outcome.item.result or {}).get("url") or "")
                self.item_done.emit(outcome.item.article_id, url)
        self.refresh()

    # --- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(self._load, on_result=self._loaded, on_error=self._failed)

    def _load(self) -> tuple[list[QueueEntry], OutboxStatus]:
        return self.outbox.overview(), self.outbox.status()

    def _loaded(self, data: tuple[list[QueueEntry], OutboxStatus]) -> None:
        entries, status = data
        current = self.current_entry()
        self._entries = entries
        self.tree.clear()
        states = {
            OutboxState.QUEUED: self.tr("queued"),
            OutboxState.RUNNING: self.tr("sending"),
            OutboxState.DONE: self.tr("sent"),
            OutboxState.FAILED: self.tr("failed"),
            OutboxState.CONFLICT: self.tr("changed on the site"),
        }
        actions = {
            "publish": self.tr("publish"),
            "submit": self.tr("submit for review"),
            "update": self.tr("update"),
            "draft": self.tr("draft"),
        }
        for entry in entries:
            item = entry.item
            msg = entry.message
            error = msg.render(QCoreApplication.translate) if msg is not None else (item.last_error or "")
            row = QTreeWidgetItem(
                self.tree,
                [
                    entry.title or item.article_id,
                    entry.site_name,
                    actions.get(item.action, item.action),
                    states.get(item.state, item.state.value),
                    QLocale().toString(item.attempts),
                    "" if item.state is OutboxState.DONE else error,
                ],
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            url = (item.result or {}).get("url") if item.state is OutboxState.DONE else None
            if url:
                for column in range(self.tree.columnCount()):
                    row.setToolTip(column, readable_url(str(url)))
            if current is not None and current.item.id == item.id:
                self.tree.setCurrentItem(row)
        self._update_buttons()
        self.status_changed.emit(status)

    def current_entry(self) -> QueueEntry | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        item_id = row.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self._entries if e.item.id == item_id), None)

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        state = entry.item.state if entry else None
        self.retry_button.setEnabled(state in (OutboxState.FAILED, OutboxState.QUEUED))
        self.mine_button.setEnabled(state is OutboxState.CONFLICT)
        self.theirs_button.setEnabled(state is OutboxState.CONFLICT)
        self.remove_button.setEnabled(state is not None and state is not OutboxState.RUNNING)
        if entry is not None and state is OutboxState.CONFLICT:
            result: dict[str, Any] = entry.item.result or {}
            self.detail.setHtml(conflict_html(result))
            self.detail.show()
            self.detail_legend.show()
        else:
            self.detail.hide()
            self.detail_legend.hide()

    def _double_clicked(self, row: QTreeWidgetItem, column: int) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.open_requested.emit(entry.item.article_id)

    # --- item actions -------------------------------------------------------------------------

    def _on_item(self, fn: Any) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.runner.submit(fn, entry.item.id, on_result=lambda _r: self.process_due(), on_error=self._failed)

    def retry(self) -> None:
        self._on_item(self.outbox.retry)

    def keep_mine(self) -> None:
        self._on_item(self.outbox.keep_mine)

    def take_theirs(self) -> None:
        self._on_item(self.outbox.take_theirs)

    def remove(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.runner.submit(
            self.outbox.cancel, entry.item.id, on_result=lambda _r: self.refresh(), on_error=self._failed
        )

    # --- progress and errors ------------------------------------------------------------------

    def _on_progress(self, item_id: int, name: str, done: int, total: int) -> None:
        self.upload_label.setText(self.tr("Uploading {name}…").format(name=name))
        self.upload_bar.setMaximum(max(total, 1))
        self.upload_bar.setValue(done)
        self.upload_label.setVisible(done < total)
        self.upload_bar.setVisible(done < total)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._sending = False
        if isinstance(exc, QalamError):
            text = exc.user_message.render(QCoreApplication.translate)
        else:
            log.error("publish queue: %s\n%s", exc, tb)
            text = self.tr("Something went wrong while sending; the items stay queued.")
        self.upload_label.setText(text)
        self.upload_label.show()
        self.upload_bar.hide()


def connect_status_bar(panel: PublishQueue, status_bar: Any) -> None:
    """Show the queue count and online/offline in the status bar (``set_outbox``, ``set_online``)."""

    def show(status: OutboxStatus) -> None:
        status_bar.set_outbox(status.pending)
        status_bar.set_online(status.online)

    panel.status_changed.connect(show)
