"""Spelling mistakes left in the text, from an injected spell-check callable (core/spelling.py in the app)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, SpellCheck, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("spelling",)


def _spans(result: Any) -> tuple[int, int, list[str]]:
    if isinstance(result, tuple | list):
        start, end = int(result[0]), int(result[1])
        suggestions = list(result[2]) if len(result) > 2 and result[2] else []
        return start, end, [str(s) for s in suggestions]
    return int(result.start), int(result.end), [str(s) for s in getattr(result, "suggestions", None) or []]


def from_spell_checker(checker: Any, *, suggest: bool = False) -> SpellCheck:
    """Adapt core.spelling.SpellChecker (``check_words``/``cached``, or ``misspelled(text) -> tokens``).

    The fast path checks each distinct word once (the checker caches answers) and only looks for
    positions when some word is wrong, so a cached 20,000-word body costs a few milliseconds.
    """
    if hasattr(checker, "check_words") and hasattr(checker, "cached"):
        from editor_app.core.arabic_text import WORD_RE

        def fast(text: str) -> list[tuple[int, int, list[str]]]:
            # A paragraph at a time: one findall over a 20,000-word body holds the GIL for 10-15 ms, and the
            # check runs on a worker while the window lays the text out.
            words: set[str] = set()
            for paragraph in text.split("\n"):
                words.update(WORD_RE.findall(paragraph))
            checker.check_words(words)
            wrong = {w for w in words if checker.cached(w) is False}
            if not wrong:
                return []
            return [
                (m.start(), m.end(), list(checker.suggest(m.group(), 3)) if suggest else [])
                for m in WORD_RE.finditer(text)
                if m.group() in wrong
            ]

        return fast

    def spell(text: str) -> list[tuple[int, int, list[str]]]:
        out = []
        for token in checker.misspelled(text):
            out.append((token.start, token.end, list(checker.suggest(token.text, 3)) if suggest else []))
        return out

    return spell


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
