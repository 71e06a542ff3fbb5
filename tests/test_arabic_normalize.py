"""The search normaliser: every folding rule, marks inside words, mixed Arabic and Latin, prefixes."""

from __future__ import annotations

import pytest

from editor_app.core.arabic_normalize import (
    MARK_RANGES,
    fold_letters,
    light_normalize,
    normalize,
    normalize_with_map,
    normalized_words,
    tokenize,
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إسلام", "اسلام"),  # hamza below
        ("آمن", "امن"),  # madda
        ("ٱلرحمن", "الرحمن"),  # wasla
        ("مدرسة", "مدرسه"),  # taa marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مؤتمر", "موتمر"),  # waw with hamza
        ("رئيس", "رييس"),  # yeh with hamza
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Persian digits
        ("وصــــل", "وصل"),  # tatweel
        ("ABC Def", "abc def"),
        ("Straße", "strasse"),  # full case folding, not lower()
        ("ÉCOLE", "école"),  # Latin accents stay (FTS5 remove_diacritics handles them)
    ],
)
def test_each_folding_rule(source: str, expected: str) -> None:
    assert normalize(source) == expected


@pytest.mark.parametrize(
    ("vocalised", "bare"),
    [
        ("كَتَبَ", "كتب"),
        ("مُحَمَّد", "محمد"),
        ("حَدِيثًا", "حديثا"),  # fathatan
        ("كُتُبٌ", "كتب"),  # dammatan
        ("كِتَابٍ", "كتاب"),  # kasratan
        ("مُدَرِّسَةٌ", "مدرسه"),  # marks and a fold in one word
        ("هٰذا", "هذا"),  # superscript alef U+0670
        ("صلى الله عليه وسلم ﷺ", "صلي الله عليه وسلم صلي الله عليه وسلم"),  # presentation ligature (NFKC)
        ("ٱلْقُرْآنُ", "القران"),
        ("إِنَّ ٱللَّٰهَ", "ان الله"),
    ],
)
def test_vowel_marks_inside_words(vocalised: str, bare: str) -> None:
    assert normalize(vocalised) == bare


def test_every_mark_in_the_ranges_is_removed() -> None:
    for start, end in MARK_RANGES:
        for code in range(start, end + 1):
            assert normalize("ك" + chr(code) + "تب") == "كتب", hex(code)


def test_hamza_as_combining_mark_folds_like_precomposed() -> None:
    decomposed = "ا\u0654حمد"  # alef + combining hamza above (NFD of أحمد)
    assert normalize(decomposed) == normalize("أحمد") == "احمد"


def test_invisible_format_characters_are_removed() -> None:
    assert normalize("مر\u200cحبا\u200f") == "مرحبا"
    assert normalize("\ufeffكلمة\u00ad") == "كلمه"


def test_presentation_forms_are_decomposed() -> None:
    assert normalize("ﻻ") == "لا"
    assert normalize("ﻷ") == "لا"  # lam-alef with hamza: decomposed, then folded
    assert normalize("ﺑﻴﺖ") == "بيت"


def test_mixed_arabic_and_latin() -> None:
    text = "قال Vladimir PUTIN إنّ «Wagner» وصلت إلى ٢٣ يوليو 2023"
    assert normalize(text) == "قال vladimir putin ان «wagner» وصلت الي 23 يوليو 2023"
    assert tokenize(normalize(text)) == [
        "قال", "vladimir", "putin", "ان", "wagner", "وصلت", "الي", "23", "يوليو", "2023",
    ]


def test_normalize_is_idempotent_and_keeps_plain_text() -> None:
    text = "روسيا البيضاء تقول إن الكرملين، يوم الأحد (23 يوليو)."
    once = normalize(text)
    assert normalize(once) == once
    assert normalize("plain ascii 123") == "plain ascii 123"
    assert normalize("") == ""


def test_punctuation_and_arabic_comma_separate_words() -> None:
    assert normalized_words("قال،الكرملين؛ موسكو؟ نعم") == ["قال", "الكرملين", "موسكو", "نعم"]
    assert normalized_words("snake_case") == ["snake", "case"]


def test_normalize_with_map_points_back_to_the_original() -> None:
    original = "قالَ الـكرملينُ: Straße"
    norm, origin = normalize_with_map(original)
    assert norm == normalize(original)
    assert len(origin) == len(norm)
    start = norm.index("الكرملين")
    end = start + len("الكرملين")
    assert original[origin[start]: origin[end - 1] + 1] == "الـكرملين"
    s = norm.index("strasse")
    assert original[origin[s]: origin[s + len("strasse") - 1] + 1] == "Straße"


def test_light_normalize_keeps_hamza_and_folding_completes_it() -> None:
    text = "ٱلرَّحمن أحمد إلى آمن مدرسة مستشفى مؤتمر رئيس ٢٠٢٣ وصــل ﻻ"
    assert light_normalize(text) == "ٱلرحمن أحمد إلى آمن مدرسة مستشفى مؤتمر رئيس 2023 وصل لا"
    assert fold_letters(light_normalize(text)) == normalize(text)
    assert len(fold_letters("أإآٱةىؤئ")) == 8  # one for one: words keep their positions


def test_the_fast_path_gives_what_the_translation_tables_give() -> None:
    """normalize/light_normalize skip str.translate (slow: a dict look-up per character) for a search of the
    few characters that change; every character, alone, between letters and doubled, must come out as the
    rule tables say."""
    from editor_app.core import arabic_normalize as an

    def reference(text: str, table: dict[int, str | None]) -> str:
        if an._PRESENTATION.search(text):
            text = an._PRESENTATION.sub(an._nfkc, text)
        return text.translate(table).casefold()

    blocks = [(0x0000, 0x024F), (0x0300, 0x036F), (0x0600, 0x08FF), (0x2000, 0x206F), (0xFB50, 0xFEFF)]
    codes = {*an._TABLE, *(c for start, end in blocks for c in range(start, end + 1))}
    wrong = []
    for code in sorted(codes):
        ch = chr(code)
        # (with and without an Eastern digit, and after a vowel mark: the usual text, marks only, takes a
        # shorter way than text with digits or presentation forms)
        for text in (ch, f"ك{ch}ب٣", ch + ch, f"ك{ch}ب", f"كَ{ch}ب", f"A\u0651{ch}ٮ"):
            if (light_normalize(text) != reference(text, an._LIGHT_TABLE)
                    or normalize(text) != reference(text, an._TABLE)):
                wrong.append(hex(code))
    assert wrong == []
    vowelled = "وَصَــلَ الرَّئِيسُ إلى مُؤْتَمَرٍ في ٢٠٢٣ و۱۹۹۹ \u200fكَتَبَ"
    assert normalize(vowelled) == reference(vowelled, an._TABLE) == "وصل الرييس الي موتمر في 2023 و1999 كتب"
