"""The open draft follows the store: a change made elsewhere reaches the window, and nothing is lost.

When the store announces a write (gui/store_watcher.py), the open draft's stored version is
compared with the one the editor's text came from (``DocumentController.base``) and with the
window's own last write (storage/saving.py), so the window's own saves never reload anything.
A change made elsewhere is

* reloaded in place, cursor and scroll kept, when nothing is unsaved here;
* otherwise shown in a bar that offers to compare the two texts (the diff view), to keep this
  window's text or to take the other one. Both stay in the history whatever is chosen, and until
  then every save of this window's text goes into a revision of its own, never over the other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from editor_app.core.article import Article
from editor_app.gui.notice_bar import NoticeBar

if TYPE_CHECKING:
    from editor_app.gui.document_controller import DocumentController

log = logging.getLogger(__name__)


class LiveDocument(QObject):
    def __init__(self, documents: DocumentController, editor_area: Any, bar_parent: QWidget) -> None:
        super().__init__(documents)
        self.documents = documents
        self.ctx = documents.ctx
        self.editor_area = editor_area
        self.stored_hash: str | None = None  # the other writer's version, while the bar is shown
        self.bar = NoticeBar("conflictBar", "warning", bar_parent)
        self.bar.add_button("compareButton", self.tr("Compare…"), self.compare)
        self.bar.add_button("keepMineButton", self.tr("Keep my text"), self.keep_mine)
        self.bar.add_button("useTheirsButton", self.tr("Use the other version"), self.use_theirs)
        documents.conflict.connect(self._conflict)
        documents.article_opened.connect(lambda _article: self._clear())

    # -- noticing --------------------------------------------------------------------------------

    def check(self) -> None:
        """The store changed: did the open draft change elsewhere?"""
        store, article = self.documents.store, self.documents.article
        if store is None or article is None:
            return
        article_id, base = article.id, self.documents.base
        self.ctx.runner.submit(store.changed_elsewhere, article_id, base, key="live-check",
                               on_result=lambda stored: self._checked(article_id, base, stored))

    def _checked(self, article_id: str, base: str | None, stored: object) -> None:
        docs = self.documents
        if not isinstance(stored, str) or docs.article is None or docs.article.id != article_id:
            return
        if docs.base != base:
            return  # reloaded meanwhile
        if docs.in_conflict or docs.is_dirty() or self.editor_area.editor.is_loading():
            self._conflict(article_id, stored)
        else:
            self._reload(article_id)

    def _reload(self, article_id: str) -> None:
        store = self.documents.store
        if store is None:
            return
        self.ctx.runner.submit(store.stored_article, article_id, key="live-reload",
                               on_result=lambda loaded: self._reloaded(article_id, loaded))

    def _reloaded(self, article_id: str, loaded: object) -> None:
        docs = self.documents
        article, stored = cast(tuple[Article, str], loaded)
        if docs.article is None or docs.article.id != article_id:
            return
        if docs.is_dirty():  # typed while the stored text was read: keep both instead
            self._conflict(article_id, stored)
            return
        # Connected first: an inline runner (tests) shows the document before reload() returns.
        self.editor_area.editor.loaded.connect(_keep_view(self.editor_area))
        docs.reload(article, stored)

    # -- the compare bar -------------------------------------------------------------------------

    def _conflict(self, article_id: str, stored: str) -> None:
        docs = self.documents
        if docs.article is None or docs.article.id != article_id:
            return
        self.stored_hash = stored
        docs.set_conflict(True)
        self.bar.show_text(self.tr(
            "This draft was changed elsewhere (for example from the command line) while you were editing it. "
            "Both texts are kept. Compare them, then choose which one continues."))

    def _clear(self) -> None:
        self.stored_hash = None
        self.bar.hide()

    def keep_mine(self) -> None:
        """This window's text becomes the draft; the other version stays in the history."""
        docs = self.documents
        if self.stored_hash is None or docs.article is None:
            return
        docs.base = self.stored_hash
        self._clear()
        docs.set_conflict(False)
        docs.save()

    def use_theirs(self) -> None:
        """The other version becomes the text here; this window's text is kept as a revision first."""
        docs, store = self.documents, self.documents.store
        article = docs.current_article()
        if store is None or article is None:
            return
        old_base = docs.base

        def keep_then_read() -> tuple[Article, str]:
            store.queue_save(article, base=old_base, journal=False)  # a stale copy: kept beside, not over
            store.flush()
            return store.stored_article(article.id)

        def loaded(result: object) -> None:
            theirs, stored = cast(tuple[Article, str], result)
            self._clear()
            docs.reload(theirs, stored)

        self.ctx.runner.submit(keep_then_read, on_result=loaded, on_error=docs._on_save_error)

    def compare(self) -> None:
        docs, store = self.documents, self.documents.store
        article = docs.current_article()
        if store is None or article is None:
            return
        self.ctx.runner.submit(store.stored_article, article.id,
                               on_result=lambda result: self._show_compare(article, result))

    def _show_compare(self, mine: Article, result: object) -> None:
        from PySide6.QtWidgets import QDialogButtonBox  # (its class is built on first use, not at start)

        from editor_app.gui.diff_view import DiffView, article_text

        theirs, _stored = cast(tuple[Article, str], result)
        dialog = QDialog(self.editor_area)
        dialog.setObjectName("compareDialog")
        dialog.setWindowTitle(self.tr("Compare the two versions"))
        layout = QVBoxLayout(dialog)
        view = DiffView(dialog)
        view.heading.setText(self.tr("From the other version to your text"))
        view.legend.setText(
            self.tr("Struck through: only in the other version. Underlined: only in your text."))
        view.reload_button.hide()
        view.set_texts(article_text(theirs.title, theirs.body_html), article_text(mine.title, mine.body_html),
                       str(getattr(mine.direction, "value", mine.direction)))
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(dialog)
        keep = buttons.addButton(self.tr("Keep my text"), QDialogButtonBox.ButtonRole.AcceptRole)
        use = buttons.addButton(self.tr("Use the other version"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button, then in ((keep, self.keep_mine), (use, self.use_theirs)):
            button.clicked.connect(dialog.accept)
            button.clicked.connect(lambda _checked=False, then=then: then())
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(760, 520)
        self.dialog = dialog  # tests and screenshots reach it
        dialog.open()


def _keep_view(editor_area: Any) -> Any:
    """What puts the cursor and the scroll position back after the text is reloaded."""
    editor = editor_area.editor
    cursor = editor.textCursor()
    anchor, position = cursor.anchor(), cursor.position()
    scroll = editor.verticalScrollBar().value()
    had_focus = editor.hasFocus()

    def restore() -> None:
        try:
            editor.loaded.disconnect(restore)
        except (RuntimeError, TypeError):
            pass
        last = max(0, editor.document().characterCount() - 1)
        again = QTextCursor(editor.document())
        again.setPosition(min(anchor, last))
        again.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(again)
        editor.verticalScrollBar().setValue(scroll)
        if had_focus:
            editor.setFocus()

    return restore
