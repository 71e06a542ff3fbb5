"""The migrations build exactly what the models describe, and the FTS table exists."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from editor_app.storage import migrate, search_rebuild
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


def test_upgrade_from_first_schema_keeps_every_row(tmp_path: Path) -> None:
    import sqlite3

    from editor_app.core.arabic_normalize import normalize
    from editor_app.core.plain_text import html_to_text
    from editor_app.core.revision import RevisionKind
    from editor_app.paths import resolve_paths
    from editor_app.storage import safety
    from editor_app.storage.store import DraftStore

    paths = resolve_paths(tmp_path / "data").ensure()
    engine = create_engine(f"sqlite:///{paths.database}")
    with engine.connect() as conn:
        migrate.upgrade(conn, "0001")
        conn.commit()
    engine.dispose()
    t = "2026-01-01T10:00:00.000000Z"
    con = sqlite3.connect(paths.database)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("INSERT INTO sites VALUES ('s1', 'الموقع', 'https://x.example', 'sara', '/wp-json', 1, "
                "'[\"author\"]', '{\"publish_posts\": true}', 'Asia/Amman', ?)", (t,))
    body = "<p>قال الكرملين إن بوتين التقى لوكاشينكو</p>"
    con.execute(
        "INSERT INTO articles VALUES ('a1', 'عنوان', '', ?, '', 'slug', 'ar', 'rtl', "
        "'[\"سياسة\"]', '[\"روسيا\"]', 'سارة', NULL, 'draft', 's1', 7, NULL, NULL, NULL, NULL, "
        "?, ?, NULL, 'h')", (body, t, t))
    for n, kind in ((1, "save"), (2, "autosave")):
        con.execute("INSERT INTO revisions (article_id, number, kind, created_at, updated_at, title, "
                    "subtitle, body_html, excerpt, categories, tags, content_hash, word_count, note) "
                    "VALUES ('a1', ?, ?, ?, ?, 'عنوان', '', ?, '', '[]', '[]', 'h', 6, '')",
                    (n, kind, t, t, body))
    con.execute("INSERT INTO outbox (article_id, site_id, action, payload, state, attempts, created_at, "
                "updated_at) VALUES ('a1', 's1', 'publish', '{}', 'queued', 0, ?, ?)", (t, t))
    con.execute("INSERT INTO review_notes (article_id, author, text, created_at, remote) "
                "VALUES ('a1', 'محرر', 'أضف مصدرا', ?, 0)", (t,))
    con.execute("INSERT INTO categories (site_id, remote_id, name, slug, parent) "
                "VALUES ('s1', 3, 'سياسة', 'p', 0)")
    con.execute("INSERT INTO media VALUES ('m1', 'a1', x'89504e47', NULL, 'abc', 4, 'image/png', 'a.png', "
                "'بديل', 'تعليق', ?)", (t,))
    con.execute("INSERT INTO search_docs (docid, article_id, content_hash) VALUES (1, 'a1', 'h')")
    norm_body = normalize(html_to_text(body))  # the 0001 layout: a separate variants column
    con.execute("INSERT INTO articles_fts (rowid, title, body, excerpt, tags, variants) "
                "VALUES (1, 'عنوان', ?, '', 'روسيا سياسه', ?)", (norm_body, "كرملين"))
    con.commit()
    con.close()

    store = DraftStore.open(paths)
    try:
        assert store.report.migrated_from == "0001"
        backup = store.report.pre_migration_backup
        assert backup is not None and backup.exists() and safety.check_integrity(backup).ok
        a = store.get("a1")
        assert (a.title, a.body_html, a.categories, a.tags, a.site_id, a.remote_id) == (
            "عنوان", body, ["سياسة"], ["روسيا"], "s1", 7)
        assert [r.kind for r in store.history("a1")] == [RevisionKind.AUTOSAVE, RevisionKind.SAVE]
        assert store.list_drafts()[0].word_count == 6  # backfilled by 0002
        assert [i.action for i in store.outbox_items()] == ["publish"]
        assert [n.text for n in store.notes("a1")] == ["أضف مصدرا"]
        assert [c.name for c in store.list_terms("s1", "category")] == ["سياسة"]
        site = store.get_site("s1")
        assert site.roles == ["author"] and site.capabilities == {"publish_posts": True}
        assert store.get_media("m1").data == b"\x89PNG"
        assert [h.article_id for h in store.search("روسيا")] == ["a1"]  # the old index, kept by 0011
        assert store.search_index_status() is not None
        search_rebuild.run(store._db)  # in the background in the app (storage/search_rebuild.py)
        assert [h.article_id for h in store.search("كرملين")] == ["a1"]  # re-indexed after 0011
        assert [h.article_id for h in store.search("روسيا")] == ["a1"]
        with store._db.raw() as raw:
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close(backup=False)
    # Opening again does not migrate or back up again.
    again = DraftStore.open(paths)
    assert again.report.migrated_from is None and again.report.pre_migration_backup is None
    again.close(backup=False)


def test_head_constant_is_the_newest_migration() -> None:
    assert migrate.HEAD == migrate.head_revision()
