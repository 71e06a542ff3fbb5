"""The article body editor: a right-to-left QTextEdit over an ArticleDocument.

What it adds to QTextEdit: per-paragraph direction (first strong character, or an
override), visual cursor movement, clean HTML in and out, paste cleaning, the spelling
overlay and its context menu, zoom, and debounced statistics.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QWidget

from editor_app.core.arabic_text import (
    RTL,
    CleanReport,
    TextStats,
    char_count,
    reading_minutes,
    word_count,
)
from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor import spell_menu
from editor_app.gui.editor.document import (
    DIR_OVERRIDE,
    FIGCAPTION,
    FIGURE,
    H2,
    H3,
    QUOTE,
    ArticleDocument,
    P,
    base_char_format,
    block_direction,
    block_format,
    block_kind,
    editor_font,
    lossy_marks,
    natural_direction,
    qt_direction,
)
from editor_app.gui.editor.media import MediaSink
from editor_app.gui.editor.spell import SpellController
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import ltr_shortcuts

if TYPE_CHECKING:
    from editor_app.core.html_clean import CleanResult
    from editor_app.gui.editor.html_cache import DocumentHtmlCache

# commands, tables, html_io and loading are imported where used: with core/blocks.py they cost
# ~20 ms to import, and the window is shown before the text goes in (gui/editor/loading.py).

STATS_DELAY_MS = 400
FIRST_PAINT_MS = 40  # a long article's first layout and paint
# A blank editor's (a load starts cleaning then: at start, right after the window's first paint). Qt paints
# ~5 ms after an update (the platform's update timer).
BLANK_PAINT_MS = 8
DEFAULT_POINT_SIZE = 15.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 9.0, 40.0


_FRAME_START, _FRAME_END = "\ufdd0", "\ufdd1"  # QTextBeginningOfFrame, QTextEndOfFrame


def _begin_load(editor: RichTextEditor, markup: str, direction: str, generation: int) -> None:
    """gui/editor/loading.py, imported after the first paint (with html_io.py), unless a newer article
    was asked for meanwhile."""
    from editor_app.gui.editor.loading import ArticleLoad

    if generation == editor._load_generation:
        ArticleLoad(editor, markup, direction).start()


def _html_clean() -> ModuleType:
    """The HTML cleaner, for pastes and a load in progress: not imported before the window shows (~3 ms)."""
    from editor_app.core import html_clean

    return html_clean


def _clean_copy(editor: RichTextEditor) -> QMimeData:
    """What Copy puts on the clipboard: the selection as clean HTML (and plain text), not Qt's styles."""
    from editor_app.gui.editor.html_write import document_to_html

    data = QMimeData()
    fragment = QTextDocumentFragment(editor.textCursor())
    scratch = ArticleDocument(editor.media)
    QTextCursor(scratch).insertFragment(fragment)
    data.setHtml(document_to_html(scratch, editor.article_direction))
    data.setText(fragment.toPlainText())
    scratch.deleteLater()
    return data


def _count_blocks(texts: list[str]) -> tuple[dict[str, tuple[int, int]], TextStats]:
    """Task runner: words and characters of each paragraph text, and the totals."""
    counts: dict[str, tuple[int, int]] = {}
    words = chars = 0
    for text in texts:
        counted = counts.get(text)
        if counted is None:
            counted = counts[text] = (word_count(text), char_count(text))
        words += counted[0]
        chars += counted[1]
    return counts, TextStats(words, chars, reading_minutes(words))


class RichTextEditor(QTextEdit):
    stats_changed = Signal(int, int, int, int)  # words, characters, minutes, spelling errors (-1: loading)
    status_message = Signal(str)
    edited = Signal()  # every change to the text (not debounced)
    loaded = Signal()  # a document asked for with load_html() is on screen

    def __init__(
        self,
        checker: SpellChecker,
        runner: TaskRunner,
        media: MediaSink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleBody")
        self.setAccessibleName(self.tr("Article text"))
        self.runner = runner
        self.media = media
        self.article_direction = RTL
        self.article_id: str | None = None  # for the media sink: which draft an image belongs to
        self.paste_folder: Path | None = None  # where pasted pictures wait for the store (see paste_image)
        self.cleaned_folder: Path | None = None  # long drafts' cleaned form, kept (core/clean_memory.py)
        self.point_size = DEFAULT_POINT_SIZE
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.spell = SpellController(checker, runner, self)
        self.spell.errors_changed.connect(self._on_spelling_errors)
        self._stats: tuple[int, int, int] = (0, 0, 0)
        self._block_counts: dict[str, tuple[int, int]] = {}  # paragraph text -> (words, characters)
        self._spelling_errors = -1
        self._dirty: tuple[int, int] | None = None
        self._pending: tuple[str, ...] | None = None  # (markup, direction[, its clean HTML])
        self._load_generation = 0
        self._applying = False
        self._warned: set[str] = set()  # the site data of blocks whose lossy edit was announced
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self.update_stats)
        self._direction_timer = QTimer(self)
        self._direction_timer.setSingleShot(True)
        self._direction_timer.setInterval(0)
        self._direction_timer.timeout.connect(self.apply_directions)
        self._html_cache: DocumentHtmlCache | None = None  # made when first needed (see html_cache)
        self._warm_on_edit: QTextDocument | None = None  # its records are read from the first edit on
        self._premarked: QTextDocument | None = None  # given its spelling marks before it was shown
        self._install_document(ArticleDocument(media, self))

    # -- document --------------------------------------------------------------------------

    @property
    def article_document(self) -> ArticleDocument:
        doc = self.document()
        assert isinstance(doc, ArticleDocument)
        return doc

    @property
    def html_cache(self) -> DocumentHtmlCache:
        """to_html() rebuilds only the paragraphs that changed with it; made for the document on screen when
        first needed, not with the editor (~4 ms of imports at start)."""
        cache = self._html_cache
        if cache is None:
            from editor_app.gui.editor.html_cache import DocumentHtmlCache

            cache = self._html_cache = DocumentHtmlCache()
            cache.attach(self.document())
        return cache

    def _install_document(self, doc: ArticleDocument) -> None:
        self._prepare_document(doc)
        self._show_document(doc)

    def _prepare_document(self, doc: ArticleDocument) -> None:
        """Fonts, direction and a spelling highlighter for a document that is not on screen yet."""
        doc.setParent(self)
        doc.setDefaultFont(editor_font(self.point_size))
        doc.set_article_direction(self.article_direction)
        self.spell.enabled = False
        try:
            self.spell.set_document(doc)
            self.spell.highlight_now()  # the new highlighter's queued full pass, as a no-op
        finally:
            self.spell.enabled = True

    def _show_document(self, doc: ArticleDocument) -> None:
        """Put the document on screen; spelling marks follow from the runner, a few blocks at a time.

        A document gets its layout here, and Qt then announces its whole text as changed, which runs the
        highlighter over every block (~40 ms for 20,000 words; 675 Python calls even when it does nothing):
        the layout is made with the document's signals blocked (its marks, if any, are on already, see
        :meth:`SpellController.mark_blocks`), and otherwise :meth:`SpellController.recheck_all` paints
        only the flagged blocks.
        """
        doc.blockSignals(True)  # (no view and no cache watches it yet; one with a layout announces nothing)
        try:
            doc.documentLayout()
        finally:
            doc.blockSignals(False)
        old = self.document()
        stale = old if isinstance(old, ArticleDocument) and old is not doc and old.parent() is self else None
        self.spell.enabled = False
        try:
            self.setDocument(doc)
        finally:
            self.spell.enabled = True
        self._watch_document(doc)
        if stale is not None:
            stale.deleteLater()  # QTextEdit only deletes the document it created itself

    def _watch_document(self, doc: QTextDocument) -> None:
        if doc is self._premarked:
            self._premarked = None
            self.spell.errors_changed.emit(self.spell.error_count())
        elif self.spell.checker.is_ready:
            self.spell.due = True
            self._after_first_paint(lambda: self.spell.recheck_all(fresh=True))
        if self._html_cache is not None:
            self._html_cache.attach(doc)  # (else made for whichever document is shown when first needed)
        # The writer's records of every block are read between events from the first edit on, rather than
        # all at the first autosave; a draft that is only read never needs them.
        self._warm_on_edit = doc
        doc.contentsChange.connect(self._on_contents_change)
        doc.contentsChanged.connect(self._on_contents_changed)

    def _warm_up_html(self) -> None:
        doc, self._warm_on_edit = self._warm_on_edit, None
        if doc is not None and doc is self.document():
            # Without waiting for an idle runner (the first edit opens the draft store there): the first
            # journal write, a second after the first key, should find them read.
            self.html_cache.warming = True
            QTimer.singleShot(0, doc, lambda: self.html_cache.warm_up(doc, self.article_direction))

    def _after_first_paint(self, work: Any, delay_ms: int = FIRST_PAINT_MS) -> None:
        """Start background work once the new text is painted.

        Python on a worker thread competes for the GIL with every virtual call of the first
        layout and paint, which made the first paint of a long article freeze for longer.
        """
        if self.runner.inline:
            work()
        else:
            QTimer.singleShot(delay_ms, self, work)

    def load_html(self, markup: str, direction: str = RTL) -> None:
        """Show ``markup`` (any HTML; cleaned on the way in), with an empty undo history.

        The HTML is cleaned on the task runner; the document is then built on this thread, off
        screen, a slice at a time, given its spelling marks and shown; Qt lays it out in small steps
        (gui/editor/loading.py).
        No step freezes the window for long. Until it is shown the editor is read-only and
        :meth:`to_html` returns the incoming article; ``loaded`` fires then.
        """
        self.article_direction = direction
        self._load_generation += 1
        self._pending = (markup, direction)
        self._warned.clear()
        self.setReadOnly(True)
        self.setLayoutDirection(qt_direction(direction))
        self._install_document(ArticleDocument(self.media, self))  # blank, so the old article is gone now

        generation = self._load_generation
        self._after_first_paint(lambda: _begin_load(self, markup, direction, generation), BLANK_PAINT_MS)

    def _loaded(self, doc: QTextDocument) -> None:
        """The article asked for with :meth:`load_html` is on screen (see gui/editor/loading.py)."""
        self._pending = None
        self._dirty = None  # the reader set every paragraph's direction already
        self._block_counts = {}  # a new text: counted on the runner first
        self._direction_timer.stop()
        self.setReadOnly(False)
        self.setTextCursor(QTextCursor(doc))
        self._after_first_paint(self.update_stats)  # counted on the runner
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._pending = None
        self.setReadOnly(False)
        self.status_message.emit(self.tr("The article could not be shown: {error}").format(error=str(exc)))

    def is_loading(self) -> bool:
        return self._pending is not None

    def to_html(self) -> str:
        if self._pending is not None:  # still being built: the incoming article, cleaned once
            if len(self._pending) == 2:
                markup, direction = self._pending
                # the stored body keeps its block data
                clean = _html_clean().clean_html(markup, direction, keep_block_data=True)
                self._pending = (markup, direction, clean)
            return self._pending[2]
        return self.html_cache.html(self.document(), self.article_direction)

    def plain_text(self) -> str:
        return self.document().toPlainText()

    # -- direction -------------------------------------------------------------------------

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        del removed
        if self._applying or self.spell.painting:
            return
        if self._warm_on_edit is not None:
            self._warm_up_html()
        self._warn_simplified(position, position + added)
        start, end = position, position + added
        if self._dirty is not None:
            start, end = min(start, self._dirty[0]), max(end, self._dirty[1])
        self._dirty = (start, end)
        self._direction_timer.start()

    def _on_contents_changed(self) -> None:
        if self.spell.painting:
            return  # new spelling marks are not an edit: no autosave, no recount
        self.edited.emit()
        self._stats_timer.start()

    def _warn_simplified(self, start: int, end: int) -> None:
        """Say so, once per block, when an edit touches a block from the site with formatting Qalam cannot
        keep (core/block_parse.py's ``lossy``): the edit would drop it when the article goes to the site."""
        doc = self.document()
        block = doc.findBlock(start)
        for _ in range(50):  # a big paste or replace-all: the first blocks are enough to say it
            if not block.isValid():
                return
            lost = lossy_marks(block)
            if lost and lost[0] not in self._warned:
                self._warned.add(lost[0])
                self.status_message.emit(
                    self.tr(
                        "This paragraph came from the site with formatting Qalam cannot keep ({tags}): "
                        "editing it drops that formatting when the article goes to the site. "
                        "Undo (Ctrl+Z) keeps the paragraph as it was."
                    ).format(tags=", ".join(lost[1]))
                )
                return
            if block.position() + block.length() > end:
                return
            block = block.next()

    def apply_directions(self) -> None:
        """Give each changed paragraph without an override the direction of its first strong character."""
        if self._dirty is None:
            return
        start, end = self._dirty
        self._dirty = None
        doc = self.document()
        if doc.isRedoAvailable():
            return  # right after an undo: the undone state already has its directions
        block = doc.findBlock(start)
        last = doc.findBlock(min(end, max(0, doc.characterCount() - 1)))
        changes = []
        while block.isValid():
            if not block.blockFormat().hasProperty(DIR_OVERRIDE):
                wanted = natural_direction(block, self.article_direction)
                if block_direction(block) != wanted:
                    changes.append((block, wanted))
            if block == last:
                break
            block = block.next()
        if not changes:
            return
        self._applying = True
        try:
            cursor = QTextCursor(doc)
            cursor.joinPreviousEditBlock()  # part of the edit that caused it: one undo step
            for block, wanted in changes:
                fmt = block.blockFormat()
                fmt.setLayoutDirection(qt_direction(wanted))
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
            cursor.endEditBlock()
        finally:
            self._applying = False

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        cursor = self.textCursor()
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and block_kind(cursor.block()) in (H2, H3, FIGCAPTION, FIGURE)
            and cursor.atBlockEnd()
            and not cursor.hasSelection()
        ):
            # After a heading, a caption or an image, the next paragraph is body text.
            cursor.beginEditBlock()
            cursor.insertBlock(block_format(P, direction=self.article_direction), base_char_format(P))
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            self.apply_directions()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and cursor.block().length() == 1
            and cursor.block().textList() is None
            and cursor.blockFormat().property(QUOTE)
        ):
            # Return on an empty line of a quote ends the quote, as in word processors.
            from editor_app.gui.editor import commands

            self.run(commands.toggle_quote)
            return
        if (
            key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and cursor.currentTable() is not None
        ):
            # From cell to cell in reading order (a right-to-left table's next cell is on its left).
            from editor_app.gui.editor import tables

            self.run(tables.move_to_cell, key == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)
        self.apply_directions()

    # -- paste -----------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            self.insert_clean(_html_clean().clean_paste(source.html(), self.article_direction))
        elif source.hasText():
            self.insert_clean(_html_clean().plain_text_to_blocks(source.text(), self.article_direction))
        elif source.hasImage():
            self.paste_image(source.imageData())
        else:
            super().insertFromMimeData(source)

    def paste_image(self, image: object) -> None:
        """A picture from the clipboard (a screenshot, an image copied in a browser) becomes a figure.

        Its file goes in ``paste_folder`` (the data folder's ``pasted/``, set by the window; a temporary
        folder otherwise) and is removed once the draft store keeps the image: until then the figure
        points at that file, which must outlive a restart (a temporary folder may be emptied at boot)."""
        from PySide6.QtGui import QImage  # (built on first use, not at start)

        if not isinstance(image, QImage) or image.isNull():
            return
        parent = self.paste_folder
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="qalam-paste-", dir=parent))
        path = folder / "pasted-image.png"
        if not image.save(str(path)):
            shutil.rmtree(folder, ignore_errors=True)
            return

        def kept(src: str) -> None:
            if not src.startswith("file:"):  # in the store now: the file was only the way in
                shutil.rmtree(folder, ignore_errors=True)

        self.insert_image_file(path, "", "", then=kept)

    def insert_image_file(self, path: Path, alt: str, caption: str,
                          then: Callable[[str], object] | None = None) -> None:
        """Hand the file to the media sink; the figure goes in when the sink says where it keeps it."""
        document = self.article_document

        def stored(src: str) -> None:
            if then is not None:
                then(src)
            if self.document() is document:  # still the same article
                from editor_app.gui.editor import commands

                self.run(commands.insert_figure, src, alt, caption, self.article_direction)

        document.media.store_image(path, alt, caption, self.article_id, stored)

    def paste_plain_text(self) -> None:
        text = QApplication.clipboard().text()
        if text:
            self.insert_clean(_html_clean().plain_text_to_blocks(text, self.article_direction))

    def insert_clean(self, result: CleanResult) -> None:
        from editor_app.gui.editor.html_io import insert_blocks

        cursor = self.textCursor()
        cursor.beginEditBlock()
        insert_blocks(cursor, result.blocks, self.article_direction)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.apply_directions()
        self.report_cleaning(result.report)

    def report_cleaning(self, report: CleanReport) -> None:
        if report:
            self.status_message.emit(
                self.tr("Removed %n invisible control character(s) from the pasted text ({names}).", "",
                        report.total).format(names=report.summary())
            )

    def createMimeDataFromSelection(self) -> QMimeData:
        return _clean_copy(self)

    # -- spelling menu (spell_menu.py) ----------------------------------------------------

    def word_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        return spell_menu.word_at(cursor)

    def spelling_actions(self, cursor: QTextCursor, parent: QMenu) -> list[QAction]:
        return spell_menu.spelling_actions(self, cursor, parent)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        spell_menu.add_spelling_actions(
            menu, self.spelling_actions(self.cursorForPosition(event.pos()), menu)
        )
        ltr_shortcuts(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- zoom and fonts --------------------------------------------------------------------

    def set_point_size(self, size: float) -> None:
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.document().setDefaultFont(editor_font(self.point_size))

    def zoom_in(self) -> None:
        self.set_point_size(self.point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self.point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    # -- statistics ------------------------------------------------------------------------

    def update_stats(self) -> None:
        """Words and characters, counted per paragraph: only paragraphs whose text changed are counted again.

        A new document is counted on the runner (~50 ms for 20,000 words); after that a pause in
        typing recounts the one or two edited paragraphs here, from the per-paragraph cache.
        """
        self._stats_timer.stop()
        doc = self.document()
        if not self._block_counts:
            # The blocks' texts, as QTextBlock.text() gives them: the raw text also has a mark where each
            # table (frame) begins and ends, no character of the article (replace(): translate() took 7 ms).
            raw = doc.toRawText().replace(_FRAME_START, "\u2029").replace(_FRAME_END, "\u2029")
            texts = raw.split("\u2029")
            self.runner.submit(_count_blocks, texts, on_result=self._on_block_counts, key=f"stats-{id(self)}")
            return
        cache = self._block_counts
        fresh: dict[str, tuple[int, int]] = {}
        words = chars = 0
        block = doc.begin()
        while block.isValid():
            text = block.text()
            counted = cache.get(text) or fresh.get(text) or (word_count(text), char_count(text))
            fresh[text] = counted
            words += counted[0]
            chars += counted[1]
            block = block.next()
        self._block_counts = fresh
        self._on_stats(TextStats(words, chars, reading_minutes(words)))

    def _on_block_counts(self, result: Any) -> None:
        counts, stats = result
        self._block_counts = counts
        self._on_stats(stats)

    def _on_stats(self, stats: Any) -> None:
        self._stats = (stats.words, stats.chars, stats.minutes)
        self._spelling_errors = self.spell.error_count()
        self.stats_changed.emit(*self._stats, self._spelling_errors)

    def _on_spelling_errors(self, errors: int) -> None:
        self._spelling_errors = errors
        self.stats_changed.emit(*self._stats, errors)

    def current_stats(self) -> tuple[int, int, int, int]:
        return (*self._stats, self._spelling_errors)

    # -- commands (each one undo step; see commands.py) ------------------------------------

    def run(self, command: Any, *args: Any) -> None:
        cursor = self.textCursor()
        command(cursor, *args)
        self.setTextCursor(cursor)
        self.apply_directions()

    def toggle_direction(self) -> None:
        from editor_app.gui.editor import commands

        self.run(commands.toggle_direction, self.article_direction)
