"""Queued actions: taken locally first (the state machine decides, the store records), then queued in the
outbox so they work offline and go out when the site can be reached."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.outbox import OutboxItem
from editor_app.core.workflow import Action
from editor_app.publish.publisher import SCHEDULE_MARGIN
from editor_app.publish.workflow_base import ServiceBase
from editor_app.publish.workflow_model import (
    CRON_NOTE,
    NO_PLUGIN_WARNING,
    OUTBOX_PREFIX,
    ActionResult,
    iso_utc,
    outbox_action,
    workflow_error,
    workflow_message,
)
from editor_app.publish.workflow_store import SUBMITTED


class QueuedActions(ServiceBase):
    """submit, withdraw, unpublish, start_review, add_note, return_to_reporter, approve, publish_now,
    schedule: each recorded here at once, and queued for the site."""

    def _enqueue(self, article: Article, action: Action, payload: dict[str, Any] | None = None) -> OutboxItem:
        return self.store.drafts.enqueue(article.id, self.site.id, outbox_action(action), payload or {})

    def _note(self, article: Article, text: str, warnings: list[UserMessage]) -> None:
        text = text.strip()
        if not text:
            return
        self.store.add_note(article.id, self.site.username, text, self._clock())
        if not self.site.has_plugin:
            warnings.append(workflow_message(NO_PLUGIN_WARNING))

    def submit(self, article_id: str, note: str = "") -> ActionResult:
        """Reporter: send the draft for review (``pending``); it stays read-only until returned."""
        article = self._load(article_id)
        article.state = self._check(Action.SUBMIT, article)
        article.site_id = self.site.id
        if not article.author:
            article.author = self.site.username
        warnings: list[UserMessage] = []
        article = self.store.save_article(article, SUBMITTED, submitted_at=self._clock())
        self._note(article, note, warnings)
        return ActionResult(article, self._enqueue(article, Action.SUBMIT), warnings)

    def withdraw(self, article_id: str) -> ActionResult:
        """Reporter: take a submission back to edit it (a draft on the site again)."""
        article = self._load(article_id)
        article.state = self._check(Action.WITHDRAW, article)
        self.store.save_article(article)
        return ActionResult(article, self._enqueue(article, Action.WITHDRAW))

    def unpublish(self, article_id: str) -> ActionResult:
        """Editor (or an author, own article): take a published or scheduled post back to a draft."""
        article = self._load(article_id)
        article.state = self._check(Action.UNPUBLISH, article)
        article.scheduled_at = None
        self.store.save_article(article)
        return ActionResult(article, self._enqueue(article, Action.UNPUBLISH))

    def start_review(self, article_id: str) -> ActionResult:
        """Editor: mark the article as being reviewed (visible to others with the companion plugin)."""
        article = self._load(article_id)
        article.state = self._check(Action.START_REVIEW, article)
        self.store.save_article(article)
        item = self._enqueue(article, Action.START_REVIEW) if self.site.has_plugin else None
        return ActionResult(article, item)

    def add_note(self, article_id: str, text: str) -> ActionResult:
        """Anyone who may see the article: a review note (sent with the next action, or on its own)."""
        article = self._load(article_id)
        if not text.strip():
            raise workflow_error(QT_TRANSLATE_NOOP("Workflow", "The note is empty."))
        warnings: list[UserMessage] = []
        self._note(article, text, warnings)
        item = None
        if self.site.has_plugin and article.remote_id is not None:
            item = self.store.drafts.enqueue(article.id, self.site.id, OUTBOX_PREFIX + "note", {})
        return ActionResult(article, item, warnings)

    def return_to_reporter(self, article_id: str, note: str) -> ActionResult:
        """Editor: send the article back with notes (and with the editor's changes)."""
        article = self._load(article_id)
        if not note.strip():
            raise workflow_error(
                QT_TRANSLATE_NOOP("Workflow", "Say what the reporter should change: the note is empty.")
            )
        article.state = self._check(Action.RETURN, article)
        warnings: list[UserMessage] = []
        self.store.save_article(article)
        self._note(article, note, warnings)
        return ActionResult(article, self._enqueue(article, Action.RETURN), warnings)

    def approve(self, article_id: str) -> ActionResult:
        article = self._load(article_id)
        article.state = self._check(Action.APPROVE, article)
        self.store.save_article(article)
        return ActionResult(article, self._enqueue(article, Action.APPROVE))

    def publish_now(self, article_id: str) -> ActionResult:
        article = self._load(article_id)
        self._check(Action.PUBLISH, article)
        article.site_id = self.site.id
        article.scheduled_at = None
        self.store.save_article(article)
        return ActionResult(article, self._enqueue(article, Action.PUBLISH))

    def schedule(self, article_id: str, at: datetime) -> ActionResult:
        """Publish at ``at`` (aware; naive means the site's time zone). WordPress needs it > 60 s ahead."""
        article = self._load(article_id)
        if at.tzinfo is None:
            at = at.replace(tzinfo=self.timezone)
        at = at.astimezone(UTC)
        if at <= self._clock() + SCHEDULE_MARGIN:
            raise workflow_error(
                QT_TRANSLATE_NOOP(
                    "Workflow", "Choose a time at least a minute from now, or publish now instead."
                )
            )
        article.state = self._check(Action.SCHEDULE, article)
        article.site_id = self.site.id
        article.scheduled_at = at
        self.store.save_article(article)
        item = self._enqueue(article, Action.SCHEDULE, {"at": iso_utc(at)})
        return ActionResult(article, item, [workflow_message(CRON_NOTE)])
