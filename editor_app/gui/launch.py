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
    from editor_app.core.spelling import SpellChecker
    from editor_app.gui.context import AppContext
    from editor_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)
GIL_SWITCH_S = 0.0005
START_COLLECTOR_AFTER_MS = 10_000  # the cycle collector is back by then whatever happened (gui/heap.py)


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


def skip_pyside_source_scans() -> None:
    """Spare PySide6 reading the source of every module imported (call before importing PySide6; again
    later changes nothing).

    PySide6 looks for ``from __feature__ import`` by reading the source of every module loaded
    when it starts and of each one imported after (``shibokensupport.feature._mod_uses_pyside``):
    ~100 files, ~15 ms and a few MB of lines kept in ``linecache`` at start, as much again when the
    draft store's libraries load. Qalam enables no feature anywhere, so the answer is known: its
    own modules use PySide6 with the default features, nothing else needs looking at.
    The hook is PySide6's own; when it is not there (another version), nothing changes.
    """
    import shiboken6  # noqa: F401  (sets up PySide6's import hook; cheap next to PySide6 itself)

    feature = sys.modules.get("shibokensupport.feature")
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[union-attr]


def _uses_pyside(module: object) -> bool:
    return str(getattr(module, "__name__", "")).partition(".")[0] == "editor_app"


def forget_sources() -> None:
    """Drop the source lines PySide6 read while importing (a few MB of strings nobody needs again).

    PySide6 reads the source of every module that imports it (to look for ``from __feature__
    import``), and the lines stay in ``linecache``. Tracebacks read them again when needed.
    """
    import linecache

    linecache.clearcache()


def welcome_due(ctx: CliContext) -> bool:
    """Whether this settings file has never shown the welcome (without importing the dialog's module)."""
    from editor_app.gui.context import make_settings, welcome_shown

    return not welcome_shown(make_settings(ctx.paths))


def load_dictionaries_now(checker: SpellChecker) -> None:
    """Make spelling answers ready on a thread of their own, starting now (call it once the window is
    shown): the verdicts remembered from earlier runs (core/spell_memory.py), or the dictionaries.

    Hunspell reads the Arabic dictionary in ~300 ms of C inside enchant, which ctypes calls without
    the GIL: it runs on the other core while the window paints and the text goes in. Started
    before the window was shown, it slowed the window's appearance by 100-300 ms on two cores.
    """
    import threading

    threading.Thread(target=_load_quietly, args=(checker,), name="dictionaries", daemon=True).start()


def _load_quietly(checker: SpellChecker) -> None:
    try:
        checker.prepare()
    except Exception:  # the editor's own prepare() reports it when it asks again
        log.exception("loading the dictionaries failed")


def build_window(
    ctx: CliContext,
    *,
    tasks_inline: bool | None = None,
    services: dict[str, object] | None = None,
    icon: bool = True,
) -> tuple[AppContext, MainWindow]:
    """The application and its window, not shown; ``icon=False``: the caller sets the window icon
    (gui/app.py, ``set_window_icon``)."""
    from editor_app import i18n
    from editor_app.gui.app import create_application
    from editor_app.gui.context import AppContext, make_settings
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.tasks import TaskRunner

    settings = make_settings(ctx.paths)
    saved = settings.value("ui/language")
    language = i18n.pick_language(ctx.args.lang, saved if isinstance(saved, str) else None)
    digits = settings.value("ui/digits")
    app = create_application(sys.argv[:1], language, digits if isinstance(digits, str) else None, icon=icon)
    runner = TaskRunner(app, inline=tasks_inline)
    app_ctx = AppContext(paths=ctx.paths, language=language, settings=settings, runner=runner)
    app_ctx.services.update(services or {})
    window = MainWindow(app_ctx)
    return app_ctx, window


def _set_window_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from editor_app.gui.app import set_window_icon

    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_window_icon(app)


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

    from editor_app.gui import heap

    heap.pause_collector()  # until the window has started (gui/heap.py)
    skip_pyside_source_scans()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.gui.crash import CrashHandler

    instance = None
    if not screenshot:
        from editor_app.gui import single_instance as single

        # One window per data folder: a second `qalam` hands its request to the first and leaves,
        # before anything else is built.
        instance = single.SingleInstance(ctx.paths.data_dir)
        if not instance.claim():
            outcome = instance.hand_over(open_id)
            if outcome == single.HANDED_OVER:
                return 0
            if outcome == single.FAILED:
                ctx.err(f"qalam: {single.hand_over_message(ctx, instance.owner())}")
                return 1

    # A worker running Python hands the GIL back after this long at most: a shorter turn than the
    # default 5 ms keeps the window answering while the runner works.
    sys.setswitchinterval(GIL_SWITCH_S)
    from editor_app.gui.spell_setup import make_spellchecker

    checker = make_spellchecker(ctx)
    # The first real start shows the welcome (language, offline drafts, connect a site) before the window.
    welcome_choice = None
    if not screenshot and welcome_due(ctx):
        from editor_app.gui.welcome import CONNECT_SITE, first_start

        welcome_choice = "connect" if first_start(ctx) == CONNECT_SITE else None
    app_ctx, window = build_window(ctx, services={"spellchecker": checker}, icon=False)
    forget_sources()
    crash = CrashHandler(app_ctx.emergency_savers, show_dialog=screenshot is None)
    crash.install()
    window.show()
    if instance is not None:
        # Listening waits until the window is up: a later start that comes meanwhile finds the folder
        # taken and keeps asking (hand_over) until this window answers.
        instance.attach(window)
    # Before the runner's and the dictionaries' threads (Qt's own two have started, with an arena or two);
    # not before the window shows: ctypes costs ~2.5 ms.
    heap.limit_arenas()
    QTimer.singleShot(START_COLLECTOR_AFTER_MS, heap.keep_what_the_start_built)  # if the start never ends
    load_dictionaries_now(checker)
    window.start(interactive=screenshot is None, open_id=open_id)
    window.after_first_paint(_set_window_icon)
    if welcome_choice == "connect":
        # The sites dialog needs the draft store: show_sites() waits for it.
        QTimer.singleShot(0, window.show_sites)

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
