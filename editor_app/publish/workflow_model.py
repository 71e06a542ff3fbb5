"""What the editorial workflow carries and shows: its constants and messages, review notes as they
travel in the companion plugin's meta, the site's time zone, and the records the UI lists.

No I/O here: the service (publish/workflow_sync.py) and its parts use these.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor_app.core.article import Article, WorkflowState
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.outbox import OutboxItem
from editor_app.core.review import ReviewNote
from editor_app.core.site import Site
from editor_app.core.workflow import Action
from editor_app.errors import QalamError
from editor_app.publish.inbox_view import REVIEW_STATES, InboxItem, iso_utc
from editor_app.publish.wordpress import COMPANION_META, RemotePost, WordPressClient

log = logging.getLogger(__name__)

__all__ = ["REVIEW_STATES", "InboxItem", "iso_utc"]  # re-exported: they live in publish.inbox_view

CTX = "Workflow"
STATE_META = "qalam_state"
NOTES_META = "qalam_notes"
AUTHOR_FIELD = "qalam_author_name"
PER_PAGE = 100
UUID_MARKER = re.compile(r"<!-- qalam:([0-9a-fA-F-]{36}) -->")
UUID_ATTR = re.compile(r'<!-- wp:[a-z][a-z0-9_/-]* \{[^\n]*?"qalamId":"([0-9a-fA-F-]{36})"')

# Outbox actions of the workflow (text, so the outbox needs no migration for them).
OUTBOX_PREFIX = "workflow:"

CRON_NOTE = QT_TRANSLATE_NOOP(
    "Workflow",
    "WordPress publishes a scheduled post only when its scheduler (WP-Cron) runs, which on most sites "
    "happens when someone visits the site: the post may appear a little after the chosen time.",
)
NO_PLUGIN_WARNING = QT_TRANSLATE_NOOP(
    "Workflow",
    "The site does not have the Qalam companion plugin: review notes stay on this computer and the "
    "reporter will not see them. Ask the site's administrator to copy qalam-companion.php (it comes with "
    "Qalam: Help → About shows where) into wp-content/mu-plugins/.",
)


def workflow_message(text: str, **args: str) -> UserMessage:
    return UserMessage(CTX, text, dict(args))


def workflow_error(text: str, **args: str) -> QalamError:
    return QalamError(workflow_message(text, **args))


CONFLICT_MESSAGE = UserMessage(
    CTX,
    QT_TRANSLATE_NOOP(
        "Workflow",
        "The article was changed on the site after you got it, so your action was not sent. Sync to get the "
        "site's version, or keep yours from the outbox.",
    ),
)


# --- notes as they travel in the companion plugin's meta --------------------------------------------


@dataclass(frozen=True)
class NoteRecord:
    author: str
    text: str
    created_at: datetime

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.author, self.text, iso_utc(self.created_at))


def parse_iso(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def encode_notes(notes: Iterable[NoteRecord]) -> str:
    """The ``qalam_notes`` meta value: a JSON array, oldest first, non-ASCII kept as is."""
    items = sorted(notes, key=lambda n: (n.created_at, n.author, n.text))
    return json.dumps(
        [{"author": n.author, "text": n.text, "at": iso_utc(n.created_at)} for n in items], ensure_ascii=False
    )


def decode_notes(value: object) -> list[NoteRecord]:
    """Notes from the meta value; anything malformed is skipped, never fatal."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except ValueError:
            return []
    out: list[NoteRecord] = []
    if not isinstance(value, list):
        return out
    for item in value:
        if not isinstance(item, dict):
            continue
        text = item.get("text")
        at = parse_iso(item.get("at"))
        if isinstance(text, str) and text and at is not None:
            out.append(NoteRecord(str(item.get("author") or ""), text, at))
    return out


def merge_notes(*groups: Iterable[NoteRecord]) -> list[NoteRecord]:
    seen: dict[tuple[str, str, str], NoteRecord] = {}
    for group in groups:
        for note in group:
            seen.setdefault(note.key, note)
    return sorted(seen.values(), key=lambda n: (n.created_at, n.author, n.text))


def note_record(note: ReviewNote) -> NoteRecord:
    return NoteRecord(note.author, note.text, note.created_at)


# --- the site's time zone ------------------------------------------------------------------------------


def site_timezone(name: str) -> tzinfo:
    """A stored time zone: an IANA name (``Asia/Riyadh``), ``UTC``, or an offset (``+03:00``, ``-4.5``)."""
    name = (name or "").strip()
    if not name or name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    match = re.fullmatch(r"(?:UTC)?([+-])(\d{1,2})(?::?(\d{2}))?", name)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0)))
    try:
        hours = float(name)
    except ValueError:
        pass
    else:
        return timezone(timedelta(minutes=round(hours * 60)))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r; using UTC", name)
        return UTC


def timezone_from_index(data: Mapping[str, Any]) -> str:
    """What to store for a site: ``timezone_string`` when set, else ``gmt_offset`` as ``+HH:MM``."""
    name = str(data.get("timezone_string") or "").strip()
    if name:
        return name
    try:
        hours = float(data.get("gmt_offset") or 0)
    except (TypeError, ValueError):
        hours = 0.0
    if hours == 0:
        return "UTC"
    minutes = round(abs(hours) * 60)
    return f"{'-' if hours < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


# --- what the UI lists -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """A reporter's article as the site last showed it."""

    article_id: str
    title: str
    state: WorkflowState
    url: str | None
    scheduled_at: datetime | None
    notes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "title": self.title,
            "state": self.state.value,
            "url": self.url,
            "scheduled_at": iso_utc(self.scheduled_at) if self.scheduled_at else None,
            "notes": list(self.notes),
        }


@dataclass
class SyncReport:
    categories: int = 0
    tags: int = 0
    # Per kind ("category", "tag"), when the refresh changed the local copy: {"added", "renamed", "deleted"}.
    term_changes: dict[str, dict[str, int]] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)
    inbox: list[InboxItem] = field(default_factory=list)
    mine: list[Submission] = field(default_factory=list)
    pulled: int = 0
    notes_added: int = 0
    conflicts: list[str] = field(default_factory=list)  # article ids kept local because both sides changed
    gone: list[str] = field(default_factory=list)  # article ids whose post was trashed or deleted on the site
    # Article ids whose text or state was replaced from the site: reload them where they are open.
    updated: list[str] = field(default_factory=list)
    warnings: list[UserMessage] = field(default_factory=list)


@dataclass
class ActionResult:
    article: Article
    item: OutboxItem | None
    warnings: list[UserMessage] = field(default_factory=list)


def uuid_of(post: RemotePost) -> str | None:
    """The Qalam article id a post carries (companion meta, the first block's attribute, or an old marker)."""
    value = post.meta.get(COMPANION_META)
    if isinstance(value, str) and len(value) == 36:
        return value.lower()
    match = UUID_ATTR.search(post.content_raw) or UUID_MARKER.search(post.content_raw)
    return match.group(1).lower() if match else None


def outbox_action(action: Action) -> str:
    return OUTBOX_PREFIX + action.value


def is_workflow_item(item: OutboxItem) -> bool:
    return item.action.startswith(OUTBOX_PREFIX)


ClientFactory = Callable[[Site], WordPressClient]
