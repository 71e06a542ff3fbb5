"""core/spelling with the real enchant dictionaries: per-script choice, word lists, prefixes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor_app.core.dictionaries import make_broker
from editor_app.core.spelling import SpellChecker, WordList, read_word_file, stem_candidates
from editor_app.errors import QalamError

REPO = Path(__file__).resolve().parent.parent
STARTER = REPO / "resources" / "wordlists" / "newsroom-ar.txt"

pytestmark = pytest.mark.skipif(
    not (make_broker().dict_exists("ar") and make_broker().dict_exists("en_US")),
    reason="needs hunspell-ar and an en_US dictionary",
)


@pytest.fixture
def checker(tmp_path: Path) -> SpellChecker:
    return SpellChecker(
        personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt"
    ).load()


def test_each_word_goes_to_its_scripts_dictionary(checker: SpellChecker) -> None:
    assert checker.language_for("الكرملين") == "ar"
    assert checker.language_for("Reporter") == "en_US"
    assert checker.check("الكرملين") and checker.check("Reporter")
    assert not checker.check("اوكرانيا")  # hunspell-ar is strict about hamza
    assert checker.check("أوكرانيا")
    assert not checker.check("recieve")
    assert checker.check("كَتَبَ") and checker.check("حديثاً")
    assert checker.missing_languages == []


def test_results_are_cached(checker: SpellChecker) -> None:
    assert checker.cached("الاستراتجية") is None
    assert checker.check("الاستراتجية") is False
    assert checker.cached("الاستراتجية") is False
    results = checker.check_words(["بوتين", "بوتين", "Minsk", "xqzt"])
    assert results == {"بوتين": True, "Minsk": True, "xqzt": False}


def test_suggestions_on_demand(checker: SpellChecker) -> None:
    assert "الروسية" in checker.suggest("الروسيه")
    assert "receive" in checker.suggest("recieve")
    assert checker.suggest("2022") == []


def test_added_word_accepts_attached_prefixes(checker: SpellChecker, tmp_path: Path) -> None:
    for form in ("لوكاشينكو", "ولوكاشينكو", "بلوكاشينكو", "فلوكاشينكو"):
        assert not checker.check(form), form
    checker.add_to_personal("لوكاشينكو")
    for form in ("لوكاشينكو", "ولوكاشينكو", "بلوكاشينكو", "فلوكاشينكو", "كلوكاشينكو", "لِوكاشينكو"):
        assert checker.check(form), form
    checker.add_to_personal("الناتو")
    for form in ("والناتو", "بالناتو", "للناتو", "فالناتو", "وللناتو"):
        assert checker.check(form), form
    assert "لوكاشينكو" in (tmp_path / "personal.txt").read_text(encoding="utf-8")
    # A second checker reads the saved list.
    again = SpellChecker(personal_path=tmp_path / "personal.txt").load()
    assert again.check("ولوكاشينكو")


def test_prefix_stripping_needs_a_real_stem() -> None:
    assert "ناتو" in stem_candidates("بالناتو") and "الناتو" in stem_candidates("بالناتو")
    assert stem_candidates("وب") == []
    lst = WordList(words={"فاغنر"})
    assert lst.accepts("وفاغنر") and lst.accepts("لفاغنر") and not lst.accepts("فاغنرز")


def test_starter_newsroom_list(tmp_path: Path) -> None:
    checker = SpellChecker(starter_paths=[STARTER]).load()
    for word in ("لوكاشينكو", "فاغنر", "الناتو", "بريجوزين", "يفغيني", "فلاديمير", "ولوكاشينكو", "وفاغنر"):
        assert checker.check(word), word


def test_import_newsroom_list_is_shared(tmp_path: Path) -> None:
    shared = tmp_path / "machine" / "newsroom.txt"
    source = tmp_path / "names.txt"
    source.write_text("# names\nزيلينسكي\nبريغوجين, شويغو\n\nزيلينسكي\n", encoding="utf-8")
    first = SpellChecker(newsroom_path=shared).load()
    assert not first.check("وزيلينسكي")
    assert first.import_newsroom_list(source) == 3
    assert first.check("وزيلينسكي") and first.check("بشويغو")
    assert first.import_newsroom_list(source) == 0
    second = SpellChecker(newsroom_path=shared, personal_path=tmp_path / "other-user.txt").load()
    assert second.check("لبريغوجين")


def test_import_reads_windows_arabic(tmp_path: Path) -> None:
    source = tmp_path / "cp1256.txt"
    source.write_bytes("مينسك\nخاركيف\n".encode("cp1256"))
    assert read_word_file(source) == ["مينسك", "خاركيف"]


def test_import_missing_file_is_a_user_error(checker: SpellChecker, tmp_path: Path) -> None:
    with pytest.raises(QalamError):
        checker.import_newsroom_list(tmp_path / "missing.txt")


def test_ignore_is_for_this_session(checker: SpellChecker, tmp_path: Path) -> None:
    assert not checker.check("ايفرست")
    checker.ignore("ايفرست")
    assert checker.check("ايفرست")
    assert not (tmp_path / "personal.txt").exists()


def test_threads_share_one_checker(checker: SpellChecker) -> None:
    words = ["بوتين", "الكرملين", "xqzt", "Minsk", "اوكرانيا"] * 200
    errors: list[BaseException] = []

    def work() -> None:
        try:
            checker.check_words(words)
            checker.suggest("الروسيه")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert checker.cached("xqzt") is False
