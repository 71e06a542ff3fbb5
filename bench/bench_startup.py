#!/usr/bin/env python3
"""Start-up of the real ``qalam`` against a bare PySide6 floor, measured from outside the process.

Both sides run as fresh processes, interleaved, ``BENCH_RUNS`` rounds (default 5), under Xvfb
(started here when no X server is set; ``scripts/ensure-system-deps.sh test`` installs it).
Qalam starts with ``--open ID`` on a 20,000-word Arabic draft in a store of 10,000 drafts; the
floor is a QMainWindow with a QTextEdit showing the same HTML in the same font.

What is measured, from this process (the X server and /proc), never from inside the app:

* mapped: process start until the X server maps the first top-level window;
* settled: process start until every thread of the app's processes has been idle for
  ``QUIET_S`` (the text laid out, the dictionaries, the drafts list… loaded); idle means under
  half a core and under 2 ms of CPU in each 4 ms sample (the cursor's blink is not work);
* RSS: the resident memory of the app's processes once settled;
* longest stall during open: the longest answer time to ``_NET_WM_PING`` messages sent every
  5 ms from mapped until settled (Qt answers them on the GUI thread, after what it is doing);
* CPU per key: CPU time of the app's processes from the first of ``KEYS`` Arabic key presses
  (XTEST, one every 50 ms, spaces between words) until settled, divided by the keys; measured
  after a first edit of a few keys, whose one-time cost (and the RSS after it) is shown apart;
* Ctrl+S: from the key press until the app has been idle for ``CTRL_S_QUIET_S``: nothing in a save waits
  on a timer, and a longer wait counted work that is not the key's (both the floor and Qalam read 0.8-8 s in
  some rounds, where most read a few milliseconds).

The rounds above reopen a draft opened before, as a writer does every morning: the dictionaries' answers
for its words are remembered (core/spell_memory.py) and no dictionary loads. "First open" rounds remove
that memory first, so the dictionaries load: their settled time, and their RSS (the issue's memory goal is
with the Arabic and English dictionaries loaded), are printed too.

Without an X server and without Xvfb it falls back to offscreen, where only settled and RSS
can be seen from outside. Run: .venv/bin/python bench/bench_startup.py
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ROUNDS = max(1, int(os.environ.get("BENCH_RUNS", "5")))
KEYS = int(os.environ.get("BENCH_STARTUP_KEYS", "120"))
KEY_INTERVAL_S = 0.05
WARM_KEYS = 6
DRAFTS = 10_000
WORDS = 20_000
QUIET_S = 1.2  # longer than any timer on the start path, so a pause between two steps is not "settled"
CTRL_S_QUIET_S = 0.25  # a save has no timer: snapshot, the runner's write, the list's row, the status
SAMPLE_S = 0.004
# A sample counts as work when the app used half a core during it, and at least 2 ms: a blink of the
# text cursor (every 500 ms, 0.4-1.6 ms of painting) is not work, and would keep anything from settling.
BUSY_FRACTION = 0.5
BUSY_MIN_S = 0.002
PING_S = 0.005
TIMEOUT_S = 60.0
TYPED = "ذهب الوفد إلى مينسك وعاد بالاتفاق "

FLOOR = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv[:1])
app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
window = QMainWindow()
window.resize(1280, 800)
edit = QTextEdit(window)
font = QFont()
available = set(QFontDatabase.families())
font.setFamilies([f for f in ("Noto Naskh Arabic", "Noto Sans", "DejaVu Sans") if f in available])
font.setPointSizeF(15)
edit.document().setDefaultFont(font)
edit.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
window.setCentralWidget(edit)
window.show()
sys.exit(app.exec())
"""


# --- the data -----------------------------------------------------------------------------------


def _paragraphs() -> list[str]:
    for candidate in (
        REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt",
        REPO / "tests" / "data" / "belarus-wagner-ar.txt",
    ):
        if candidate.exists():
            text = candidate.read_text(encoding="utf-8")
            return [p.strip() for p in text.split("\n") if len(p.split()) > 8]
    raise SystemExit("the sample article is missing")


def big_body() -> str:
    import html

    paragraphs = _paragraphs()
    out: list[str] = []
    words, i = 0, 0
    while words < WORDS:
        p = paragraphs[i % len(paragraphs)]
        out.append(f"<p>{html.escape(p, quote=False)}</p>")
        words += len(p.split())
        i += 1
    return "\n".join(out) + "\n"


def prepare(data_dir: Path) -> tuple[str, Path]:
    """A store of DRAFTS drafts, one of them the 20,000-word article; returns its id and its HTML file."""
    from editor_app.core.article import Article
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    paths = resolve_paths(data_dir).ensure()
    marker = data_dir / "bench-article-id"
    store = DraftStore.open(paths)
    try:
        if marker.exists():
            article_id = marker.read_text().strip()
        else:
            paragraphs = [p for p in _paragraphs() if len(p) > 80]
            articles = [
                Article(
                    title=f"مسودة رقم {i}",
                    body_html="".join(f"<p>{paragraphs[(i + k) % len(paragraphs)]}</p>" for k in range(4)),
                )
                for i in range(DRAFTS - 1)
            ]
            store.create_many(articles)
            article_id = str(store.create(Article(title="مقال طويل عن بيلاروسيا", body_html=big_body())).id)
            marker.write_text(article_id)
        body = store.get(article_id).body_html
    finally:
        store.close(backup=False)
    html_file = data_dir / "bench-article.html"
    html_file.write_text(body, encoding="utf-8")
    reset_settings(data_dir)
    return article_id, html_file


def reset_settings(data_dir: Path) -> None:
    """A returning user's settings (no welcome), with the default window layout: every round alike."""
    from editor_app.paths import resolve_paths

    settings = resolve_paths(data_dir).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nshown=true\n", encoding="utf-8")


# --- the processes ------------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """The process and its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                children = Path(f"/proc/{p}/task/{task}/children").read_text().split()
                todo.extend(int(c) for c in children)
        except OSError:
            continue
    return out


def cpu_ns(pid: int) -> int:
    """CPU time of every thread of the process tree, in nanoseconds (schedstat: finer than ticks)."""
    total = 0
    for p in _tree(pid):
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                total += int(Path(f"/proc/{p}/task/{task}/schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    return total


def rss_mb(pid: int) -> float:
    total = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


@dataclass
class Result:
    mapped: float = float("nan")
    settled: float = float("nan")
    rss: float = float("nan")
    stall: float = float("nan")
    cpu_key: float = float("nan")
    first_edit_cpu: float = float("nan")
    rss_edited: float = float("nan")
    ctrl_s: float = float("nan")
    notes: list[str] = field(default_factory=list)


class Watcher:
    """Samples the app's CPU and answers: when did it last work, and has it been quiet since?"""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.last_t = time.perf_counter()
        self.last_cpu = cpu_ns(pid)
        self.last_busy = self.last_t

    def sample(self) -> None:
        now, cpu = time.perf_counter(), cpu_ns(self.pid)
        if (cpu - self.last_cpu) / 1e9 > max(BUSY_MIN_S, BUSY_FRACTION * (now - self.last_t)):
            self.last_busy = now
        self.last_t, self.last_cpu = now, cpu

    def quiet(self, quiet_s: float = QUIET_S) -> bool:
        return time.perf_counter() - self.last_busy >= quiet_s


class XSession:
    """A connection to the X server: map events, pings, and XTEST input."""

    def __init__(self, display_name: str) -> None:
        from Xlib import X, display

        self.X = X
        self.d = display.Display(display_name)
        self.root = self.d.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask | X.StructureNotifyMask)
        self.wm_protocols = self.d.intern_atom("WM_PROTOCOLS")
        self.ping_atom = self.d.intern_atom("_NET_WM_PING")
        self.delete_atom = self.d.intern_atom("WM_DELETE_WINDOW")
        self.keycodes = self._map_letters(sorted(set(TYPED) - {" "}))
        self.keycodes[" "] = self.d.keysym_to_keycode(0x20)
        self.control = self.d.keysym_to_keycode(0xFFE3)
        self.s_key = self.d.keysym_to_keycode(ord("s"))
        self.d.sync()

    def _map_letters(self, letters: list[str]) -> dict[str, int]:
        """Give each Arabic letter a free keycode (Unicode keysyms), as xdotool does."""
        first = self.d.display.info.min_keycode
        count = self.d.display.info.max_keycode - first + 1
        mapping = self.d.get_keyboard_mapping(first, count)
        free = [first + i for i, syms in enumerate(mapping) if not any(syms)]
        if len(free) < len(letters):
            raise SystemExit("not enough free keycodes for the Arabic letters")
        out = {}
        for letter, code in zip(letters, free, strict=False):
            keysym = 0x01000000 | ord(letter)
            self.d.change_keyboard_mapping(code, [(keysym, keysym)])
            out[letter] = code
        return out

    def fileno(self) -> int:
        return int(self.d.fileno())

    def events(self) -> list[Any]:
        out = []
        while self.d.pending_events():
            out.append(self.d.next_event())
        return out

    def ping(self, window: Any, serial: int) -> None:
        from Xlib.protocol import event

        ev = event.ClientMessage(
            window=window, client_type=self.wm_protocols,
            data=(32, [self.ping_atom, serial, window.id, 0, 0]),
        )
        window.send_event(ev, event_mask=0)
        self.d.flush()

    def is_pong(self, ev: Any) -> int | None:
        if ev.type == self.X.ClientMessage and ev.client_type == self.wm_protocols:
            fmt, data = ev.data
            if fmt == 32 and data[0] == self.ping_atom:
                return int(data[1])
        return None

    def close_window(self, window: Any) -> None:
        from Xlib.protocol import event

        ev = event.ClientMessage(
            window=window, client_type=self.wm_protocols, data=(32, [self.delete_atom, 0, 0, 0, 0])
        )
        window.send_event(ev, event_mask=0)
        self.d.flush()

    def click_centre(self, window: Any) -> None:
        from Xlib.ext import xtest

        geometry = window.get_geometry()
        origin = window.translate_coords(self.root, 0, 0)
        x = -origin.x + geometry.width // 2
        y = -origin.y + geometry.height // 2
        xtest.fake_input(self.d, self.X.MotionNotify, x=x, y=y)
        xtest.fake_input(self.d, self.X.ButtonPress, 1)
        xtest.fake_input(self.d, self.X.ButtonRelease, 1)
        self.d.flush()

    def key(self, code: int, *, control: bool = False) -> None:
        from Xlib.ext import xtest

        if control:
            xtest.fake_input(self.d, self.X.KeyPress, self.control)
        xtest.fake_input(self.d, self.X.KeyPress, code)
        xtest.fake_input(self.d, self.X.KeyRelease, code)
        if control:
            xtest.fake_input(self.d, self.X.KeyRelease, self.control)
        self.d.flush()


def _wait(x: XSession | None, watcher: Watcher, proc: subprocess.Popen[bytes], until: float) -> list[Any]:
    """Sleep until ``until`` (or an X event), sampling the CPU; returns the X events that came."""
    events: list[Any] = []
    while True:
        now = time.perf_counter()
        if now >= until or proc.poll() is not None:
            return events
        timeout = min(until - now, SAMPLE_S)
        if x is not None:
            ready, _, _ = select.select([x.fileno()], [], [], timeout)
            if ready or x.d.pending_events():
                events.extend(x.events())
        else:
            time.sleep(timeout)
        if time.perf_counter() - watcher.last_t >= SAMPLE_S:
            watcher.sample()
        if events:
            return events


def _settle(x: XSession | None, watcher: Watcher, proc: subprocess.Popen[bytes], deadline: float,
            quiet_s: float = QUIET_S) -> float:
    while not watcher.quiet(quiet_s):
        if time.perf_counter() > deadline or proc.poll() is not None:
            raise RuntimeError("the app did not settle" if proc.poll() is None else "the app exited")
        _wait(x, watcher, proc, time.perf_counter() + SAMPLE_S)
    return watcher.last_busy


def run_once(cmd: list[str], env: dict[str, str], x: XSession | None, *, interact: bool) -> Result:
    result = Result()
    log = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log, cwd=REPO)
    try:
        watcher = Watcher(proc.pid)
        deadline = t0 + TIMEOUT_S
        window = None
        pings: dict[int, float] = {}
        latencies: list[float] = []
        serial = 0
        next_ping = 0.0
        # Open: until mapped, then ping until settled.
        while True:
            if time.perf_counter() > deadline or proc.poll() is not None:
                raise RuntimeError("the app exited or never settled")
            until = time.perf_counter() + SAMPLE_S
            if window is not None:
                until = min(until, next_ping)
            for ev in _wait(x, watcher, proc, until):
                if x is None:
                    continue
                if ev.type == x.X.MapNotify and window is None and not ev.override and ev.event == x.root:
                    window = ev.window
                    result.mapped = time.perf_counter() - t0
                    next_ping = time.perf_counter()
                pong = x.is_pong(ev)
                if pong is not None and pong in pings:
                    latencies.append(time.perf_counter() - pings.pop(pong))
            now = time.perf_counter()
            if window is not None and now >= next_ping:
                serial += 1
                pings[serial] = now
                x.ping(window, serial)  # type: ignore[union-attr]
                next_ping = now + PING_S
            if (window is not None or x is None) and watcher.quiet():
                break
        result.settled = watcher.last_busy - t0
        result.rss = rss_mb(proc.pid)
        # A ping still unanswered counts from when it was sent.
        now = time.perf_counter()
        latencies.extend(now - sent for sent in pings.values())
        result.stall = max(latencies) if latencies else float("nan")

        if interact and x is not None and window is not None:
            x.click_centre(window)
            _settle(x, watcher, proc, time.perf_counter() + TIMEOUT_S)
            # The first edit does one-time work (Qalam opens its draft store then): measured on its own,
            # so CPU per key is the steady cost of typing.
            cpu0 = cpu_ns(proc.pid)
            for ch in TYPED[:WARM_KEYS]:
                x.key(x.keycodes[ch])
                until = time.perf_counter() + KEY_INTERVAL_S
                while time.perf_counter() < until and proc.poll() is None:
                    _wait(x, watcher, proc, until)
            _settle(x, watcher, proc, time.perf_counter() + TIMEOUT_S)
            result.first_edit_cpu = (cpu_ns(proc.pid) - cpu0) / 1e9
            result.rss_edited = rss_mb(proc.pid)
            cpu0 = cpu_ns(proc.pid)
            text = (TYPED * (KEYS // len(TYPED) + 1))[:KEYS]
            for ch in text:
                x.key(x.keycodes[ch])
                until = time.perf_counter() + KEY_INTERVAL_S
                while time.perf_counter() < until and proc.poll() is None:
                    _wait(x, watcher, proc, until)
            _settle(x, watcher, proc, time.perf_counter() + TIMEOUT_S)
            result.cpu_key = (cpu_ns(proc.pid) - cpu0) / 1e9 / KEYS
            t_key = time.perf_counter()
            x.key(x.s_key, control=True)
            watcher.last_busy = t_key
            settled = _settle(x, watcher, proc, time.perf_counter() + TIMEOUT_S, CTRL_S_QUIET_S)
            result.ctrl_s = settled - t_key
            _settle(x, watcher, proc, time.perf_counter() + TIMEOUT_S)  # all quiet before it quits
        # Quit as a user would (the app saves and closes its store), so the next round starts clean.
        if x is not None and window is not None:
            x.close_window(window)
        else:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            result.notes.append("did not quit within 30 s")
    except Exception:
        log.seek(0)
        sys.stderr.write(log.read().decode("utf-8", "replace")[-3000:])
        raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    return result


# --- the display ---------------------------------------------------------------------------------


def start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    if not shutil.which("Xvfb"):
        return None
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        return None
    return proc, f":{number.decode().strip()}"


def main() -> int:
    from editor_app.storage.migrate import HEAD

    data_dir = Path(tempfile.gettempdir()) / f"qalam-bench-startup-{HEAD}"
    # An installed Qalam has its bytecode (pip and the .deb compile it); a run with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at each start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "editor_app")], check=True)
    t = time.perf_counter()
    article_id, html_file = prepare(data_dir)
    print(f"startup: store of {DRAFTS:,} drafts with a {WORDS:,}-word Arabic draft ready in "
          f"{time.perf_counter() - t:.1f} s", flush=True)

    xvfb = None
    display = os.environ.get("DISPLAY", "")
    if os.environ.get("BENCH_OFFSCREEN") != "1" and not display:
        started = start_xvfb()
        if started is not None:
            xvfb, display = started
    x = None
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    if display and os.environ.get("BENCH_OFFSCREEN") != "1":
        try:
            x = XSession(display)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            how = f"X server {display}" + (" (Xvfb started here)" if xvfb else "")
        except Exception as exc:  # no python-xlib or no server: measure what offscreen shows
            print(f"startup: cannot use the X server ({exc}); falling back to offscreen")
            x = None
    if x is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        how = "offscreen (no X server: mapped, stall, Ctrl+S and typing are not measured)"
    env.pop("QALAM_DATA_DIR", None)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    qalam = [sys.executable, "-m", "editor_app"]
    exe = Path(sys.executable).parent / "qalam"
    if exe.exists() and os.environ.get("BENCH_QALAM_MODULE") != "1":
        qalam = [str(exe)]  # the real entry point, as a user starts it
    cmds = {
        "floor": [sys.executable, "-c", FLOOR, str(html_file)],
        "qalam": [*qalam, "--data-dir", str(data_dir), "--lang", "ar", "--open", article_id],
    }
    print(f"startup: {ROUNDS} rounds each, interleaved, on {how}", flush=True)
    try:
        for cmd in cmds.values():  # warm the disk cache, and let the store settle after seeding
            reset_settings(data_dir)
            run_once(cmd, env, x, interact=False)
        results: dict[str, list[Result]] = {name: [] for name in cmds}
        for _ in range(ROUNDS):
            for name, cmd in cmds.items():
                reset_settings(data_dir)
                results[name].append(run_once(cmd, env, x, interact=True))
        # The draft opened for the first time on this machine: no spelling answers remembered, so the
        # dictionaries load (core/spell_memory.py). Open only; the app remembers them again as it quits.
        from editor_app.gui.spell_setup import memory_file

        results["first open"] = []
        for _ in range(ROUNDS):
            reset_settings(data_dir)
            memory_file(data_dir).unlink(missing_ok=True)
            results["first open"].append(run_once(cmds["qalam"], env, x, interact=False))
    finally:
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait()
    report(results)
    return 0


def _median(values: list[float]) -> float:
    real = [v for v in values if v == v]
    return statistics.median(real) if real else float("nan")


def report(results: dict[str, list[Result]]) -> None:
    floor, app = results["floor"], results["qalam"]

    def med(rs: list[Result], name: str) -> float:
        return _median([getattr(r, name) for r in rs])

    def line(label: str, f: float, q: float, unit: str, goal: str, met: bool | None, ratio: str) -> None:
        verdict = "n/a" if met is None else ("met" if met else "NOT met")
        print(f"  {label:<26} floor {f:8.1f} {unit:<3} qalam {q:8.1f} {unit:<3} {ratio:<10} "
              f"goal {goal}: {verdict}")

    def known(*values: float) -> bool:
        return all(v == v for v in values)

    print("startup: medians (floor = bare QMainWindow + QTextEdit with the same document)")
    f, q = med(floor, "mapped") * 1000, med(app, "mapped") * 1000
    line("window mapped", f, q, "ms", "<= 1.5x", (q <= 1.5 * f) if known(f, q) else None, f"{q / f:.2f}x")
    f, q = med(floor, "settled") * 1000, med(app, "settled") * 1000
    line("settled", f, q, "ms", "<= 2.0x", (q <= 2.0 * f) if known(f, q) else None, f"{q / f:.2f}x")
    f, q = med(floor, "rss"), med(app, "rss")
    line("RSS", f, q, "MB", "<= floor + 60 MB", (q <= f + 60) if known(f, q) else None, f"+{q - f:.0f} MB")
    # The floor's QTextEdit does nothing on Ctrl+S: its quickest round is its handling of the key. A busy
    # machine makes it catch a cursor blink's repaint instead (hundreds of ms), which must not widen
    # Qalam's goal: then 25 ms is the goal.
    f = min((r.ctrl_s for r in floor if known(r.ctrl_s)), default=float("nan")) * 1000
    q = med(app, "ctrl_s") * 1000
    ok = (q <= (max(2 * f, 25) if f <= 50 else 25)) if known(q) else None
    line("Ctrl+S to settled", f, q, "ms", "<= 2x floor (quickest) or 25 ms", ok, f"{q / f:.2f}x" if f else "")
    f, q = med(floor, "cpu_key") * 1000, med(app, "cpu_key") * 1000
    line("CPU per key", f, q, "ms", "<= 2x", (q <= 2 * f) if known(f, q) else None, f"{q / f:.2f}x")
    f, q = med(floor, "stall") * 1000, med(app, "stall") * 1000
    line("longest stall during open", f, q, "ms", "<= 50 ms", (q <= 50) if known(q) else None, "")
    first = results.get("first open")
    if first:
        # The memory goal is with the dictionaries loaded: a draft never opened on this machine.
        f, q = med(floor, "settled") * 1000, med(first, "settled") * 1000
        line("settled, first open", f, q, "ms", "(shown only)", None, f"{q / f:.2f}x")
        f, q = med(floor, "rss"), med(first, "rss")
        met = (q <= f + 60) if known(f, q) else None
        line("RSS, dictionaries loaded", f, q, "MB", "<= floor + 60 MB", met, f"+{q - f:.0f} MB")
    f, q = med(floor, "first_edit_cpu") * 1000, med(app, "first_edit_cpu") * 1000
    line("first edit, CPU", f, q, "ms", "(shown only)", None, f"{q / f:.2f}x")
    f, q = med(floor, "rss_edited"), med(app, "rss_edited")
    line("RSS after editing", f, q, "MB", "(shown only)", None, f"+{q - f:.0f} MB")
    for name, rs in results.items():
        print(f"  {name} rounds: " + "; ".join(
            f"mapped {r.mapped * 1000:.0f} settled {r.settled * 1000:.0f} rss {r.rss:.0f} "
            f"stall {r.stall * 1000:.0f} key {r.cpu_key * 1000:.2f} ctrl+s {r.ctrl_s * 1000:.0f}"
            + (f" ({', '.join(r.notes)})" if r.notes else "")
            for r in rs
        ))


if __name__ == "__main__":
    raise SystemExit(main())
