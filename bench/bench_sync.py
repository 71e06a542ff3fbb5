#!/usr/bin/env python3
"""`qalam sync` on a large site: 20,000 posts, 5,000 tags and 300 categories, built with SQL in seconds.

Measures, as an editor (the heaviest sync: the review inbox too):
1. the first sync (an empty data folder) and a sync when nothing changed, as ``qalam sync`` processes
   (wall time and peak RSS, start-up included; the password in QALAM_PASSWORD) and in-process; once more
   with the password in a real keyring (gnome-keyring), where it is installed;
2. a floor: raw httpx fetching the very pages that sync fetched (recorded from its own requests in the same
   run), with the same concurrency. Goals: first ≤ 3 s, unchanged ≤ 1 s, peak RSS ≤ 100 MB.

Starts its own WordPress (scripts/wordpress-dev.sh) unless ``WP_ENV`` names a wp.env of a running one that
was already filled (``--no-fill``). Usage: .venv/bin/python bench/bench_sync.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from large_site import fill_site  # noqa: E402
from wordpress import WordPressSite, parse_env, start_wordpress, stop_wordpress  # noqa: E402

POSTS, TAGS, CATEGORIES = 20_000, 5_000, 300


class Recorder(httpx.HTTPTransport):
    """Notes every URL the sync asks for, so the floor can fetch exactly the same pages."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.urls.append(str(request.url))
        return super().handle_request(request)


# Linux carries a process's peak RSS over exec: a child's ru_maxrss starts from its parent's high-water mark
# at fork time. This process grows (its in-process syncs), so each `qalam sync` is started by a fresh, small
# Python (~11 MB) that only waits for it and reports its wait4 figures, as /usr/bin/time would.
_LAUNCHER = r"""
import json, os, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
took = time.perf_counter() - started
sys.stderr.write(err.decode(errors="replace"))
print(json.dumps({"seconds": took, "maxrss_kb": usage.ru_maxrss, "code": os.waitstatus_to_exitcode(status)}))
"""


def sync_process(data: Path, site: WordPressSite) -> tuple[float, float]:
    """One ``qalam sync`` process: (seconds, peak RSS in MB)."""
    env = dict(os.environ, QALAM_DATA_DIR=str(data), QALAM_PASSWORD=site.admin.app_password)
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "editor_app", "sync", "--site", "big"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the launcher failed ({done.returncode}): {done.stderr}")
    figures = json.loads(done.stdout)
    if figures["code"] != 0:
        raise SystemExit(f"qalam sync failed ({figures['code']}): {done.stderr}")
    return figures["seconds"], figures["maxrss_kb"] / 1024


def sync_in_process(data: Path, site: WordPressSite) -> tuple[float, list[str]]:
    from editor_app.paths import resolve_paths
    from editor_app.publish.credentials import Secret
    from editor_app.publish.http import HttpClient
    from editor_app.publish.wordpress import WordPressClient
    from editor_app.publish.workflow_store import WorkflowStore
    from editor_app.publish.workflow_sync import WorkflowOutbox, WorkflowService
    from editor_app.storage.store import DraftStore

    recorder = Recorder()
    http = HttpClient(transport=recorder)
    drafts = DraftStore.open(resolve_paths(data))
    try:
        store = WorkflowStore(drafts)
        found = store.site("big")
        assert found is not None

        def connect(s: object) -> WordPressClient:
            return WordPressClient(site.url, site.admin.login, Secret(site.admin.app_password), http=http)

        outbox = WorkflowOutbox(drafts, password=lambda s: site.admin.app_password)
        service = WorkflowService(store, found, connect)
        started = time.perf_counter()
        service.sync(outbox)
        took = time.perf_counter() - started
        service.close()
        outbox.close()
    finally:
        drafts.close(backup=False)
        http.close()
    return took, recorder.urls


def floor(urls: list[str], site: WordPressSite, workers: int = 4) -> float:
    """Raw httpx: the same GETs, the first one alone (as a sync must learn the page count), the rest
    ``workers`` at a time."""
    auth = (site.admin.login, site.admin.app_password)
    with httpx.Client(auth=auth, timeout=60) as client:
        started = time.perf_counter()
        if urls:
            client.get(urls[0]).json()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda u: client.get(u).json(), urls[1:]))
        return time.perf_counter() - started


def add_site(data: Path, site: WordPressSite) -> None:
    env = dict(os.environ, QALAM_DATA_DIR=str(data), QALAM_PASSWORD=site.admin.app_password)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "editor_app",
            "sites",
            "add",
            "big",
            "--url",
            site.url,
            "--user",
            site.admin.login,
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


# Inside a D-Bus session of its own: an unlocked gnome-keyring, the site added with its password kept there,
# then the first and an unchanged sync, each through the launcher (one JSON line each).
_KEYRING_SESSION = r"""
eval "$(printf 'bench\n' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
printf '%s\n' "$SITE_PASSWORD" | "$PYTHON" -m editor_app sites add big --url "$SITE_URL" --user "$SITE_USER" \
    >/dev/null || exit 3
for run in first unchanged; do
    "$PYTHON" -c "$LAUNCHER" "$PYTHON" -m editor_app sync --site big || exit 4
done
"""


def keyring_syncs(site: WordPressSite, tmp: Path) -> list[tuple[float, float]] | None:
    """The first and an unchanged sync with the password in a real Secret Service keyring, as on a reporter's
    computer (keyring's backend and what it needs weigh ~10 MB); None without gnome-keyring and D-Bus."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    home = tmp / "keyring-home"
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "GNOME_KEYRING", "PYTHON_KEYRING", "QALAM_PASSWORD"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QALAM_DATA_DIR=str(tmp / "data-keyring"),
        PYTHON=sys.executable,
        LAUNCHER=_LAUNCHER,
        SITE_URL=site.url,
        SITE_USER=site.admin.login,
        SITE_PASSWORD=site.admin.app_password,
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", _KEYRING_SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    figures = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or len(figures) != 2 or any(f["code"] != 0 for f in figures):
        print(f"  (keyring run failed: {done.returncode} {done.stderr.strip()[-300:]})")
        return None
    return [(f["seconds"], f["maxrss_kb"] / 1024) for f in figures]


def compile_once() -> None:
    """Qalam as installed runs from bytecode caches (pip writes them): compile them once here, since a
    PYTHONDONTWRITEBYTECODE environment would otherwise make every measured process compile ~90 modules
    (~0.15 s and ~2 MB more)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "editor_app")],
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        check=True,
    )


def measure(site: WordPressSite, tmp: Path, runs: int) -> None:
    compile_once()
    firsts: list[tuple[float, float]] = []
    again: list[tuple[float, float]] = []
    inproc_first: list[float] = []
    inproc_again: list[float] = []
    floors_first: list[float] = []
    floors_again: list[float] = []
    requests_first = requests_again = 0
    for run in range(runs):
        data = tmp / f"data-{run}"
        add_site(data, site)
        firsts.append(sync_process(data, site))
        again.append(sync_process(data, site))
        data2 = tmp / f"data-inproc-{run}"
        add_site(data2, site)
        took, urls = sync_in_process(data2, site)
        inproc_first.append(took)
        floors_first.append(floor(urls, site))
        requests_first = len(urls)
        took, urls = sync_in_process(data2, site)
        inproc_again.append(took)
        floors_again.append(floor(urls, site))
        requests_again = len(urls)

    def med(values: list[float]) -> float:
        return statistics.median(values)

    first_s, first_mb = med([f[0] for f in firsts]), max(f[1] for f in firsts)
    again_s, again_mb = med([a[0] for a in again]), max(a[1] for a in again)
    print(f"site: {POSTS:,} posts, {TAGS:,} tags, {CATEGORIES} categories; editor; median of {runs}")
    print(
        f"  first sync      qalam sync {first_s:6.2f} s  peak {first_mb:5.0f} MB   (goal <= 3 s, <= 100 MB)"
    )
    print(
        f"                  in-process {med(inproc_first):6.2f} s  floor {med(floors_first):5.2f} s  "
        f"ratio {med(inproc_first) / med(floors_first):4.2f}  ({requests_first} requests)"
    )
    print(
        f"  unchanged sync  qalam sync {again_s:6.2f} s  peak {again_mb:5.0f} MB   (goal <= 1 s, <= 100 MB)"
    )
    print(
        f"                  in-process {med(inproc_again):6.2f} s  floor {med(floors_again):5.2f} s  "
        f"ratio {med(inproc_again) / med(floors_again):4.2f}  ({requests_again} requests)"
    )
    keyring = keyring_syncs(site, tmp)
    if keyring is not None:
        (first_k, first_k_mb), (again_k, again_k_mb) = keyring
        print(
            f"  password in the keyring (once): first {first_k:.2f} s  peak {first_k_mb:.0f} MB, "
            f"unchanged {again_k:.2f} s  peak {again_k_mb:.0f} MB"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-fill", action="store_true", help="WP_ENV's site is already filled")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qalam-bench-sync-") as name:
        tmp = Path(name)
        env_file = os.environ.get("WP_ENV")
        own = env_file is None
        if env_file:
            values = parse_env(Path(env_file))
            from wordpress import WPUser

            def user(role: str) -> WPUser:
                up = role.upper()
                return WPUser(
                    values[f"WP_{up}_USER"], int(values[f"WP_{up}_ID"]), values[f"WP_{up}_APP_PASSWORD"]
                )

            site = WordPressSite(
                values["WP_URL"],
                values["WP_API"],
                Path(values["WP_DIR"]),
                values,
                user("admin"),
                user("editor"),
                user("author"),
                user("contributor"),
            )
        else:
            t0 = time.perf_counter()
            site = start_wordpress(tmp / "wp", env_extra={"WP_COPY": "link"})
            print(f"WordPress up in {time.perf_counter() - t0:.1f} s at {site.url}")
        try:
            if own or not args.no_fill:
                t0 = time.perf_counter()
                fill_site(site, posts=POSTS, tags=TAGS, categories=CATEGORIES)
                print(f"filled with SQL in {time.perf_counter() - t0:.1f} s")
            measure(site, tmp, args.runs)
        finally:
            if own:
                stop_wordpress(tmp / "wp")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
