"""Digits in the house style: Western (0-9) or Arabic-Indic (٠-٩), or at least one kind per article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("mixed-digits",)

_RUN_RE = re.compile(r"[0-9]+|[\u0660-\u0669\u06f0-\u06f9]+")
TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TO_ARABIC_INDIC = str.maketrans("0123456789۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩")
_LATINISH = re.compile(r"[A-Za-z/@._\-:#%+=&?]")


def _in_latin_token(text: str, start: int, end: int) -> bool:
    """Western digits inside a URL, code or Latin word (COVID-19, mp4, 10:30 PM) stay Western."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(
        (before and _LATINISH.match(before) and before not in ".:")
        or (after and after.isascii() and after.isalpha())
        or (before and before.isascii() and before.isalpha())
    )


def check(doc: CheckDocument) -> Iterator[Finding]:
    runs: list[tuple[str, int, int, bool]] = []  # field, start, end, western
    for name in TEXT_FIELDS:
        text = doc.fields[name].text
        for m in _RUN_RE.finditer(text):
            runs.append((name, m.start(), m.end(), m.group()[0].isascii()))
    if not runs:
        return
    style = doc.house.digit_style
    if style == "consistent":
        western = sum(1 for r in runs if r[3])
        eastern = len(runs) - western
        if not western or not eastern:
            return
        style = "western" if western >= eastern else "arabic-indic"
    for name, start, end, is_western in runs:
        text = doc.fields[name].text
        if style == "western" and not is_western:
            target = text[start:end].translate(TO_WESTERN)
        elif style == "arabic-indic" and is_western and not _in_latin_token(text, start, end):
            target = text[start:end].translate(TO_ARABIC_INDIC)
        else:
            continue
        if style == "western":
            text_msg = QT_TRANSLATE_NOOP("Checks", "“{digits}”: the house style is Western digits (0-9).")
        else:
            text_msg = QT_TRANSLATE_NOOP(
                "Checks", "“{digits}”: the house style is Arabic-Indic digits (٠-٩)."
            )
        yield doc.finding(
            "mixed-digits",
            name,
            start,
            end,
            msg(text_msg, digits=text[start:end]),
            fix(
                text, start, end, target, msg(QT_TRANSLATE_NOOP("Checks", "Write “{digits}”"), digits=target)
            ),
        )
