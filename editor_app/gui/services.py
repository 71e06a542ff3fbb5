"""Opening the non-Qt services (draft store, publisher) and attaching them to the GUI context.

Widgets never call these directly: they submit work to the task runner.
"""

from __future__ import annotations

import logging

from editor_app.gui.context import AppContext

log = logging.getLogger(__name__)


def attach(ctx: AppContext) -> None:
    """Open what exists; each feature adds its service here."""
    return None
