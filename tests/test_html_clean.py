"""core/html_clean: the clean model, idempotence, and real clipboard samples from four sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.html_clean import (
    clean_blocks,
    clean_html,
    clean_paste,
    parse_html,
    plain_text_to_blocks,
)

CLIPBOARD = Path(__file__).parent / "data" / "clipboard"
SAMPLES = sorted(CLIPBOARD.glob("*.html"))
MODEL_TAGS = {
    "p",
    "h2",
    "h3",
    "strong",
    "em",
    "a",
    "blockquote",
    "ul",
    "ol",
    "li",
    "figure",
    "img",
    "figcaption",
    "hr",
    "br",
}


def _tags(markup: str) -> set[str]:
    return {e.tag for e in parse_html(markup).iter()} - {"#root"}


def _attrs(markup: str) -> set[tuple[str, str]]:
    return {(e.tag, a) for e in parse_html(markup).iter() for a in e.attrs}


def test_canonical_html_is_a_fixed_point() -> None:
    canonical = (
        "<h2>عنوان</h2>\n"
        '<p>الرئيس <strong>الروسي</strong> <a href="https://example.com/a"><strong><em>بوتين</em></strong></a>.</p>\n'
        '<p dir="ltr">EU Reporter<br>line two</p>\n'
        "<blockquote>\n<p>قال</p>\n</blockquote>\n"
        "<ul>\n<li>أول</li>\n</ul>\n"
        "<ol>\n<li>واحد</li>\n</ol>\n"
        '<figure><img src="https://e.org/a.jpg" alt="صورة"><figcaption>تعليق</figcaption></figure>\n'
        "<hr>\n"
        "<h3>فرعي</h3>\n"
    )
    assert clean_html(canonical) == canonical


def test_nesting_is_canonicalised() -> None:
    assert (
        clean_html("<p><em>a <strong>b</strong></em></p>")
        == "<p><em>a </em><strong><em>b</em></strong></p>\n"
    )
    assert clean_html("<p><b>a</b><b>b</b></p>") == "<p><strong>ab</strong></p>\n"
    assert clean_html("<h2>x <b>y</b></h2>") == "<h2>x y</h2>\n"


def test_dir_only_when_it_differs_from_the_article() -> None:
    assert clean_html('<p dir="rtl">نص</p><p dir="LTR">text</p>') == '<p>نص</p>\n<p dir="ltr">text</p>\n'
    assert clean_html('<p dir="ltr">text</p>', base_direction="ltr") == "<p>text</p>\n"
    assert clean_html('<p style="direction:ltr">text</p>') == '<p dir="ltr">text</p>\n'
    # Stored HTML: no dir means the article's direction, even for a Latin start.
    assert clean_html("<p>EU Reporter ينشر</p>") == "<p>EU Reporter ينشر</p>\n"
    # Pasted HTML: a block without dir gets its own direction.
    assert clean_paste("<p>English only</p>").html == '<p dir="ltr">English only</p>\n'


def test_scripts_styles_and_dangerous_links_go() -> None:
    out = clean_html(
        '<p onclick="x()" class="c" style="color:red">a<script>alert(1)</script><style>p{}</style>'
        '<a href="javascript:alert(1)">b</a> <a href="https://x.org/?utm_source=t&amp;id=2&amp;fbclid=9">c</a></p>'
    )
    assert out == '<p>ab <a href="https://x.org/?id=2">c</a></p>\n'


def test_empty_spans_and_paragraphs_disappear() -> None:
    assert (
        clean_html("<p><span></span><strong> </strong></p><p>&nbsp;</p><p>x<span> </span>y</p>")
        == "<p>x y</p>\n"
    )


def test_images_move_into_figures_and_pixels_are_dropped() -> None:
    out = clean_html(
        '<p>a<img src="https://e.org/i.png" alt="b">c<img src="https://t.org/p.gif" width="1" height="1"></p>'
    )
    assert out == '<p>a</p>\n<figure><img src="https://e.org/i.png" alt="b"></figure>\n<p>c</p>\n'


def test_plain_text_paste() -> None:
    result = plain_text_to_blocks("سطر أول\r\n\r\nEnglish line\u200b\nسطر\u202e ثالث")
    assert result.html == '<p>سطر أول</p>\n<p dir="ltr">English line</p>\n<p>سطر ثالث</p>\n'
    assert result.report.removed == {"ZWSP": 1, "RLO": 1}


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_clipboard_sample_cleans_to_the_model(sample: Path) -> None:
    result = clean_paste(sample.read_text(encoding="utf-8"))
    assert _tags(result.html) <= MODEL_TAGS
    assert _attrs(result.html) <= {("a", "href"), ("img", "src"), ("img", "alt")} | {
        (t, "dir") for t in ("p", "h2", "h3", "li")
    }
    for junk in (
        "mso-",
        "docs-internal",
        "font-family",
        "class=",
        "style=",
        "<span",
        "<script",
        "utm_",
        "\u200b",
        "\u202b",
    ):
        assert junk not in result.html, junk
    # Cleaning is stable: the stored form cleans to itself.
    assert clean_html(result.html) == result.html
    assert result.blocks, "something survives"


def test_word_sample_keeps_structure() -> None:
    result = clean_paste((CLIPBOARD / "word-365-windows.html").read_text(encoding="utf-8"))
    html = result.html
    assert html.startswith("<h2>يلتقي بوتين ولوكاشينكو بعد تحذير روسيا</h2>\n")
    assert "<strong>فلاديمير بوتين</strong>" in html
    assert "<em>ألكسندر لوكاشينكو</em>" in html
    assert '<a href="https://www.kremlin.ru/events/president/news?id=71720">الكرملين</a>' in html
    assert "<ul>\n<li>نقل وحدات عسكرية إلى الحدود</li>\n<li>وصول قوات فاغنر إلى بيلاروسيا</li>\n</ul>" in html
    assert "<ol>\n<li>الخطوة الأولى</li>\n<li>الخطوة الثانية</li>\n</ol>" in html
    assert '<p dir="ltr">EU Reporter, 23 July 2022</p>' in html
    assert "·" not in html and "o:p" not in html
    assert result.report.removed == {"ZWSP": 1}


def test_google_docs_sample_unwraps_the_guid_bold() -> None:
    result = clean_paste((CLIPBOARD / "google-docs-chrome.html").read_text(encoding="utf-8"))
    html = result.html
    assert html.startswith("<h2>بولندا تنقل وحدات عسكرية</h2>\n<p>قررت")  # not all bold
    assert "<strong>روسيا البيضاء</strong>" in html
    assert "<em> ردًا على وصول قوات</em>" in html
    assert '<a href="https://example.org/wagner">فاغنر</a>' in html  # Google's redirect undone
    assert "<ul>\n<li>مينسك</li>\n<li>وارسو</li>\n</ul>" in html
    assert '<p dir="ltr">Source: EU Reporter</p>' in html


def test_libreoffice_sample() -> None:
    result = clean_paste((CLIPBOARD / "libreoffice-writer.html").read_text(encoding="utf-8"))
    html = result.html
    assert "<h2>وزارة الدفاع البيلاروسية</h2>" in html
    assert "<strong>فاغنر</strong>" in html and "<em>التدريب</em>" in html
    assert "<blockquote>\n<p>أي اعتداء على بيلاروسيا سيعتبر هجومًا على روسيا.</p>\n</blockquote>" in html
    assert "<ol>\n<li>البند الأول</li>\n<li>البند الثاني</li>\n</ol>" in html
    assert '<p dir="ltr">Lukashenko met Putin in Minsk.</p>' in html
    assert "<hr>" in html
    assert result.report.removed == {"RLE": 1, "PDF": 1}


def test_web_page_sample_drops_chrome_and_tracking() -> None:
    result = clean_paste((CLIPBOARD / "news-web-page.html").read_text(encoding="utf-8"))
    html = result.html
    assert "dataLayer" not in html and "display:none" not in html
    assert "شارك" not in html and "اقرأ أيضا" not in html  # nav and aside
    assert "pixel.example" not in html and "ads.example" not in html
    assert '<a href="https://www.eureporter.co/tag/vladimir-putin/">فلاديمير بوتين</a>' in html
    assert (
        '<figure><img src="https://www.eureporter.co/wp-content/uploads/2023/07/putin-lukashenko.jpg" '
        'alt="بوتين ولوكاشينكو في الكرملين">'
        "<figcaption>بوتين ولوكاشينكو (<em>أرشيف</em>)</figcaption></figure>"
    ) in html
    assert "javascript" not in html and "ping=" not in html
    assert result.report.removed == {"RLO": 1, "LRI": 1, "ZWSP": 1}


def test_clean_blocks_plain_text() -> None:
    result = clean_blocks("<h2>عنوان</h2><p>نص<br>ثان</p>")
    assert result.plain_text == "عنوان\nنص\nثان"
