"""Importing modules from the event loop a few milliseconds at a time.

Importing on a worker thread does not help a Python GUI: the import holds the GIL, and every
Python call the GUI thread makes (paint, key and signal handlers) waits for it. A list of
modules in leaf-first order (gui/import_order.py) imported a few per turn of the event loop
keeps each turn short, whatever is imported.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

STEP_BUDGET_S = 0.006  # import for this long per turn, then let paints and keys through


class StepwiseImport(QObject):
    """Imports ``modules`` in turns of the event loop, then calls ``done`` (once)."""

    def __init__(self, modules: Iterable[str], done: Callable[[], object], parent: QObject | None = None,
                 *, inline: bool = False) -> None:
        super().__init__(parent)
        self._modules = [m for m in modules if m not in sys.modules]
        self._done: Callable[[], object] | None = done
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._inline = inline

    def start(self) -> None:
        if self._inline:
            while self._modules:
                self._step()
        else:
            self._step()

    def _step(self) -> None:
        deadline = time.perf_counter() + STEP_BUDGET_S
        while self._modules and time.perf_counter() < deadline:
            name = self._modules.pop(0)
            if name in sys.modules:
                continue
            try:
                importlib.import_module(name)
            except Exception:  # a list made for other versions: the caller's own import does the rest
                log.debug("stepwise import of %s failed", name, exc_info=True)
        if self._modules:
            if not self._inline:
                self._timer.start()
            return
        done, self._done = self._done, None
        if done is not None:
            done()
        self.deleteLater()
