"""Word-level differences between two versions of a text, readable right to left.

Texts are compared paragraph by paragraph first (cheap even for 20,000-word articles),
then word by word inside changed paragraphs. A word is a run of letters, digits, Arabic
vowel marks, tatweel and zero-width joiners, so a vocalised Arabic word is one token;
spaces and each punctuation mark are tokens of their own.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKEN = re.compile(
    r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]+|\s+|[^\w\s]",
)


class OpKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class DiffOp:
    kind: OpKind
    text: str


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and punctuation marks; ``"".join(tokenize(t)) == t``."""
    return _TOKEN.findall(text)


def _append(ops: list[DiffOp], kind: OpKind, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].kind == kind:
        ops[-1] = DiffOp(kind, ops[-1].text + text)
    else:
        ops.append(DiffOp(kind, text))


def _word_diff(ops: list[DiffOp], a: str, b: str) -> None:
    ta, tb = tokenize(a), tokenize(b)
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, OpKind.EQUAL, "".join(ta[i1:i2]))
        else:
            _append(ops, OpKind.DELETE, "".join(ta[i1:i2]))
            _append(ops, OpKind.INSERT, "".join(tb[j1:j2]))


def diff_words(old: str, new: str) -> list[DiffOp]:
    """Operations that turn ``old`` into ``new``: equal / delete / insert runs, in reading order.

    Joining the equal and delete texts gives ``old``; joining equal and insert gives ``new``.
    """
    ops: list[DiffOp] = []
    pa, pb = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, pa, pb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, OpKind.EQUAL, "".join(pa[i1:i2]))
        elif tag == "replace":
            _word_diff(ops, "".join(pa[i1:i2]), "".join(pb[j1:j2]))
        else:
            _append(ops, OpKind.DELETE, "".join(pa[i1:i2]))
            _append(ops, OpKind.INSERT, "".join(pb[j1:j2]))
    return ops


def old_text(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != OpKind.INSERT)


def new_text(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != OpKind.DELETE)


def has_changes(ops: list[DiffOp]) -> bool:
    return any(op.kind != OpKind.EQUAL for op in ops)


DEL_STYLE = "background-color:#fbd5d5;color:#8a1c1c;text-decoration:line-through"
INS_STYLE = "background-color:#d4f4dd;color:#14532d;text-decoration:underline"


def render_html(ops: list[DiffOp], direction: str = "rtl") -> str:
    """An HTML fragment: one ``<p dir="auto">`` per line inside ``<div dir="rtl">``; deletions in ``<del>``,
    insertions in ``<ins>``, with inline styles (Qt's rich text ignores stylesheets on these tags).

    Runs keep their logical order, so a right-to-left reader meets each deletion before its
    replacement; ``dir="auto"`` paragraphs keep an English paragraph left to right.
    """
    paragraphs: list[list[str]] = [[]]
    for op in ops:
        lines = op.text.split("\n")
        for index, line in enumerate(lines):
            if index:
                paragraphs.append([])
            if not line:
                continue
            escaped = html.escape(line, quote=False)
            if op.kind == OpKind.DELETE:
                paragraphs[-1].append(f'<del style="{DEL_STYLE}">{escaped}</del>')
            elif op.kind == OpKind.INSERT:
                paragraphs[-1].append(f'<ins style="{INS_STYLE}">{escaped}</ins>')
            else:
                paragraphs[-1].append(escaped)
    body = "".join(f'<p dir="auto">{"".join(parts)}</p>' for parts in paragraphs if parts)
    return f'<div dir="{html.escape(direction)}" class="qalam-diff">{body}</div>'


def render_text(ops: list[DiffOp]) -> str:
    """wdiff-style plain text for terminals: ``[-deleted-]{+inserted+}``."""
    out: list[str] = []
    for op in ops:
        if op.kind == OpKind.DELETE:
            out.append(f"[-{op.text}-]")
        elif op.kind == OpKind.INSERT:
            out.append(f"{{+{op.text}+}}")
        else:
            out.append(op.text)
    return "".join(out)
