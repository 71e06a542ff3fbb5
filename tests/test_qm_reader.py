"""The command line's Qt-free translator reads the same .qm catalogues as QTranslator, plurals included."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor_app.cli.translator import CliTranslator
from editor_app.qm import QmCatalog, QmFormatError, cldr_plural_form, numerus_form

REPO = Path(__file__).resolve().parent.parent
AR_QM = REPO / "translations" / "qalam_ar.qm"
AR_TS = REPO / "translations" / "qalam_ar.ts"


def _lrelease(ts: Path, qm: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert tool, "pyside6-lrelease comes with PySide6"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def test_every_message_of_the_arabic_catalogue_matches_qtranslator() -> None:
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(AR_QM))
    ours = QmCatalog.load(AR_QM)
    compared = 0
    for context in ET.parse(AR_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            plural = message.get("numerus") == "yes"
            for n in ((0, 1, 2, 3, 11, 100, 101, 102, 111) if plural else (-1,)):
                expected = qt.translate(name, source, comment or None, n)
                assert (ours.translate(name, source, comment, n) or "") == expected, (name, source, n)
                compared += 1
    assert compared > 500
    assert ours.translate("NoSuchContext", "No drafts.") is None
    assert ours.translate("Drafts", "no such text") is None


def test_plural_rules_of_the_catalogues_are_cldrs() -> None:
    for language in ("ar", "en"):
        catalog = QmCatalog.load(REPO / "translations" / f"qalam_{language}.qm")
        assert catalog.language == language
        forms = [numerus_form(n, catalog.rules) for n in range(0, 2001)]
        assert forms == [cldr_plural_form(language, n) for n in range(0, 2001)]
    # Arabic's six forms, by CLDR: zero, one, two, few (3–10), many (11–99), other.
    assert [cldr_plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 5, 5, 3, 4, 5]


def test_plural_messages_pick_the_right_form(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    forms = ["لا مسودات", "مسودة واحدة", "مسودتان", "%n مسودات", "%n مسودة", "%Ln مسودة"]
    ts = tmp_path / "plural_ar.ts"
    numerus = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ar"><context>'
        "<name>Drafts</name>"
        f'<message numerus="yes"><source>%n drafts</source><translation>{numerus}</translation></message>'
        "<message><source>Plain</source><translation>عادي</translation></message>"
        "</context></TS>", encoding="utf-8")
    qm = tmp_path / "qalam_ar.qm"
    _lrelease(ts, qm)
    qt = QTranslator()
    assert qt.load(str(qm))
    translator = CliTranslator("ar", "western", folder=tmp_path)
    drafts = {n: translator("Drafts", "%n drafts", None, n)
              for n in (0, 1, 2, 5, 10, 11, 99, 100, 102, 1005)}
    assert drafts == {0: "لا مسودات", 1: "مسودة واحدة", 2: "مسودتان", 5: "5 مسودات", 10: "10 مسودات",
                      11: "11 مسودة", 99: "99 مسودة", 100: "100 مسودة", 102: "102 مسودة",
                      1005: "1,005 مسودات"}
    for n in range(0, 300):
        assert (QmCatalog.load(qm).translate("Drafts", "%n drafts", "", n)
                == qt.translate("Drafts", "%n drafts", None, n))
    # Counts follow the digits setting (%n and %Ln alike, as in the window).
    arabic_digits = CliTranslator("ar", "arabic-indic", folder=tmp_path)
    assert arabic_digits("Drafts", "%n drafts", None, 100) == "١٠٠ مسودة"
    assert translator("Drafts", "Plain") == "عادي"
    assert translator("Drafts", "Untranslated") == "Untranslated"
    # English has no catalogue here: the source text, with %n filled in.
    assert CliTranslator("en", folder=tmp_path)("Drafts", "%n drafts", None, 3) == "3 drafts"


def test_a_damaged_catalogue_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "qalam_ar.qm"
    bad.write_bytes(b"not a qm file at all")
    with pytest.raises(QmFormatError):
        QmCatalog.load(bad)
    # The translator then shows the source text rather than failing the command.
    assert CliTranslator("ar", folder=tmp_path)("Drafts", "No drafts.") == "No drafts."


def test_the_real_catalogue_has_six_arabic_forms_for_a_cli_plural() -> None:
    source = "{file}: removed %n block(s) of website boilerplate."
    arabic = CliTranslator("ar", "western")
    forms = {n: arabic("Import", source, None, n).format(file="a.html") for n in (0, 1, 2, 3, 11, 100)}
    assert len(set(forms.values())) == 6, forms
    # One and two are words in Arabic ("one block", "two blocks"); from three on the number is written.
    assert not any(c.isdigit() for c in forms[1] + forms[2]) and "11" in forms[11] and "100" in forms[100]
    english = CliTranslator("en")
    one = english("Import", source, None, 1).format(file="a")
    assert one == "a: removed 1 block of website boilerplate."
    four = english("Import", source, None, 4).format(file="a")
    assert four == "a: removed 4 blocks of website boilerplate."
