"""Noticing writes to the store, from this window, another process or the command line.

The operating system tells us when the database or its WAL file changes (``QFileSystemWatcher``:
inotify on Linux, so nothing runs while nobody writes); a short debounce gathers a burst of
writes, and ``PRAGMA data_version`` (storage/change_probe.py, on the runner) confirms that a commit
happened before ``changed`` is announced. The folder is watched too: the WAL file comes and goes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor_app.gui.tasks import TaskRunner
from editor_app.storage.change_probe import CommitSource, DataVersionProbe

log = logging.getLogger(__name__)

DEBOUNCE_MS = 80


class StoreWatcher(QObject):
    changed = Signal()  # someone committed to the database (at most one per debounce)

    def __init__(self, database: Path, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.probe = DataVersionProbe(database)
        self.probes = 0  # how many checks ran (the idle benchmark counts them)
        self._followed: object | None = None
        self._files = [database, database.with_name(database.name + "-wal")]
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._on_folder)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check)
        self._watch()
        # The baseline version. No task key anywhere: a dropped result could hide a change.
        runner.submit(self.probe.changed)

    def _watch(self) -> None:
        wanted = [str(self.database.parent)] + [str(p) for p in self._files if p.exists()]
        missing = [p for p in wanted if p not in self._watcher.files() + self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def _on_folder(self, _path: str) -> None:
        self._watch()  # the WAL file was created again
        self._poke()

    def _poke(self, *_args: object) -> None:
        if not self._debounce.isActive():  # not restarted: a stream of writes is still seen every 80 ms
            self._debounce.start()

    def check(self) -> None:
        """Ask the database whether it changed (also when the window comes back to the front)."""
        self._watch()
        self.probes += 1
        self.runner.submit(self.probe.changed, on_result=self._probed, on_error=self._failed)

    def follow(self, store: object) -> None:
        """Leave out the writes of this window's own store: what it saved, it shows already."""
        if store is not self._followed and isinstance(store, CommitSource):
            self._followed = store
            self.probe.follow(store)

    def _probed(self, changed: object) -> None:
        if changed:
            self.changed.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        log.debug("store probe failed: %s", exc)  # the store itself reports real trouble

    def close(self) -> None:
        self._debounce.stop()
        self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
        self.runner.submit(self.probe.close)
