"""Leftovers of copy-paste and machine translation: Latin fragments in Arabic text, unbalanced pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("latin-fragment", "unbalanced-quotes", "unbalanced-brackets")

_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*")
_URLISH_BEFORE = "/@.:\\_#=&?%"
_URLISH_AFTER = "/@_=&?%\\"
_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“", "›": "‹"}
_OPENERS = frozenset(_PAIRS.values())
_PAIR_RE = re.compile(r"[()\[\]{}«»“”‹›\"]")


def _is_urlish(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before and before in _URLISH_BEFORE:
        return True
    if after and after in _URLISH_AFTER:
        return True
    return after in ".:" and after2.isascii() and after2.isalnum()


def _latin_fragments(doc: CheckDocument, name: str) -> Iterator[Finding]:
    ft = doc.fields[name]
    text = ft.text
    arabic = doc.arabic_blocks(name)
    house = doc.house
    for block in ft.blocks:
        chunk = text[block.start : block.end]
        if not arabic[block.index]:
            # A short Latin-only line inside an Arabic article ("SHARE:") is a leftover too.
            if not doc.arabic_article or re.search("[\u0600-\u06ff]", chunk) or len(chunk.split()) > 4:
                continue
        flagged: list[tuple[int, int, bool]] = []  # start, end, is_ui_word
        for m in _LATIN_WORD_RE.finditer(chunk):
            start, end = block.start + m.start(), block.start + m.end()
            word = m.group().strip("'’-")
            if not word or _is_urlish(text, start, end) or house.is_known_term(word):
                continue
            if house.is_ui_word(word):
                flagged.append((start, end, True))
            elif word == word.lower():
                flagged.append((start, end, False))
        # Neighbours separated only by spaces make one fragment.
        merged: list[list[int]] = []
        for f_start, f_end, f_ui in flagged:
            if merged and not text[merged[-1][1] : f_start].strip():
                merged[-1][1] = f_end
                merged[-1][2] = merged[-1][2] and int(f_ui)
            else:
                merged.append([f_start, f_end, int(f_ui)])
        for start, end, ui in merged:
            fragment = text[start:end]
            if house.is_known_term(fragment):
                continue
            if ui:
                message = msg(
                    QT_TRANSLATE_NOOP("Checks", "“{text}” looks like an untranslated interface word."),
                    text=fragment,
                )
            else:
                message = msg(
                    QT_TRANSLATE_NOOP("Checks", "Latin “{text}” in Arabic text: a leftover?"), text=fragment
                )
            # Removing it takes a colon right after it and one neighbouring space.
            fix_start, fix_end = start, end
            if fix_end < block.end and text[fix_end] in ":：":
                fix_end += 1
            if fix_start > block.start and text[fix_start - 1] == " ":
                fix_start -= 1
            elif fix_end < block.end and text[fix_end] == " ":
                fix_end += 1
            yield doc.finding(
                "latin-fragment",
                name,
                start,
                end,
                message,
                fix(
                    text,
                    fix_start,
                    fix_end,
                    "",
                    msg(QT_TRANSLATE_NOOP("Checks", "Remove “{text}”"), text=fragment),
                ),
            )


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
        if doc.house.enabled("latin-fragment"):
            yield from _latin_fragments(doc, name)
        if doc.house.enabled("unbalanced-quotes") or doc.house.enabled("unbalanced-brackets"):
            yield from _unbalanced(doc, name)
