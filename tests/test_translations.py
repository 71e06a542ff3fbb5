"""The Arabic translation stays complete and in step with the source code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AR_TS = REPO / "translations" / "qalam_ar.ts"
EN_TS = REPO / "translations" / "qalam_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Arabic plural forms in Qt's order (lrelease's numerus rules for Arabic): 0, 1, 2, n%100 in 3..10,
# n%100 in 11..99, and the rest (100, 101, 102, 200…). CLDR calls them zero, one, two, few, many, other.
ARABIC_FORMS = ("zero", "one", "two", "few", "many", "other")


def _texts(msg: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def test_arabic_has_no_unfinished_entries() -> None:
    unfinished = [
        f"{ctx}: {src}"
        for ctx, src, msg in _messages(AR_TS)
        if (tr := msg.find("translation")) is not None
        and (tr.get("type") == "unfinished" or not all(t.strip() for t in _texts(msg)))
        and tr.get("type") != "vanished"
        and tr.get("type") != "obsolete"
    ]
    assert unfinished == []


def test_arabic_plurals_have_six_forms() -> None:
    bad = [f"{ctx}: {src}" for ctx, src, msg in _messages(AR_TS)
           if msg.get("numerus") == "yes" and len(_texts(msg)) != 6]
    assert bad == []


def test_arabic_keeps_every_placeholder_and_accelerator_letter() -> None:
    bad = []
    for ctx, src, msg in _messages(AR_TS):
        for text in _texts(msg):
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{ctx}: {src!r} -> {text!r}")
    assert bad == []


def test_every_count_is_a_plural_message_with_all_its_forms() -> None:
    """%n messages are numerus in both catalogues (lupdate only sees a plural in tr(…, "", n) or in
    QT_TRANSLATE_NOOP(ctx, text, "", 1)), Arabic gives six forms and English two, and the forms that
    must show the number (Arabic few/many/other, the English plural) do."""
    problems = []
    for path, count, with_number in ((AR_TS, 6, (3, 4, 5)), (EN_TS, 2, (1,))):
        for ctx, src, msg in _messages(path):
            if "%n" not in src:
                continue
            forms = _texts(msg)
            if msg.get("numerus") != "yes":
                problems.append(f"{path.name} {ctx}: {src!r} is not a plural message")
            elif len(forms) != count or not all(f.strip() for f in forms):
                problems.append(f"{path.name} {ctx}: {src!r} needs {count} forms, has {forms}")
            elif any("%n" not in forms[i] and "%Ln" not in forms[i] for i in with_number):
                problems.append(f"{path.name} {ctx}: {src!r}: a form lacks the number: {forms}")
    assert problems == []


def test_no_count_is_glued_before_a_noun() -> None:
    """A number of things is a %n plural message, never "{count} drafts" filled in by format()."""
    counts = re.compile(r"\{(n|count|[a-z]+_count|minutes|hours|days|words|chars|errors|others|added|removed"
                        r"|done|queued|failed|sent|pulled|notes|categories|tags)\}\s*[^\W\d]")
    glued = [f"{ctx}: {src}" for ctx, src, _msg in _messages(AR_TS) if counts.search(src)]
    assert glued == []


def test_ts_files_are_up_to_date_with_the_source(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    copy = tmp_path / "qalam_ar.ts"
    shutil.copy(AR_TS, copy)
    sources = sorted(str(p) for p in (REPO / "editor_app").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    missing = [
        f"{ctx}: {src}"
        for ctx, src, msg in _messages(copy)
        if (tr := msg.find("translation")) is not None and tr.get("type") == "unfinished"
    ]
    assert missing == [], "run `make update-translations` and translate the new strings"


def test_cli_strings_are_visible_to_lupdate() -> None:
    # lupdate only sees translate("Context", "literal"); ctx.tr(...) would hide strings from translators.
    offenders = [
        str(p.relative_to(REPO))
        for p in (REPO / "editor_app").rglob("*.py")
        if re.search(r"\bctx\.tr\(", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_string_has_a_context(tmp_path: Path) -> None:
    # `tr = self.tr` then `tr("…")` hides the class from lupdate: the string lands in an empty context
    # and the runtime lookup (class context) never finds its translation.
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    out = tmp_path / "probe_ar.ts"
    sources = sorted(str(p) for p in (REPO / "editor_app").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *sources, "-ts", str(out)], check=True, capture_output=True
    )
    orphans = [src for ctx, src, _msg in _messages(out) if not ctx]
    assert orphans == []
