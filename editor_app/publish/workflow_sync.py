"""The editorial workflow carried to a WordPress site: submit, review, return with notes, publish, schedule.

Every action is taken locally first (the state machine in core/workflow.py decides, the
draft store records it) and queued in the outbox, so an editor can approve on a train and
the action goes out when the network is back. :meth:`WorkflowService.execute` carries one
queued action to the site through the exactly-once :class:`~editor_app.publish.publisher.Publisher`
(no duplicates, and its conflict check refuses to overwrite an edit made on the site since
the version the action was based on).

How the workflow lives on WordPress
    submitted, in review, approved → status ``pending``; returned → ``draft``; scheduled →
    ``future`` (``date_gmt``); published → ``publish``. When the Qalam companion plugin is on
    the site, the post meta ``qalam_state`` tells in-review/approved/returned apart and
    ``qalam_notes`` (a JSON array) carries the review notes both ways. Without it the workflow
    still works, but notes stay on this computer and the user is told so.

Pulling (:meth:`WorkflowService.sync`)
    An editor pulls every pending post into the local store, keeping the version as submitted
    as a baseline revision (``qalam:submitted``) so the editor's changes are shown against it.
    Posts this computer already knows are refreshed: a post changed on the site replaces the
    local copy only when the local copy has no unsent edits; otherwise it is reported as a
    conflict and nothing is overwritten.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor_app.core.article import Article, WorkflowState
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.outbox import OutboxItem, OutboxState
from editor_app.core.plain_text import html_to_text, word_count
from editor_app.core.review import ReviewNote
from editor_app.core.site import Site
from editor_app.core.workflow import (
    REMOTE_STATUS,
    Action,
    Actor,
    decide,
    role_from_site,
    state_from_remote,
)
from editor_app.errors import QalamError
from editor_app.publish.errors import ErrorKind, PublishError
from editor_app.publish.outbox import ItemOutcome, Outbox
from editor_app.publish.publisher import (
    SCHEDULE_MARGIN,
    Outcome,
    Publisher,
    PublishResult,
    content_hash,
    strip_marker,
)
from editor_app.publish.publisher import Action as PubAction
from editor_app.publish.wordpress import COMPANION_META, RemotePost, WordPressClient
from editor_app.publish.workflow_store import SUBMITTED, SYNCED, WorkflowStore, baseline_time

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

CTX = "Workflow"
STATE_META = "qalam_state"
NOTES_META = "qalam_notes"
AUTHOR_FIELD = "qalam_author_name"
PER_PAGE = 100
_UUID_MARKER = re.compile(r"<!-- qalam:([0-9a-fA-F-]{36}) -->")

# Outbox actions of the workflow (text, so the outbox needs no migration for them).
OUTBOX_PREFIX = "workflow:"
REVIEW_STATES = (WorkflowState.SUBMITTED, WorkflowState.IN_REVIEW, WorkflowState.APPROVED)

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


def _msg(text: str, **args: str) -> UserMessage:
    return UserMessage(CTX, text, dict(args))


def _error(text: str, **args: str) -> QalamError:
    return QalamError(_msg(text, **args))


# --- notes as they travel in the companion plugin's meta --------------------------------------------


@dataclass(frozen=True)
class NoteRecord:
    author: str
    text: str
    created_at: datetime

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.author, self.text, _iso(self.created_at))


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(value: object) -> datetime | None:
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
        [{"author": n.author, "text": n.text, "at": _iso(n.created_at)} for n in items], ensure_ascii=False
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
        at = _parse_iso(item.get("at"))
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
class InboxItem:
    """One line of the editor's review inbox."""

    article_id: str
    remote_id: int | None
    site_id: str | None
    title: str
    author: str
    categories: tuple[str, ...]
    words: int
    submitted_at: datetime | None
    state: WorkflowState
    local_changes: bool
    notes: int

    def age(self, now: datetime | None = None) -> timedelta | None:
        if self.submitted_at is None:
            return None
        return (now or datetime.now(UTC)) - self.submitted_at

    def to_json(self, now: datetime | None = None) -> dict[str, Any]:
        age = self.age(now)
        return {
            "id": self.article_id,
            "remote_id": self.remote_id,
            "site_id": self.site_id,
            "title": self.title,
            "author": self.author,
            "categories": list(self.categories),
            "words": self.words,
            "submitted_at": _iso(self.submitted_at) if self.submitted_at else None,
            "age_seconds": int(age.total_seconds()) if age is not None else None,
            "state": self.state.value,
            "local_changes": self.local_changes,
            "notes": self.notes,
        }


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
            "scheduled_at": _iso(self.scheduled_at) if self.scheduled_at else None,
            "notes": list(self.notes),
        }


@dataclass
class SyncReport:
    categories: int = 0
    tags: int = 0
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
    """The Qalam article id a post carries (companion meta, or the marker comment)."""
    value = post.meta.get(COMPANION_META)
    if isinstance(value, str) and len(value) == 36:
        return value.lower()
    match = _UUID_MARKER.search(post.content_raw)
    return match.group(1).lower() if match else None


def outbox_action(action: Action) -> str:
    return OUTBOX_PREFIX + action.value


def is_workflow_item(item: OutboxItem) -> bool:
    return item.action.startswith(OUTBOX_PREFIX)


ClientFactory = Callable[[Site], WordPressClient]


class WorkflowService:
    """The workflow for one user of one site, on one data folder. No Qt; call it from the task runner."""

    def __init__(
        self,
        store: WorkflowStore,
        site: Site,
        connect: ClientFactory | None = None,
        *,
        client: WordPressClient | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.site = site
        self._connect = connect
        self._client: WordPressClient | None = client
        self._own_client = client is None
        self._clock = clock or (lambda: datetime.now(UTC))

    # --- who am I ------------------------------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        return Actor(role_from_site(list(self.site.roles), dict(self.site.capabilities)), self.site.username)

    @property
    def is_editor(self) -> bool:
        return self.actor.role.is_editor

    def is_own(self, article: Article) -> bool:
        """Did this user write it? A reporter's store holds only their own work (the site shows them no
        one else's drafts); for an editor, what was written here or carries their user name."""
        if not self.is_editor:
            return True
        return article.remote_id is None or article.author in ("", self.site.username)

    @property
    def client(self) -> WordPressClient:
        if self._client is None:
            if self._connect is None:
                raise _error(QT_TRANSLATE_NOOP("Workflow", "No connection to the site is configured."))
            self._client = self._connect(self.site)
        return self._client

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
        self._client = None

    @property
    def timezone(self) -> tzinfo:
        return site_timezone(self.site.timezone)

    # --- local actions (work offline; the outbox carries them) ---------------------------------------

    def _load(self, article_id: str) -> Article:
        article = self.store.find_article(article_id, self.site.id)
        if article is None or article.is_trashed:
            raise _error(QT_TRANSLATE_NOOP("Workflow", "No article with id {id}."), id=article_id)
        if article.site_id not in (None, self.site.id):
            raise _error(QT_TRANSLATE_NOOP("Workflow", "This article belongs to another site."))
        return article

    def _check(self, action: Action, article: Article) -> WorkflowState:
        decision = decide(action, article.state, self.actor, own=self.is_own(article))
        if not decision.allowed or decision.target is None:
            raise QalamError(decision.reason or _msg(QT_TRANSLATE_NOOP("Workflow", "This is not allowed.")))
        return decision.target

    def allowed(self, article: Article) -> list[Action]:
        from editor_app.core.workflow import allowed_actions

        return allowed_actions(article.state, self.actor, own=self.is_own(article))

    def _enqueue(self, article: Article, action: Action, payload: dict[str, Any] | None = None) -> OutboxItem:
        return self.store.drafts.enqueue(article.id, self.site.id, outbox_action(action), payload or {})

    def _note(self, article: Article, text: str, warnings: list[UserMessage]) -> None:
        text = text.strip()
        if not text:
            return
        self.store.add_note(article.id, self.site.username, text, self._clock())
        if not self.site.has_plugin:
            warnings.append(_msg(NO_PLUGIN_WARNING))

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
            raise _error(QT_TRANSLATE_NOOP("Workflow", "The note is empty."))
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
            raise _error(
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
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Workflow", "Choose a time at least a minute from now, or publish now instead."
                )
            )
        article.state = self._check(Action.SCHEDULE, article)
        article.site_id = self.site.id
        article.scheduled_at = at
        self.store.save_article(article)
        return ActionResult(
            article, self._enqueue(article, Action.SCHEDULE, {"at": _iso(at)}), [_msg(CRON_NOTE)]
        )

    def pending_items(self, article_id: str | None = None) -> list[OutboxItem]:
        items: list[OutboxItem] = []
        for state in (OutboxState.QUEUED, OutboxState.RUNNING):
            items.extend(
                i
                for i in self.store.drafts.outbox_items(state=state, article_id=article_id)
                if i.site_id == self.site.id
            )
        return items

    # --- carrying a queued action to the site ----------------------------------------------------------

    def execute(self, item: OutboxItem, publisher: Publisher | None = None) -> dict[str, Any]:
        """Carry one workflow outbox item to the site; returns the item's result.

        Raises PublishError for the outbox to retry (transient) or fail. A conflict (the post
        changed on the site since this article's version of it) is returned as
        ``{"outcome": "conflict", …}`` and nothing is written.
        """
        article = self.store.article(item.article_id)
        if article is None:
            return {"outcome": "gone"}
        action = item.action.removeprefix(OUTBOX_PREFIX)
        client = publisher.client if publisher is not None else self.client
        if self._client is None:
            self._client = client
        has_plugin = client.discover().has_companion
        if has_plugin != self.site.has_plugin:
            self.site.has_plugin = has_plugin
            self.store.save_site(self.site)
        state_meta: str | None = None
        result: PublishResult | None = None
        if action in ("note", Action.START_REVIEW.value):
            if article.remote_id is None:
                return {"outcome": "skipped"}
            if action == Action.START_REVIEW.value:
                state_meta = WorkflowState.IN_REVIEW.value
        else:
            pub_action, at, state_meta = self._publish_args(action, item.payload)
            publisher = publisher or Publisher(client, self.site.id, self.store.bridge)
            result = publisher.publish(
                article,
                pub_action,
                at=at,
                possibly_sent=item.attempts > 1,
                overwrite=bool(item.payload.get("overwrite")),
            )
            if result.outcome is Outcome.CONFLICT:
                conflict = result.conflict
                return {
                    "outcome": "conflict",
                    "remote_id": result.remote_id,
                    "kind": ErrorKind.CONFLICT.value,
                    "theirs_hash": conflict.theirs_hash if conflict else None,
                    "mine": vars(conflict.mine) if conflict else None,
                    "theirs": vars(conflict.theirs) if conflict else None,
                    "diff": conflict.diff() if conflict else "",
                }
        post: RemotePost | None = None
        fresh = self.store.article(article.id) or article
        if has_plugin and fresh.remote_id is not None:
            post = self._push_meta(fresh, state_meta)
            fresh = self.store.article(article.id) or fresh
        if result is not None:
            fresh.state = self._state_after(fresh.state, result)
            if result.url:
                fresh.remote_url = result.url
            fresh = self.store.save_article(fresh, SYNCED)
        status = post.status if post is not None else (result.status if result is not None else None)
        return {
            "outcome": result.outcome.value if result else "noted",
            "remote_id": fresh.remote_id,
            "status": status,
            "url": fresh.remote_url,
            "modified_gmt": fresh.remote_modified_gmt,
        }

    def _publish_args(
        self, action: str, payload: Mapping[str, Any]
    ) -> tuple[PubAction, datetime | None, str]:
        if action == Action.SUBMIT.value:
            return PubAction.SUBMIT, None, ""
        if action == Action.WITHDRAW.value:
            return PubAction.DRAFT, None, ""
        if action == Action.RETURN.value:
            return PubAction.DRAFT, None, WorkflowState.RETURNED.value
        if action == Action.APPROVE.value:
            return PubAction.SUBMIT, None, WorkflowState.APPROVED.value
        if action == Action.PUBLISH.value:
            return PubAction.PUBLISH, None, ""
        if action == Action.SCHEDULE.value:
            return PubAction.PUBLISH, _parse_iso(payload.get("at")), ""
        if action == Action.UNPUBLISH.value:
            return PubAction.DRAFT, None, ""
        raise ValueError(f"unknown workflow action {action!r}")

    @staticmethod
    def _state_after(state: WorkflowState, result: PublishResult) -> WorkflowState:
        if result.status == "publish":
            return WorkflowState.PUBLISHED
        if result.status == "future":
            return WorkflowState.SCHEDULED
        return state

    def _push_meta(self, article: Article, state_meta: str | None) -> RemotePost:
        """Merge the notes with the site's and set ``qalam_state``; records the new version as the base."""
        assert article.remote_id is not None
        data, _ = self.client.call(
            "GET", f"/wp/v2/posts/{article.remote_id}", params={"context": "edit", "_fields": "id,meta"}
        )
        meta = data.get("meta") if isinstance(data, dict) else None
        remote_notes = decode_notes(meta.get(NOTES_META) if isinstance(meta, dict) else None)
        local = self.store.notes(article.id)
        merged = merge_notes(remote_notes, (note_record(n) for n in local))
        fields: dict[str, Any] = {NOTES_META: encode_notes(merged)}
        if state_meta is not None:
            fields[STATE_META] = state_meta
        post = self.client.update_post(article.remote_id, {"meta": fields})
        self.store.bridge.save_remote(article.id, self.site.id, post, content_hash(post.content_raw))
        self.store.mark_notes_remote(local)
        return post

    # --- pulling from the site --------------------------------------------------------------------------

    def refresh_site(self) -> None:
        """Role, capabilities, companion plugin and time zone of this user on this site."""
        client = self.client
        info = client.discover()
        me = client.me()
        index, _ = client.call("GET", "/", auth=False)
        self.site.roles = list(me.roles)
        self.site.capabilities = {cap: True for cap in sorted(me.capabilities)}
        self.site.has_plugin = info.has_companion
        if isinstance(index, dict):
            self.site.timezone = timezone_from_index(index)
        self.store.save_site(self.site)
        self._me_id = me.id

    def sync(self, outbox: Outbox | None = None) -> SyncReport:
        """Send what is queued (through ``outbox``), then pull terms, the inbox (editors), my submissions
        and notes."""
        report = SyncReport()
        self.refresh_site()
        if outbox is not None:
            for outcome in outbox.flush().outcomes:
                if outcome.item.site_id == self.site.id:
                    report.sent.append(
                        {
                            "id": outcome.item.id,
                            "action": outcome.item.action,
                            "state": outcome.item.state.value,
                            **(outcome.item.result or {}),
                        }
                    )
        client = self.client
        categories = client.categories()
        tags = client.tags()
        report.categories = self.store.replace_terms(
            self.site.id, "categories", ((t.id, t.name, t.slug, t.parent) for t in categories)
        )
        report.tags = self.store.replace_terms(
            self.site.id, "tags", ((t.id, t.name, t.slug, 0) for t in tags)
        )
        if not self.site.has_plugin:
            report.warnings.append(_msg(NO_PLUGIN_WARNING))
        posts: dict[int, dict[str, Any]] = {}
        if self.is_editor:
            for item in self._list({"status": "pending"}):
                posts[int(item["id"])] = item
        # Published posts have nothing more to tell the workflow: only the others are asked about.
        active = [s.value for s in WorkflowState if s is not WorkflowState.PUBLISHED]
        tracked = [a.remote_id for a in self.store.tracked(self.site.id, active) if a.remote_id is not None]
        missing = [i for i in tracked if i not in posts]
        for start in range(0, len(missing), PER_PAGE):
            chunk = missing[start : start + PER_PAGE]
            for item in self._list({"include": ",".join(str(i) for i in chunk), "status": "any"}):
                posts[int(item["id"])] = item
        for data in posts.values():
            self._pull(data, report)
        # A contributor may not open a post once it is published (or scheduled) with context=edit:
        # the public view still says it is published, and where.
        hidden = [i for i in missing if i not in posts]
        seen: set[int] = set()
        if hidden and self.site.has_plugin and not self.is_editor:
            # The companion plugin tells an author the status of their own posts, scheduled ones included.
            for start in range(0, len(hidden), PER_PAGE):
                chunk = hidden[start : start + PER_PAGE]
                data, _ = self.client.call("GET", "/qalam/v1/mine", params={"ids": ",".join(map(str, chunk))})
                for item in data if isinstance(data, list) else []:
                    seen.add(int(item["id"]))
                    self._pull_status(item, report)
            hidden = [i for i in hidden if i not in seen]
        for start in range(0, len(hidden), PER_PAGE):
            chunk = hidden[start : start + PER_PAGE]
            for item in self._list(
                {
                    "include": ",".join(str(i) for i in chunk),
                    "context": "view",
                    "_fields": "id,status,link,modified_gmt",
                }
            ):
                seen.add(int(item["id"]))
                self._pull_status(item, report)
        if self.is_editor:
            # An editor sees every post but the trash: what is still missing was trashed or deleted.
            for remote_id in hidden:
                if remote_id not in seen:
                    self._gone(remote_id, report)
        report.inbox = self.inbox() if self.is_editor else []
        report.mine = self.submissions()
        return report

    def _list(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        page = 1
        while True:
            query = {
                "context": "edit",
                "per_page": PER_PAGE,
                "page": page,
                "orderby": "date",
                "order": "asc",
                **params,
            }
            data, response = self.client.call("GET", "/wp/v2/posts", params=query)
            if not isinstance(data, list):
                break
            out.extend(item for item in data if isinstance(item, dict))
            total = int(response.headers.get("x-wp-totalpages", "1") or 1)
            if page >= total or not data:
                break
            page += 1
        return out

    def _author_name(self, data: Mapping[str, Any]) -> str:
        author_id = int(data.get("author") or 0)
        if author_id and author_id == getattr(self, "_me_id", None):
            return self.site.username
        name = data.get(AUTHOR_FIELD)
        if isinstance(name, str) and name:
            return name
        cache: dict[int, str] = self.__dict__.setdefault("_authors", {})
        if author_id not in cache:
            try:
                user, _ = self.client.call("GET", f"/wp/v2/users/{author_id}", params={"_fields": "name"})
                cache[author_id] = str(user.get("name") or "") if isinstance(user, dict) else ""
            except PublishError:
                cache[author_id] = ""  # editors may not list users who have published nothing
        return cache[author_id] or f"#{author_id}"

    def _pull(self, data: Mapping[str, Any], report: SyncReport) -> None:
        post = RemotePost.from_json(data)
        uuid = uuid_of(post)
        article = self.store.by_remote(self.site.id, post.id)
        if article is None and uuid:
            found = self.store.article(uuid)
            if found is not None and found.site_id in (None, self.site.id):
                article = found
        remote_state = state_from_remote(post.status, str(post.meta.get(STATE_META) or "") or None)
        submitted = _parse_iso(post.date_gmt + "Z") if post.date_gmt else None
        if article is None:
            article = Article(id=uuid or Article().id)
            self._fill(article, post, data, remote_state)
            pending = post.status == "pending"
            self.store.save_article(
                article, SUBMITTED if pending else SYNCED, submitted_at=submitted if pending else None
            )
            report.notes_added += self._merge_remote_notes(article.id, post)
            report.pulled += 1
            report.updated.append(article.id)
            return
        report.notes_added += self._merge_remote_notes(article.id, post)
        if self.pending_items(article.id):
            return  # a local action is on its way: the site will hear from us first
        digest = content_hash(post.content_raw)
        if post.modified_gmt == article.remote_modified_gmt and digest == article.remote_content_hash:
            # Same version; only the site's scheduler may have moved it on (future → publish).
            if REMOTE_STATUS[article.state] != post.status:
                article.state = remote_state
                article.remote_url = post.link or article.remote_url
                self.store.save_article(article)
                report.updated.append(article.id)
            return
        if self.has_local_changes(article):
            report.conflicts.append(article.id)
            log.info("article %s changed here and on the site; kept the local copy", article.id)
            return
        self._fill(article, post, data, remote_state)
        pending = post.status == "pending"
        self.store.save_article(
            article, SUBMITTED if pending else SYNCED, submitted_at=submitted if pending else None
        )
        report.pulled += 1
        report.updated.append(article.id)

    def _gone(self, remote_id: int, report: SyncReport) -> None:
        article = self.store.by_remote(self.site.id, remote_id)
        if article is None or self.pending_items(article.id):
            return
        log.info("post %d of article %s is no longer on %s", remote_id, article.id, self.site.name)
        article.state = WorkflowState.DRAFT
        article.remote_id = None
        article.remote_modified_gmt = None
        article.remote_content_hash = None
        article.remote_url = None
        article.scheduled_at = None
        self.store.save_article(article)
        report.gone.append(article.id)
        report.updated.append(article.id)
        report.warnings.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Workflow",
                    "“{title}” was deleted or moved to the trash on the site; it is a local draft again.",
                ),
                title=article.title,
            )
        )

    def _pull_status(self, data: Mapping[str, Any], report: SyncReport) -> None:
        """A post the user may see but not open: only its status, address and (scheduled) date."""
        article = self.store.by_remote(self.site.id, int(data["id"]))
        status = data.get("status")
        if article is None or self.pending_items(article.id):
            return
        if status == "publish":
            state, when = WorkflowState.PUBLISHED, None
        elif status == "future":
            state, when = WorkflowState.SCHEDULED, _parse_iso(str(data.get("date_gmt") or "") + "Z")
        else:
            return
        url = str(data.get("link") or article.remote_url or "")
        if (article.state, article.scheduled_at, article.remote_url) == (state, when, url):
            return
        article.state, article.scheduled_at, article.remote_url = state, when, url
        self.store.save_article(article)
        report.updated.append(article.id)

    def _fill(
        self, article: Article, post: RemotePost, data: Mapping[str, Any], state: WorkflowState
    ) -> None:
        categories = self.store.term_names(self.site.id, "categories")
        tags = self.store.term_names(self.site.id, "tags")
        article.title = post.title_raw
        article.body_html = strip_marker(post.content_raw)
        article.excerpt = post.excerpt_raw
        article.slug = unquote(post.slug)  # WordPress stores it percent-encoded
        article.categories = [categories.get(c, str(c)) for c in post.categories]
        article.tags = [tags[t] for t in post.tags if t in tags]
        name = self._author_name(data)
        if not (name == self.site.username and article.author):  # my own post keeps its byline
            article.author = name
        article.state = state
        article.site_id = self.site.id
        article.remote_id = post.id
        article.remote_modified_gmt = post.modified_gmt
        article.remote_content_hash = content_hash(post.content_raw)
        article.remote_url = post.link
        article.scheduled_at = (
            _parse_iso(post.date_gmt + "Z") if post.status == "future" and post.date_gmt else None
        )

    def _merge_remote_notes(self, article_id: str, post: RemotePost) -> int:
        remote = decode_notes(post.meta.get(NOTES_META))
        if not remote or not article_id:
            return 0
        known = {note_record(n).key for n in self.store.notes(article_id)}
        added = 0
        for note in remote:
            if note.key not in known:
                self.store.add_note(article_id, note.author, note.text, note.created_at, remote=True)
                added += 1
        return added

    # --- what the UI shows (local, offline) ----------------------------------------------------------------

    def has_local_changes(self, article: Article) -> bool:
        """True when the article differs from the last version exchanged with the site."""
        base = self.store.baseline(article.id)
        if base is None:
            return False
        mine = (article.title, article.body_html, article.excerpt)
        return (base.title, base.body_html, base.excerpt) != mine

    def submitted_version(self, article_id: str) -> Article | None:
        """The version as submitted for review (what the diff view compares against)."""
        base = self.store.baseline(article_id, (SUBMITTED,))
        article = self.store.article(article_id)
        if base is None or article is None:
            return None
        return article.copy(
            title=base.title,
            subtitle=base.subtitle,
            body_html=base.body_html,
            excerpt=base.excerpt,
            categories=list(base.categories),
            tags=list(base.tags),
        )

    def inbox(self) -> list[InboxItem]:
        """Articles awaiting review on this site, oldest submission first (empty for reporters)."""
        items: list[InboxItem] = []
        if not self.is_editor:
            return items
        for article in self.store.tracked(self.site.id, [s.value for s in REVIEW_STATES]):
            base = self.store.baseline_info(article.id, (SUBMITTED,))
            items.append(
                InboxItem(
                    article_id=article.id,
                    remote_id=article.remote_id,
                    site_id=article.site_id,
                    title=article.title,
                    author=article.author,
                    categories=tuple(article.categories),
                    words=word_count(html_to_text(article.body_html)),
                    submitted_at=baseline_time(base) if base else None,
                    state=article.state,
                    local_changes=self.has_local_changes(article),
                    notes=len(self.store.notes(article.id)),
                )
            )
        far_future = datetime.max.replace(tzinfo=UTC)
        items.sort(key=lambda i: (i.submitted_at or far_future, i.title))
        return items

    def submissions(self) -> list[Submission]:
        """My articles on this site and where they stand."""
        out: list[Submission] = []
        for article in self.store.tracked(self.site.id):
            if not self.is_own(article):
                continue
            notes = tuple(n.text for n in self.store.notes(article.id))
            out.append(
                Submission(
                    article.id,
                    article.title,
                    article.state,
                    article.remote_url if article.state is WorkflowState.PUBLISHED else None,
                    article.scheduled_at,
                    notes,
                )
            )
        out.sort(key=lambda s: s.title)
        return out

    def notes(self, article_id: str) -> list[ReviewNote]:
        return self.store.notes(article_id)


class WorkflowOutbox(Outbox):
    """The publishing outbox, also carrying the workflow's actions (``workflow:*``) to the site.

    Plain publishing items go to :class:`Outbox` unchanged; workflow items are sent by
    :meth:`WorkflowService.execute` with the same publisher (same client, same media
    state), the same backoff for transient failures and the same conflict handling.
    """

    def __init__(self, drafts: DraftStore, **options: Any) -> None:
        self.workflow_store = WorkflowStore(drafts)
        super().__init__(drafts, self.workflow_store.bridge, **options)

    def _run(self, item: OutboxItem) -> ItemOutcome:
        if not is_workflow_item(item):
            return super()._run(item)
        now = self._clock()
        waiting = self._wait_if_busy(item, now)
        if waiting is not None:
            return waiting
        try:
            site = self.store.get_site(item.site_id)
            publisher = self._publisher(site)
            service = WorkflowService(self.workflow_store, site, client=publisher.client, clock=self._clock)
            result = service.execute(item, publisher)
        except PublishError as exc:
            return self._publish_error(item, exc, now)
        except QalamError as exc:
            return self._invalid(item, exc)
        if result.get("outcome") == "conflict":
            updated = self.store.update_outbox(
                item.id,
                state=OutboxState.CONFLICT,
                last_error=CONFLICT_MESSAGE.render(),
                result={
                    "error": {"context": CONFLICT_MESSAGE.context, "text": CONFLICT_MESSAGE.text, "args": {}},
                    **result,
                },
            )
            return ItemOutcome(updated)
        self.online = True
        updated = self.store.update_outbox(item.id, state=OutboxState.DONE, last_error=None, result=result)
        log.info(
            "outbox item %d: %s of %s done (%s)", item.id, item.action, item.article_id, result.get("outcome")
        )
        return ItemOutcome(updated)


CONFLICT_MESSAGE = UserMessage(
    CTX,
    QT_TRANSLATE_NOOP(
        "Workflow",
        "The article was changed on the site after you got it, so your action was not sent. Sync to get the "
        "site's version, or keep yours from the outbox.",
    ),
)


def connect_with_saved_password(site: Site) -> WordPressClient:
    """A client for the site's user with the password from QALAM_PASSWORD, the keyring or this process."""
    from editor_app.publish import errors
    from editor_app.publish.credentials import get_password

    found = get_password(site.url, site.username)
    if found is None:
        raise errors.no_password_error(site.name, site.username)
    return WordPressClient(site.url, site.username, found[0])


def open_workflow(
    drafts: DraftStore, site_ref: str, connect: ClientFactory | None = connect_with_saved_password
) -> WorkflowService:
    """The service for the site named (or with the id) ``site_ref``; QalamError when there is none.

    For the GUI: call it on the task runner once the draft store is open, with a
    ``WorkflowOutbox(drafts)`` to send the actions (see the widgets in gui/review_*.py).
    """
    store = WorkflowStore(drafts)
    site = store.site(site_ref)
    if site is None:
        raise _error(
            QT_TRANSLATE_NOOP("Workflow", "No site named {name}: add it with qalam sites add."), name=site_ref
        )
    return WorkflowService(store, site, connect)
