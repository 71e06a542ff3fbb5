"""What the publisher builds on: sites (no secrets), cached terms, the outbox, review notes and media."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.core.outbox import OutboxAction, OutboxState
from editor_app.core.site import Site, Term
from editor_app.errors import QalamError
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


def _site(store: DraftStore, name: str = "الموقع") -> Site:
    return store.add_site(Site(name=name, url="https://news.example", username="sara", roles=["author"],
                               capabilities={"publish_posts": False}, timezone="Asia/Amman"))


def test_sites_roundtrip_and_unique_names(store: DraftStore) -> None:
    site = _site(store)
    assert store.get_site(site.id) == site
    assert store.site_by_name("الموقع") == site and store.site_by_name("x") is None
    with pytest.raises(QalamError, match="already exists"):
        _site(store)
    site.has_plugin = True
    store.update_site(site)
    assert store.list_sites()[0].has_plugin
    store.delete_site(site.id)
    assert store.list_sites() == []


def test_deleting_a_site_keeps_its_drafts(store: DraftStore) -> None:
    site = _site(store)
    a = store.create(Article(title="x", site_id=site.id, remote_id=5))
    assert store.find_by_remote(site.id, 5) == store.get(a.id)
    store.delete_site(site.id)
    assert store.get(a.id).site_id is None


def test_terms_are_cached_per_site(store: DraftStore) -> None:
    one, two = _site(store, "أ"), _site(store, "ب")
    store.replace_terms(one.id, "category", [Term(one.id, 1, "سياسة", "politics"),
                                             Term(one.id, 2, "دولي", "world", parent=1)])
    store.replace_terms(two.id, "category", [Term(two.id, 9, "رياضة", "sport")])
    store.replace_terms(one.id, "tag", [Term(one.id, 3, "روسيا", "russia")])
    assert [t.name for t in store.list_terms(one.id, "category")] == ["دولي", "سياسة"]
    assert store.find_term(one.id, "category", "world") == Term(one.id, 2, "دولي", "world", 1)
    assert store.replace_terms(one.id, "category", [Term(one.id, 1, "سياسة", "politics")]) == 1
    assert len(store.list_terms(one.id, "category")) == 1
    store.upsert_term(Term(one.id, 3, "روسيا الاتحادية", "russia"), "tag")
    assert [t.name for t in store.list_terms(one.id, "tag")] == ["روسيا الاتحادية"]
    with pytest.raises(ValueError):
        store.list_terms(one.id, "label")


def test_outbox_queue_claim_and_update(store: DraftStore) -> None:
    site = _site(store)
    a = store.create(Article(title="x"))
    now = datetime(2026, 3, 1, tzinfo=UTC)
    first = store.enqueue(a.id, site.id, OutboxAction.PUBLISH, {"status": "publish"}, not_before=now)
    later = store.enqueue(a.id, site.id, "update", not_before=now + timedelta(hours=1))
    assert first.state == OutboxState.QUEUED and first.payload == {"status": "publish"}
    claimed = store.claim_next_outbox(now)
    assert claimed is not None and claimed.id == first.id
    assert claimed.state == OutboxState.RUNNING and claimed.attempts == 1
    assert store.claim_next_outbox(now) is None  # the other one is not due yet
    done = store.update_outbox(first.id, state=OutboxState.DONE, result={"id": 42}, last_error=None)
    assert done.result == {"id": 42}
    failed = store.update_outbox(later.id, state="failed", last_error="HTTP 500",
                                 next_attempt_at=now + timedelta(minutes=5))
    assert failed.last_error == "HTTP 500" and failed.payload == {}
    assert [i.id for i in store.outbox_items(state=OutboxState.DONE)] == [first.id]
    assert len(store.outbox_items(article_id=a.id)) == 2
    store.update_outbox(later.id, state=OutboxState.RUNNING)
    assert store.requeue_running_outbox() == 1
    store.delete_outbox_item(later.id)
    with pytest.raises(QalamError):
        store.get_outbox_item(later.id)


def test_review_notes(store: DraftStore) -> None:
    a = store.create(Article(title="x"))
    note = store.add_note(a.id, "المحرر", "أضف مصدرا للرقم", remote=True)
    assert store.notes(a.id) == [note] and note.remote
    store.delete_note(note.id)
    assert store.notes(a.id) == []


def test_media_bytes_path_hash_and_remote_ids(store: DraftStore, tmp_path: Path) -> None:
    site = _site(store)
    a = store.create(Article(title="x"))
    item = store.add_media(data=b"\x89PNG....", mime="image/png", filename="a.png", alt="بديل",
                           article_id=a.id)
    assert len(item.sha256) == 64 and item.size == 8
    assert store.find_media_by_hash(item.sha256) is not None
    picture = tmp_path / "b.jpg"
    picture.write_bytes(b"JFIF" * 10)
    by_path = store.add_media(path=str(picture), mime="image/jpeg", article_id=a.id)
    assert by_path.size == 40 and by_path.data is None
    store.set_media_remote_id(item.id, site.id, 77, "https://news.example/a.png")
    store.update_media_text(item.id, caption="تعليق")
    got = store.get_media(item.id)
    assert got.data == b"\x89PNG...." and got.remote_ids == {site.id: 77} and got.caption == "تعليق"
    assert [m.id for m in store.media_for_article(a.id)] == [item.id, by_path.id]
    with pytest.raises(ValueError):
        store.add_media()
