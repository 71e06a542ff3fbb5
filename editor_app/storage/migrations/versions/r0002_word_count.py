"""Word count on articles (the drafts list shows it without loading bodies), and a history index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor_app.core.plain_text import html_to_text, word_count

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("word_count", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_revisions_article_kind", "revisions", ["article_id", "kind", "created_at"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, body_html FROM articles")).all()
    for article_id, body in rows:
        conn.execute(
            sa.text("UPDATE articles SET word_count = :n WHERE id = :id"),
            {"n": word_count(html_to_text(body or "")), "id": article_id},
        )


def downgrade() -> None:
    op.drop_index("ix_revisions_article_kind", table_name="revisions")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("word_count")
