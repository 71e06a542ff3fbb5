"""The review inbox as the last ``qalam sync`` left it, from any reader of the store.

Plain functions over a store's reading methods (``list_drafts``, ``get``, ``history``, ``revision``,
``notes``): :class:`~editor_app.storage.store.DraftStore` in the app, and the plain-sqlite3
:class:`~editor_app.storage.quick_read.QuickReader` for ``qalam inbox``, which must not load the
HTTP client, the keyring or SQLAlchemy to print what is already on this computer. The workflow
service (``publish.workflow_inbox``) answers with the same functions.

Baselines are revisions of kind ``import`` whose note starts with ``qalam:``:
``qalam:submitted@<UTC time>`` is the version as submitted for review (at the time the site says it
was submitted); ``qalam:synced`` is the last version exchanged with the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from editor_app.core.article import Article, WorkflowState
from editor_app.core.plain_text import article_word_count
from editor_app.core.review import ReviewNote
from editor_app.core.revision import NOTE_SUBMITTED, NOTE_SYNCED, Revision, RevisionInfo, RevisionKind
from editor_app.core.site import Site
from editor_app.core.workflow import role_from_site
from editor_app.errors import QalamError

SUBMITTED = NOTE_SUBMITTED
SYNCED = NOTE_SYNCED
BASELINE_NOTES = (SUBMITTED, SYNCED)
# The states in which an article waits for an editor.
REVIEW_STATES = (WorkflowState.SUBMITTED, WorkflowState.IN_REVIEW, WorkflowState.APPROVED)


class StoreReader(Protocol):
    def list_drafts(self, *, trashed: bool | None = False, state: str | None = None,
                    site_id: str | None = None, limit: int | None = None) -> list[Any]: ...
    def get(self, article_id: str) -> Article: ...
    def history(self, article_id: str) -> list[RevisionInfo]: ...
    def revision(self, article_id: str, number: int) -> Revision: ...
    def notes(self, article_id: str) -> list[ReviewNote]: ...


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def baseline_time(info: RevisionInfo) -> datetime:
    """When the baseline's version was made (the submission time for ``qalam:submitted@…``)."""
    _, _, stamp = info.note.partition("@")
    if stamp:
        try:
            return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            pass
    return info.created_at


def baseline_info(drafts: StoreReader, article_id: str,
                  notes: tuple[str, ...] = BASELINE_NOTES) -> RevisionInfo | None:
    """The newest revision whose note is one of ``notes`` (``@time`` suffixes ignored)."""
    for info in drafts.history(article_id):
        if info.kind is RevisionKind.IMPORT and info.note.partition("@")[0] in notes:
            return info
    return None


def baseline(drafts: StoreReader, article_id: str,
             notes: tuple[str, ...] = BASELINE_NOTES) -> Revision | None:
    info = baseline_info(drafts, article_id, notes)
    return None if info is None else drafts.revision(article_id, info.number)


def has_local_changes(drafts: StoreReader, article: Article) -> bool:
    """True when the article differs from the last version exchanged with the site."""
    base = baseline(drafts, article.id)
    if base is None:
        return False
    return (base.title, base.body_html, base.excerpt) != (article.title, article.body_html, article.excerpt)


def tracked(drafts: StoreReader, site_id: str, states: Iterable[str] | None = None) -> list[Article]:
    """Articles of this site that exist on it (not in the local trash), optionally only in ``states``
    (filtered on the summaries, so published archives are not loaded for nothing)."""
    wanted = None if states is None else {str(s) for s in states}
    out: list[Article] = []
    for summary in drafts.list_drafts(site_id=site_id):
        if summary.remote_id is not None and (wanted is None or summary.state in wanted):
            try:
                out.append(drafts.get(summary.id))
            except QalamError:
                continue
    return out


def is_editor(site: Site) -> bool:
    return role_from_site(list(site.roles), dict(site.capabilities)).is_editor


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
            "submitted_at": iso_utc(self.submitted_at) if self.submitted_at else None,
            "age_seconds": int(age.total_seconds()) if age is not None else None,
            "state": self.state.value,
            "local_changes": self.local_changes,
            "notes": self.notes,
        }


def inbox_items(drafts: StoreReader, site: Site) -> list[InboxItem]:
    """Articles awaiting review on this site, oldest submission first (empty for reporters)."""
    items: list[InboxItem] = []
    if not is_editor(site):
        return items
    for article in tracked(drafts, site.id, [s.value for s in REVIEW_STATES]):
        base = baseline_info(drafts, article.id, (SUBMITTED,))
        items.append(
            InboxItem(
                article_id=article.id,
                remote_id=article.remote_id,
                site_id=article.site_id,
                title=article.title,
                author=article.author,
                categories=tuple(article.categories),
                words=article_word_count(article.body_html),
                submitted_at=baseline_time(base) if base else None,
                state=article.state,
                local_changes=has_local_changes(drafts, article),
                notes=len(drafts.notes(article.id)),
            )
        )
    far_future = datetime.max.replace(tzinfo=UTC)
    items.sort(key=lambda i: (i.submitted_at or far_future, i.title))
    return items
