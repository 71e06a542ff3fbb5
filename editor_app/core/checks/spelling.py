"""Spelling mistakes left in the text, from an injected spell-check callable (core/spelling.py in the app)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from editor_app.core.checks.context import from_spell_checker as from_spell_checker  # (its old home)
from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("spelling",)


def _spans(result: Any) -> tuple[int, int, list[str]]:
    if isinstance(result, tuple | list):
        start, end = int(result[0]), int(result[1])
        suggestions = list(result[2]) if len(result) > 2 and result[2] else []
        return start, end, [str(s) for s in suggestions]
    return int(result.start), int(result.end), [str(s) for s in getattr(result, "suggestions", None) or []]


def check(doc: CheckDocument) -> Iterator[Finding]:
    spell = doc.context.spell
    if spell is None:
        return
    for name in TEXT_FIELDS:
        text = doc.fields[name].text
        if not text:
            continue
        for result in spell(text):
            start, end, suggestions = _spans(result)
            if not (0 <= start < end <= len(text)):
                continue
            word = text[start:end]
            the_fix = None
            if suggestions:
                the_fix = fix(
                    text,
                    start,
                    end,
                    suggestions[0],
                    msg(QT_TRANSLATE_NOOP("Checks", "Replace with “{word}”"), word=suggestions[0]),
                )
            yield doc.finding(
                "spelling",
                name,
                start,
                end,
                msg(QT_TRANSLATE_NOOP("Checks", "“{word}” may be misspelled."), word=word),
                the_fix,
            )
