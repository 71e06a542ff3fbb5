"""The review notes panel: the notes on one article, a box to write one, and the workflow's actions.

Editors get "Add note", "Return to reporter", "Approve", "Publish now" and "Schedule…";
reporters get "Submit for review" (the box holds the optional note) and "Withdraw to edit".
A button shows only when the user's role can ever take that action; it is enabled only when
the action is allowed now, and its tooltip says why not (from the workflow state machine).
Every action runs on the task runner: the service records it and queues it in the outbox,
then the outbox tries to send it at once (it stays queued while offline).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.article import Article, WorkflowState
from editor_app.core.i18n import UserMessage
from editor_app.core.review import ReviewNote
from editor_app.core.workflow import ACTION_LABELS, STATE_LABELS, Action, decide
from editor_app.gui.locale_format import app_formatter
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import DIRECTION_TEXT_ROLE, TextDirectionDelegate, isolate
from editor_app.publish.workflow_sync import ActionResult, WorkflowService

# The actions this panel offers, in button order.
PANEL_ACTIONS = (
    Action.SUBMIT, Action.WITHDRAW, Action.RETURN, Action.APPROVE, Action.PUBLISH, Action.SCHEDULE,
)


@dataclass(frozen=True)
class NotesState:
    """What the panel shows for one article (loaded off the GUI thread)."""

    article: Article
    notes: list[ReviewNote]
    # action → (possible for this role at all, allowed now, why not)
    decisions: dict[Action, tuple[bool, bool, UserMessage | None]] = field(default_factory=dict)
    has_plugin: bool = True


def _tr(msg: UserMessage) -> str:
    return msg.render(QCoreApplication.translate)


def load_state(service: WorkflowService, article_id: str) -> NotesState:
    """The article, its notes and what the user may do with it (runs on the task runner)."""
    article = service.store.article(article_id)
    if article is None:
        from editor_app.errors import QalamError

        raise QalamError(UserMessage("Workflow", "No article with id {id}.", {"id": article_id}))
    actor, own = service.actor, service.is_own(article)
    decisions: dict[Action, tuple[bool, bool, UserMessage | None]] = {}
    for action in PANEL_ACTIONS:
        now = decide(action, article.state, actor, own=own)
        ever = any(decide(action, state, actor, own=own).allowed for state in WorkflowState)
        if action in (Action.SUBMIT, Action.WITHDRAW) and not own:
            ever = False  # an editor reviewing someone's article does not submit it
        decisions[action] = (ever, now.allowed, now.reason)
    return NotesState(article, service.notes(article_id), decisions, service.site.has_plugin)


class ReviewNotesPanel(QWidget):
    note_added = Signal(str)  # article id
    returned = Signal(str)  # article id, returned to its reporter (queued or sent)
    acted = Signal(str, str)  # article id, workflow action value ("submit", "approve", "publish", …)
    sent = Signal(str, str)  # article id, outbox item state ("done", "queued", "failed", "conflict", "local")
    schedule_requested = Signal(str)  # article id: the window opens the ScheduleDialog, then calls schedule()
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
        self.list.setItemDelegate(TextDirectionDelegate(self.list))
        layout.addWidget(self.list, 1)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.editor.setMaximumHeight(110)
        self.editor.textChanged.connect(self._update_buttons)
        layout.addWidget(self.editor)

        grid = QGridLayout()
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        self.buttons: dict[Action, QPushButton] = {}
        for action in PANEL_ACTIONS:
            label = QCoreApplication.translate("Workflow", ACTION_LABELS[action])
            if action is Action.SCHEDULE:
                label = self.tr("{action}…").format(action=label)
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.setObjectName(f"workflow_{action.value}")
            button.hide()
            self.buttons[action] = button
        self.return_button = self.buttons[Action.RETURN]
        self.buttons[Action.SUBMIT].clicked.connect(self.submit)
        self.buttons[Action.WITHDRAW].clicked.connect(self.withdraw)
        self.return_button.clicked.connect(self.return_to_reporter)
        self.buttons[Action.APPROVE].clicked.connect(self.approve)
        self.buttons[Action.PUBLISH].clicked.connect(self.publish_now)
        self.buttons[Action.SCHEDULE].clicked.connect(lambda: self.schedule_requested.emit(self.article_id))
        self._grid = grid
        layout.addLayout(grid)
        self.warning = QLabel(self)
        self.warning.setObjectName("notesWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        self._update_buttons()

    # --- public API ----------------------------------------------------------------------------

    def set_article(self, article_id: str) -> None:
        """Show this article's notes and actions (loaded on the runner); "" clears the panel."""
        self.article_id = article_id
        self.editor.clear()
        if not article_id:
            self._state = None
            self.list.clear()
            self.state_label.clear()
            self._update_buttons()
            return
        self.runner.submit(load_state, self.service, article_id, on_result=self._loaded,
                           on_error=self._failed, key="review-notes")

    def notes(self) -> list[ReviewNote]:
        return list(self._state.notes) if self._state else []

    def article(self) -> Article | None:
        return self._state.article if self._state else None

    def add_note(self) -> None:
        if self.editor.toPlainText().strip() and self.article_id:
            self._act(lambda a, text: self.service.add_note(a, text), "note", self.note_added)

    def return_to_reporter(self) -> None:
        if not self.editor.toPlainText().strip() or not self.article_id:
            self.message.emit(self.tr("Write what the reporter should change first."))
            return
        self._act(self.service.return_to_reporter, Action.RETURN.value, self.returned)

    def submit(self) -> None:
        """Reporter: submit for review; the note box, if filled, goes with it."""
        self._act(self.service.submit, Action.SUBMIT.value)

    def withdraw(self) -> None:
        self._act(lambda a, _text: self.service.withdraw(a), Action.WITHDRAW.value)

    def approve(self) -> None:
        self._act(lambda a, _text: self.service.approve(a), Action.APPROVE.value)

    def publish_now(self) -> None:
        self._act(lambda a, _text: self.service.publish_now(a), Action.PUBLISH.value)

    def schedule(self, when_utc: datetime) -> None:
        """Schedule the shown article (after the ScheduleDialog was accepted)."""
        self._act(lambda a, _text: self.service.schedule(a, when_utc), Action.SCHEDULE.value, keep_text=True)

    # --- plumbing ------------------------------------------------------------------------------

    def _loaded(self, state: NotesState) -> None:
        if state.article.id != self.article_id:
            return
        self._state = state
        self.list.clear()
        fmt = app_formatter()
        for note in state.notes:
            when = fmt.datetime(note.created_at.astimezone())
            where = "" if note.remote or state.has_plugin else self.tr(" (on this computer only)")
            item = QListWidgetItem(f"{isolate(note.author)} · {when}{where}\n{note.text}")
            item.setData(DIRECTION_TEXT_ROLE, note.text)  # the note reads in its own direction
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        state_name = QCoreApplication.translate("Workflow", STATE_LABELS[state.article.state])
        self.state_label.setText(self.tr("{title} — {state}").format(title=isolate(state.article.title),
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
        visible = [self.add_button]
        for action, button in self.buttons.items():
            none: tuple[bool, bool, UserMessage | None] = (False, False, None)
            ever, now, reason = state.decisions.get(action, none) if state else none
            button.setVisible(ever)
            if ever:
                visible.append(button)
            needs_text = action is Action.RETURN
            button.setEnabled(now and (has_text or not needs_text))
            if not now and reason is not None:
                button.setToolTip(_tr(reason))
            elif needs_text and not has_text:
                button.setToolTip(self.tr("Write what the reporter should change first."))
            else:
                button.setToolTip("")
        self.return_button.setToolTip(self.return_button.toolTip() or self.tr(
            "Send the article back to its reporter with your note"))
        for button in (self.add_button, *self.buttons.values()):
            self._grid.removeWidget(button)
        for index, button in enumerate(visible):  # no holes where a hidden action would be
            self._grid.addWidget(button, index // 3, index % 3)

    def _act(self, method: Callable[[str, str], ActionResult], action: str, done: Any = None, *,
             keep_text: bool = False) -> None:
        article_id, text = self.article_id, self.editor.toPlainText().strip()
        outbox = self.outbox

        def work() -> tuple[ActionResult, str]:
            result = method(article_id, text)
            state = "local" if result.item is None else "queued"
            if result.item is not None and outbox is not None:
                for outcome in outbox.process_due().outcomes:
                    if outcome.item.id == result.item.id:
                        state = outcome.item.state.value
            return result, state

        def finished(value: tuple[ActionResult, str]) -> None:
            result, state = value
            if not keep_text:
                self.editor.clear()
            for warning in dict.fromkeys(_tr(w) for w in result.warnings):
                self.message.emit(warning)
            if state == "queued":
                self.message.emit(self.tr("Queued: it will be sent when the site can be reached."))
            elif state in ("failed", "conflict"):
                self.message.emit(self.tr("Not sent: see the outbox for the reason."))
            if done is not None:
                done.emit(article_id)
            self.acted.emit(article_id, action)
            self.sent.emit(article_id, state)
            self.set_article(article_id)

        for button in (self.add_button, *self.buttons.values()):
            button.setEnabled(False)
        self.runner.submit(work, on_result=finished, on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        from editor_app.errors import QalamError

        text = _tr(exc.user_message) if isinstance(exc, QalamError) else self.tr(
            "Something went wrong; details are in the log.")
        self.message.emit(text)
        self._update_buttons()
