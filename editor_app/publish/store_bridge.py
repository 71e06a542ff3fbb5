"""The publisher's view of the draft store: articles, media and the remote ids a site gave them.

Built on :class:`editor_app.storage.store.DraftStore` and, for the few writes the store
has no method for (the remote columns of an article, media looked up by hash per site),
directly on its session and models. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import mimetypes
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import select, update

from editor_app.core.arabic_text import paragraph_direction
from editor_app.core.article import Article, Direction, WorkflowState
from editor_app.core.plain_text import html_to_text
from editor_app.core.revision import NOTE_SYNCED, RevisionKind
from editor_app.core.site import Site
from editor_app.core.site import Term as CoreTerm
from editor_app.errors import QalamError
from editor_app.publish import errors
from editor_app.publish.publisher import (
    LocalMedia,
    MediaResolver,
    PublishResult,
    default_media_resolver,
    uuid_from_marker,
)
from editor_app.publish.publisher import content_hash as publish_content_hash
from editor_app.publish.wordpress import COMPANION_META, RemotePost, WordPressClient
from editor_app.publish.wordpress import Term as RemoteTerm
from editor_app.storage.convert import content_hash as text_hash
from editor_app.storage.models import ArticleRow, MediaRemoteRow, MediaRow

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

MEDIA_SCHEME = "qalam-media:"
# The note of the revision that holds the last version exchanged with the site (kind ``import``): what
# "edited here since" is measured against (publish/workflow_store.py keeps the baselines).
SYNCED = NOTE_SYNCED  # the revision note of the version as the site has it
# The article's workflow state once the site has the post with this status.
_STATE_FOR_STATUS = {"publish": WorkflowState.PUBLISHED, "future": WorkflowState.SCHEDULED}


def _looks_like_id(ref: str) -> bool:
    return len(ref) == 36 and ref.count("-") == 4


class StoreBridge:
    """ArticleAccess and PublishState for the outbox, on one DraftStore."""

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        # Files referenced by path (not kept in the store) that were uploaded in this process.
        self._path_media: dict[tuple[str, str], tuple[int, str]] = {}

    # --- ArticleAccess ------------------------------------------------------------------------

    def load_article(self, article_id: str) -> Article:
        return self.store.get(article_id)

    def publish_state(self) -> StoreBridge:
        return self

    def media_resolver(self) -> MediaResolver:
        return self.resolve_media

    def resolve_media(self, ref: str) -> LocalMedia | None:
        """``qalam-media:ID`` (or a bare media id, as in featured_media_id), else file paths and URLs."""
        media_id = ref[len(MEDIA_SCHEME) :] if ref.startswith(MEDIA_SCHEME) else ref
        if ref.startswith(MEDIA_SCHEME) or _looks_like_id(media_id):
            try:
                item = self.store.get_media(media_id, with_data=True)
            except QalamError:
                raise errors.local_media_error(media_id) from None
            data = item.data
            if data is None and item.path:
                try:
                    data = Path(item.path).read_bytes()
                except OSError:
                    raise errors.local_media_error(item.filename or item.path) from None
            if data is None:
                raise errors.local_media_error(item.filename or media_id)
            name = item.filename or (Path(item.path).name if item.path else f"{media_id}.bin")
            mime = item.mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
            return LocalMedia(
                data=data, filename=name, mime=mime, title=Path(name).stem, alt=item.alt, caption=item.caption
            )
        return default_media_resolver(ref)

    def mark_published(self, article_id: str, result: PublishResult) -> None:
        """Nothing left to write: save_remote already recorded the post and its published state."""
        del article_id, result

    def rebase(self, article_id: str, modified_gmt: str | None, content_hash: str | None) -> None:
        """The article is now based on this site version (the user has seen it)."""
        with self.store._db.write(durable=True) as s:
            s.execute(
                update(ArticleRow)
                .where(ArticleRow.id == article_id)
                .values(remote_modified_gmt=modified_gmt, remote_content_hash=content_hash)
            )

    def take_theirs(self, article_id: str, theirs: dict[str, Any]) -> None:
        """Replace the local text with the site's version, as a new revision of the draft."""
        article = self.store.get(article_id)
        article.title = str(theirs.get("title", article.title))
        content = str(theirs.get("content", article.body_html))
        # The conflict carries the site's text read back as an article already; older ones carry blocks.
        if "<!-- wp:" in content:
            from editor_app.core.blocks import article_body

            content = article_body(content, article.direction.value)
        article.body_html = content
        article.excerpt = str(theirs.get("excerpt", article.excerpt))
        article.remote_modified_gmt = theirs.get("modified_gmt") or article.remote_modified_gmt
        article.remote_content_hash = theirs.get("content_hash") or article.remote_content_hash
        self.store.save(article, note="site version")

    def cached_categories(self, site_id: str) -> list[RemoteTerm]:
        return [
            RemoteTerm(t.remote_id, t.name, t.slug, t.parent)
            for t in self.store.list_terms(site_id, "category")
        ]

    def remember_categories(self, site_id: str, terms: list[RemoteTerm]) -> None:
        for term in terms:
            self.store.upsert_term(CoreTerm(site_id, term.id, term.name, term.slug, term.parent), "category")

    # --- PublishState -------------------------------------------------------------------------

    def remote_media(self, site_id: str, sha256: str) -> tuple[int, str] | None:
        with self.store._db.read() as s:
            row = s.execute(
                select(MediaRemoteRow.remote_id, MediaRemoteRow.remote_url)
                .join(MediaRow, MediaRow.id == MediaRemoteRow.media_id)
                .where(MediaRow.sha256 == sha256, MediaRemoteRow.site_id == site_id)
                .limit(1)
            ).first()
        if row is not None and row[1]:
            return int(row[0]), str(row[1])
        return self._path_media.get((site_id, sha256))

    def remember_media(self, site_id: str, sha256: str, media_id: int, url: str) -> None:
        with self.store._db.read() as s:
            local_ids = list(s.scalars(select(MediaRow.id).where(MediaRow.sha256 == sha256)))
        for local_id in local_ids:
            self.store.set_media_remote_id(local_id, site_id, media_id, url)
        if not local_ids:
            self._path_media[(site_id, sha256)] = (media_id, url)

    def save_remote(self, article_id: str, site_id: str, post: RemotePost, content_hash: str,
                    article: Article | None = None) -> None:
        """Store the remote id (and the version it is based on) the moment the site has the post;
        ``article``, the text the site accepted, clears "edited since published"."""
        with self.store._db.write(durable=True) as s:
            values: dict[str, object] = {
                "site_id": site_id,
                "remote_id": post.id,
                "remote_modified_gmt": post.modified_gmt,
                "remote_content_hash": content_hash,
                "remote_url": post.link,
            }
            if article is not None:
                values["published_hash"] = text_hash(article)
            state = _STATE_FOR_STATUS.get(post.status)
            if state is not None:
                values["state"] = state.value
            s.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(**values))
        log.info("article %s is post %d on site %s", article_id, post.id, site_id)


def post_uuid(post: RemotePost) -> str | None:
    """The Qalam article id a post carries (companion meta, first block's attribute, or an old marker)."""
    value = post.meta.get(COMPANION_META)
    return str(value) if value else uuid_from_marker(post.content_raw)


def fill_from_post(article: Article, site_id: str, post: RemotePost) -> None:
    """The one post → article conversion (pull, sync, open): the site's text, its blocks read back as the
    article's body (what Qalam does not edit kept per block), and the version the article is now based on."""
    from editor_app.core.blocks import article_body  # the HTML model and nh3: only when a post is read

    article.title = post.title_raw
    article.body_html = article_body(post.content_raw, article.direction.value)
    article.excerpt = post.excerpt_raw
    article.slug = unquote(post.slug)  # WordPress stores it percent-encoded
    article.site_id = site_id
    article.remote_id = post.id
    article.remote_modified_gmt = post.modified_gmt
    article.remote_content_hash = publish_content_hash(post.content_raw)
    article.remote_url = post.link


def find_site(store: DraftStore, name_or_id: str) -> Site | None:
    site = store.site_by_name(name_or_id)
    if site is not None:
        return site
    try:
        return store.get_site(name_or_id)
    except QalamError:
        return None


def sync_terms(
    store: DraftStore, client: WordPressClient, site_id: str, *, full: bool = False
) -> dict[str, int]:
    """Refresh the cached categories and tags of a site (publish/site_terms.py: only what changed, or
    everything when ``full``). Returns how many terms were added, changed or removed per kind."""
    from editor_app.publish.site_terms import refresh_terms

    report = refresh_terms(store, client, site_id, full=full)
    return {kind: c.added + c.renamed + c.deleted for kind, c in report.changes.items()}


def pull_post(
    store: DraftStore,
    client: WordPressClient,
    site_id: str,
    remote_id: int,
    *,
    post: RemotePost | None = None,
) -> Article:
    """Bring a post from the site into the store (new draft or update of the one that carries its UUID).

    The one conversion of a post into an article (``qalam posts open`` and the conflict views use it):
    text, excerpt, slug, categories and tags (by the names the local copy of the site's terms has),
    status, schedule and featured image. The article's base version (``remote_modified_gmt``,
    ``remote_content_hash``) becomes the pulled one, so a later edit on the site is caught before the
    next push; the revision it makes is the ``qalam:synced`` baseline. ``post``: already fetched.
    """
    from editor_app.core.workflow import state_from_remote

    post = post or client.get_post(remote_id)
    uuid = post_uuid(post)
    existing = store.find_by_remote(site_id, remote_id)
    if existing is None and uuid and store.exists(str(uuid)):
        existing = store.get(str(uuid))
    article = existing or Article(id=str(uuid) if uuid else Article().id)
    if existing is None:
        # A post written on the site: its language decides the direction the editor shows it in.
        text = html_to_text(f"<p>{post.title_raw}</p>{post.content_raw}")
        article.direction = Direction(paragraph_direction(text))
        article.language = "ar" if article.direction is Direction.RTL else "en"
    fill_from_post(article, site_id, post)
    article.state = state_from_remote(post.status, str(post.meta.get("qalam_state") or "") or None)
    article.scheduled_at = _gmt_time(post.date_gmt) if post.status == "future" else None
    article.featured_media_id = _featured_ref(store, site_id, article.featured_media_id, post.featured_media)
    categories = {rid: t.name for rid, t in store.terms_by_id(site_id, "category", post.categories).items()}
    tags = {rid: t.name for rid, t in store.terms_by_id(site_id, "tag", post.tags).items()}
    article.categories = [categories.get(c, str(c)) for c in post.categories]
    article.tags = [tags[t] for t in post.tags if t in tags]  # a tag named by its id would be created
    if existing is None:
        return store.create(article, note=SYNCED, kind=RevisionKind.IMPORT)
    store.save(article, note=SYNCED, kind=RevisionKind.IMPORT)
    return article


def _gmt_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None


def _featured_ref(store: DraftStore, site_id: str, current: str | None, remote: int) -> str | None:
    """The article's featured image: the local image when it is the one the site has, else the site's id."""
    if not remote:
        return None
    if current and not current.isdigit():
        try:
            if store.get_media(current, with_data=False).remote_ids.get(site_id) == remote:
                return current
        except QalamError:
            pass
    return str(remote)
