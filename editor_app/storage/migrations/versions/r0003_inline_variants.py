"""Search index: prefix-stripped variants inline after each word, in every column (no ``variants`` column).

Queries then need one term per word (its shortest variant) instead of an OR of variants,
and a title that says الكرملين keeps the title's weight for the query كرملين. The index is
rebuilt from the articles.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from editor_app.storage.search_index import index_text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TRIGGER = (
    "CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.docid; END"
)


def _names(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_docs_after_delete")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    op.execute("DELETE FROM search_docs")
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, excerpt, tags, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(_TRIGGER)
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, title, subtitle, body_html, excerpt, tags, categories, content_hash FROM articles"
    )).all()
    for article_id, title, subtitle, body, excerpt, tags, categories, chash in rows:
        doc = index_text(title, subtitle, body, excerpt, [*_names(tags), *_names(categories)])
        docid = conn.execute(
            sa.text("INSERT INTO search_docs(article_id, content_hash) VALUES (:a, :h) RETURNING docid"),
            {"a": article_id, "h": chash},
        ).scalar_one()
        conn.execute(
            sa.text("INSERT INTO articles_fts(rowid, title, body, excerpt, tags) "
                    "VALUES (:d, :t, :b, :e, :g)"),
            {"d": docid, "t": doc.title, "b": doc.body, "e": doc.excerpt, "g": doc.tags},
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_docs_after_delete")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    op.execute("DELETE FROM search_docs")  # the 0002 layout is rebuilt by DraftStore.reindex()
    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, body, excerpt, tags, variants, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(_TRIGGER)
