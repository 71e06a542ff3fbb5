#!/usr/bin/env python3
"""Runs every benchmark script in bench/ (bench_*.py), one process each, and prints their figures.

Each script prints its own figure next to a floor measured in the same run, so the
ratios mean something on a noisy machine. `make bench` calls this; `make test` never does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    only = set(sys.argv[1:])
    scripts = sorted(p for p in HERE.glob("bench_*.py") if not only or p.stem.removeprefix("bench_") in only)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(HERE.parent) + os.pathsep + env.get("PYTHONPATH", "")
    failures = 0
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        started = time.monotonic()
        result = subprocess.run([sys.executable, str(script)], env=env, check=False)
        took = time.monotonic() - started
        print(f"--- {script.stem}: exit {result.returncode} in {took:.1f} s", flush=True)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
