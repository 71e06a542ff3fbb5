"""What the UI shows of the workflow, from the local copy (offline): the review inbox, my submissions,
the version as submitted, review notes."""

from __future__ import annotations

from editor_app.core.article import Article, WorkflowState
from editor_app.core.review import ReviewNote
from editor_app.core.site import TermStatus
from editor_app.publish.inbox_view import InboxItem, inbox_items
from editor_app.publish.site_terms import term_status as site_term_status
from editor_app.publish.workflow_base import ServiceBase
from editor_app.publish.workflow_model import Submission
from editor_app.publish.workflow_store import SUBMITTED


class LocalViews(ServiceBase):
    """The inbox, my submissions and notes as the last sync left them."""

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
        return inbox_items(self.store.drafts, self.site)

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

    def term_status(self, article_id: str) -> TermStatus | None:
        """The article's categories and tags this site lacks (by the local copy); None before a sync."""
        article = self.store.article(article_id)
        return None if article is None else site_term_status(self.store.drafts, self.site, article)
