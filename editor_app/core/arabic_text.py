"""Arabic-aware text helpers: words, counts, direction, invisible junk and tolerant search.

Plain Python, no Qt. Facts this module relies on (see the team's RTL findings note):

* Python's ``\\w`` does not match Arabic combining marks (category Mn), so a naive
  tokenizer splits ``حديثاً`` into ``حديث`` + ``ا``. The word pattern here treats the
  harakat, shadda, superscript alef and Quranic marks as part of the word.
* A paragraph's direction is the direction of its first strong character (UAX #9 P2/P3).
* Embedding/override controls (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI)
  arrive with pasted and imported text from web pages and word processors; they can reorder
  a sentence invisibly, and a paragraph's direction is Qalam's job, so they are removed and
  the caller is told what was removed. LRM, RLM and ALM (plain marks, no embedding) stay.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from editor_app.core import plain_text
from editor_app.core.lazy_re import lazy_compile

# Arabic combining marks: Quranic signs, harakat and tanween, superscript alef, small high marks.
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TATWEEL = "\u0640"
_MARKS_RE = lazy_compile(f"[{ARABIC_MARKS}]")
_MARKS_TATWEEL_RE = lazy_compile(f"[{ARABIC_MARKS}{TATWEEL}]")

# A word: letters (any script) and Arabic marks; Latin words may carry an inner apostrophe (don't, O'Brien).
WORD_PATTERN = f"(?:[^\\W\\d_]|[{ARABIC_MARKS}])+(?:['\u2019](?:[^\\W\\d_])+)*"
WORD_RE = lazy_compile(WORD_PATTERN)
# Slugs keep numbers too: 2022, 10:30, 3.5, ٢٠٢٢.
_NUMBER_PATTERN = r"\d+(?:[.,:\u066b\u066c]\d+)*"
COUNT_RE = lazy_compile(f"{WORD_PATTERN}|{_NUMBER_PATTERN}")

_ARABIC_LETTER_RE = lazy_compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER_RE = lazy_compile("[A-Za-z\u00c0-\u024f]")

READING_WORDS_PER_MINUTE = 180
"""Arabic news copy is read more slowly than English; 180 words a minute is a fair middle."""


@dataclass(frozen=True)
class Token:
    """A word and where it sits in the text it came from (``end`` is exclusive)."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words with their spans; a vowelled or tatweel-stretched word stays one token."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """The fast path for highlighters: ``(start, end, word)`` without building Token objects."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), m.group()


def script_of(word: str) -> str | None:
    """``"ar"`` when the word has Arabic letters, ``"latin"`` for Latin letters, else None."""
    if _ARABIC_LETTER_RE.search(word):
        return "ar"
    if _LATIN_LETTER_RE.search(word):
        return "latin"
    return None


def strip_marks(text: str, *, tatweel: bool = True) -> str:
    """Remove harakat (and tatweel by default): ``كَتَبَ`` → ``كتب``, ``وصــل`` → ``وصل``."""
    return (_MARKS_TATWEEL_RE if tatweel else _MARKS_RE).sub("", text)


def word_count(text: str) -> int:
    """Words and numbers, by Qalam's one definition (:func:`editor_app.core.plain_text.word_count`)."""
    return plain_text.word_count(text)


def char_count(text: str) -> int:
    """Visible characters, spaces included: marks, format controls and line breaks are not counted."""
    total = 0
    for ch in text:
        if ch in "\n\r\u2028\u2029":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cf", "Cc"):
            continue
        total += 1
    return total


def reading_minutes(words: int, words_per_minute: int = READING_WORDS_PER_MINUTE) -> int:
    """Whole minutes, rounded up; 0 only for an empty text."""
    if words <= 0:
        return 0
    return max(1, math.ceil(words / words_per_minute))


@dataclass(frozen=True)
class TextStats:
    """Words, characters and reading minutes of a text (the status bar's figures)."""

    words: int
    chars: int
    minutes: int


def text_stats(text: str) -> TextStats:
    words = word_count(text)
    return TextStats(words, char_count(text), reading_minutes(words))


# --- direction -------------------------------------------------------------------------------

RTL = "rtl"
LTR = "ltr"

_ISOLATE_OPENERS = "\u2066\u2067\u2068"
_PDI = "\u2069"


def first_strong_direction(text: str) -> str | None:
    """``"rtl"``/``"ltr"`` from the first strong character, skipping isolated runs; None if there is none."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
            continue
        if ch == _PDI:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            return LTR
        if bidi in ("R", "AL"):
            return RTL
    return None


def paragraph_direction(text: str, default: str = RTL) -> str:
    return first_strong_direction(text) or default


# --- invisible junk --------------------------------------------------------------------------

EMBEDDINGS = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
}
ISOLATES = {"\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI"}
ZERO_WIDTH = {
    "\u200b": "ZWSP",
    "\ufeff": "BOM",
    "\u2060": "WJ",
    "\u2061": "FUNCTION APPLICATION",
    "\u2062": "INVISIBLE TIMES",
    "\u2063": "INVISIBLE SEPARATOR",
    "\u2064": "INVISIBLE PLUS",
    "\u180e": "MVS",
}
JOINERS = {"\u200c": "ZWNJ", "\u200d": "ZWJ"}
_JUNK_RE = lazy_compile(
    "[" + "".join(EMBEDDINGS) + "".join(ISOLATES) + "".join(ZERO_WIDTH) + "".join(JOINERS) + "]"
)


@dataclass
class CleanReport:
    """What :func:`strip_invisible_junk` removed, by short name (``{"RLE": 2, "ZWSP": 1}``)."""

    removed: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.removed.values())

    def __bool__(self) -> bool:
        return self.total > 0

    def merge(self, other: CleanReport) -> None:
        self.removed.update(other.removed)

    def summary(self) -> str:
        """``"RLE×2, ZWSP×1"``: control names are not translated."""
        return ", ".join(f"{name}×{count}" for name, count in sorted(self.removed.items()))


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "M")


BIDI_CONTROLS = "".join(EMBEDDINGS) + "".join(ISOLATES)
"""U+202A–U+202E and U+2066–U+2069: removed on paste and import, reported by the check."""
_BIDI_CONTROLS_RE = lazy_compile(f"[{BIDI_CONTROLS}]")


def strip_bidi_controls(text: str) -> str:
    """``text`` without embedding, override and isolate controls (LRM, RLM and ALM stay)."""
    return _BIDI_CONTROLS_RE.sub("", text) if _BIDI_CONTROLS_RE.search(text) else text


def strip_invisible_junk(text: str) -> tuple[str, CleanReport]:
    """Remove embedding/override and isolate controls and zero-width junk.

    Isolates go too, balanced or not: the paragraph direction is Qalam's job, and a stray one
    reorders the text after it. ZWNJ/ZWJ are kept between two letters, where they change
    shaping on purpose, and removed elsewhere. LRM/RLM/ALM are kept.
    """
    report = CleanReport()
    if not _JUNK_RE.search(text):
        return text, report  # the common case, at regex speed

    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in EMBEDDINGS:
            report.removed[EMBEDDINGS[ch]] += 1
            continue
        if ch in ISOLATES:
            report.removed[ISOLATES[ch]] += 1
            continue
        if ch in ZERO_WIDTH:
            report.removed[ZERO_WIDTH[ch]] += 1
            continue
        if ch in JOINERS:
            before = text[i - 1] if i > 0 else ""
            after = text[i + 1] if i + 1 < n else ""
            if not (before and after and _is_letter(before) and _is_letter(after)):
                report.removed[JOINERS[ch]] += 1
                continue
        out.append(ch)
    if not report:
        return text, report
    return "".join(out), report


# --- tolerant search -------------------------------------------------------------------------

_HAMZA_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي"})
_DROPPED_FOR_SEARCH = lazy_compile(f"[{ARABIC_MARKS}{TATWEEL}]")


def fold_for_search(text: str, *, ignore_marks: bool = True, fold_hamza: bool = True) -> str:
    """The comparison form: marks and tatweel removed, hamza seats and alef maqsura folded."""
    if ignore_marks:
        text = _DROPPED_FOR_SEARCH.sub("", text)
    if fold_hamza:
        text = text.translate(_HAMZA_FOLD)
    return text


def _folded_with_map(
    text: str, *, ignore_marks: bool, fold_hamza: bool, case_sensitive: bool
) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ignore_marks and _DROPPED_FOR_SEARCH.match(ch):
            continue
        if fold_hamza:
            ch = ch.translate(_HAMZA_FOLD)
        if not case_sensitive:
            ch = ch.casefold() if len(ch.casefold()) == 1 else ch.lower()
        chars.append(ch)
        index.append(i)
    return "".join(chars), index


def find_all(
    haystack: str,
    needle: str,
    *,
    ignore_marks: bool = False,
    fold_hamza: bool = False,
    case_sensitive: bool = False,
    whole_words: bool = False,
) -> list[tuple[int, int]]:
    """Every match of ``needle`` as ``(start, end)`` spans in the original ``haystack``.

    With ``ignore_marks`` a search for ``محمد`` finds ``مُحَمَّد``; with ``fold_hamza`` a search
    for ``اوكرانيا`` finds ``أوكرانيا``. A match's span covers the marks that trail its last letter.
    """
    if not needle:
        return []
    folded, index = _folded_with_map(
        haystack, ignore_marks=ignore_marks, fold_hamza=fold_hamza, case_sensitive=case_sensitive
    )
    pattern, _ = _folded_with_map(
        needle, ignore_marks=ignore_marks, fold_hamza=fold_hamza, case_sensitive=case_sensitive
    )
    if not pattern:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        pos = folded.find(pattern, start)
        if pos < 0:
            break
        begin = index[pos]
        last = index[pos + len(pattern) - 1]
        end = last + 1
        if ignore_marks:
            while end < len(haystack) and _DROPPED_FOR_SEARCH.match(haystack[end]):
                end += 1
        if not whole_words or _is_whole_word(haystack, begin, end):
            spans.append((begin, end))
        start = pos + max(1, len(pattern))
    return spans


def _is_whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (_is_letter(before) or before.isdigit()) and not (_is_letter(after) or after.isdigit())


def find_next(
    haystack: str,
    needle: str,
    start: int = 0,
    *,
    backward: bool = False,
    ignore_marks: bool = False,
    fold_hamza: bool = False,
    case_sensitive: bool = False,
    whole_words: bool = False,
) -> tuple[int, int] | None:
    """The first match at or after ``start`` (or the last one ending at or before it, backward)."""
    spans = find_all(
        haystack,
        needle,
        ignore_marks=ignore_marks,
        fold_hamza=fold_hamza,
        case_sensitive=case_sensitive,
        whole_words=whole_words,
    )
    if backward:
        before = [s for s in spans if s[1] <= start]
        return before[-1] if before else None
    for span in spans:
        if span[0] >= start:
            return span
    return None


def slugify(text: str, max_length: int = 80) -> str:
    """A URL slug that keeps Arabic letters (WordPress accepts them): marks dropped, spaces to hyphens."""
    text = strip_marks(unicodedata.normalize("NFC", text)).lower()
    words = [m.group() for m in COUNT_RE.finditer(text)]
    slug = "-".join(words)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
