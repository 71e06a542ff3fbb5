"""Publishing one article exactly once, without ever overwriting someone else's edit.

Exactly once
    The article's id is the client UUID. It travels with the post as the registered meta
    ``qalam_uuid`` when the companion plugin is on the site, else as the attribute ``qalamId`` of
    the post's first block (``<!-- wp:paragraph {"qalamId":"UUID"} -->``: the block editor ignores
    it and the site's search finds it). Posts sent by older versions carry a marker comment
    ``<!-- qalam:UUID -->``, still recognised. A create that fails ambiguously (timeout, dropped connection,
    5xx, an HTML answer) is never simply re-sent: the post is looked up by UUID first and
    adopted when it exists. The remote id is handed to the store the moment a create
    (or an adoption) succeeds. Media are uploaded before the post, each tagged with the
    SHA-256 of its bytes, and not uploaded again when that hash is already on the site.

No silent overwrite
    WordPress has no conditional update, so before updating, the post's ``modified_gmt``
    and a hash of its ``content.raw`` are compared with the version the article was based
    on. On a mismatch nothing is written and the result carries both versions.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import functools
import hashlib
import html
import logging
import mimetypes
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import unquote, urlsplit

from editor_app.core.article import Article
from editor_app.core.slug import make_slug
from editor_app.publish import errors
from editor_app.publish.errors import PublishError
from editor_app.publish.http import ProgressCallback
from editor_app.publish.wordpress import COMPANION_META, RemotePost, Term, WordPressClient, marker_for

log = logging.getLogger(__name__)

MEDIA_TAG = "qalam-sha256:"
_MARKER_RE = re.compile(r"\s*<!-- qalam:[0-9a-fA-F-]{8,64} -->")
_IMG_RE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1[^>]*>""", re.IGNORECASE | re.DOTALL)
_ALT_RE = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
EMBED_NAMESPACE = "oembed/1.0"  # the site turns known links into embeds
SETTLE_STEPS = (1, 3, 8)  # × lookup_delay: when to look for a request whose answer was lost
_T = TypeVar("_T")
SCHEDULE_MARGIN = timedelta(seconds=60)  # WordPress publishes at once anything due within a minute


class Action(StrEnum):
    PUBLISH = "publish"  # publish now, or schedule when a date is given
    SUBMIT = "submit"  # pending review
    DRAFT = "draft"  # a draft on the site


class Outcome(StrEnum):
    PUBLISHED = "published"
    SCHEDULED = "scheduled"
    SUBMITTED = "submitted"
    DRAFTED = "drafted"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class LocalMedia:
    """An image on this computer that the article uses."""

    data: bytes
    filename: str
    mime: str
    title: str = ""
    alt: str = ""
    caption: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Version:
    """One side of a conflict, as the user compares them."""

    title: str
    content: str
    excerpt: str
    modified_gmt: str | None


@dataclass(frozen=True)
class Conflict:
    remote_id: int
    base_modified_gmt: str | None
    mine: Version
    theirs: Version
    theirs_hash: str = ""  # of the site's content.raw, to rebase on after "keep mine"

    def diff(self) -> str:
        """A unified diff of the content, theirs → mine."""
        return "".join(
            difflib.unified_diff(
                self.theirs.content.splitlines(keepends=True),
                self.mine.content.splitlines(keepends=True),
                fromfile="site",
                tofile="qalam",
            )
        )


@dataclass
class PublishResult:
    outcome: Outcome
    remote_id: int | None = None
    url: str | None = None
    status: str | None = None
    modified_gmt: str | None = None
    content_hash: str | None = None
    adopted: bool = False  # an earlier, ambiguous attempt had in fact created the post
    media_uploaded: int = 0
    media_reused: int = 0
    conflict: Conflict | None = None
    created_categories: list[str] = field(default_factory=list)  # made on the site for this article


class PublishState(Protocol):
    """What the publisher persists; storage-backed in store_bridge.py, in memory in tests."""

    def remote_media(self, site_id: str, sha256: str) -> tuple[int, str] | None: ...

    def remember_media(self, site_id: str, sha256: str, media_id: int, url: str) -> None: ...

    def save_remote(self, article_id: str, site_id: str, post: RemotePost, content_hash: str,
                    article: Article | None = None) -> None: ...


MediaResolver = Callable[[str], LocalMedia | None]


@dataclass
class MemoryState:
    """A PublishState in memory (tests, benchmarks)."""

    media: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    remote: dict[str, tuple[str, int, str, str]] = field(default_factory=dict)

    def remote_media(self, site_id: str, sha256: str) -> tuple[int, str] | None:
        return self.media.get((site_id, sha256))

    def remember_media(self, site_id: str, sha256: str, media_id: int, url: str) -> None:
        self.media[(site_id, sha256)] = (media_id, url)

    def save_remote(self, article_id: str, site_id: str, post: RemotePost, content_hash: str,
                    article: Article | None = None) -> None:
        self.remote[article_id] = (site_id, post.id, post.modified_gmt, content_hash)


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def strip_marker(content: str) -> str:
    return _MARKER_RE.sub("", content)


@functools.cache
def _uuid_attr_re() -> re.Pattern[str]:
    from editor_app.core.blocks import UUID_ATTR

    return re.compile(r'<!-- wp:[a-z][a-z0-9_/-]* \{[^\n]*?"' + UUID_ATTR + r'":"([0-9a-fA-F-]{8,64})"')


def uuid_from_marker(content: str) -> str | None:
    """The article id a post carries in its content: the first block's ``qalamId`` attribute, or the marker
    comment of posts sent before Qalam wrote blocks."""
    match = _uuid_attr_re().search(content) or re.search(r"<!-- qalam:([0-9a-fA-F-]{8,64}) -->", content)
    return match.group(1) if match else None


def add_marker(content: str, uuid: str) -> str:
    """Put the marker inside the last paragraph (a lone comment would become an empty ``<p>``)."""
    body = strip_marker(content)
    marker = marker_for(uuid)
    stripped = body.rstrip()
    tail = body[len(stripped) :]
    for closing in ("</p>", "</P>"):
        if stripped.endswith(closing):
            return f"{stripped[: -len(closing)]} {marker}{closing}{tail}"
    return f"{body}\n{marker}" if body else marker


def _data_uri(ref: str) -> LocalMedia | None:
    """A pasted image (``data:image/png;base64,…``) becomes a file to upload."""
    head, _, payload = ref.partition(",")
    mime = head[5:].split(";")[0].strip().lower() or "application/octet-stream"
    if not mime.startswith("image/"):
        return None
    try:
        data = base64.b64decode(payload, validate=False) if ";base64" in head else unquote(payload).encode()
    except (ValueError, binascii.Error):
        return None
    ext = (mimetypes.guess_extension(mime) or ".img").lstrip(".")
    name = f"image-{hashlib.sha256(data).hexdigest()[:12]}.{ext}"
    return LocalMedia(data=data, filename=name, mime=mime, title=Path(name).stem)


def default_media_resolver(ref: str) -> LocalMedia | None:
    """``file://`` URLs, absolute paths and ``data:image/…`` URIs; anything else stays as it is."""
    if ref[:5].lower() == "data:":
        return _data_uri(ref)
    parts = urlsplit(ref)
    if parts.scheme == "file":
        path = Path(unquote(parts.path))
    elif parts.scheme == "" and ref.startswith("/"):
        path = Path(ref)
    else:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        raise errors.local_media_error(path.name) from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return LocalMedia(data=data, filename=path.name, mime=mime, title=path.stem)


def wp_status(action: Action, at: datetime | None, now: datetime | None = None) -> tuple[str, str | None]:
    """The WordPress status and ``date_gmt`` for an action."""
    now = now or datetime.now(UTC)
    if action is Action.SUBMIT:
        return "pending", _gmt(at) if at else None
    if action is Action.DRAFT:
        return "draft", None
    if at is not None and at.astimezone(UTC) > now + SCHEDULE_MARGIN:
        return "future", _gmt(at)
    return "publish", None


def _gmt(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _outcome(status: str) -> Outcome:
    return {"publish": Outcome.PUBLISHED, "future": Outcome.SCHEDULED, "pending": Outcome.SUBMITTED}.get(
        status, Outcome.DRAFTED
    )


class Publisher:
    """Publishes articles to one site through one client. Not thread-safe: one per worker."""

    def __init__(
        self,
        client: WordPressClient,
        site_id: str,
        state: PublishState,
        *,
        resolve_media: MediaResolver = default_media_resolver,
        progress: Callable[[str, int, int], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        lookup_delay: float = 0.5,
        create_attempts: int = 3,
        categories: list[Term] | None = None,
        on_new_categories: Callable[[list[Term]], None] | None = None,
        site_direction: str = "",
    ) -> None:
        """``categories``: the site's categories from the local cache (fetched from the site when None);
        ``on_new_categories`` receives the ones found on the site that the cache did not have.
        ``site_direction``: the direction the site shows articles in (Site.text_direction; "" unknown)."""
        self.client = client
        self.site_direction = site_direction
        self.site_id = site_id
        self.state = state
        self.resolve_media = resolve_media
        self.progress = progress
        self._sleep = sleep
        self.lookup_delay = lookup_delay
        self.create_attempts = create_attempts
        self._categories: list[Term] | None = list(categories) if categories else None
        self._on_new_categories = on_new_categories
        self._tag_ids: dict[str, int] = {}
        self.created_terms: list[str] = []  # categories this publisher created on the site (last publish)
        self._counts = [0, 0]  # media uploaded, media reused (for the last publish)
        self._media_ids: dict[str, int] = {}  # the site's media id of each image URL in the body

    # --- the public entry point --------------------------------------------------------------

    def publish(
        self,
        article: Article,
        action: Action = Action.PUBLISH,
        *,
        at: datetime | None = None,
        possibly_sent: bool = False,
        overwrite: bool = False,
    ) -> PublishResult:
        """Send the article. ``possibly_sent``: an earlier attempt may have created the post.

        ``overwrite`` is the user's "keep mine" after a conflict; without it an edit on the
        site since the article's base version gives ``Outcome.CONFLICT`` and nothing is written.
        """
        at = at or article.scheduled_at
        self._counts = [0, 0]
        self.created_terms = []
        if article.remote_id is not None and article.site_id and article.site_id != self.site_id:
            # One article is one post on one site (the store keeps one remote id per article).
            raise errors.other_site_error()
        # Categories first: one the site lacks (and may not be created) stops everything before any upload.
        self._category_ids(article.categories)
        body, featured = self._prepare_media(article, possibly_sent)
        fields = self._fields(article, self._content(article, body, None), featured, action, at)
        requested = fields.get("categories")
        requested_categories = [int(c) for c in requested] if isinstance(requested, list) else []
        adopted = False
        if article.remote_id is None:
            post, adopted = self._create(article, fields, possibly_sent)
        else:
            current = self.client.post_version(article.remote_id)
            # Blocks the article still has as the site has them go back byte for byte.
            fields["content"] = self._content(article, body, current.content_raw)
            conflict = self._conflict(article, current, fields)
            if conflict is not None and not overwrite:
                return PublishResult(
                    Outcome.CONFLICT,
                    remote_id=article.remote_id,
                    url=current.link,
                    status=current.status,
                    modified_gmt=current.modified_gmt,
                    conflict=conflict,
                )
            post = self._update(article, article.remote_id, fields, current.status)
        if sorted(post.categories) != sorted(requested_categories) and requested_categories:
            missing = [str(c) for c in requested_categories if c not in post.categories]
            raise errors.unknown_categories_error(missing)
        return PublishResult(
            _outcome(post.status),
            remote_id=post.id,
            url=post.link,
            status=post.status,
            modified_gmt=post.modified_gmt,
            content_hash=content_hash(post.content_raw),
            adopted=adopted,
            media_uploaded=self._counts[0],
            media_reused=self._counts[1],
            created_categories=list(self.created_terms),
        )

    # --- create, adopt, update ---------------------------------------------------------------

    def _saved(self, article: Article, post: RemotePost) -> RemotePost:
        # ``article``: the text the site just accepted ("edited since published" compares with it).
        self.state.save_remote(article.id, self.site_id, post, content_hash(post.content_raw), article)
        article.remote_id = post.id
        article.site_id = self.site_id
        article.remote_modified_gmt = post.modified_gmt
        article.remote_content_hash = content_hash(post.content_raw)
        article.remote_url = post.link
        return post

    def _lookup(self, article: Article) -> RemotePost | None:
        found = self.client.find_posts_by_uuid(article.id)
        if not found:
            return None
        if len(found) > 1:
            log.warning(
                "article %s exists %d times on %s (ids %s); adopting the first",
                article.id,
                len(found),
                self.site_id,
                [p.id for p in found],
            )
        return min(found, key=lambda p: p.id)

    def _create(
        self, article: Article, fields: dict[str, object], possibly_sent: bool
    ) -> tuple[RemotePost, bool]:
        if possibly_sent:
            existing = self._lookup(article)
            if existing is not None:
                log.info(
                    "article %s: adopting post %d created by an earlier attempt", article.id, existing.id
                )
                self._saved(article, existing)
                return self._update(article, existing.id, fields, existing.status), True
        last: PublishError | None = None
        for _attempt in range(self.create_attempts):
            try:
                post = self.client.create_post(fields)
            except PublishError as exc:
                if not exc.ambiguous:
                    raise  # never reached the site (or refused outright): nothing to look up
                log.info("article %s: create failed ambiguously (%r)", article.id, exc)
                last = exc
                existing = self._settle(lambda: self._lookup(article))
                if existing is not None:
                    log.info(
                        "article %s: the create did arrive (post %d); adopting it", article.id, existing.id
                    )
                    self._saved(article, existing)
                    return self._update(article, existing.id, fields, existing.status), True
                continue
            return self._saved(article, post), False
        assert last is not None
        raise last

    def _settle(self, lookup: Callable[[], _T | None]) -> _T | None:
        """After an ambiguous failure: look again a few times, spaced out, before sending again.

        The site may still be working on the request whose answer was lost (a slow save, an
        image being resized), so one early look is not proof that it never arrived.
        """
        for factor in SETTLE_STEPS:
            self._sleep(self.lookup_delay * factor)
            found = lookup()
            if found is not None:
                return found
        return None

    def _update(
        self, article: Article, post_id: int, fields: dict[str, object], current_status: str
    ) -> RemotePost:
        if fields.get("status") == "publish" and current_status == "future" and "date_gmt" not in fields:
            # A scheduled post published now: WordPress keeps a future date (and the schedule) otherwise.
            fields = dict(fields, date_gmt=_gmt(datetime.now(UTC)))
        post = self.client.update_post(post_id, fields)
        return self._saved(article, post)

    def _conflict(self, article: Article, current: RemotePost, fields: dict[str, object]) -> Conflict | None:
        base_modified = article.remote_modified_gmt
        base_hash = article.remote_content_hash
        if base_modified is None and base_hash is None:
            return None  # nothing to compare with (never pulled): the first push is ours
        changed = (base_modified is not None and current.modified_gmt != base_modified) or (
            base_hash is not None and content_hash(current.content_raw) != base_hash
        )
        if not changed:
            return None
        from editor_app.core.blocks import article_body

        return Conflict(
            remote_id=current.id,
            base_modified_gmt=base_modified,
            mine=Version(article.title, article_body(str(fields.get("content", ""))), article.excerpt, None),
            theirs_hash=content_hash(current.content_raw),
            theirs=Version(
                current.title_raw,
                article_body(current.content_raw),
                current.excerpt_raw,
                current.modified_gmt,
            ),
        )

    # --- the fields -------------------------------------------------------------------------

    def _content(self, article: Article, body: str, site_content: str | None) -> str:
        """The body as block markup; the article's id rides in the first block where there is no plugin."""
        from editor_app.core.blocks import post_content

        return post_content(
            body,
            media_ids=self._media_ids,
            embeds=EMBED_NAMESPACE in self.client.discover().namespaces,
            article_id=None if self.client.uuid_in_meta else article.id,
            site_content=site_content,
            direction=article.direction.value,
            site_direction=self.site_direction,
        )

    def _fields(
        self, article: Article, content: str, featured: int | None, action: Action, at: datetime | None
    ) -> dict[str, object]:
        in_meta = self.client.uuid_in_meta
        status, date_gmt = wp_status(action, at)
        fields: dict[str, object] = {
            "title": article.title,
            "content": content,
            "excerpt": article.excerpt,
            "status": status,
            "slug": make_slug(article.slug or article.title),
        }
        if in_meta:
            fields["meta"] = {COMPANION_META: article.id}
        if date_gmt:
            fields["date_gmt"] = date_gmt
        if featured is not None:
            fields["featured_media"] = featured
        categories = self._category_ids(article.categories)
        if categories:
            fields["categories"] = categories
        if article.tags:
            fields["tags"] = self._tag_ids_for(article.tags)
        return fields

    def _category_ids(self, wanted: list[str]) -> list[int]:
        if not wanted:
            return []
        if self._categories is None:
            self._categories = self.client.all_terms("categories").terms
            if self._on_new_categories is not None:
                self._on_new_categories(list(self._categories))
        ids: list[int] = []
        missing: list[str] = []
        refreshed = False
        for name in wanted:
            term = self._match_category(name)
            if term is None and self._categories is not None:
                # Someone may have added it on the site since: read the newest ones once.
                newest = max((t.id for t in self._categories), default=0)
                fresh = self.client.categories(newer_than=newest)
                self._categories.extend(fresh)
                if fresh and self._on_new_categories is not None:
                    self._on_new_categories(fresh)
                term = self._match_category(name)
            if term is None and not refreshed:
                # Or renamed there: read them all once (new ids alone do not show renames).
                refreshed = True
                self._categories = self.client.all_terms("categories").terms
                if self._on_new_categories is not None:
                    self._on_new_categories(list(self._categories))
                term = self._match_category(name)
            if term is None:
                missing.append(name)
            elif term.id not in ids:
                ids.append(term.id)
        for term in self._create_categories(missing):
            if term.id not in ids:
                ids.append(term.id)
        return ids

    def _create_categories(self, names: list[str]) -> list[Term]:
        """Create the categories the site lacks (editors and administrators may); when the site refuses,
        nothing is published and the refusal names them: WordPress would silently drop unknown ids."""
        created: list[Term] = []
        refused: list[str] = []
        for name in names:
            if name.strip().isdigit():
                refused.append(name)  # an id that is not on the site: there is nothing to create
                continue
            try:
                term = self.client.create_category(name.strip())
            except PublishError as exc:
                if exc.kind in (errors.ErrorKind.FORBIDDEN, errors.ErrorKind.AUTH):
                    refused.append(name)
                    continue
                raise
            log.info("created category %r (id %d) on %s", term.name, term.id, self.site_id)
            created.append(term)
            self.created_terms.append(term.name)
        if created:
            if self._categories is not None:
                self._categories.extend(created)
            if self._on_new_categories is not None:
                self._on_new_categories(created)
        if refused:
            raise errors.categories_not_allowed_error(refused)
        return created

    def _match_category(self, ref: str) -> Term | None:
        ref = ref.strip()
        for term in self._categories or []:
            if ref.isdigit() and term.id == int(ref):
                return term
            if term.name.strip().casefold() == ref.casefold() or unquote(term.slug) == ref:
                return term
        return None

    def _tag_ids_for(self, names: list[str]) -> list[int]:
        ids: list[int] = []
        for name in names:
            key = name.strip().casefold()
            if not key:
                continue
            if key not in self._tag_ids:
                term = self.client.find_tag(name) or self.client.create_tag(name.strip())
                self._tag_ids[key] = term.id
            if self._tag_ids[key] not in ids:
                ids.append(self._tag_ids[key])
        return ids

    # --- media ------------------------------------------------------------------------------

    def _prepare_media(self, article: Article, possibly_sent: bool) -> tuple[str, int | None]:
        """Upload what the body and the featured image need; return the rewritten body and the featured id."""
        cache: dict[str, tuple[int, str] | None] = {}
        self._media_ids = {}

        def ensure(ref: str, alt: str) -> tuple[int, str] | None:
            if ref not in cache:
                local = self.resolve_media(html.unescape(ref))
                cache[ref] = None if local is None else self._ensure_media(local, alt, possibly_sent)
            return cache[ref]

        def rewrite(match: re.Match[str]) -> str:
            tag, src = match.group(0), match.group(2)
            alt_match = _ALT_RE.search(tag)
            alt = html.unescape(alt_match.group(2)) if alt_match else ""
            remote = ensure(src, alt)
            if remote is None:
                return tag
            self._media_ids[remote[1]] = remote[0]
            return tag.replace(src, html.escape(remote[1], quote=True), 1)

        body = _IMG_RE.sub(rewrite, article.body_html)
        featured: int | None = None
        if article.featured_media_id:
            ref = article.featured_media_id
            if ref.isdigit():
                featured = int(ref)
            else:
                remote = ensure(ref, "")
                featured = remote[0] if remote else None
        return body, featured

    def _ensure_media(self, media: LocalMedia, alt: str, possibly_sent: bool) -> tuple[int, str]:
        sha = media.sha256
        known = self.state.remote_media(self.site_id, sha)
        if known is not None:
            self._counts[1] += 1
            return known
        # Not in the local record: the site may still have it (lost data folder, an earlier
        # attempt whose answer was lost). One search by hash is cheaper than a duplicate.
        found = self._find_media(sha)
        if found is not None:
            self.state.remember_media(self.site_id, sha, *found)
            self._counts[1] += 1
            return found
        progress: ProgressCallback | None = None
        if self.progress is not None:
            report = self.progress
            name = media.filename

            def progress(
                done: int, total: int, report: Callable[[str, int, int], None] = report, name: str = name
            ) -> None:
                report(name, done, total)

        last: PublishError | None = None
        for _attempt in range(self.create_attempts):
            try:
                uploaded = self.client.upload_media(
                    media.data,
                    media.filename,
                    media.mime,
                    title=media.title or Path(media.filename).stem,
                    alt_text=alt or media.alt,
                    caption=media.caption,
                    description=f"{MEDIA_TAG}{sha}",
                    progress=progress,
                )
            except PublishError as exc:
                if not exc.ambiguous:
                    raise
                log.info("upload of %s failed ambiguously (%r)", media.filename, exc)
                last = exc
                found = self._settle(lambda: self._find_media(sha))
                if found is not None:
                    self.state.remember_media(self.site_id, sha, *found)
                    self._counts[1] += 1
                    return found
                continue
            self.state.remember_media(self.site_id, sha, uploaded.id, uploaded.source_url)
            self._counts[0] += 1
            return uploaded.id, uploaded.source_url
        assert last is not None
        raise last

    def _find_media(self, sha: str) -> tuple[int, str] | None:
        for media in self.client.find_media(sha):
            if f"{MEDIA_TAG}{sha}" in media.description_raw:
                return media.id, media.source_url
        return None
