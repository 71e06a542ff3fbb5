"""The part of the workflow service every verb shares: the user, the site connection, article lookups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from editor_app.core.article import Article, WorkflowState
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.outbox import OutboxItem, OutboxState
from editor_app.core.site import Site
from editor_app.core.workflow import (
    Action,
    Actor,
    decide,
    role_from_site,
)
from editor_app.errors import QalamError
from editor_app.publish import inbox_view
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_model import (
    ClientFactory,
    site_timezone,
    workflow_error,
    workflow_message,
)
from editor_app.publish.workflow_store import WorkflowStore

log = logging.getLogger(__name__)


class ServiceBase:
    """One user of one site, on one data folder: who the user is, the connection, the article lookups
    every part of the workflow shares."""

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
        self._me_id: int | None = None  # the user's id on the site, once refresh_site has asked
        self._authors: dict[int, str] = {}  # display names of post authors, by user id

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
                raise workflow_error(
                    QT_TRANSLATE_NOOP("Workflow", "No connection to the site is configured.")
                )
            self._client = self._connect(self.site)
        return self._client

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
        self._client = None

    @property
    def timezone(self) -> tzinfo:
        return site_timezone(self.site.timezone)

    # --- articles ------------------------------------------------------------------------------------

    def _load(self, article_id: str) -> Article:
        article = self.store.find_article(article_id, self.site.id)
        if article is None or article.is_trashed:
            raise workflow_error(QT_TRANSLATE_NOOP("Workflow", "No article with id {id}."), id=article_id)
        if article.site_id not in (None, self.site.id):
            raise workflow_error(QT_TRANSLATE_NOOP("Workflow", "This article belongs to another site."))
        return article

    def _check(self, action: Action, article: Article) -> WorkflowState:
        decision = decide(action, article.state, self.actor, own=self.is_own(article))
        if not decision.allowed or decision.target is None:
            raise QalamError(
                decision.reason or workflow_message(QT_TRANSLATE_NOOP("Workflow", "This is not allowed."))
            )
        return decision.target

    def allowed(self, article: Article) -> list[Action]:
        from editor_app.core.workflow import allowed_actions

        return allowed_actions(article.state, self.actor, own=self.is_own(article))

    def pending_items(self, article_id: str | None = None) -> list[OutboxItem]:
        items: list[OutboxItem] = []
        for state in (OutboxState.QUEUED, OutboxState.RUNNING):
            items.extend(
                i
                for i in self.store.drafts.outbox_items(state=state, article_id=article_id)
                if i.site_id == self.site.id
            )
        return items

    def has_local_changes(self, article: Article) -> bool:
        """True when the article differs from the last version exchanged with the site."""
        return inbox_view.has_local_changes(self.store.drafts, article)
