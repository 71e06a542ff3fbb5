"""`qalam` with no command: make sure the window can open, then hand over to :mod:`editor_app.gui.launch`.

Qt does not raise when it cannot reach the display or load its platform plugin: it prints several
lines and aborts the process. So, before Qt is imported, the display named by ``DISPLAY`` /
``WAYLAND_DISPLAY`` is checked to accept connections, and while the application starts a Qt message
handler turns a fatal Qt message into one line and a clean exit.
"""

from __future__ import annotations

import _socket  # the C module: ``socket`` builds its enums at import (~2.5 ms before the window)
import os
import sys
from pathlib import Path
from typing import Any

from editor_app.cli.context import CliContext

_X11_SOCKETS = Path("/tmp/.X11-unix")


def _connects(family: int, address: Any, timeout: float = 1.0) -> bool:
    try:
        sock = _socket.socket(family, _socket.SOCK_STREAM)
    except OSError:
        return False
    try:
        sock.settimeout(timeout)
        sock.connect(address)
        return True
    except OSError:
        return False
    finally:
        sock.close()


def x11_reachable(display: str) -> bool:
    """Does an X server answer at ``display`` (``:0``, ``unix:0``, ``host:0.0``)?"""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host.startswith("/"):  # a launchd-style socket path (macOS)
        return Path(display.split(":")[0]).exists()
    if host in ("", "unix"):
        path = _X11_SOCKETS / f"X{number}"
        if sys.platform.startswith("linux") and _connects(_socket.AF_UNIX, f"\0{path}"):
            return True  # the abstract socket X servers also listen on
        return _connects(_socket.AF_UNIX, str(path))
    return _connects(_socket.AF_INET, (host, 6000 + int(number)))


def wayland_reachable(name: str) -> bool:
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent"))
    path = Path(name) if name.startswith("/") else runtime / name
    return _connects(_socket.AF_UNIX, str(path))


def display_problem(ctx: CliContext) -> str | None:
    """A one-line reason the window cannot open on this display, or None when it can (as far as we know)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "windows", "cocoa"):
        return None
    if sys.platform != "linux":
        return None
    from editor_app.gui.launch import no_display_message

    display = os.environ.get("DISPLAY", "")
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return no_display_message(ctx)
    if wayland and wayland_reachable(wayland) and not platform.startswith("xcb"):
        return None
    if display and x11_reachable(display):
        return None
    return ctx.translate("Launch", "The display {display} does not answer, so the window cannot open. Check "
                                   "DISPLAY (or WAYLAND_DISPLAY), or start Qalam from the desktop's menu. To "
                                   "run without a screen, use QT_QPA_PLATFORM=offscreen qalam.").format(
        display=display or wayland)


def _install_fatal_handler(ctx: CliContext) -> None:
    """A fatal Qt message (no platform plugin, a lost display) becomes one line and exit code 1; Qt's other
    messages (the platform plugin's warnings that come before it) go to the log file (gui/qt_messages.py)."""
    from editor_app.gui.launch import skip_pyside_source_scans

    skip_pyside_source_scans()  # before PySide6 is first imported (here)
    from editor_app.gui import qt_messages

    def fatal(message: str) -> None:
        first = message.strip().splitlines()[0] if message.strip() else ""
        first = first.split(". ")[0]  # Qt's first sentence says what; the rest is Qt's own advice
        line = ctx.translate("Launch", "The window cannot open: {reason}. Run qalam doctor to see "
                                       "what is missing.").format(reason=first.rstrip("."))
        try:
            sys.stderr.write(f"qalam: {line}\n")
            sys.stderr.flush()
        finally:
            os._exit(1)

    qt_messages.install(on_fatal=fatal)


def start_gui(ctx: CliContext) -> int:
    args = ctx.args
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        problem = display_problem(ctx)
        if problem:
            ctx.fail(problem)
            return 1
    _install_fatal_handler(ctx)
    from editor_app.gui.launch import run_gui

    return run_gui(ctx, screenshot=args.screenshot, open_id=args.open_id)
