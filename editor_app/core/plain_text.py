"""The text of an article body without its markup (for search, diffs and word counts); fast, no parser."""

from __future__ import annotations

import html
import re

_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|div|tr|pre)\s*>|<br\s*/?>|<hr\s*/?>", re.I)
_DROP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_WORD = re.compile(r"[^\W_]+")


def html_to_text(markup: str) -> str:
    """Paragraphs become lines; tags are removed; entities decoded; runs of spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        return _BLANK_LINES.sub("\n", _SPACES.sub(" ", markup)).strip()
    text = _DROP.sub("", markup)
    text = _BLOCK_END.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\xa0", " "))
    return _BLANK_LINES.sub("\n", text).strip()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def text_to_html(text: str) -> str:
    """Plain text (paragraphs separated by blank lines or newlines) as clean ``<p>`` HTML."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
