"""What every subcommand gets: the resolved folders, the language and a way to print translated text.

Nothing here imports Qt, SQLAlchemy or the publishing layer: `qalam --version` and the read-only
commands start in a few tens of milliseconds.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import Any

from editor_app.cli.translator import CliTranslator
from editor_app.core.i18n import UserMessage, set_number_format
from editor_app.core.locale_format import Formatter
from editor_app.language import pick_language
from editor_app.paths import AppPaths, resolve_paths
from editor_app.settings_file import DIGITS_KEY, LANGUAGE_KEY, SettingsError, SettingsFile


@dataclass
class CliContext:
    """What every command gets: its arguments, folders, language and translator."""

    args: argparse.Namespace
    paths: AppPaths
    language: str
    translator: CliTranslator
    settings: SettingsFile | None = None
    # The settings file could not be read: the command stops with this message (see cli/main.py).
    settings_error: SettingsError | None = field(default=None, repr=False)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Exactly `translate(context, text)`, the form lupdate collects; call .format() on the result.

        (``n`` is for UserMessage.render; a count in CLI code goes through :meth:`plural`.)
        """
        return self.translator(context, text, disambiguation, n)

    def say(self, msg: UserMessage) -> str:
        return self.translator.message(msg)

    def state_label(self, state: str) -> str:
        """A workflow state's name in the reader's language (the raw value when it is not one)."""
        from editor_app.core.article import WorkflowState
        from editor_app.core.workflow import STATE_LABELS

        try:
            return self.translate("Workflow", STATE_LABELS[WorkflowState(state)])
        except (ValueError, KeyError):
            return state

    def plural(self, context: str, text: str, count: int, **args: object) -> str:
        """A ``%n`` message (marked ``QT_TRANSLATE_NOOP(context, text, "", 1)``) in the form for ``count``."""
        return self.say(UserMessage(context, text, args, count=count))

    @property
    def fmt(self) -> Formatter:
        """Numbers and dates in the interface language, with the digits chosen in the settings."""
        return self.translator.formatter

    @property
    def json(self) -> bool:
        """``--json`` was given (before or after the subcommand)."""
        return bool(getattr(self.args, "json", False))

    def out(self, text: str = "") -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def fail(self, text: str) -> None:
        """One line on stderr, prefixed like every error of the command line."""
        print(f"qalam: {text}", file=sys.stderr)

    def json_out(self, payload: Any) -> None:
        import json

        print(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True, default=str))


def make_context(args: argparse.Namespace) -> CliContext:
    """Folders, language (``--lang``, else the saved one, else the system's) and translator. Never raises:
    an unreadable settings file is kept in ``settings_error`` for the caller to report."""
    paths = resolve_paths(getattr(args, "data_dir", None))
    settings = SettingsFile(paths.settings_file)
    requested = getattr(args, "lang", None)
    saved: dict[str, str] = {}
    error: SettingsError | None = None
    try:
        saved = settings.read()
    except SettingsError as exc:
        error = exc
    language = pick_language(requested, saved.get(LANGUAGE_KEY))
    translator = CliTranslator(language, saved.get(DIGITS_KEY))
    set_number_format(translator.formatter.number)  # numbers inside messages, in the reader's digits
    return CliContext(args=args, paths=paths, language=language, translator=translator, settings=settings,
                      settings_error=error)
