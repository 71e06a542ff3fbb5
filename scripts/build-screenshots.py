"""Screenshots of an installed Qalam: the first-start welcome and the main window, offscreen.

Run it with the installed app's interpreter so the installed code and data are what is shown:

    /opt/qalam/bin/python3 -I scripts/build-screenshots.py --out docs/screenshots --lang ar

It writes welcome-<lang>.png (the real first-start path: editor_app.gui.welcome.first_start with a fresh
data folder, grabbed while the dialog is up) and installed-main-<lang>.png (`qalam --screenshot`).
``--extra-translations FILE.json`` ({"Context|source": "text"}, as scripts/ts_fill.py reads) fills in
strings the installed catalogue does not have yet; it is off by default.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _overlay_translator(path: Path) -> object:
    from PySide6.QtCore import QTranslator

    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))

    class JsonTranslator(QTranslator):
        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return table.get(f"{context}|{source}", "")

        def isEmpty(self) -> bool:
            return not table

    return JsonTranslator()


def welcome_shot(out: Path, lang: str, extra: Path | None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.cli.context import make_context
    from editor_app.gui import welcome
    from editor_app.gui.app import create_application

    data = Path(tempfile.mkdtemp(prefix="qalam-shot-"))
    ctx = make_context(argparse.Namespace(data_dir=str(data), lang=lang))
    app = create_application(sys.argv[:1], lang)
    overlay = _overlay_translator(extra) if extra else None
    if overlay is not None:
        app.installTranslator(overlay)  # type: ignore[arg-type]
    saved: list[bool] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, grab)
            return
        if overlay is not None and isinstance(dialog, welcome.WelcomeDialog):
            dialog.retranslate()
        dialog.adjustSize()
        QApplication.processEvents()
        saved.append(dialog.grab().save(str(out), "PNG"))
        dialog.accept()

    QTimer.singleShot(100, grab)
    choice = welcome.first_start(ctx)
    shutil.rmtree(data, ignore_errors=True)
    if choice is None or not saved or not saved[0]:
        raise SystemExit(f"build-screenshots: the welcome did not show or could not be saved to {out}")
    print(f"build-screenshots: {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    parser.add_argument("--qalam", default=shutil.which("qalam") or "qalam", help="the installed command")
    parser.add_argument("--extra-translations", type=Path, default=None)
    parser.add_argument("--skip-main", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.skip_main:
        main_png = args.out / f"installed-main-{args.lang}.png"
        with tempfile.TemporaryDirectory(prefix="qalam-shot-") as home:
            env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
            command = [args.qalam, "--lang", args.lang, "--screenshot", str(main_png.resolve())]
            subprocess.run(command, env=env, check=True)
        print(f"build-screenshots: {main_png}")
    welcome_shot(args.out / f"welcome-{args.lang}.png", args.lang, args.extra_translations)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
