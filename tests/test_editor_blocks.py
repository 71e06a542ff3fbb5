"""The real editor widget carries WordPress block data through editing and saving: per-block attributes,
kept blocks (written back byte for byte), tables and nested lists; exports show none of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import shown_editor
from test_blocks import SITE_POST

from editor_app.core.article import Article
from editor_app.core.blocks import article_body, post_content
from editor_app.core.exporters import export_html, export_markdown
from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner

TABLE_AND_LISTS = (
    "<h2>عنوان</h2>\n"
    "<ul>\n<li>أول<ul>\n<li>فرعي<ol>\n<li>أعمق</li>\n</ol></li>\n</ul></li>\n<li>ثان</li>\n</ul>\n"
    "<table>\n<caption>الأرقام</caption>\n<thead>\n<tr><th>البلد</th><th>العدد</th></tr>\n</thead>\n"
    "<tbody>\n<tr><td>مصر</td><td><strong>10</strong></td></tr>\n<tr><td>تونس</td><td></td></tr>\n</tbody>\n"
    "</table>\n"
    "<p>بعد الجدول</p>\n"
)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[RichTextEditor]:
    yield shown_editor(qtbot, tmp_path, (700, 500))


def _load(editor: RichTextEditor, body: str) -> None:
    editor.load_html(body)
    QApplication.processEvents()


def _replace(editor: RichTextEditor, old: str, new: str) -> None:
    text = editor.document().toPlainText()
    start = text.index(old)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


def test_tables_and_nested_lists_load_and_save_unchanged(editor: RichTextEditor) -> None:
    _load(editor, TABLE_AND_LISTS)
    assert editor.to_html() == TABLE_AND_LISTS
    _replace(editor, "تونس", "ليبيا")
    _replace(editor, "أعمق", "أعمق بكثير")
    assert editor.to_html() == TABLE_AND_LISTS.replace("تونس", "ليبيا").replace("أعمق", "أعمق بكثير")


def test_block_data_and_kept_blocks_survive_edits_around_them(editor: RichTextEditor) -> None:
    body = article_body(SITE_POST)
    _load(editor, body)
    assert editor.to_html() == body
    # Edit the paragraphs on both sides of the kept plugin block, and split one paragraph in two.
    _replace(editor, "الفقرة الثانية", "الفقرة الثانية بعد التعديل")
    _replace(editor, "قول", "قول جديد")
    saved = editor.to_html()
    assert saved == body.replace("الفقرة الثانية", "الفقرة الثانية بعد التعديل").replace("قول", "قول جديد")
    out = post_content(saved, site_content=SITE_POST)
    assert '<!-- wp:my-plugin/poll {"question":"\\u003cb\\u003e؟"} /-->' in out
    assert '<p class="lead" id="intro">' in out and "<cite>قائل</cite>" in out
    # Undo brings the document back, block data included.
    while editor.document().isUndoAvailable():
        editor.document().undo()
    assert editor.to_html() == body


def test_a_kept_block_is_a_labelled_object_and_can_be_deleted(editor: RichTextEditor) -> None:
    body = article_body(SITE_POST)
    _load(editor, body)
    doc = editor.document()
    names = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    assert "qalam-block:my-plugin/poll" in names and "qalam-block:core/html" in names
    # Deleting it (it is one character) removes the block from the article, nothing else.
    text = doc.toPlainText()
    cursor = editor.textCursor()
    start = text.index("\ufffc")
    cursor.setPosition(start)
    cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    saved = editor.to_html()
    assert "my-plugin/poll" not in saved and saved.count("data-wp") == body.count("data-wp") - 1


def test_exports_show_no_block_data() -> None:
    article = Article(title="عنوان", body_html=article_body(SITE_POST))
    for exported in (export_html(article), export_markdown(article)):
        assert "data-wp" not in exported and "wp:" not in exported and "my-plugin" not in exported
        assert "الفقرة الثانية" in exported


def test_a_large_article_built_a_slice_at_a_time_is_the_same_document(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening builds the document a slice per turn of the event loop (html_io.SlicedBuild): with one
    block per slice, a table (and the paragraph Qt keeps after it), nested lists and a kept block come
    out as a whole build makes them, block data and counts included."""
    from editor_app.core.arabic_text import text_stats
    from editor_app.core.html_clean import clean_html
    from editor_app.gui.editor import loading as loading_module

    monkeypatch.setattr(loading_module, "SLICE_S", 0.0)  # every step stops after its first block
    body = TABLE_AND_LISTS + article_body(SITE_POST) + TABLE_AND_LISTS.replace("مصر", "العراق")
    checker = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    whole = RichTextEditor(checker, TaskRunner(inline=True))
    sliced = RichTextEditor(checker, TaskRunner(inline=False))
    for w in (whole, sliced):
        qtbot.addWidget(w)
    whole.load_html(body)
    steps: list[int] = []
    real_step = loading_module.SlicedBuild.step

    def counting_step(build: object, budget: float | None = None) -> bool:
        steps.append(1)
        return real_step(build, budget)  # type: ignore[arg-type]

    monkeypatch.setattr(loading_module.SlicedBuild, "step", counting_step)
    sliced.load_html(body)
    qtbot.waitUntil(lambda: not sliced.is_loading(), timeout=10000)
    assert len(steps) > 8  # it really went a block at a time
    expected = clean_html(body, keep_block_data=True)
    assert whole.to_html() == expected
    assert sliced.to_html() == expected
    assert sliced.document().toPlainText() == whole.document().toPlainText()
    # The per-paragraph counts (counted on the runner at first, then per edited paragraph) agree with
    # a count of the whole text, tables and kept blocks included.
    seen: list[tuple[int, ...]] = []
    sliced.stats_changed.connect(lambda *a: seen.append(a))
    sliced.update_stats()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    stats = text_stats(sliced.document().toPlainText())
    assert seen[-1][:3] == (stats.words, stats.chars, stats.minutes)
    _replace(sliced, "العراق", "العراق وسوريا")
    sliced.update_stats()
    stats = text_stats(sliced.document().toPlainText())
    assert seen[-1][:3] == (stats.words, stats.chars, stats.minutes)
