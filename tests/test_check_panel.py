"""The check panel: findings from the runner, click to select the span in the editor, one-click fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor_app.core.article import Article
from editor_app.core.checks import HouseRules, RuleSetting, apply_fix
from editor_app.core.spelling import SpellChecker
from editor_app.gui.check_panel import CheckPanel, apply_fix_in_editor, select_span
from editor_app.gui.editor.widget import RichTextEditor
from editor_app.gui.tasks import TaskRunner

BODY = ("<p>وصــل الوفد (23 يوليو) ، إلى <strong>موسكو</strong> يوم الأحد.</p>\n"
        '<figure><img src="qalam-media:x" alt="صورة"><figcaption>تعليق الصورة</figcaption></figure>\n'
        "<ul>\n<li>قال المسؤول, إن الاجتماع انتهى</li>\n</ul>\n<hr>\n<p>السطر<br>SHARE: آخر سطر</p>\n")


def house() -> HouseRules:
    rules = HouseRules.default()
    for rule in ("category-missing", "excerpt-missing", "featured-image-missing", "slug-too-long"):
        rules.rules[rule] = RuleSetting(enabled=False)
    return rules


def make(qtbot: Any) -> tuple[CheckPanel, RichTextEditor, QLineEdit, Article]:
    runner = TaskRunner(inline=True)
    panel = CheckPanel(runner, house())
    editor = RichTextEditor(SpellChecker(), runner)
    title = QLineEdit()
    for widget in (panel, editor, title):
        qtbot.addWidget(widget)
    article = Article(title="عنوان  الخبر", body_html=BODY)
    editor.load_html(article.body_html)
    title.setText(article.title)

    def locate(finding: Any) -> None:
        select_span(title if finding.span.field == "title" else editor, finding.span.start, finding.span.end)

    panel.locate_requested.connect(locate)
    return panel, editor, title, article


def test_findings_listed_with_spans_matching_the_editor(qtbot: Any) -> None:
    panel, editor, title, article = make(qtbot)
    panel.set_article(article)
    rules = [f.rule for f in panel.findings()]
    assert rules == ["double-space", "tatweel", "space-before-punctuation", "latin-punctuation",
                     "latin-fragment"]
    assert panel.tree.topLevelItemCount() == 5
    assert "review" in panel.summary.text()
    # Clicking a body finding selects exactly its text in the editor.
    for row, finding in enumerate(panel.findings()):
        item = panel.tree.topLevelItem(row)
        panel.tree.itemClicked.emit(item, 0)
        if finding.span.field == "body":
            selected = editor.textCursor().selectedText()
            assert selected == finding.text
        else:
            assert title.selectedText() == finding.text


def test_one_click_fix_through_the_editor_keeps_formatting(qtbot: Any) -> None:
    panel, editor, _title, article = make(qtbot)
    fixed: list[Any] = []

    def fix(finding: Any) -> None:
        assert apply_fix_in_editor(editor, finding)
        fixed.append(finding)

    panel.fix_requested.connect(fix)
    panel.set_article(article)
    row = [f.rule for f in panel.findings()].index("space-before-punctuation")
    panel.tree.itemClicked.emit(panel.tree.topLevelItem(row), 2)
    assert fixed and fixed[0].rule == "space-before-punctuation"
    html = editor.to_html()
    assert "(23 يوليو)، إلى <strong>موسكو</strong>" in html
    # The same fix applied to the stored article gives the same text.
    assert apply_fix(article, fixed[0]).body_html.split("\n")[0] == html.split("\n")[0]
    # A stale fix is refused instead of damaging the text.
    assert not apply_fix_in_editor(editor, fixed[0])


def test_fix_button_and_title_fix(qtbot: Any) -> None:
    panel, _editor, title, article = make(qtbot)
    panel.fix_requested.connect(lambda f: apply_fix_in_editor(title, f) if f.span.field == "title" else None)
    panel.set_article(article)
    assert not panel.fix_button.isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert title.text() == "عنوان الخبر"


def test_clean_article_and_keyed_reruns(qtbot: Any) -> None:
    panel, _editor, _title, _article = make(qtbot)
    panel.set_article(Article(title="عنوان", body_html="<p>نص سليم.</p>"))
    assert panel.findings() == [] and panel.summary.text() == "No problems found."
    panel.set_article(None)
    assert panel.tree.topLevelItemCount() == 0


def test_publish_gate_needs_a_reason(qtbot: Any) -> None:
    from editor_app.core.checks import run_checks
    from editor_app.gui.check_panel import PublishGate

    findings = run_checks(Article(title="", body_html="<p>نص.</p>"), HouseRules.default())
    gate = PublishGate(findings)
    qtbot.addWidget(gate)
    assert gate.list.count() == len([f for f in findings if f.severity.value == "error"]) >= 2
    assert not gate.anyway.isEnabled()
    gate.accept()
    assert gate.result() != gate.DialogCode.Accepted
    gate.reason_edit.setPlainText("خبر عاجل، يُستكمل لاحقاً")
    assert gate.anyway.isEnabled()
    gate.anyway.click()
    assert gate.result() == gate.DialogCode.Accepted and gate.reason() == "خبر عاجل، يُستكمل لاحقاً"


def test_fix_all_like_this(qtbot: Any) -> None:
    runner = TaskRunner(inline=True)
    panel = CheckPanel(runner, house())
    editor = RichTextEditor(SpellChecker(), runner)
    qtbot.addWidget(panel)
    qtbot.addWidget(editor)
    body = "<p>قال ، إن الوفد (23 يوليو) ، وصل <strong>أمس</strong> ، إلى موسكو .</p>\n"
    editor.load_html(body)
    panel.fix_requested.connect(lambda f: apply_fix_in_editor(editor, f))
    panel.set_article(Article(title="عنوان", body_html=body))
    rows = [f.rule for f in panel.findings()]
    assert rows.count("space-before-punctuation") == 4
    panel.tree.setCurrentItem(panel.tree.topLevelItem(rows.index("space-before-punctuation")))
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert editor.to_html().strip() == "<p>قال، إن الوفد (23 يوليو)، وصل <strong>أمس</strong>، إلى موسكو.</p>"


def test_empty_state_when_no_draft_is_open(qtbot: Any) -> None:
    panel, _editor, _title, article = make(qtbot)
    assert panel.stack.currentWidget() is panel.empty  # not "No problems found." before anything is open
    assert not panel.summary.isVisibleTo(panel)
    panel.set_article(article)
    assert panel.stack.currentWidget() is panel.results and panel.findings()
    panel.set_article(None)
    assert panel.stack.currentWidget() is panel.empty and panel.findings() == []
