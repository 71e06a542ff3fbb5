"""The open draft's life: open, new, autosave, save on switch/close/quit, recovery, and saving state.

Saving while someone types
    A pause of a second writes the draft (``store.flush`` on the runner). Someone who never pauses
    still has the text journalled at most ``JOURNAL_MAX_WAIT_MS`` after the first unsaved key, and
    the draft itself written at least every ``FLUSH_MAX_WAIT_MS``: a debounce that restarts on every
    key never fires otherwise. On the GUI thread each of these only takes a snapshot (the editor's
    HTML, cached per paragraph, and a field comparison in ``store.autosave``: 2–4 ms for 20,000
    words); the journal file and the database are written on the runner, in order. Revisions keep
    coalescing as before: the maximum wait touches the journal and the draft, not the history.

Stale copies
    Every write carries ``base``, the stored version the editor's text came from; the store keeps a
    stale copy as a revision instead of writing it over someone else's change (storage/saving.py),
    and ``conflict`` tells the window (gui/live_document.py shows the compare bar).

Failures
    A write that fails (full disk, I/O error) keeps the text in the editor and the store's queue,
    says so once (``save_failed``; the window shows a banner, never a box per retry) and is retried
    with a growing delay until it succeeds (``save_recovered``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor_app.core.article import TRACKING_FIELDS, Article
from editor_app.i18n import translate

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.gui.context import AppContext
    from editor_app.gui.early_journal import EarlyJournal
    from editor_app.storage.store import DraftStore, FlushResult

log = logging.getLogger(__name__)

AUTOSAVE_PAUSE_MS = 1000
JOURNAL_MAX_WAIT_MS = 1000  # + the next key and the runner's write: a kill loses ~1.2 s of typing at most
FLUSH_MAX_WAIT_MS = 30_000  # other windows and the command line see the text at least this often
MAINTENANCE_MS = 12 * 60 * 1000
RETRY_DELAYS_MS = (2000, 4000, 8000, 15_000, 30_000, 60_000)

# Saving states (``save_state``).
SAVED, SAVING, UNSAVED, FAILED, CONFLICT = "saved", "saving", "unsaved", "failed", "conflict"


class DocumentController(QObject):
    """Keeps the editor, the metadata panel and the draft store in step."""

    article_opened = Signal(object)  # Article
    article_changed = Signal(object)  # Article, after each autosave (the check panel follows it)
    tracking_changed = Signal(object)  # Article: its state or remote fields changed (published, submitted…)
    article_saved = Signal(str)  # article id
    drafts_changed = Signal()
    draft_saved = Signal(str)  # the open draft alone was written (its list row changes, no other)
    message = Signal(str)
    save_state = Signal(str, object)  # SAVED/SAVING/UNSAVED/FAILED/CONFLICT; last save (UTC) or None
    save_failed = Signal(object)  # the exception (a storage error: disk full…); retrying
    save_recovered = Signal()
    conflict = Signal(str, str)  # article id, stored content hash: changed elsewhere while edited here
    written = Signal(str)  # article id: this window's text reached the database

    def __init__(self, ctx: AppContext, editor: Any, metadata: Any, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.editor = editor
        self.metadata = metadata
        self.parent_widget = parent_widget
        self.article: Article | None = None
        self.base: str | None = None  # the stored version (content hash) the editor's text came from
        self.in_conflict = False  # set by the window while its compare bar is shown
        self.saved_at: datetime | None = None
        self._state = SAVED
        self._loading = False
        self._edits = 0  # changes made in the editor and the panel
        self._queued_edits = 0  # … up to the last snapshot handed to the store
        self._saved_edits = 0  # … up to the last snapshot known to be in the database
        self._last_flush = time.monotonic()
        self._unannounced = False  # a snapshot taken while typing that article_changed has not told yet
        self._announced_edits = 0  # … and the edits it told of last (or the opened text's)
        self._failing: BaseException | None = None
        self._retries = 0
        self._early: EarlyJournal | None = None  # the journal while the store is not open yet
        self._timer = self._single_shot(AUTOSAVE_PAUSE_MS, self.autosave_now)
        self._max_wait = self._single_shot(JOURNAL_MAX_WAIT_MS, self.journal_now)
        self._retry = self._single_shot(RETRY_DELAYS_MS[0], self._retry_flush)
        self._maintenance = QTimer(self)
        self._maintenance.setInterval(MAINTENANCE_MS)
        self._maintenance.timeout.connect(self._run_maintenance)
        self._maintenance.start()
        for source in (editor, metadata):
            signal = getattr(source, "changed", None)
            if signal is not None:
                signal.connect(self._on_changed)
        ctx.emergency_savers.append(self.emergency_save)

    def _single_shot(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def store(self) -> DraftStore | None:
        return self.ctx.services.get("store")

    def is_dirty(self) -> bool:
        """Edits not yet in the database (typed since the last write, or still being written)."""
        return self._edits != self._saved_edits

    # -- the store opened on demand (gui/store_gate.py) -------------------------------------------

    def _store_or_later(self, retry: Callable[[], None] | None) -> DraftStore | None:
        """The store, or None after asking for it: the window starts without it (gui/store_gate.py)."""
        store = self.store
        gate = self.ctx.services.get("store_gate")
        if store is None and gate is not None:
            gate.request(None if retry is None else lambda _store: retry())
        return store

    def _store_now(self) -> DraftStore | None:
        """Quitting with text typed while the store was still opening: open it right here."""
        gate = self.ctx.services.get("store_gate")
        if self.store is None and gate is not None and (gate.is_loading() or self.is_dirty()):
            try:
                gate.open_now()
            except Exception:  # the early journal keeps the text (see shutdown)
                log.exception("the draft store could not be opened to save on quit")
        return self.store

    def _journal_early(self, *, now: bool = False) -> None:
        """No store yet: the typed text goes to the recovery journal (gui/early_journal.py), on the runner
        (``now``: on this thread: quitting, crashing). Nothing typed waits for the store to be safe."""
        if self.article is None or not self.is_dirty():
            return
        if self._early is None:
            from editor_app.gui.early_journal import EarlyJournal

            self._early = EarlyJournal(self.ctx.paths.data_dir / "recovery")
        early = self._early
        article = self.current_article()
        if article is None:
            return
        snapshot, seq = early.snapshot(article)
        if now or self.ctx.runner.inline:
            early.write(snapshot, seq)
        else:
            self.ctx.runner.submit(early.write, snapshot, seq, on_error=self._on_save_error)

    def store_opened(self, _store: object) -> None:
        """The store takes over the journal (its autosaves replace the early journal's files)."""
        if self._early is not None:
            self._early.close()

    # -- opening ------------------------------------------------------------------------------

    def new_draft(self) -> None:
        store = self._store_or_later(self.new_draft)
        if store is None:
            return
        self.commit_current()
        language = "ar" if self.ctx.rtl else self.ctx.settings.value("editor/default_language", "ar")

        def create() -> tuple[Article, str]:
            article = store.create(Article(language=str(language)))
            return article, store.content_hash_of(article)

        self.ctx.runner.submit(create, on_result=self._show_loaded, on_error=self._on_error)

    def open(self, article_id: str) -> None:
        store = self._store_or_later(lambda: self.open(article_id))
        if store is None:
            return
        if self.article is not None and self.article.id == article_id:
            return
        self.commit_current()

        def load() -> tuple[Article, str]:
            article = store.get(store.resolve_id(article_id))
            return article, store.content_hash_of(article)

        self.ctx.runner.submit(load, on_result=self._show_loaded, on_error=self._on_error)

    def update_tracking(self, stored: object) -> None:
        """Publishing changed the open article's state or post fields: take those, keep the text as typed."""
        if not isinstance(stored, Article) or self.article is None or stored.id != self.article.id:
            return
        if all(getattr(stored, name) == getattr(self.article, name) for name in TRACKING_FIELDS):
            return  # nothing new (the store announces every write)
        self.article = self.article.copy(**{name: getattr(stored, name) for name in TRACKING_FIELDS})
        self.tracking_changed.emit(self.article)

    def refresh_tracking(self, article_id: str) -> None:
        store = self.store
        if store is not None and self.article is not None and self.article.id == article_id:
            self.ctx.runner.submit(store.get, article_id, on_result=self.update_tracking)

    def reload(self, article: object, base: str | None = None) -> None:
        """Show a newer version of the open article (a restored revision, the stored text after a change
        elsewhere) without saving over it; ``base``: its content hash (computed when not given)."""
        self._timer.stop()
        self._max_wait.stop()
        self._show(article, base)

    def _show_loaded(self, loaded: object) -> None:
        article, base = cast(tuple[Article, str], loaded)
        self._show(article, base)

    def _show(self, article: object, base: str | None = None) -> None:
        assert isinstance(article, Article)
        if base is None:
            from editor_app.storage.convert import content_hash

            base = content_hash(article)  # DraftStore.content_hash_of, without the store
        self._loading = True
        try:
            self.article = article
            self.base = base
            self.saved_at = article.updated_at  # "saved at" shows when this text reached the store
            self.in_conflict = False
            self._queued_edits = self._saved_edits = self._edits  # what is shown is what is stored
            self._announced_edits = self._edits  # article_opened tells of it
            self._unannounced = False
            self.editor.load_article(article)
            loader = getattr(self.metadata, "load_article", None)
            if callable(loader):
                loader(article)
        finally:
            self._loading = False
        self._set_state(SAVED if not self._failing else FAILED)
        log.info("showing draft %s", article.id)
        self.article_opened.emit(article)
        self.drafts_changed.emit()

    # -- saving -------------------------------------------------------------------------------

    def _on_changed(self, *args: object) -> None:
        if self._loading or self.article is None:
            return
        self._edits += 1
        if self.store is None:
            self._store_or_later(None)  # the first edit opens the store, well before the autosave is due
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        if self._state == SAVED:
            self._set_state(UNSAVED)

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

    def _snapshot(self, *, explicit: bool = False, note: str = "", announce: bool = True) -> bool:
        """*GUI thread*: hand the current text to the store's queue (no file or database work here).
        ``announce``: emit ``article_changed`` (the check panel re-checks); not while typing goes on."""
        store, article = self.store, self.current_article()
        if store is None or article is None:
            return False
        edits = self._edits
        if explicit:
            store.queue_save(article, note, base=self.base, journal=False)
            changed = True
            # Ctrl+S on a text already autosaved (and checked) is news to nobody: no second check of it.
            fresh = edits != self._announced_edits
        else:
            changed = fresh = store.autosave(article, base=self.base, journal=False)
        self._queued_edits = edits
        if announce and (fresh or self._unannounced):
            self._unannounced = False
            self._announced_edits = edits
            self.article_changed.emit(article)
        elif fresh:
            self._unannounced = True  # said at the next pause
        return changed

    def journal_now(self) -> None:
        """The maximum wait while typing: journal now (on the runner); now and then write the draft too."""
        store = self.store
        if self.article is None:
            return
        if store is None:
            self._journal_early()
            self._store_or_later(None)
            return
        if time.monotonic() - self._last_flush >= FLUSH_MAX_WAIT_MS / 1000:
            self.autosave_now()
            return
        if self._snapshot(announce=False):
            self.ctx.runner.submit(store.write_journal, on_error=self._on_save_error)

    def autosave_now(self) -> None:
        """After a pause (and before switching, checking, publishing): write the draft on the runner."""
        self._timer.stop()
        self._max_wait.stop()
        if self.article is None:
            return
        if self.store is None:
            if self.is_dirty():
                self._journal_early()
                self._store_or_later(self.autosave_now)
            return
        if self._edits != self._queued_edits or self._unannounced:
            # (Nothing typed since the last snapshot, a draft only read: no 20,000-word to_html() to see it.)
            self._snapshot()
        if self.is_dirty() or self.store.has_pending():
            self._flush()

    def save(self, note: str = "") -> None:
        """An explicit save (Ctrl+S): a revision kept forever. The GUI thread only takes the snapshot."""
        self._timer.stop()
        self._max_wait.stop()
        if self.article is None:
            return
        if self.store is None:
            self._journal_early()
            self._store_or_later(lambda: self.save(note))
            return
        if not self._snapshot(explicit=True, note=note) or self.article is None:
            return
        self._flush(explicit_id=self.article.id)

    def _flush(self, explicit_id: str | None = None) -> None:
        store = self.store
        if store is None:
            return
        edits = self._queued_edits
        self._last_flush = time.monotonic()
        if self._state != FAILED:
            self._set_state(SAVING)
        self.ctx.runner.submit(store.flush, on_error=self._on_save_error,
                               on_result=lambda result: self._flushed(result, edits, explicit_id))

    def _flushed(self, result: FlushResult, edits: int, explicit_id: str | None) -> None:
        from datetime import UTC, datetime  # (not needed before the window shows)

        self._saved_edits = max(self._saved_edits, edits)
        self.saved_at = datetime.now(UTC)
        if self._failing is not None:
            self._failing = None
            self._retries = 0
            self._retry.stop()
            self.save_recovered.emit()
        open_id = self.article.id if self.article is not None else None
        for found in getattr(result, "conflicts", []):
            if found.article_id == open_id:
                self.conflict.emit(found.article_id, found.stored_hash)
        if explicit_id is not None:
            self.article_saved.emit(explicit_id)  # the status bar's saving state says "Saved" and when
        if open_id is not None and not any(c.article_id == open_id for c in getattr(result, "conflicts", [])):
            self.written.emit(open_id)
        self._set_state(self._resting_state())
        written = set(result.autosaved) | {info.article_id for info in result.saved}
        if open_id is not None and written == {open_id} and not result.conflicts:
            self.draft_saved.emit(open_id)  # the usual save: one row of the list to read again
        else:
            self.drafts_changed.emit()

    def _resting_state(self) -> str:
        if self._failing is not None:
            return FAILED
        if self.in_conflict:
            return CONFLICT
        return UNSAVED if self.is_dirty() else SAVED

    def _set_state(self, state: str) -> None:
        self._state = state
        self.save_state.emit(state, self.saved_at)

    def set_conflict(self, on: bool) -> None:
        self.in_conflict = on
        self._set_state(self._resting_state())

    def _on_save_error(self, exc: BaseException, tb: str) -> None:
        """Keep the text, say so once, try again later (a full disk frees up; a lock goes away)."""
        from editor_app.storage.errors import StorageError, classify

        found = exc if isinstance(exc, StorageError) else classify(exc, self.ctx.paths.data_dir)
        if found is None:
            log.error("saving the draft failed: %s\n%s", exc, tb)
        first = self._failing is None
        self._failing = found or exc
        self._set_state(FAILED)
        if first:
            self.save_failed.emit(self._failing)
        delay = RETRY_DELAYS_MS[min(self._retries, len(RETRY_DELAYS_MS) - 1)]
        self._retries += 1
        self._retry.start(delay)

    def _retry_flush(self) -> None:
        if self.article is not None:
            self._snapshot()
        self._flush()

    def commit_current(self) -> None:
        """Before switching drafts or closing: nothing typed may be left only in the widget."""
        if self.article is None:
            return
        if self.store is None:
            self._journal_early()  # the store opens for what comes next; until then the journal has it
            return
        self.autosave_now()

    def emergency_save(self) -> None:
        """From the crash handler: journal only, no database, no runner (no store yet: the early journal)."""
        store, article = self.store, None
        if store is None:
            try:
                self._journal_early(now=True)
            except Exception:  # a broken widget: what the last snapshot holds is in the journal already
                log.exception("the emergency journal could not be written")
            return
        try:
            article = self.current_article()
        except Exception:  # a broken widget must not stop saving what we have
            article = self.article
        if store is not None and article is not None:
            store.autosave(article, base=self.base)
            store.write_journal()

    def may_close(self) -> bool:
        """Before quitting while saving fails: try once more, then let the writer decide."""
        store = self.store
        if self._failing is None or store is None:
            return True
        article = self.current_article()
        try:
            if article is not None:
                store.queue_save(article, base=self.base, journal=False)
            store.flush()
        except Exception as exc:  # still failing: the text would only be in this window
            log.warning("last save before quitting failed: %s", exc)
            from PySide6.QtWidgets import QMessageBox  # (dialogs' classes load when first shown)

            answer = QMessageBox.warning(
                self.parent_widget,
                translate("DocumentController", "Not saved"),
                translate("DocumentController",
                          "Your latest text could not be saved (the disk may be full). If you quit now, "
                          "it is lost. Free some space and keep Qalam open: it keeps trying."),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            return answer == QMessageBox.StandardButton.Discard
        self._failing = None
        return True

    def shutdown(self) -> None:
        """On quit: write everything, take the on-close backup, close the database."""
        for timer in (self._timer, self._max_wait, self._retry, self._maintenance):
            timer.stop()
        store = self._store_now()
        if store is None:
            self._journal_early(now=True)  # no store could be opened: the journal keeps the text
        if store is None:
            return
        article = self.current_article()
        if article is not None and (self.is_dirty() or store.has_pending()):
            store.queue_save(article, base=self.base, journal=False)
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
        from PySide6.QtWidgets import QMessageBox

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
            self.ctx.runner.submit(store.maintenance, key="maintenance", on_error=self._on_save_error,
                                   on_result=lambda _path: self._backup_note(store))

    def _backup_note(self, store: DraftStore) -> None:
        # A backup skipped because the disk has no room for it: say so (the work itself goes on).
        if store.backup_note is not None:
            self.message.emit(store.backup_note.render(translate))

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
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent_widget, translate("DocumentController", "Draft store"), text)
