"""Opening the non-Qt services (draft store, publisher) and attaching them to the GUI context.

Widgets never call these directly: they submit work to the task runner.
"""

from __future__ import annotations

import logging

from editor_app.errors import QalamError
from editor_app.gui.context import AppContext

log = logging.getLogger(__name__)


def attach(ctx: AppContext) -> None:
    """Open the draft store; a store that cannot open leaves a message instead of a crash."""
    from editor_app.storage.store import DraftStore

    try:
        ctx.services["store"] = DraftStore.open(ctx.paths)
    except QalamError as exc:
        log.error("draft store unavailable: %s", exc)
        ctx.services["store_error"] = exc.user_message
