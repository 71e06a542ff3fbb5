"""Arabic typography: Latin , ; ? in Arabic sentences, spaces before punctuation, double spaces,
tatweel used to stretch words, bidi embedding/override/isolate controls and zero-width characters.

LRM, RLM and ALM (U+200E, U+200F, U+061C) are plain direction marks a writer may use on purpose:
they are never reported."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.arabic_text import BIDI_CONTROLS, EMBEDDINGS, ISOLATES
from editor_app.core.checks.document import ARABIC_LETTERS, ARABIC_MARKS, TEXT_FIELDS, CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = (
    "latin-punctuation",
    "space-before-punctuation",
    "double-space",
    "tatweel",
    "invisible-characters",
    "bidi-controls",
)

ARABIC_PUNCTUATION = {",": "،", ";": "؛", "?": "؟"}
_LATIN_PUNCT_RE = re.compile(r"[,;?]")
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}{ARABIC_MARKS}]")
_SKIP_BACK = " \u00a0\"'”“»«)]\u200c\u200f"
_LATIN_OR_DIGIT_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")

# Look-behinds are slow over long texts: match the spaces, then look at the character before.
_SPACE_BEFORE_RE = re.compile(r"[ \u00a0]+(?=[،؛؟,;:!?.])")
_DOUBLE_SPACE_RE = re.compile(r" {2,}(?=[^\s\u2028])")
_LINE_EDGE = " \t\n\r\u00a0\u2028"
_TATWEEL_WORD_RE = re.compile(
    f"[{ARABIC_LETTERS}{ARABIC_MARKS}\u0640]*\u0640[{ARABIC_LETTERS}{ARABIC_MARKS}\u0640]*"
)
_LETTER_ONLY_RE = re.compile(f"[{ARABIC_LETTERS}]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_ZERO_WIDTH}]+")
_BIDI_CONTROL_RE = re.compile(f"[{BIDI_CONTROLS}]+")
_WORDISH_RE = re.compile(r"[^\W\d_]")


def _latin_punctuation(doc: CheckDocument, name: str) -> Iterator[Finding]:
    text = doc.fields[name].text
    for m in _LATIN_PUNCT_RE.finditer(text):
        i = m.start()
        if not doc.is_arabic_at(name, i):
            continue
        j = i - 1
        while j >= 0 and text[j] in _SKIP_BACK:
            j -= 1
        if j < 0 or not _ARABIC_LETTER_RE.match(text[j]):
            continue
        k = i + 1
        while k < len(text) and text[k] in " \u00a0":
            k += 1
        if k < len(text) and _LATIN_OR_DIGIT_RE.match(text[k]):
            continue
        char = m.group()
        arabic = ARABIC_PUNCTUATION[char]
        yield doc.finding(
            "latin-punctuation",
            name,
            i,
            i + 1,
            msg(
                QT_TRANSLATE_NOOP("Checks", "Use the Arabic “{arabic}” instead of “{latin}” in Arabic text."),
                arabic=arabic,
                latin=char,
            ),
            fix(
                text,
                i,
                i + 1,
                arabic,
                msg(QT_TRANSLATE_NOOP("Checks", "Replace with “{arabic}”"), arabic=arabic),
            ),
        )


def _space_before(doc: CheckDocument, name: str) -> Iterator[Finding]:
    text = doc.fields[name].text
    for m in _SPACE_BEFORE_RE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _LINE_EDGE:
            continue
        after = m.end()
        punct = text[after]
        nxt = text[after + 1] if after + 1 < len(text) else ""
        if punct in ".,:" and nxt and (nxt.isalnum() or nxt == punct):
            continue  # .5, .com, 10 :30, an ellipsis
        yield doc.finding(
            "space-before-punctuation",
            name,
            m.start(),
            after,
            msg(QT_TRANSLATE_NOOP("Checks", "No space before “{mark}”."), mark=punct),
            fix(text, m.start(), after, "", msg(QT_TRANSLATE_NOOP("Checks", "Remove the space"))),
        )


def _double_space(doc: CheckDocument, name: str) -> Iterator[Finding]:
    text = doc.fields[name].text
    for m in _DOUBLE_SPACE_RE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _LINE_EDGE:
            continue
        yield doc.finding(
            "double-space",
            name,
            m.start(),
            m.end(),
            msg(QT_TRANSLATE_NOOP("Checks", "%n space(s) in a row.", "", 1), count=m.end() - m.start()),
            fix(text, m.start(), m.end(), " ", msg(QT_TRANSLATE_NOOP("Checks", "Use one space"))),
        )


def _tatweel(doc: CheckDocument, name: str) -> Iterator[Finding]:
    text = doc.fields[name].text
    if "\u0640" not in text:
        return
    for m in _TATWEEL_WORD_RE.finditer(text):
        word = m.group()
        plain = word.replace("\u0640", "")
        if _LETTER_ONLY_RE.subn("", plain)[1] <= 1:
            continue  # هـ (the Hijri year) and other one-letter abbreviations
        yield doc.finding(
            "tatweel",
            name,
            m.start(),
            m.end(),
            msg(QT_TRANSLATE_NOOP("Checks", "“{word}” is stretched with tatweel."), word=word),
            fix(
                text,
                m.start(),
                m.end(),
                plain,
                msg(QT_TRANSLATE_NOOP("Checks", "Write “{word}”"), word=plain),
            ),
        )


def _invisible(doc: CheckDocument, name: str) -> Iterator[Finding]:
    text = doc.fields[name].text
    for m in _INVISIBLE_RE.finditer(text):
        run = m.group()
        if set(run) <= set("\u200d\u200c"):
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if not (_WORDISH_RE.match(before) or _WORDISH_RE.match(after)):
                continue  # joiners inside emoji sequences
        names = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(run))
        yield doc.finding(
            "invisible-characters",
            name,
            m.start(),
            m.end(),
            msg(QT_TRANSLATE_NOOP("Checks", "Invisible zero-width character ({names})."), names=names),
            fix(text, m.start(), m.end(), "", msg(QT_TRANSLATE_NOOP("Checks", "Remove it"))),
        )


def _bidi_controls(doc: CheckDocument, name: str) -> Iterator[Finding]:
    """Embedding, override and isolate controls reorder the text around them without showing."""
    text = doc.fields[name].text
    for m in _BIDI_CONTROL_RE.finditer(text):
        names = ", ".join(f"U+{ord(c):04X} {EMBEDDINGS.get(c) or ISOLATES.get(c)}"
                          for c in dict.fromkeys(m.group()))
        yield doc.finding(
            "bidi-controls",
            name,
            m.start(),
            m.end(),
            msg(QT_TRANSLATE_NOOP("Checks", "Hidden direction control ({names}): it can reorder the words around it."), names=names),  # noqa: E501
            fix(text, m.start(), m.end(), "",
                msg(QT_TRANSLATE_NOOP("Checks", "Remove the direction control"))),
        )


CHECKS = {
    "latin-punctuation": _latin_punctuation,
    "space-before-punctuation": _space_before,
    "double-space": _double_space,
    "tatweel": _tatweel,
    "invisible-characters": _invisible,
    "bidi-controls": _bidi_controls,
}


def check(doc: CheckDocument) -> Iterator[Finding]:
    for rule, func in CHECKS.items():
        if not doc.house.enabled(rule):
            continue
        for name in TEXT_FIELDS:
            if doc.fields[name].text:
                yield from func(doc, name)
