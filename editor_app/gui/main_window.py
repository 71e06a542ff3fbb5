"""The main window: drafts on the side, the editor in the middle, metadata beside it, status below.

The window only arranges panels and routes named actions; the panels own their
behaviour, and data work goes through the task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from editor_app import APP_DISPLAY_NAME, __version__
from editor_app.gui import heap
from editor_app.gui.context import AppContext
from editor_app.gui.document_controller import DocumentController
from editor_app.gui.drafts_panel import DraftsPanel
from editor_app.gui.editor_area import EditorArea
from editor_app.gui.empty_state import EmptyState
from editor_app.gui.live_desk import install as install_live_desk
from editor_app.gui.locale_format import digits_setting, format_number
from editor_app.gui.metadata_panel import MetadataPanel
from editor_app.gui.newsroom import Newsroom
from editor_app.gui.status_bar import QalamStatusBar
from editor_app.gui.store_gate import StoreGate
from editor_app.gui.window_menus import build_menus
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.core.article import Article
    from editor_app.gui.check_panel import CheckPanel
    from editor_app.gui.file_actions import FileActions
    from editor_app.storage.quick_read import QuickReader

StdKey = QKeySequence.StandardKey
CHECK_POLL_MS = 10  # how often the first check looks whether the spelling pass is done (a cheap test)
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    store_ready = Signal(object)  # the DraftStore, once open
    # Made by gui/window_menus.py:
    format_menu: QMenu
    view_menu: QMenu
    site_menu: QMenu

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(self.tr("Qalam main window"))
        self.actions_by_name: dict[str, QAction] = {}
        self._painted = False
        self._after_first_paint: list[Callable[[], None]] = []
        self.installEventFilter(self)  # until the first paint (eventFilter)
        self.on_close: list[Callable[[], None]] = []

        self.editor_area = EditorArea(ctx, self)
        self.editor_area.setAccessibleName(self.tr("Editor"))
        self.setCentralWidget(self.editor_area)

        # QMainWindow does not mirror dock areas: put the drafts list on the reading "start" side.
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if ctx.rtl:
            start, end = end, start
        self.drafts_panel = DraftsPanel(ctx.services.get("store"), ctx.runner, self)
        self.drafts_dock = self._dock("draftsDock", self.tr("Drafts"), self.drafts_panel, start)
        self.metadata_panel = MetadataPanel(ctx, self)
        # Scrolls rather than forcing its full height on the window (laptops have 768-pixel screens).
        metadata_scroll = QScrollArea(self)
        metadata_scroll.setWidgetResizable(True)
        metadata_scroll.setFrameShape(QFrame.Shape.NoFrame)
        metadata_scroll.setWidget(self.metadata_panel)
        self.metadata_dock = self._dock("metadataDock", self.tr("Article details"), metadata_scroll, end)

        digits = digits_setting(ctx.settings, ctx.language)
        self.status = QalamStatusBar(self, lambda n: format_number(n, ctx.language, digits))
        self.setStatusBar(self.status)
        self.editor_area.stats_changed.connect(self._on_stats)
        # Paste cleaning and similar notes from the editor ("removed 3 invisible control characters").
        self.editor_area.status_message.connect(lambda text: self.status.showMessage(text, 8000))
        self.editor_area.attach_metadata_panel(self.metadata_panel)  # the slug suggestion follows the title

        self.documents = DocumentController(ctx, self.editor_area, self.metadata_panel, self)
        self.drafts_panel.draft_activated.connect(self.documents.open)
        self.drafts_panel.new_draft_requested.connect(self.documents.new_draft)
        self.documents.drafts_changed.connect(self.drafts_panel.refresh)
        self.documents.draft_saved.connect(self.drafts_panel.draft_saved)
        self.documents.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.documents.article_opened.connect(self._on_article_opened)
        self.documents.tracking_changed.connect(self.metadata_panel.show_post_link)

        # Built right after the first paint (see start()): their modules cost ~60 ms to import.
        self.files: FileActions | None = None
        self.check_panel: CheckPanel | None = None
        check_placeholder = EmptyState(
            self.tr("Nothing to check yet"), self.tr("Open a draft to check it."), self
        )
        # A full-width problems list under the text, as in an IDE: the findings and their fixes need room.
        self.check_dock = self._dock(
            "checkDock",
            self.tr("Check before publishing"),
            check_placeholder,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._build_menus()
        # The draft store opens on demand (gui/store_gate.py); until then the window reads with sqlite3.
        self.reader: QuickReader | None = None
        self._interactive = True
        self.store_gate = StoreGate(ctx, self)
        ctx.services["store_gate"] = self.store_gate
        self.store_gate.opened.connect(self._on_store_opened)
        self.store_gate.opened.connect(self.documents.store_opened)
        self.store_gate.failed.connect(self._on_store_failed)
        self.newsroom = Newsroom(self)
        self.live_desk = install_live_desk(self)  # store notifications, saving state, banners
        self.resize(1280, 800)
        self._restore_geometry()

    # -- construction -------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def add_action(
        self,
        menu: QMenu,
        name: str,
        text: str,
        shortcut: QKeySequence | StdKey | str | None = None,
        slot: Callable[[], object] | None = None,
        *,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, StdKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        build_menus(self)

    # -- behaviour ----------------------------------------------------------------------------

    def _on_stats(self, words: int, chars: int, minutes: int, spelling_errors: int) -> None:
        self.status.set_counts(words, chars, minutes)
        self.status.set_spelling(spelling_errors if spelling_errors >= 0 else None)

    def _choose_language(self, action: QAction) -> None:
        code = action.data()
        if code == self.ctx.language:
            return
        self.ctx.settings.setValue("ui/language", code)
        self.ctx.settings.sync()
        from PySide6.QtWidgets import QMessageBox  # (dialogs' classes load when first shown)

        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language takes effect the next time you start Qalam."),
        )

    def open_draft(self, draft_id: str) -> None:
        self.documents.open(draft_id)

    def start(self, *, interactive: bool = True, open_id: str | None = None) -> None:
        """Once the window is on screen: the open draft and the list from a light read, the store on demand.

        A store that needs care (a migration, text in the recovery journal, a full check due, no file
        yet, a read error) takes the full path instead: the store opens first, then the draft.
        """
        self._interactive = interactive
        if self._light_start(open_id):
            self._after_first_paint.append(self._open_store_if_wanted)
        else:

            def begin() -> None:
                self._build_late()
                self.store_gate.request(lambda _store: self.open_draft(open_id) if open_id else None)

            # Opening the store costs ~300 ms of imports: the first paint comes first.
            self._after_first_paint.append(begin)
        if self._painted or not self.isVisible():
            self._run_after_paint()
        else:
            QTimer.singleShot(1000, self._run_after_paint)

    def _light_start(self, open_id: str | None) -> bool:
        """Show the draft and the drafts list from plain sqlite3 reads (storage/quick_read.py), when the
        file needs nothing done; False when the full open must run first."""
        import sqlite3  # (with the reader: not before the window shows)

        from editor_app.errors import QalamError
        from editor_app.gui.drafts_panel import READ_TIMEOUT_S
        from editor_app.storage.quick_read import CarefulOpenNeeded, QuickReader

        try:
            reader = QuickReader.open(self.ctx.paths, search=False, timeout=READ_TIMEOUT_S)
        except QalamError as exc:  # locked, unreadable…: the store's own open says it in the user's words
            log.info("full start (%s)", exc)
            return False
        if reader is None:
            log.info("full start (the store needs its careful open)")
            return False
        article = None
        base = None
        if open_id:
            try:
                article = reader.get(reader.resolve_id(open_id))
            except (QalamError, CarefulOpenNeeded, sqlite3.Error) as exc:
                # No such draft, or damage: the store's full open says so in the user's language.
                log.info("full start (%s)", exc)
                reader.close()
                return False
            from editor_app.storage.convert import content_hash

            base = content_hash(article)  # the stored version this text is: stale-copy protection
        self.reader = reader
        self.store_gate.scan_journal = False  # the journal was empty: what it gets from now on is ours
        self.actions_by_name["sites"].setEnabled(True)
        self.actions_by_name["open_from_site"].setEnabled(True)
        if article is not None:
            self.documents.reload(article, base)  # shows it; the store loads on the first edit

        def list_drafts() -> None:  # after the first paint: the text comes first
            self.drafts_panel.set_reader(reader, self.store_gate.request)
            if article is not None:
                self.drafts_panel.select_id(article.id)
            self.live_desk.start_watching()  # changes made elsewhere show without the store too

        self._after_first_paint.append(list_drafts)
        if article is not None:
            # The check panel and file actions once the text is on screen, not competing with it.
            editor = self.editor_area.editor

            def text_shown() -> None:
                editor.loaded.disconnect(text_shown)
                self._build_late()

            editor.loaded.connect(text_shown)
        else:
            self._after_first_paint.append(self._build_late)
        return True

    def _open_store_if_wanted(self) -> None:
        """After the first paint: sites are configured (the outbox and the review desk need the store), or
        the search index must be prepared or brought up to date: the store opens after the text is shown."""
        reader = self.reader
        if reader is None:
            return
        try:
            wanted = bool(reader.list_sites()) or reader.search_index_status() is not None
        except Exception:  # the store's open reports what is wrong
            wanted = True
        if wanted:
            QTimer.singleShot(0, self.store_gate.request)

    def _build_late(self) -> None:
        """late(), with its modules (the checks, importers…) imported a few milliseconds at a time first."""
        from editor_app.gui.import_order import LATE
        from editor_app.gui.launch import forget_sources
        from editor_app.gui.stepwise import StepwiseImport

        def build() -> None:
            self.late()
            forget_sources()
            heap.keep_what_the_start_built()  # the start is over: its objects out of every collection

        StepwiseImport(LATE, build, self, inline=self.ctx.runner.inline).start()

    def _on_store_opened(self, store: object) -> None:
        heap.keep_what_the_start_built()  # SQLAlchemy's and the store's objects too
        for panel in (self.drafts_panel, self.metadata_panel, self.editor_area):
            setter = getattr(panel, "set_store", None)
            if callable(setter):
                setter(store)
        self.actions_by_name["sites"].setEnabled(True)
        self.actions_by_name["open_from_site"].setEnabled(True)
        self.store_ready.emit(store)
        from editor_app.gui.search_update import SearchUpdateIndicator  # shows itself only when needed

        self.search_update = SearchUpdateIndicator(self.ctx.runner, store, self.status)  # type: ignore[arg-type]
        if self._interactive:
            self.documents.offer_recovery()

    def _on_store_failed(self, exc: BaseException, tb: str) -> None:
        from editor_app.errors import QalamError

        if isinstance(exc, QalamError):
            text = exc.user_message.render(translate)
        else:
            log.error("the draft store could not be opened: %s\n%s", exc, tb)
            text = self.tr("The draft store could not be opened. Details are in the log.")
        self.status.showMessage(text)
        if self._interactive and self.store_gate.failures == 1:  # once: it is tried again by itself
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, self.tr("Draft store"), text)

    def after_first_paint(self, job: Callable[[], None]) -> None:
        """Run ``job`` once the window has been painted (at once if it has been)."""
        if self._painted or not self.isVisible():
            job()
        else:
            self._after_first_paint.append(job)

    def _run_after_paint(self) -> None:
        pending, self._after_first_paint = self._after_first_paint, []
        for job in pending:
            job()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the window until its first paint only: no Python call per event after that.
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._run_after_paint)
        return False

    def _edit_focused(self, name: str) -> None:
        widget = QApplication.focusWidget()
        method = getattr(widget, name, None)
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and callable(method):
            method()

    def late(self) -> FileActions:
        """Build what the first paint does not need: file actions (drag and drop) and the check panel."""
        if self.files is None:
            from editor_app.gui.check_dock import make_check_panel
            from editor_app.gui.file_actions import FileActions

            self.files = FileActions(self.ctx, self.documents, self)
            panel = make_check_panel(self.ctx, self.documents, self.editor_area, self.metadata_panel, self)
            self.check_panel = panel
            self.check_dock.setWidget(panel)
            if self.documents.article is not None:
                editor = self.editor_area.editor
                # The article as opened, unless it was edited since: no 20,000-word to_html() here.
                unchanged = editor.is_loading() or not editor.document().isModified()
                article = self.documents.article if unchanged else self.documents.current_article()
                if article is not None:
                    self._check_when_quiet(panel, article)
        return self.files

    def _check_when_quiet(self, panel: CheckPanel, article: Article) -> None:
        """The first check once the opened text is on screen and spell-checked.

        Both are Python work on the runner: run side by side they take turns with the GIL, and
        with the GUI thread, for longer than one after the other.
        """
        editor = self.editor_area.editor
        if self.ctx.runner.inline or (not editor.is_loading() and editor.spell.is_idle()):
            current = self.documents.article
            if current is not None and current.id == article.id:  # else opening the other one checks it
                panel.set_article(article, immediately=True)
            return
        QTimer.singleShot(CHECK_POLL_MS, self, lambda: self._check_when_quiet(panel, article))

    def show_check(self) -> None:
        self.late()
        assert self.check_panel is not None
        self.documents.autosave_now()
        self.check_dock.show()
        self.check_dock.raise_()
        self.check_panel.run_now()

    def show_sites(self) -> None:
        store = self.ctx.services.get("store")
        if store is None:
            self.store_gate.request(lambda _store: self.show_sites())
            return
        from editor_app.gui.sites_dialog import SitesDialog

        dialog = SitesDialog(store, self.ctx.runner, self)
        dialog.sites_changed.connect(self.drafts_panel.refresh)
        dialog.sites_changed.connect(self.newsroom.reload_sites)
        dialog.exec()

    def show_open_from_site(self) -> None:
        if self.ctx.services.get("store") is None:
            self.store_gate.request(lambda _store: self.show_open_from_site())
            return
        from editor_app.gui.site_posts_dialog import show_open_from_site

        show_open_from_site(self)

    def show_site_preview(self) -> None:
        if self.ctx.services.get("store") is None:
            self.store_gate.request(lambda _store: self.show_site_preview())
            return
        from editor_app.gui.site_preview import show_site_preview

        show_site_preview(self)

    def show_settings(self) -> None:
        from editor_app.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_history(self) -> None:
        store, article = self.ctx.services.get("store"), self.documents.article
        if article is None:
            return
        if store is None:
            self.store_gate.request(lambda _store: self.show_history())
            return
        self.documents.commit_current()
        from editor_app.gui.history_dialog import HistoryDialog

        dialog = HistoryDialog(store, self.ctx.runner, article.id, self)
        dialog.restored.connect(self.documents.reload)
        dialog.exec()

    def _on_article_opened(self, article: object) -> None:
        self.actions_by_name["save"].setEnabled(True)
        for name in ("history", "export", "print_preview", "check", "site_preview"):
            self.actions_by_name[name].setEnabled(True)
        title = getattr(article, "title", "") or self.tr("Untitled draft")
        self.setWindowTitle(f"{title} — {APP_DISPLAY_NAME}")

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from editor_app.paths import companion_plugin

        QMessageBox.about(
            self,
            self.tr("About Qalam"),
            self.tr("Qalam {version}\nAn offline-first editorial workstation for Arabic newsrooms.").format(
                version=__version__
            )
            + "\n\n"
            + self.tr("The WordPress companion plugin (copy it into wp-content/mu-plugins/ on the site):")
            + "\n"
            + str(companion_plugin()),
        )

    def _state_key(self) -> str:
        # Dock placement differs between Arabic and English, so each direction keeps its own layout.
        return "window/state-rtl" if self.ctx.rtl else "window/state-ltr"

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        state = self.ctx.settings.value(self._state_key())
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            # First start: the text gets the room; side panels keep to a comfortable width.
            self.resizeDocks([self.drafts_dock, self.metadata_dock], [300, 330], Qt.Orientation.Horizontal)
            self.resizeDocks([self.check_dock], [190], Qt.Orientation.Vertical)

    def save_geometry(self) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue(self._state_key(), self.saveState())
        self.ctx.settings.sync()

    def _close_reader(self) -> None:
        self.reader = None
        self.drafts_panel.close_reader()

    def _keep_cleaned_form(self) -> None:
        """The open draft's cleaned form, for the next start (core/clean_memory.py): only a long draft
        edited since it was opened needs work here (~15 ms for 20,000 words); one opened and left as it was
        was kept when it was cleaned."""
        editor = self.editor_area.editor
        folder = editor.cleaned_folder
        if folder is None or self.documents.article is None or editor.is_loading():
            return
        if not editor.document().isModified():  # (saving does not reset it: "edited since opened")
            return
        from editor_app.core.clean_memory import CleanMemory

        try:
            CleanMemory(folder).remember(editor.to_html(), editor.article_direction)
        except Exception:  # a cache: nothing the writer needs depends on it
            log.exception("keeping the cleaned form failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.may_close():  # saving fails (disk full) and the writer chose to stay
            event.ignore()
            return
        for hook in list(self.on_close):
            hook()
        self._close_reader()  # before the store closes: the store's connection is then the last one
        self.documents.shutdown()  # nothing typed may be lost on quit
        self.store_gate.close()
        self._close_reader()  # one made meanwhile (the store opened to save on quit)
        self.save_geometry()
        remember = getattr(self.ctx.services.get("spellchecker"), "remember", None)
        if callable(remember):
            remember()  # the dictionaries' new answers: the next start needs no dictionary for these words
        check_memory = self.ctx.services.get("check_memory")
        if check_memory is not None:
            check_memory.save()  # the last findings: reopening an unchanged draft needs no check
        self._keep_cleaned_form()
        super().closeEvent(event)
