"""URL slugs for Arabic (and Latin) titles that WordPress stores without cutting them.

WordPress keeps a slug percent-encoded and silently truncates it at 200 bytes, which is
about 33 Arabic letters and may cut a word in half. ``make_slug`` builds a slug that
fits the limit once encoded, cut at a word boundary.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote, unquote

from editor_app.core.lazy_re import lazy_compile

MAX_ENCODED_BYTES = 200

# Tashkeel, Quranic marks, superscript alef and tatweel: invisible in a URL, noise in a slug.
_DROP = lazy_compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def encoded_length(text: str) -> int:
    """Bytes of ``text`` once percent-encoded as WordPress stores it."""
    return len(quote(text, safe="-_.~"))


def _is_word_char(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum()
    cat = unicodedata.category(ch)
    return cat.startswith("L") or cat == "Nd"


def make_slug(title: str, max_bytes: int = MAX_ENCODED_BYTES) -> str:
    """A lowercase, dash-separated slug of ``title`` whose percent-encoding fits ``max_bytes``.

    Diacritics and tatweel are dropped, Arabic-Indic digits become ASCII, punctuation
    (including ``؟`` and ``،``) separates words. The slug is cut after the last whole word
    that fits; a single word longer than the limit is cut between letters.
    """
    text = unicodedata.normalize("NFKC", title)
    text = _DROP.sub("", text).translate(_ARABIC_DIGITS).lower()
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if encoded_length(candidate) <= max_bytes:
            slug = candidate
            continue
        if not slug:  # one enormous word: cut between letters
            for ch in word:
                if encoded_length(slug + ch) > max_bytes:
                    break
                slug += ch
        break
    return slug


def fits(slug: str, max_bytes: int = MAX_ENCODED_BYTES) -> bool:
    return encoded_length(slug) <= max_bytes


def decode_wp_slug(slug: str) -> str:
    """WordPress's stored form (``%d8%b9…``) back to readable text."""
    return unquote(slug)
