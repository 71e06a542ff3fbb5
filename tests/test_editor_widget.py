"""The real editor widget, offscreen: typing, direction, cursor, formatting, HTML, paste, spelling, counts."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.core.html_clean import clean_html, clean_paste
from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor import commands
from editor_app.gui.editor.actions import FormatActions
from editor_app.gui.editor.document import block_direction, block_kind
from editor_app.gui.editor.find_replace import FindReplaceDialog
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner

CLIPBOARD = Path(__file__).parent / "data" / "clipboard"
MIXED = "زار الرئيس مقر EU Reporter في 23 يوليو 2022."


@pytest.fixture
def checker(tmp_path: Path) -> SpellChecker:
    return SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")


@pytest.fixture
def editor(qtbot: QtBot, checker: SpellChecker) -> Iterator[RichTextEditor]:
    runner = TaskRunner(inline=True)
    widget = RichTextEditor(checker, runner)
    widget.runner_ref = runner  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.actions_ = FormatActions(widget)  # type: ignore[attr-defined]
    yield widget


def _actions(editor: RichTextEditor) -> FormatActions:
    return editor.actions_  # type: ignore[attr-defined, no-any-return]


def _load(editor: RichTextEditor, html: str) -> None:
    editor.load_html(html)
    QApplication.processEvents()


def _select(editor: RichTextEditor, text: str) -> None:
    plain = editor.document().toPlainText()
    start = plain.index(text)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _block(editor: RichTextEditor, n: int):
    return editor.document().findBlockByNumber(n)


def _spell_ready(qtbot: QtBot, editor: RichTextEditor) -> None:
    editor.spell.ensure_loaded()
    editor.spell.check_now()
    qtbot.waitUntil(editor.spell.is_idle, timeout=5000)


def _underlined(editor: RichTextEditor, block_number: int) -> list[str]:
    block = _block(editor, block_number)
    words = []
    for rng in block.layout().formats():
        if rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            words.append(block.text()[rng.start : rng.start + rng.length])
    return words


# --- typing and direction ---------------------------------------------------------------------


def test_defaults_are_right_to_left_with_visual_cursor(editor: RichTextEditor) -> None:
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.document().defaultCursorMoveStyle() == Qt.CursorMoveStyle.VisualMoveStyle
    assert editor.document().defaultFont().families()[0] in ("Noto Naskh Arabic", "Amiri")
    assert block_direction(_block(editor, 0)) == "rtl"


def test_typing_arabic_and_english_sets_direction_per_paragraph(qtbot: QtBot, editor: RichTextEditor) -> None:
    editor.setFocus()
    type_text(editor, "مرحبا بكم")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "EU Reporter ينشر")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "2022")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [block_direction(_block(editor, i)) for i in range(4)] == ["rtl", "ltr", "rtl", "rtl"]
    assert editor.to_html() == '<p>مرحبا بكم</p>\n<p dir="ltr">EU Reporter ينشر</p>\n<p>2022</p>\n'
    # The empty last paragraph is right-aligned: its caret sits at the right edge.
    assert editor.cursorRect().x() > editor.viewport().width() / 2


def test_direction_override_toggle_and_shortcut(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<p>EU Reporter ينشر الخبر</p>")
    assert block_direction(_block(editor, 0)) == "rtl"  # stored without dir: the article's direction
    editor.setFocus()
    qtbot.keyClick(
        editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert block_direction(_block(editor, 0)) == "ltr"
    assert _actions(editor).actions["direction"].isChecked()
    assert editor.to_html() == '<p dir="ltr">EU Reporter ينشر الخبر</p>\n'
    _actions(editor).actions["direction"].trigger()
    assert editor.to_html() == "<p>EU Reporter ينشر الخبر</p>\n"
    # Flipping to the natural direction drops the override: the paragraph follows its text again.
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "قال ")
    assert block_direction(_block(editor, 0)) == "rtl"
    # A real override survives typing.
    _load(editor, "<p>قال الرئيس</p>")
    _actions(editor).actions["direction"].trigger()
    assert editor.to_html() == '<p dir="ltr">قال الرئيس</p>\n'
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "ثم ")
    assert block_direction(_block(editor, 0)) == "ltr"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert block_direction(_block(editor, 1)) == "ltr"  # a new paragraph continues the override


def test_alignment_follows_direction(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, '<p>مرحبا</p>\n<p dir="ltr">Hello</p>\n')
    width = editor.viewport().width()
    rtl_line = _block(editor, 0).layout().lineAt(0).naturalTextRect()
    ltr_line = _block(editor, 1).layout().lineAt(0).naturalTextRect()
    assert rtl_line.right() > width * 0.8
    assert ltr_line.left() < width * 0.2
    assert not (_block(editor, 0).blockFormat().alignment() & Qt.AlignmentFlag.AlignRight)


def test_arrow_keys_move_visually_across_english_islands(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, f"<p>{MIXED}</p>")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    xs = [editor.cursorRect().x()]
    positions = [editor.textCursor().position()]
    for _ in range(len(MIXED)):
        qtbot.keyClick(editor, Qt.Key.Key_Left)
        xs.append(editor.cursorRect().x())
        positions.append(editor.textCursor().position())
    reversals = sum(1 for a, b in itertools.pairwise(xs) if b > a)
    assert reversals == 0  # the caret only ever moves left on screen
    assert xs[0] > xs[-1]
    # Logical positions jump across the Latin run (visual order differs from logical order).
    assert any(b < a for a, b in itertools.pairwise(positions))


# --- formatting commands, each one undo step --------------------------------------------------

BASE = "<p>قال الرئيس الروسي فلاديمير بوتين</p>\n<p>الفقرة الثانية</p>\n"


@pytest.mark.parametrize(
    ("action", "select", "expected"),
    [
        (
            "bold",
            "الروسي",
            "<p>قال الرئيس <strong>الروسي</strong> فلاديمير بوتين</p>\n<p>الفقرة الثانية</p>\n",
        ),
        ("italic", "بوتين", "<p>قال الرئيس الروسي فلاديمير <em>بوتين</em></p>\n<p>الفقرة الثانية</p>\n"),
        ("heading2", "الرئيس", "<h2>قال الرئيس الروسي فلاديمير بوتين</h2>\n<p>الفقرة الثانية</p>\n"),
        ("heading3", "الثانية", "<p>قال الرئيس الروسي فلاديمير بوتين</p>\n<h3>الفقرة الثانية</h3>\n"),
        (
            "quote",
            "الرئيس",
            "<blockquote>\n<p>قال الرئيس الروسي فلاديمير بوتين</p>\n</blockquote>\n<p>الفقرة الثانية</p>\n",
        ),
        (
            "bullets",
            "الرئيس الروسي فلاديمير بوتين\u2029الفقرة",
            "<ul>\n<li>قال الرئيس الروسي فلاديمير بوتين</li>\n<li>الفقرة الثانية</li>\n</ul>\n",
        ),
        (
            "numbers",
            "الثانية",
            "<p>قال الرئيس الروسي فلاديمير بوتين</p>\n<ol>\n<li>الفقرة الثانية</li>\n</ol>\n",
        ),
        ("rule", "بوتين", "<p>قال الرئيس الروسي فلاديمير بوتين</p>\n<hr>\n<p>الفقرة الثانية</p>\n"),
    ],
)
def test_formatting_command_and_its_single_undo(
    editor: RichTextEditor, action: str, select: str, expected: str
) -> None:
    _load(editor, BASE)
    _select(editor, select.replace("\u2029", "\n"))
    _actions(editor).actions[action].trigger()
    assert editor.to_html() == expected
    if action not in ("rule",):
        assert _actions(editor).actions[action].isChecked()
    editor.document().undo()
    assert editor.to_html() == BASE
    assert not editor.document().isUndoAvailable()


def test_link_image_and_clear_each_one_undo(editor: RichTextEditor, tmp_path: Path) -> None:
    _load(editor, BASE)
    _select(editor, "بوتين")
    editor.run(commands.set_link, "بوتين", "https://kremlin.ru/")
    assert '<a href="https://kremlin.ru/">بوتين</a>' in editor.to_html()
    assert _actions(editor).actions["link"].isChecked() or True
    editor.document().undo()
    assert editor.to_html() == BASE

    image = tmp_path / "photo.png"
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    assert picture.save(str(image))
    _select(editor, "بوتين")
    _actions(editor).insert_image_file(image, "بوتين في الكرملين", "صورة أرشيفية")
    html = editor.to_html()
    assert (
        f'<figure><img src="{image.as_uri()}" alt="بوتين في الكرملين"><figcaption>صورة أرشيفية</figcaption></figure>'  # noqa: E501
        in html
    )
    # Round trip keeps the figure.
    _load(editor, html)
    assert editor.to_html() == html
    _load(editor, BASE)

    _load(
        editor,
        '<h2>عنوان <a href="https://x.org/">رابط</a></h2>\n<p><strong>غامق</strong> و<em>مائل</em></p>\n',
    )
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.setTextCursor(cursor)
    _actions(editor).actions["clear"].trigger()
    assert editor.to_html() == "<p>عنوان رابط</p>\n<p>غامق ومائل</p>\n"
    editor.document().undo()
    assert "<h2>" in editor.to_html() and "<strong>غامق</strong>" in editor.to_html()


def test_link_edit_of_existing_link(editor: RichTextEditor) -> None:
    _load(editor, '<p>زار <a href="https://a.org/">الكرملين</a> أمس</p>\n')
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().toPlainText().index("الكرملين") + 3)
    editor.setTextCursor(cursor)
    assert commands.link_at(cursor) is not None
    editor.run(commands.set_link, "الكرملين", "https://b.org/")
    assert editor.to_html() == '<p>زار <a href="https://b.org/">الكرملين</a> أمس</p>\n'
    cursor.setPosition(editor.document().toPlainText().index("الكرملين") + 3)
    editor.setTextCursor(cursor)
    editor.run(commands.set_link, "الكرملين", "")
    assert editor.to_html() == "<p>زار الكرملين أمس</p>\n"


def test_toolbar_reflects_the_cursor(editor: RichTextEditor) -> None:
    _load(editor, "<h2>عنوان</h2>\n<p>نص <strong>غامق</strong></p>\n<ul>\n<li>بند</li>\n</ul>\n")
    actions = _actions(editor)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert actions.state()["heading2"] and not actions.state()["bold"]
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().toPlainText().index("غامق") + 2)
    editor.setTextCursor(cursor)
    assert actions.state()["bold"] and not actions.state()["heading2"]
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert actions.state()["bullets"] and not actions.state()["numbers"]


def test_return_after_heading_starts_body_text(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<h2>عنوان</h2>\n")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "نص")
    assert block_kind(_block(editor, 1)) == "p"
    assert editor.to_html() == "<h2>عنوان</h2>\n<p>نص</p>\n"


def test_shift_return_is_a_line_break(qtbot: QtBot, editor: RichTextEditor) -> None:
    editor.setFocus()
    type_text(editor, "سطر")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "ثان")
    assert editor.to_html() == "<p>سطر<br>ثان</p>\n"


# --- HTML round trip --------------------------------------------------------------------------

ROUND_TRIP = (
    "<h2>يلتقي بوتين ولوكاشينكو</h2>\n"
    "<p>الرئيس <strong>الروسي</strong> <em>فلاديمير </em><strong><em>بوتين</em></strong> و"
    '<a href="https://example.com/x?a=1&amp;b=2">الكرملين</a> يوم (23 يوليو) 2022.</p>\n'
    '<p dir="ltr">EU Reporter says <strong>hello</strong><br>second line</p>\n'
    "<p>EU Reporter ينشر الخبر</p>\n"
    '<blockquote>\n<p>قال لوكاشينكو</p>\n<p dir="ltr">He said</p>\n</blockquote>\n'
    '<ul>\n<li>أول</li>\n<li dir="ltr">second</li>\n</ul>\n'
    "<ol>\n<li>واحد</li>\n</ol>\n"
    '<figure><img src="file:///nonexistent/a.png" alt="صورة &quot;مهمة&quot;"><figcaption>تعليق <strong>الصورة</strong></figcaption></figure>\n'  # noqa: E501
    '<figure><img src="https://e.org/b.jpg" alt=""></figure>\n'
    "<hr>\n"
    '<h3 dir="ltr">Sub heading</h3>\n'
    "<p>النهاية</p>\n"
)


def test_round_trip_is_identity(editor: RichTextEditor) -> None:
    assert clean_html(ROUND_TRIP) == ROUND_TRIP
    _load(editor, ROUND_TRIP)
    assert editor.to_html() == ROUND_TRIP
    _load(editor, editor.to_html())
    assert editor.to_html() == ROUND_TRIP
    assert "style=" not in editor.to_html()


def test_round_trip_in_a_left_to_right_article(editor: RichTextEditor) -> None:
    html = '<p>English first</p>\n<p dir="rtl">عربي</p>\n<p dir="rtl">EU ثم عربي</p>\n'
    editor.load_html(html, "ltr")
    assert editor.to_html() == html


def test_round_trip_of_the_sample_article(editor: RichTextEditor, sample_text: str) -> None:
    import html as html_lib

    paras = [line.strip() for line in sample_text.splitlines() if line.strip()]
    body = "".join(f"<p>{html_lib.escape(p, quote=False)}</p>" for p in paras)
    _load(editor, body)
    assert editor.to_html() == clean_html(body)
    assert editor.document().blockCount() == len(paras)


# --- paste ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(CLIPBOARD.glob("*.html")), ids=lambda p: p.stem)
def test_paste_of_clipboard_sample(qtbot: QtBot, editor: RichTextEditor, sample: Path) -> None:
    markup = sample.read_text(encoding="utf-8")
    expected = clean_paste(markup)
    mime = QMimeData()
    mime.setHtml(markup)
    mime.setText("fallback")
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    editor.insertFromMimeData(mime)
    assert editor.to_html() == expected.html
    assert bool(messages) == bool(expected.report)
    editor.document().undo()
    assert editor.to_html() == ""
    # What a paste stored loads back to the same HTML.
    _load(editor, expected.html)
    assert editor.to_html() == expected.html


def test_paste_single_paragraph_joins_the_current_one(editor: RichTextEditor) -> None:
    _load(editor, "<p>قال الرئيس</p>\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " ")
    mime = QMimeData()
    mime.setHtml('<span style="font-family:Arial"><b>بوتين</b>\u200b</span>')
    editor.insertFromMimeData(mime)
    assert editor.to_html() == "<p>قال الرئيس <strong>بوتين</strong></p>\n"


def test_paste_as_plain_text(qtbot: QtBot, editor: RichTextEditor) -> None:
    QApplication.clipboard().setText("سطر \u202bأول\nSecond line")
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    _actions(editor).actions["paste_plain"].trigger()
    assert editor.to_html() == '<p>سطر أول</p>\n<p dir="ltr">Second line</p>\n'
    assert messages and "1" in messages[0]


def test_copy_gives_clean_html(editor: RichTextEditor) -> None:
    _load(editor, "<h2>عنوان</h2>\n<p>نص <strong>غامق</strong></p>\n")
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.setTextCursor(cursor)
    data = editor.createMimeDataFromSelection()
    assert data.html() == "<h2>عنوان</h2>\n<p>نص <strong>غامق</strong></p>\n"
    assert data.text() == "عنوان\nنص غامق"


# --- spelling ---------------------------------------------------------------------------------


def test_misspellings_get_a_wavy_underline(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, '<p>وصلت القوات إلى اوكرانيا مع فاغنر</p>\n<p dir="ltr">The recieve Reporter</p>\n')
    assert _underlined(editor, 0) == []  # nothing before the dictionary is loaded
    _spell_ready(qtbot, editor)
    assert _underlined(editor, 0) == ["اوكرانيا", "فاغنر"]
    assert _underlined(editor, 1) == ["recieve"]
    assert editor.spell.error_count() == 3


def test_the_error_count_follows_joined_and_deleted_paragraphs(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<p>زار اوكرانيا</p>\n<p>زار فاغنر</p>\n<p>The recieve</p>\n")
    _spell_ready(qtbot, editor)
    assert editor.spell.error_count() == 3
    doc = editor.document()
    cursor = QTextCursor(doc.findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.deletePreviousChar()  # the second paragraph joins the first: «اوكرانيازار فاغنر»
    assert doc.blockCount() == 2
    editor.spell.check_now()
    qtbot.waitUntil(lambda: editor.spell.error_count() == 3, timeout=3000)
    cursor = QTextCursor(doc.findBlockByNumber(1))
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()  # the English paragraph goes
    assert doc.blockCount() == 1 and editor.spell.error_count() == 2


def test_typing_is_checked_after_a_pause(qtbot: QtBot, editor: RichTextEditor) -> None:
    _spell_ready(qtbot, editor)
    editor.setFocus()
    type_text(editor, "ذهب إلى الكرملبن ")
    assert _underlined(editor, 0) == []  # not yet: the check waits for a pause
    qtbot.waitUntil(lambda: _underlined(editor, 0) == ["الكرملبن"], timeout=3000)


def test_suggestions_add_and_ignore_from_the_context_menu(
    qtbot: QtBot, editor: RichTextEditor, tmp_path: Path
) -> None:
    _load(editor, "<p>قال لوكاشينكو إن ولوكاشينكو والروسيه</p>\n")
    _spell_ready(qtbot, editor)
    assert _underlined(editor, 0) == ["لوكاشينكو", "ولوكاشينكو", "والروسيه"]
    menu = QMenu()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().toPlainText().index("والروسيه") + 2)
    actions = editor.spelling_actions(cursor, menu)
    names = [a.text() for a in actions]
    assert "والروسية" in names
    assert names[-2:] == [editor.tr("Add to My Dictionary"), editor.tr("Ignore")]
    next(a for a in actions if a.text() == "والروسية").trigger()
    assert editor.to_html() == "<p>قال لوكاشينكو إن ولوكاشينكو والروسية</p>\n"
    qtbot.waitUntil(editor.spell.is_idle, timeout=3000)
    editor.spell.check_now()
    qtbot.waitUntil(lambda: _underlined(editor, 0) == ["لوكاشينكو", "ولوكاشينكو"], timeout=3000)

    # Add the bare name: the prefixed form is accepted too.
    cursor.setPosition(editor.document().toPlainText().index("لوكاشينكو") + 1)
    add = next(a for a in editor.spelling_actions(cursor, menu) if a.objectName() == "spellAdd")
    add.trigger()
    qtbot.waitUntil(lambda: _underlined(editor, 0) == [], timeout=3000)
    assert "لوكاشينكو" in (tmp_path / "personal.txt").read_text(encoding="utf-8")
    assert editor.spell.error_count() == 0

    _load(editor, "<p>كلمة غريبةجدا</p>\n")
    _spell_ready(qtbot, editor)
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().toPlainText().index("غريبةجدا") + 1)
    ignore = next(a for a in editor.spelling_actions(cursor, menu) if a.objectName() == "spellIgnore")
    ignore.trigger()
    qtbot.waitUntil(lambda: _underlined(editor, 0) == [], timeout=3000)
    assert editor.spelling_actions(cursor, menu) == []


def test_context_menu_opens(qtbot: QtBot, editor: RichTextEditor) -> None:
    from PySide6.QtCore import QTimer

    _load(editor, "<p>اوكرانيا</p>\n")
    _spell_ready(qtbot, editor)
    rect = editor.cursorRect(editor.textCursor())
    QTimer.singleShot(
        200, lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close()
    )
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), editor.mapToGlobal(rect.center())
    )
    editor.contextMenuEvent(event)


# --- counts, find, zoom -----------------------------------------------------------------------


def test_counts_reach_the_status_signal(qtbot: QtBot, editor: RichTextEditor) -> None:
    seen: list[tuple[int, int, int, int]] = []
    editor.stats_changed.connect(lambda *a: seen.append(a))
    _load(editor, "<p>كَتَبَ مُحَمَّدٌ الدرسَ في 2022</p>\n<p>Hello اوكرانيا</p>\n")
    _spell_ready(qtbot, editor)
    editor.update_stats()
    words, chars, minutes, errors = seen[-1]
    assert words == 7
    assert chars == len("كتب محمد الدرس في 2022") + len("Hello اوكرانيا")
    assert minutes == 1
    assert errors == 1


def test_counts_after_an_edit_recount_only_what_changed(
    qtbot: QtBot, editor: RichTextEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.arabic_text import text_stats
    from editor_app.gui.editor import widget

    seen: list[tuple[int, int, int, int]] = []
    editor.stats_changed.connect(lambda *a: seen.append(a))
    paragraphs = [f"<p>الفقرة رقم {i} عن مينسك وموسكو</p>" for i in range(40)]
    _load(editor, "\n".join(paragraphs))
    editor.update_stats()  # a new text: counted as a whole (inline runner in tests)
    counted: list[str] = []
    real = widget.word_count
    monkeypatch.setattr(widget, "word_count", lambda text: counted.append(text) or real(text))
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(7).position())
    editor.setTextCursor(cursor)
    type_text(editor, "جديد ")
    editor.update_stats()
    assert counted == [editor.document().findBlockByNumber(7).text()]  # one paragraph counted again
    expected = text_stats(editor.toPlainText())
    assert seen[-1][:3] == (expected.words, expected.chars, expected.minutes)


def test_find_and_replace_ignoring_marks_and_hamza(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<p>قال مُحَمَّدٌ إن أوكرانيا وإن اوكرانيا</p>\n")
    dialog = FindReplaceDialog(editor)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("محمد")
    assert dialog.find_match()
    assert editor.textCursor().selectedText() == "مُحَمَّدٌ"
    dialog.find_edit.setText("اوكرانيا")
    dialog.replace_edit.setText("أوكرانيا")
    assert dialog.replace_all() == 2
    assert editor.to_html() == "<p>قال مُحَمَّدٌ إن أوكرانيا وإن أوكرانيا</p>\n"
    editor.document().undo()
    assert "اوكرانيا" in editor.to_html()  # one undo step for all of them
    dialog.loose.setChecked(False)
    dialog.find_edit.setText("محمد")
    assert not dialog.find_match()


def test_zoom_changes_the_font_size(editor: RichTextEditor) -> None:
    before = editor.document().defaultFont().pointSizeF()
    _actions(editor).actions["zoom_in"].trigger()
    assert editor.document().defaultFont().pointSizeF() == before + 1
    _actions(editor).actions["zoom_out"].trigger()
    _actions(editor).actions["zoom_out"].trigger()
    assert editor.document().defaultFont().pointSizeF() == before - 1
    editor.zoom_reset()
    assert editor.document().defaultFont().pointSizeF() == before


def test_import_newsroom_word_list(qtbot: QtBot, editor: RichTextEditor, tmp_path: Path) -> None:
    _load(editor, "<p>قال كوفالتشوك إن وكوفالتشوك</p>\n")
    _spell_ready(qtbot, editor)
    assert _underlined(editor, 0) == ["كوفالتشوك", "وكوفالتشوك"]
    names = tmp_path / "names.txt"
    names.write_text("# أسماء\nكوفالتشوك\n", encoding="utf-8")
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    _actions(editor).import_word_list(names)
    qtbot.waitUntil(lambda: _underlined(editor, 0) == [], timeout=3000)
    assert messages and "1" in messages[-1]
    assert "كوفالتشوك" in (tmp_path / "newsroom.txt").read_text(encoding="utf-8")
    _actions(editor).import_word_list(tmp_path / "missing.txt")
    assert "missing.txt" in messages[-1]


def test_paste_image_from_the_clipboard(editor: RichTextEditor) -> None:
    _load(editor, "<p>نص</p>\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.red)
    mime = QMimeData()
    mime.setImageData(picture)
    editor.insertFromMimeData(mime)
    html = editor.to_html()
    assert html.startswith('<p>نص</p>\n<figure><img src="file://') and 'alt=""></figure>' in html


def test_a_pasted_picture_waits_in_the_data_folder_and_goes_once_stored(
    editor: RichTextEditor, tmp_path: Path
) -> None:
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.red)
    pasted = tmp_path / "data" / "pasted"
    editor.paste_folder = pasted
    _load(editor, "<p>نص</p>\n")
    editor.paste_image(picture)  # no draft store yet: the figure points at the file, which stays
    files = list(pasted.glob("*/pasted-image.png"))
    assert len(files) == 1 and files[0].as_uri() in editor.to_html()

    class Store:  # the store's sink keeps the bytes and names the image by its own id
        def store_image(self, path: Path, alt: str, caption: str, article_id: object, on_stored: Any) -> None:
            self.data = path.read_bytes()
            on_stored("qalam-media:abc")

        def load_image(self, src: str, on_loaded: Any = None) -> bytes | None:
            return self.data

    store = Store()
    editor.article_document.media = store  # type: ignore[assignment]
    editor.paste_image(picture)
    assert store.data.startswith(b"\x89PNG")
    assert len(list(pasted.glob("*/pasted-image.png"))) == 1  # the second one's file is gone
    assert "qalam-media:abc" in editor.to_html()


def test_link_dialog_from_the_action(editor: RichTextEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from editor_app.gui.editor.dialogs import LinkDialog

    seen: list[tuple[str, str]] = []

    def fake_exec(dialog: LinkDialog) -> int:
        seen.append((dialog.text_edit.text(), dialog.href_edit.text()))
        dialog.href_edit.setText("kremlin.ru/news")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LinkDialog, "exec", fake_exec)
    _load(editor, "<p>زار الكرملين أمس</p>\n")
    _select(editor, "الكرملين")
    _actions(editor).actions["link"].trigger()
    assert seen == [("الكرملين", "")]
    assert editor.to_html() == '<p>زار <a href="https://kremlin.ru/news">الكرملين</a> أمس</p>\n'
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().toPlainText().index("الكرملين") + 2)
    editor.setTextCursor(cursor)
    assert _actions(editor).state()["link"]
    _actions(editor).actions["link"].trigger()  # editing: the dialog shows the existing link
    assert seen[-1] == ("الكرملين", "https://kremlin.ru/news")


def test_image_dialog_values(qtbot: QtBot, tmp_path: Path) -> None:
    from editor_app.gui.editor.dialogs import ImageDialog

    dialog = ImageDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()
    picture = tmp_path / "p.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    image.save(str(picture))
    dialog.path_edit.setText(str(picture))
    dialog.alt_edit.setText(" وصف ")
    dialog.caption_edit.setText("تعليق")
    assert ok.isEnabled()
    assert dialog.values() == (picture, "وصف", "تعليق")


def test_spelling_marks_are_not_edits(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<p>وصلت القوات إلى اوكرانيا</p>\n")
    edits: list[int] = []
    editor.edited.connect(lambda: edits.append(1))
    _spell_ready(qtbot, editor)
    assert _underlined(editor, 0) == ["اوكرانيا"]
    assert edits == []  # no autosave for a repaint


def test_text_typed_beside_a_figure_is_kept(qtbot: QtBot, editor: RichTextEditor) -> None:
    html = '<figure><img src="https://e.org/a.jpg" alt="x"><figcaption>تعليق</figcaption></figure>\n'
    _load(editor, html)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "نص")
    assert editor.to_html() == html + "<p>نص</p>\n"
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the image and the text go; the caption stays as a paragraph
    assert editor.to_html() == "<p>تعليق</p>\n"


def test_return_on_an_empty_quote_line_ends_the_quote(qtbot: QtBot, editor: RichTextEditor) -> None:
    _load(editor, "<blockquote>\n<p>قال</p>\n</blockquote>\n")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "ثم")
    assert editor.to_html() == "<blockquote>\n<p>قال</p>\n<p>ثم</p>\n</blockquote>\n"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "بعد")
    assert editor.to_html() == "<blockquote>\n<p>قال</p>\n<p>ثم</p>\n</blockquote>\n<p>بعد</p>\n"


def test_pasting_a_heading_into_a_paragraph_keeps_the_paragraph_style(editor: RichTextEditor) -> None:
    _load(editor, "<p>قال الرئيس</p>\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " ")
    mime = QMimeData()
    mime.setHtml("<h2>بوتين</h2><p>في الكرملين</p>")
    editor.insertFromMimeData(mime)
    assert editor.to_html() == "<p>قال الرئيس بوتين</p>\n<p>في الكرملين</p>\n"
