"""Posts that live on the site: list and search them, and open one as a local draft linked to it.

Opening goes through the one conversion of a post into an article (``store_bridge.pull_post``). The
draft is linked to the post (site, id, ``modified_gmt``, content hash), so publishing it updates that
post, never a new one, and an edit made on the site meanwhile is caught by the publisher's conflict
check. Opening a post this computer already has refreshes the draft, and never loses a word:

- the post changed on the site and the draft has no edits since the last exchange: the site's version
  replaces it (a new revision);
- the post changed on the site and the draft was edited here too: the draft's version is kept as a
  revision of its own, then the site's version becomes the draft (both in the history), and the user
  is told which revision holds their edits;
- the post did not change on the site: the draft stays as it is (any edits in it are newer).

Nothing here imports Qt; call it from the task runner or the command line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.outbox import OutboxState
from editor_app.core.site import Term
from editor_app.errors import QalamError
from editor_app.publish.publisher import content_hash
from editor_app.publish.store_bridge import post_uuid, pull_post
from editor_app.publish.wordpress import RemotePost, WordPressClient
from editor_app.publish.wordpress_reading import PostPage
from editor_app.publish.workflow_store import WorkflowStore

if TYPE_CHECKING:
    from editor_app.core.revision import Revision
    from editor_app.core.site import Site
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

CTX = "SitePosts"
KEPT_NOTE = "local edits, kept when the post was opened again from the site"
STATUSES = ("publish", "future", "draft", "pending", "private")


class OpenOutcome(StrEnum):
    CREATED = "created"  # a new local draft
    REFRESHED = "refreshed"  # the draft now has the site's version
    KEPT_BOTH = "kept_both"  # the draft's edits kept as a revision, then the site's version
    CURRENT = "current"  # the draft already is the site's version
    KEPT_LOCAL = "kept_local"  # the post has not changed on the site: the draft keeps its newer edits


@dataclass(frozen=True)
class OpenedPost:
    article: Article
    outcome: OpenOutcome
    kept_revision: int | None = None  # KEPT_BOTH: the revision that holds the local edits

    @property
    def message(self) -> UserMessage:
        """What to tell the user, in their language (translate with the GUI's or the CLI's translator)."""
        args = {"id": str(self.article.remote_id or ""), "revision": str(self.kept_revision or "")}
        text = {
            OpenOutcome.CREATED: QT_TRANSLATE_NOOP("SitePosts", "Post {id} is now a local draft."),
            OpenOutcome.REFRESHED: QT_TRANSLATE_NOOP(
                "SitePosts", "The draft was refreshed with the site's version of post {id}."
            ),
            OpenOutcome.KEPT_BOTH: QT_TRANSLATE_NOOP(
                "SitePosts",
                "Post {id} was changed on the site and your draft had edits of its own: both are kept. "
                "The draft now has the site's version; your edits are revision {revision} in its history.",
            ),
            OpenOutcome.CURRENT: QT_TRANSLATE_NOOP(
                "SitePosts", "The draft already has the site's version of post {id}."
            ),
            OpenOutcome.KEPT_LOCAL: QT_TRANSLATE_NOOP(
                "SitePosts",
                "Post {id} has not changed on the site since your draft was based on it; the draft is "
                "kept as it is.",
            ),
        }[self.outcome]
        return UserMessage(CTX, text, args)


def busy_error(title: str) -> QalamError:
    return QalamError(
        UserMessage(
            CTX,
            QT_TRANSLATE_NOOP(
                "SitePosts",
                "“{title}” is waiting in the publishing queue: send it (or remove it from the queue) before "
                "opening the post from the site again.",
            ),
            {"title": title},
        )
    )


def list_posts(
    client: WordPressClient,
    *,
    search: str = "",
    status: str | None = None,
    mine: bool = False,
    page: int = 1,
    per_page: int = 20,
) -> PostPage:
    """One page of the site's posts (newest change first), with the authors' names where the site tells
    them (the companion plugin sends them with the posts; otherwise one request for the page's authors)."""
    author = client.me().id if mine else None
    result = client.list_posts(search=search, status=status, author=author, page=page, per_page=per_page)
    missing = [p.author for p in result.posts if p.author and not p.author_name]
    if not missing:
        return result
    names = client.user_names(missing)
    posts = [
        p if p.author_name else replace(p, author_name=names.get(p.author) or f"#{p.author}")
        for p in result.posts
    ]
    return PostPage(posts, result.total, result.pages, result.page)


def _local_copy(store: DraftStore, site_id: str, post: RemotePost) -> Article | None:
    """The draft linked to this post: by the post's id here, else by the article id the post carries."""
    found = store.find_by_remote(site_id, post.id)
    if found is not None:
        return found
    uuid = post_uuid(post)
    if uuid and store.exists(str(uuid)):
        article = store.get(str(uuid))
        if article.site_id in (None, site_id):
            return article
    return None


def _cache_terms(store: DraftStore, client: WordPressClient, site_id: str, post: RemotePost) -> None:
    """Make sure the local copy of the site's terms names the post's categories and tags (a site added
    without a sync, or terms made on the site since): the draft must carry names, not ids."""
    for taxonomy, kind, ids in (("categories", "category", post.categories), ("tags", "tag", post.tags)):
        known = store.terms_by_id(site_id, kind, ids)
        missing = sorted(i for i in set(ids) if i not in known)
        if not missing:
            continue
        data, _ = client.call(
            "GET",
            f"/wp/v2/{taxonomy}",
            params={
                "include": ",".join(map(str, missing)),
                "per_page": 100,
                "context": "view",
                "_fields": "id,name,slug,parent",
                "hide_empty": "false",
            },
        )
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and "id" in item:
                term = Term(
                    site_id,
                    int(item["id"]),
                    str(item.get("name", "")),
                    str(item.get("slug", "")),
                    int(item.get("parent") or 0),
                )
                store.upsert_term(term, kind)


def _edited_since_exchange(base: Revision | None, article: Article) -> bool:
    """True unless the draft is exactly ``base``, the last version exchanged with the site (without that
    record, it may hold edits: assume it does)."""
    if base is None:
        return True
    mine = (article.title, article.body_html, article.excerpt, list(article.categories), list(article.tags))
    return (base.title, base.body_html, base.excerpt, list(base.categories), list(base.tags)) != mine


def open_site_post(store: DraftStore, client: WordPressClient, site: Site, post_id: int) -> OpenedPost:
    """Make (or refresh) the local draft linked to post ``post_id`` of ``site``; see the module's rules."""
    post = client.get_post(post_id)
    existing = _local_copy(store, site.id, post)
    if existing is not None:
        queued = [
            i
            for state in (OutboxState.QUEUED, OutboxState.RUNNING)
            for i in store.outbox_items(state=state, article_id=existing.id)
        ]
        if queued:
            raise busy_error(existing.title or str(post_id))
    _cache_terms(store, client, site.id, post)
    if existing is None:
        article = pull_post(store, client, site.id, post_id, post=post)
        log.info("post %d of %s opened as draft %s", post_id, site.name, article.id)
        return OpenedPost(article, OpenOutcome.CREATED)
    base = WorkflowStore(store).baseline(existing.id)
    site_changed = (
        existing.remote_id != post.id
        or post.modified_gmt != existing.remote_modified_gmt
        or content_hash(post.content_raw) != existing.remote_content_hash
        # modified_gmt counts whole seconds: a title changed in the second the draft was read looks the same.
        or (base is not None and (base.title, base.excerpt) != (post.title_raw, post.excerpt_raw))
    )
    edited = _edited_since_exchange(base, existing)
    if not site_changed:
        from editor_app.core.workflow import state_from_remote

        # The site's scheduler publishes a post, and a permalink setting moves it, without a new version.
        state = state_from_remote(post.status, str(post.meta.get("qalam_state") or "") or None)
        if (existing.remote_url, existing.state) != (post.link, state):
            existing.remote_url, existing.state = post.link, state
            store.save(existing)
        return OpenedPost(existing, OpenOutcome.KEPT_LOCAL if edited else OpenOutcome.CURRENT)
    kept: int | None = None
    if edited:
        # The draft's text first becomes a revision kept forever (an autosave would be thinned away).
        kept = store.save(existing, note=KEPT_NOTE).number
        log.info("draft %s: local edits kept as revision %d before the site's version", existing.id, kept)
    article = pull_post(store, client, site.id, post_id, post=post)
    return OpenedPost(article, OpenOutcome.KEPT_BOTH if edited else OpenOutcome.REFRESHED, kept)
