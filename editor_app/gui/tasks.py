"""The one background task runner: slow work runs on a QThreadPool, results come back on the GUI thread.

Tests switch it to inline mode, where a task runs at once on the calling thread
and its callbacks fire before ``submit`` returns.

A task may carry a ``key``: a newer task with the same key makes the older one's
result stale, and stale results are dropped (spell-check and search as you type).
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException, str], None]


@dataclass
class _Pending:
    """A submitted task's callbacks, waiting for its result."""

    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    key: str | None
    generation: int


class _Relay(QObject):
    # Emitted from worker threads; Qt queues the call onto the relay's (GUI) thread.
    finished = Signal(int, object)
    failed = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.failed.emit(self._task_id, exc, traceback.format_exc())
        else:
            self._relay.finished.emit(self._task_id, result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; the callbacks always run on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, *, inline: bool | None = None, max_threads: int = 4
    ) -> None:
        super().__init__(parent)
        if inline is None:
            inline = os.environ.get("QALAM_TASKS_INLINE") == "1"
        self.inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._next_id = 0
        self._pending: dict[int, _Pending] = {}
        self._generations: dict[str, int] = {}

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        key: str | None = None,
        **kwargs: Any,
    ) -> int:
        self._next_id += 1
        task_id = self._next_id
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
        self._pending[task_id] = _Pending(on_result, on_error, key, generation)
        was_idle = len(self._pending) == 1

        def call() -> Any:
            return fn(*args, **kwargs)

        if was_idle:
            self.busy_changed.emit(True)
        if self.inline:
            try:
                result = call()
            except Exception as exc:
                self._on_failed(task_id, exc, traceback.format_exc())
            else:
                self._on_finished(task_id, result)
        else:
            self._pool.start(_Job(task_id, call, self._relay))
        return task_id

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is empty (tests and shutdown); queued callbacks still need the event loop."""
        return self._pool.waitForDone(msecs)

    def _take(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None:
            return None
        if pending.key is not None and self._generations.get(pending.key) != pending.generation:
            return None  # a newer task with the same key superseded this one
        return pending

    @staticmethod
    def _deliver(callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except RuntimeError as exc:
            # The widget that asked was closed while the task ran: nobody is left to tell.
            if "deleted" not in str(exc):
                raise
            log.debug("dropped a result for a deleted object: %s", exc)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        if pending and pending.on_result:
            self._deliver(pending.on_result, result)

    @Slot(int, object, str)
    def _on_failed(self, task_id: int, exc: object, tb: str) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        if pending.on_error and isinstance(exc, BaseException):
            self._deliver(pending.on_error, exc, tb)
        else:
            log.error("background task failed: %s\n%s", exc, tb)
