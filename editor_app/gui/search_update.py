"""The status bar's word while the search index is rebuilt in the background (storage/search_rebuild.py).

After an update that changes how search reads Arabic (the light stemmer), the index of an existing store is
rebuilt by a separate, niced process while the window works as usual. This shows how many drafts are
left, once, in the status bar ("Updating search: 1,234 drafts to go"), explains in its tooltip that every
draft is still found meanwhile, and goes away when the index is current. It asks the store through the
task runner every :data:`POLL_MS`; if the process ended before the index was complete (killed, the
machine slept) it is started again, at most :data:`RESTARTS` times.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

if TYPE_CHECKING:
    from editor_app.gui.tasks import TaskRunner
    from editor_app.storage.search_rebuild import Progress
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

POLL_MS = 2000
RESTARTS = 3


def _poll(store: DraftStore, may_start: bool) -> tuple[Progress | None, bool]:
    """*Task runner*: the rebuild's progress, starting its process when none runs (and ``may_start``)."""
    started = store.start_search_update() if may_start else False
    return store.search_index_status(), started


class SearchUpdateIndicator(QObject):
    """Watches the search index rebuild of ``store`` and shows its progress in ``status_bar``."""

    def __init__(self, runner: TaskRunner, store: DraftStore, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._runner = runner
        self._store = store
        self._status_bar = status_bar
        self._starts = 0
        self._busy = False
        self.label = QLabel(status_bar)
        self.label.setObjectName("statusSearchUpdate")
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self.poll()

    @property
    def active(self) -> bool:
        return self.label.isVisible() or self._timer.isActive()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._runner.submit(_poll, self._store, self._starts <= RESTARTS,
                            on_result=self._show, on_error=self._failed)

    def _show(self, result: tuple[Progress | None, bool]) -> None:
        self._busy = False
        progress, started = result
        if started:
            self._starts += 1
        if progress is None:
            if self.label.isVisible():
                self._status_bar.showMessage(self.tr("Search is up to date."), 5000)
            self.label.hide()
            self._timer.stop()
            return
        self.label.setText(self.tr("Updating search: %n draft(s) to go", "", progress.left))
        self.label.setToolTip(self.tr(
            "Qalam now finds Arabic words through attached prefixes (و، ب، ال…): the search index of your "
            "drafts is being rebuilt in the background. Every draft is found meanwhile; matches through "
            "prefixes may differ until it is done."))
        self.label.setAccessibleName(self.tr("Search index"))
        self.label.show()
        if not self._timer.isActive():
            self._timer.start()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._busy = False
        log.warning("the search index rebuild could not be checked: %s\n%s", exc, tb)
