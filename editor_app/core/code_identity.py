"""What a kept result was worked out with: Qalam's version and the size and time of the code's files.

The caches of results worked out at start (core/check_memory.py, core/clean_memory.py) put it in their keys,
so what an edited rule or cleaner made, in a working copy as after an update, is never taken from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor_app import __version__


def files_identity(paths: Iterable[Path]) -> str:
    """The version, then ``name:size:mtime_ns`` of each file that can be read (in the order given)."""
    parts = [__version__]
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return " ".join(parts)
