"""The plain-sqlite3 reader answers exactly as DraftStore does, and steps aside whenever it must."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from editor_app.core.article import Article, WorkflowState
from editor_app.core.draft_summary import DraftSummary
from editor_app.core.plain_text import article_word_count
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.paths import AppPaths, resolve_paths
from editor_app.publish.inbox_view import inbox_items
from editor_app.storage import migrate
from editor_app.storage.errors import StorageError
from editor_app.storage.quick_read import CarefulOpenNeeded, QuickReader, read_with
from editor_app.storage.store import DraftStore


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data").ensure()


def _fill(paths: AppPaths) -> dict[str, str]:
    with DraftStore.open(paths) as store:
        site = store.add_site(Site(name="desk", url="https://news.example.org", username="mona",
                                   roles=["editor"], capabilities={"edit_others_posts": True}))
        a = store.create(Article(title="الكرملين يرد", body_html="<p>قال الكرملين إنّ الاتفاق قائم.</p>",
                                 categories=["سياسة"], tags=["روسيا", "بيلاروس"]))
        b = store.create(Article(title="Second draft", body_html="<p>well-known 3.5 words</p>"))
        c = store.create(Article(title="في المهملات", body_html="<p>نص</p>"))
        store.trash(c.id)
        pending = store.create(Article(title="بانتظار المراجعة", body_html="<p>خبر عاجل من مينسك</p>",
                                       author="reporter", site_id=site.id, remote_id=42,
                                       state=WorkflowState.SUBMITTED))
        store.save(pending, "qalam:submitted@2026-12-01T08:00:00Z", kind=__import__(
            "editor_app.core.revision", fromlist=["RevisionKind"]).RevisionKind.IMPORT)
        a2 = store.get(a.id)
        a2.body_html += "<p>فقرة ثانية</p>"
        store.save(a2)
        store.add_note(a.id, "المحرر", "تحقق من التاريخ")
        store.add_note(a.id, "mona", "شكراً")
        store.enqueue(a.id, site.id, "publish", {"x": 1})
        return {"a": a.id, "b": b.id, "c": c.id, "pending": pending.id, "site": site.id}


def test_quick_reader_answers_like_the_store(paths: AppPaths) -> None:
    ids = _fill(paths)
    store = DraftStore.open(paths)
    reader = QuickReader.open(paths)
    assert reader is not None
    try:
        for kwargs in ({}, {"trashed": True}, {"trashed": None}, {"state": "submitted"},
                       {"site_id": ids["site"]}, {"limit": 2}):
            assert reader.list_drafts(**kwargs) == store.list_drafts(**kwargs), kwargs  # type: ignore[arg-type]
        # The shared row conversion builds what the ordinary constructor builds, from the article itself.
        for summary in reader.list_drafts(trashed=None):
            article = store.get(summary.id)
            assert summary == DraftSummary(
                id=article.id, title=article.title, state=article.state.value, site_id=article.site_id,
                created_at=article.created_at, updated_at=article.updated_at, trashed_at=article.trashed_at,
                word_count=article_word_count(article.body_html), remote_id=article.remote_id,
                categories=article.categories, tags=article.tags)
        for key, article_id in ids.items():
            if key != "site":
                assert reader.get(article_id) == store.get(article_id)
                assert reader.resolve_id(article_id[:6]) == store.resolve_id(article_id[:6]) == article_id
                assert reader.history(article_id) == store.history(article_id)
                assert reader.notes(article_id) == store.notes(article_id)
        assert reader.revision(ids["a"], 1) == store.revision(ids["a"], 1)
        for query in ("كرملين", "الكرملين", "words", "مينسك", "نص"):
            for trashed in (False, None, True):
                assert reader.search(query, trashed=trashed) == store.search(query, trashed=trashed)
        assert reader.list_sites() == store.list_sites()
        assert reader.get_site(ids["site"]) == store.get_site(ids["site"])
        assert reader.site_by_name("desk") == store.site_by_name("desk")
        assert reader.outbox_items() == store.outbox_items()
        assert reader.outbox_items(state="done") == store.outbox_items(state="done") == []
        desk = store.get_site(ids["site"])
        assert inbox_items(reader, desk) == inbox_items(store, desk)
        assert [i.article_id for i in inbox_items(reader, reader.get_site(ids["site"]))] == [ids["pending"]]
        # Errors are the store's own messages.
        for call in (lambda s: s.get("nope"), lambda s: s.resolve_id("zzzz"), lambda s: s.resolve_id(""),
                     lambda s: s.revision(ids["a"], 99), lambda s: s.get_site("nope")):
            with pytest.raises(QalamError) as quick:
                call(reader)
            with pytest.raises(QalamError) as careful:
                call(store)
            assert quick.value.user_message == careful.value.user_message
    finally:
        reader.close()
        store.close(backup=False)


def test_the_careful_path_is_taken_when_it_must(paths: AppPaths) -> None:
    assert QuickReader.open(paths) is None  # no database yet: DraftStore.open creates it
    ids = _fill(paths)
    reader = QuickReader.open(paths)
    assert reader is not None
    reader.close()

    # Text in the recovery journal: DraftStore.open offers it back (and says so).
    store = DraftStore.open(paths)
    article = store.get(ids["b"])
    article.body_html += "<p>unsaved</p>"
    store.autosave(article)
    store._closed = True  # a crash: the journal stays, nothing was flushed
    store._db.dispose()
    assert QuickReader.open(paths) is None
    with DraftStore.open(paths) as careful:
        assert careful.recovered_drafts()
        careful.discard_recovered(ids["b"])
    assert QuickReader.open(paths) is not None

    # A schema this version does not have (older: a migration is due; newer: refused with a message).
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.commit()
    con.close()
    assert QuickReader.open(paths) is None
    con = sqlite3.connect(paths.database)
    con.execute("UPDATE alembic_version SET version_num = ?", (migrate.HEAD,))
    con.commit()
    con.close()
    assert QuickReader.open(paths) is not None


def test_a_damaged_file_is_handed_to_the_careful_path(paths: AppPaths) -> None:
    ids = _fill(paths)
    with DraftStore.open(paths) as store:
        store.backup("test")
        for i in range(300):  # enough rows that the damage lands in article pages
            store.create(Article(title=f"مسودة {i}", body_html="<p>" + "كلمة " * 200 + "</p>"))
    size = paths.database.stat().st_size
    with open(paths.database, "r+b") as fh:  # wreck the pages in the middle, keep the header
        fh.seek(size // 3)
        fh.write(b"\xde\xad\xbe\xef" * (size // 12))
    calls: list[str] = []

    def quick(reader: QuickReader) -> int:
        calls.append("quick")
        return len(reader.list_drafts(trashed=None))

    def careful() -> int:
        calls.append("careful")
        with DraftStore.open(paths) as store:
            assert store.report.had_corruption  # quarantined and restored from the backup
            return len(store.list_drafts(trashed=None))

    count = read_with(paths, quick, careful)
    assert calls == ["quick", "careful"]
    assert count == 304  # the drafts of the backup taken when the store closed: never a wrong list
    assert ids["a"]


def test_read_errors_name_the_problem(paths: AppPaths) -> None:
    _fill(paths)
    reader = QuickReader.open(paths)
    assert reader is not None
    reader._con.close()
    reader._con = sqlite3.connect(":memory:")  # a connection that lacks the tables: not corruption
    with pytest.raises(sqlite3.OperationalError):
        reader.list_drafts()
    reader.close()

    def boom(_reader: QuickReader) -> None:
        raise CarefulOpenNeeded("damaged")

    assert read_with(paths, boom, lambda: "careful") == "careful"
    assert issubclass(StorageError, QalamError)
    assert timedelta  # keep the import list honest for readers of this file
