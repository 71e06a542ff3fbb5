"""SQLAlchemy 2 typed models of the draft store.

The schema itself is created and changed only by the Alembic migrations in
``storage/migrations``; these classes must match what the newest migration builds
(a test compares them). Repository code returns core dataclasses, never these rows.

Times are stored as fixed-width UTC text (``2026-01-31T12:00:00.000000Z``) so that they
sort as text and come back as timezone-aware datetimes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from editor_app.storage.plain_sql import TIME_FORMAT, format_time, parse_time

# Times are shared with the plain-sqlite3 readers (storage.quick_read), which must not import SQLAlchemy.
__all__ = ["TIME_FORMAT", "format_time", "parse_time"]


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive input is taken as UTC."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_time(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_time(value)


class Base(DeclarativeBase):
    pass


class SiteRow(Base):
    """A site: address and user name only. Secrets live in the keyring, never in this table."""

    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(Text, default="")
    api_root: Mapped[str] = mapped_column(Text, default="")
    has_plugin: Mapped[bool] = mapped_column(Boolean, default=False)
    roles: Mapped[list[Any]] = mapped_column(JSON, default=list)
    capabilities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    timezone: Mapped[str] = mapped_column(Text, default="UTC")
    language: Mapped[str] = mapped_column(Text, default="", server_default="")
    direction: Mapped[str] = mapped_column(String(3), default="", server_default="")
    direction_setting: Mapped[str] = mapped_column(String(3), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="ar")
    direction: Mapped[str] = mapped_column(String(3), default="rtl")
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(Text, default="")
    featured_media_id: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16), default="draft")
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    remote_id: Mapped[int | None] = mapped_column(Integer)
    remote_modified_gmt: Mapped[str | None] = mapped_column(Text)
    remote_content_hash: Mapped[str | None] = mapped_column(Text)
    remote_url: Mapped[str | None] = mapped_column(Text)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # sha256 of the editable text (title, subtitle, body, excerpt, categories, tags): revision dedupe.
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # since 0002
    # content_hash of the text the site accepted at the last publish or update (since 0018).
    published_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        # Covers the drafts list (storage.draft_queries): newest first without reading the bodies (0019).
        # updated_at leads: led by trashed_at, "trashed_at IS NULL" looked to SQLite like a way into the
        # table for the search's join, which then walked every draft.
        Index("ix_articles_list", "updated_at", "trashed_at", "id", "title", "state", "site_id", "created_at",
              "word_count", "remote_id", "categories", "tags", "content_hash", "published_hash"),
        Index("ix_articles_state", "state"),
        Index("ix_articles_site_remote", "site_id", "remote_id"),
    )


class RevisionRow(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3… per article
    kind: Mapped[str] = mapped_column(String(16))  # core.revision.RevisionKind
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())  # a coalesced autosave moves this
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    restored_from: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("article_id", "number", name="uq_revisions_article_number"),
        Index("ix_revisions_article_kind", "article_id", "kind", "created_at"),  # since 0002
    )


class MediaRow(Base):
    __tablename__ = "media"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    mime: Mapped[str] = mapped_column(Text, default="")
    filename: Mapped[str] = mapped_column(Text, default="")
    alt: Mapped[str] = mapped_column(Text, default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MediaRemoteRow(Base):
    """The id a site gave an uploaded file (one per site)."""

    __tablename__ = "media_remote"

    media_id: Mapped[str] = mapped_column(ForeignKey("media.id", ondelete="CASCADE"), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    remote_id: Mapped[int] = mapped_column(Integer)
    remote_url: Mapped[str | None] = mapped_column(Text)


class TermRowBase(Base):
    """Columns shared by cached categories and tags."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    remote_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    slug: Mapped[str] = mapped_column(Text, default="")
    parent: Mapped[int] = mapped_column(Integer, default=0)  # the parent's remote id, 0 for none (tags: 0)
    # The name in search form (core.arabic_normalize.normalize): the pickers search it as the user types.
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class CategoryRow(TermRowBase):
    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_categories_site_remote"),
        Index("ix_categories_site_key", "site_id", "search_key"),
    )


class TagRow(TermRowBase):
    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_tags_site_remote"),
        Index("ix_tags_site_key", "site_id", "search_key"),
    )


class TermSyncRow(Base):
    """What the last look at a site's categories or tags saw, so an unchanged list is not fetched again."""

    __tablename__ = "term_sync"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(Text, primary_key=True)  # category | tag
    total: Mapped[int] = mapped_column(Integer, default=0)  # X-WP-Total
    max_id: Mapped[int] = mapped_column(Integer, default=0)  # the newest term's id
    edited: Mapped[str] = mapped_column(Text, default="")  # the companion plugin's edit stamp
    full_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the last complete listing


class ReviewNoteRow(Base):
    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    remote: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxRow(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)


class ImportSourceRow(Base):
    """A file a draft was imported from, by the sha256 of its bytes (since 0019): importing the same
    file again names that draft instead of making a second one (``qalam drafts import --again``)."""

    __tablename__ = "import_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_import_sources_sha256", "sha256"),
        Index("ix_import_sources_article", "article_id"),
    )


class SearchDocRow(Base):
    """Maps an article to its row in the ``articles_fts`` FTS5 table (created by the migration)."""

    __tablename__ = "search_docs"

    docid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), unique=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), default="")  # what was indexed


# The FTS5 table: normalised text of each searchable field, then the light stems of its words
# (core/arabic_stem.py) in separate columns (so كرملين finds الكرملين and exact words rank first),
# since migration 0011. rowid = search_docs.docid.
FTS_TABLE = "articles_fts"
FTS_COLUMNS = ("title", "body", "excerpt", "tags", "title_stem", "body_stem", "excerpt_stem", "tags_stem")


class SearchVocabRow(Base):
    """The drafts' words for "did you mean" (storage/search_vocab.py): one row per lookup key of a word.

    ``key`` is the dotless, vowel-less skeleton of the word or of one of its stems; ``term`` the word as
    indexed (light-normalised). Rows are added as drafts are indexed and rebuilt with the index; a word
    no draft uses any more is skipped when it is looked up (checked against the FTS index)."""

    __tablename__ = "search_vocab"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    term: Mapped[str] = mapped_column(Text, primary_key=True)


class SearchMetaRow(Base):
    """Facts about the search index (``index_version``: the layout and stemmer it was built with)."""

    __tablename__ = "search_meta"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
