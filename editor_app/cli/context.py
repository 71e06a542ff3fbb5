"""What every subcommand gets: the resolved folders, the language and a way to print translated text."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import Any

from editor_app.core.i18n import UserMessage, set_number_format
from editor_app.core.locale_format import DIGITS_KEY, Formatter, parse_digits, read_setting
from editor_app.i18n import CliTranslator, pick_language
from editor_app.paths import AppPaths, resolve_paths


@dataclass
class CliContext:
    args: argparse.Namespace
    paths: AppPaths
    language: str
    translator: CliTranslator

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Exactly `translate(context, text)`, the form lupdate collects; call .format() on the result.

        (``n`` is for UserMessage.render; a count in CLI code goes through :meth:`plural`.)
        """
        return self.translator(context, text, disambiguation, n)

    # Old spelling; lupdate cannot see strings passed this way, so `make test` flags its use.
    tr = translate

    def say(self, msg: UserMessage) -> str:
        return self.translator.message(msg)

    def plural(self, context: str, text: str, count: int, **args: object) -> str:
        """A ``%n`` message (marked ``QT_TRANSLATE_NOOP(context, text, "", 1)``) in the form for ``count``."""
        return self.say(UserMessage(context, text, args, count=count))

    @property
    def fmt(self) -> Formatter:
        """Numbers and dates in the interface language, with the digits chosen in the settings."""
        return self.translator.formatter

    def out(self, text: str = "") -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def json_out(self, payload: Any) -> None:
        print(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True, default=str))


def make_context(args: argparse.Namespace) -> CliContext:
    paths = resolve_paths(getattr(args, "data_dir", None))
    language = pick_language(getattr(args, "lang", None))
    # The digit style the reader chose in the window's settings (Arabic-Indic unless they chose Western).
    digits = parse_digits(read_setting(paths.settings_file, DIGITS_KEY), language)
    translator = CliTranslator(language, digits)
    set_number_format(translator.formatter.number)
    return CliContext(args=args, paths=paths, language=language, translator=translator)
