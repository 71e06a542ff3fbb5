"""The recovery journal, and the crash test: a child autosaving in a loop is killed with SIGKILL 50 times."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.core.revision import RevisionKind
from editor_app.paths import AppPaths, resolve_paths
from editor_app.storage import safety
from editor_app.storage.store import DraftStore

REPO = Path(__file__).resolve().parent.parent


def _crash(store: DraftStore) -> None:
    """Stop using the store as a killed process would: no flush, no close."""
    store._db.dispose()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def test_unflushed_autosave_is_offered_back(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    a = store.create(Article(title="أصل", body_html="<p>قديم</p>"))
    store.autosave(a.copy(body_html="<p>كتبت هذا قبل الانهيار</p>"))
    _crash(store)

    store = DraftStore.open(paths)
    try:
        recovered = store.recovered_drafts()
        assert [r.article_id for r in recovered] == [a.id]
        assert recovered[0].body_html == "<p>كتبت هذا قبل الانهيار</p>"
        assert recovered[0].stored_updated_at is not None
        assert recovered[0].journal_saved_at > recovered[0].stored_updated_at
        assert store.report.recovered == 1 and store.report.messages
        assert store.get(a.id).body_html == "<p>قديم</p>"  # nothing applied without asking
        got = store.accept_recovered(a.id)
        assert got.body_html == "<p>كتبت هذا قبل الانهيار</p>"
        newest = store.history(a.id)[0]
        assert newest.kind == RevisionKind.SAVE and newest.note
        assert store.recovered_drafts() == []
    finally:
        store.close(backup=False)
    store = DraftStore.open(paths)
    assert store.recovered_drafts() == []
    store.close(backup=False)


def test_recovered_text_can_be_discarded(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    a = store.create(Article(title="أصل"))
    store.autosave(a.copy(title="مسودة ضائعة"))
    _crash(store)
    store = DraftStore.open(paths)
    store.discard_recovered(a.id)
    assert store.get(a.id).title == "أصل"
    store.close(backup=False)
    store = DraftStore.open(paths)
    assert store.recovered_drafts() == []
    store.close(backup=False)


def test_a_draft_never_stored_is_recovered_whole(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    fresh = Article(title="مسودة جديدة", body_html="<p>نص</p>", tags=["وسم"])
    store.autosave(fresh)
    _crash(store)
    store = DraftStore.open(paths)
    try:
        [rec] = store.recovered_drafts()
        assert rec.stored_updated_at is None
        assert store.recovered_article(fresh.id).tags == ["وسم"]
        store.accept_recovered(fresh.id)
        assert store.get(fresh.id).title == "مسودة جديدة"
    finally:
        store.close(backup=False)


def test_journal_already_in_the_database_is_dropped_silently(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    a = store.create(Article(title="أصل"))
    store.autosave(a.copy(title="محفوظ"))
    journal = store._journal.path_for(a.id)
    content = journal.read_bytes()
    store.flush()
    _crash(store)
    journal.write_bytes(content)  # as if killed after the commit but before the file was removed
    store = DraftStore.open(paths)
    assert store.recovered_drafts() == [] and not journal.exists()
    store.close(backup=False)


def test_unflushed_explicit_save_is_recovered(paths: AppPaths) -> None:
    store = DraftStore.open(paths)
    a = store.create(Article(title="أصل"))
    store.queue_save(a.copy(title="حفظ لم يكتمل"))
    _crash(store)
    store = DraftStore.open(paths)
    assert store.recovered_drafts()[0].title == "حفظ لم يكتمل"
    store.close(backup=False)


# --- the crash test ----------------------------------------------------------------------------------
CHILD = r"""
import os, sys
from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

data_dir, run, article_id = sys.argv[1], int(sys.argv[2]), sys.argv[3]
BASE = "<p>" + "قال الكرملين إن بوتين التقى لوكاشينكو في موسكو. " * 40 + "</p>"

def body(i):
    return f"<p>تشغيل {run} نسخة {i}</p>" + BASE

def say(line):
    os.write(1, (line + "\n").encode())

store = DraftStore.open(resolve_paths(data_dir))
for rec in store.recovered_drafts():
    store.accept_recovered(rec.article_id)
if store.exists(article_id):
    article = store.get(article_id)
else:
    article = store.create(Article(id=article_id, title="x"))
say("READY")
i = 0
while True:
    i += 1
    article = article.copy(body_html=body(i))
    store.autosave(article)
    say(f"A {i}")
    if i % 7 == 0:
        info = store.save(article)
        say(f"S {i} {info.number}")
    elif i % 3 == 0:
        store.flush()
"""

CHILD_BASE = "<p>" + "قال الكرملين إن بوتين التقى لوكاشينكو في موسكو. " * 40 + "</p>"


def _body(run: int, i: int) -> str:
    return f"<p>تشغيل {run} نسخة {i}</p>" + CHILD_BASE


def _lane(data_dir: Path, runs: range, article_id: str, failures: list[str], seed: int) -> None:
    rng = random.Random(seed)
    saves: list[tuple[int, int, int]] = []  # (run, iteration, revision number)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for run in runs:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(run), article_id],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
        assert child.stdout is not None
        watchdog = threading.Timer(60, child.kill)  # a hung child fails the test instead of hanging it
        watchdog.start()
        first = child.stdout.readline()
        if first.strip() != b"READY":
            child.kill()
            failures.append(f"run {run}: child did not start: {first!r} {child.stderr.read()!r}")  # type: ignore[union-attr]
            return
        time.sleep(rng.uniform(0.02, 0.35))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        watchdog.cancel()
        assert child.returncode == -signal.SIGKILL
        last_autosave = 0
        for line in out.decode().splitlines():
            parts = line.split()
            if parts[0] == "A":
                last_autosave = int(parts[1])
            elif parts[0] == "S":
                saves.append((run, int(parts[1]), int(parts[2])))
        if last_autosave == 0:
            continue

        db = data_dir / "qalam.sqlite3"
        integrity = safety.check_integrity(db)
        if not integrity.ok:
            failures.append(f"run {run}: integrity_check failed: {integrity.detail}")
            return
        store = DraftStore.open(resolve_paths(data_dir))
        try:
            if store.report.had_corruption:
                failures.append(f"run {run}: the store reported corruption")
            for save_run, iteration, number in saves:
                if store.revision(article_id, number).body_html != _body(save_run, iteration):
                    failures.append(f"run {run}: explicit revision {number} changed")
            recovered = {r.article_id: r for r in store.recovered_drafts()}
            if article_id in recovered:
                text = recovered[article_id].body_html
            else:
                text = store.get(article_id).body_html
            # The kill may land after an autosave was written but before its line was printed.
            allowed = {_body(run, last_autosave), _body(run, last_autosave + 1)}
            if text not in allowed:
                failures.append(f"run {run}: recovered text is not the last autosave {last_autosave}: "
                                f"{text[:40]!r}")
        finally:
            store.close(backup=run % 10 == 0)


@pytest.mark.slow
def test_sigkill_during_autosave_loop_loses_nothing(tmp_path: Path) -> None:
    """50 kills in two lanes (own data folders) to use both cores; well under a minute."""
    failures: list[str] = []
    lanes = [
        threading.Thread(target=_lane, args=(tmp_path / f"lane{n}", range(n * 25, n * 25 + 25),
                                             f"0000000{n}-0000-4000-8000-000000000000", failures, n))
        for n in range(2)
    ]
    started = time.monotonic()
    for lane in lanes:
        lane.start()
    for lane in lanes:
        lane.join()
    assert failures == []
    print(f"50 kills in {time.monotonic() - started:.1f} s")
    for n in range(2):
        store = DraftStore.open(resolve_paths(tmp_path / f"lane{n}"))
        try:
            assert store.integrity_check().ok
            kinds = [r.kind for r in store.history(f"0000000{n}-0000-4000-8000-000000000000")]
            assert kinds.count(RevisionKind.SAVE) >= 5
        finally:
            store.close(backup=False)


def test_autosave_that_cannot_write_its_journal_says_so(paths: AppPaths) -> None:
    import shutil

    from editor_app.errors import QalamError

    store = DraftStore.open(paths)
    try:
        a = store.create(Article(title="x"))
        shutil.rmtree(store._journal.folder)
        with pytest.raises(QalamError, match="could not be saved"):
            store.autosave(a.copy(title="y"))
        store._journal.folder.mkdir()
        assert store.autosave(a.copy(title="y")) is True
    finally:
        store.close(backup=False)


def test_a_fresh_temporary_file_of_another_process_is_left_alone(paths: AppPaths) -> None:
    folder = paths.data_dir / "recovery"
    folder.mkdir(parents=True)
    fresh = folder / "x.json.tmp"
    fresh.write_text("{}")
    stale = folder / "y.json.tmp"
    stale.write_text("{}")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    DraftStore.open(paths).close(backup=False)
    assert fresh.exists() and not stale.exists()
