"""Qt's own messages (qWarning and friends) go to Qalam's log, not to the terminal.

A reporter starting Qalam from a terminal, or a script running ``qalam --screenshot``, should see
nothing on stderr when nothing is wrong. Qt prints its diagnostics there by default; Qalam sends
them to the log file (stderr too with ``-v``) at the matching level.

The few messages dropped outright are platform plugins saying they lack an optional feature of
QPlatformWindow (the base class warns, the plugin does not override): Qt's ``offscreen`` plugin,
which ``--screenshot`` and the tests use, has no window manager to pass size hints to, to raise a
window for, or to grab the keyboard and mouse for a popup menu. xcb, Wayland, Windows and macOS
implement these, so the messages say nothing about Qalam. Anything else is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

# QPlatformWindow's default implementations (qplatformwindow.cpp), exactly as Qt words them.
HARMLESS = frozenset({
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support grabbing the mouse",
})

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Told of a fatal message (no platform plugin, a lost display) before Qt aborts: the command line's start
# turns it into one line on stderr and exit code 1 (cli/gui_start.py). Expected not to return.
_on_fatal: list[Callable[[str], None]] = []


def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind == QtMsgType.QtFatalMsg:
        log.critical("fatal: %s", message)
        for hook in _on_fatal:
            hook(message)
        return
    if message in HARMLESS:
        return
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install(on_fatal: Callable[[str], None] | None = None) -> None:
    """Route Qt's messages to the log (installing again changes nothing but a new ``on_fatal``)."""
    if on_fatal is not None:
        _on_fatal[:] = [on_fatal]
    qInstallMessageHandler(handle)
