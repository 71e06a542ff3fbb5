#!/usr/bin/env python3
"""Autosave: time on the calling (GUI) thread to autosave a 20,000-word article, and what runs off it.

``DraftStore.autosave`` only journals the article (equality check, JSON, atomic fsync'd file) and queues
it; ``DraftStore.flush`` (the task runner) writes the row, the revision and the search index.
Floors from the same run: writing the same bytes to a file atomically with fsync (what any
crash-safe journal must pay), and a synchronous explicit save (what the GUI thread would pay
without the split). Goal: autosave median <= 5 ms.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core.article import Article  # noqa: E402
from editor_app.core.plain_text import word_count  # noqa: E402
from editor_app.paths import resolve_paths  # noqa: E402
from editor_app.storage.store import DraftStore  # noqa: E402

RUNS = int(os.environ.get("BENCH_AUTOSAVE_RUNS", "60"))
WORDS = 20_000


def _sample() -> list[str]:
    for candidate in (REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt",
                      REPO / "tests" / "data" / "belarus-wagner-ar.txt"):
        if candidate.exists():
            return [p for p in candidate.read_text(encoding="utf-8").split("\n") if len(p.split()) > 8]
    raise SystemExit("the sample article is missing")


def _big_body() -> str:
    paragraphs = _sample()
    out, words, i = [], 0, 0
    while words < WORDS:
        p = paragraphs[i % len(paragraphs)]
        out.append(f"<p>{p}</p>")
        words += len(p.split())
        i += 1
    return "".join(out)


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values):.2f} ms, p95 {p95:.2f} ms"


def main() -> int:
    body = _big_body()
    folder = Path(tempfile.mkdtemp(prefix="qalam-bench-autosave-"))
    store = DraftStore.open(resolve_paths(folder))
    try:
        article = store.create(Article(title="مقال طويل", body_html=body))
        print(f"autosave: a {word_count(body):,}-word article ({len(body.encode()) / 1024:.0f} KiB of HTML)")
        calling, flushing, floor, explicit = [], [], [], []
        for i in range(RUNS):
            edited = article.copy(body_html=body + f"<p>تعديل {i}</p>")
            data = json.dumps({"article": {"body_html": edited.body_html}}, ensure_ascii=False).encode()

            def floor_write(data: bytes = data) -> None:
                tmp = folder / "floor.tmp"
                t = time.perf_counter()
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.write(fd, data)
                os.fsync(fd)
                os.close(fd)
                os.replace(tmp, folder / "floor.json")
                floor.append((time.perf_counter() - t) * 1000)
                (folder / "floor.json").unlink()  # as flush() removes the journal file

            if i % 2:  # alternate the order: an fsync right after a database commit waits for the journal
                floor_write()
            t = time.perf_counter()
            store.autosave(edited)
            calling.append((time.perf_counter() - t) * 1000)
            if not i % 2:
                floor_write()
            t = time.perf_counter()
            store.flush()
            flushing.append((time.perf_counter() - t) * 1000)
            if i % 6 == 0:
                t = time.perf_counter()
                store.save(edited.copy(title=f"مقال طويل {i}"))
                explicit.append((time.perf_counter() - t) * 1000)
        print(f"  autosave() on the calling thread: {_ms(calling)}  (goal: median <= 5 ms)")
        print(f"  floor, atomic fsync'd write of the same text: {_ms(floor)}")
        print(f"  flush() on the task runner (row, coalesced revision, FTS index): {_ms(flushing)}")
        print(f"  save() explicit, synchronous=FULL, on the task runner: {_ms(explicit)}")
        met = statistics.median(calling) <= 5
        print(f"  goal: {'met' if met else 'NOT met'}; revisions kept: {len(store.history(article.id))}")
    finally:
        store.close(backup=False)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
