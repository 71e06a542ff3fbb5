"""Executing a queued workflow action: one outbox item carried to the site through the exactly-once
publisher (its conflict check refuses to overwrite an edit made on the site since the article's version)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from editor_app.core.article import Article, WorkflowState
from editor_app.core.outbox import OutboxItem
from editor_app.core.workflow import Action
from editor_app.publish.errors import ErrorKind
from editor_app.publish.publisher import Action as PubAction
from editor_app.publish.publisher import (
    Outcome,
    Publisher,
    PublishResult,
    content_hash,
)
from editor_app.publish.wordpress import RemotePost
from editor_app.publish.workflow_base import ServiceBase
from editor_app.publish.workflow_model import (
    NOTES_META,
    OUTBOX_PREFIX,
    STATE_META,
    decode_notes,
    encode_notes,
    merge_notes,
    note_record,
    parse_iso,
)
from editor_app.publish.workflow_store import SYNCED


class ExecuteActions(ServiceBase):
    """Carry a queued action (``workflow:*`` outbox item) to the site."""

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
            publisher = publisher or Publisher(
                client, self.site.id, self.store.bridge, site_direction=self.site.text_direction
            )
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
            "created_categories": result.created_categories if result is not None else [],
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
            return PubAction.PUBLISH, parse_iso(payload.get("at")), ""
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
