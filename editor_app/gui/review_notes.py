"""The review notes panel: the notes on one article, a box to add one, and "Return to reporter".

Only the actions the user may take are enabled; a disabled button's tooltip says why (from
the workflow state machine). Every action runs on the task runner: the service records it and
queues it in the outbox, then the outbox tries to send it at once (it stays queued offline).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.article import Article
from editor_app.core.i18n import UserMessage
from editor_app.core.review import ReviewNote
from editor_app.core.workflow import STATE_LABELS, Action, decide
from editor_app.gui.tasks import TaskRunner
from editor_app.publish.workflow_sync import ActionResult, WorkflowService


@dataclass(frozen=True)
class NotesState:
    """What the panel shows for one article (loaded off the GUI thread)."""

    article: Article
    notes: list[ReviewNote]
    can_return: tuple[bool, UserMessage | None]
    can_note: bool
    has_plugin: bool


def _tr(msg: UserMessage) -> str:
    return msg.render(QCoreApplication.translate)


class ReviewNotesPanel(QWidget):
    note_added = Signal(str)  # article id
    returned = Signal(str)  # article id, returned to its reporter (queued or sent)
    sent = Signal(str, str)  # article id, outbox item state ("done", "queued", "failed", "conflict")
    message = Signal(str)  # a translated warning or error for the status bar

    def __init__(self, service: WorkflowService, runner: TaskRunner, outbox: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewNotes")
        self.service = service
        self.runner = runner
        self.outbox = outbox
        self.article_id = ""
        self._state: NotesState | None = None

        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Review notes"), self)
        self.heading.setObjectName("panelHeading")
        layout.addWidget(self.heading)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Review notes"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Write a note for the reporter…"))
        self.editor.setMaximumHeight(110)
        self.editor.textChanged.connect(self._update_buttons)
        layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        self.return_button = QPushButton(self.tr("Return to reporter"), self)
        self.return_button.setAccessibleName(self.tr("Return to reporter"))
        self.return_button.clicked.connect(self.return_to_reporter)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.warning = QLabel(self)
        self.warning.setObjectName("notesWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        self._update_buttons()

    # --- public API ----------------------------------------------------------------------------

    def set_article(self, article_id: str) -> None:
        """Show the notes of this article (loaded on the runner)."""
        self.article_id = article_id
        self.editor.clear()
        if not article_id:
            self._state = None
            self.list.clear()
            self._update_buttons()
            return
        self.runner.submit(self._load, article_id, on_result=self._loaded, on_error=self._failed,
                           key="review-notes")

    def notes(self) -> list[ReviewNote]:
        return list(self._state.notes) if self._state else []

    def add_note(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or not self.article_id:
            return
        self._act(self.service.add_note, self.note_added)

    def return_to_reporter(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or not self.article_id:
            self.message.emit(self.tr("Write what the reporter should change first."))
            return
        self._act(self.service.return_to_reporter, self.returned)

    # --- plumbing ------------------------------------------------------------------------------

    def _load(self, article_id: str) -> NotesState:
        article = self.service.store.article(article_id)
        if article is None:
            from editor_app.errors import QalamError

            raise QalamError(UserMessage("Workflow", "No article with id {id}.", {"id": article_id}))
        decision = decide(Action.RETURN, article.state, self.service.actor, own=self.service.is_own(article))
        return NotesState(article, self.service.notes(article_id), (decision.allowed, decision.reason),
                          True, self.service.site.has_plugin)

    def _loaded(self, state: NotesState) -> None:
        if state.article.id != self.article_id:
            return
        self._state = state
        self.list.clear()
        for note in state.notes:
            when = note.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            where = "" if note.remote or state.has_plugin else self.tr(" (on this computer only)")
            item = QListWidgetItem(f"{note.author} · {when}{where}\n{note.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        state_name = QCoreApplication.translate("Workflow", STATE_LABELS[state.article.state])
        self.state_label.setText(self.tr("{title} — {state}").format(title=state.article.title,
                                                                       state=state_name))
        if not state.has_plugin:
            from editor_app.publish.workflow_sync import NO_PLUGIN_WARNING

            self.warning.setText(QCoreApplication.translate("Workflow", NO_PLUGIN_WARNING))
            self.warning.show()
        else:
            self.warning.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self.editor.toPlainText().strip())
        state = self._state
        self.add_button.setEnabled(bool(state) and has_text)
        allowed, reason = state.can_return if state else (False, None)
        self.return_button.setEnabled(allowed and has_text)
        if not allowed and reason is not None:
            self.return_button.setToolTip(_tr(reason))
        elif allowed and not has_text:
            self.return_button.setToolTip(self.tr("Write what the reporter should change first."))
        else:
            self.return_button.setToolTip(self.tr("Send the article back to its reporter with your note"))

    def _act(self, method: Callable[[str, str], ActionResult], done: Any) -> None:
        article_id, text = self.article_id, self.editor.toPlainText().strip()
        outbox = self.outbox

        def work() -> tuple[ActionResult, str]:
            result = method(article_id, text)
            state = "queued"
            if result.item is not None and outbox is not None:
                for outcome in outbox.process_due().outcomes:
                    if outcome.item.id == result.item.id:
                        state = outcome.item.state.value
            elif result.item is None:
                state = "local"
            return result, state

        def finished(value: tuple[ActionResult, str]) -> None:
            result, state = value
            self.editor.clear()
            for warning in dict.fromkeys(_tr(w) for w in result.warnings):
                self.message.emit(warning)
            if state == "queued":
                self.message.emit(self.tr("Queued: it will be sent when the site can be reached."))
            done.emit(article_id)
            self.sent.emit(article_id, state)
            self.set_article(article_id)

        self.add_button.setEnabled(False)
        self.return_button.setEnabled(False)
        self.runner.submit(work, on_result=finished, on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        from editor_app.errors import QalamError

        text = _tr(exc.user_message) if isinstance(exc, QalamError) else self.tr(
            "Something went wrong; details are in the log.")
        self.message.emit(text)
        self._update_buttons()
