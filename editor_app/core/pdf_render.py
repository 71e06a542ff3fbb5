"""PDF export with a text layer that keeps every letter: WeasyPrint (Pango + HarfBuzz) instead of Qt.

Why not Qt's QPdfWriter: it shapes Arabic well, but its ToUnicode map gives a ligature glyph only
its first character or nothing, so lam-alef (لا، الاتحاد، السلام) loses letters when the PDF is
copied or searched ("ا تحاد", "لا" gone; measured with pdftotext, see tests/test_pdf_text_layer.py).
WeasyPrint writes the ToUnicode entry of a ligature as all the characters it stands for, in
logical order, and embeds subsets of the same fonts (Noto Naskh Arabic, then the Latin families of
:data:`~editor_app.core.exporters.FONT_FAMILIES`).

What the text layer gives (measured with poppler's ``pdftotext`` 22.12 and MuPDF 1.28 on WeasyPrint 70's
plain output; tests/test_pdf_text_layer.py asserts it):

* lam-alef and every unvowelled word (الاتحاد، لا، السلام، الإعلانات لأن الأمن إلا, every word of the
  sample article) whole and in logical order, in both; English names whole, Western digits right;
* vowelled words («كَتَبَ مُحَمَّدٌ رسالةً»): whole in MuPDF; split in poppler, which takes the text rise
  (``Ts``) HarfBuzz gives each mark for another baseline and puts the marks apart (every letter and mark
  is still there, so nothing is lost, but a search for a vowelled word fails in poppler-based readers);
* Arabic-Indic digits: right in poppler, reversed in MuPDF («١٢» → «٢١»), and MuPDF moves the
  left-to-right part of a mixed line to its start: MuPDF's reordering, not the file's.

No ``/ActualText`` is written. An earlier version wrapped vowelled lines in ``/ActualText`` by replacing
a WeasyPrint internal function, in *visual* order because poppler reorders it: poppler then read those
lines whole, but the PDF standard defines ActualText as the logical text, so readers that follow it
(Acrobat) copy those lines reversed, and MuPDF (measured) read such lines twice, mixed up; ActualText in
logical order comes out reversed in poppler and mixed up in MuPDF. The plain output follows the
standard and reads right everywhere for unvowelled text; its one weakness, vowelled words in poppler,
comes from how poppler groups glyphs raised with ``Ts``, not from a missing letter.

WeasyPrint is imported only when exporting (about half a second, and it needs the system's Pango:
Debian ``libpango-1.0-0 libpangoft2-1.0-0``).
"""

from __future__ import annotations

import html

from editor_app.core.article import Article
from editor_app.core.exporters import FONT_FAMILIES, MediaLookup, _embed_images
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

MSG_NO_PDF = QT_TRANSLATE_NOOP("Export", "PDF export is not available: {reason}")


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
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango library could not be loaded
        raise QalamError(UserMessage("Export", MSG_NO_PDF, {"reason": str(exc).splitlines()[0]})) from exc
    document = weasyprint.HTML(string=print_html(article, media=media))
    return bytes(document.write_pdf())
