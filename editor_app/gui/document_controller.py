"""The open draft's life: open, new, autosave after a pause, save on switch/close/quit, recovery.

Named operations only; the store runs on the task runner except for its cheap,
journal-only calls (``autosave``/``queue_save``), which keep a kill -9 from losing
more than the last second of typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core.article import TRACKING_FIELDS, Article
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.context import AppContext
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

AUTOSAVE_PAUSE_MS = 1000
MAINTENANCE_MS = 12 * 60 * 1000


class DocumentController(QObject):
    """Keeps the editor, the metadata panel and the draft store in step."""

    article_opened = Signal(object)  # Article
    article_changed = Signal(object)  # Article, after each autosave (the check panel follows it)
    tracking_changed = Signal(object)  # Article: its state or remote fields changed (published, submitted…)
    article_saved = Signal(str)  # article id
    drafts_changed = Signal()
    message = Signal(str)

    def __init__(self, ctx: AppContext, editor: Any, metadata: Any, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.editor = editor
        self.metadata = metadata
        self.parent_widget = parent_widget
        self.article: Article | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_PAUSE_MS)
        self._timer.timeout.connect(self.autosave_now)
        self._maintenance = QTimer(self)
        self._maintenance.setInterval(MAINTENANCE_MS)
        self._maintenance.timeout.connect(self._run_maintenance)
        self._maintenance.start()
        for source in (editor, metadata):
            signal = getattr(source, "changed", None)
            if signal is not None:
                signal.connect(self._on_changed)
        ctx.emergency_savers.append(self.emergency_save)

    @property
    def store(self) -> DraftStore | None:
        return self.ctx.services.get("store")

    def _store_or_later(self, retry: Callable[[], None] | None) -> DraftStore | None:
        """The store, or None after asking for it: the window starts without it (gui/store_gate.py)."""
        store = self.store
        gate = self.ctx.services.get("store_gate")
        if store is None and gate is not None:
            gate.request(None if retry is None else lambda _store: retry())
        return store

    def _store_now(self) -> DraftStore | None:
        """Quitting or crashing with text typed while the store was still opening: open it right here."""
        gate = self.ctx.services.get("store_gate")
        if self.store is None and gate is not None and gate.is_loading():
            try:
                gate.open_now()
            except Exception:  # the recovery journal cannot be written without it; say so in the log
                log.exception("the draft store could not be opened to save on quit")
        return self.store

    # -- opening ------------------------------------------------------------------------------

    def new_draft(self) -> None:
        store = self._store_or_later(self.new_draft)
        if store is None:
            return
        self.commit_current()
        language = "ar" if self.ctx.rtl else self.ctx.settings.value("editor/default_language", "ar")
        self.ctx.runner.submit(store.create, Article(language=str(language)),
                               on_result=self._show, on_error=self._on_error)

    def open(self, article_id: str) -> None:
        store = self._store_or_later(lambda: self.open(article_id))
        if store is None:
            return
        if self.article is not None and self.article.id == article_id:
            return
        self.commit_current()

        def load() -> Article:
            return store.get(store.resolve_id(article_id))

        self.ctx.runner.submit(load, on_result=self._show, on_error=self._on_error)

    def update_tracking(self, stored: object) -> None:
        """Publishing changed the open article's state or post fields: take those, keep the text as typed."""
        if not isinstance(stored, Article) or self.article is None or stored.id != self.article.id:
            return
        self.article = self.article.copy(**{name: getattr(stored, name) for name in TRACKING_FIELDS})
        self.tracking_changed.emit(self.article)

    def refresh_tracking(self, article_id: str) -> None:
        store = self.store
        if store is not None and self.article is not None and self.article.id == article_id:
            self.ctx.runner.submit(store.get, article_id, on_result=self.update_tracking)

    def reload(self, article: object) -> None:
        """Show a newer version of the open article (a restored revision) without saving over it."""
        self._timer.stop()
        self._show(article)

    def _show(self, article: object) -> None:
        assert isinstance(article, Article)
        self._loading = True
        try:
            self.article = article
            self.editor.load_article(article)
            loader = getattr(self.metadata, "load_article", None)
            if callable(loader):
                loader(article)
        finally:
            self._loading = False
        self.article_opened.emit(article)
        self.drafts_changed.emit()

    # -- saving -------------------------------------------------------------------------------

    def _on_changed(self, *args: object) -> None:
        if self._loading or self.article is None:
            return
        if self.store is None:
            self._store_or_later(None)  # the first edit opens the store, well before the autosave is due
        self._timer.start()

    def current_article(self) -> Article | None:
        if self.article is None:
            return None
        fields: dict[str, Any] = {}
        for source in (self.editor, self.metadata):
            getter = getattr(source, "article_fields", None)
            if callable(getter):
                fields.update(getter())
        known = {k: v for k, v in fields.items() if hasattr(self.article, k)}
        self.article = self.article.copy(**known)
        return self.article

    def autosave_now(self) -> None:
        """Journal now (cheap, on this thread), write to the database on the runner."""
        self._timer.stop()
        store = self._store_or_later(self.autosave_now) if self.article is not None else self.store
        article = self.current_article()
        if store is None or article is None:
            return
        if store.autosave(article):
            self.article_changed.emit(article)
            self.ctx.runner.submit(store.flush, key="flush", on_result=lambda _r: self.drafts_changed.emit(),
                                   on_error=self._on_error)

    def save(self, note: str = "") -> None:
        """An explicit save (Ctrl+S): a revision kept forever."""
        self._timer.stop()
        store = self._store_or_later(lambda: self.save(note)) if self.article is not None else self.store
        article = self.current_article()
        if store is None or article is None:
            return
        store.queue_save(article, note)
        article_id = article.id

        def saved(_result: object) -> None:
            self.article_saved.emit(article_id)
            self.message.emit(translate("DocumentController", "Saved"))
            self.drafts_changed.emit()

        self.ctx.runner.submit(store.flush, on_result=saved, on_error=self._on_error)

    def commit_current(self) -> None:
        """Before switching drafts or closing: nothing typed may be left only in the widget."""
        if self.article is None or self.store is None:
            return
        self.autosave_now()

    def emergency_save(self) -> None:
        """From the crash handler: journal only, no database, no runner."""
        store, article = self._store_now(), None
        try:
            article = self.current_article()
        except Exception:  # a broken widget must not stop saving what we have
            article = self.article
        if store is not None and article is not None:
            store.autosave(article)

    def shutdown(self) -> None:
        """On quit: write everything, take the on-close backup, close the database."""
        self._timer.stop()
        self._maintenance.stop()
        store = self._store_now()
        if store is None:
            return
        article = self.current_article()
        if article is not None:
            store.queue_save(article)
        self.ctx.runner.wait()
        try:
            store.close()
        except Exception:  # the journal still holds the text
            log.exception("closing the draft store failed")
        self.ctx.services.pop("store", None)

    # -- recovery and maintenance ---------------------------------------------------------------

    def offer_recovery(self) -> None:
        store = self.store
        if store is None:
            return
        for message in store.report.messages:
            QMessageBox.warning(self.parent_widget, translate("DocumentController", "Draft store"),
                                message.render(translate))
        for recovered in store.recovered_drafts():
            title = recovered.title or translate("DocumentController", "(untitled)")
            answer = QMessageBox.question(
                self.parent_widget,
                translate("DocumentController", "Recover unsaved text?"),
                translate("DocumentController",
                   "Qalam stopped before “{title}” was saved. Keep the recovered text?").format(title=title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.ctx.runner.submit(store.accept_recovered, recovered.article_id,
                                       on_result=self._show, on_error=self._on_error)
            else:
                self.ctx.runner.submit(store.discard_recovered, recovered.article_id)

    def _run_maintenance(self) -> None:
        store = self.store
        if store is not None:
            self.ctx.runner.submit(store.maintenance, key="maintenance", on_error=self._on_error)

    def _on_error(self, exc: BaseException, tb: str) -> None:
        from editor_app.errors import QalamError

        if isinstance(exc, QalamError):
            text = exc.user_message.render(translate)
        else:
            log.error("draft store task failed: %s\n%s", exc, tb)
            text = translate(
                "DocumentController",
                "The draft could not be saved to the database; your text is kept in the recovery journal. "
                "Details are in the log.",
            )
        self.message.emit(text)
        QMessageBox.warning(self.parent_widget, translate("DocumentController", "Draft store"), text)
