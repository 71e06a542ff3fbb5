#!/usr/bin/env python3
"""The command line's start: `qalam drafts list` on 10,000 drafts and `qalam --version`, against
`python -c pass` (the floor) measured in the same run.

Each command runs as a fresh process, interleaved with the floor, ROUNDS times; wall time and the
process's peak RSS (from wait4) are taken per run and the medians compared.
Goals (issue 16, item 6): `drafts list` <= 8x the floor and <= 60 MB.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_RUNS", "9"))
DRAFTS = 10_000
REPO = Path(__file__).resolve().parent.parent
LIST_RATIO_GOAL = 8.0
LIST_RSS_GOAL_MB = 60.0


def seed(data_dir: Path) -> None:
    from editor_app.core.article import Article
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    sample = (REPO / "tests" / "data" / "belarus-wagner-ar.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n\n") if len(p) > 80]
    store = DraftStore.open(resolve_paths(data_dir).ensure())
    try:
        missing = DRAFTS - store.count_drafts(trashed=None)
        if missing > 0:
            store.create_many([
                Article(title=f"مسودة رقم {i}",
                        body_html="".join(f"<p>{paragraphs[(i + k) % len(paragraphs)]}</p>"
                                          for k in range(4)))
                for i in range(missing)
            ])
    finally:
        store.close(backup=False)


def run(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one process."""
    env = dict(os.environ)
    env.pop("QALAM_DATA_DIR", None)
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=REPO)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.strip()}")
    return wall, usage.ru_maxrss / 1024  # KB on Linux


def main() -> int:
    if sys.argv[1:2] == ["--seed"]:
        seed(Path(sys.argv[2]))
        return 0
    data_dir = Path(tempfile.gettempdir()) / "qalam-bench-cli"
    # Seeded in a child: this process stays small, since a forked child's peak RSS starts from its parent's.
    if subprocess.run([sys.executable, __file__, "--seed", str(data_dir)], cwd=REPO).returncode != 0:
        # A store this version cannot open (left by another branch's schema): seed a new one.
        shutil.rmtree(data_dir, ignore_errors=True)
        subprocess.run([sys.executable, __file__, "--seed", str(data_dir)], check=True, cwd=REPO)
    python = sys.executable
    commands = {
        "python -c pass": [python, "-c", "pass"],
        "qalam --version": [python, "-m", "editor_app", "--version"],
        "qalam drafts list": [python, "-m", "editor_app", "--data-dir", str(data_dir), "drafts", "list"],
    }
    for argv in commands.values():  # warm the disk cache (and migrate a store left by an older version)
        run(argv)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(ROUNDS):
        for name, argv in commands.items():
            wall, peak = run(argv)
            walls[name].append(wall)
            rss[name].append(peak)
    floor = statistics.median(walls["python -c pass"])
    print(f"cli: {DRAFTS:,} drafts, {ROUNDS} interleaved rounds, medians")
    for name in commands:
        w, m = statistics.median(walls[name]), statistics.median(rss[name])
        print(f"  {name:<20} {w * 1000:7.0f} ms  ({w / floor:5.2f}x the floor)  RSS {m:5.1f} MB")
    ratio = statistics.median(walls["qalam drafts list"]) / floor
    peak = statistics.median(rss["qalam drafts list"])
    ok = ratio <= LIST_RATIO_GOAL and peak <= LIST_RSS_GOAL_MB
    print(f"  goal drafts list <= {LIST_RATIO_GOAL:.0f}x the floor and <= {LIST_RSS_GOAL_MB:.0f} MB: "
          f"{'met' if ok else 'NOT met'} ({ratio:.2f}x, {peak:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
