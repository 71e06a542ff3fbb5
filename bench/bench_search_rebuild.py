#!/usr/bin/env python3
"""Rebuilding the search index after a stemmer update, beside the open store (storage/search_rebuild.py).

A store of 10,000 drafts of ~650 Arabic words, indexed by "another stemmer version" (its stamp changed),
is opened and rebuilt by the background process while this process saves a draft every 100 ms and
searches for drafts the rebuild has not reached yet. Printed against floors measured in the same run on
the same store when its index is current:

- opening: goal within the floor's open + 100 ms (it used to rebuild first: 87 s at 10,000 drafts);
- a save's wait: goal max within the floor's max + 100 ms (the process writes in short transactions);
- every draft searched for during the rebuild is found;
- the rebuild's time and rate (no goal: it runs niced, in the background).

The store is built once (a few minutes) and cached under the temp folder.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402

from editor_app.core.article import Article  # noqa: E402
from editor_app.paths import resolve_paths  # noqa: E402
from editor_app.storage.store import DraftStore  # noqa: E402

DRAFTS = int(os.environ.get("BENCH_REBUILD_DRAFTS", "10000"))
WORDS = 650
SAVES_EVERY = 0.1
CACHE = Path(tempfile.gettempdir()) / f"qalam-bench-rebuild-v1-{DRAFTS}"
SEED = 20261206
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _sentences() -> list[str]:
    for candidate in (REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt",
                      REPO / "tests" / "data" / "belarus-wagner-ar.txt"):
        if candidate.exists():
            text_ = candidate.read_text(encoding="utf-8")
            parts = [s.strip() for s in re.split(r"(?<=[.،؛!?؟])\s+|\n+", text_)]
            return [s for s in parts if len(s.split()) >= 4]
    raise SystemExit("the sample article is missing")


def marker(i: int) -> str:
    """A word only draft ``i`` has (a made-up name)."""
    return "سمير" + "".join(LETTERS[int(d) + 3] for d in f"{i:05d}")


def build() -> Path:
    db = CACHE / "qalam.sqlite3"
    if db.exists():
        return CACHE
    shutil.rmtree(CACHE, ignore_errors=True)
    print(f"building {DRAFTS:,} drafts in {CACHE} (cached for next time) …", flush=True)
    started = time.monotonic()
    rng = random.Random(SEED)
    sentences = _sentences()
    rare = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7))) for _ in range(20000)]
    store = DraftStore.open(resolve_paths(CACHE))
    batch: list[Article] = []
    for i in range(DRAFTS):
        paragraphs, count = [], 0
        while count < WORDS:
            words = " ".join(rng.choice(sentences) for _ in range(3)).split()
            words = [w if rng.random() > 0.1 else rng.choice(rare) for w in words]
            paragraphs.append(f"<p>{' '.join(words)}</p>")
            count += len(words)
        paragraphs.insert(1, f"<p>قال {marker(i)} إن الوفد وصل.</p>")
        batch.append(Article(title=f"خبر {i}: {rng.choice(sentences)[:60]}", body_html="".join(paragraphs),
                             tags=[rng.choice(rare)]))
        if len(batch) == 500:
            store.create_many(batch, batch=500)
            batch = []
    if batch:
        store.create_many(batch, batch=500)
    store.close(backup=False)
    print(f"built in {time.monotonic() - started:.0f} s", flush=True)
    return CACHE


def _copy(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "recovery", "*.lock"))
    return target


def _saves(store: DraftStore, ids: list[str], n: int, rng: random.Random) -> list[float]:
    times = []
    for _ in range(n):
        article = store.get(rng.choice(ids))
        changed = replace(article, body_html=article.body_html + f"<p>تحديث {rng.randint(0, 10**6)}</p>")
        started = time.perf_counter()
        store.save(changed)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(SAVES_EVERY)
    return times


def _open_ms(data: Path) -> float:
    started = time.perf_counter()
    store = DraftStore.open(resolve_paths(data))
    took = (time.perf_counter() - started) * 1000
    store.close(backup=False)
    return took


def main() -> int:
    source = build()
    work = Path(tempfile.mkdtemp(prefix="qalam-bench-rebuild-"))
    try:
        data = _copy(source, work / "data")
        print(f"search index rebuild: {DRAFTS:,} drafts of ~{WORDS} words; load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        rng = random.Random(5)
        floor_open = statistics.median(_open_ms(data) for _ in range(3))
        store = DraftStore.open(resolve_paths(data))
        ids = [d.id for d in store.list_drafts(limit=DRAFTS)]
        floor_saves = _saves(store, ids, 30, rng)
        with store._db.write() as s:  # as a store indexed by the previous stemmer is
            s.execute(text("UPDATE search_meta SET value = '11.0' WHERE name = 'index_version'"))
        store.close(backup=False)

        opened = _open_ms(data)  # prepares the rebuild (a table rename): no reindexing
        store = DraftStore.open(resolve_paths(data))
        status = store.search_index_status()
        assert status is not None and status.left == status.total, status
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "editor_app.storage.search_rebuild",
                                    "--database", str(store.paths.database)], cwd=REPO)
        during: list[float] = []
        searched = missed = 0
        titles = {d.id: d.title for d in store.list_drafts(limit=DRAFTS)}
        while process.poll() is None:
            during.extend(_saves(store, ids, 1, rng))
            left = store.search_index_status()
            if left is not None and left.left > 1:
                i = rng.randrange(0, left.left)  # a draft the rebuild has not reached (oldest first)
                hits = store.search(marker(i), limit=5)
                searched += 1
                missed += not any(titles[h.article_id].startswith(f"خبر {i}:") for h in hits)
        took = time.monotonic() - started
        assert process.returncode == 0 and store.search_index_status() is None
        for i in rng.sample(range(DRAFTS), 50):
            hits = store.search("و" + marker(i), limit=5)
            missed += not any(titles[h.article_id].startswith(f"خبر {i}:") for h in hits)
        store.close(backup=False)

        print(f"  open: {opened:.0f} ms with the rebuild due (floor: {floor_open:.0f} ms, the same store "
              f"current); goal within floor + 100 ms: {'met' if opened <= floor_open + 100 else 'NOT met'}")
        f_max, d_max = max(floor_saves), max(during)
        d95 = sorted(during)[int(0.95 * (len(during) - 1))]
        print(f"  saves during the rebuild: {len(during)}, median {statistics.median(during):.0f} ms, "
              f"p95 {d95:.0f} ms, max {d_max:.0f} ms (floor, no rebuild: median "
              f"{statistics.median(floor_saves):.0f} ms, max {f_max:.0f} ms); "
              f"goal max within floor max + 100 ms: {'met' if d_max <= f_max + 100 else 'NOT met'}")
        print(f"  search during the rebuild: {searched} drafts not reindexed yet searched for, "
              f"{missed} missed (+50 after, by a prefixed query)")
        print(f"  rebuild: {took:.1f} s ({DRAFTS / took:.0f} drafts/s, niced, with the saves and searches "
              f"above going on); load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        ok = opened <= floor_open + 100 and d_max <= f_max + 100 and missed == 0
        print(f"  goals: {'met' if ok else 'NOT met'}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
