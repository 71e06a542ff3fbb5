"""The drafts list read from the index alone: (updated_at, trashed_at, id) plus the columns a row shows.

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

# updated_at first: the list walks it newest first. Not trashed_at first: "trashed_at IS NULL" would
# then look like a good way into the table for the search's join, and SQLite would walk 50,000 rows.
COLUMNS = ["updated_at", "trashed_at", "id", "state", "site_id", "title"]


def upgrade() -> None:
    op.create_index("ix_articles_list", "articles", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_articles_list", table_name="articles")
