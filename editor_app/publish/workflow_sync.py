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

Where the verbs live
    The service is one class assembled from parts a reader can find by verb: queued actions
    (workflow_actions.py), executing them (workflow_execute.py), pulling the inbox and notes
    (workflow_pull.py), the site's categories and tags (site_terms.py), the local views of the
    inbox and submissions (workflow_inbox.py); workflow_model.py holds the records they share.
    Import everything from this module, as before.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.outbox import OutboxItem, OutboxState
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.publish.errors import PublishError
from editor_app.publish.outbox import ItemOutcome, Outbox
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_actions import QueuedActions
from editor_app.publish.workflow_execute import ExecuteActions
from editor_app.publish.workflow_model import (
    AUTHOR_FIELD,
    CONFLICT_MESSAGE,
    CRON_NOTE,
    CTX,
    NO_PLUGIN_WARNING,
    NOTES_META,
    OUTBOX_PREFIX,
    PER_PAGE,
    REVIEW_STATES,
    STATE_META,
    UUID_MARKER,
    ActionResult,
    ClientFactory,
    InboxItem,
    NoteRecord,
    Submission,
    SyncReport,
    decode_notes,
    encode_notes,
    is_workflow_item,
    merge_notes,
    note_record,
    outbox_action,
    site_timezone,
    timezone_from_index,
    uuid_of,
    workflow_error,
)
from editor_app.publish.workflow_pull import PullFromSite
from editor_app.publish.workflow_store import WorkflowStore

if TYPE_CHECKING:
    from editor_app.publish.http import HttpClient
    from editor_app.storage.store import DraftStore

# Callers import everything the workflow offers from here, as before the service was split by verb.
__all__ = [
    "AUTHOR_FIELD",
    "CONFLICT_MESSAGE",
    "CRON_NOTE",
    "CTX",
    "NOTES_META",
    "NO_PLUGIN_WARNING",
    "OUTBOX_PREFIX",
    "PER_PAGE",
    "REVIEW_STATES",
    "STATE_META",
    "UUID_MARKER",
    "ActionResult",
    "ClientFactory",
    "InboxItem",
    "NoteRecord",
    "Submission",
    "SyncReport",
    "WorkflowOutbox",
    "WorkflowService",
    "connect_with_saved_password",
    "decode_notes",
    "encode_notes",
    "is_workflow_item",
    "merge_notes",
    "note_record",
    "open_workflow",
    "outbox_action",
    "site_timezone",
    "timezone_from_index",
    "uuid_of",
]

log = logging.getLogger(__name__)


class WorkflowService(QueuedActions, ExecuteActions, PullFromSite):
    """The workflow for one user of one site, on one data folder. No Qt; call it from the task runner.

    Assembled from its verbs (see "Where the verbs live" above); it adds nothing of its own.
    """


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


def connect_with_saved_password(site: Site, http: HttpClient | None = None) -> WordPressClient:
    """A client for the site's user with the password from QALAM_PASSWORD, the keyring or this process;
    through ``http`` when given (one HTTP client, one TLS context, for a whole command)."""
    from editor_app.publish import errors
    from editor_app.publish.credentials import get_password

    found = get_password(site.url, site.username)
    if found is None:
        raise errors.no_password_error(site.name, site.username)
    return WordPressClient(site.url, site.username, found[0], http=http)


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
        raise workflow_error(
            QT_TRANSLATE_NOOP("Workflow", "No site named {name}: add it with qalam sites add."), name=site_ref
        )
    return WorkflowService(store, site, connect)
