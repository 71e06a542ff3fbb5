"""Exports to Markdown, HTML, Word and PDF, each read back (or looked at) with its content intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from editor_app.core.article import Article, Direction
from editor_app.core.exporters import export_docx_bytes, export_html, export_markdown, export_to_file
from editor_app.core.importers import import_file
from editor_app.core.media import MediaItem

BODY = (
    "<p>التقى <strong>الرئيسان</strong> يوم <em>الأحد</em> في <a href=\"https://example.com/k\">الكرملين</a>.</p>\n"
    "<h2>خلفية اللقاء</h2>\n"
    "<p dir=\"ltr\">An English quote with <strong>bold</strong> words.</p>\n"
    "<ul>\n<li>البند الأول</li>\n<li>البند الثاني</li>\n</ul>\n"
    "<ol>\n<li>أولاً</li>\n<li>ثانياً</li>\n</ol>\n"
    "<blockquote>\n<p>قال المتحدث: «لا تعليق».</p>\n</blockquote>\n"
    "<p>سطر أول<br>سطر ثان فيه رموز * و _ و [قوسان] و &lt;وسم&gt; و &amp;.</p>\n"
)


def article() -> Article:
    return Article(
        title="لقاء في الكرملين: «قمة» ثنائية",
        subtitle="بوتين ولوكاشينكو يبحثان الشراكة",
        body_html=BODY,
        excerpt="التقى بوتين ولوكاشينكو يوم الأحد في موسكو.",
        categories=["روسيا البيضاء"],
        tags=["روسيا", "فاغنر"],
        author="مراسل قلم",
    )


def norm(html: str) -> str:
    return "\n".join(line.strip() for line in html.strip().splitlines() if line.strip())


def reimport(tmp_path: Path, fmt: str) -> object:
    path = export_to_file(article(), fmt, tmp_path / f"story.{fmt}")
    return import_file(path)


def test_markdown_keeps_direction_with_a_dir_wrapper() -> None:
    text = export_markdown(article())
    assert text.startswith("---\ntitle: \"لقاء في الكرملين: «قمة» ثنائية\"\n")
    assert 'categories: ["روسيا البيضاء"]' in text and 'tags: ["روسيا", "فاغنر"]' in text
    assert "direction: rtl" in text
    assert '<p dir="ltr">An English quote with <strong>bold</strong> words.</p>' in text
    assert "التقى **الرئيسان** يوم *الأحد* في [الكرملين](https://example.com/k)." in text
    assert "\\[قوسان\\]" in text


def test_markdown_round_trip(tmp_path: Path) -> None:
    result = reimport(tmp_path, "md")
    original = article()
    assert result.title == original.title  # type: ignore[attr-defined]
    assert result.subtitle == original.subtitle  # type: ignore[attr-defined]
    assert result.categories == original.categories and result.tags == original.tags  # type: ignore[attr-defined]
    assert result.excerpt == original.excerpt and result.author == original.author  # type: ignore[attr-defined]
    assert norm(result.body_html) == norm(BODY)  # type: ignore[attr-defined]


def test_html_is_a_complete_document_with_lang_and_dir() -> None:
    page = export_html(article())
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
    assert '<meta charset="utf-8">' in page and "<title>لقاء في الكرملين: «قمة» ثنائية</title>" in page
    assert '<p dir="ltr">An English quote' in page and page.rstrip().endswith("</html>")
    english = export_html(Article(title="Hi", body_html="<p>x</p>", language="en", direction=Direction.LTR))
    assert '<html lang="en" dir="ltr">' in english


def test_html_round_trip(tmp_path: Path) -> None:
    result = reimport(tmp_path, "html")
    original = article()
    assert result.title == original.title  # type: ignore[attr-defined]
    assert result.categories == original.categories and result.tags == original.tags  # type: ignore[attr-defined]
    assert result.excerpt == original.excerpt  # type: ignore[attr-defined]
    assert result.subtitle == original.subtitle  # type: ignore[attr-defined]
    assert norm(result.body_html) == norm(BODY)  # type: ignore[attr-defined]
    assert not result.stripped  # type: ignore[attr-defined]


def test_docx_marks_right_to_left_paragraphs_and_runs(tmp_path: Path) -> None:
    data = export_docx_bytes(article())
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    arabic = [p for p in paragraphs if "الرئيسان" in p or "البند الأول" in p or "لقاء في الكرملين" in p]
    assert arabic and all("<w:bidi/>" in p for p in arabic)
    assert all("<w:rtl/>" in p for p in arabic)
    english = [p for p in paragraphs if "An English quote" in p]
    assert english and "<w:bidi/>" not in english[0] and "<w:rtl/>" not in english[0]
    assert 'w:bidi="ar-SA"' in xml


def test_docx_round_trip(tmp_path: Path) -> None:
    result = reimport(tmp_path, "docx")
    original = article()
    assert result.title == original.title and result.subtitle == original.subtitle  # type: ignore[attr-defined]
    assert result.tags == original.tags and result.categories == original.categories  # type: ignore[attr-defined]
    assert result.author == original.author and result.excerpt == original.excerpt  # type: ignore[attr-defined]
    assert norm(result.body_html) == norm(BODY)  # type: ignore[attr-defined]


def test_images_are_embedded_when_the_store_provides_them(tmp_path: Path) -> None:
    from tests.test_import import tiny_png

    item = MediaItem(id="m1", sha256="", mime="image/png", data=tiny_png(), alt="صورة")
    art = article().copy(body_html='<figure><img src="qalam-media:m1" alt="صورة"></figure>\n<p>نص.</p>')
    lookup = {"m1": item}.get
    assert "data:image/png;base64," in export_html(art, media=lookup)
    assert "qalam-media:m1" in export_html(art)
    docx_path = tmp_path / "pic.docx"
    export_to_file(art, "docx", docx_path, media=lookup)
    back = import_file(docx_path)
    assert len(back.media) == 1 and back.media[0].data == tiny_png() and back.media[0].alt == "صورة"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_pdf_renders_arabic_right_to_left(tmp_path: Path, qapp: object, sample_text: str) -> None:
    from PySide6.QtGui import QImage

    from editor_app.core.importers import import_text
    from editor_app.gui.pdf_export import export_pdf

    story = import_text(sample_text).to_article()
    pdf = export_pdf(story, tmp_path / "story.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False).stdout \
        if shutil.which("pdffonts") else "NotoNaskhArabic"
    assert "NotoNaskhArabic" in fonts.replace("-", "") or "Amiri" in fonts
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    png = tmp_path / "page-1.png"
    image = QImage(str(png))
    assert not image.isNull()
    # Right-to-left layout: the ink of the body's lines sits against the right margin.
    width, height = image.width(), image.height()
    left_ink = right_ink = 0
    for y in range(height // 4, height * 3 // 4, 3):
        for x in range(width):
            if image.pixelColor(x, y).lightness() < 128:
                if x < width // 2:
                    left_ink += 1
                else:
                    right_ink += 1
    assert right_ink > left_ink
    shutil.copy(png, Path("/tmp") / "qalam-pdf-page-1.png")
    # The text layer has the shaped glyphs (presentation forms) in logical order.
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=False).stdout
        assert "بوتين" in unicodedata.normalize("NFKC", text)


def test_print_preview_paints_pages(qapp: object) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from editor_app.gui.pdf_export import print_preview

    dialog = print_preview(article())
    dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    assert widget.pageCount() >= 1
    dialog.close()


def test_gui_export_dispatch_and_save_dialog(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from editor_app.gui.pdf_export import choose_export_path, export_article

    art = article()
    assert export_article(art, tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert export_article(art, tmp_path / "a.markdown").read_text(encoding="utf-8").startswith("---\n")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "story"), "Word document (*.docx)"))
    assert choose_export_path(None, art) == (tmp_path / "story.docx", "docx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert choose_export_path(None, art) is None
