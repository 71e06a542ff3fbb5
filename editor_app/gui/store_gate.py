"""Opening the draft store when something first needs it, without freezing the window.

The window starts from plain ``sqlite3`` reads (storage/quick_read.py). The DraftStore (SQLAlchemy,
~300 ms of imports and ~40 MB) opens on the first edit, search, new draft or site action:

1. its modules are imported from the event loop, leaf first (gui/import_order.py), a few
   milliseconds' worth per turn, so typing goes on meanwhile (importing on a worker thread would
   hold the GIL for the whole 300 ms and stall every Python call the GUI makes);
2. ``DraftStore.open`` (SQLite work, which releases the GIL) runs on the task runner;
3. the callbacks that asked for the store run, in order, on the GUI thread.

A window that started from the plain reads found no recovery journal then (storage/quick_read.py
takes the careful path otherwise), so whatever the journal holds when the store opens later was
written by this window (gui/early_journal.py): the store is opened without offering it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor_app.gui.stepwise import StepwiseImport

if TYPE_CHECKING:
    from editor_app.gui.context import AppContext

log = logging.getLogger(__name__)

# After a failed open (a full disk, a locked or unreadable file), the next tries: not one per key typed.
RETRY_DELAYS_MS = (2000, 5000, 15_000, 30_000, 60_000)


class StoreGate(QObject):
    """Opens the store once, on demand; ``request(callback)`` runs the callback with it once open."""

    opened = Signal(object)  # the DraftStore
    failed = Signal(object, str)  # the exception and its traceback

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._waiting: list[Callable[[Any], None]] = []
        self._loading = False
        self._opening = False  # DraftStore.open is running on the task runner
        self._opened_there: Any = None  # … and what it opened (read by open_now)
        self._handled: Any = None  # the store handed to the window (once)
        self._closed = False  # the window closed: nothing opens any more
        self.scan_journal = True  # False once the window started from the plain reads
        self.failures = 0  # failed opens in a row (the window says so once, then only in the status bar)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_again)

    @property
    def store(self) -> Any:
        return self.ctx.services.get("store")

    def is_loading(self) -> bool:
        return self._loading

    def request(self, callback: Callable[[Any], None] | None = None) -> None:
        """Call ``callback(store)`` now if the store is open, else once it is (and start opening it)."""
        store = self.store
        if store is not None:
            if callback is not None:
                callback(store)
            return
        if callback is not None:
            self._waiting.append(callback)
        if not self._loading and not self._retry.isActive() and not self._closed:
            self._loading = True
            from editor_app.gui.import_order import STORE

            StepwiseImport(STORE, self._open, self, inline=self.ctx.runner.inline).start()

    def _open(self) -> None:
        if self.store is not None or self._opening or self._closed:
            return  # open_now() was quicker, or the window is gone
        from editor_app.gui.services import open_store

        paths, scan = self.ctx.paths, self.scan_journal

        def open_it() -> Any:
            store = open_store(paths, scan_journal=scan)
            self._opened_there = store
            return store

        self._opening = True
        self.ctx.runner.submit(open_it, on_result=self._on_open, on_error=self._on_failed)

    def open_now(self) -> Any:
        """Open the store on this thread (quitting with unsaved text): no event loop needed."""
        store = self.store
        if store is None and self._opening:
            self.ctx.runner.wait()  # the runner's open finishes; its result is taken here
            store = self._opened_there
            if store is not None:
                self._on_open(store)
        if store is None:
            from editor_app.gui.services import open_store

            store = open_store(self.ctx.paths, scan_journal=self.scan_journal)
            self._on_open(store)
        return store

    def _on_open(self, store: object) -> None:
        self._opening = False
        if store is self._handled:
            return  # taken by open_now() already
        if self.store is not None or self._closed:
            close = getattr(store, "close", None)
            if callable(close):
                close(backup=False)  # open_now() won the race
            return
        self._loading = False
        self.failures = 0
        self._retry.stop()
        self._handled = store
        self.ctx.services["store"] = store
        self.opened.emit(store)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(store)

    def close(self) -> None:
        """The window closed (and saved): a store still on its way is closed as it arrives."""
        self._closed = True
        self._retry.stop()
        self._waiting.clear()

    def _on_failed(self, exc: BaseException, tb: str) -> None:
        self._opening = False
        if self.store is not None:
            return  # open_now() opened it meanwhile
        self._loading = False
        self.failures += 1
        if self._closed:
            self._waiting.clear()
            return
        # What asked for the store still waits (the text is in the journal meanwhile): try again later.
        self._retry.start(RETRY_DELAYS_MS[min(self.failures, len(RETRY_DELAYS_MS)) - 1])
        self.failed.emit(exc, tb)

    def _try_again(self) -> None:
        if self.store is None and not self._loading and not self._closed:
            self.request()
