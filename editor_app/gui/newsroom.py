"""Publishing and the editorial workflow in the window: the outbox and its queue panel, the review desk,
Article → Submit / Publish / Sync with the pre-publish gate, and the reporter's read-only lock.

Everything that talks to the site goes through the outbox on the task runner; these are named
operations on the workflow service, never widget code calling HTTP.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDockWidget

from editor_app.core.article import Article
from editor_app.core.iri import readable_url
from editor_app.errors import QalamError
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.publish_queue import PublishQueue
    from editor_app.gui.review_inbox import ReviewDesk
    from editor_app.publish.workflow_sync import WorkflowOutbox, WorkflowService

log = logging.getLogger(__name__)
SITE_SETTING = "workflow/site"


def _make_outbox(store: Any) -> WorkflowOutbox:
    from editor_app.publish.workflow_sync import WorkflowOutbox

    # The one outbox of the app: it carries publishing and the workflow's actions alike.
    return WorkflowOutbox(store)


def _open_service(store: Any, site_name: str) -> WorkflowService:
    from editor_app.publish.workflow_sync import open_workflow

    return open_workflow(store, site_name)


class Newsroom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.outbox: WorkflowOutbox | None = None
        self.service: WorkflowService | None = None
        self.queue: PublishQueue | None = None
        self.desk: ReviewDesk | None = None
        self._outbox_asked = False
        window.store_ready.connect(self._on_store)
        window.documents.article_opened.connect(self._apply_lock)
        window.documents.tracking_changed.connect(self._apply_lock)
        # The editor builds a document off-thread and unlocks itself when it is shown: lock again then.
        loaded = getattr(getattr(window.editor_area, "editor", None), "loaded", None)
        if loaded is not None:
            loaded.connect(lambda: self._apply_lock(window.documents.article))

    # -- start-up ------------------------------------------------------------------------------

    def _on_store(self, store: object) -> None:
        # The outbox (and its HTTP client) only once there is a site to publish to: see _on_sites.
        self.reload_sites()

    def _ensure_outbox(self) -> None:
        store = self.ctx.services.get("store")
        if self.outbox is None and not self._outbox_asked and store is not None:
            self._outbox_asked = True
            self.ctx.runner.submit(_make_outbox, store, on_result=self._on_outbox, on_error=self._failed)

    def reload_sites(self) -> None:
        store = self.ctx.services.get("store")
        if store is not None:
            self.ctx.runner.submit(store.list_sites, on_result=self._on_sites, on_error=self._failed)

    def _on_outbox(self, outbox: object) -> None:
        from editor_app.gui.publish_queue import PublishQueue, connect_status_bar

        self.outbox = outbox  # type: ignore[assignment]
        self.ctx.services["outbox"] = outbox
        queue = PublishQueue(outbox, self.ctx.runner, self.window)  # type: ignore[arg-type]
        self.queue = queue
        dock = self.window._dock(
            "publishDock",
            translate("Newsroom", "Publishing queue"),
            queue,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.window.tabifyDockWidget(self.window.check_dock, dock)
        self.window.check_dock.raise_()
        self.window.view_menu.addAction(dock.toggleViewAction())
        connect_status_bar(queue, self.window.status)
        queue.item_done.connect(self._on_published)
        queue.start()
        self._maybe_desk()

    def _on_sites(self, sites: object) -> None:
        assert isinstance(sites, list)
        if not sites:
            self.window.status.set_online(None)
            return
        self._ensure_outbox()
        names = [site.name for site in sites]
        saved = self.ctx.settings.value(SITE_SETTING)
        chosen = saved if isinstance(saved, str) and saved in names else names[0]
        self._fill_site_menu(names, chosen)
        if self.service is not None and self.service.site.name == chosen:
            return  # already working with it
        store = self.ctx.services.get("store")
        self.ctx.runner.submit(
            _open_service, store, chosen, on_result=self._on_service, on_error=self._failed
        )

    def _fill_site_menu(self, names: list[str], chosen: str) -> None:
        menu = self.window.site_menu
        menu.clear()
        group = QActionGroup(menu)
        for name in names:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: self.choose_site(n))
        menu.setEnabled(len(names) > 1)

    def choose_site(self, name: str) -> None:
        """Work with another site: its review inbox, and where Submit and Publish go."""
        self.ctx.settings.setValue(SITE_SETTING, name)
        self.reload_sites()

    def _on_service(self, service: object) -> None:
        if self.service is not None and self.service is not service:
            self._drop_desk()  # the desk belongs to the previous site
        self.service = service  # type: ignore[assignment]
        set_site = getattr(self.window.metadata_panel, "set_site", None)
        if callable(set_site):
            set_site(getattr(service, "site", None))  # the pickers search this site's categories and tags
        for name in ("submit", "publish", "unpublish", "sync"):
            self.window.actions_by_name[name].setEnabled(True)
        self._maybe_desk()
        if self.window.documents.article is not None:
            self._apply_lock(self.window.documents.article)

    def _maybe_desk(self) -> None:
        if self.service is None or self.outbox is None or self.desk is not None:
            return
        from editor_app.gui.review_inbox import ReviewDesk

        desk = ReviewDesk(self.service, self.ctx.runner, self.outbox, self.window)
        self.desk = desk
        dock = self.window._dock(
            "reviewDock",
            translate("Newsroom", "Review"),
            desk,
            self.window.dockWidgetArea(self.window.drafts_dock),
        )
        self.window.tabifyDockWidget(self.window.drafts_dock, dock)
        self.window.drafts_dock.raise_()
        self.window.view_menu.addAction(dock.toggleViewAction())
        desk.article_opened.connect(self.window.documents.open)
        desk.message.connect(lambda text: self.window.status.showMessage(text, 8000))
        desk.synced.connect(self._on_synced)
        desk.refresh()

    def _drop_desk(self) -> None:
        dock = self.window.findChild(QDockWidget, "reviewDock")
        if dock is not None:
            self.window.view_menu.removeAction(dock.toggleViewAction())
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.desk = None

    # -- article actions -----------------------------------------------------------------------

    def _current(self) -> Article | None:
        self.window.documents.autosave_now()
        return self.window.documents.current_article()

    def _gate(self, article: Article) -> tuple[bool, str]:
        """The pre-publish check: True to go on, with the reason given for publishing anyway."""
        from editor_app.core.checks import run_checks
        from editor_app.core.checks.model import Severity
        from editor_app.gui.check_panel import PublishGate

        panel = self.window.check_panel
        house = panel.house if panel is not None else None
        context = panel._context() if panel is not None else None
        if context is not None:
            # This runs on the GUI thread: the site's terms are asked about next, on the task runner.
            context = dataclasses.replace(context, terms=None)
        findings = run_checks(article, house, context)
        if not any(f.severity == Severity.ERROR for f in findings):
            return True, ""
        gate = PublishGate(findings, self.window)
        if gate.exec() != gate.DialogCode.Accepted:
            self.window.show_check()
            return False, ""
        return True, gate.reason()

    def _ready(self) -> tuple[Article, WorkflowService, str] | None:
        """The open article, the service, and the reason given at the gate; None to stop."""
        article, service = self._current(), self.service
        if article is None or service is None:
            return None
        go, reason = self._gate(article)
        return (article, service, reason) if go else None

    def _with_terms(self, article: Article, service: WorkflowService, publishing: bool, go: Any) -> None:
        """Ask (on the task runner) which categories and tags the site lacks; create them only if the user
        agrees, and never send an article whose categories the user's role may not create."""
        from editor_app.gui.term_dialog import confirm_new_terms

        def decide(status: object) -> None:
            if confirm_new_terms(self.window, status, publishing=publishing):  # type: ignore[arg-type]
                go()

        self.ctx.runner.submit(service.term_status, article.id, on_result=decide, on_error=self._failed)

    def submit(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        article, service, reason = ready
        self._with_terms(article, service, False, lambda: self._submit(article, service, reason))

    def _submit(self, article: Article, service: WorkflowService, reason: str) -> None:
        from PySide6.QtWidgets import QInputDialog  # (dialogs' classes load when first shown)

        note, ok = QInputDialog.getMultiLineText(
            self.window,
            translate("Newsroom", "Submit for review"),
            translate("Newsroom", "A note for the editor (optional):"),
            reason,
        )
        if ok:
            self.ctx.runner.submit(
                service.submit, article.id, note.strip(), on_result=self._acted, on_error=self._failed
            )

    def publish(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        article, service, reason = ready
        self._with_terms(article, service, True, lambda: self._publish(article, service, reason))

    def _publish(self, article: Article, service: WorkflowService, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setWindowTitle(translate("Newsroom", "Publish"))
        box.setText(
            translate("Newsroom", "Publish “{title}” now, or choose a time?").format(
                title=article.title or translate("Newsroom", "(untitled)")
            )
        )
        now = box.addButton(translate("Newsroom", "Publish now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(translate("Newsroom", "Schedule…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if reason:
            self.ctx.runner.submit(
                service.add_note,
                article.id,
                translate("Newsroom", "Published despite the check: {reason}").format(reason=reason),
            )
        if clicked is now:
            self.ctx.runner.submit(
                service.publish_now, article.id, on_result=self._acted, on_error=self._failed
            )
        elif clicked is later:
            self.schedule(article, service)

    def unpublish(self) -> None:
        article, service = self._current(), self.service
        if article is None or service is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window,
            translate("Newsroom", "Unpublish"),
            translate("Newsroom", "Take “{title}” off the site? It becomes a draft there, and here.").format(
                title=article.title or translate("Newsroom", "(untitled)")
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.runner.submit(
                service.unpublish, article.id, on_result=self._acted, on_error=self._failed
            )

    def schedule(self, article: Article, service: WorkflowService) -> None:
        from editor_app.gui.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(service.timezone, service.site.timezone, self.window, title=article.title)
        if dialog.exec() == dialog.DialogCode.Accepted:
            when = dialog.chosen_utc()
            self.ctx.runner.submit(
                service.schedule, article.id, when, on_result=self._acted, on_error=self._failed
            )

    def sync(self) -> None:
        if self.desk is not None:
            self.desk.inbox.sync()
        elif self.queue is not None:
            self.queue.send_now()

    # -- results -------------------------------------------------------------------------------

    def _acted(self, result: object) -> None:
        article = getattr(result, "article", None)
        for warning in getattr(result, "warnings", []):
            self.window.status.showMessage(warning.render(translate), 10000)
        if self.queue is not None:
            self.queue.refresh()
            self.queue.process_due()
        if isinstance(article, Article):
            # The action changed the state; the text in the editor stays as it is (typing may go on).
            self.window.documents.update_tracking(article)
        self.window.drafts_panel.refresh()

    def _on_published(self, article_id: str, url: str) -> None:
        self.window.documents.refresh_tracking(article_id)
        if url:
            self.window.status.showMessage(
                translate("Newsroom", "Published: {url}").format(url=readable_url(url)), 15000
            )
        self.window.drafts_panel.refresh()

    def _on_synced(self, report: object) -> None:
        from editor_app.gui.site_preview import refresh_style_after_sync

        refresh_style_after_sync(self.window)  # the site's look for the preview, when the copy is old
        current = self.window.documents.article
        if current is not None and current.id in getattr(report, "updated", []):
            store = self.ctx.services.get("store")
            if store is not None:
                self.ctx.runner.submit(store.get, current.id, on_result=self.window.documents.reload)
        self.window.drafts_panel.refresh()

    def _apply_lock(self, article: object) -> None:
        """A reporter's submitted article is read-only until it comes back (or is withdrawn)."""
        if not isinstance(article, Article):
            return
        service = self.service
        locked = False
        if service is not None and not service.is_editor:
            from editor_app.core.workflow import is_editable_by_reporter  # with a site only: ~3 ms to import

            locked = not is_editable_by_reporter(article.state)
        editor = getattr(self.window.editor_area, "editor", None)
        loading = bool(editor is not None and getattr(editor, "is_loading", lambda: False)())
        if editor is not None and not loading:
            # While a document loads the editor keeps itself read-only; `loaded` brings us back here.
            editor.setReadOnly(locked)
        for field in (getattr(self.window.editor_area, "titles", None),):
            for name in ("title", "subtitle"):
                widget = getattr(field, name, None)
                if widget is not None:
                    widget.setReadOnly(locked)
        if locked:
            self.window.status.showMessage(
                translate(
                    "Newsroom",
                    "Submitted for review: read-only until the editor returns it (or you withdraw it).",
                )
            )

    def _failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, QalamError):
            text = exc.user_message.render(translate)
        else:
            log.error("newsroom task failed: %s\n%s", exc, trace)
            text = translate("Newsroom", "Something went wrong; nothing was lost. Details are in the log.")
        self.window.status.showMessage(text, 10000)
