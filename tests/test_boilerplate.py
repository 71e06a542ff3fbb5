"""The boilerplate cleaner on the sample article, on a copied HTML page and with a newsroom's own rules."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.core import boilerplate
from editor_app.core.boilerplate import clean_html, clean_text, load_rules, normalize

HEADLINE = "يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا من اعتداء على بيلاروسيا"
BOILERPLATE_BITS = ("SHARE", "تم النشر", "نستخدم تسجيلك", "الإعلانات", "حصة هذه المادة", "EU Reporter",
                    "وصــل", "اتصل بنا")


def test_sample_article_headline_category_and_body(sample_text: str) -> None:
    result = clean_text(sample_text)
    assert result.title == HEADLINE
    assert result.category == "روسيا البيضاء"
    body = result.body_blocks
    assert body[0].text.startswith("الرئيس الروسي فلاديمير بوتين والزعيم البيلاروسي")
    assert "الكرملين" in body[0].text
    assert body[-1].text.startswith("ظهر رئيس فاغنر يفغيني بريجوزين")
    assert len(body) == 8
    for bit in BOILERPLATE_BITS:
        assert bit not in result.body_text, bit
    assert "on" not in result.body_text.split()
    assert HEADLINE not in result.body_text


def test_sample_article_reports_what_it_stripped_with_reasons(sample_text: str) -> None:
    result = clean_text(sample_text)
    by_category = {s.category: s for s in result.stripped}
    for category in ("share", "published", "subscription", "advertisement", "disclaimer", "latest_news",
                     "navigation"):
        assert category in by_category, category
        assert by_category[category].reason.text == boilerplate.REASONS[category]
    texts = [s.text for s in result.stripped]
    assert "SHARE:" in texts and "on" in texts and "تم النشر" in texts and "الإعلانات" in texts
    assert "وصــل حديــثاً" in texts
    # Every block is accounted for exactly once: headline, category, body or stripped.
    accounted = {result.title_index, result.category_index, *result.body, *(s.index for s in result.stripped)}
    assert accounted == set(range(len(result.blocks)))


def test_stripped_items_can_be_put_back_in_page_order(sample_text: str) -> None:
    result = clean_text(sample_text)
    ad = next(s for s in result.stripped if s.category == "advertisement")
    restored = result.restore([ad.index])
    texts = [b.text for b in restored.body_blocks]
    assert "الإعلانات" in texts
    # It goes back where it was: just before the last paragraph.
    assert texts.index("الإعلانات") == len(texts) - 2
    assert ad.index not in {s.index for s in restored.stripped}
    assert "<p>الإعلانات</p>" in restored.body_html


def test_normalize_folds_tatweel_harakat_and_hamza() -> None:
    assert normalize("وصــل حديــثاً") == "وصل حديثا"
    assert normalize("إلغاء  الاشتراك") == "الغاء الاشتراك"
    assert normalize("SHARE:") == "share:"


PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان | موقع الأخبار</title>
<meta property="og:title" content="الحكومة تقر موازنة العام المقبل">
<script>var x = "لا تظهر";</script><style>p{color:red}</style></head>
<body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/eco">اقتصاد</a></div>
<article>
<h1>الحكومة تقر موازنة العام المقبل</h1>
<div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
<p class="date">نشر في: 12 مارس 2024</p>
<p>أقرت الحكومة يوم الثلاثاء مشروع موازنة العام المقبل بعد نقاش استمر ساعات في جلسة مجلس الوزراء.</p>
<div class="ad-slot">إعلان</div>
<p>وقال وزير المالية إن <strong>العجز</strong> سينخفض إلى أقل من ثلاثة في المئة من الناتج المحلي.</p>
<ul><li>زيادة مخصصات التعليم</li><li>خفض الإنفاق الإداري</li></ul>
<p>وأضاف أن <a href="https://example.com/budget">تفاصيل الموازنة</a> ستنشر الأسبوع المقبل كاملة للجمهور.</p>
<div id="cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق</div>
<h3>اقرأ أيضاً:</h3>
<p>شارك هذا المقال</p>
</article>
<aside class="most-read"><h2>الأكثر قراءة</h2><ul><li>خبر أول</li><li>خبر ثان</li></ul></aside>
<footer>جميع الحقوق محفوظة © 2024</footer>
</body></html>"""


def test_copied_html_page() -> None:
    result = clean_html(PAGE)
    assert result.title == "الحكومة تقر موازنة العام المقبل"
    assert result.category == "اقتصاد"
    body = result.body_text
    assert body.startswith("أقرت الحكومة")
    assert "تفاصيل الموازنة" in body and "زيادة مخصصات التعليم" in body
    for bit in ("فيسبوك", "نشر في", "إعلان", "ملفات تعريف", "اقرأ أيضاً", "شارك هذا", "الأكثر قراءة",
                "جميع الحقوق", "لا تظهر", "color", "الرئيسية"):
        assert bit not in body, bit
    html = result.body_html
    assert "<ul>" in html and "<strong>العجز</strong>" in html and 'href="https://example.com/budget"' in html
    categories = {s.category for s in result.stripped}
    assert {"share", "published", "advertisement", "cookies", "related", "navigation"} <= categories


def test_english_page_uses_the_english_patterns() -> None:
    text = "\n\n".join([
        "World", "Leaders meet in Geneva to discuss climate finance", "Share this article",
        "Published on 3 May",
        "Leaders from forty countries met in Geneva on Monday to agree how climate finance will be shared.",
        "Advertisement",
        "The talks are expected to last three days, officials said, with a final statement on Thursday.",
        "The views expressed in this article do not necessarily reflect those of the publisher.",
        "Latest news", "Another story headline", "And another one",
    ])
    result = clean_text(text)
    assert result.title == "Leaders meet in Geneva to discuss climate finance"
    assert result.category == "World"
    assert [b.text[:7] for b in result.body_blocks] == ["Leaders", "The tal"]
    assert {s.category for s in result.stripped} >= {"share", "published", "advertisement", "disclaimer",
                                                     "latest_news"}


def test_real_paragraphs_with_rule_words_are_kept() -> None:
    # "اشترك في" (took part in) and "ليست بالضرورة" inside ordinary sentences must survive.
    text = "\n\n".join([
        "عنوان الخبر هنا عن المعركة",
        "اشترك في المعركة آلاف الجنود من الجانبين وفق ما أعلنته مصادر عسكرية مطلعة صباح اليوم.",
        "وقال المحلل إن هذه الخطوة ليست بالضرورة تصعيداً جديداً بل قد تكون رسالة سياسية.",
    ])
    result = clean_text(text)
    assert len(result.body) == 2
    assert not result.stripped


def test_newsroom_rules_file_extends_the_shipped_rules(tmp_path: Path) -> None:
    extra = tmp_path / "newsroom.json"
    extra.write_text(json.dumps({"rules": [
        {"id": "promo", "category": "promo", "reason": "Our app promotion", "max_words": 12,
         "patterns": ["^حمل تطبيقنا"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    rules = load_rules([extra])
    text = "عنوان\n\nهذا نص فقرة طويلة بما يكفي لتكون متن الخبر الذي نريد الاحتفاظ به.\n\nحمّل تطبيقنا الآن"
    result = clean_text(text, rules)
    promo = [s for s in result.stripped if s.rule_id == "promo"]
    assert promo and promo[0].reason.text == "Our app promotion"
    assert "تطبيقنا" not in result.body_text


def test_broken_rules_file_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from editor_app.errors import QalamError

    bad = tmp_path / "bad.json"
    bad.write_text('{"rules": [{"patterns": ["(unclosed"]}]}', encoding="utf-8")
    with pytest.raises(QalamError) as info:
        load_rules([bad])
    assert "bad.json" in str(info.value)


def test_dates_reading_time_follow_us_and_app_promos() -> None:
    text = "\n\n".join([
        "الرئيسية",
        "اقتصاد",
        "ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج",
        "الأحد، 23 يوليو 2023 - 10:30 ص",
        "وقت القراءة: 3 دقائق",
        "ارتفعت أسعار النفط اليوم بعد أن قررت مجموعة أوبك+ خفض إنتاجها مليون برميل يومياً "
        "اعتباراً من الشهر المقبل.",
        "اقرأ أيضاً: الذهب يتراجع مع صعود الدولار",
        "وقال محللون إن القرار يعكس قلق المنتجين من تباطؤ الطلب العالمي في النصف الثاني من العام الجاري.",
        "تابعونا على تويتر",
        "حمّل تطبيق الموقع الآن",
        "الأكثر قراءة",
        "خبر أول",
    ])
    result = clean_text(text)
    assert result.title == "ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج"
    assert result.category == "اقتصاد"
    assert [b.text[:8] for b in result.body_blocks] == ["ارتفعت أ", "وقال محل"]
    reasons = {s.text: s.category for s in result.stripped}
    assert reasons["الأحد، 23 يوليو 2023 - 10:30 ص"] == "published"
    assert reasons["وقت القراءة: 3 دقائق"] == "published"
    assert reasons["اقرأ أيضاً: الذهب يتراجع مع صعود الدولار"] == "related"
    assert reasons["تابعونا على تويتر"] == "share"
    assert reasons["حمّل تطبيق الموقع الآن"] == "subscription"
    assert reasons["خبر أول"] == "latest_news"
    assert reasons["الرئيسية"] == "navigation"


def test_question_headline() -> None:
    text = "\n\n".join([
        "سياسة",
        "هل تنجح المفاوضات بين الطرفين هذه المرة بعد سنوات من الجمود؟",
        "SHARE:",
        "استؤنفت اليوم المفاوضات بين الطرفين في العاصمة بحضور وسطاء من عدة دول في المنطقة.",
        "وقال مسؤولون إن الجولة الحالية قد تستمر أسبوعاً كاملاً قبل الإعلان عن أي نتائج.",
    ])
    result = clean_text(text)
    assert result.title == "هل تنجح المفاوضات بين الطرفين هذه المرة بعد سنوات من الجمود؟"
    assert result.category == "سياسة"
    assert len(result.body) == 2


def test_page_with_menu_sidebar_and_category_span() -> None:
    page = """<html><body><header><ul><li><a href=/>الرئيسية</a></li><li><a href=/s>سياسة</a></li>
<li><a href=/r>رياضة</a></li></ul></header><main><div class="article">
<span class="post-category"><a href=/p>سياسة</a></span><h1>البرلمان يقر قانون الانتخابات الجديد بالأغلبية</h1>
<div class="article-body"><p>أقر البرلمان اليوم قانون الانتخابات الجديد بعد جلسة طويلة استمرت حتى الليل.</p>
<p>وقال رئيس البرلمان إن القانون يفتح الباب أمام مشاركة أوسع للشباب في الحياة السياسية.</p></div>
<div class="sidebar"><h3>الأكثر قراءة</h3><ul><li>خبر أول</li><li>خبر ثان</li></ul></div></div></main>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"""
    result = clean_html(page)
    assert result.title == "البرلمان يقر قانون الانتخابات الجديد بالأغلبية"
    assert result.category == "سياسة"
    assert [b.text[:6] for b in result.body_blocks] == ["أقر ال", "وقال ر"]
    sidebar = next(s for s in result.stripped if s.text.startswith("الأكثر قراءة"))
    assert sidebar.text == "الأكثر قراءة خبر أول خبر ثان"


def test_tail_marker_inside_the_story_does_not_eat_the_rest() -> None:
    long_para = ("وقال المتحدث باسم الحكومة في مؤتمر صحفي عقده بعد ظهر اليوم إن الإجراءات الجديدة "
                 "ستدخل حيز التنفيذ مطلع الشهر المقبل وستشمل جميع المحافظات دون استثناء وفق جدول زمني معلن.")
    text = "\n\n".join([
        "الحكومة تعلن إجراءات جديدة لدعم الأسر",
        "أعلنت الحكومة اليوم حزمة إجراءات جديدة لدعم الأسر محدودة الدخل في مختلف المحافظات.",
        "المزيد من التفاصيل",
        long_para,
        "آخر الأخبار",
        "خبر قصير أول",
        "خبر قصير ثان",
    ])
    result = clean_text(text)
    assert result.body_blocks[-1].text == long_para
    assert [s.text for s in result.stripped] == [
        "المزيد من التفاصيل", "آخر الأخبار", "خبر قصير أول", "خبر قصير ثان",
    ]
