"""The check's findings remembered between runs (core/check_memory.py): used only when nothing changed."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from app_probe import run_probe, seed_draft

from editor_app.core import check_memory, code_identity
from editor_app.core.article import Article
from editor_app.core.check_memory import CheckMemory, check_key, check_with_memory, remembered_key
from editor_app.core.checks import CheckContext, HouseRules, run_checks
from editor_app.core.dictionaries import make_broker
from editor_app.core.spelling import SpellChecker

BODY = (
    "<p>قال  المتحدث ان الوفد \"وصل\" الى مينسك في 12 يونيو 2023 , وان المحادثات  ستستمر .</p>"
    "<p>The delegation arrived , he said.</p>"
)


def _article(**changes: Any) -> Article:
    article = Article(id="a1", title="عنوان الخبر", body_html=BODY, excerpt="قصير")
    return dataclasses.replace(article, **changes)


def _spell(text: str) -> list[tuple[int, int, list[str]]]:
    start = text.find("مينسك")
    return [(start, start + 5, [])] if start >= 0 else []


def _context(identity: str | None = "dictionaries v1") -> CheckContext:
    return CheckContext(spell=_spell, spell_identity=lambda: identity)


def test_findings_come_back_the_same_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "check-findings.json"
    article, house, context = _article(), HouseRules.default(), _context()
    first = check_with_memory(article, house, context, CheckMemory(path))
    assert not first.recalled and first.key is not None and len(first.findings) >= 3
    assert any(f.fix is not None for f in first.findings)
    assert any(f.rule == "spelling" for f in first.findings)
    memory = CheckMemory(path)
    memory.remember(article.id, first.key, first.findings)
    memory.save()

    again = check_with_memory(article, house, context, CheckMemory(path))
    assert again.recalled
    assert again.findings == first.findings == run_checks(article, house, context)
    # "Check again" works it out whatever is remembered.
    assert not check_with_memory(article, house, context, CheckMemory(path), recall=False).recalled


def test_anything_the_findings_depend_on_changes_the_key() -> None:
    article, house, context = _article(), HouseRules.default(), _context()
    key = remembered_key(article, house, context)
    assert key is not None
    # Saving the draft again (new timestamps) is the same text: the same findings.
    later = dataclasses.replace(article, updated_at=article.updated_at + timedelta(hours=3))
    assert remembered_key(later, house, context) == key
    for other in (
        remembered_key(_article(title="عنوان آخر"), house, context),
        remembered_key(_article(body_html=BODY.replace("مينسك", "موسكو")), house, context),
        remembered_key(_article(tags=["روسيا"]), house, context),
        remembered_key(article, dataclasses.replace(house, headline_max_chars=20), context),
        remembered_key(article, house, _context("dictionaries v2")),
        remembered_key(article, house, CheckContext()),  # checked without spelling
        remembered_key(article, house, dataclasses.replace(context, recent_titles=["عنوان الخبر"])),
    ):
        assert other is not None and other != key
    # Checks that read the store's site terms, or spelling answers nobody can name, are never remembered.
    assert remembered_key(article, house, dataclasses.replace(context, terms=lambda _a: None)) is None
    assert remembered_key(article, house, _context(None)) is None
    assert remembered_key(article, house, CheckContext(spell=_spell)) is None


def test_an_edited_check_rule_forgets_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    article, house = _article(), HouseRules.default()
    key = check_key(article, house, "x")
    check_memory.code_identity.cache_clear()
    monkeypatch.setattr(code_identity, "__version__", "99.0")
    try:
        assert check_key(article, house, "x") != key
    finally:
        check_memory.code_identity.cache_clear()


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other", "drafts": []}',
                                     b'{"format": "qalam-check-findings 1", "drafts": [{"id": "a1"}]}',
                                     b"\xff\xfe\x00"])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "check-findings.json"
    path.write_bytes(content)
    article, house, context = _article(), HouseRules.default(), _context()
    memory = CheckMemory(path)
    outcome = check_with_memory(article, house, context, memory)
    assert not outcome.recalled and outcome.findings
    assert outcome.key is not None
    memory.remember(article.id, outcome.key, outcome.findings)
    memory.save()
    assert check_with_memory(article, house, context, CheckMemory(path)).recalled


def test_a_finding_cut_short_in_the_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "check-findings.json"
    article, house, context = _article(), HouseRules.default(), _context()
    outcome = check_with_memory(article, house, context, None)
    memory = CheckMemory(path)
    memory.remember(article.id, remembered_key(article, house, context) or "", outcome.findings)
    memory.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["drafts"][0]["findings"][0] = data["drafts"][0]["findings"][0][:2]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not check_with_memory(article, house, context, CheckMemory(path)).recalled


def test_only_the_newest_drafts_are_kept_and_a_full_disk_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "check-findings.json"
    house, context = HouseRules.default(), _context()
    memory = CheckMemory(path, max_drafts=3)
    articles = [_article(id=f"d{n}", title=f"عنوان {n}") for n in range(5)]
    keys = []
    for article in articles:
        outcome = check_with_memory(article, house, context, memory)
        assert outcome.key is not None
        memory.remember(article.id, outcome.key, outcome.findings)
        keys.append(outcome.key)
    # Held in memory too: only the newest three, however many drafts were checked.
    assert memory.recall(keys[0]) is None and memory.recall(keys[4]) is not None
    memory.save()
    kept = [entry["id"] for entry in json.loads(path.read_text(encoding="utf-8"))["drafts"]]
    assert kept == ["d2", "d3", "d4"]
    # A later run keeps what the file had, behind its own.
    later = CheckMemory(path, max_drafts=3)
    outcome = check_with_memory(articles[0], house, context, later)
    assert not outcome.recalled and outcome.key is not None
    later.remember("d0", outcome.key, outcome.findings)
    later.save()
    kept = [entry["id"] for entry in json.loads(path.read_text(encoding="utf-8"))["drafts"]]
    assert kept == ["d3", "d4", "d0"]

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    full = CheckMemory(blocked / "check-findings.json")
    full.remember("d0", outcome.key, outcome.findings)
    full.save()  # no exception, no file
    assert blocked.is_file()


@pytest.mark.skipif(not (make_broker().dict_exists("ar") and make_broker().dict_exists("en_US")),
                    reason="needs hunspell-ar and an en_US dictionary")
def test_the_spelling_answers_identity_follows_the_word_lists(tmp_path: Path) -> None:
    checker = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    first = checker.answers_identity()
    assert first is not None and "/ar.dic" in first
    assert checker.answers_identity() == first
    checker.add_to_personal("مينسك")
    second = checker.answers_identity()
    assert second not in (None, first)
    checker.ignore("لوكاشينكو")
    assert checker.answers_identity() not in (None, first, second)
    # The same lists in another run: the same identity.
    again = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    assert again.answers_identity() == second


def test_the_check_panel_remembers_and_recalls(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.checks import api
    from editor_app.gui.check_panel import CheckPanel
    from editor_app.gui.tasks import TaskRunner

    path = tmp_path / "check-findings.json"
    runs: list[int] = []
    real = api.run_checks

    def counting(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "run_checks", counting)
    panels = []
    for _ in range(2):
        panel = CheckPanel(TaskRunner(inline=True), HouseRules.default(), _context, memory=CheckMemory(path))
        qtbot.addWidget(panel)
        panel.set_article(_article(), immediately=True)
        assert panel.model.rowCount() >= 3
        panel.memory.save()  # as the window does when it closes
        panels.append(panel)
    assert len(runs) == 1  # the second panel showed the remembered findings
    assert panels[1].findings() == panels[0].findings()
    panels[1].recheck_button.click()  # "Check again" runs it
    assert len(runs) == 2


@pytest.mark.skipif(not (make_broker().dict_exists("ar") and make_broker().dict_exists("en_US")),
                    reason="needs hunspell-ar and an en_US dictionary")
def test_the_window_reopens_a_draft_with_its_findings_without_checking(tmp_path: Path) -> None:
    """Through the real command twice: the first start checks the draft and remembers the findings when the
    window closes; the second shows the same findings without the rules even being imported."""
    data = tmp_path / "data"
    draft_id = seed_draft(data, "مسودة", "<p>زار الوفد اوكرانيا  وعاد الى مينسك .</p>")
    probe = (
        "import json, os, sys\n"
        "from editor_app.cli.main import main\n"
        "import editor_app.gui.check_panel as panel\n"
        "runs, shown, rules = [], [], []\n"
        "if os.environ.get('COUNT_RUNS'):\n"
        "    from editor_app.core.checks import api\n"
        "    real = api.run_checks\n"
        "    def counting(*a, **k):\n"
        "        runs.append(1)\n"
        "        return real(*a, **k)\n"
        "    api.run_checks = counting\n"
        "show = panel.CheckPanel._show\n"
        "def showing(self, findings):\n"
        "    shown.append(sorted((f.rule, f.span.field, f.span.start) for f in findings))\n"
        "    rules.append('editor_app.core.checks.api' in sys.modules)\n"
        "    return show(self, findings)\n"
        "panel.CheckPanel._show = showing\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'runs': len(runs), 'shown': shown[-1] if shown else None,\n"
        "                  'rules': rules[-1] if rules else None}))\n"
    )
    args = ("--data-dir", str(data), "--lang", "ar", "--open", draft_id)
    outs = [run_probe(probe, *args, "--screenshot", str(tmp_path / f"shot{n}.png"),
                      env={"COUNT_RUNS": "1"} if n == 0 else {}) for n in range(2)]
    assert outs[0]["runs"] >= 1 and (data / "cache" / "check-findings.json").exists()
    assert outs[1]["rules"] is False  # the findings came back without the rules: none can have run
    assert outs[1]["shown"] == outs[0]["shown"]
    assert any(rule == "spelling" for rule, _field, _start in outs[1]["shown"])
