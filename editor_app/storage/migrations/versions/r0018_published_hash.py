"""What the site has: the content hash of the text at the last successful publish or update.

``changed_since_published`` is then a comparison of two columns (``content_hash`` and
``published_hash``), cheap enough for the drafts list and for a plain ``sqlite3`` read. Articles
published before this revision have no recorded hash (unknown, shown as not edited) until their
next publish or update.

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("published_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_hash")
