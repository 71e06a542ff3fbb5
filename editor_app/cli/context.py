"""What every subcommand gets: the resolved folders, the language and a way to print translated text."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import Any

from editor_app.core.i18n import UserMessage
from editor_app.i18n import CliTranslator, pick_language
from editor_app.paths import AppPaths, resolve_paths


@dataclass
class CliContext:
    args: argparse.Namespace
    paths: AppPaths
    language: str
    translator: CliTranslator

    def translate(self, context: str, text: str) -> str:
        """Exactly `translate(context, text)`, the form lupdate collects; call .format() on the result."""
        return self.translator(context, text)

    # Old spelling; lupdate cannot see strings passed this way, so `make test` flags its use.
    tr = translate

    def say(self, msg: UserMessage) -> str:
        return self.translator.message(msg)

    def out(self, text: str = "") -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def json_out(self, payload: Any) -> None:
        print(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True, default=str))


def make_context(args: argparse.Namespace) -> CliContext:
    paths = resolve_paths(getattr(args, "data_dir", None))
    language = pick_language(getattr(args, "lang", None))
    return CliContext(args=args, paths=paths, language=language, translator=CliTranslator(language))
