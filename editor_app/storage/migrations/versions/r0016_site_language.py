"""A site's language and the direction it shows articles in (learnt from the site), and the user's own
choice of direction for that site.

Revision ID: 0016
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("language", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("direction", sa.String(3), nullable=False, server_default=""))
        batch.add_column(sa.Column("direction_setting", sa.String(3), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("direction_setting")
        batch.drop_column("direction")
        batch.drop_column("language")
