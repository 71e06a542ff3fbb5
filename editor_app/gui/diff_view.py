"""The editor's changes against the submitted version, word by word, right to left.

Deleted words are struck through in red, inserted words underlined in green, each paragraph
in its own direction (an English paragraph in an Arabic article stays left to right). The
texts are compared as plain text (the body without its markup), as a reader sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from editor_app.core.arabic_text import paragraph_direction
from editor_app.core.diff import DiffOp, OpKind, diff_words, render_html
from editor_app.core.plain_text import html_to_text
from editor_app.gui.tasks import TaskRunner
from editor_app.publish.workflow_sync import WorkflowService


@dataclass(frozen=True)
class DiffResult:
    article_id: str
    ops: list[DiffOp]
    has_baseline: bool


def article_text(title: str, body_html: str) -> str:
    return f"{title}\n{html_to_text(body_html)}" if title else html_to_text(body_html)


def compute_diff(service: WorkflowService, article_id: str) -> DiffResult:
    """Submitted version → current version of the article (runs on the task runner)."""
    current = service.store.article(article_id)
    submitted = service.submitted_version(article_id)
    if current is None:
        return DiffResult(article_id, [], False)
    new = article_text(current.title, current.body_html)
    if submitted is None:
        return DiffResult(article_id, diff_words(new, new), False)
    return DiffResult(article_id, diff_words(article_text(submitted.title, submitted.body_html), new), True)


def _spaced(ops: list[DiffOp]) -> list[DiffOp]:
    """For display: a thin space between a deletion and the insertion that replaces it, so the two words
    do not run together (the ops themselves are left as they are)."""
    out: list[DiffOp] = []
    for op in ops:
        if (out and op.kind is OpKind.INSERT and out[-1].kind is OpKind.DELETE
                and not out[-1].text[-1:].isspace() and not op.text[:1].isspace()):
            out.append(DiffOp(OpKind.EQUAL, "\u2009"))
        out.append(op)
    return out


class DiffView(QWidget):
    """Shows :class:`DiffOp` runs; ``show_article`` loads them for an article through the runner."""

    loaded = Signal(str, int, int)  # article id, inserted words, deleted words

    def __init__(self, parent: QWidget | None = None, *, service: WorkflowService | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.service = service
        self.runner = runner
        self.article_id = ""
        self._ops: list[DiffOp] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Changes since submission"), self)
        self.heading.setObjectName("panelHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setAccessibleName(self.tr("Refresh the changes"))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Word-level changes"))
        self.browser.setOpenLinks(False)
        self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout.addWidget(self.browser, 1)
        legend = QLabel(self.tr("Struck through: removed by the editor. Underlined: added by the editor."),
                        self)
        legend.setObjectName("diffLegend")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.legend = legend

    # --- public API ----------------------------------------------------------------------------

    def set_ops(self, ops: list[DiffOp], direction: str | None = None) -> None:
        """Show these runs (deletions before insertions, in reading order), in the text's direction
        unless ``direction`` is given (an English article reads left to right in the Arabic interface)."""
        self._ops = list(ops)
        if direction is None:
            direction = paragraph_direction("".join(op.text for op in self._ops[:200]))
        self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                        else Qt.LayoutDirection.LeftToRight)
        self.browser.setHtml(render_html(_spaced(self._ops), direction))
        inserted = sum(len(op.text.split()) for op in self._ops if op.kind is OpKind.INSERT)
        deleted = sum(len(op.text.split()) for op in self._ops if op.kind is OpKind.DELETE)
        if inserted or deleted:
            self.summary.setText(self.tr("{added}, {removed}").format(
                added=self.tr("%n word(s) added", "", inserted), removed=self.tr("%n removed", "", deleted)))
        else:
            self.summary.setText(self.tr("No changes since submission"))
        self.loaded.emit(self.article_id, inserted, deleted)

    def set_texts(self, old: str, new: str, direction: str | None = None) -> None:
        self.set_ops(diff_words(old, new), direction)

    def ops(self) -> list[DiffOp]:
        return list(self._ops)

    def show_article(self, article_id: str) -> None:
        """Compare the article with its submitted version (on the runner)."""
        self.article_id = article_id
        self.reload()

    def reload(self) -> None:
        if not self.article_id or self.service is None or self.runner is None:
            return
        self.runner.submit(compute_diff, self.service, self.article_id, on_result=self._loaded,
                           on_error=self._failed, key="diff-view")

    def _loaded(self, result: DiffResult) -> None:
        if result.article_id != self.article_id:
            return
        self.set_ops(result.ops)
        if not result.has_baseline:
            self.summary.setText(self.tr("No submitted version to compare with"))

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.summary.setText(QCoreApplication.translate("DiffView", "The changes could not be shown."))
