"""Unexpected exceptions: log them, save open text first, then show a report the user can copy."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from editor_app import __version__

log = logging.getLogger(__name__)


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    import platform  # here: the handler is installed at every start, a report is rare

    lines = traceback.format_exception(exc_type, exc, tb)
    return (
        f"Qalam {__version__} on Python {platform.python_version()} ({sys.platform})\n\n" + "".join(lines)
    )


class CrashHandler:
    def __init__(self, savers: list[Callable[[], None]], *, show_dialog: bool = True) -> None:
        self._savers = savers
        self._show_dialog = show_dialog
        self._inside = False
        self.last_report: str | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        report = build_report(exc_type, exc, tb)
        self.last_report = report
        log.critical("unexpected error\n%s", report)
        if self._inside:
            return
        # Imported here: the handler is installed before the window shows, QMessageBox's enums cost ~2 ms.
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        self._inside = True
        try:
            for save in self._savers:
                try:
                    save()
                except Exception:
                    log.exception("emergency save failed")
            if self._show_dialog and QApplication.instance() is not None:
                box = QMessageBox(QApplication.activeWindow())
                box.setIcon(QMessageBox.Icon.Critical)
                box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
                box.setText(QCoreApplication.translate(
                    "Crash",
                    "Qalam hit an unexpected error. Your open text has been saved. "
                    "You can keep working; the details below help the developers fix it.",
                ))
                box.setDetailedText(report)
                box.exec()
        finally:
            self._inside = False
