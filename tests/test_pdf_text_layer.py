"""The exported PDF keeps every letter for copy and search, read by two independent extractors, poppler
(``pdftotext``) and MuPDF (PyMuPDF): lam-alef and unvowelled words whole and in logical order in both,
English names and digits; the fonts are embedded and the page is laid out right to left. What each one
does with vowelled words and Arabic-Indic digits is measured and recorded here (core/pdf_render.py says
why no /ActualText is written). Qt's own PDF writer, measured the same way, loses lam-alef."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from editor_app.core.article import Article

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

BODY = ("<p>قال الرئيس لا للحرب، ونعم للسلام في الاتحاد. كَتَبَ مُحَمَّدٌ رسالةً إلى Vladimir Putin "
        "في 23 يوليو 2023 وفي ١٢ آب.</p><p>الإعلانات لأن الأمن إلا.</p>")
VOWELLED = "كَتَبَ مُحَمَّدٌ رسالةً"
# Whole and in logical order in both readers. (pdftotext puts an embedded left-to-right run's space
# inside the run, so a Latin name or a number and the Arabic word after it are checked one by one.)
BOTH = ("الاتحاد", "لا للحرب", "ونعم للسلام في الاتحاد", "السلام", "الإعلانات لأن الأمن إلا",
        "قال الرئيس لا للحرب", "Vladimir Putin", "23", "يوليو", "2023")
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u200e\u200f\u2066\u2067\u2068\u2069"))


def _clean(text: str) -> str:
    # Both wrap right-to-left and embedded left-to-right runs in bidi controls: not letters.
    return " ".join(text.translate(_CONTROLS).split())


def poppler(pdf: Path) -> str:
    return _clean(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout)


def mupdf(pdf: Path) -> str:
    """MuPDF's text, NFC: it gives a letter's marks in glyph order (shadda before fatha), a canonically
    equivalent spelling that a search normalises the same way."""
    with pymupdf.open(pdf) as document:
        return unicodedata.normalize("NFC", _clean(" ".join(page.get_text() for page in document)))


def _export(article: Article, path: Path) -> Path:
    from editor_app.gui.pdf_export import export_pdf

    return export_pdf(article, path)


@pytest.fixture(scope="module")
def story_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    story = Article(title="الاتحاد الأوروبي والسلام", subtitle="لقاء في موسكو", body_html=BODY)
    return _export(story, tmp_path_factory.mktemp("pdf") / "story.pdf")


@pytest.mark.parametrize("read", [poppler, mupdf])
def test_lam_alef_and_unvowelled_words_whole_and_in_logical_order(story_pdf: Path, read) -> None:  # type: ignore[no-untyped-def]
    text = read(story_pdf)
    for wanted in BOTH:
        assert wanted in text, (read.__name__, wanted, text)
    assert text.startswith("الاتحاد الأوروبي والسلام لقاء في موسكو")  # title first, logical order
    # Every letter and vowel mark of the vowelled sentence is in the text layer, whatever the grouping.
    assert not Counter(VOWELLED.replace(" ", "")) - Counter(text.replace(" ", "")), read.__name__


def test_what_each_reader_does_with_vowel_marks_and_eastern_digits(story_pdf: Path) -> None:
    """Measured (poppler 22.12, MuPDF 1.28, WeasyPrint 70), recorded so that a change shows up here:

    - poppler: «ً قال الرئيس لا للحرب ،ونعم للسلام في الاتحادَ .ك َت َ رسالة إلى Vladimir Putinفي 23يوليو
      ب ُم َح َّم ٌد 2023وفي ١٢آب.»: the marks, raised with the text rise HarfBuzz gives them, are taken
      for another line, so vowelled words come apart; Arabic-Indic digits are right.
    - MuPDF: «يوليو23 فيVladimir Putin قال الرئيس لا للحرب، ونعم للسلام في الاتحاد. كَتَبَ مُحَمَّدٌ رسالةً
      إلى وفي ٢١ آب.2023»: vowelled words whole (marks in glyph order: shadda before fatha, the same
      text once normalised); the line's left-to-right part moved to its start and «١٢» read as «٢١»
      (MuPDF's reordering).
    """
    pop, mu = poppler(story_pdf), mupdf(story_pdf)
    assert VOWELLED in mu
    assert VOWELLED not in pop and "ك َت َ" in pop  # poppler: split (not lost: see the test above)
    assert "١٢" in pop
    assert "٢١" in mu and "١٢" not in mu
    assert b"/ActualText" not in story_pdf.read_bytes()  # plain WeasyPrint output, no replacement text


def test_every_word_of_the_sample_article_is_found_by_both(tmp_path: Path, sample_text: str) -> None:
    """A whole news article: every unvowelled Arabic word is in both text layers (a wrong ToUnicode entry,
    as WeasyPrint had for some fonts, would turn a letter into another); vowelled ones in MuPDF, except
    a mark over a word stretched with tatweel (حديــثاً), which MuPDF hangs on another line."""
    body = "".join(f"<p>{p}</p>" for p in sample_text.split("\n") if p.strip())
    pdf = _export(Article(title="لقاء", body_html=body), tmp_path / "sample.pdf")
    words = set(re.findall(r"[\u0621-\u064a]+", sample_text))
    vowelled = {w for w in re.findall(r"[\u0621-\u065f]+", sample_text) if re.search("[\u064b-\u065f]", w)}
    stretched = {w for w in vowelled if "\u0640" in w}
    assert stretched == {"حديــثاً"}
    plain = {w for w in words if not any(w in v for v in vowelled)}
    assert len(plain) > 200
    for read in (poppler, mupdf):
        found = set(re.findall(r"[\u0621-\u064a]+", read(pdf)))
        assert plain - found == set(), read.__name__
    assert vowelled - stretched <= set(re.findall(r"[\u0621-\u065f]+", mupdf(pdf)))


def test_fonts_are_embedded_and_the_page_renders(story_pdf: Path, tmp_path: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(story_pdf)], capture_output=True, text=True, check=True).stdout
    assert "Noto-Naskh-Arabic" in fonts and "Noto-Sans" in fonts  # embedded (subsets), Latin fallback
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(story_pdf),
                    str(tmp_path / "p")], check=True)
    assert (tmp_path / "p-1.png").stat().st_size > 1000


def test_qt_pdf_writer_loses_lam_alef(tmp_path: Path, qapp: object) -> None:
    """Why WeasyPrint: the same article through QPdfWriter has no «لا» in its text layer."""
    import unicodedata

    from PySide6.QtGui import QPdfWriter

    from editor_app.gui.pdf_export import build_document

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    build_document(Article(title="الاتحاد", body_html=BODY)).print_(writer)
    del writer
    text = unicodedata.normalize("NFKC", poppler(path))
    assert "الاتحاد" not in text and "لا للحرب" not in text


def test_missing_pango_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from editor_app.core import pdf_render
    from editor_app.errors import QalamError

    real_import = builtins.__import__

    def failing(name: str, *args: object, **kwargs: object) -> object:
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", failing)
    with pytest.raises(QalamError) as raised:
        pdf_render.render_pdf(Article(title="t"))
    assert "libpango" in raised.value.user_message.render()
