"""Logging to a rotating file in the log folder (and to stderr when asked).

The file is checked (created, made private) at start-up, so an unwritable log folder is reported at
once, but the rotating handler (``logging.handlers`` pulls in pickle, socket and queue) is made only
when the first record is written: most commands log nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5


class LazyRotatingFileHandler(logging.Handler):
    """A ``RotatingFileHandler`` opened on the first record."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._real: logging.Handler | None = None

    def _handler(self) -> logging.Handler:
        if self._real is None:
            import logging.handlers

            real = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES,
                                                        backupCount=BACKUP_COUNT, encoding="utf-8")
            real.setFormatter(self.formatter)
            self._real = real
        return self._real

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._handler().emit(record)
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()


def _mark(handler: Any) -> Any:
    handler._qalam = True
    return handler


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Raises OSError when the log file cannot be created or written."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # A log line that cannot be written (a full disk) must not print a traceback at the user.
    logging.raiseExceptions = False
    with open(log_file, "a", encoding="utf-8"):
        pass
    try:
        log_file.chmod(0o600)
    except OSError:
        pass
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_qalam", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = _mark(LazyRotatingFileHandler(log_file))
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
    if verbose:
        stream = _mark(logging.StreamHandler())
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
