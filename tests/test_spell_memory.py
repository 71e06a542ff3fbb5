"""core/spell_memory: the dictionaries' answers kept between runs, with the real enchant dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_probe import run_probe, seed_draft
from pytestqt.qtbot import QtBot

from editor_app.core import spell_memory
from editor_app.core.dictionaries import make_broker
from editor_app.core.spell_memory import SpellMemory, dictionary_identity
from editor_app.core.spelling import ARABIC, ENGLISH, SpellChecker
from editor_app.gui.spell_setup import memory_file

LANGUAGES = (ARABIC, ENGLISH)
WORDS = ["الكرملين", "اوكرانيا", "أوكرانيا", "Reporter", "recieve", "لوكاشينكو"]

pytestmark = pytest.mark.skipif(
    not (make_broker().dict_exists("ar") and make_broker().dict_exists("en_US")),
    reason="needs hunspell-ar and an en_US dictionary",
)


def _checker(tmp_path: Path, memory: SpellMemory | None) -> SpellChecker:
    return SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt",
                        memory=memory)


def _memory(tmp_path: Path) -> SpellMemory:
    return SpellMemory(tmp_path / "cache" / "verdicts.txt", LANGUAGES)


def test_a_second_run_answers_from_memory_without_the_dictionaries(tmp_path: Path) -> None:
    first = _checker(tmp_path, _memory(tmp_path)).prepare()
    assert first.is_loaded  # nothing remembered yet: the dictionaries load
    answers = first.check_words(WORDS)
    assert answers["اوكرانيا"] is False and answers["أوكرانيا"] is True and answers["recieve"] is False
    first.remember()

    second = _checker(tmp_path, _memory(tmp_path)).prepare()
    assert second.is_ready and not second.is_loaded
    assert {w: second.cached(w) for w in WORDS} == answers
    assert second.check_words(WORDS) == {}  # all known: nothing checked, nothing loaded
    assert not second.is_loaded
    assert second.check("كتاب") is True  # a word never seen: the dictionaries load for it
    assert second.is_loaded
    assert second.check("كتتاب") is False


def test_word_lists_still_decide_over_remembered_rejections(tmp_path: Path) -> None:
    first = _checker(tmp_path, _memory(tmp_path)).prepare()
    assert first.check("لوكاشينكو") is False
    first.remember()
    (tmp_path / "personal.txt").write_text("لوكاشينكو\n", encoding="utf-8")
    second = _checker(tmp_path, _memory(tmp_path)).prepare()
    assert second.cached("لوكاشينكو") is True  # the personal list, over the dictionary's old "no"
    third = _checker(tmp_path / "other", _memory(tmp_path)).prepare()
    assert third.cached("لوكاشينكو") is False
    third.add_to_personal("لوكاشينكو")
    assert third.check("ولوكاشينكو") is True and not third.is_loaded


def test_other_dictionaries_or_a_damaged_file_are_not_trusted(tmp_path: Path) -> None:
    folder = tmp_path / "dicts"
    folder.mkdir()
    for language in LANGUAGES:
        for ext in ("dic", "aff"):
            (folder / f"{language}.{ext}").write_text("1\nword\n", encoding="utf-8")
    path = tmp_path / "verdicts.txt"
    SpellMemory(path, LANGUAGES, [folder]).save({"كتاب": True, "كتتاب": False}, [], {})
    assert SpellMemory(path, LANGUAGES, [folder]).load() == {"كتاب": True, "كتتاب": False}

    (folder / "ar.dic").write_text("2\nword\nother\n", encoding="utf-8")  # a new hunspell-ar
    assert SpellMemory(path, LANGUAGES, [folder]).load() == {}
    assert dictionary_identity(LANGUAGES, [tmp_path / "nowhere"]) is None  # no files: nothing kept
    assert SpellMemory(path, LANGUAGES, [tmp_path / "nowhere"]).load() == {}

    SpellMemory(path, LANGUAGES, [folder]).save({"كتاب": True}, [], {})
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[rejected]")], encoding="utf-8")  # cut short
    assert SpellMemory(path, LANGUAGES, [folder]).load() == {}
    path.write_bytes(b"\xff\xfe garbage")
    assert SpellMemory(path, LANGUAGES, [folder]).load() == {}
    checker = _checker(tmp_path, SpellMemory(path, LANGUAGES, [folder])).prepare()
    assert checker.is_loaded and checker.check("أوكرانيا")  # damaged memory: the dictionaries answer


def test_the_memory_keeps_new_and_recently_used_words_first(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spell_memory, "MAX_WORDS", 4)
    memory = _memory(tmp_path)
    old = {"قديم1": True, "قديم2": True, "قديم3": False, "قديم4": True}
    memory.save({"جديد": True}, ["قديم3", "غير"], old)
    assert memory.load() == {"جديد": True, "قديم3": False, "قديم1": True, "قديم2": True}


def test_a_full_disk_leaves_no_memory_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    memory = SpellMemory(blocker / "verdicts.txt", LANGUAGES)
    memory.save({"كتاب": True}, [], {})  # says nothing to the writer: it is only a cache
    assert memory.load() == {}


def test_the_window_reopens_a_draft_without_loading_the_dictionaries(tmp_path: Path) -> None:
    """Through the real command twice: the first start loads the dictionaries and remembers their
    answers when the window closes; the second marks the same misspelling without importing enchant."""
    data = tmp_path / "data"
    draft_id = seed_draft(data, "مسودة", "<p>زار الوفد اوكرانيا وعاد الى مينسك</p>")
    probe = (
        "import json, sys\n"
        "from editor_app.cli.main import main\n"
        "import editor_app.gui.editor.spell as spell\n"
        "errors = []\n"
        "original = spell.SpellController.error_count\n"
        "def count(self):\n"
        "    n = original(self)\n"
        "    errors.append(n)\n"
        "    return n\n"
        "spell.SpellController.error_count = count\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'enchant': 'enchant' in sys.modules, 'errors': errors}))\n"
    )
    runs = [run_probe(probe, "--data-dir", str(data), "--lang", "ar", "--open", draft_id,
                      "--screenshot", str(tmp_path / f"shot{n}.png")) for n in range(2)]
    assert runs[0]["enchant"] and memory_file(data).exists()
    assert not runs[1]["enchant"]  # answered from memory
    # Both runs marked the same words (اوكرانيا without its hamza, الى without its hamza).
    assert runs[0]["errors"][-1] == runs[1]["errors"][-1] >= 1


def test_a_word_typed_after_a_remembered_start_is_checked(qtbot: QtBot, tmp_path: Path) -> None:
    from editor_app.gui.editor.widget import RichTextEditor
    from editor_app.gui.tasks import TaskRunner

    first = _checker(tmp_path, _memory(tmp_path)).prepare()
    first.check_words(["زار", "الوفد", "مينسك"])
    first.remember()
    checker = _checker(tmp_path, _memory(tmp_path))
    editor = RichTextEditor(checker, TaskRunner(inline=True))
    qtbot.addWidget(editor)
    editor.show()
    editor.spell.ensure_loaded()
    editor.load_html("<p>زار الوفد مينسك</p>")
    assert checker.is_ready and not checker.is_loaded
    assert editor.spell.error_count() == 0
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" كتتاب ")
    editor.spell.check_now()
    qtbot.waitUntil(lambda: editor.spell.error_count() == 1)
    assert checker.is_loaded  # the new word needed the dictionary, loaded then
    assert json.dumps(checker.cached("كتتاب")) == "false"


def test_words_that_need_no_dictionary_are_answered_at_once(tmp_path: Path) -> None:
    """Short words, numbers, listed names: known without asking the runner, so a reopened draft with
    them is marked in one go (the lists are applied at every run, never remembered on disk)."""
    (tmp_path / "personal.txt").write_text("لوكاشينكو\n", encoding="utf-8")
    first = _checker(tmp_path, _memory(tmp_path)).prepare()
    first.check_words(["زار", "اوكرانيا"])
    first.remember()
    second = _checker(tmp_path, _memory(tmp_path))
    assert second.cached("و") is None  # nothing is ready yet: the highlighter waits
    second.prepare()
    assert second.cached("و") is True and second.cached("2026") is True
    assert second.cached("ولوكاشينكو") is True  # the personal list, with its prefix
    assert second.cached("اوكرانيا") is False and second.cached("كتاب") is None  # new: the runner asks
    assert not second.is_loaded


def _marked(block: object) -> list[tuple[int, int]]:
    from PySide6.QtGui import QTextCharFormat

    layout = block.layout()  # type: ignore[attr-defined]
    return [(r.start, r.length) for r in layout.formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def test_with_answers_known_the_marks_are_found_once_before_the_text_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each paragraph is split into words once, before the document is shown; the marks survive Qt's
    pass over every block when the document gets its layout, and an edit redoes its paragraph."""
    from editor_app.gui.editor import spell
    from editor_app.gui.editor.widget import RichTextEditor
    from editor_app.gui.tasks import TaskRunner

    checker = _checker(tmp_path, None).prepare()
    checker.check_words(["زار", "اوكرانيا", "recieve", "the", "word", "وعاد"])
    editor = RichTextEditor(checker, TaskRunner(inline=True))
    qtbot.addWidget(editor)
    editor.show()
    splits: list[str] = []
    real = spell._find
    monkeypatch.setattr(spell, "_find", lambda text, checker: splits.append(text) or real(text, checker))
    editor.load_html("<p>زار اوكرانيا</p><p>the recieve word</p><p>وعاد</p>")
    doc = editor.document()
    blocks = [doc.findBlockByNumber(n) for n in range(3)]
    assert sorted(t for t in splits if t) == sorted(b.text() for b in blocks)  # once each
    assert _marked(blocks[0]) == [(4, 8)] and _marked(blocks[1]) == [(4, 7)] and _marked(blocks[2]) == []
    assert editor.spell.error_count() == 2 and editor.spell.is_idle()
    before = len(splits)
    cursor = editor.textCursor()
    cursor.setPosition(blocks[1].position())
    cursor.insertText("x")  # an edit: that paragraph is split again, its mark moves
    assert "xthe recieve word" in splits[before:]
    assert _marked(doc.findBlockByNumber(1)) == [(5, 7)]
    assert _marked(doc.findBlockByNumber(0)) == [(4, 8)]
