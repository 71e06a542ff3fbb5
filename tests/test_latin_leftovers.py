"""Latin words in Arabic sentences (rules latin-fragment and latin-name) on drafts from a real store,
with the word lists from resources/checks/latin_leftovers.json and a newsroom's own file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from editor_app.core.article import Article
from editor_app.core.checks import (
    RULES,
    Finding,
    HouseRules,
    RuleSetting,
    Severity,
    apply_fix,
    body_text,
    latin,
    run_checks,
)
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

GOOD_EXCERPT = "ملخص الخبر في سطرين يكفيان لعرضه في القوائم وعلى مواقع التواصل الاجتماعي دون إطالة."


def _house(**changes: object) -> HouseRules:
    rules = {r: RuleSetting(enabled=r in ("latin-fragment", "latin-name")) for r in RULES}
    return dataclasses.replace(HouseRules.default(), rules=rules, **changes)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


def _checked(store: DraftStore, body: str, **house: object) -> tuple[Article, list[Finding]]:
    draft = store.create(Article(title="خبر", body_html=body, excerpt=GOOD_EXCERPT, categories=["سياسة"]))
    article = store.get(draft.id)  # the draft as stored
    return article, run_checks(article, _house(**house))


def _spans(article: Article, found: list[Finding]) -> list[tuple[str, str, Severity]]:
    text = body_text(article.body_html).text
    return [(f.rule, text[f.span.start:f.span.end], f.severity) for f in found]


def test_agency_month_and_weekday_get_their_arabic_form(store: DraftStore) -> None:
    article, found = _checked(store, "<p>ذكرت Reuters أن الاجتماع عقد يوم Monday "
                                     "في 23 July الماضي.</p>")
    assert _spans(article, found) == [
        ("latin-fragment", "Reuters", Severity.WARNING),
        ("latin-fragment", "Monday", Severity.WARNING),
        ("latin-fragment", "July", Severity.WARNING),
    ]
    assert [f.fix.replacement for f in found if f.fix] == ["رويترز", "الاثنين", "يوليو"]
    message = found[0].message.render()
    assert "رويترز" in message and "ذكرت Reuters أن الاجتماع" in message  # the word, its sentence
    fixed = article
    for finding in reversed(found):
        fixed = apply_fix(fixed, finding)
    assert "ذكرت رويترز أن الاجتماع عقد يوم الاثنين في 23 يوليو الماضي." in fixed.body_html
    assert run_checks(fixed, _house()) == []


def test_multi_word_agencies_and_phrases(store: DraftStore) -> None:
    article, found = _checked(store, "<p>وقالت وكالة Associated Press إن الخبر according to مصادر.</p>"
                                     "<p>نقلت Agence France-Presse عن مسؤول.</p>")
    assert [(r, t) for r, t, _ in _spans(article, found)] == [
        ("latin-name", "Associated Press"),  # after the naming noun وكالة: a notice, still with the Arabic
        ("latin-fragment", "according to"),
        ("latin-fragment", "Agence France-Presse"),
    ]
    assert [f.fix.replacement for f in found if f.fix] == ["أسوشيتد برس", "وفقاً لـ", "فرانس برس"]


def test_names_after_naming_nouns_and_acronyms_are_notices_that_never_block(store: DraftStore) -> None:
    article, found = _checked(
        store, "<p>أعلنت شركة Google وشبكة CNN وموقع X ومنصة Telegram أن حلف NATO والاتحاد EU اتفقا.</p>")
    assert _spans(article, found) == [
        ("latin-name", "Google", Severity.INFO),
        ("latin-name", "CNN", Severity.INFO),
        ("latin-name", "X", Severity.INFO),
        ("latin-name", "Telegram", Severity.INFO),
        ("latin-name", "NATO", Severity.INFO),
        ("latin-name", "EU", Severity.INFO),
    ]
    assert found[1].fix is not None and found[1].fix.replacement == "سي إن إن"
    # A newsroom that makes the rule an error still cannot block publishing with it.
    strict = {**_house().rules, "latin-name": RuleSetting(enabled=True, severity=Severity.ERROR)}
    again = run_checks(article, dataclasses.replace(_house(), rules=strict))
    assert {f.severity for f in again} == {Severity.INFO}


def test_untranslated_quotations_and_left_names(store: DraftStore) -> None:
    article, found = _checked(store, "<p>وقال الرئيس: «we will not back down» ثم غادر.</p>"
                                     "<p>التقى Vladimir Putin نظيره أمس.</p>")
    assert [(r, t) for r, t, _ in _spans(article, found)] == [
        ("latin-fragment", "we will not back down"),
        ("latin-fragment", "Vladimir Putin"),
    ]
    assert all(f.fix is None for f in found)  # a translator's work, not a click
    assert "Untranslated quotation" in found[0].message.render()


def test_interface_words_and_lower_case_leftovers_are_removed(store: DraftStore) -> None:
    article, found = _checked(store, "<p>SHARE:</p><p>تم النشر on</p>"
                                     "<p>قال إن click here الاجتماع انتهى.</p>")
    assert [t for _, t, _ in _spans(article, found)] == ["SHARE", "on", "click here"]
    fixed = apply_fix(article, found[0])
    assert "SHARE" not in fixed.body_html


def test_what_is_left_alone(store: DraftStore) -> None:
    _, found = _checked(store, "<p>سعر iPhone بلغ 5 km على www.example.com أو info@example.org.</p>"
                               "<p dir=\"ltr\">This whole paragraph is English and is left alone "
                               "by Reuters.</p>")
    assert found == []


def test_the_sample_article_as_pasted(store: DraftStore, sample_text: str) -> None:
    body = "".join(f"<p>{line}</p>" for line in sample_text.splitlines() if line.strip())
    article, found = _checked(store, body)
    spans = {(r, t) for r, t, _ in _spans(article, found)}
    assert ("latin-fragment", "SHARE") in spans and ("latin-fragment", "on") in spans
    assert ("latin-name", "EU Reporter") in spans  # after برنامج: a name, a notice
    assert not any(f.severity == Severity.ERROR for f in found)


def test_a_newsroom_file_in_the_config_folder_adds_and_overrides(store: DraftStore) -> None:
    config = resolve_paths().config_dir
    config.mkdir(parents=True, exist_ok=True)
    (config / latin.FILE_NAME).write_text(json.dumps({
        "months": {"July": "تموز"},
        "agencies": {"Petra": "بترا"},
        "naming_nouns": ["موسوعة"],
    }, ensure_ascii=False), encoding="utf-8")
    article, found = _checked(store, "<p>نقلت Petra في July عن موسوعة Britannica خبرا.</p>")
    assert [(r, t) for r, t, _ in _spans(article, found)] == [
        ("latin-fragment", "Petra"), ("latin-fragment", "July"), ("latin-name", "Britannica")]
    assert [f.fix.replacement for f in found if f.fix] == ["بترا", "تموز"]
    (config / latin.FILE_NAME).write_text("{ broken", encoding="utf-8")  # a broken file: shipped lists
    _, found = _checked(store, "<p>نقلت Reuters الخبر.</p>")
    assert [f.fix.replacement for f in found if f.fix] == ["رويترز"]


def test_the_shipped_lists() -> None:
    lists = latin.word_lists()
    for latin_word, arabic in (("reuters", "رويترز"), ("afp", "فرانس برس"), ("ap", "أسوشيتد برس"),
                               ("january", "يناير"), ("friday", "الجمعة")):
        assert lists.known[latin_word] == arabic
    assert "شركه" in lists.naming_nouns and "منصه" in lists.naming_nouns
