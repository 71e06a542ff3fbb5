"""The store never writes a stale copy over someone else's change: both texts stay, as revisions.

Two DraftStore instances on one data folder stand for the window and the command line (the
two-process version of this is in test_live_desk.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from editor_app.core.article import Article
from editor_app.core.revision import RevisionKind
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage.store import DraftStore
from editor_app.storage.store_state import NOTE_CONFLICT, NOTE_ELSEWHERE


@pytest.fixture
def paths(isolated_data_dir: object) -> AppPaths:
    return resolve_paths()


@pytest.fixture
def stores(paths: AppPaths) -> Iterator[tuple[DraftStore, DraftStore]]:
    window, cli = DraftStore.open(paths), DraftStore.open(paths)
    try:
        yield window, cli
    finally:
        window.close(backup=False)
        cli.close(backup=False)


def test_own_autosaves_on_one_base_never_conflict(stores: tuple[DraftStore, DraftStore]) -> None:
    window, _cli = stores
    a = window.create(Article(title="t", body_html="<p>أ</p>"))
    base = window.content_hash_of(a)
    for i in range(3):
        assert window.autosave(a.copy(body_html=f"<p>أ {i}</p>"), base=base, journal=False)
        result = window.flush()
        assert result.conflicts == []
        assert window.changed_elsewhere(a.id, base) is None  # our own write is not "elsewhere"
    assert window.get(a.id).body_html == "<p>أ 2</p>"


def test_a_stale_copy_is_kept_beside_the_other_writers_text(stores: tuple[DraftStore, DraftStore]) -> None:
    window, cli = stores
    a = window.create(Article(title="t", body_html="<p>الأصل</p>"))
    base = window.content_hash_of(a)
    cli.save(cli.get(a.id).copy(body_html="<p>من سطر الأوامر</p>"), note="cli")
    stored = window.changed_elsewhere(a.id, base)
    assert stored is not None and stored == cli.stored_hash(a.id)

    window.autosave(a.copy(body_html="<p>من النافذة</p>"), base=base, journal=False)
    result = window.flush()
    assert [c.article_id for c in result.conflicts] == [a.id]
    assert window.get(a.id).body_html == "<p>من سطر الأوامر</p>"  # not overwritten
    kept = window.revision(a.id, result.conflicts[0].kept_revision)
    assert kept.body_html == "<p>من النافذة</p>" and kept.info.note == NOTE_CONFLICT
    assert kept.info.kind == RevisionKind.SAVE  # kept forever, never thinned like an autosave

    # Typing on in the stale copy moves that one revision forward instead of piling up new ones.
    window.autosave(a.copy(body_html="<p>من النافذة، وأكثر</p>"), base=base, journal=False)
    again = window.flush().conflicts
    assert again and again[0].kept_revision == result.conflicts[0].kept_revision
    assert window.revision(a.id, again[0].kept_revision).body_html == "<p>من النافذة، وأكثر</p>"
    assert len(window.history(a.id)) == 3  # created, the command line's save, the kept copy


def test_keep_mine_replaces_the_other_text_only_after_it_is_in_history(
    stores: tuple[DraftStore, DraftStore],
) -> None:
    window, cli = stores
    a = window.create(Article(title="t", body_html="<p>الأصل</p>"))
    # Another writer changes the row without a revision of its own (as a careless tool might).
    with cli._db.write() as s:
        from editor_app.storage.models import ArticleRow

        row = s.get(ArticleRow, a.id)
        assert row is not None
        row.body_html = "<p>بلا مراجعة</p>"
        row.content_hash = "f" * 64
    theirs = window.stored_hash(a.id)
    window.queue_save(a.copy(body_html="<p>نصي أنا</p>"), base=theirs, journal=False)
    assert window.flush().conflicts == []
    assert window.get(a.id).body_html == "<p>نصي أنا</p>"
    notes = {window.revision(a.id, r.number).body_html: r.note for r in window.history(a.id)}
    assert notes["<p>بلا مراجعة</p>"] == NOTE_ELSEWHERE


def test_the_journal_can_be_written_by_the_runner(
    stores: tuple[DraftStore, DraftStore], paths: AppPaths
) -> None:
    window, _cli = stores
    a = window.create(Article(title="t"))
    journal = paths.data_dir / "recovery" / f"{a.id}.json"
    assert window.autosave(a.copy(title="u"), journal=False)
    assert not journal.exists()  # the calling (GUI) thread wrote nothing
    assert window.write_journal() == 1 and journal.exists()
    assert window.write_journal() == 0  # already journalled
    window.flush()
    assert not journal.exists() and window.get(a.id).title == "u"


def test_flush_journals_first(stores: tuple[DraftStore, DraftStore], paths: AppPaths,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    window, _cli = stores
    a = window.create(Article(title="t"))
    window.autosave(a.copy(title="v"), journal=False)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed in the middle of the database write")

    monkeypatch.setattr(window, "_persist", crash)
    with pytest.raises(RuntimeError):
        window.flush()
    # The database never got it, the journal did: a restart offers it back.
    assert (paths.data_dir / "recovery" / f"{a.id}.json").exists()
    monkeypatch.undo()
    assert window.flush().autosaved == [a.id]  # and the next flush writes it


def test_text_typed_before_another_writers_save_is_offered_after_a_crash(paths: AppPaths) -> None:
    window = DraftStore.open(paths)
    a = window.create(Article(title="t", body_html="<p>الأصل</p>"))
    typed = a.copy(body_html="<p>كتبته قبل الانهيار</p>")
    window.autosave(typed, base=window.content_hash_of(a))  # journalled now
    cli = DraftStore.open(paths)
    cli.save(cli.get(a.id).copy(title="من سطر الأوامر"))  # newer than the journal
    cli.close(backup=False)
    window._db.dispose()  # the window dies: no flush, no close

    again = DraftStore.open(paths)
    try:
        recovered = {r.article_id: r for r in again.recovered_drafts()}
        assert a.id in recovered and "كتبته قبل الانهيار" in recovered[a.id].body_html
        assert again.get(a.id).title == "من سطر الأوامر"  # and the other text is the draft
    finally:
        again.close(backup=False)
