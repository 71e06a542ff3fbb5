"""Word-level diff: Arabic-aware tokens, structured ops, right-to-left HTML."""

from __future__ import annotations

from editor_app.core.diff import (
    DiffOp,
    OpKind,
    diff_words,
    has_changes,
    new_text,
    old_text,
    render_html,
    render_text,
    tokenize,
)


def test_tokens_keep_vocalised_words_whole_and_rejoin_exactly() -> None:
    text = "قالَ الـكرملينُ، إنّ «Wagner» وصل."
    tokens = tokenize(text)
    assert "قالَ" in tokens and "الـكرملينُ" in tokens and "إنّ" in tokens
    assert "،" in tokens and "«" in tokens
    assert "".join(tokens) == text


def test_ops_rebuild_both_texts() -> None:
    old = "قال الكرملين إن بوتين التقى لوكاشينكو.\nفقرة ثانية لم تتغير.\nفقرة ثالثة."
    new = "قال الكرملين إن الرئيس بوتين التقى لوكاشينكو يوم الأحد.\nفقرة ثانية لم تتغير.\n"
    ops = diff_words(old, new)
    assert old_text(ops) == old and new_text(ops) == new
    assert has_changes(ops)
    assert DiffOp(OpKind.INSERT, "الرئيس ") in ops
    assert DiffOp(OpKind.DELETE, "فقرة ثالثة.") in ops


def test_replaced_word_is_a_delete_then_an_insert() -> None:
    ops = diff_words("زار الوفد موسكو", "زار الوفد مينسك")
    assert ops == [DiffOp(OpKind.EQUAL, "زار الوفد "), DiffOp(OpKind.DELETE, "موسكو"),
                   DiffOp(OpKind.INSERT, "مينسك")]
    assert render_text(ops) == "زار الوفد [-موسكو-]{+مينسك+}"


def test_a_changed_vowel_mark_changes_the_word() -> None:
    ops = diff_words("كَتَبَ", "كُتِبَ")
    assert [op.kind for op in ops] == [OpKind.DELETE, OpKind.INSERT]


def test_identical_texts_have_no_changes() -> None:
    ops = diff_words("نص واحد", "نص واحد")
    assert not has_changes(ops) and ops == [DiffOp(OpKind.EQUAL, "نص واحد")]
    assert diff_words("", "") == []


def test_html_is_rtl_escaped_and_in_logical_order() -> None:
    ops = diff_words("قال <b> أحمد\nسطر", "قال & محمد\nسطر")
    html = render_html(ops)
    assert html.startswith('<div dir="rtl" class="qalam-diff">')
    assert html.count('<p dir="auto">') == 2
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html
    # Logical order: the deletion comes before the insertion that replaces it (right-to-left readers see
    # the old word first, to the right).
    assert html.index("<del") < html.index("<ins")
    assert render_html(ops, direction="ltr").startswith('<div dir="ltr"')


def test_large_texts_diff_quickly() -> None:
    import time

    paragraph = "قال الكرملين إن بوتين التقى لوكاشينكو في موسكو يوم الأحد. " * 20
    old = "\n".join(f"{i} {paragraph}" for i in range(100))  # ~20,000 words
    new = old.replace("50 قال", "50 أعلن", 1)
    started = time.perf_counter()
    ops = diff_words(old, new)
    assert time.perf_counter() - started < 2
    assert [op.text for op in ops if op.kind != OpKind.EQUAL] == ["قال", "أعلن"]


def test_qt_renders_the_html_right_to_left_with_marks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(render_html(diff_words("زار الوفد موسكو", "زار الوفد مينسك")))
    block = doc.firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    formats = {}
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        formats[fragment.text()] = fragment.charFormat()
        it += 1
    assert formats["موسكو"].fontStrikeOut() and not formats["موسكو"].fontUnderline()
    assert formats["مينسك"].fontUnderline() and not formats["مينسك"].fontStrikeOut()
