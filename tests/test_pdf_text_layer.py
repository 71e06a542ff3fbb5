"""The exported PDF keeps every letter for copy and search: pdftotext (poppler) on a real export finds
lam-alef words, a vocalised word, an English name and digits, in logical order; the fonts are embedded
and the page is laid out right to left. Qt's own PDF writer, measured the same way, loses lam-alef."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.core.pdf_render import visual_order

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

BODY = ("<p>قال الرئيس لا للحرب، ونعم للسلام في الاتحاد. كَتَبَ مُحَمَّدٌ رسالةً إلى Vladimir Putin "
        "في 23 يوليو 2023 وفي ١٢ آب.</p><p>الإعلانات لأن الأمن إلا.</p>")
# (pdftotext puts an embedded left-to-right run's space inside the run, so a Latin name or a number
# and the Arabic word after it are checked one by one.)
WANTED = ("الاتحاد", "لا للحرب", "السلام", "كَتَبَ مُحَمَّدٌ رسالةً", "Vladimir Putin", "23", "يوليو", "2023",
          "١٢", "الإعلانات لأن الأمن إلا")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext wraps right-to-left and embedded left-to-right runs in bidi controls: not letters.
    return " ".join("".join(c for c in out if c not in "\u202a\u202b\u202c\u200e\u200f").split())


def test_every_letter_is_in_the_text_layer(tmp_path: Path) -> None:
    from editor_app.gui.pdf_export import export_pdf

    story = Article(title="الاتحاد الأوروبي والسلام", subtitle="لقاء في موسكو", body_html=BODY)
    pdf = export_pdf(story, tmp_path / "story.pdf")
    text = _text(pdf)
    for wanted in WANTED:
        assert wanted in text, (wanted, text)
    assert text.startswith("الاتحاد الأوروبي والسلام لقاء في موسكو")  # logical order, title first
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Noto-Naskh-Arabic" in fonts and "Noto-Sans" in fonts  # embedded (subsets), Latin fallback
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True)
    assert (tmp_path / "p-1.png").stat().st_size > 1000


def test_qt_pdf_writer_loses_lam_alef(tmp_path: Path, qapp: object) -> None:
    """Why WeasyPrint: the same article through QPdfWriter has no «لا» in its text layer."""
    from PySide6.QtGui import QPdfWriter

    from editor_app.gui.pdf_export import build_document

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    build_document(Article(title="الاتحاد", body_html=BODY)).print_(writer)
    del writer
    import unicodedata

    text = unicodedata.normalize("NFKC", _text(path))
    assert "الاتحاد" not in text and "لا للحرب" not in text


def test_visual_order_reverses_arabic_and_keeps_latin_runs() -> None:
    assert visual_order("كتب محمد") == "دمحم بتك"
    assert visual_order("إلى Vladimir Putin في 23 يوليو") == "ويلوي 23 يف Vladimir Putin ىلإ"
    assert visual_order("(نعم)") == "(معن)"  # brackets mirror
    assert visual_order(visual_order("كَتَبَ")) == "كَتَبَ"


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
