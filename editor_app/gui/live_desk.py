"""One live desk: the window, the drafts list and the command line agree, and show a story's state.

Wires, for the main window (one call, ``install(window)``):

* the store watcher (gui/store_watcher.py): on every write to the store, from this window,
  another process or the command line, the drafts list, the review inbox, the publishing queue
  and the open draft (gui/live_document.py) refresh;
* the drafts list's highlighted row follows the open draft;
* the saving state in the status bar (saved at a time / saving / unsaved / not saved / changed
  elsewhere) and the "edited since published" mark above the article's details;
* the banner that says saving fails (a full disk) while it is retried, gone once it works again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout

from editor_app.gui.live_document import LiveDocument
from editor_app.gui.locale_format import LocaleFormatter
from editor_app.gui.notice_bar import NoticeBar
from editor_app.gui.store_watcher import StoreWatcher

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class LiveDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        docs = window.documents
        page = window.editor_area.page
        self.disk_bar = NoticeBar("diskFullBar", "error", page)
        self.live = LiveDocument(docs, window.editor_area, page)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.disk_bar)  # under the formatting toolbar, above the headline
        layout.insertWidget(2, self.live.bar)
        self.watcher: StoreWatcher | None = None
        self._formatter = LocaleFormatter.from_settings(self.ctx.settings, self.ctx.language)
        docs.save_state.connect(self._show_state)
        docs.save_failed.connect(self._save_failed)
        docs.save_recovered.connect(self.disk_bar.hide)
        docs.article_opened.connect(self._opened)
        docs.written.connect(self._update_mark)
        docs.tracking_changed.connect(lambda article: self._update_mark(article.id))
        window.store_ready.connect(self._start)
        window.on_close.append(self.close)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state)

    # -- the store ---------------------------------------------------------------------------------

    def _start(self, store: object) -> None:
        self.start_watching()
        assert self.watcher is not None
        self.watcher.follow(store)

    def start_watching(self) -> None:
        """Watch the database (once): when the store opens, or before, when the window starts from the
        plain-sqlite3 reads (the watcher needs no store: it asks SQLite's ``data_version``)."""
        if self.watcher is None:
            self.watcher = StoreWatcher(self.ctx.paths.database, self.ctx.runner, self)
            self.watcher.changed.connect(self.refresh)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.watcher is not None:
            self.watcher.check()  # back in front: a missed notification (network drive…) is caught here

    def refresh(self) -> None:
        """The store changed: everything that shows it asks again (stale answers are dropped)."""
        window = self.window
        window.drafts_panel.refresh()
        newsroom = getattr(window, "newsroom", None)
        for part in (getattr(newsroom, "desk", None), getattr(newsroom, "queue", None)):
            refresh = getattr(part, "refresh", None)
            if callable(refresh):
                refresh()
        store, article = window.documents.store, window.documents.article
        gate = self.ctx.services.get("store_gate")
        if store is None and article is not None and gate is not None:
            # The window shows a draft it read without the store: whether it changed, and its newer
            # text, come from the store, which opens for it (in steps: the window keeps answering).
            gate.request(lambda _store: self.refresh())
            return
        self.live.check()
        if store is not None and article is not None:
            self.ctx.runner.submit(store.stored_article, article.id, key="live-tracking",
                                   on_result=lambda loaded: window.documents.update_tracking(loaded[0]))
            self._update_mark(article.id)

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

    # -- showing the state ---------------------------------------------------------------------------

    def _opened(self, article: Any) -> None:
        self.window.drafts_panel.select_id(article.id)
        self._update_mark(article.id)

    def _update_mark(self, article_id: str) -> None:
        def show(edited: object) -> None:
            current = self.window.documents.article
            if current is not None and current.id == article_id:
                self.window.metadata_panel.set_published_mark(bool(edited))

        store = self.window.documents.store
        if store is None:
            # Started from the plain reads: one row by its key, read here (the reader is this thread's).
            reader = getattr(self.window, "reader", None)
            if reader is not None:
                try:
                    show(reader.changed_since_published(article_id))
                except Exception:  # the store's open, when it comes, says what is wrong
                    log.warning("the published mark could not be read", exc_info=True)
            return
        self.ctx.runner.submit(store.changed_since_published, article_id, key="published-mark",
                               on_result=show)

    def _show_state(self, state: str, when: object) -> None:
        text = ""
        if when is not None:
            from datetime import datetime  # (with the first save, not at start)

            if isinstance(when, datetime):
                text = self._formatter.time(when.astimezone().time())
        self.window.status.set_save_state(state, text)

    def _save_failed(self, exc: object) -> None:
        from editor_app.i18n import translate
        from editor_app.storage.errors import DiskFullError, StorageError

        if isinstance(exc, DiskFullError):
            text = self.tr("The disk is full, so your latest text could not be saved. It is kept in this "
                           "window, and Qalam keeps trying: it will be saved as soon as some space is freed.")
        else:
            reason = exc.user_message.render(translate) if isinstance(exc, StorageError) else str(exc)
            text = self.tr("Your latest text could not be saved ({reason}). It is kept in this window, "
                           "and Qalam keeps trying to save it.").format(reason=reason)
        self.disk_bar.show_text(text)


def install(window: MainWindow) -> LiveDesk:
    return LiveDesk(window)
