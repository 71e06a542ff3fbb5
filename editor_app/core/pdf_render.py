"""PDF export with a text layer that keeps every letter: WeasyPrint (Pango + HarfBuzz) instead of Qt.

Why not Qt's QPdfWriter: it shapes Arabic well, but its ToUnicode map gives a ligature glyph only
its first character or nothing, so lam-alef (لا، الاتحاد، السلام) loses letters when the PDF is
copied or searched ("ا تحاد", "لا" gone; measured with pdftotext, see tests/test_pdf_text_layer.py).
WeasyPrint writes the ToUnicode entry of a ligature as all the characters it stands for, in
logical order, and embeds subsets of the same fonts (Noto Naskh Arabic, then the Latin families of
:data:`~editor_app.core.exporters.FONT_FAMILIES`).

Vowel marks: HarfBuzz places them with a vertical offset, and poppler (pdftotext, Evince, Okular)
then cuts a vocalised word into pieces on different lines. For lines with vowel marks the
replacement text (PDF ``/ActualText``) of the line is written as well; poppler lays that text out
left to right and reads right-to-left lines backwards, so it is given in visual order (Arabic
letters reversed, Latin words and numbers kept), which poppler turns back into the logical text.
Lines without marks need no replacement text.

WeasyPrint is imported only when exporting (about half a second, and it needs the system's Pango:
Debian ``libpango-1.0-0 libpangoft2-1.0-0``).
"""

from __future__ import annotations

import html
import re
from typing import Any

from editor_app.core.article import Article
from editor_app.core.exporters import FONT_FAMILIES, MediaLookup, _embed_images
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
# Left-to-right runs inside right-to-left text: Latin words and numbers (Arabic-Indic digits included).
_LTR_CHAR = "A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9"
_LTR_RUN = re.compile(f"[{_LTR_CHAR}](?:[{_LTR_CHAR}.,:/%'’\\- ]*[{_LTR_CHAR}])?")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")

MSG_NO_PDF = QT_TRANSLATE_NOOP("Export", "PDF export is not available: {reason}")


def visual_order(text: str) -> str:
    """A right-to-left line as it is laid out left to right: Arabic characters reversed, Latin words and
    numbers kept in their order, brackets mirrored (a small subset of the Unicode bidi algorithm: enough
    for one line of an Arabic paragraph)."""
    out: list[str] = []
    pos = 0
    for m in _LTR_RUN.finditer(text):
        out.extend(text[pos : m.start()])
        out.append(m.group())
        pos = m.end()
    out.extend(text[pos:])
    return "".join(reversed([piece if len(piece) > 1 else piece.translate(_MIRROR) for piece in out]))


_patched = False


def _add_replacement_text(weasyprint_text: Any, pydyf: Any) -> None:
    """Wrap each drawn line that has vowel marks in an /ActualText span (see the module docstring)."""
    global _patched
    original = getattr(weasyprint_text, "draw_first_line", None)
    if _patched or original is None:
        return  # another WeasyPrint: the glyphs' own text is still there, only marks may split words

    def draw_first_line(stream: Any, textbox: Any, *args: Any, **kwargs: Any) -> Any:
        text = getattr(textbox, "text", "")
        if not _MARKS.search(text) or textbox.style["direction"] != "rtl":
            return original(stream, textbox, *args, **kwargs)
        stream.begin_marked_content(
            "Span", pydyf.Dictionary({"ActualText": pydyf.String(visual_order(text.strip()))}))
        try:
            return original(stream, textbox, *args, **kwargs)
        finally:
            stream.end_marked_content()

    weasyprint_text.draw_first_line = draw_first_line
    _patched = True


def print_html(article: Article, *, media: MediaLookup | None = None) -> str:
    """The article as a page for print: A4, 18 mm margins, the editor's fonts, its direction."""
    direction = article.direction.value
    lang = article.language or "ar"
    families = ", ".join(f'"{f}"' for f in FONT_FAMILIES)
    style = (
        "@page { size: A4; margin: 18mm; }"
        f"body {{ font-family: {families}, serif; font-size: 13pt; line-height: 1.6; }}"
        "h1 { font-size: 22pt; line-height: 1.3; margin: 0 0 0.5em; }"
        "h2 { font-size: 17pt; } h3 { font-size: 15pt; }"
        ".subtitle { font-weight: bold; }"
        "img { max-width: 100%; height: auto; } figure { margin: 1em 0; }"
        "blockquote { margin: 0 24px; }"
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}" dir="{direction}"><head><meta charset="utf-8">',
        f"<title>{html.escape(article.title)}</title><style>{style}</style></head><body>",
        f"<h1>{html.escape(article.title)}</h1>",
    ]
    if article.subtitle:
        parts.append(f'<p class="subtitle">{html.escape(article.subtitle)}</p>')
    parts.append(_embed_images(article.body_html, media))
    parts.append("</body></html>")
    return "".join(parts)


def render_pdf(article: Article, *, media: MediaLookup | None = None) -> bytes:
    """The article as PDF bytes. Raises QalamError when WeasyPrint or Pango is missing."""
    try:
        import pydyf
        import weasyprint
        from weasyprint.draw import text as weasyprint_text
    except (ImportError, OSError) as exc:  # OSError: the Pango library could not be loaded
        raise QalamError(UserMessage("Export", MSG_NO_PDF, {"reason": str(exc).splitlines()[0]})) from exc
    _add_replacement_text(weasyprint_text, pydyf)
    document = weasyprint.HTML(string=print_html(article, media=media))
    return bytes(document.write_pdf())
