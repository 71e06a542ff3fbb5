"""File → Import, Export, Print preview and drag-and-drop of files onto the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core.article import Article
from editor_app.errors import QalamError
from editor_app.gui.file_drop import FileDropFilter
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.core.importers import ImportResult
    from editor_app.core.media import MediaItem
    from editor_app.gui.context import AppContext
    from editor_app.gui.document_controller import DocumentController

log = logging.getLogger(__name__)


class FileActions(QObject):
    def __init__(self, ctx: AppContext, documents: DocumentController, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.documents = documents
        self.window = window
        self.drop_filter = FileDropFilter(window, self.import_paths)
        window.installEventFilter(self.drop_filter)

    # -- import --------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        from editor_app.gui.file_dialogs import open_file_names  # (loaded when first opened)

        names, _ = open_file_names(
            self.window,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.docx *.md *.markdown *.html *.htm *.txt);;All files (*)"),
        )
        self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        from editor_app.gui.import_dialog import import_with_dialog  # not before an import is asked for

        for path in paths:
            import_with_dialog(self.window, self.ctx.runner, path, self._store_import)

    def _later(self, then: Callable[[], object]) -> bool:
        """No store yet (the window started from plain reads): open it, then ``then()``; False when open."""
        if self.ctx.services.get("store") is not None:
            return False
        gate = self.ctx.services.get("store_gate")
        if gate is not None:
            gate.request(lambda _store: then())
        return True

    def _store_import(self, result: ImportResult) -> None:
        if self._later(lambda: self._store_import(result)):
            return
        store = self.ctx.services.get("store")
        from editor_app.core.importers import store_imports

        def created(articles: object) -> None:
            assert isinstance(articles, list)
            self.documents.drafts_changed.emit()
            if articles:
                self.documents.open(articles[0].id)

        self.ctx.runner.submit(store_imports, store, [result], on_result=created, on_error=self._failed)

    # -- export and print ----------------------------------------------------------------------

    def _media_lookup(self) -> Any:
        store = self.ctx.services.get("store")
        if store is None:
            return None

        def lookup(media_id: str) -> MediaItem | None:
            try:
                item: MediaItem = store.get_media(media_id)
                return item
            except QalamError:
                return None

        return lookup

    def export(self) -> None:
        from editor_app.gui.pdf_export import choose_export_path, export_article

        if self._later(self.export):  # the article's images come from the store
            return
        article = self.documents.current_article()
        if article is None:
            return
        chosen = choose_export_path(self.window, article)
        if chosen is None:
            return
        path, fmt = chosen

        def done(_result: object = None) -> None:
            self.documents.message.emit(translate("FileActions", "Exported to {path}").format(path=str(path)))

        if fmt == "pdf":
            # Qt's printing engine belongs to the GUI thread.
            try:
                export_article(article, path, fmt, media=self._media_lookup())
            except QalamError as exc:
                self._failed(exc, "")
                return
            done()
        else:
            self.ctx.runner.submit(
                export_article,
                article,
                path,
                fmt,
                media=self._media_lookup(),
                on_result=done,
                on_error=self._failed,
            )

    def print_preview(self) -> None:
        from editor_app.gui.pdf_export import print_preview

        if self._later(self.print_preview):
            return
        article = self.documents.current_article()
        if isinstance(article, Article):
            print_preview(article, self.window, media=self._media_lookup())

    def _failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, QalamError):
            text = exc.user_message.render(translate)
        else:
            log.error("file action failed: %s\n%s", exc, trace)
            text = translate("FileActions", "That did not work; nothing was changed. Details are in the log.")
        QMessageBox.warning(self.window, translate("FileActions", "Import and export"), text)
