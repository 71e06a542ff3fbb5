"""The editor area: the formatting toolbar, title and subtitle, and the article body.

What the main window uses:

* ``load_article(article)`` shows an article; ``article_fields()`` returns title,
  subtitle, body_html and direction for saving.
* ``changed`` fires on every edit of the title, subtitle or body (the document
  controller debounces it into an autosave a second after typing pauses);
  ``stats_changed(words, chars, minutes, spelling_errors)`` feeds the status bar
  (``spelling_errors`` is -1 while the dictionary loads); ``status_message(str)``
  carries one-off notes such as removed invisible characters on paste.
* ``attach_metadata_panel(panel)`` makes the panel's slug suggestion follow the title.
* ``named_actions`` holds named QActions (bold, find, paste_plain, zoom_in …) and
  ``fill_format_menu(menu)`` adds the formatting commands to a menu.
* Images go through a :class:`MediaSink`: ``ctx.services["media_sink"]`` if set, else
  ``set_store(store)`` (called by the main window once the draft store is open) wires a
  :class:`StoreMediaSink` that keeps them in the store's media table as ``qalam-media:ID``;
  before that they stay referenced as local files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from editor_app.core.article import Article, Direction
from editor_app.gui.editor.actions import FormatActions
from editor_app.gui.editor.media import FileMediaSink, MediaSink, StoreMediaSink
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.empty_state import EmptyState
from editor_app.gui.metadata_panel import TitleFields
from editor_app.gui.spell_setup import make_spellchecker
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import shortcut_text


class EditorArea(QStackedWidget):
    changed = Signal()
    stats_changed = Signal(int, int, int, int)
    status_message = Signal(str)
    title_changed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        runner = getattr(ctx, "runner", None)
        self.runner: TaskRunner = runner if isinstance(runner, TaskRunner) else TaskRunner(self)
        services = getattr(ctx, "services", {}) or {}
        media = services.get("media_sink")
        self.media: MediaSink = media if isinstance(media, MediaSink) else FileMediaSink()
        self._media_configured = isinstance(media, MediaSink)
        self.checker = make_spellchecker(ctx)
        self.article: Article | None = None
        self._loading = False

        self.empty = EmptyState(
            self.tr("Nothing open"),
            self.tr("Choose a draft from the list, or press {shortcut} for a new one.").format(
                shortcut=shortcut_text(QKeySequence.StandardKey.New)),
            self,
        )
        self.addWidget(self.empty)

        self.page = QWidget(self)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.editor = RichTextEditor(self.checker, self.runner, self.media, self.page)
        paths = getattr(ctx, "paths", None)
        if paths is not None:  # pasted pictures wait in the data folder, not in /tmp (emptied at boot)
            self.editor.paste_folder = Path(paths.data_dir) / "pasted"
            self.editor.cleaned_folder = Path(paths.data_dir) / "cache" / "cleaned"
        self.format_actions = FormatActions(self.editor, self)
        self.named_actions = self.format_actions.actions
        self.toolbar = self.format_actions.toolbar(self.page)
        self.titles = TitleFields(self.page)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.titles)
        layout.addWidget(self.editor, 1)
        self.addWidget(self.page)
        for action in self.format_actions.shortcut_actions():
            self.page.addAction(action)  # shortcuts work wherever focus is on the page

        self.editor.edited.connect(self._on_edit)
        self.titles.changed.connect(self._on_edit)
        self.titles.title_changed.connect(self.title_changed.emit)
        self.editor.stats_changed.connect(self.stats_changed.emit)
        self.editor.status_message.connect(self.status_message.emit)
        self._shown_once = False

    # -- the API the main window uses ---------------------------------------------------------

    def load_article(self, article: Article) -> None:
        self._loading = True
        try:
            self.article = article
            direction = (
                article.direction.value
                if isinstance(article.direction, Direction)
                else str(article.direction)
            )
            self.editor.article_id = article.id
            self.titles.set_direction(direction)
            self.titles.load(article.title, article.subtitle)
            self.editor.load_html(article.body_html, direction)
            self.setCurrentWidget(self.page)
        finally:
            self._loading = False
        if self._shown_once:
            self.editor.spell.ensure_loaded()

    def close_article(self) -> None:
        self.article = None
        self.setCurrentWidget(self.empty)

    def article_fields(self) -> dict[str, Any]:
        if self.article is None:
            return {}
        return {
            "title": self.titles.title.text().strip(),
            "subtitle": self.titles.subtitle.text().strip(),
            "body_html": self.editor.to_html(),
            "direction": Direction(self.editor.article_direction),
        }

    def attach_metadata_panel(self, panel: Any) -> None:
        """Let the panel's slug suggestion follow the title typed here."""
        setter = getattr(panel, "set_title", None)
        if callable(setter):
            self.title_changed.connect(setter)

    def fill_format_menu(self, menu: QMenu) -> None:
        self.format_actions.fill_menu(menu)

    def set_store(self, store: object) -> None:
        """The draft store is open: keep inserted images in its media table (through the runner)."""
        if self._media_configured:
            return
        if callable(getattr(store, "add_media", None)) and callable(getattr(store, "get_media", None)):
            self.set_media_sink(StoreMediaSink(store, self.runner))

    def set_media_sink(self, media: MediaSink) -> None:
        self.media = media
        self.editor.media = media
        self.editor.article_document.media = media

    # -- internals ----------------------------------------------------------------------------

    def _on_edit(self) -> None:
        if not self._loading and self.article is not None:
            self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # The Arabic dictionary takes ~260 ms to load: only after the window is on screen.
            # Tied to this widget: a test (or a window) may close it before the timer fires.
            QTimer.singleShot(0, self, lambda: self.editor.spell.ensure_loaded())
