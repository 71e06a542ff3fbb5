"""The outbox: every publish or submit is a durable row first, then a worker sends it.

No Qt here: the GUI calls :meth:`Outbox.process_due` (or :meth:`Outbox.publish_now`)
through its TaskRunner, the command line calls them directly. Rows survive restarts
(an item left ``running`` by a crash goes back to ``queued`` and is treated as possibly
sent, so the publisher looks the post up before creating it). While the site cannot be
reached an item stays ``queued`` with exponential backoff; a refusal that retrying cannot
fix (wrong password, not allowed, unknown category) makes it ``failed``; an edit on the
site makes it ``conflict`` with both versions in its result.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.outbox import OutboxAction, OutboxItem, OutboxState, message_from_result
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.publish import errors
from editor_app.publish.credentials import get_password
from editor_app.publish.errors import ErrorKind, PublishError
from editor_app.publish.http import HttpClient
from editor_app.publish.publisher import (
    Action,
    MediaResolver,
    Outcome,
    Publisher,
    PublishResult,
    PublishState,
)
from editor_app.publish.wordpress import Term, WordPressClient

log = logging.getLogger(__name__)

_UNKNOWN_ACTION = UserMessage(
    "Outbox",
    QT_TRANSLATE_NOOP(
        "Outbox", "This queued item is of a kind this version of Qalam does not send; nothing was sent."
    ),
)

# Outbox actions this worker knows how to send, and the publisher action each one is.
ACTIONS: dict[str, Action] = {
    OutboxAction.PUBLISH.value: Action.PUBLISH,
    OutboxAction.SUBMIT.value: Action.SUBMIT,
    OutboxAction.UPDATE.value: Action.PUBLISH,
    "draft": Action.DRAFT,
}


class OutboxStore(Protocol):
    """The draft store's outbox and site methods (storage/publishing_repo.py)."""

    def enqueue(
        self,
        article_id: str,
        site_id: str,
        action: str,
        payload: dict[str, Any] | None = None,
        *,
        not_before: datetime | None = None,
    ) -> OutboxItem: ...

    def outbox_items(
        self, *, state: OutboxState | str | None = None, article_id: str | None = None
    ) -> list[OutboxItem]: ...

    def get_outbox_item(self, item_id: int) -> OutboxItem: ...

    def claim_next_outbox(self, now: datetime | None = None) -> OutboxItem | None: ...

    def update_outbox(
        self,
        item_id: int,
        *,
        state: OutboxState | str | None = None,
        last_error: str | None = ...,
        result: dict[str, Any] | None = ...,
        next_attempt_at: datetime | None = ...,
        payload: dict[str, Any] | None = ...,
    ) -> OutboxItem: ...

    def requeue_running_outbox(self) -> int: ...

    def delete_outbox_item(self, item_id: int) -> None: ...

    def get_site(self, site_id: str) -> Site: ...

    def list_sites(self) -> list[Site]: ...


class ArticleAccess(Protocol):
    """Reading the article to send, plus the PublishState the publisher writes to."""

    def load_article(self, article_id: str) -> Article: ...

    def publish_state(self) -> PublishState: ...

    def media_resolver(self) -> MediaResolver: ...

    def mark_published(self, article_id: str, result: PublishResult) -> None: ...

    def cached_categories(self, site_id: str) -> list[Term]: ...

    def remember_categories(self, site_id: str, terms: list[Term]) -> None: ...

    def rebase(self, article_id: str, modified_gmt: str | None, content_hash: str | None) -> None: ...

    def take_theirs(self, article_id: str, theirs: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class Backoff:
    base: float = 15.0  # seconds before the second attempt
    cap: float = 3600.0
    jitter: float = 0.2  # ± fraction

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        raw = float(min(self.cap, self.base * 2.0 ** max(0, attempts - 1)))
        spread = raw * self.jitter
        jitter: float = (rng or random.Random()).uniform(-spread, spread)
        return max(1.0, raw + jitter)


@dataclass
class ItemOutcome:
    """What happened to one item in this run."""

    item: OutboxItem
    result: PublishResult | None = None
    error: PublishError | QalamError | None = None

    @property
    def done(self) -> bool:
        return self.item.state is OutboxState.DONE


@dataclass
class FlushReport:
    outcomes: list[ItemOutcome] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for o in self.outcomes if o.item.state is OutboxState.DONE)

    @property
    def queued(self) -> int:
        return sum(1 for o in self.outcomes if o.item.state is OutboxState.QUEUED)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if o.item.state in (OutboxState.FAILED, OutboxState.CONFLICT))


@dataclass(frozen=True)
class OutboxStatus:
    """For the status bar: the queue and whether the last contact with a site worked."""

    queued: int
    running: int
    failed: int
    conflicts: int
    online: bool | None  # None: nothing sent yet in this process

    @property
    def pending(self) -> int:
        return self.queued + self.running


@dataclass(frozen=True)
class QueueEntry:
    """One outbox row as the publish queue shows it."""

    item: OutboxItem
    title: str
    site_name: str

    @property
    def message(self) -> UserMessage | None:
        return message_from_result(self.item.result)


def _site_wide(err: PublishError) -> bool:
    """A failure every item for the same site would meet now (offline, redirected, wrong password…).

    Not an HTML answer: a security plugin may block one article and let the next one through.
    """
    if err.kind in (ErrorKind.CONNECTION, ErrorKind.TIMEOUT):
        return not err.ambiguous
    return err.kind in (
        ErrorKind.REDIRECTED,
        ErrorKind.AUTH,
        ErrorKind.NO_PASSWORD,
        ErrorKind.TLS,
    )


def _message_dict(msg: UserMessage) -> dict[str, Any]:
    args = {k: str(v) for k, v in msg.args.items()}
    stored: dict[str, Any] = {"context": msg.context, "text": msg.text, "args": args}
    if msg.count is not None:
        stored["count"] = msg.count
    return stored


PasswordLookup = Callable[[Site], str | None]


def _default_password(site: Site) -> str | None:
    found = get_password(site.url, site.username)
    return found[0].reveal() if found else None


class Outbox:
    """Queue and send publishing jobs. One per process; call it from one worker thread at a time."""

    def __init__(
        self,
        store: OutboxStore,
        articles: ArticleAccess,
        *,
        http: HttpClient | None = None,
        password: PasswordLookup = _default_password,
        backoff: Backoff | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        publisher_options: dict[str, Any] | None = None,
    ) -> None:
        self.store = store
        self.articles = articles
        self._own_http = http is None
        self.http = http or HttpClient()
        self._password = password
        self.backoff = backoff or Backoff()
        self._clock = clock
        self._publisher_options = publisher_options or {}
        self._publishers: dict[str, Publisher] = {}
        self._lock = threading.Lock()
        self._work = threading.RLock()  # one item at a time per process: publishers are not thread-safe
        self.progress: Callable[[int, str, int, int], None] | None = None  # item id, file, done, total
        self.online: bool | None = None

    def close(self) -> None:
        for pub in self._publishers.values():
            pub.client.close()
        if self._own_http:
            self.http.close()

    # --- queueing ---------------------------------------------------------------------------

    def submit(
        self,
        article_id: str,
        site_id: str,
        action: str = OutboxAction.PUBLISH.value,
        *,
        at: datetime | None = None,
    ) -> OutboxItem:
        """Persist the job (the article id is the post's client UUID) before anything is sent."""
        if action not in ACTIONS:
            raise ValueError(f"unknown outbox action {action!r}")
        payload: dict[str, Any] = {}
        if at is not None:
            payload["at"] = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
        self.articles.load_article(article_id)  # fail now, not in the worker, for an unknown id
        for waiting in self.store.outbox_items(state=OutboxState.QUEUED, article_id=article_id):
            if waiting.site_id == site_id and waiting.action == action:
                # The same job is already waiting: send the newest text once, not twice.
                log.info("outbox: item %d already queues %s of %s", waiting.id, action, article_id)
                return self.store.update_outbox(waiting.id, payload=payload, next_attempt_at=self._clock())
        item = self.store.enqueue(article_id, site_id, action, payload)
        log.info("outbox: queued %s of %s to site %s (item %d)", action, article_id, site_id, item.id)
        return item

    def items(self, *, include_done: bool = True) -> list[OutboxItem]:
        items = self.store.outbox_items()
        return items if include_done else [i for i in items if i.state is not OutboxState.DONE]

    def overview(self, *, include_done: bool = True) -> list[QueueEntry]:
        """Every item with its article's title and its site's name, oldest first."""
        names: dict[str, str] = {}
        titles: dict[str, str] = {}
        out: list[QueueEntry] = []
        for item in self.items(include_done=include_done):
            if item.site_id not in names:
                try:
                    names[item.site_id] = self.store.get_site(item.site_id).name
                except QalamError:
                    names[item.site_id] = ""
            if item.article_id not in titles:
                try:
                    titles[item.article_id] = self.articles.load_article(item.article_id).title
                except QalamError:
                    titles[item.article_id] = ""
            out.append(QueueEntry(item, titles[item.article_id], names[item.site_id]))
        return out

    def pending_count(self) -> int:
        return sum(
            1 for i in self.store.outbox_items() if i.state in (OutboxState.QUEUED, OutboxState.RUNNING)
        )

    def status(self) -> OutboxStatus:
        counts = {state: 0 for state in OutboxState}
        for item in self.store.outbox_items():
            counts[item.state] += 1
        return OutboxStatus(
            queued=counts[OutboxState.QUEUED],
            running=counts[OutboxState.RUNNING],
            failed=counts[OutboxState.FAILED],
            conflicts=counts[OutboxState.CONFLICT],
            online=self.online,
        )

    def probe(self, timeout: float = 5.0) -> bool | None:
        """Can the sites be reached? Sets and returns ``online`` (None when there is no site)."""
        sites = self.store.list_sites()
        if not sites:
            return self.online
        for site in sites:
            try:
                self.http.request("GET", f"{site.url.rstrip('/')}/wp-json/", timeout=timeout)
            except PublishError as exc:
                if exc.kind in (ErrorKind.CONNECTION, ErrorKind.TIMEOUT):
                    continue
                raise
            self.online = True
            return True
        self.online = False
        return False

    def retry(self, item_id: int) -> OutboxItem:
        """Send a failed, conflicting or waiting item again at the next run."""
        return self.store.update_outbox(item_id, state=OutboxState.QUEUED, next_attempt_at=self._clock())

    def retry_failed(self, site_id: str | None = None) -> int:
        """Queue every failed item again (of one site, or all): after the password or the role was fixed."""
        items = [
            i
            for i in self.store.outbox_items(state=OutboxState.FAILED)
            if site_id is None or i.site_id == site_id
        ]
        for item in items:
            self.retry(item.id)
        if site_id is not None:
            self.forget_site(site_id)
        return len(items)

    def keep_mine(self, item_id: int) -> OutboxItem:
        """After a conflict: send my version over the one the user was shown.

        The article is rebased on the site version of the conflict, so a further edit on
        the site before this item runs is still caught as a new conflict.
        """
        item = self.store.get_outbox_item(item_id)
        result = item.result or {}
        theirs = result.get("theirs") or {}
        self.articles.rebase(item.article_id, theirs.get("modified_gmt"), result.get("theirs_hash"))
        return self.store.update_outbox(item_id, state=OutboxState.QUEUED, next_attempt_at=self._clock())

    def take_theirs(self, item_id: int) -> OutboxItem:
        """After a conflict: the site's version replaces the local text (kept as a new revision)."""
        item = self.store.get_outbox_item(item_id)
        result = dict(item.result or {})
        theirs = dict(result.get("theirs") or {})
        theirs["content_hash"] = result.get("theirs_hash")
        self.articles.take_theirs(item.article_id, theirs)
        return self.store.update_outbox(
            item_id,
            state=OutboxState.DONE,
            last_error=None,
            result={"outcome": "took_theirs", "remote_id": result.get("remote_id")},
        )

    def forget_site(self, site_id: str) -> None:
        """Drop the cached connection (after the password or address of the site changed)."""
        with self._lock:
            pub = self._publishers.pop(site_id, None)
        if pub is not None:
            pub.client.close()

    def cancel(self, item_id: int) -> None:
        self.store.delete_outbox_item(item_id)

    def recover(self) -> int:
        """At start: items a crash left ``running`` go back to the queue (they count as possibly sent)."""
        return self.store.requeue_running_outbox()

    # --- sending ----------------------------------------------------------------------------

    def process_due(self, *, limit: int | None = None, now: datetime | None = None) -> FlushReport:
        """Send every due item (or ``limit`` of them); returns what happened to each."""
        report = FlushReport()
        unreachable: dict[str, PublishError] = {}
        with self._work:
            while limit is None or len(report.outcomes) < limit:
                item = self.store.claim_next_outbox(now or self._clock())
                if item is None:
                    break
                if item.site_id in unreachable:
                    # Offline: one failed contact per site and run is enough; the rest wait their turn.
                    report.outcomes.append(self._failed(item, unreachable[item.site_id], self._clock()))
                    continue
                outcome = self._run(item)
                err = outcome.error
                if isinstance(err, PublishError) and _site_wide(err):
                    unreachable[item.site_id] = err
                report.outcomes.append(outcome)
        return report

    def flush(self) -> FlushReport:
        """Send everything queued now, due or not (``qalam outbox flush``, the GUI's "Send now")."""
        now = self._clock()
        for item in self.store.outbox_items(state=OutboxState.QUEUED):
            if item.next_attempt_at is not None and item.next_attempt_at > now:
                self.store.update_outbox(item.id, next_attempt_at=now)
        return self.process_due(now=now)

    def publish_now(
        self,
        article_id: str,
        site_id: str,
        action: str = OutboxAction.PUBLISH.value,
        *,
        at: datetime | None = None,
    ) -> ItemOutcome:
        """Queue, then try at once. ``outcome.done`` False means it stays queued (or failed)."""
        item = self.submit(article_id, site_id, action, at=at)
        with self._work:
            claimed = self._claim(item.id, self._clock())
            if claimed is None:  # another process took it
                return ItemOutcome(self.store.get_outbox_item(item.id))
            return self._run(claimed)

    def _claim(self, item_id: int, now: datetime) -> OutboxItem | None:
        # claim_next_outbox takes the oldest due item; older due items are sent first, which is fine.
        while True:
            claimed = self.store.claim_next_outbox(now)
            if claimed is None:
                return None
            if claimed.id == item_id:
                return claimed
            self._run(claimed)

    def _publisher(self, site: Site) -> Publisher:
        with self._lock:
            pub = self._publishers.get(site.id)
            if pub is None:
                secret = self._password(site)
                if not secret:
                    raise errors.no_password_error(site.name, site.username)
                from editor_app.publish.credentials import Secret

                client = WordPressClient(site.url, site.username, Secret(secret), http=self.http)
                options = dict(self._publisher_options)
                pub = Publisher(
                    client,
                    site.id,
                    self.articles.publish_state(),
                    resolve_media=self.articles.media_resolver(),
                    categories=self.articles.cached_categories(site.id),
                    on_new_categories=functools.partial(self.articles.remember_categories, site.id),
                    site_direction=site.text_direction,
                    **options,
                )
                self._publishers[site.id] = pub
            return pub

    def _wait_if_busy(self, item: OutboxItem, now: datetime) -> ItemOutcome | None:
        """Another process is sending this article right now: wait for its outcome (no double create)."""
        busy = [
            other
            for other in self.store.outbox_items(state=OutboxState.RUNNING, article_id=item.article_id)
            if other.id != item.id
        ]
        if not busy:
            return None
        updated = self.store.update_outbox(
            item.id,
            state=OutboxState.QUEUED,
            next_attempt_at=now + timedelta(seconds=30),
            last_error=_BUSY.render(),
            result={"error": _message_dict(_BUSY), "kind": "busy"},
        )
        return ItemOutcome(updated)

    def _invalid(self, item: OutboxItem, exc: QalamError) -> ItemOutcome:
        """A refusal that retrying cannot fix (unknown category, missing article…): failed, with why."""
        log.warning("outbox item %d: %s", item.id, exc)
        updated = self.store.update_outbox(
            item.id,
            state=OutboxState.FAILED,
            last_error=exc.user_message.render(),
            result={"error": _message_dict(exc.user_message), "kind": "invalid"},
        )
        return ItemOutcome(updated, error=exc)

    def _publish_error(self, item: OutboxItem, exc: PublishError, now: datetime) -> ItemOutcome:
        self.online = exc.kind not in (ErrorKind.CONNECTION, ErrorKind.TIMEOUT, ErrorKind.NOT_JSON)
        if exc.kind in (ErrorKind.AUTH, ErrorKind.NO_PASSWORD):
            self.forget_site(item.site_id)  # a refused password is not tried again for every item
        return self._failed(item, exc, now)

    def _run(self, item: OutboxItem) -> ItemOutcome:
        now = self._clock()
        action = ACTIONS.get(item.action)
        if action is None:
            # Never guess: an action this worker does not know (a workflow item picked up by a plain
            # Outbox, a newer app's item) must not become a publish. It fails, visibly, and stays.
            updated = self.store.update_outbox(
                item.id,
                state=OutboxState.FAILED,
                last_error=_UNKNOWN_ACTION.render(),
                result={"error": _message_dict(_UNKNOWN_ACTION), "kind": "unknown_action"},
            )
            return ItemOutcome(updated)
        waiting = self._wait_if_busy(item, now)
        if waiting is not None:
            return waiting
        try:
            site = self.store.get_site(item.site_id)
            article = self.articles.load_article(item.article_id)
            publisher = self._publisher(site)
            if self.progress is not None:
                report = self.progress

                def progress(name: str, done: int, total: int) -> None:
                    report(item.id, name, done, total)

                publisher.progress = progress
            at = datetime.fromisoformat(item.payload["at"]) if item.payload.get("at") else None
            result = publisher.publish(
                article,
                action,
                at=at,
                possibly_sent=item.attempts > 1,
                overwrite=bool(item.payload.get("overwrite")),
            )
        except PublishError as exc:
            return self._publish_error(item, exc, now)
        except QalamError as exc:
            return self._invalid(item, exc)
        self.online = True
        if result.outcome is Outcome.CONFLICT and result.conflict is not None:
            c = result.conflict
            updated = self.store.update_outbox(
                item.id,
                state=OutboxState.CONFLICT,
                last_error=_CONFLICT.render(),
                result={
                    "error": _message_dict(_CONFLICT),
                    "kind": ErrorKind.CONFLICT.value,
                    "remote_id": c.remote_id,
                    "theirs_hash": c.theirs_hash,
                    "base_modified_gmt": c.base_modified_gmt,
                    "mine": vars(c.mine),
                    "theirs": vars(c.theirs),
                    "diff": c.diff(),
                },
            )
            return ItemOutcome(updated, result=result)
        self.articles.mark_published(item.article_id, result)
        updated = self.store.update_outbox(
            item.id,
            state=OutboxState.DONE,
            last_error=None,
            result={
                "outcome": result.outcome.value,
                "remote_id": result.remote_id,
                "url": result.url,
                "status": result.status,
                "modified_gmt": result.modified_gmt,
                "adopted": result.adopted,
                "media_uploaded": result.media_uploaded,
                "media_reused": result.media_reused,
                "created_categories": result.created_categories,
            },
        )
        log.info("outbox item %d: %s as post %s", item.id, result.outcome.value, result.remote_id)
        return ItemOutcome(updated, result=result)

    def _failed(self, item: OutboxItem, exc: PublishError, now: datetime) -> ItemOutcome:
        result = {
            "error": _message_dict(exc.user_message),
            "kind": exc.kind.value,
            "status": exc.status,
            "code": exc.code,
        }
        if exc.transient:
            delay = self.backoff.delay(item.attempts)
            log.info("outbox item %d: %r; next try in %.0f s", item.id, exc, delay)
            updated = self.store.update_outbox(
                item.id,
                state=OutboxState.QUEUED,
                last_error=exc.user_message.render(),
                result=result,
                next_attempt_at=now + timedelta(seconds=delay),
            )
        else:
            log.warning("outbox item %d failed: %r", item.id, exc)
            updated = self.store.update_outbox(
                item.id, state=OutboxState.FAILED, last_error=exc.user_message.render(), result=result
            )
        return ItemOutcome(updated, error=exc)


_CONFLICT = UserMessage(
    "Publish",
    QT_TRANSLATE_NOOP(
        "Publish",
        "Someone changed this post on the site since you last got it. Compare the two versions: keep yours, "
        "take theirs, or merge by hand.",
    ),
)

_BUSY = UserMessage(
    "Publish",
    QT_TRANSLATE_NOOP(
        "Publish", "Another Qalam window is sending this article right now; this waits for it."
    ),
)
