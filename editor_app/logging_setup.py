"""Logging to a rotating file in the log folder (and to stderr when asked)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # A log line that cannot be written (a full disk) must not print a traceback at the user.
    logging.raiseExceptions = False
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_qalam", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._qalam = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        stream._qalam = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_file.chmod(0o600)
    except OSError:
        pass
