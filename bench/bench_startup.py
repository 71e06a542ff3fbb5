#!/usr/bin/env python3
"""Start-up: time from process start to the first painted main window, against a bare PySide6 window.

The Qalam run uses a data folder holding 10,000 drafts when the draft store is
available (the figure the draft-store issue asks for). Each side runs in fresh
processes, alternating, and the medians are compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
REPO = Path(__file__).resolve().parent.parent

# Both sides stop at the main window's first Paint event: what the user sees.
FIRST_PAINT = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print(time.time() - t0)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
"""

BARE = (
    r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
"""
    + FIRST_PAINT
    + r"""
w = QMainWindow(); w.resize(1280, 800)
spy = FirstPaint(); w.installEventFilter(spy)
w.show()
app.exec()
"""
)

QALAM = (
    r"""
import time, sys, argparse
t0 = float(sys.argv[1])
from editor_app.cli.context import make_context
from editor_app.gui.launch import build_window
from PySide6.QtWidgets import QApplication
ctx = make_context(argparse.Namespace(data_dir=sys.argv[2], lang="ar"))
app_ctx, w = build_window(ctx)
"""
    + FIRST_PAINT
    + r"""
spy = FirstPaint(); w.installEventFilter(spy)
w.resize(1280, 800); w.show()
w.start(interactive=False)  # the real start path: the store opens on the runner after the first paint
QApplication.instance().exec()
app_ctx.runner.wait()
"""
)


def seed_drafts(data_dir: Path, count: int) -> bool:
    try:
        from editor_app.core.article import Article
        from editor_app.paths import resolve_paths
        from editor_app.storage.store import DraftStore
    except ImportError:
        return False
    sample = (REPO / "tests" / "data" / "belarus-wagner-ar.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n\n") if len(p) > 80]
    store = DraftStore.open(resolve_paths(data_dir).ensure())
    try:
        missing = count - store.count_drafts(trashed=None)
        if missing > 0:
            articles = [
                Article(
                    title=f"مسودة رقم {i}",
                    body_html="".join(f"<p>{paragraphs[(i + k) % len(paragraphs)]}</p>" for k in range(4)),
                )
                for i in range(missing)
            ]
            store.create_many(articles)
    finally:
        store.close(backup=False)
    return True


def run(code: str, *extra: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    data_dir = Path(tempfile.gettempdir()) / "qalam-bench-startup"
    seeded = seed_drafts(data_dir, 10_000)
    bare, qalam = [], []
    run(BARE)
    run(QALAM, str(data_dir))  # warm the disk cache for both
    for _ in range(RUNS):
        bare.append(run(BARE))
        qalam.append(run(QALAM, str(data_dir)))
    b, q = statistics.median(bare), statistics.median(qalam)
    drafts = "10,000 drafts" if seeded else "no draft store yet"
    print(
        f"startup: bare QMainWindow median {b * 1000:.0f} ms; Qalam ({drafts}) median {q * 1000:.0f} ms; "
        f"ratio {q / b:.2f}x (goal <= 1.5x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
