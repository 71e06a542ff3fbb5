"""Inline formatting from the site survives editing: the model's marks (code, sub, sup, s, mark) are
character formats of the real editor widget, the site's attributes on them and the site's elements Qalam
does not show (kbd, classed spans, link targets) ride with the characters, and what cannot be kept is
announced in the status bar before it is lost, never dropped silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import shown_editor

from editor_app.core.article import Article
from editor_app.core.block_grammar import parse_blocks
from editor_app.core.blocks import article_body, post_content
from editor_app.core.exporters import export_html, export_markdown
from editor_app.core.html_clean import clean_html, clean_paste
from editor_app.gui.editor.widget import RichTextEditor

FORMATTED = (
    '<p>قال <a href="https://example.org/a" target="_blank" rel="noreferrer noopener">المتحدث</a> إن '
    '<mark style="background-color:#fcb900" class="has-inline-color">الاتفاق</mark> يشمل '
    "<code>H<sub>2</sub>O</code> و<kbd>Ctrl</kbd> و<span class=\"tag\">وسم</span> و<s>قديم</s> "
    "و<sup>١</sup> و<b>عريض</b></p>"
)
SITE = (
    f"<!-- wp:paragraph -->\n{FORMATTED}\n<!-- /wp:paragraph -->\n\n"
    "<!-- wp:paragraph -->\n<p>فقرة عادية</p>\n<!-- /wp:paragraph -->\n\n"
    '<!-- wp:paragraph -->\n<p>مرجع <a id="note-1"></a>هنا ورمز <svg viewBox="0 0 1 1"><path d="M0"/></svg>'
    "بعده</p>\n<!-- /wp:paragraph -->"
)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    yield shown_editor(qtbot, tmp_path, (760, 480))


def _load(editor: RichTextEditor, body: str) -> None:
    editor.load_html(body)
    QApplication.processEvents()


def _select(editor: RichTextEditor, word: str) -> QTextCursor:
    start = editor.document().toPlainText().index(word)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _format_of(editor: RichTextEditor, word: str) -> QTextCharFormat:
    cursor = _select(editor, word)
    cursor.setPosition(cursor.selectionStart() + 1)  # the format of the word's first character
    return cursor.charFormat()


def test_the_models_marks_are_character_formats(editor: RichTextEditor) -> None:
    body = article_body(SITE)
    _load(editor, body)
    assert editor.to_html() == body
    assert _format_of(editor, "H2O"[0]).fontFixedPitch()
    assert _format_of(editor, "قديم").fontStrikeOut()
    assert _format_of(editor, "١").verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    assert _format_of(editor, "الاتفاق").background().color().isValid()
    assert _format_of(editor, "عريض").fontWeight() >= 600


def test_an_edited_paragraph_keeps_the_sites_inline_elements(editor: RichTextEditor) -> None:
    body = article_body(SITE)
    _load(editor, body)
    _select(editor, "يشمل").insertText("يضم")  # a word changed in the formatted paragraph
    cursor = _select(editor, "وسم")
    cursor.setPosition(cursor.selectionEnd())
    editor.setTextCursor(cursor)
    editor.insertPlainText("ـات")  # typed at the end of the classed span: it grows, as on the site
    out = post_content(editor.to_html(), site_content=SITE)
    first = next(b.raw for b in parse_blocks(out) if not b.is_blank)
    assert first == (
        "<!-- wp:paragraph -->\n"
        + FORMATTED.replace("يشمل", "يضم").replace(">وسم<", ">وسمـات<")
        + "\n<!-- /wp:paragraph -->"
    )
    # The others are the site's bytes (the one with an anchor and an SVG was not touched).
    assert out.split("\n\n")[1:] == SITE.split("\n\n")[1:]


def test_formatting_that_cannot_be_kept_is_announced_before_it_is_lost(
    editor: RichTextEditor, qtbot: QtBot
) -> None:
    _load(editor, article_body(SITE))
    said: list[str] = []
    editor.status_message.connect(said.append)
    _select(editor, "عادية").insertText("عادية جدا")  # a paragraph with nothing to lose
    assert said == []
    _select(editor, "هنا").insertText("هناك")
    assert len(said) == 1 and "<a>" in said[0] and "<svg>" in said[0] and "Ctrl+Z" in said[0]
    _select(editor, "بعده").insertText("بعدها")
    assert len(said) == 1  # once per paragraph
    editor.document().undo()
    editor.document().undo()
    # Undone: the paragraph is the site's again, byte for byte.
    assert post_content(editor.to_html(), site_content=SITE).split("\n\n")[2] == SITE.split("\n\n")[2]


def test_pastes_and_exports_carry_no_site_data() -> None:
    stored = article_body(SITE)
    # A paste of the stored form (or anyone's HTML) keeps the marks, never the site's data.
    pasted = clean_paste(stored).html
    assert "data-wp" not in pasted and "<span" not in pasted and "kbd" not in pasted
    assert "<code>H<sub>2</sub>O</code>" in pasted and "<mark>الاتفاق</mark>" in pasted
    # Google Docs writes strikethrough and superscript as styles.
    docs = (
        '<p>m<span style="vertical-align:super">2</span> '
        '<span style="text-decoration:line-through">x</span></p>'
    )
    assert clean_html(docs) == "<p>m<sup>2</sup> <s>x</s></p>\n"
    article = Article(title="عنوان", body_html=stored)
    for exported in (export_html(article), export_markdown(article)):
        assert "data-wp" not in exported and "<span" not in exported and "Ctrl" in exported
    assert "`H" in export_markdown(article)
