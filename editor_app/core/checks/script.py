"""Leftovers of copy-paste and machine translation: unbalanced quotation marks and brackets
(Latin words in Arabic text: checks/latin.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("unbalanced-quotes", "unbalanced-brackets")

_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“", "›": "‹"}
_OPENERS = frozenset(_PAIRS.values())
_PAIR_RE = re.compile(r"[()\[\]{}«»“”‹›\"]")


def _unbalanced(doc: CheckDocument, name: str) -> Iterator[Finding]:
    ft = doc.fields[name]
    text = ft.text
    check_quotes = doc.house.enabled("unbalanced-quotes")
    check_brackets = doc.house.enabled("unbalanced-brackets")
    for block in ft.blocks:
        chunk = text[block.start : block.end]
        if not _PAIR_RE.search(chunk):
            continue
        stack: list[tuple[str, int]] = []
        straight: list[int] = []
        bad: list[tuple[int, str]] = []
        for m in _PAIR_RE.finditer(chunk):
            ch, pos = m.group(), block.start + m.start()
            if ch == '"':
                straight.append(pos)
            elif ch in _OPENERS:
                stack.append((ch, pos))
            else:
                opener = _PAIRS[ch]
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == opener:
                        bad.extend((p, c) for c, p in stack[depth + 1 :])
                        del stack[depth:]
                        break
                else:
                    bad.append((pos, ch))
        bad.extend((p, c) for c, p in stack)
        if len(straight) % 2:
            bad.append((straight[-1], '"'))
        for pos, ch in sorted(bad):
            is_quote = ch in '«»“”‹›"'
            rule = "unbalanced-quotes" if is_quote else "unbalanced-brackets"
            if (is_quote and not check_quotes) or (not is_quote and not check_brackets):
                continue
            if is_quote:
                message = msg(
                    QT_TRANSLATE_NOOP("Checks", "The quotation mark “{mark}” has no partner."), mark=ch
                )
            else:
                message = msg(QT_TRANSLATE_NOOP("Checks", "The bracket “{mark}” has no partner."), mark=ch)
            yield doc.finding(rule, name, pos, pos + 1, message)


def check(doc: CheckDocument) -> Iterator[Finding]:
    for name in TEXT_FIELDS:
        if not doc.fields[name].text:
            continue
        if doc.house.enabled("unbalanced-quotes") or doc.house.enabled("unbalanced-brackets"):
            yield from _unbalanced(doc, name)
