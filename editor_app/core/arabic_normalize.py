"""Normalising Arabic (and Latin) text for search: the same function runs on what is indexed and on queries.

SQLite's ``unicode61`` tokenizer does not normalise Arabic (vowel marks split words,
tatweel stays inside them, alef forms are distinct), so the store indexes a copy of the
text passed through :func:`normalize`:

* vowel marks and Quranic annotation signs are removed (U+0610–061A, U+064B–065F, U+0670,
  U+06D6–06ED), and so is tatweel (U+0640);
* alef forms fold to bare alef (أ إ آ ٱ → ا), ة → ه, ى → ي, ؤ → و, ئ → ي;
* Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII digits;
* Latin is case-folded (``Straße`` → ``strasse``);
* invisible format characters that sneak in from pasted text (ZWJ/ZWNJ, bidi marks, soft
  hyphen, BOM) are removed, and Arabic presentation forms (from PDFs) are decomposed (NFKC).

:func:`light_normalize` is the same without the letter folds (hamza forms stay): the light stemmer
(:mod:`editor_app.core.arabic_stem`) looks at it to tell the article ``ال`` from a word that begins
with ``أل``/``إل``, then folds its results with :func:`fold_letters`. ``normalize(t)`` is
``fold_letters(light_normalize(t))``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MARK_RANGES = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
TATWEEL = "\u0640"
# Zero-width space/joiners, LRM/RLM, bidi embeddings and isolates, soft hyphen, BOM.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\ufeff"
LETTER_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}


def _build_table(*, folds: bool = True) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for start, end in MARK_RANGES:
        for code in range(start, end + 1):
            table[code] = None
    table[ord(TATWEEL)] = None
    for ch in INVISIBLE:
        table[ord(ch)] = None
    if folds:
        for src, dst in LETTER_FOLDS.items():
            table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic
        table[0x06F0 + i] = str(i)  # Extended Arabic-Indic (Persian, Urdu)
    return table


_TABLE = _build_table()  # the reference tables (normalize_with_map and the tests use them)
_LIGHT_TABLE = _build_table(folds=False)
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
_TOKEN = re.compile(r"[^\W_]+")
# str.translate looks every character up in a dict (~65 ns a character: 0.25 ms for a 650-word article,
# twice per indexed field). Almost every character is left alone, so the same rules are applied as a
# C-speed search for the few characters that change, then str.replace per character present.
_MARKS = "".join(chr(code) for start, end in MARK_RANGES for code in range(start, end + 1))
_DROPPED = _MARKS + TATWEEL + INVISIBLE
_DROP = re.compile(f"[{re.escape(_DROPPED)}]+")
_DIGITS = tuple((chr(base + i), str(i)) for base in (0x0660, 0x06F0) for i in range(10))
_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_CHANGED = re.compile(f"[{re.escape(_DROPPED)}\u0660-\u0669\u06f0-\u06f9]")
_SPECIAL = re.compile(f"[{re.escape(_DROPPED)}\u0660-\u0669\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufeff]")
_RARE = re.compile("[\u0660-\u0669\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufeff]")  # Eastern digits, presentation
_FOLD_PAIRS = tuple(LETTER_FOLDS.items())  # no target is also a source: the order does not matter


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize(text: str) -> str:
    """The search form of ``text`` (see the module docstring for every rule)."""
    return fold_letters(light_normalize(text))


def light_normalize(text: str) -> str:
    """:func:`normalize` without the letter folds: hamza forms, ة and ى stay (the stemmer reads them)."""
    special = _SPECIAL.search(text)  # one pass finds whether anything but case folding is to do
    if special is None:
        return text.casefold()
    at = special.start()
    if _RARE.search(text, at) is None:  # the usual case: only vowel marks, tatweel or invisible characters
        return (text[:at] + _DROP.sub("", text[at:])).casefold()
    if _PRESENTATION.search(text, special.start()):
        text = _PRESENTATION.sub(_nfkc, text)
    first = _CHANGED.search(text)
    if first is not None:  # vowel marks, tatweel, invisible characters or Eastern digits: rare in news copy
        at = first.start()
        text = text[:at] + _DROP.sub("", text[at:])
        if _DIGIT.search(text, at):
            for eastern, western in _DIGITS:
                if eastern in text:
                    text = text.replace(eastern, western)
    return text.casefold()


def fold_letters(text: str) -> str:
    """The letter folds of :func:`normalize` alone (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي); one character
    for one, so words keep their positions."""
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


@lru_cache(maxsize=4096)
def _char_form(ch: str) -> str:
    return normalize(ch)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`normalize`, plus for every output character the index of the input character it came from.

    Used to put highlights found in the normalised text back on the original text.
    Character by character: slower than :func:`normalize`, meant for snippets, not for whole bodies.
    """
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        form = ch if ch.isascii() and not ch.isalpha() else _char_form(ch)
        if form:
            out.append(form)
            origin.extend([index] * len(form))
    return "".join(out), origin


def tokenize(text: str) -> list[str]:
    """Words of already-normalised text, split the way FTS5's unicode61 tokenizer splits them."""
    return _TOKEN.findall(text)


def normalized_words(text: str) -> list[str]:
    return tokenize(normalize(text))
