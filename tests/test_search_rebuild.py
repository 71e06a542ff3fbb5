"""Rebuilding the search index beside an open store (storage/search_rebuild.py), through the real store:
a store indexed by Qalam before the light stemmer (schema 0007, the four-column index) opens without
reindexing, every draft is found before, during and after the rebuild, saves go through while it runs,
and a rebuild killed in the middle resumes where it stopped."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from editor_app.core.arabic_normalize import normalize
from editor_app.core.article import Article
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage import migrate, search_index, search_rebuild
from editor_app.storage.convert import content_hash
from editor_app.storage.search_rebuild import Progress
from editor_app.storage.store import DraftStore

DRAFTS = 300
_LETTERS = "بتثجحخدذرز"
_TIME = "2026-11-30T10:00:00.000000Z"


def unique_word(i: int) -> str:
    """A made-up word only draft ``i`` uses (no proclitic in front: nothing to strip)."""
    return "قمر" + "".join(_LETTERS[int(d)] for d in f"{i:04d}")


def _body(i: int) -> str:
    return (f"<p>قال المتحدث باسم الكرملين إن {unique_word(i)} وصل اليوم.</p>"
            f"<p>وأضاف أن الوفد التقى بالمسؤولين في موسكو رقم {i}.</p>")


def old_store(root: Path, drafts: int = DRAFTS) -> AppPaths:
    """A data folder as Qalam left it before the stemmer: schema 0007, the index of 0003 (title, body,
    excerpt, tags: the normalised words, each followed by the variants it had without ال/وال/بال…)."""
    paths = resolve_paths(root).ensure()
    engine = create_engine(f"sqlite:///{paths.database}")
    with engine.connect() as conn:
        migrate.upgrade(conn, "0007")
        conn.commit()
    engine.dispose()
    con = sqlite3.connect(paths.database)
    with con:
        for i in range(drafts):
            article = Article(title=f"خبر {i}", body_html=_body(i), tags=["روسيا"])
            chash = content_hash(article)
            con.execute(
                "INSERT INTO articles(id, title, subtitle, body_html, excerpt, slug, language, direction, "
                "categories, tags, author, state, created_at, updated_at, content_hash, word_count) "
                "VALUES (?, ?, '', ?, '', '', 'ar', 'rtl', '[]', ?, '', 'draft', ?, ?, ?, 20)",
                (article.id, article.title, article.body_html, json.dumps(article.tags), _TIME, _TIME, chash))
            docid = con.execute("INSERT INTO search_docs(article_id, content_hash) VALUES (?, ?) "
                                "RETURNING docid", (article.id, chash)).fetchone()[0]
            words = normalize(f"قال المتحدث باسم الكرملين ان {unique_word(i)} وصل اليوم واضاف ان الوفد التقي "
                              f"بالمسؤولين في موسكو رقم {i}").split()
            variants = [w[len(p):] for w in words for p in ("بال", "وال", "ال") if w.startswith(p)]
            con.execute("INSERT INTO articles_fts(rowid, title, body, excerpt, tags) VALUES (?, ?, ?, '', ?)",
                        (docid, normalize(article.title), " ".join(words + variants), "روسيا"))
    con.close()
    return paths


def _found(store: DraftStore, query: str) -> set[str]:
    return {h.article_id for h in store.search(query, limit=50)}


def _ids_by_word(store: DraftStore) -> dict[str, str]:
    return {unique_word(int(d.title.split()[1])): d.id for d in store.list_drafts(limit=10_000)}


def _all_found(store: DraftStore, ids: dict[str, str]) -> list[str]:
    """The words whose draft search does not find (an empty list: every draft is found)."""
    return [word for word, article_id in ids.items() if _found(store, word) != {article_id}]


def _index_rows(store: DraftStore) -> dict[int, tuple[str, ...]]:
    with store._db.read() as s:
        rows = s.execute(text("SELECT rowid, title, body, excerpt, tags, title_stem, body_stem, "
                              "excerpt_stem, tags_stem FROM articles_fts")).all()
    return {int(r[0]): tuple(r[1:]) for r in rows}


def _fresh_rows(store: DraftStore) -> dict[int, tuple[str, ...]]:
    """What indexing each draft today gives."""
    out = {}
    with store._db.read() as s:
        pairs = s.execute(text("SELECT docid, article_id FROM search_docs")).all()
    for docid, article_id in pairs:
        a = store.get(article_id)
        d = search_index.index_text(a.title, a.subtitle, a.body_html, a.excerpt, [*a.tags, *a.categories])
        out[int(docid)] = (d.title, d.body, d.excerpt, d.tags, d.title_stem, d.body_stem, d.excerpt_stem,
                           d.tags_stem)
    return out


def _tables(store: DraftStore) -> set[str]:
    with store._db.raw() as raw:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_an_old_store_opens_at_once_and_every_draft_is_found_throughout(tmp_path: Path) -> None:
    store = DraftStore.open(old_store(tmp_path / "data"))
    try:
        # Opening reindexed nothing: the old index is kept aside, the new one is empty.
        assert store.search_index_status() == Progress(DRAFTS, DRAFTS)
        assert _index_rows(store) == {}
        assert search_rebuild.PREV_TABLE in _tables(store)
        ids = _ids_by_word(store)
        assert len(ids) == DRAFTS
        assert _all_found(store, ids) == []  # before: every draft, through its old row
        assert len(store.search("الكرملين")) == 20  # common words: ranked, limited as usual

        # The first steps take the newest drafts; then a draft still waiting and one already done are edited.
        progress = search_rebuild.step(store._db, drafts=40)
        assert progress is not None and progress.left == DRAFTS - 40
        assert _all_found(store, ids) == []  # during
        waiting, done = ids[unique_word(5)], ids[unique_word(DRAFTS - 3)]
        for article_id, word in ((waiting, "زيلينسكي"), (done, "بريجوزين")):
            article = store.get(article_id)
            store.save(replace(article, body_html=article.body_html.replace(unique_word(
                int(article.title.split()[1])), word)))
        assert _found(store, "زيلينسكي") == {waiting} and _found(store, "بريجوزين") == {done}
        assert _found(store, unique_word(5)) == set()  # the old row of the edited draft no longer counts
        assert store.search_index_status() == Progress(DRAFTS - 41, DRAFTS)  # the save indexed it

        seen: list[int] = []
        assert search_rebuild.run(store._db, progress=lambda p: seen.append(p.left)) is True
        assert seen == sorted(seen, reverse=True) and seen[-1] == 0
        assert store.search_index_status() is None
        assert search_rebuild.PREV_TABLE not in _tables(store)
        with store._db.read() as s:
            assert search_index.stored_version(s) == search_index.INDEX_VERSION
        # After: every draft, and the index is exactly what indexing each draft today gives.
        del ids[unique_word(5)], ids[unique_word(DRAFTS - 3)]
        assert _all_found(store, ids) == []
        assert _found(store, "زيلينسكي") == {waiting} and _found(store, "بريجوزين") == {done}
        assert _index_rows(store) == _fresh_rows(store)
        assert len(store.search("كرملين")) == 20  # الكرملين through its stem: the new index
        assert store.suggest("بريجوزبن") == ["بريجوزين"]  # the vocabulary was filled too
    finally:
        store.close(backup=False)


def test_a_save_between_reading_and_writing_a_step_wins(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    store = DraftStore.open(old_store(tmp_path / "data", drafts=30))
    try:
        ids = _ids_by_word(store)
        target = ids[unique_word(29)]  # the newest: in the first step
        real = search_index.index_text
        saved = []

        def index_then_save(*args: object, **kwargs: object) -> search_index.IndexText:
            doc = real(*args, **kwargs)  # type: ignore[arg-type]
            if not saved:  # the writer saves while the step computes (no lock is held then)
                saved.append(True)
                article = store.get(target)
                store.save(replace(article, body_html="<p>نص جديد عن لافروف</p>"))
            return doc

        monkeypatch.setattr(search_index, "index_text", index_then_save)
        search_rebuild.step(store._db, drafts=10)
        monkeypatch.setattr(search_index, "index_text", real)
        assert _found(store, "لافروف") == {target}
        assert _found(store, unique_word(29)) == set()  # the step's older text did not overwrite it
        search_rebuild.run(store._db)
        assert _found(store, "لافروف") == {target} and _found(store, unique_word(29)) == set()
        assert _index_rows(store) == _fresh_rows(store)
    finally:
        store.close(backup=False)


def _rebuild_process(db: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "editor_app.storage.search_rebuild", "--database", str(db),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_the_rebuild_process_lets_saves_through_and_resumes_after_a_kill(tmp_path: Path) -> None:
    paths = old_store(tmp_path / "data")
    store = DraftStore.open(paths)
    try:
        ids = _ids_by_word(store)
        process = _rebuild_process(paths.database, "--step-drafts", "10", "--pause", "0.05")
        try:
            deadline = time.monotonic() + 60
            while (p := store.search_index_status()) is not None and p.left > DRAFTS - 30:
                assert process.poll() is None and time.monotonic() < deadline, process.stderr
                time.sleep(0.02)
            assert search_rebuild.running(paths.database)
            assert search_rebuild.spawn(paths.database) is None  # one at a time
            # Saves from this process while the other one writes its steps.
            for n, word in enumerate(("لوكاشينكو", "فاغنر", "بيلاروسيا")):
                article = store.get(ids[unique_word(n)])
                store.save(replace(article, title=f"{article.title} {word}"))
                assert _found(store, word) == {article.id}
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        killed_at = store.search_index_status()
        assert killed_at is not None and 0 < killed_at.left < DRAFTS
        assert _all_found(store, ids) == []  # a kill loses nothing: the old rows still count
        assert not search_rebuild.running(paths.database)  # the lock went with the process

        process = _rebuild_process(paths.database, "--progress")  # starts again where it stopped
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert err.decode().strip().endswith(f"{DRAFTS}/{DRAFTS}")
        assert store.search_index_status() is None
        assert _all_found(store, ids) == []
        assert _found(store, "فاغنر") == {ids[unique_word(1)]}
        assert _index_rows(store) == _fresh_rows(store)
    finally:
        store.close(backup=False)


def test_a_stemmer_update_rebuilds_the_same_layout_beside_the_old_rows(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    store = DraftStore.open(paths)
    a = store.create(Article(title="بيان", body_html="<p>قال بيان بالكرملين إن الزيارة مهمة</p>")).id
    b = store.create(Article(title="خبر", body_html="<p>وصل الوفد إلى موسكو</p>")).id
    with store._db.write() as s:  # as an older stemmer left it: another stamp, no stems
        s.execute(text("UPDATE search_meta SET value = '11.0' WHERE name = 'index_version'"))
        s.execute(text("UPDATE articles_fts SET title_stem = '', body_stem = '', excerpt_stem = '', "
                       "tags_stem = ''"))
    store.close(backup=False)
    store = DraftStore.open(paths)
    try:
        assert store.search_index_status() == Progress(2, 2)
        assert _found(store, "بالكرملين") == {a} and _found(store, "موسكو") == {b}  # the old rows
        assert _found(store, "كرملين") == set()  # the old rows have no stems: found once rebuilt
        assert store.reindex() == 2
        assert store.search_index_status() is None
        assert _found(store, "كرملين") == {a} and _found(store, "موسكو") == {b}
        assert search_rebuild.PREV_TABLE not in _tables(store)
    finally:
        store.close(backup=False)


def test_drafts_search_on_a_store_being_rebuilt_answers_at_once(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`qalam drafts search` does not wait for the rebuild: it searches both indexes, says on stderr that
    the index is being updated, and starts the background rebuild, which finishes by itself."""
    from editor_app.cli.main import main

    data = tmp_path / "data"
    paths = old_store(data, drafts=40)
    code = main(["--lang", "en", "--data-dir", str(data), "drafts", "search", unique_word(7)])
    out, err = capsys.readouterr()
    assert code == 0 and "خبر 7" in out
    assert "The search index is being updated in the background (40 drafts to go)" in err
    _wait_for_the_rebuild(paths)
    code = main(["--lang", "ar", "--data-dir", str(data), "drafts", "search", "و" + unique_word(7)])
    out, err = capsys.readouterr()
    assert code == 0 and "خبر 7" in out and err == ""
    log = paths.log_dir / "search-update.log"
    assert "search index rebuild complete" in log.read_text(encoding="utf-8")


def test_the_arabic_note_uses_the_plural_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from editor_app.cli.main import main

    data = tmp_path / "data"
    paths = old_store(data, drafts=2)
    main(["--lang", "ar", "--data-dir", str(data), "drafts", "search", unique_word(1)])
    _, err = capsys.readouterr()
    _wait_for_the_rebuild(paths)
    assert "تحديث فهرس البحث" in err and "مسودتان" in err, err


def _wait_for_the_rebuild(paths: AppPaths) -> None:
    deadline = time.monotonic() + 120
    con = sqlite3.connect(paths.database)
    try:
        while search_rebuild.status(con) is not None or search_rebuild.running(paths.database):
            assert time.monotonic() < deadline, "the background rebuild did not finish"
            time.sleep(0.1)
    finally:
        con.close()


def test_the_window_shows_the_update_in_the_status_bar_until_it_is_done(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window opens the old store at once, shows "Updating search: N drafts to go" (Arabic plural
    forms, the window's digits), starts the background rebuild, and clears the word when it is done."""
    import argparse

    from editor_app.cli.context import make_context
    from editor_app.gui.launch import build_window

    data = tmp_path / "data"
    old_store(data, drafts=DRAFTS)
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="ar")),
                                tasks_inline=False)
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False)
    qtbot.waitUntil(lambda: "store" in window.ctx.services, timeout=15000)
    qtbot.waitUntil(lambda: window.drafts_panel.list.count() > 0, timeout=15000)  # drafts at once
    indicator = window.search_update
    qtbot.waitUntil(indicator.label.isVisible, timeout=10000)
    shown = indicator.label.text()  # e.g. «تحديث البحث: بقيت ٣٠٠ مسودة» (100 and more: the "other" form)
    assert re.fullmatch("تحديث البحث: بقيت [٠-٩]+ مسود(ة|ات)", shown), shown
    assert "تظهر كل المسودات" in indicator.label.toolTip()
    qtbot.waitUntil(lambda: not indicator.label.isVisible(), timeout=120000)
    assert window.status.currentMessage() == "فهرس البحث محدَّث."
    store = window.ctx.services["store"]
    assert store.search_index_status() is None
    assert {h.title for h in store.search("و" + unique_word(12))} == {"خبر 12"}
    window.close()
