"""Starting the GUI: checks for a display, builds the window, and the --screenshot mode."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.cli.context import CliContext
    from editor_app.gui.context import AppContext
    from editor_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_message(ctx: CliContext) -> str:
    return ctx.translate(
        "Launch",
        "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. "
        "On a desktop, start Qalam from its menu entry. To run without a screen, use "
        "QT_QPA_PLATFORM=offscreen qalam, or make a picture of the window with qalam --screenshot FILE.",
    ).format()


def build_window(ctx: CliContext, *, tasks_inline: bool | None = None) -> tuple[AppContext, MainWindow]:
    from editor_app import i18n
    from editor_app.gui.app import create_application
    from editor_app.gui.context import AppContext, make_settings
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.tasks import TaskRunner

    settings = make_settings(ctx.paths)
    saved = settings.value("ui/language")
    language = i18n.pick_language(ctx.args.lang, saved if isinstance(saved, str) else None)
    digits = settings.value("ui/digits")
    app = create_application(sys.argv[:1], language, digits if isinstance(digits, str) else None)
    runner = TaskRunner(app, inline=tasks_inline)
    app_ctx = AppContext(paths=ctx.paths, language=language, settings=settings, runner=runner)
    window = MainWindow(app_ctx)
    return app_ctx, window


def wait_until_idle(app_ctx: AppContext, timeout: float = 15.0, settle: float = 0.3) -> None:
    """Process events until the task runner has been idle for ``settle`` seconds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if app_ctx.runner.is_busy():
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= settle:
            break
        time.sleep(0.01)
    QApplication.processEvents()


def run_gui(ctx: CliContext, *, screenshot: str | None = None, open_id: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        ctx.err(f"qalam: {no_display_message(ctx)}")
        return 1

    from PySide6.QtWidgets import QApplication

    from editor_app.gui.crash import CrashHandler
    from editor_app.gui.welcome import CONNECT_SITE, first_start

    instance = None
    if not screenshot:
        from editor_app.gui import single_instance as single

        # One window per data folder: a second `qalam` hands its request to the first and leaves.
        instance = single.SingleInstance(ctx.paths.data_dir)
        if not instance.claim():
            outcome = instance.hand_over(open_id)
            if outcome == single.HANDED_OVER:
                return 0
            if outcome == single.FAILED:
                ctx.err(f"qalam: {single.hand_over_message(ctx, instance.owner())}")
                return 1

    # The first real start shows the welcome (language, offline drafts, connect a site) before the window.
    welcome_choice = None if screenshot else first_start(ctx)
    app_ctx, window = build_window(ctx)
    if instance is not None:
        instance.attach(window)
    crash = CrashHandler(app_ctx.emergency_savers, show_dialog=screenshot is None)
    crash.install()
    window.show()
    window.start(interactive=screenshot is None, open_id=open_id)
    if welcome_choice == CONNECT_SITE:
        # The sites dialog needs the draft store, which opens just after the first paint.
        window.store_ready.connect(lambda _store: window.show_sites())

    if screenshot:
        # The offscreen screen is small; a fixed size makes screenshots comparable.
        window.resize(1280, 800)
        wait_until_idle(app_ctx)
        target = Path(screenshot)
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(target), "PNG")
        window.close()
        if not ok:
            ctx.err(
                ctx.translate("Launch", "qalam: could not write the screenshot to {path}").format(
                    path=str(target)
                )
            )
            return 1
        log.info("screenshot saved to %s", target)
        return 0

    app = QApplication.instance()
    assert app is not None
    return int(app.exec())
