"""The outbox: publishing actions queued while offline and replayed by the publisher."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from editor_app.core.i18n import UserMessage


class OutboxAction(StrEnum):
    PUBLISH = "publish"
    SUBMIT = "submit"
    UPDATE = "update"
    RETURN = "return"
    UNPUBLISH = "unpublish"


class OutboxState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CONFLICT = "conflict"


@dataclass
class OutboxItem:
    id: int
    article_id: str
    site_id: str
    action: str  # an OutboxAction value; kept as text so later actions need no migration
    payload: dict[str, Any] = field(default_factory=dict)
    state: OutboxState = OutboxState.QUEUED
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    result: dict[str, Any] | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def message_from_result(result: dict[str, Any] | None) -> UserMessage | None:
    """The translatable error message stored with an item (the GUI and CLI translate it)."""
    if not result or not isinstance(result.get("error"), dict):
        return None
    err = result["error"]
    count = err.get("count")  # a plural message keeps its count (it picks the form and fills %n)
    return UserMessage(
        str(err.get("context", "Publish")),
        str(err.get("text", "")),
        {str(k): str(v) for k, v in (err.get("args") or {}).items()},
        count=count if isinstance(count, int) else None,
    )
