#!/usr/bin/env python3
"""One live desk: how soon a write made elsewhere shows in the window, and what watching costs while idle.

(a) Refresh latency: another process (a writer that keeps the store open, as a long `qalam` command
    would) changes a draft's title; the time from its commit to the drafts list painted with the new
    title, in the real window (offscreen) with 2,000 drafts in the store. Goal: every one <= 2 s,
    median <= 500 ms. The same for the open draft: commit to the headline field showing the change.
(b) Idle cost: 10 s of an idle window with its event loop running, process CPU time with the store
    watcher and (the floor, same run) after it is closed; and how many database checks ran while
    idle. Goal: no measurable difference, no checks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DRAFTS = int(os.environ.get("BENCH_LIVE_DRAFTS", "2000"))
ROUNDS = int(os.environ.get("BENCH_LIVE_ROUNDS", "20"))
IDLE_S = float(os.environ.get("BENCH_LIVE_IDLE", "10"))

WRITER = r"""
import sys, time
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore
store = DraftStore.open(resolve_paths(sys.argv[1]))
print("ready", flush=True)
for line in sys.stdin:
    article_id, title = line.rstrip("\n").split("\t")
    store.save(store.get(article_id).copy(title=title), note="bench")
    print(f"{time.time():.6f}", flush=True)
store.close(backup=False)
"""


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.cli.context import make_context
    from editor_app.core.article import Article
    from editor_app.core.spelling import SpellChecker
    from editor_app.gui.launch import build_window, wait_until_idle
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    folder = Path(tempfile.mkdtemp(prefix="qalam-bench-live-"))
    store = DraftStore.open(resolve_paths(folder))
    store.create_many([Article(title=f"مسودة رقم {n}", body_html=f"<p>نص المسودة {n}</p>")
                       for n in range(DRAFTS)])
    newest = store.list_drafts(limit=3)
    open_id, other_id = newest[0].id, newest[1].id
    store.close(backup=False)

    SpellChecker.load = lambda self: self  # type: ignore[method-assign]  # not what is measured
    app_ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(folder), lang="ar")))
    window.resize(1280, 800)
    window.show()
    window.start(interactive=False, open_id=open_id)
    deadline = time.monotonic() + 60
    while (window.live_desk.watcher is None or window.documents.article is None) and (
            time.monotonic() < deadline):
        QApplication.processEvents()
        time.sleep(0.005)
    wait_until_idle(app_ctx, settle=0.5)

    painted: list[float] = []

    class PaintSpy(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.time())
            return False

    spy = PaintSpy()
    panel = window.drafts_panel
    panel.list.viewport().installEventFilter(spy)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert writer.stdin is not None and writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"

    def listed(title: str) -> bool:
        return any(title in panel.list.item(row).text() for row in range(panel.list.count()))

    def change(article_id: str, title: str) -> float:
        assert writer.stdin is not None and writer.stdout is not None
        writer.stdin.write(f"{article_id}\t{title}\n")
        writer.stdin.flush()
        return float(writer.stdout.readline())

    list_ms, open_ms = [], []
    for i in range(ROUNDS):
        title = f"عنوان جديد {i}"
        committed = change(other_id, title)
        shown = None
        limit = time.monotonic() + 5
        while shown is None and time.monotonic() < limit:
            before = len(painted)
            QApplication.processEvents()
            if listed(title) and len(painted) > before:
                shown = painted[-1]  # the list was filled and painted in this turn of the event loop
            time.sleep(0.001)
        list_ms.append((shown - committed) * 1000 if shown is not None else 5000.0)
        wait_until_idle(app_ctx, settle=0.2)
        headline = f"عنوان المسودة المفتوحة {i}"
        committed = change(open_id, headline)
        limit = time.monotonic() + 5
        while window.editor_area.titles.title.text() != headline and time.monotonic() < limit:
            QApplication.processEvents()
            time.sleep(0.001)
        open_ms.append((time.time() - committed) * 1000)
        wait_until_idle(app_ctx, settle=0.3)
    writer.stdin.close()
    writer.wait()
    print(f"refresh latency, another process's commit to the repainted drafts list ({DRAFTS:,} drafts, "
          f"{ROUNDS} writes): median {statistics.median(list_ms):.0f} ms, p95 {_pct(list_ms, 0.95):.0f} ms, "
          f"max {max(list_ms):.0f} ms (goal: all <= 2000 ms, median <= 500 ms)")
    print(f"  the open draft reloaded in place: median {statistics.median(open_ms):.0f} ms, "
          f"max {max(open_ms):.0f} ms")
    met_latency = max(list_ms) <= 2000 and statistics.median(list_ms) <= 500

    loop_app = QApplication.instance()
    assert loop_app is not None

    def run_loop(seconds: float) -> float:
        start = time.process_time()
        QTimer.singleShot(int(seconds * 1000), loop_app.quit)
        loop_app.exec()
        return (time.process_time() - start) * 1000

    watcher = window.live_desk.watcher
    assert watcher is not None
    wait_until_idle(app_ctx, settle=0.5)
    run_loop(2.0)  # the writer's last checkpoint is noticed and shown: settle first
    probes_before = watcher.probes
    with_watcher = run_loop(IDLE_S)
    idle_probes = watcher.probes - probes_before
    window.live_desk.close()
    without = run_loop(IDLE_S)
    print(f"idle {IDLE_S:.0f} s with the store watcher: {with_watcher:.1f} ms CPU, "
          f"{idle_probes} database checks; floor, the same window after closing the watcher: "
          f"{without:.1f} ms CPU "
          f"(goal: no measurable difference, no checks)")
    met_idle = idle_probes == 0 and with_watcher - without <= max(20.0, 0.5 * without)
    print(f"  goals: latency {'met' if met_latency else 'NOT met'}; idle {'met' if met_idle else 'NOT met'}")
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
