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

:func:`prefix_variants` gives the forms of a word without its attached prefixes
(و ف ب ك ل ال and their combinations such as وال بال فال لل وبال), which the store indexes
alongside the words so that ``كرملين`` finds ``الكرملين`` and ``بالكرملين``.
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


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for start, end in MARK_RANGES:
        for code in range(start, end + 1):
            table[code] = None
    table[ord(TATWEEL)] = None
    for ch in INVISIBLE:
        table[ord(ch)] = None
    for src, dst in LETTER_FOLDS.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic
        table[0x06F0 + i] = str(i)  # Extended Arabic-Indic (Persian, Urdu)
    return table


_TABLE = _build_table()
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
_TOKEN = re.compile(r"[^\W_]+")


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize(text: str) -> str:
    """The search form of ``text`` (see the module docstring for every rule)."""
    if _PRESENTATION.search(text):
        text = _PRESENTATION.sub(_nfkc, text)
    return text.translate(_TABLE).casefold()


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


# Prefixes: an optional conjunction (و ف), an optional preposition (ب ك ل), an optional article (ال);
# ل + ال is written لل.
def _build_prefixes() -> tuple[tuple[str, bool], ...]:
    found: set[tuple[str, bool]] = set()
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ك", "ل"):
            for art in ("", "ال"):
                if prep == "ل" and art:
                    prefix = conj + "لل"
                else:
                    prefix = conj + prep + art
                if prefix:
                    found.add((prefix, bool(art)))
    return tuple(sorted(found, key=lambda p: (-len(p[0]), p[0])))


PREFIXES: tuple[tuple[str, bool], ...] = _build_prefixes()
MIN_STEM_AFTER_ARTICLE = 2  # الـ is always a prefix: باليد → يد
MIN_STEM = 3  # a lone و/ب/ل/ك/ف is often part of the word (ولد، بلد، كتب): keep at least three letters


@lru_cache(maxsize=65536)
def _variants(word: str) -> tuple[str, ...]:
    found: list[str] = []
    for prefix, has_article in PREFIXES:
        if word.startswith(prefix):
            stem = word[len(prefix):]
            if len(stem) >= (MIN_STEM_AFTER_ARTICLE if has_article else MIN_STEM) and stem not in found:
                found.append(stem)
    return tuple(found)


def prefix_variants(word: str) -> list[str]:
    """The word without each attached prefix it may carry, longest stem first (never the word itself).

    ``والكرملين`` → ``['الكرملين', 'كرملين']``. Only prefixes from :data:`PREFIXES` are removed and the
    stem must keep :data:`MIN_STEM` letters (two after an article). The input is normalised first.
    """
    norm = normalize(word)
    if not norm or not ("\u0600" <= norm[0] <= "\u06ff"):
        return []
    return sorted(_variants(norm), key=len, reverse=True)


def normalized_variants(word: str) -> tuple[str, ...]:
    """:func:`prefix_variants` for a word that is already normalised (cached; any order)."""
    return _variants(word)


def with_variants(normalized_text: str) -> str:
    """Already-normalised text as words, each followed by its prefix-stripped variants (what the index holds):
    ``"قال والكرملين"`` → ``"قال والكرملين الكرملين كرملين"``."""
    out: list[str] = []
    for word in _TOKEN.findall(normalized_text):
        out.append(word)
        if "\u0600" <= word[0] <= "\u06ff":
            out.extend(_variants(word))
    return " ".join(out)


def search_forms(word: str) -> tuple[str, ...]:
    """The forms a query word is looked up by (any of them matches): without an article-bearing prefix
    (ال وال بال فال كال لل …).

    The index holds every word's variants, so ``كرملين`` (and ``الكرملين``, ``بالكرملين``, all looked up
    as ``كرملين``) finds the word with any prefix. A lone و/ف/ب/ك/ل is not removed from a query word:
    it is too often the word's own first letter (كرملين is not ك + رملين). After ``لل`` the word may have
    begun with its own ل (للجنة is ل + اللجنة), so both ``جنه`` and ``لجنه`` are looked up.
    """
    norm = normalize(word)
    for prefix, has_article in PREFIXES:  # longest first
        if has_article and norm.startswith(prefix) and len(norm) - len(prefix) >= MIN_STEM_AFTER_ARTICLE:
            stem = norm[len(prefix):]
            if prefix.endswith("لل"):
                return (stem, "ل" + stem)
            return (stem,)
    return (norm,)


def search_form(word: str) -> str:
    """The main form of :func:`search_forms`."""
    return search_forms(word)[0]


def variants_text(normalized_text: str) -> str:
    """Space-separated prefix-stripped variants of every word of already-normalised text (each once)."""
    seen: dict[str, None] = {}
    for word in set(tokenize(normalized_text)):
        if "\u0600" <= word[0] <= "\u06ff":
            for stem in _variants(word):
                seen[stem] = None
    return " ".join(seen)
