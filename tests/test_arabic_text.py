"""core/arabic_text: tokenizer, counts, direction, invisible junk, tolerant search."""

from __future__ import annotations

from editor_app.core.arabic_text import (
    char_count,
    find_all,
    find_next,
    first_strong_direction,
    fold_for_search,
    paragraph_direction,
    reading_minutes,
    script_of,
    strip_invisible_junk,
    strip_marks,
    text_stats,
    tokenize,
    word_count,
)


def test_vowelled_and_stretched_words_are_one_token() -> None:
    tokens = tokenize("حديــثاً كَتَبَ مُحَمَّدٌ الدرسَ")
    assert [t.text for t in tokens] == ["حديــثاً", "كَتَبَ", "مُحَمَّدٌ", "الدرسَ"]
    assert word_count("مُحَمَّدٌ") == 1


def test_token_spans_point_into_the_text() -> None:
    text = "زار الرئيس مقر EU Reporter في 23 يوليو 2022."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert [t.text for t in tokenize(text)] == ["زار", "الرئيس", "مقر", "EU", "Reporter", "في", "يوليو"]


def test_word_count_counts_numbers_and_ignores_punctuation() -> None:
    assert word_count("يوم الأحد (23 يوليو) ، 10:30 صباحا.") == 6
    assert word_count("don't stop") == 2
    assert word_count("") == 0


def test_char_count_skips_marks_and_controls() -> None:
    assert char_count("كَتَبَ") == 3
    assert char_count("a\u200bb\nc") == 3
    assert char_count("أ ب") == 3


def test_reading_time() -> None:
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(180) == 1
    assert reading_minutes(181) == 2
    stats = text_stats("كلمة " * 360)
    assert (stats.words, stats.minutes) == (360, 2)


def test_script_detection() -> None:
    assert script_of("لوكاشينكو") == "ar"
    assert script_of("Reporter") == "latin"
    assert script_of("2022") is None


def test_first_strong_direction() -> None:
    assert first_strong_direction("EU Reporter ينشر") == "ltr"
    assert first_strong_direction("«قال» EU") == "rtl"
    assert first_strong_direction("123 - (45)") is None
    assert paragraph_direction("123", default="rtl") == "rtl"
    # An isolated run does not decide the paragraph's direction.
    assert first_strong_direction("\u2066EU\u2069 قال") == "rtl"


def test_strip_invisible_junk_reports_what_it_removed() -> None:
    text = "\u202bنص\u202c\u200b مع \u2066EU\u2069 و\u2067بقايا\u200f"
    cleaned, report = strip_invisible_junk(text)
    # Isolates go too, balanced or not (issue 13: the paragraph direction is Qalam's job); RLM stays.
    assert cleaned == "نص مع EU وبقايا\u200f"
    assert report.removed == {"RLE": 1, "PDF": 1, "ZWSP": 1, "LRI": 1, "PDI": 1, "RLI": 1}
    assert report.total == 6
    assert "RLE×1" in report.summary()


def test_joiners_kept_between_letters_only() -> None:
    cleaned, report = strip_invisible_junk("می\u200cخواهم \u200cلا")
    assert cleaned == "می\u200cخواهم لا"
    assert report.removed == {"ZWNJ": 1}
    clean, nothing = strip_invisible_junk("نص عادي")
    assert clean == "نص عادي" and not nothing


def test_strip_marks() -> None:
    assert strip_marks("كَتَبَ وصــل") == "كتب وصل"


def test_find_ignores_vowel_marks_and_hamza_forms() -> None:
    text = "قال مُحَمَّدٌ إن أوكرانيا ستنتصر"
    assert find_all(text, "محمد") == []
    spans = find_all(text, "محمد", ignore_marks=True)
    assert [text[s:e] for s, e in spans] == ["مُحَمَّدٌ"]
    spans = find_all(text, "اوكرانيا", ignore_marks=True, fold_hamza=True)
    assert [text[s:e] for s, e in spans] == ["أوكرانيا"]
    assert [text[s:e] for s, e in find_all(text, "ان", fold_hamza=True, whole_words=True)] == ["إن"]
    assert fold_for_search("إسلامٌ آمن مستشفى") == "اسلام امن مستشفي"


def test_find_case_and_next() -> None:
    text = "EU eu Eu"
    assert len(find_all(text, "eu")) == 3
    assert find_all(text, "eu", case_sensitive=True) == [(3, 5)]
    assert find_next(text, "eu", 1) == (3, 5)
    assert find_next(text, "eu", 5, backward=True) == (3, 5)
