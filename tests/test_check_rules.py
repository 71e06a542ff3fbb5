"""Each pre-publish rule with Arabic text that must be flagged and text that must not; every fix is local."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.core.checks import (
    RULES,
    CheckContext,
    Finding,
    HouseRules,
    RuleSetting,
    Severity,
    StaleFix,
    apply_fix,
    apply_fixes,
    body_text,
    run_checks,
)
from editor_app.core.media import MediaItem

GOOD_EXCERPT = "ملخص الخبر في سطرين يكفيان لعرضه في القوائم وعلى مواقع التواصل الاجتماعي دون إطالة."


def article(body: str = "<p>نص سليم.</p>", **changes: object) -> Article:
    base = Article(title="عنوان سليم للخبر", body_html=body, excerpt=GOOD_EXCERPT, categories=["سياسة"],
                   featured_media_id="m1", slug="عنوان-سليم")
    return base.copy(**changes) if changes else base


def only(rule: str, **house: object) -> HouseRules:
    rules = {r: RuleSetting(enabled=(r == rule)) for r in RULES}
    return dataclasses.replace(HouseRules.default(), rules=rules, **house)  # type: ignore[arg-type]


def check(rule: str, art: Article, context: CheckContext | None = None, **house: object) -> list[Finding]:
    found = run_checks(art, only(rule, **house), context)
    assert all(f.rule == rule for f in found)
    return found


def field_text(art: Article, field: str) -> str:
    if field == "body":
        return body_text(art.body_html).text
    return str(getattr(art, field))


def assert_local_fix(art: Article, finding: Finding) -> Article:
    """The fix changes exactly its range of the field's text, and no other field."""
    assert finding.fix is not None
    fx = finding.fix
    before = field_text(art, finding.span.field)
    assert before[fx.start:fx.end] == fx.original
    fixed = apply_fix(art, finding)
    after = field_text(fixed, finding.span.field)
    assert after == before[: fx.start] + fx.replacement + before[fx.end :]
    for other in ("title", "subtitle", "excerpt", "slug", "body_html"):
        if other != ("body_html" if finding.span.field == "body" else finding.span.field):
            assert getattr(fixed, other) == getattr(art, other)
    return fixed


def body_span(art: Article, f: Finding) -> str:
    return body_text(art.body_html).text[f.span.start:f.span.end]


# --- metadata -------------------------------------------------------------------------------------


def test_clean_article_has_no_findings() -> None:
    media = MediaItem(id="m1", sha256="", alt="صورة الاجتماع")
    assert run_checks(article(), HouseRules(), CheckContext(featured_media=media)) == []


def test_title_missing() -> None:
    assert [f.rule for f in check("title-missing", article(title="  "))] == ["title-missing"]
    assert check("title-missing", article()) == []


def test_category_missing() -> None:
    found = check("category-missing", article(categories=[]))
    assert found and found[0].span.field == "categories" and found[0].severity == Severity.ERROR
    assert check("category-missing", article()) == []


def test_excerpt_missing_and_length() -> None:
    assert [f.rule for f in check("excerpt-missing", article(excerpt=""))] == ["excerpt-missing"]
    assert check("excerpt-missing", article()) == []
    short = check("excerpt-length", article(excerpt="ملخص قصير."))
    assert short and "short" in short[0].message.text
    long_found = check("excerpt-length", article(excerpt="كلمة " * 100))
    assert long_found and long_found[0].span.start == 300
    assert check("excerpt-length", article()) == []


def test_featured_image_and_alt() -> None:
    assert check("featured-image-missing", article(featured_media_id=None))
    assert check("featured-image-missing", article()) == []
    no_alt = CheckContext(featured_media=MediaItem(id="m1", sha256="", alt=" "))
    with_alt = CheckContext(featured_media=MediaItem(id="m1", sha256="", alt="صورة"))
    assert check("featured-image-alt", article(), no_alt)
    assert check("featured-image-alt", article(), with_alt) == []


def test_slug_over_200_bytes_and_its_fix() -> None:
    long_slug = "-".join(["كلمة"] * 30)  # 30 × 4 letters × 6 bytes: far over 200
    art = article(slug=long_slug)
    found = check("slug-too-long", art)
    assert found and found[0].span.field == "slug"
    fixed = assert_local_fix(art, found[0])
    from urllib.parse import quote

    assert len(quote(fixed.slug, safe="-_.~")) <= 200 and fixed.slug.startswith("كلمة-كلمة")
    assert check("slug-too-long", article()) == []
    # No slug: the one WordPress would make from a long headline is checked.
    derived = check("slug-too-long", article(slug="", title=" ".join(["عنوان"] * 30)))
    assert derived and derived[0].fix is not None and derived[0].fix.replacement


# --- spelling -------------------------------------------------------------------------------------


def test_spelling_from_an_injected_checker() -> None:
    wrong = {"الرءيس", "بوتن"}

    def spell(text: str) -> list[tuple[int, int, list[str]]]:
        import re

        return [(m.start(), m.end(), ["الرئيس"] if m.group() == "الرءيس" else [])
                for m in re.finditer(r"\w+", text) if m.group() in wrong]

    art = article("<p>قال الرءيس بوتن إن الاجتماع ناجح.</p>")
    found = check("spelling", art, CheckContext(spell=spell))
    assert [body_span(art, f) for f in found] == ["الرءيس", "بوتن"]
    fixed = assert_local_fix(art, found[0])
    assert "قال الرئيس بوتن" in fixed.body_html
    assert found[1].fix is None
    assert check("spelling", article(), CheckContext(spell=spell)) == []
    assert check("spelling", art) == []  # no checker, no findings


# --- leftovers ------------------------------------------------------------------------------------


def test_latin_fragments_like_the_sample() -> None:
    art = article("<p>SHARE:</p>\n<p>تم النشر on</p>\n<p>قال المسؤول إن click here الاجتماع انتهى.</p>")
    found = check("latin-fragment", art)
    assert [body_span(art, f) for f in found] == ["SHARE", "on", "click here"]
    fixed = assert_local_fix(art, found[1])
    assert "<p>تم النشر</p>" in fixed.body_html


def test_latin_names_acronyms_urls_and_known_terms_are_not_flagged() -> None:
    art = article("<p>قال موقع EU Reporter إن حلف NATO وشركة Apple أعلنت عن iPhone جديد بسعر 5 km "
                  "على الموقع www.example.com أو عبر info@example.org.</p>\n"
                  "<p dir=\"ltr\">This whole paragraph is English and is left alone.</p>")
    assert check("latin-fragment", art, known_latin_terms=["iPhone", "km"]) == []


def test_unbalanced_quotes() -> None:
    art = article("<p>قال: «لن نتراجع.</p>\n<p>وأضاف \"هذا موقفنا.</p>")
    found = check("unbalanced-quotes", art)
    assert [body_span(art, f) for f in found] == ["«", '"']
    good = article("<p>قال: «لن نتراجع» وأضاف \"هذا موقفنا\" و“نهائي”.</p>")
    assert check("unbalanced-quotes", good) == []


def test_unbalanced_brackets() -> None:
    art = article("<p>التقى الرئيسان (في موسكو يوم الأحد.</p>\n<p>وقال] إن الاجتماع انتهى.</p>")
    found = check("unbalanced-brackets", art)
    assert [body_span(art, f) for f in found] == ["(", "]"]
    assert check("unbalanced-brackets", article("<p>التقى الرئيسان (في موسكو) [أمس] يوم الأحد.</p>")) == []


# --- typography -----------------------------------------------------------------------------------


def test_latin_punctuation_in_arabic_sentences() -> None:
    art = article("<p>قال الوزير, إن الاتفاق نهائي; فهل يصمد?</p>")
    found = check("latin-punctuation", art)
    assert [f.fix.replacement for f in found if f.fix] == ["،", "؛", "؟"]
    fixed = art
    for f in reversed(found):
        fixed = assert_local_fix(fixed, f) if f is found[-1] else apply_fix(fixed, f)
    assert "قال الوزير، إن الاتفاق نهائي؛ فهل يصمد؟" in fixed.body_html
    negative = article("<p>بلغ العدد 1,500 شخص.</p>\n<p dir=\"ltr\">Hello, world; ok?</p>\n"
                       "<p>قال الوزير، إن الاتفاق نهائي؛ فهل يصمد؟</p>")
    assert check("latin-punctuation", negative) == []


def test_space_before_punctuation_as_in_the_sample() -> None:
    art = article("<p>يوم الأحد (23 يوليو) ، على حد قول الكرملين . وقال : لا .</p>")
    found = check("space-before-punctuation", art)
    assert len(found) == 4
    fixed = assert_local_fix(art, found[0])
    assert "(23 يوليو)، على حد" in fixed.body_html
    clean = article("<p>يوم الأحد، على حد قوله. وقال: لا... نسبة .5</p>")
    assert check("space-before-punctuation", clean) == []


def test_double_spaces() -> None:
    art = article("<p>قال  الوزير   إن الاتفاق نهائي.</p>")
    found = check("double-space", art)
    assert [body_span(art, f) for f in found] == ["  ", "   "]
    fixed = assert_local_fix(art, found[1])
    assert "قال  الوزير إن" in fixed.body_html
    assert check("double-space", article("<p>قال الوزير إن\n   الاتفاق نهائي.</p>")) == []


def test_tatweel_for_stretching() -> None:
    art = article("<p>وصــل حديــثاً إلى المطار.</p>")
    found = check("tatweel", art)
    assert [body_span(art, f) for f in found] == ["وصــل", "حديــثاً"]
    fixed = assert_local_fix(art, found[1])
    assert "وصــل حديثاً إلى" in fixed.body_html
    # هـ after a Hijri year is an abbreviation, not stretching.
    assert check("tatweel", article("<p>في عام 1445 هـ وصل حديثاً.</p>")) == []


def test_mixed_digits_consistent_style() -> None:
    art = article("<p>قتل 12 شخصاً وأصيب ١٥ آخرون في 3 مدن.</p>")
    found = check("mixed-digits", art)
    assert [body_span(art, f) for f in found] == ["١٥"]
    fixed = assert_local_fix(art, found[0])
    assert "وأصيب 15 آخرون" in fixed.body_html
    assert check("mixed-digits", article("<p>قتل 12 شخصاً وأصيب 15 آخرون.</p>")) == []
    assert check("mixed-digits", article("<p>قتل ١٢ شخصاً وأصيب ١٥ آخرون.</p>")) == []


def test_digit_style_arabic_indic_leaves_latin_tokens_alone() -> None:
    art = article("<p>قتل 12 شخصاً بسبب COVID-19 وفق الموقع.</p>")
    found = check("mixed-digits", art, digit_style="arabic-indic")
    assert [body_span(art, f) for f in found] == ["12"]
    assert found[0].fix is not None and found[0].fix.replacement == "١٢"
    assert check("mixed-digits", article("<p>قتل ١٢ شخصاً.</p>"), digit_style="arabic-indic") == []
    assert check("mixed-digits", article("<p>قتل ١٢ شخصاً.</p>"), digit_style="western")


def test_zero_width_characters() -> None:
    art = article("<p>قال\u200f الوزير\u200b إن الاتفاق\u061c نهائي\u200e.</p>")
    found = check("invisible-characters", art)
    assert [body_span(art, f) for f in found] == ["\u200b"]  # LRM, RLM and ALM are allowed marks
    fixed = assert_local_fix(art, found[0])
    assert fixed.body_html == "<p>قال\u200f الوزير إن الاتفاق\u061c نهائي\u200e.</p>"
    # A joiner inside an emoji sequence is not junk.
    assert check("invisible-characters", article("<p>عائلة 👨\u200d👩\u200d👧 سعيدة.</p>")) == []


def test_bidi_embedding_override_and_isolate_controls_are_errors_with_a_fix() -> None:
    art = article("<p>قال\u200f الوزير إن \u202bالاتفاق\u202c نهائي و\u2066EU\u2069 توافق \u202eأكيد.</p>",
                  title="عنوان \u2067مقلوب")
    found = check("bidi-controls", art)
    assert [f.span.field for f in found] == ["title"] + ["body"] * 5
    assert {f.severity for f in found} == {Severity.ERROR}
    assert all(f.fix is not None for f in found)
    fixed = art
    for f in sorted(found, key=lambda f: (f.span.field, -f.span.start)):
        fixed = assert_local_fix(fixed, f)
    assert fixed.body_html == "<p>قال\u200f الوزير إن الاتفاق نهائي وEU توافق أكيد.</p>"
    assert fixed.title == "عنوان مقلوب"
    assert check("bidi-controls", fixed) == []
    assert check("bidi-controls", article("<p>قال\u200f الوزير\u200e نعم\u061c.</p>")) == []


# --- links and images -----------------------------------------------------------------------------


def test_links_without_text_or_not_https() -> None:
    art = article('<p>انظر <a href="https://a.example"></a> و<a href="http://b.example">المصدر</a> '
                  'و<a href="ftp://c.example">الملف</a>.</p>')
    assert [f.rule for f in check("link-no-text", art)] == ["link-no-text"]
    insecure = check("link-not-https", art)
    assert [body_span(art, f) for f in insecure] == ["المصدر", "الملف"]
    good = article('<p>انظر <a href="https://a.example">البيان</a> و<a href="mailto:x@y.z">راسلنا</a> '
                   'و<a href="#notes">الملاحظات</a>.</p>')
    assert check("link-no-text", good) == [] and check("link-not-https", good) == []


def test_images_without_alt() -> None:
    art = article('<figure><img src="qalam-media:1"></figure>\n<p>نص.</p>\n'
                  '<figure><img src="qalam-media:2" alt=" "></figure>')
    found = check("image-no-alt", art)
    assert len(found) == 2 and all(body_span(art, f) == "\ufffc" for f in found)
    assert check("image-no-alt", article('<figure><img src="qalam-media:1" alt="الرئيسان"></figure>')) == []


# --- headline -------------------------------------------------------------------------------------


def test_headline_too_long() -> None:
    title = "يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا من اعتداء على بيلاروسيا"
    found = check("headline-too-long", article(title=title), headline_max_chars=40)
    assert found and found[0].span.start == 40 and found[0].span.end == len(title)
    assert check("headline-too-long", article(title=title), headline_max_chars=80) == []


def test_duplicate_headline_of_a_recent_post() -> None:
    recent = CheckContext(recent_titles=["أخبار الطقس", "يلتقي بوتين و لوكاشينكو بعد أن حذّرت روسيا!"])
    found = check("headline-duplicate", article(title="يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا"), recent)
    assert found and "حذّرت" in found[0].message.render()
    assert check("headline-duplicate", article(title="الحكومة تقر الموازنة"), recent) == []


# --- house rules, severities, fixes -------------------------------------------------------------


def test_house_rules_file_round_trip_and_overrides(tmp_path: Path) -> None:
    house = HouseRules.default()
    assert house.digit_style == "consistent" and house.is_ui_word("SHARE") and house.headline_max_chars == 80
    house.rules["double-space"] = RuleSetting(enabled=True, severity=Severity.ERROR)
    house.rules["tatweel"] = RuleSetting(enabled=False)
    house.digit_style = "western"
    path = tmp_path / "house.json"
    house.save(path)
    loaded = HouseRules.load(path)
    assert loaded.to_dict() == house.to_dict()
    art = article("<p>وصــل  الوفد.</p>")
    found = run_checks(art, loaded)
    assert [(f.rule, f.severity) for f in found] == [("double-space", Severity.ERROR)]


def test_bad_house_rules_file(tmp_path: Path) -> None:
    from editor_app.errors import QalamError

    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(QalamError):
        HouseRules.load(path)


def test_stale_fix_is_refused() -> None:
    art = article("<p>قال  الوزير.</p>")
    finding = check("double-space", art)[0]
    with pytest.raises(StaleFix):
        apply_fix(art.copy(body_html="<p>نص آخر تماماً.</p>"), finding)


def test_fix_across_formatting_is_left_to_the_editor() -> None:
    art = article("<p>وصـ<strong>ـل</strong> الوفد.</p>")
    finding = check("tatweel", art)[0]
    with pytest.raises(StaleFix):
        apply_fix(art, finding)


def test_uncleaned_sample_shows_its_leftovers(sample_text: str) -> None:
    from editor_app.core.importers import import_text

    art = import_text(sample_text).to_article()
    raw = art.copy(body_html="\n".join(f"<p>{line}</p>" for line in sample_text.splitlines() if line.strip()))
    found = run_checks(raw, HouseRules.default())
    texts = {(f.rule, f.text) for f in found}
    assert ("latin-fragment", "SHARE") in texts and ("latin-fragment", "on") in texts
    assert ("tatweel", "وصــل") in texts and ("tatweel", "حديــثاً") in texts


def test_apply_all_fixes_of_the_sample(sample_text: str) -> None:
    from editor_app.core.importers import import_text

    art = import_text(sample_text).to_article(excerpt=GOOD_EXCERPT, featured_media_id="m1", slug="s")
    found = run_checks(art, HouseRules.default())
    assert {f.rule for f in found} == {"space-before-punctuation"} and len(found) == 13
    fixed = apply_fixes(art, found)
    assert run_checks(fixed, HouseRules.default()) == []
    assert "(23 يوليو)، على حد قول الكرملين، بعد" in fixed.body_html


def test_findings_serialise_for_json() -> None:
    art = article("<p>وصــل.</p>", categories=[])
    payload = [f.to_json() for f in run_checks(art, HouseRules())]
    assert {"rule": "tatweel", "severity": "warning", "field": "body", "start": 0, "end": 5, "text": "وصــل",
            "block": 0}.items() <= payload[-1].items()
    assert payload[-1]["fix"]["replacement"] == "وصل"


def test_website_clutter_left_in_the_body() -> None:
    art = article("<p>الرئيس الروسي التقى نظيره البيلاروسي في الكرملين يوم الأحد.</p>\n<p>الإعلانات</p>\n"
                  "<p>حصة هذه المادة:</p>\n<p>وصــل حديــثاً</p>")
    found = check("boilerplate-leftover", art)
    assert [body_span(art, f) for f in found] == ["الإعلانات", "حصة هذه المادة:", "وصــل حديــثاً"]
    assert "Advertisement marker".lower() in found[0].message.render()
    fixed = assert_local_fix(art, found[1])
    assert "حصة" not in fixed.body_html
    clean = article("<p>الرئيس الروسي التقى نظيره البيلاروسي في الكرملين يوم الأحد.</p>\n"
                    "<p>وقال إن اللقاء مثمر.</p>")
    assert check("boilerplate-leftover", clean) == []
