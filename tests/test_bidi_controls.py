"""Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) never get in (issue 13).

They are removed on paste (the real editor widget) and on every import path (.docx, .md, .html, .txt);
LRM, RLM and ALM stay. The pre-publish check's rule for what is still in a draft is tested with the
other rules (tests/test_check_rules.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import shown_editor

from editor_app.core import importers
from editor_app.gui.editor.widget import RichTextEditor

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
MARKS = "\u200e\u200f\u061c"
HOSTILE = "قال \u202eالوزير\u202c إن \u2067الاتفاق\u2069 مع \u2066EU\u2069 نهائي\u200f و\u202aأكيد\u061c."
CLEAN = "قال الوزير إن الاتفاق مع EU نهائي\u200f وأكيد\u061c."


def _no_controls(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
    assert found == []


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    yield shown_editor(qtbot, tmp_path)


def test_paste_of_html_removes_them_and_keeps_the_marks(editor: RichTextEditor) -> None:
    mime = QMimeData()
    mime.setHtml(f"<p>{HOSTILE}</p><p dir='ltr'>\u2066Second\u2069 line\u200e</p>")
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    editor.insertFromMimeData(mime)
    QApplication.processEvents()
    text = editor.document().toPlainText()
    _no_controls(text)
    assert CLEAN in text and "Second line\u200e" in text
    assert messages and "invisible" in messages[0]


def test_paste_of_plain_text_removes_them(editor: RichTextEditor) -> None:
    mime = QMimeData()
    mime.setText(HOSTILE + "\n\u2068سطر ثان\u2069")
    editor.insertFromMimeData(mime)
    text = editor.document().toPlainText()
    _no_controls(text)
    assert text.splitlines() == [CLEAN, "سطر ثان"]


def _docx_bytes() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("عنوان \u202eمقلوب\u202c", style="Title")
    doc.add_paragraph(HOSTILE)
    doc.add_paragraph("\u2067فقرة ثانية\u2069")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["docx", "md", "html", "txt"])
def test_every_import_path_removes_them(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"story.{kind}"
    if kind == "docx":
        path.write_bytes(_docx_bytes())
    elif kind == "md":
        path.write_text(f"---\ntitle: عنوان \u202eمقلوب\u202c\ntags: [وسم\u2066x\u2069]\n---\n\n{HOSTILE}\n\n"
                        "\u2067فقرة ثانية\u2069\n", encoding="utf-8")
    elif kind == "html":
        path.write_text(f"<html><body><h1>عنوان \u202eمقلوب\u202c</h1><p>{HOSTILE}</p>"
                        "<p>\u2067فقرة ثانية\u2069</p></body></html>", encoding="utf-8")
    else:
        path.write_text(f"عنوان \u202eمقلوب\u202c\n\n{HOSTILE}\n\n\u2067فقرة ثانية\u2069\n", encoding="utf-8")
    result = importers.import_file(path, strip_boilerplate=False)
    for value in (result.title, result.subtitle, result.body_html, result.excerpt, *result.tags):
        _no_controls(value)
    assert result.title == "عنوان مقلوب"
    assert CLEAN in result.body_html and "فقرة ثانية" in result.body_html
    assert all(mark in result.body_html for mark in ("\u200f", "\u061c"))
