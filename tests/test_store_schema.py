"""The migrations build exactly what the models describe, and the FTS table exists."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from editor_app.storage import migrate
from editor_app.storage.models import Base


def _migrated_engine(path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        migrate.upgrade(conn)
        conn.commit()
    return engine


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("articles_fts"))


def test_migrations_match_models(tmp_path: Path) -> None:
    engine = _migrated_engine(tmp_path / "s.sqlite3")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": False})
        diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_schema_has_every_table_and_fts(tmp_path: Path) -> None:
    engine = _migrated_engine(tmp_path / "s.sqlite3")
    names = set(inspect(engine).get_table_names())
    for table in ("articles", "revisions", "media", "media_remote", "sites", "categories", "tags",
                  "review_notes", "outbox", "search_docs", "articles_fts"):
        assert table in names
    site_columns = {c["name"] for c in inspect(engine).get_columns("sites")}
    assert not any(word in col for col in site_columns for word in ("pass", "secret", "token"))
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO articles_fts(rowid, title) VALUES (1, 'x')"))
        found = conn.execute(text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'x'")).all()
        assert found == [(1,)]
