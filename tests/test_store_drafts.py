"""DraftStore: drafts, autosave coalescing, explicit saves, history, restore, diff, trash, thinning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor_app.core.article import Article, WorkflowState
from editor_app.core.diff import OpKind, new_text, old_text, render_html
from editor_app.core.revision import RevisionKind
from editor_app.errors import QalamError
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage.store import DraftStore


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths, clock: Clock) -> Iterator[DraftStore]:
    s = DraftStore.open(paths, clock=clock)
    yield s
    s.close(backup=False)


def _article(title: str = "بوتين يلتقي لوكاشينكو",
             body: str = "<p>قال الكرملين إن اللقاء تم.</p>") -> Article:
    return Article(title=title, body_html=body, tags=["روسيا"], categories=["سياسة"])


def test_create_get_roundtrip_every_field(store: DraftStore) -> None:
    a = Article(
        title="عنوان", subtitle="تمهيد", body_html="<p>نص</p>", excerpt="مقتطف", slug="unwan", language="ar",
        categories=["سياسة", "دولي"], tags=["روسيا"], author="سارة", featured_media_id="m1",
        state=WorkflowState.RETURNED, remote_id=42, remote_modified_gmt="2026-01-01T10:00:00",
        remote_content_hash="abc", remote_url="https://example.org/?p=42",
        scheduled_at=datetime(2026, 5, 1, 8, 0, tzinfo=UTC),
    )
    created = store.create(a)
    got = store.get(a.id)
    assert got == created
    assert got.state is WorkflowState.RETURNED
    assert got.scheduled_at == datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
    assert [r.kind for r in store.history(a.id)] == [RevisionKind.SAVE]
    with pytest.raises(QalamError):
        store.create(a)


def test_get_unknown_id_is_a_user_error(store: DraftStore) -> None:
    with pytest.raises(QalamError) as err:
        store.get("nope")
    assert "nope" in str(err.value)


def test_list_newest_first_with_filters(store: DraftStore, clock: Clock) -> None:
    first = store.create(_article("الأول"))
    clock.advance(seconds=5)
    second = store.create(_article("الثاني").copy(state=WorkflowState.SUBMITTED))
    assert [d.id for d in store.list_drafts()] == [second.id, first.id]
    assert [d.id for d in store.list_drafts(state="submitted")] == [second.id]
    summary = store.list_drafts()[0]
    assert summary.word_count == 5 and summary.tags == ["روسيا"]


def test_trash_untrash_and_purge(store: DraftStore) -> None:
    a = store.create(_article())
    store.trash(a.id)
    assert store.list_drafts() == []
    assert [d.id for d in store.list_drafts(trashed=True)] == [a.id]
    assert store.get(a.id).is_trashed
    store.untrash(a.id)
    assert [d.id for d in store.list_drafts()] == [a.id]
    store.purge(a.id)
    assert not store.exists(a.id)
    assert store.history(a.id) == []
    assert store.search("الكرملين") == []


def test_resolve_id_by_unique_prefix(store: DraftStore) -> None:
    a = store.create(Article(id="abc12345-0000-0000-0000-000000000000", title="x"))
    store.create(Article(id="abd00000-0000-0000-0000-000000000000", title="y"))
    assert store.resolve_id("abc") == a.id
    assert store.resolve_id(a.id) == a.id
    with pytest.raises(QalamError, match="ambiguous"):
        store.resolve_id("ab")
    with pytest.raises(QalamError):
        store.resolve_id("zzz")
    with pytest.raises(QalamError):
        store.resolve_id("%")


def test_autosave_is_journalled_then_flushed(store: DraftStore, paths: AppPaths) -> None:
    a = store.create(_article())
    edited = a.copy(body_html="<p>قال الكرملين إن اللقاء تم أمس.</p>")
    assert store.autosave(edited) is True
    journal = paths.data_dir / "recovery" / f"{a.id}.json"
    assert journal.exists() and oct(journal.stat().st_mode & 0o777) == "0o600"
    assert store.get(a.id).body_html == edited.body_html  # the queued text wins before the flush
    assert store.has_pending()
    result = store.flush()
    assert result.autosaved == [a.id]
    assert not journal.exists() and not store.has_pending()
    assert store.get(a.id).body_html == edited.body_html
    assert store.autosave(edited) is False  # unchanged: nothing written


def test_autosaves_coalesce_into_one_revision_per_stretch(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article())
    for i in range(20):  # twenty autosaves a second apart: one revision
        clock.advance(seconds=1)
        store.autosave(a.copy(body_html=f"<p>نسخة {i}</p>"))
        store.flush()
    hist = store.history(a.id)
    assert [r.kind for r in hist] == [RevisionKind.AUTOSAVE, RevisionKind.SAVE]
    assert store.revision(a.id, hist[0].number).body_html == "<p>نسخة 19</p>"
    clock.advance(minutes=5)  # a meaningful pause starts a new revision
    store.autosave(a.copy(body_html="<p>بعد الاستراحة</p>"))
    store.flush()
    assert len(store.history(a.id)) == 3
    for i in range(12):  # a long stretch is cut every max_span (10 minutes)
        clock.advance(minutes=1)
        store.autosave(a.copy(body_html=f"<p>فقرة {i}</p>"))
        store.flush()
    assert len(store.history(a.id)) == 4


def test_explicit_saves_are_kept_and_never_overwritten(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article())
    clock.advance(seconds=1)
    store.autosave(a.copy(title="مسودة"))
    store.queue_save(a.copy(title="محفوظ"), note="قبل الإرسال")
    clock.advance(seconds=1)
    store.autosave(a.copy(title="بعد الحفظ"))
    result = store.flush()
    assert [r.title for r in result.saved] == ["محفوظ"]
    hist = store.history(a.id)
    assert [(r.kind, r.title) for r in hist] == [
        (RevisionKind.AUTOSAVE, "بعد الحفظ"), (RevisionKind.SAVE, "محفوظ"), (RevisionKind.SAVE, a.title)]
    assert hist[1].note == "قبل الإرسال"
    assert store.get(a.id).title == "بعد الحفظ"


def test_saving_unchanged_text_promotes_the_autosave(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article())
    clock.advance(seconds=1)
    store.autosave(a.copy(title="ب"))
    store.flush()
    info = store.save(store.get(a.id))
    assert info.kind == RevisionKind.SAVE and info.number == 2
    assert len(store.history(a.id)) == 2
    again = store.save(store.get(a.id))
    assert again.number == 2


def test_restore_is_a_new_revision_and_diff_reads_both_ways(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article(body="<p>قال الكرملين إن بوتين التقى لوكاشينكو.</p>"))
    clock.advance(seconds=1)
    store.save(a.copy(body_html="<p>قال الكرملين إن الرئيس بوتين التقى لوكاشينكو يوم الأحد.</p>"))
    ops = store.diff(a.id, 1, 2)
    inserted = [op.text for op in ops if op.kind == OpKind.INSERT]
    assert inserted == ["الرئيس ", " يوم الأحد"]
    assert "لوكاشينكو." in old_text(ops) and "يوم الأحد." in new_text(ops)
    assert 'dir="rtl"' in render_html(ops)
    clock.advance(seconds=1)
    restored, info = store.restore(a.id, 1)
    assert info.kind == RevisionKind.RESTORE and info.restored_from == 1 and info.number == 3
    assert restored.body_html == a.body_html == store.get(a.id).body_html
    assert store.revision(a.id, 2).body_html.endswith("يوم الأحد.</p>")  # history intact
    with pytest.raises(QalamError):
        store.revision(a.id, 99)


def test_restore_writes_pending_autosaves_to_history_first(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article())
    clock.advance(seconds=1)
    store.autosave(a.copy(title="غير محفوظ"))
    store.restore(a.id, 1)
    titles = [r.title for r in store.history(a.id)]
    assert titles == [a.title, "غير محفوظ", a.title]
    assert store.get(a.id).title == a.title


def test_thinning_keeps_saves_and_thins_old_autosaves(store: DraftStore, clock: Clock) -> None:
    a = store.create(_article())
    # Autosave revisions every 3 minutes (each after a pause) for 10 hours, 3 days ago.
    for i in range(200):
        clock.advance(minutes=3)
        store.autosave(a.copy(body_html=f"<p>{i}</p>"))
        store.flush()
        if i % 50 == 0:
            store.save(store.get(a.id))
    before = store.history(a.id)
    saves = [r.number for r in before if r.kind == RevisionKind.SAVE]
    clock.advance(days=3)
    removed = store.thin_history()
    after = store.history(a.id)
    assert removed > 0 and len(after) == len(before) - removed
    assert [r.number for r in after if r.kind == RevisionKind.SAVE] == saves
    assert after[0].number == before[0].number  # the newest stays
    autosave_hours = [r.updated_at.strftime("%d%H") for r in after[1:] if r.kind == RevisionKind.AUTOSAVE]
    assert len(autosave_hours) == len(set(autosave_hours))  # at most one per hour
    clock.advance(days=200)
    store.thin_history()
    kinds = [r.kind for r in store.history(a.id)]
    assert kinds.count(RevisionKind.AUTOSAVE) <= 1


def test_store_survives_reopen(paths: AppPaths, clock: Clock) -> None:
    s = DraftStore.open(paths, clock=clock)
    a = s.create(_article())
    s.autosave(a.copy(title="قبل الإغلاق"))
    s.close()  # close flushes
    s2 = DraftStore.open(paths, clock=clock)
    try:
        assert s2.get(a.id).title == "قبل الإغلاق"
        assert s2.recovered_drafts() == []
        assert s2.report.migrated_from is None
    finally:
        s2.close(backup=False)


def test_create_many_in_batches_skips_existing(store: DraftStore) -> None:
    first = store.create(_article("موجود"))
    batch = [Article(title=f"مسودة {i}", body_html=f"<p>نص رقم {i} عن موسكو</p>") for i in range(7)]
    assert store.create_many([first, *batch], batch=3) == 7
    assert len(store.list_drafts()) == 8
    assert [r.kind for r in store.history(batch[0].id)] == [RevisionKind.IMPORT]
    assert len(store.search("موسكو", limit=50)) == 7


def test_autosaves_racing_with_background_flushes_end_with_the_last_text(paths: AppPaths) -> None:
    import threading

    store = DraftStore.open(paths)
    try:
        a = store.create(_article())
        stop = threading.Event()
        errors: list[BaseException] = []

        def flusher() -> None:
            while not stop.is_set():
                try:
                    store.flush()
                except BaseException as exc:  # reported below
                    errors.append(exc)

        workers = [threading.Thread(target=flusher) for _ in range(2)]  # like the runner's pool
        for w in workers:
            w.start()
        for i in range(300):
            store.autosave(a.copy(body_html=f"<p>نسخة {i}</p>"))
            if i % 50 == 0:
                store.queue_save(a.copy(body_html=f"<p>نسخة {i}</p>"), note=str(i))
        stop.set()
        for w in workers:
            w.join()
        store.flush()
        assert errors == []
        assert store.get(a.id).body_html == "<p>نسخة 299</p>"
        notes = sorted(int(r.note) for r in store.history(a.id) if r.note)
        assert notes == [0, 50, 100, 150, 200, 250]
        assert not (paths.data_dir / "recovery" / f"{a.id}.json").exists()
    finally:
        store.close(backup=False)
