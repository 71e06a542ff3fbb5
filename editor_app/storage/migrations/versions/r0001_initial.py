"""The first schema: articles, revisions, media, sites, cached terms, review notes, outbox, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.String(27)  # fixed-width UTC text, see storage/models.py


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("api_root", sa.Text, nullable=False),
        sa.Column("has_plugin", sa.Boolean, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("capabilities", sa.JSON, nullable=False),
        sa.Column("timezone", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("subtitle", sa.Text, nullable=False),
        sa.Column("body_html", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("slug", sa.Text, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("featured_media_id", sa.String(36), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("sites.id", ondelete="SET NULL"), nullable=True),
        sa.Column("remote_id", sa.Integer, nullable=True),
        sa.Column("remote_modified_gmt", sa.Text, nullable=True),
        sa.Column("remote_content_hash", sa.Text, nullable=True),
        sa.Column("remote_url", sa.Text, nullable=True),
        sa.Column("scheduled_at", TIME, nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("trashed_at", TIME, nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_articles_updated_at", "articles", ["updated_at"])
    op.create_index("ix_articles_state", "articles", ["state"])
    op.create_index("ix_articles_site_remote", "articles", ["site_id", "remote_id"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("subtitle", sa.Text, nullable=False),
        sa.Column("body_html", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("restored_from", sa.Integer, nullable=True),
        sa.UniqueConstraint("article_id", "number", name="uq_revisions_article_number"),
    )
    op.create_table(
        "media",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("data", sa.LargeBinary, nullable=True),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mime", sa.Text, nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("alt", sa.Text, nullable=False),
        sa.Column("caption", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_index("ix_media_sha256", "media", ["sha256"])
    op.create_table(
        "media_remote",
        sa.Column("media_id", sa.String(36), sa.ForeignKey("media.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("remote_id", sa.Integer, nullable=False),
        sa.Column("remote_url", sa.Text, nullable=True),
    )
    for name in ("categories", "tags"):
        op.create_table(
            name,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("site_id", sa.String(36), sa.ForeignKey("sites.id", ondelete="CASCADE"),
                      nullable=False),
            sa.Column("remote_id", sa.Integer, nullable=False),
            sa.Column("name", sa.Text, nullable=False),
            sa.Column("slug", sa.Text, nullable=False),
            sa.Column("parent", sa.Integer, nullable=False),
            sa.UniqueConstraint("site_id", "remote_id", name=f"uq_{name}_site_remote"),
        )
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("remote", sa.Boolean, nullable=False),
    )
    op.create_index("ix_review_notes_article_id", "review_notes", ["article_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", TIME, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("result", sa.JSON, nullable=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
    )
    op.create_index("ix_outbox_article_id", "outbox", ["article_id"])
    op.create_index("ix_outbox_state_next", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "search_docs",
        sa.Column("docid", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
    )
    # Normalised text (core/arabic_normalize.py) of each field, plus prefix-stripped variants of every word.
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, excerpt, tags, variants, tokenize='unicode61 remove_diacritics 2')"
    )
    # Purging an article cascades to search_docs; this keeps the FTS table in step.
    op.execute(
        "CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN "
        "DELETE FROM articles_fts WHERE rowid = old.docid; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_docs_after_delete")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    for name in ("search_docs", "outbox", "review_notes", "tags", "categories", "media_remote", "media",
                 "revisions", "articles", "sites"):
        op.drop_table(name)
