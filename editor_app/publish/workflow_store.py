"""What the editorial workflow needs from the draft store, on top of :class:`DraftStore`.

Everything goes through the DraftStore's public methods (saves, revisions, notes, terms,
sites), so autosave queues, the recovery journal and the search index stay consistent.
The few lookups the facade does not offer (an article by a remote id typed on the command
line, the baselines a review is compared against) are built from its methods here.

Baselines are revisions of kind ``import`` whose note starts with ``qalam:``:
``qalam:submitted@<UTC time>`` is the version as submitted for review, at the time the site
says it was submitted (what an editor's changes are compared against, and what orders the
inbox); ``qalam:synced`` is the last version exchanged with the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from editor_app.core.article import Article, WorkflowState
from editor_app.core.review import ReviewNote
from editor_app.core.revision import (
    NOTE_RETURNED,
    RETURNED_DETAIL,
    Revision,
    RevisionInfo,
    RevisionKind,
)
from editor_app.core.site import Site, Term
from editor_app.errors import QalamError
from editor_app.publish import inbox_view
from editor_app.publish.inbox_view import BASELINE_NOTES, SUBMITTED, SYNCED, baseline_time
from editor_app.publish.store_bridge import StoreBridge
from editor_app.storage.terms_repo import TermKind

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore

__all__ = ["BASELINE_NOTES", "SUBMITTED", "SYNCED", "WorkflowStore", "baseline_time"]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class WorkflowStore:
    """The workflow's repository functions over one DraftStore (call from the task runner)."""

    def __init__(self, drafts: DraftStore) -> None:
        self.drafts = drafts
        self.bridge = StoreBridge(drafts)

    # --- sites and terms -------------------------------------------------------------------

    def site(self, name_or_id: str) -> Site | None:
        site = self.drafts.site_by_name(name_or_id)
        if site is not None:
            return site
        try:
            return self.drafts.get_site(name_or_id)
        except QalamError:
            return None

    def save_site(self, site: Site) -> None:
        try:
            self.drafts.get_site(site.id)
        except QalamError:
            self.drafts.add_site(site)
        else:
            self.drafts.update_site(site)

    def replace_terms(self, site_id: str, taxonomy: str, terms: Iterable[tuple[int, str, str, int]]) -> int:
        """Replace the cached categories or tags of a site with (remote id, name, slug, parent)."""
        kind: TermKind = "category" if taxonomy == "categories" else "tag"
        return self.drafts.replace_terms(
            site_id, kind, (Term(site_id, rid, name, slug, parent) for rid, name, slug, parent in terms)
        )

    def term_names(self, site_id: str, taxonomy: str, ids: Iterable[int] | None = None) -> dict[int, str]:
        """Names of the cached terms by remote id: only ``ids`` when given (sites have thousands of tags)."""
        kind: TermKind = "category" if taxonomy == "categories" else "tag"
        if ids is not None:
            return {rid: t.name for rid, t in self.drafts.terms_by_id(site_id, kind, ids).items()}
        return {t.remote_id: t.name for t in self.drafts.list_terms(site_id, kind)}

    # --- articles ----------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        try:
            return self.drafts.get(article_id)
        except QalamError:
            return None

    def find_article(self, ref: str, site_id: str | None = None) -> Article | None:
        """By id or unique id prefix (as the CLI prints them), else by the post's id on the site."""
        try:
            return self.drafts.get(self.drafts.resolve_id(ref))
        except QalamError:
            pass
        if ref.isdigit():
            for summary in self.drafts.list_drafts(site_id=site_id):
                if summary.remote_id == int(ref):
                    return self.article(summary.id)
        return None

    def by_remote(self, site_id: str, remote_id: int) -> Article | None:
        return self.drafts.find_by_remote(site_id, remote_id)

    def tracked(self, site_id: str, states: Iterable[str] | None = None) -> list[Article]:
        """Articles of this site that exist on it (not in the local trash), optionally only in ``states``."""
        return inbox_view.tracked(self.drafts, site_id, states)

    def save_article(
        self, article: Article, baseline: str = "", *, submitted_at: datetime | None = None
    ) -> Article:
        """An explicit save; with ``baseline`` the revision it makes is that baseline.

        A returned article's revision says so (the history labels it): the editor's save when
        returning it, and the reporter's copy pulled from the site (``qalam:synced@returned``).
        """
        returned = article.state is WorkflowState.RETURNED
        if not baseline:
            self.drafts.save(article, NOTE_RETURNED if returned else "")
        else:
            note = (
                baseline
                if submitted_at is None or baseline != SUBMITTED
                else (f"{SUBMITTED}@{_stamp(submitted_at)}")
            )
            if baseline == SYNCED and returned:
                note = f"{SYNCED}@{RETURNED_DETAIL}"
            self.drafts.save(article, note, kind=RevisionKind.IMPORT)
        return self.drafts.get(article.id)

    # --- baselines -----------------------------------------------------------------------------

    def baseline_info(self, article_id: str, notes: tuple[str, ...] = BASELINE_NOTES) -> RevisionInfo | None:
        """The newest revision whose note is one of ``notes`` (``@time`` suffixes ignored)."""
        return inbox_view.baseline_info(self.drafts, article_id, notes)

    def baseline(self, article_id: str, notes: tuple[str, ...] = BASELINE_NOTES) -> Revision | None:
        return inbox_view.baseline(self.drafts, article_id, notes)

    # --- review notes --------------------------------------------------------------------------

    def notes(self, article_id: str) -> list[ReviewNote]:
        return self.drafts.notes(article_id)

    def add_note(
        self,
        article_id: str,
        author: str,
        text: str,
        created_at: datetime | None = None,
        *,
        remote: bool = False,
    ) -> ReviewNote:
        return self.drafts.add_note(article_id, author, text, remote=remote, created_at=created_at)

    def mark_notes_remote(self, notes: Iterable[ReviewNote]) -> None:
        """The site now has these notes (re-recorded with ``remote`` set, same time and text)."""
        for note in notes:
            if note.remote:
                continue
            self.drafts.delete_note(note.id)
            self.drafts.add_note(
                note.article_id, note.author, note.text, remote=True, created_at=note.created_at
            )

    # --- the publisher's PublishState ------------------------------------------------------------

    def save_remote_fields(
        self, article: Article, site_id: str, remote_id: int, modified_gmt: str, digest: str, url: str
    ) -> Article:
        """Record the site's id and version of the article (after a write the publisher did not make)."""
        fresh = self.article(article.id) or article
        fresh = replace(
            fresh,
            site_id=site_id,
            remote_id=remote_id,
            remote_modified_gmt=modified_gmt,
            remote_content_hash=digest,
            remote_url=url or fresh.remote_url,
        )
        self.drafts.save(fresh)
        return fresh
