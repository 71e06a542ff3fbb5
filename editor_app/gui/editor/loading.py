"""Loading an article into the editor (``RichTextEditor.load_html``), step by step.

1. After the editor's next paint, the HTML is cleaned on the task runner (Python on a worker takes turns with
   the GUI thread for the GIL, and the first paint of a window is the one that counts); a long draft
   reopened as it was saved has its blocks kept from last time (core/clean_memory.py).
2. The document is built on the GUI thread while it is not on screen (no layout yet: ~15 ms for 20,000
   words), ``SLICE_S`` per turn of the event loop.
3. When the spelling answers are ready (remembered, or the dictionaries in), its marks are found before it is
   shown, a slice at a time too, straight into the blocks' layout formats (``SpellController.mark_blocks``):
   no highlighter pass over every paragraph and no second layout of marked ones once it is shown.
4. It is shown; Qt lays it out in its own small steps.

A newer load makes an older one stop at its next step (the editor's load generation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock

from editor_app.core.clean_memory import CleanMemory
from editor_app.core.html_clean import Element, clean_blocks
from editor_app.gui.editor.document import ArticleDocument
from editor_app.gui.editor.html_io import SlicedBuild

if TYPE_CHECKING:
    from editor_app.gui.editor.widget import RichTextEditor

SLICE_S = 0.006  # building (or marking) a loading article, per turn of the event loop


def _blocks(memory: CleanMemory | None, markup: str, direction: str) -> list[Element]:
    """Task runner: the article's blocks; the site's block data stays with them (core/blocks.py)."""
    if memory is not None:
        return memory.blocks(markup, direction)
    return clean_blocks(markup, direction, keep_block_data=True).blocks


class ArticleLoad:
    """One ``load_html`` call, from the runner's cleaning to the document on screen."""

    def __init__(self, editor: RichTextEditor, markup: str, direction: str) -> None:
        self.editor = editor
        self.markup = markup
        self.direction = direction
        self.generation = editor._load_generation

    def start(self) -> None:
        """Hand the HTML to the runner to clean (the editor calls this after its next paint)."""
        if self._current():
            editor = self.editor
            folder = editor.cleaned_folder  # long drafts reopened as saved: core/clean_memory.py
            editor.runner.submit(
                _blocks, CleanMemory(folder) if folder is not None else None, self.markup, self.direction,
                on_result=self._ready, on_error=self._failed, key=f"load-{id(editor)}",
            )

    def _current(self) -> bool:
        return self.generation == self.editor._load_generation

    def _budget(self) -> float | None:
        return None if self.editor.runner.inline else SLICE_S

    def _ready(self, result: Any) -> None:
        if not self._current():
            return  # a newer article was asked for meanwhile
        editor = self.editor
        doc = ArticleDocument(editor.media, editor)
        editor._prepare_document(doc)  # fonts, direction, a highlighter (paused until the text is in)
        editor.spell.enabled = False
        self._next_slice(SlicedBuild(doc, result, self.direction))

    def _next_slice(self, build: SlicedBuild) -> None:
        editor = self.editor
        if not self._current():
            editor.spell.enabled = True
            return
        if build.step(self._budget()):
            QTimer.singleShot(0, editor, lambda: self._next_slice(build))
            return
        doc = build.doc
        assert isinstance(doc, ArticleDocument)
        if editor.spell.checker.is_ready:
            self._next_marks(doc, doc.begin())
            return
        editor.spell.enabled = True
        self._show(doc)  # marks follow from the runner once the answers are ready

    def _next_marks(self, doc: ArticleDocument, block: QTextBlock) -> None:
        editor = self.editor
        if not self._current():
            editor.spell.enabled = True
            return
        block = editor.spell.mark_blocks(doc, block, self._budget())
        if block.isValid():
            QTimer.singleShot(0, editor, lambda: self._next_marks(doc, block))
            return
        editor._premarked = doc
        self._show(doc)

    def _show(self, doc: ArticleDocument) -> None:
        self.editor._show_document(doc)  # Qt lays it out in its own small steps
        self.editor._loaded(doc)

    def _failed(self, exc: BaseException, tb: str) -> None:
        del tb
        if self._current():
            self.editor._load_failed(exc)
