"""Screenshots of the live desk, offscreen: the saving state in the status bar, the compare bar after a change
made elsewhere (and its compare dialog), and the disk-full banner.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/live-desk-screenshots.py --out /tmp/shots --lang ar

Writes live-saved-<lang>.png, live-compare-bar-<lang>.png, live-compare-dialog-<lang>.png and
live-disk-full-<lang>.png. The "elsewhere" is a second store on the same folder (as a `qalam` command
would be); the full disk is a write that raises DiskFullError until it is switched off.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="ar")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from editor_app.cli.context import make_context
    from editor_app.core.article import Article
    from editor_app.core.i18n import UserMessage
    from editor_app.gui.launch import build_window, wait_until_idle
    from editor_app.paths import resolve_paths
    from editor_app.storage.errors import MSG_FULL, DiskFullError
    from editor_app.storage.store import DraftStore

    sample = REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt"
    if not sample.exists():
        sample = REPO / "tests" / "data" / "belarus-wagner-ar.txt"
    paragraphs = [p for p in sample.read_text(encoding="utf-8").split("\n") if p.strip()]
    data = Path(tempfile.mkdtemp(prefix="qalam-live-shots-"))
    store = DraftStore.open(resolve_paths(data))
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:8])
    article = store.create(Article(title=paragraphs[0], body_html=body, excerpt="زيارة لوكاشينكو إلى موسكو"))
    store.close(backup=False)

    app_ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang=args.lang)))
    window.resize(1280, 800)
    window.show()
    window.start(interactive=False, open_id=article.id)
    editor = window.editor_area.editor

    def settle(condition: object = None, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and condition is not None and not condition():  # type: ignore[operator]
            QApplication.processEvents()
            time.sleep(0.01)
        wait_until_idle(app_ctx, settle=0.5)

    def type_text(text: str) -> None:
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = Qt.Key.Key_Space if ch == " " else Qt.Key(0)
                QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    def shot(name: str, widget: object = None) -> None:
        target = args.out / f"{name}-{args.lang}.png"
        (widget or window).grab().save(str(target), "PNG")  # type: ignore[attr-defined]
        print(target)

    settle(lambda: window.documents.article is not None and not editor.is_loading())
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(" وأضاف المتحدث أن المحادثات ستستمر.")
    settle(lambda: window.status.saving.property("saveState") == "saved")
    shot("live-saved")

    # A change made elsewhere while this window has unsaved edits.
    window.documents._timer.setInterval(600_000)
    type_text(" ونقلت وكالات الأنباء تصريحات مماثلة.")
    other = DraftStore.open(resolve_paths(data))
    other.save(other.get(article.id).copy(title=paragraphs[0] + " (تحديث)"), note="command line")
    other.close(backup=False)
    live = window.live_desk.live
    settle(live.bar.isVisible, timeout=10)
    shot("live-compare-bar")
    live.compare()
    settle(lambda: getattr(live, "dialog", None) is not None and live.dialog.isVisible(), timeout=10)
    shot("live-compare-dialog", live.dialog)
    live.dialog.reject()
    live.keep_mine()
    settle(lambda: not live.bar.isVisible())

    # A full disk: every write fails until space is "freed".
    real_write = window.ctx.services["store"]._db.write
    full = {"on": True}

    def write(*a: object, **k: object) -> object:
        if full["on"]:
            raise DiskFullError(UserMessage("Storage", MSG_FULL, {"folder": str(data)}))
        return real_write(*a, **k)  # type: ignore[arg-type]

    window.ctx.services["store"]._db.write = write
    window.documents._timer.setInterval(300)
    type_text(" وهذه جملة كُتبت والقرص ممتلئ.")
    settle(window.live_desk.disk_bar.isVisible, timeout=10)
    shot("live-disk-full")
    full["on"] = False
    settle(lambda: not window.live_desk.disk_bar.isVisible(), timeout=30)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
