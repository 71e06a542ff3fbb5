"""The pre-publish check panel: findings as you write, click to select the span, one click to fix.

The panel never touches the editor or the store itself. It runs :func:`run_checks` on the
task runner (keyed, so a newer article makes an older result stale) and talks through signals:

* ``locate_requested(finding)`` — select ``finding.span`` in the editor (see :func:`select_span`);
* ``fix_requested(finding)`` — apply ``finding.fix`` (see :func:`apply_fix_in_editor`; fields other
  than the body take :func:`editor_app.core.checks.apply_fix`).

The host connects those to its editor and calls :meth:`CheckPanel.set_article` when the text changes.
The findings are a model (:class:`editor_app.gui.check_model.FindingsModel`) shown in a tree view:
a new list is one model reset, and only the rows on screen are ever rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.article import Article
from editor_app.core.check_memory import CheckMemory, CheckOutcome, check_with_memory
from editor_app.core.checks import CheckContext, Finding, HouseRules, Severity
from editor_app.gui.check_model import FIX_COLUMN, TEXT_COLUMN, FindingsModel, Labels
from editor_app.gui.empty_state import EmptyState
from editor_app.gui.text_direction import TextDirectionDelegate
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.tasks import TaskRunner

TASK_KEY = "pre-publish-check"
RESIZE_SAMPLE = 40  # rows measured to size the Text and Fix columns


def select_span(widget: QTextEdit | QLineEdit | QPlainTextEdit, start: int, end: int) -> None:
    """Select plain-text offsets ``[start, end)`` in an editor (body, headline) or a line edit."""
    if isinstance(widget, QLineEdit):
        widget.setFocus()
        widget.setSelection(start, max(0, end - start))
        return
    doc = widget.document()
    last = max(0, doc.characterCount() - 1)
    cursor = QTextCursor(doc)
    cursor.setPosition(min(start, last))
    cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    widget.setFocus()


def _plain_slice(widget: QTextEdit | QPlainTextEdit, start: int, end: int) -> str:
    cursor = QTextCursor(widget.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    # QTextCursor gives U+2029 between blocks and keeps U+2028; the check's text uses "\n".
    return cursor.selectedText().replace("\u2029", "\n")


def apply_fix_in_editor(widget: QTextEdit | QLineEdit | QPlainTextEdit, finding: Finding) -> bool:
    """Apply a fix through the editor (one undo step, formatting kept); False when the text moved on."""
    fix = finding.fix
    if fix is None:
        return False
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if text[fix.start:fix.end] != fix.original:
            return False
        widget.setText(fix.apply(text))
        return True
    doc = widget.document()
    if fix.end > doc.characterCount() - 1 or _plain_slice(widget, fix.start, fix.end) != fix.original:
        return False
    cursor = QTextCursor(doc)
    cursor.setPosition(fix.start)
    cursor.setPosition(fix.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(fix.replacement)
    cursor.endEditBlock()
    return True


class CheckPanel(QWidget):
    """A list of findings for the open article, refreshed a moment after each change."""

    locate_requested = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    findings_changed = Signal(list)  # list[Finding]

    def __init__(
        self,
        runner: TaskRunner,
        house: HouseRules | None = None,
        context: Callable[[], CheckContext] | None = None,
        parent: QWidget | None = None,
        *,
        delay_ms: int = 400,
        memory: CheckMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkPanel")
        self.runner = runner
        self.memory = memory  # findings of unchanged drafts from earlier runs (core/check_memory.py)
        self.house = house if house is not None else HouseRules.default()
        self._context = context or CheckContext
        self._article: Article | None = None
        self._findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self._run(recall=True))

        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        bold = QFont(self.font())
        bold.setBold(True)
        labels = Labels(
            headers=(self.tr("Problem"), self.tr("Text"), self.tr("Fix")),
            severities={Severity.ERROR: self.tr("Error"), Severity.WARNING: self.tr("Warning"),
                        Severity.INFO: self.tr("Note")},
            click_to_fix=self.tr("Click to fix"),
        )
        self.model = FindingsModel(labels, bold, self)
        self.view = QTreeView(self)
        self.view.setObjectName("checkFindings")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # one row measured for all: rows are placed by arithmetic
        self.view.setModel(self.model)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIX_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # The "Text" column quotes the article: in its own direction (the messages are the interface's).
        self.view.setItemDelegate(TextDirectionDelegate(self.view, columns=(TEXT_COLUMN,)))
        # Fitting the columns to every row would render every row: a sample of rows does.
        header.setResizeContentsPrecision(RESIZE_SAMPLE)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)  # double-click, Enter
        self.view.selectionModel().currentChanged.connect(self._on_current)

        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setObjectName("checkFix")
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button = QPushButton(self.tr("Fix all like this"), self)
        self.fix_all_button.setObjectName("checkFixAll")
        self.fix_all_button.setEnabled(False)
        self.fix_all_button.clicked.connect(self.fix_all_like_current)
        self.recheck_button = QPushButton(self.tr("Check again"), self)
        self.recheck_button.clicked.connect(self.run_now)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        buttons.addWidget(self.recheck_button)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(buttons)
        results_layout.addWidget(self.view, 1)
        # With no draft open there is nothing to check: say so, rather than "no problems".
        self.empty = EmptyState(self.tr("Nothing to check"), self.tr("Open a draft to check it."), self)
        self.empty.setObjectName("checkEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(results)
        self.results = results
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show([])

    # --- running ----------------------------------------------------------------------------

    def set_article(self, article: Article | None, *, immediately: bool = False) -> None:
        """The article changed: check it again after a short pause (or now)."""
        self._article = article
        if article is None:
            self._timer.stop()
            self._show([])
            return
        if self.stack.currentWidget() is self.empty:
            self.stack.setCurrentWidget(self.results)
            self.summary.setText(self.tr("Checking…"))
        if immediately or self.runner.inline:
            self._run(recall=True)
        else:
            self._timer.start()

    def set_house_rules(self, house: HouseRules) -> None:
        self.house = house
        self.run_now()

    def run_now(self) -> None:
        """Check the article now ("Check again", new house rules…): always worked out, never remembered."""
        self._run(recall=False)

    def recheck(self) -> None:
        """Check again because what the check is given changed (the spelling answers came in): findings
        remembered for the new context count."""
        self._run(recall=True)

    def _run(self, *, recall: bool) -> None:
        self._timer.stop()
        article = self._article
        if article is None:
            return
        self.runner.submit(check_with_memory, article, self.house, self._context(), self.memory,
                           recall=recall, key=TASK_KEY, on_result=self._done, on_error=self._on_error)

    def _done(self, outcome: CheckOutcome) -> None:
        if self.memory is not None and outcome.key is not None and not outcome.recalled:
            self.memory.remember(outcome.draft_id, outcome.key, outcome.findings)
        self._show(outcome.findings)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def blocking(self) -> list[Finding]:
        """Findings of severity "error": the publish gate lists these."""
        return [f for f in self._findings if f.severity == Severity.ERROR]

    # --- showing ----------------------------------------------------------------------------

    def _show(self, findings: Any) -> None:
        self._findings = list(findings)
        # One reset: the view asks for the rows it shows (and a sample to size its columns).
        self.model.set_findings(self._findings)
        errors = sum(1 for f in self._findings if f.severity == Severity.ERROR)
        others = len(self._findings) - errors
        self.stack.setCurrentWidget(self.empty if self._article is None else self.results)
        if not self._findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(self.tr("{errors}, {others}").format(
                errors=self.tr("%n to fix before publishing", "", errors),
                others=self.tr("%n to review", "", others)))
        self.fix_button.setEnabled(False)
        self.fix_all_button.setEnabled(False)
        self.findings_changed.emit(self.findings())

    def _on_error(self, exc: BaseException, trace: str) -> None:
        del trace
        self.summary.setText(self.tr("The check failed: {error}").format(error=str(exc)))

    # --- interaction ------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex | QPersistentModelIndex, _previous: object = None) -> None:
        finding = self.model.finding(current)
        fixable = finding is not None and finding.fix is not None
        self.fix_button.setEnabled(fixable)
        self.fix_all_button.setEnabled(fixable)

    def _on_clicked(self, index: QModelIndex) -> None:
        finding = self.model.finding(index)
        if finding is None:
            return
        if index.column() == FIX_COLUMN and finding.fix is not None:
            self.fix_requested.emit(finding)
        else:
            self.locate_requested.emit(finding)

    def _on_activated(self, index: QModelIndex) -> None:
        finding = self.model.finding(index)
        if finding is not None:
            self.locate_requested.emit(finding)

    def current_finding(self) -> Finding | None:
        """The finding of the view's current row (the one the Fix buttons act on)."""
        return self.model.finding(self.view.currentIndex())

    def fix_all_like_current(self) -> None:
        """Ask for every fix of the selected finding's rule, last first, so earlier offsets stay valid."""
        current = self.current_finding()
        if current is None or current.fix is None:
            return
        same = [f for f in self._findings if f.rule == current.rule and f.fix is not None]
        for finding in sorted(same, key=lambda f: (f.span.field, f.fix.start if f.fix else 0), reverse=True):
            self.fix_requested.emit(finding)
        self.run_now()

    def fix_current(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)


class PublishGate(QDialog):
    """Before submit/publish: the findings that should block it, and "publish anyway" with a reason.

    ``exec()`` returns Accepted only once a reason is written; :meth:`reason` gives it (for the
    review notes). With no blocking findings the host skips the dialog.
    """

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishGate")
        self.setWindowTitle(self.tr("Problems before publishing"))
        blocking = [f for f in findings if f.severity == Severity.ERROR]
        label = QLabel(self.tr("Fix these before publishing, or give a reason to publish anyway:"), self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        for finding in blocking:
            self.list.addItem(finding.message.render(translate))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("publishGateReason")
        self.reason_edit.setPlaceholderText(self.tr("Reason for publishing anyway"))
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.anyway = self.buttons.addButton(self.tr("Publish anyway"), role.AcceptRole)
        self.buttons.addButton(self.tr("Go back and fix"), role.RejectRole)
        self.anyway.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.anyway.setEnabled(bool(self.reason_edit.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()

