"""Child processes for test_kill_while_typing.py: the real window types into a new draft until it is killed.

Usage: ``python typing_child.py DATA_DIR LOG_FILE`` (one child), or ``python typing_child.py --fork BASE N``:
import Qt and Qalam once, then fork N children (``BASE/childI`` data folders and ``BASE/childI.log``),
print ``pid I PID`` for each and wait for them. Twenty children importing everything at once on two
cores took 20–35 s before they could type; forked, they share the imports and start in a second or two.

A child writes ``ready ID`` to its log once typing starts, then ``TIME CHARS`` after every key (CHARS: how
many characters of :func:`stream` have been typed). Spelling dictionaries are not loaded: spelling has
nothing to do with saving, and the children share the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

KEY_INTERVAL_S = 0.2  # 5 keys a second, a steady typist (the 151 keys in 30 s)


def word(n: int) -> str:
    return f"كلمة{n}"


def stream(words: int = 2000) -> str:
    return "".join(f"{word(n)} " for n in range(words))


def _imports() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import editor_app.gui.check_dock
    import editor_app.gui.file_actions
    import editor_app.gui.launch
    import editor_app.gui.main_window
    import editor_app.publish.outbox
    import editor_app.publish.workflow_sync
    import editor_app.storage.store  # noqa: F401


def fork_children(base: Path, count: int) -> int:
    _imports()
    import shutil

    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    # One migrated database, copied: twenty Alembic runs would cost more than the typing.
    template = base / "template"
    DraftStore.open(resolve_paths(template)).close(backup=False)
    for n in range(count):
        paths = resolve_paths(base / f"child{n}").ensure()
        shutil.copy2(resolve_paths(template).database, paths.database)
    pids = []
    for n in range(count):
        pid = os.fork()
        if pid == 0:
            try:
                code = main(base / f"child{n}", base / f"child{n}.log")
            finally:
                os._exit(1)
            os._exit(code)
        pids.append(pid)
        print(f"pid {n} {pid}", flush=True)
        # One at a time: the first children type while the later ones start (and take the CPU).
        log, deadline = base / f"child{n}.log", time.monotonic() + 5
        while not log.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    for pid in pids:
        os.waitpid(pid, 0)
    return 0


def main(data: Path, log_path: Path) -> int:
    _imports()
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from editor_app.cli.context import make_context
    from editor_app.core.spelling import SpellChecker
    from editor_app.gui.launch import build_window

    SpellChecker.load = lambda self: self  # type: ignore[method-assign]
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="ar")))
    window.show()
    window.start(interactive=False)

    def wait(condition: object, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            QApplication.processEvents()
            time.sleep(0.01)

    wait(lambda: "store" in window.ctx.services)
    window.documents.new_draft()
    editor = window.editor_area.editor
    wait(lambda: window.documents.article is not None and not editor.is_loading())
    editor.setFocus()
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.write(fd, f"ready {window.documents.article.id}\n".encode())  # type: ignore[union-attr]
    text = stream()
    for typed, ch in enumerate(text, start=1):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key(0)
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        os.write(fd, f"{time.time():.3f} {typed}\n".encode())
        until = time.monotonic() + KEY_INTERVAL_S
        while time.monotonic() < until:  # the event loop runs between keys (timers, the runner's results)
            QApplication.processEvents()
            time.sleep(0.02)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--fork":
        raise SystemExit(fork_children(Path(sys.argv[2]), int(sys.argv[3])))
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
