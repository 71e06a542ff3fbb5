"""The error type every layer raises for a failure the user must be told about."""

from __future__ import annotations

from editor_app.core.i18n import UserMessage


class QalamError(Exception):
    """A failure with a message meant for the user (translated where it is shown)."""

    def __init__(self, message: UserMessage | str, *, exit_code: int = 1) -> None:
        self.user_message = message if isinstance(message, UserMessage) else UserMessage("Errors", message)
        self.exit_code = exit_code
        super().__init__(self.user_message.render())
