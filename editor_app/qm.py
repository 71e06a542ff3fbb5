"""Reading Qt's compiled translation catalogues (``.qm``) without Qt.

The command line translates its messages from the same ``translations/qalam_<lang>.qm`` files the
GUI loads with ``QTranslator``, but without importing QtCore (about 57 ms and 30 MB before the first
line is printed). The format is the one ``qtbase/src/corelib/kernel/qtranslator.cpp`` reads:

* a 16-byte magic number, then blocks of ``tag (1 byte) | length (4 bytes, big-endian) | data``;
* the *hashes* block (0x42): sorted pairs ``elfHash(source text + disambiguation) | offset``;
* the *messages* block (0x69): per message a run of tagged fields (translation: UTF-16BE, one per
  plural form; source text, context, comment: UTF-8), ended by tag 1;
* the *numerus rules* block (0x88): the byte code lrelease wrote for the language's plural rules
  (for Arabic: zero, one, two, few 3–10, many 11–99, other; for English: one, other).

Lookups follow QTranslator exactly: hash, binary search, compare context/source/comment, pick the
plural form chosen by the rules. Only the hash table is decoded at load; messages are read on demand.
"""

from __future__ import annotations

import bisect
import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 5, 6, 7, 8

# Numerus rule byte code (qtranslator_p.h).
Q_EQ, Q_LT, Q_LEQ, Q_BETWEEN = 0x01, 0x02, 0x03, 0x04
Q_NOT, Q_MOD_10, Q_MOD_100, Q_LEAD_1000 = 0x08, 0x10, 0x20, 0x40
Q_AND, Q_OR, Q_NEWRULE = 0xFD, 0xFE, 0xFF
Q_OP_MASK = 0x07


class QmFormatError(ValueError):
    """The file is not a .qm catalogue (or is damaged)."""


def elf_hash(data: bytes, h: int = 0) -> int:
    """The ELF hash Qt keys messages by (``elfHash_continue``, without the final fix-up)."""
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


def message_hash(source: bytes, comment: bytes) -> int:
    h = elf_hash(comment, elf_hash(source))
    return h or 1


def numerus_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under lrelease's rule byte code (QTranslator's numerusHelper)."""
    if not rules:
        return 0
    result = 0
    i = 0
    size = len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & Q_MOD_10:
                    left %= 10
                elif opcode & Q_MOD_100:
                    left %= 100
                elif opcode & Q_LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & Q_OP_MASK
                right = rules[i]
                i += 1
                if op == Q_EQ:
                    truth = left == right
                elif op == Q_LT:
                    truth = left < right
                elif op == Q_LEQ:
                    truth = left <= right
                else:  # Q_BETWEEN
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                if opcode & Q_NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != Q_AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != Q_OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # Q_NEWRULE


class QmCatalog:
    """One loaded ``.qm`` file; :meth:`translate` returns None when it has no translation."""

    def __init__(self, data: bytes) -> None:
        if len(data) < len(MAGIC) or not data.startswith(MAGIC):
            raise QmFormatError("not a Qt translation file")
        self._data = data
        self._messages = (0, 0)
        self.rules = b""
        self.language = ""
        hashes = b""
        pos = len(MAGIC)
        end = len(data)
        while pos < end - 5:
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            pos += 5
            if not tag or not length:
                break
            if end - pos < length:
                raise QmFormatError("truncated block")
            if tag == _HASHES:
                hashes = data[pos:pos + length]
            elif tag == _MESSAGES:
                self._messages = (pos, pos + length)
            elif tag == _NUMERUS_RULES:
                self.rules = data[pos:pos + length]
            elif tag == _LANGUAGE:
                self.language = data[pos:pos + length].decode("utf-8", "replace")
            pos += length
        pairs = list(struct.iter_unpack(">II", hashes[: len(hashes) // 8 * 8]))
        self._keys = [h for h, _ in pairs]
        self._offsets = [o for _, o in pairs]

    @classmethod
    def load(cls, path: str | Path) -> QmCatalog:
        return cls(Path(path).read_bytes())

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str | None:
        ctx_b, src_b, com_b = context.encode(), source.encode(), (disambiguation or "").encode()
        form = numerus_form(n, self.rules) if n >= 0 else 0
        while True:
            h = message_hash(src_b, com_b)
            at = bisect.bisect_left(self._keys, h)
            while at < len(self._keys) and self._keys[at] == h:
                found = self._message(self._messages[0] + self._offsets[at], ctx_b, src_b, com_b, form)
                if found is not None:
                    return found
                at += 1
            if not com_b:
                return None
            com_b = b""  # QTranslator retries without the disambiguation

    def _message(self, pos: int, context: bytes, source: bytes, comment: bytes, form: int) -> str | None:
        data = self._data
        end = self._messages[1]
        chosen: tuple[int, int] | None = None
        forms_seen = 0
        while True:
            tag = data[pos] if pos < end else 0
            pos += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                pos += 4
                continue
            if tag not in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
                return None
            (length,) = struct.unpack_from(">I", data, pos)
            pos += 4
            if tag == _TAG_TRANSLATION:
                if length == 0xFFFFFFFF:  # a null translation
                    length = 0
                if forms_seen == form:
                    chosen = (pos, length)
                forms_seen += 1
            else:
                value = data[pos:pos + length].rstrip(b"\0")
                wanted = {_TAG_SOURCE: source, _TAG_CONTEXT: context, _TAG_COMMENT: comment}[tag]
                if (tag != _TAG_COMMENT or value) and value != wanted:
                    return None
            pos += length
        if chosen is None:
            return None
        start, length = chosen
        return data[start:start + length].decode("utf-16-be", "replace")


def cldr_plural_form(language: str, n: int) -> int:
    """The index of the CLDR plural category of ``n`` in the order Qt lists the forms.

    Arabic: 0 zero, 1 one, 2 two, 3 few (n % 100 in 3..10), 4 many (n % 100 in 11..99), 5 other.
    English: 0 one, 1 other. Used by the tests to check the catalogue's rules.
    """
    if language == "ar":
        if n == 0:
            return 0
        if n == 1:
            return 1
        if n == 2:
            return 2
        if 3 <= n % 100 <= 10:
            return 3
        if 11 <= n % 100 <= 99:
            return 4
        return 5
    return 0 if n == 1 else 1
