"""The spelling overlay's quick test of a paragraph (gui/editor/spell.py) gives the regex's answer."""

from __future__ import annotations

import random
from pathlib import Path

from editor_app.core.arabic_text import WORD_RE
from editor_app.gui.editor.spell import _all_known_right, _find

SAMPLE = (Path(__file__).parent / "data" / "belarus-wagner-ar.txt").read_text(encoding="utf-8")
TRICKY = [
    "don't O'Brien’s café naïve", "مُحَمَّدٌ كَتَبَ الدَّرسَ", "ـــ ــالوفد", "a_b 12abc ab12 ٣٤ص x²y ½كيلو",
    "x''y ’a ab’ (بوتين) «مينسك»، «الكرملين».", "e-mail COVID-19 ﷲ ۞ ۩", "كلمة\u2028سطر\u00a0ثان",
    "\u200fRLM\u200f و\u200cكلمة",
]


def _regex_answer(text: str, answers: dict[str, bool]) -> bool:
    return all(map(answers.get, WORD_RE.findall(text)))


def test_the_quick_test_agrees_with_the_regex_whatever_the_answers() -> None:
    texts = [line for line in SAMPLE.splitlines() if line.strip()] + TRICKY
    words = sorted({w for t in texts for w in WORD_RE.findall(t)})
    pieces = sorted({p for t in texts for p in t.split()})  # answers for whole pieces too ("e-mail": right)
    rng = random.Random(7)
    for _ in range(60):
        answers: dict[str, bool] = {}
        for word in words + pieces:
            roll = rng.random()
            if roll < 0.9:
                answers[word] = roll < 0.85  # mostly right, some wrong, some not known yet (None)
        for text in texts:
            assert _all_known_right(text, answers.get) == _regex_answer(text, answers), text


def test_a_piece_known_right_as_a_whole_still_has_its_words_checked() -> None:
    answers = {"e-mail": True, "e": True, "mail": False, "بوتين": True, "(بوتين)": True}
    assert not _all_known_right("send an e-mail", {**answers, "send": True, "an": True}.get)
    assert _all_known_right("(بوتين)", answers.get)
    assert not _all_known_right("(بوتين)", {"(بوتين)": True}.get)  # the word itself was never answered


class _Answers:
    """What _find asks of a SpellChecker: its answers, and the on-the-spot ones (here: short words)."""

    def __init__(self, answers: dict[str, bool]) -> None:
        self.answers = answers

    def known_answers(self) -> dict[str, bool]:
        return self.answers

    def cached(self, word: str) -> bool | None:
        return True if len(word) < 2 else None


def _regex_marks(text: str, checker: _Answers) -> tuple[tuple[tuple[int, int], ...], list[str]]:
    ranges, unknown = [], []
    for match in WORD_RE.finditer(text):
        ok = checker.answers.get(match.group())
        if ok is None:
            ok = checker.cached(match.group())
            if ok is None:
                unknown.append(match.group())
                continue
        if not ok:
            ranges.append((match.start(), match.end() - match.start()))
    return tuple(ranges), unknown


def test_the_marks_and_unknown_words_are_the_regex_ones() -> None:
    texts = [line for line in SAMPLE.splitlines() if line.strip()] + TRICKY
    words = sorted({w for t in texts for w in WORD_RE.findall(t)} | {p for t in texts for p in t.split()})
    rng = random.Random(11)
    for _ in range(40):
        checker = _Answers({w: rng.random() < 0.8 for w in words if rng.random() < 0.9})
        for text in texts:
            assert _find(text, checker) == _regex_marks(text, checker), text  # type: ignore[arg-type]
