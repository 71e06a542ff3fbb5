"""The text of an article body without its markup (for search, diffs and word counts); fast, no parser.

:func:`word_count` is Qalam's one definition of a word, used by the status bar, the drafts list,
``qalam drafts show``, ``qalam check``, the inbox and the exports, so they always agree.
"""

from __future__ import annotations

import re

from editor_app.core.lazy_re import lazy_compile

_BLOCK_END = lazy_compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|div|tr|pre)\s*>|<br\s*/?>|<hr\s*/?>", re.I)
_DROP = lazy_compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG = lazy_compile(r"<[^>]*>")
_SPACES = lazy_compile(r"[ \t\r\f\v]+")
_BLANK_LINES = lazy_compile(r"\s*\n\s*")

# Marks that belong to the letter before them: Arabic harakat, tanween, shadda, sukun, superscript alef
# and Quranic signs, Latin combining accents, tatweel and the zero-width (non-)joiners. Python's \w
# does not match them, so without this ``حديثاً`` would count as two words.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_RUN = f"[^\\W_](?:[^\\W_]|[{_MARKS}])*"
# What joins two runs into one word: a hyphen or an apostrophe between letters (well-known, O'Brien,
# COVID-19), and a decimal or thousands separator between digits (3.5, 1,200, 10:30, ٣٫٥, ١٬٢٠٠).
_JOIN = "(?:[-\u2010\u2011'\u2019]|(?<=\\d)[.,:\u066b\u066c](?=\\d))"
WORD_RE = lazy_compile(f"{_RUN}(?:{_JOIN}{_RUN})*")


def html_to_text(markup: str) -> str:
    """Paragraphs become lines; tags are removed; entities decoded; runs of spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        return _BLANK_LINES.sub("\n", _SPACES.sub(" ", markup)).strip()
    text = _DROP.sub("", markup)
    text = _BLOCK_END.sub("\n", text)
    text = _TAG.sub("", text)
    if "&" in text:
        import html  # (html.entities' table: ~1 ms to import, not needed to start the window)

        text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\xa0", " "))
    return _BLANK_LINES.sub("\n", text).strip()


def word_count(text: str) -> int:
    """Words in plain text: runs of letters or digits. Vowel marks and tatweel do not split a word, a
    hyphenated word is one word, and so is a number written 3.5, 1,200 or ٢٠٢٣."""
    return sum(1 for _ in WORD_RE.finditer(text))


def article_word_count(body_html: str) -> int:
    """The word count of an article: its body (what the editor's status bar counts), without markup."""
    return word_count(html_to_text(body_html))


def text_to_html(text: str) -> str:
    """Plain text (paragraphs separated by blank lines or newlines) as clean ``<p>`` HTML."""
    import html

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
