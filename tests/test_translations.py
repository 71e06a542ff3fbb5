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
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def _texts(msg: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus message (six for Arabic)."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if msg.get("numerus") == "yes" else [tr.text or ""]


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


def test_arabic_keeps_every_placeholder_and_accelerator_letter() -> None:
    bad = []
    for ctx, src, msg in _messages(AR_TS):
        for text in _texts(msg):
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{ctx}: {src!r} -> {text!r}")
    assert bad == []


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
