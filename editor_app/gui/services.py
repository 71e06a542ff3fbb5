"""Opening the non-Qt services (draft store, publisher) and attaching them to the GUI context.

The store opens on the task runner after the window is painted: importing SQLAlchemy
and checking a large database take hundreds of milliseconds that the first paint
should not wait for. Widgets never call the services directly; they use the runner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from editor_app.paths import AppPaths

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)


def open_store(paths: AppPaths, *, scan_journal: bool = True) -> DraftStore:
    """Runs on the task runner. Raises QalamError with a user message when nothing can be opened.
    ``scan_journal``: see ``DraftStore.open`` (gui/store_gate.py says when the window passes False)."""
    from editor_app.storage.store import DraftStore

    return DraftStore.open(paths, scan_journal=scan_journal)
