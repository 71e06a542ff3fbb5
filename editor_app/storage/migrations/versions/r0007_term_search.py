"""Categories and tags searchable as the user types (a normalised key, indexed), and what the last
look at a site's terms saw (so an unchanged list is not fetched again).

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor_app.core.arabic_normalize import normalize

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for table in ("categories", "tags"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("search_key", sa.Text, nullable=False, server_default=""))
        op.create_index(f"ix_{table}_site_key", table, ["site_id", "search_key"])
        rows = conn.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            conn.execute(
                sa.text(f"UPDATE {table} SET search_key = :key WHERE id = :id"),
                [{"key": normalize(name or ""), "id": row_id} for row_id, name in rows],
            )
    op.create_table(
        "term_sync",
        sa.Column("site_id", sa.String(36), sa.ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("max_id", sa.Integer, nullable=False),
        sa.Column("edited", sa.Text, nullable=False),
        sa.Column("full_at", sa.String(27), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("term_sync")
    for table in ("categories", "tags"):
        op.drop_index(f"ix_{table}_site_key", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_key")
