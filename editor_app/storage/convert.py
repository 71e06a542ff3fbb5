"""Between ORM rows and core dataclasses, and the JSON form used by the recovery journal.

No SQLAlchemy import: the row arguments are read by attribute only, so the plain-sqlite3 reader
(:mod:`editor_app.storage.quick_read`) converts its rows with the same functions. The window reads its
first draft through here before it is painted, so the dataclasses of the other rows are imported by the
functions that make them (a few milliseconds of class creation at start otherwise).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor_app.core.article import Article, Direction, WorkflowState
from editor_app.core.sha import sha256_hex
from editor_app.storage.plain_sql import format_time, parse_time

if TYPE_CHECKING:  # the rows are only read by attribute: storage.quick_read passes plain ones
    from editor_app.core.media import MediaItem
    from editor_app.core.outbox import OutboxItem
    from editor_app.core.review import ReviewNote
    from editor_app.core.revision import Revision, RevisionInfo
    from editor_app.core.site import Site, Term
    from editor_app.storage.models import (
        ArticleRow,
        MediaRow,
        OutboxRow,
        ReviewNoteRow,
        RevisionRow,
        SiteRow,
    )

# The fields a revision keeps: the article's editable text.
TEXT_FIELDS = ("title", "subtitle", "body_html", "excerpt", "categories", "tags")
_TIME_FIELDS = ("scheduled_at", "created_at", "updated_at", "trashed_at")
_ARTICLE_FIELDS = (
    "id", "title", "subtitle", "body_html", "excerpt", "slug", "language", "direction", "categories", "tags",
    "author", "featured_media_id", "state", "site_id", "remote_id", "remote_modified_gmt",
    "remote_content_hash", "remote_url", "scheduled_at", "created_at", "updated_at", "trashed_at",
)


def content_hash(article: Article | Revision) -> str:
    """sha256 of the editable text (what a revision holds)."""
    data = [getattr(article, name) for name in TEXT_FIELDS]
    return sha256_hex(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def article_to_dict(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _ARTICLE_FIELDS:
        value = getattr(article, name)
        if isinstance(value, datetime):
            value = format_time(value)
        elif isinstance(value, list):
            value = list(value)
        elif isinstance(value, Direction | WorkflowState):
            value = value.value
        out[name] = value
    return out


def article_from_dict(data: dict[str, Any]) -> Article:
    values: dict[str, Any] = {name: data[name] for name in _ARTICLE_FIELDS if name in data}
    for name in _TIME_FIELDS:
        if isinstance(values.get(name), str):
            values[name] = parse_time(values[name])
    if "direction" in values:
        values["direction"] = Direction(values["direction"])
    if "state" in values:
        values["state"] = WorkflowState(values["state"])
    for name in ("categories", "tags"):
        values[name] = [str(v) for v in values.get(name) or []]
    return Article(**values)


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        title=row.title,
        subtitle=row.subtitle,
        body_html=row.body_html,
        excerpt=row.excerpt,
        slug=row.slug,
        language=row.language,
        direction=Direction(row.direction),
        categories=[str(c) for c in row.categories or []],
        tags=[str(t) for t in row.tags or []],
        author=row.author,
        featured_media_id=row.featured_media_id,
        state=WorkflowState(row.state),
        site_id=row.site_id,
        remote_id=row.remote_id,
        remote_modified_gmt=row.remote_modified_gmt,
        remote_content_hash=row.remote_content_hash,
        remote_url=row.remote_url,
        scheduled_at=row.scheduled_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        trashed_at=row.trashed_at,
    )


def fill_article_row(row: ArticleRow, article: Article) -> None:
    """Copy every field of ``article`` onto ``row`` (the id is set by the caller)."""
    row.title = article.title
    row.subtitle = article.subtitle
    row.body_html = article.body_html
    row.excerpt = article.excerpt
    row.slug = article.slug
    row.language = article.language
    row.direction = Direction(article.direction).value
    row.categories = list(article.categories)
    row.tags = list(article.tags)
    row.author = article.author
    row.featured_media_id = article.featured_media_id
    row.state = WorkflowState(article.state).value
    row.site_id = article.site_id
    row.remote_id = article.remote_id
    row.remote_modified_gmt = article.remote_modified_gmt
    row.remote_content_hash = article.remote_content_hash
    row.remote_url = article.remote_url
    row.scheduled_at = article.scheduled_at
    row.created_at = article.created_at
    row.updated_at = article.updated_at
    row.trashed_at = article.trashed_at
    row.content_hash = content_hash(article)


def revision_info(row: RevisionRow) -> RevisionInfo:
    from editor_app.core.revision import RevisionInfo, RevisionKind

    return RevisionInfo(
        article_id=row.article_id,
        number=row.number,
        kind=RevisionKind(row.kind),
        created_at=row.created_at,
        updated_at=row.updated_at,
        title=row.title,
        word_count=row.word_count,
        note=row.note,
        restored_from=row.restored_from,
    )


def revision_from_row(row: RevisionRow) -> Revision:
    from editor_app.core.revision import Revision

    return Revision(
        info=revision_info(row),
        title=row.title,
        subtitle=row.subtitle,
        body_html=row.body_html,
        excerpt=row.excerpt,
        categories=[str(c) for c in row.categories or []],
        tags=[str(t) for t in row.tags or []],
    )


def site_from_row(row: SiteRow) -> Site:
    from editor_app.core.site import Site

    return Site(
        id=row.id,
        name=row.name,
        url=row.url,
        username=row.username,
        api_root=row.api_root,
        has_plugin=row.has_plugin,
        roles=[str(r) for r in row.roles or []],
        capabilities=dict(row.capabilities or {}),
        timezone=row.timezone,
        language=row.language or "",
        direction=row.direction or "",
        direction_setting=row.direction_setting or "",
        created_at=row.created_at,
    )


def fill_site_row(row: SiteRow, site: Site) -> None:
    row.name = site.name
    row.url = site.url
    row.username = site.username
    row.api_root = site.api_root
    row.has_plugin = site.has_plugin
    row.roles = list(site.roles)
    row.capabilities = dict(site.capabilities)
    row.timezone = site.timezone
    row.language = site.language
    row.direction = site.direction
    row.direction_setting = site.direction_setting
    row.created_at = site.created_at


def term_from_row(site_id: str, remote_id: int, name: str, slug: str, parent: int) -> Term:
    from editor_app.core.site import Term

    return Term(site_id=site_id, remote_id=remote_id, name=name, slug=slug, parent=parent)


def outbox_from_row(row: OutboxRow) -> OutboxItem:
    from editor_app.core.outbox import OutboxItem, OutboxState

    return OutboxItem(
        id=row.id,
        article_id=row.article_id,
        site_id=row.site_id,
        action=row.action,
        payload=dict(row.payload or {}),
        state=OutboxState(row.state),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        result=dict(row.result) if row.result is not None else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def note_from_row(row: ReviewNoteRow) -> ReviewNote:
    from editor_app.core.review import ReviewNote

    return ReviewNote(
        id=row.id, article_id=row.article_id, author=row.author, text=row.text,
        created_at=row.created_at, remote=row.remote,
    )


def media_from_row(row: MediaRow, remote_ids: dict[str, int], with_data: bool) -> MediaItem:
    from editor_app.core.media import MediaItem

    return MediaItem(
        id=row.id, sha256=row.sha256, mime=row.mime, filename=row.filename, alt=row.alt,
        caption=row.caption, size=row.size, article_id=row.article_id, path=row.path,
        data=row.data if with_data else None, remote_ids=remote_ids, created_at=row.created_at,
    )
