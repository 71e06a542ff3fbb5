"""Logging to a file in the log folder, rotated at start when it grew large (and to stderr when asked).

The file is checked (created, made private) at start-up, so an unwritable log folder is reported at
once; it is opened for writing when the first record comes: most commands log nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5


def _rotate_if_large(log_file: Path) -> None:
    """Start a new log file when the last one grew past MAX_BYTES (keeping BACKUP_COUNT old ones).

    Rotation happens here, at start, rather than in a RotatingFileHandler: its module pulls in pickle,
    socket and queue (~3 ms before the window shows), and a day's log stays far below the limit.
    """
    try:
        if log_file.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    import logging.handlers

    logging.handlers.RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                         encoding="utf-8", delay=True).doRollover()


def _mark(handler: Any) -> Any:
    handler._qalam = True
    return handler


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Raises OSError when the log file cannot be created or written."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # A log line that cannot be written (a full disk) must not print a traceback at the user.
    logging.raiseExceptions = False
    _rotate_if_large(log_file)
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
    file_handler = _mark(logging.FileHandler(log_file, encoding="utf-8", delay=True))  # opened when used
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
    if verbose:
        stream = _mark(logging.StreamHandler())
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
