"""The site's categories and tags, kept in the local store for the pickers, the check and publishing.

A newsroom site has thousands of tags, and WordPress gives terms no modification time and its REST API
no ETag or conditional request, so the refresh asks first whether anything changed and lists terms only
when it did:

* With the companion plugin, one request (``/qalam/v1/terms``) tells, for categories and tags, how many
  there are, the newest id, and a stamp that changes on every rename, move or deletion.
* Without it, one small request per taxonomy (``per_page=1&orderby=id&order=desc&_fields=id``) gives the
  count (``X-WP-Total``) and the newest id. New terms and deletions show in them; a rename does not, so a
  complete listing is made again when the last one is older than :data:`FULL_EVERY` (and on ``full``).

Then: nothing changed → no listing at all; only new terms (the count grew by as many as there are new
ids) → only the terms past the newest known id; anything else → the complete listing, 100 a page, pages
fetched :data:`~editor_app.publish.http.PAGE_CONCURRENCY` at a time with only ``id,name,slug,parent``,
merged into the store in bulk as they arrive (renamed and deleted terms are noticed and counted).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from editor_app.core.article import Article
from editor_app.core.site import Site, TermChanges, TermStatus, TermSyncState
from editor_app.core.site import Term as CoreTerm
from editor_app.publish.wordpress import WordPressClient
from editor_app.storage.terms_repo import TermKind

if TYPE_CHECKING:
    from editor_app.publish.workflow_store import WorkflowStore
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

FULL_EVERY = timedelta(hours=24)  # without the companion plugin, renames are seen at least this often
KINDS: tuple[tuple[TermKind, str], ...] = (("category", "categories"), ("tag", "tags"))


@dataclass(frozen=True)
class Seen:
    """What the site says about one taxonomy right now."""

    total: int
    max_id: int
    edited: str = ""


@dataclass
class TermsRefresh:
    """What a refresh did, per kind (``category``, ``tag``)."""

    counts: dict[str, int] = field(default_factory=dict)  # terms in the local copy afterwards
    listed: dict[str, str] = field(default_factory=dict)  # "none" | "new" | "full"
    changes: dict[str, TermChanges] = field(default_factory=dict)

    @property
    def categories(self) -> int:
        return self.counts.get("category", 0)

    @property
    def tags(self) -> int:
        return self.counts.get("tag", 0)


class SiteTerms:
    """Refreshes one site's categories and tags in one draft store (call from the task runner)."""

    def __init__(
        self,
        drafts: DraftStore,
        client: WordPressClient,
        site_id: str,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.drafts = drafts
        self.client = client
        self.site_id = site_id
        self._clock = clock or (lambda: datetime.now(UTC))

    def refresh(self, *, full: bool = False) -> TermsRefresh:
        """Bring the local copy up to date, listing only what changed (everything when ``full``)."""
        report = TermsRefresh()
        known = {kind: self.drafts.term_sync_state(self.site_id, kind) for kind, _ in KINDS}
        seen = self._ask(known, full)
        unstamped: list[TermKind] = []
        for kind, taxonomy in KINDS:
            listed, changes = self._refresh_one(kind, taxonomy, known[kind], seen.get(kind), full)
            if listed == "full" and kind not in seen:
                unstamped.append(kind)
            report.listed[kind] = listed
            report.changes[kind] = changes
            report.counts[kind] = self.drafts.count_terms(self.site_id, kind)
            if changes.any:
                log.info(
                    "%s of site %s: %d new, %d renamed, %d deleted (%s listing)",
                    taxonomy,
                    self.site_id,
                    changes.added,
                    changes.renamed,
                    changes.deleted,
                    listed,
                )
        if unstamped:
            self._stamp(unstamped)
        return report

    def _stamp(self, kinds: list[TermKind]) -> None:
        """Remember the plugin's edit stamps with a listing made without asking first (asked after it, so an
        edit made meanwhile is not missed: at worst the next refresh lists again)."""
        plugin = self.client.companion_terms()
        if plugin is None:
            return
        for kind, taxonomy in KINDS:
            state = self.drafts.term_sync_state(self.site_id, kind)
            if kind in kinds and state is not None:
                self._save(replace(state, edited=plugin[taxonomy][2]))

    def _ask(self, known: dict[TermKind, TermSyncState | None], full: bool) -> dict[TermKind, Seen]:
        """The site's current totals; empty for a kind that is listed in full anyway."""
        if full or all(state is None for state in known.values()):
            return {}  # the listing's first page tells the totals
        plugin = self.client.companion_terms()
        if plugin is not None:
            return {kind: Seen(*plugin[taxonomy]) for kind, taxonomy in KINDS}
        out: dict[TermKind, Seen] = {}
        for kind, taxonomy in KINDS:
            state = known[kind]
            if state is not None and not self._stale(state):
                out[kind] = Seen(*self.client.term_summary(taxonomy))
        return out

    def _stale(self, state: TermSyncState) -> bool:
        """Without the plugin's stamp a rename is invisible: list everything again now and then."""
        if state.edited:
            return False
        return state.full_at is None or self._clock() - state.full_at > FULL_EVERY

    def _refresh_one(
        self, kind: TermKind, taxonomy: str, state: TermSyncState | None, seen: Seen | None, full: bool
    ) -> tuple[str, TermChanges]:
        if not full and state is not None and seen is not None and not self._stale_for(state, seen):
            if (seen.total, seen.max_id, seen.edited) == (state.total, state.max_id, state.edited):
                return "none", TermChanges()
            if seen.edited == state.edited and seen.max_id > state.max_id and seen.total > state.total:
                newer = [
                    t
                    for t in self.client.iter_terms(taxonomy, newer_than=state.max_id)
                    if t.id > state.max_id
                ]
                if state.total + len(newer) == seen.total:
                    changes = self.drafts.merge_terms(
                        self.site_id,
                        kind,
                        (self._core(t.id, t.name, t.slug, t.parent) for t in newer),
                        complete=False,
                    )
                    self._save(replace(state, total=seen.total, max_id=seen.max_id))
                    return "new", changes
                # Some were deleted too: only the complete listing tells which.
        return "full", self._list_all(kind, taxonomy, seen)

    def _stale_for(self, state: TermSyncState, seen: Seen) -> bool:
        if seen.edited:  # the plugin's stamp covers renames: no periodic listing needed
            return False
        return self._stale(state)

    def _list_all(self, kind: TermKind, taxonomy: str, seen: Seen | None) -> TermChanges:
        total: int | None = None  # as the first page tells it
        max_id = 0

        def listing() -> Iterator[CoreTerm]:
            # Pages are stored as they arrive (see TermsRepo.merge_terms): only a few are ever in memory.
            nonlocal total, max_id
            for page in self.client.term_pages(taxonomy):
                total = page.total if total is None else total
                max_id = max([max_id, *(t.id for t in page.terms)])
                yield from (self._core(t.id, t.name, t.slug, t.parent) for t in page.terms)

        changes = self.drafts.merge_terms(self.site_id, kind, listing(), complete=True)
        # A term created while the pages were read makes the totals disagree: the next refresh lists again.
        self._save(
            TermSyncState(
                self.site_id,
                kind,
                total=total or 0,
                max_id=max_id,
                edited=seen.edited if seen is not None else "",
                full_at=self._clock(),
            )
        )
        return changes

    def _core(self, remote_id: int, name: str, slug: str, parent: int) -> CoreTerm:
        return CoreTerm(self.site_id, remote_id, name, slug, parent)

    def _save(self, state: TermSyncState) -> None:
        self.drafts.save_term_sync_state(state)


def refresh_terms(
    drafts: DraftStore, client: WordPressClient, site_id: str, *, full: bool = False
) -> TermsRefresh:
    """Refresh the cached categories and tags of a site (see the module docstring)."""
    return SiteTerms(drafts, client, site_id).refresh(full=full)


def pull_terms(store: WorkflowStore, client: WordPressClient, site_id: str) -> tuple[int, int]:
    """Refresh the cached categories and tags of the site; returns how many of each it now has."""
    report = refresh_terms(store.drafts, client, site_id)
    return report.categories, report.tags


# --- an article's terms against the local copy -------------------------------------------------------------


def known_term(drafts: DraftStore, site_id: str, kind: TermKind, ref: str) -> CoreTerm | None:
    """The cached term a draft's category or tag means: by name (vowel marks and hamza forms aside), by
    slug, or by id (a post pulled before its category was cached keeps the id)."""
    ref = ref.strip()
    if not ref:
        return None
    if ref.isdigit():
        found = drafts.terms_by_id(site_id, kind, [int(ref)])
        if found:
            return found[int(ref)]
    term = drafts.find_term(site_id, kind, ref)
    if term is None and ref != quote(ref, safe="-"):
        term = drafts.find_term(site_id, kind, quote(ref, safe="-").lower())  # slugs are stored encoded
    return term


def may_create_categories(site: Site) -> bool:
    caps = site.capabilities or {}
    return bool(caps.get("manage_categories")) or any(r in ("administrator", "editor") for r in site.roles)


def term_status(drafts: DraftStore, site: Site | None, article: Article) -> TermStatus | None:
    """Which of the article's categories and tags the site lacks, by the local copy; None when there is no
    site or its terms were never fetched (nothing to tell yet: ``qalam sync`` first)."""
    if site is None:
        return None
    if drafts.term_sync_state(site.id, "category") is None and drafts.count_terms(site.id, "category") == 0:
        return None
    categories = tuple(
        c for c in article.categories if c.strip() and known_term(drafts, site.id, "category", c) is None
    )
    tags = tuple(t for t in article.tags if t.strip() and known_term(drafts, site.id, "tag", t) is None)
    return TermStatus(site.name, categories, tags, may_create_categories(site))


def target_site(drafts: DraftStore, article: Article, preferred: str | None = None) -> Site | None:
    """The site an article goes to: its own, else ``preferred`` (a name or id), else the only site."""
    from editor_app.errors import QalamError

    for ref in (article.site_id, preferred):
        if ref:
            site = drafts.site_by_name(ref)
            if site is None:
                try:
                    site = drafts.get_site(ref)
                except QalamError:
                    site = None
            if site is not None:
                return site
    sites = drafts.list_sites()
    return sites[0] if len(sites) == 1 else None


def unknown_names(drafts: DraftStore, site_id: str, kind: TermKind, names: list[str]) -> list[str]:
    """The names among ``names`` the site's local copy lacks; none while the site was never synced."""
    if drafts.term_sync_state(site_id, kind) is None and drafts.count_terms(site_id, kind) == 0:
        return []
    return [n for n in names if n.strip() and known_term(drafts, site_id, kind, n) is None]
