"""The drafts list read from the index alone: (trashed_at, updated_at, id) plus the columns a row shows.

The window lists 10,000 drafts a page at a time with plain sqlite3 (gui/light_store.py). Without
this covering index, counting the drafts outside the trash visits every row, and in SQLite the
columns after ``body_html`` sit behind its overflow pages: the whole table is read (~0.5 s).

Revision ID: 0013
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = ["trashed_at", "updated_at", "id", "state", "site_id", "title"]


def upgrade() -> None:
    op.create_index("ix_articles_list", "articles", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_articles_list", table_name="articles")
