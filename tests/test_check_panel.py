"""The check panel: findings from the runner, click to select the span in the editor, one-click fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor_app.core.article import Article
from editor_app.core.checks import Finding, HouseRules, RuleSetting, apply_fix
from editor_app.core.i18n import UserMessage
from editor_app.core.spelling import SpellChecker
from editor_app.gui.check_model import FINDING_ROLE
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


def shown_panel(qtbot: Any, runner: TaskRunner | None = None) -> CheckPanel:
    """A real panel on screen, the size of the dock beside the editor."""
    panel = CheckPanel(runner or TaskRunner(inline=True), house())
    qtbot.addWidget(panel)
    panel.resize(520, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def click(qtbot: Any, panel: CheckPanel, row: int, column: int) -> None:
    """A real mouse click on a cell of the findings list."""
    index = panel.model.index(row, column)
    panel.view.scrollTo(index)
    centre = panel.view.visualRect(index).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def make(qtbot: Any) -> tuple[CheckPanel, RichTextEditor, QLineEdit, Article]:
    runner = TaskRunner(inline=True)
    panel = shown_panel(qtbot, runner)
    editor = RichTextEditor(SpellChecker(), runner)
    title = QLineEdit()
    for widget in (editor, title):
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
    assert panel.model.rowCount() == 5
    assert "review" in panel.summary.text()
    # Clicking a body finding selects exactly its text in the editor.
    for row, finding in enumerate(panel.findings()):
        assert panel.model.index(row, 0).data(FINDING_ROLE) is finding
        click(qtbot, panel, row, 0)
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
    click(qtbot, panel, row, 2)
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
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert title.text() == "عنوان الخبر"


def test_clean_article_and_keyed_reruns(qtbot: Any) -> None:
    panel, _editor, _title, _article = make(qtbot)
    panel.set_article(Article(title="عنوان", body_html="<p>نص سليم.</p>"))
    assert panel.findings() == [] and panel.summary.text() == "No problems found."
    panel.set_article(None)
    assert panel.model.rowCount() == 0


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
    panel.view.setCurrentIndex(panel.model.index(rows.index("space-before-punctuation"), 0))
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


def test_rows_look_as_before(qtbot: Any) -> None:
    """Headers, severity colours, bold errors, tooltips and the blue "Click to fix" column."""
    panel = shown_panel(qtbot)
    panel.set_article(Article(title="", body_html="<p>قال ، إن الوفد وصــل.</p>"))
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Problem", "Text", "Fix"]
    rows = {f.rule: row for row, f in enumerate(panel.findings())}
    error, warning = rows["title-missing"], rows["space-before-punctuation"]
    role = Qt.ItemDataRole
    assert model.index(error, 0).data(role.ForegroundRole).color().name() == "#c62828"
    assert model.index(error, 0).data(role.FontRole).bold()
    assert model.index(error, 0).data(role.ToolTipRole) == "Error · title-missing"
    assert model.index(error, 2).data() is None and model.index(error, 2).data(role.ToolTipRole) is None
    assert model.index(warning, 0).data(role.ForegroundRole).color().name() == "#b26a00"
    assert model.index(warning, 0).data(role.FontRole) is None  # the view's own font
    assert model.index(warning, 1).data() == "—"  # the span is a space
    assert model.index(rows["tatweel"], 1).data() == "وصــل"
    assert model.index(warning, 2).data() == panel.findings()[warning].fix.label.render()  # type: ignore[union-attr]
    assert model.index(warning, 2).data(role.ForegroundRole).color().name() == "#1565c0"
    assert model.index(warning, 2).data(role.ToolTipRole) == "Click to fix"
    assert model.index(warning, 0).data() == panel.findings()[warning].message.render()


def test_a_long_quote_is_shortened_and_the_problems_keep_their_room(qtbot: Any) -> None:
    """A quoted sentence (a boilerplate leftover) is cut in the Text column, whole in its tooltip: the column
    is sized to its contents and squeezed the problems into a few letters."""
    panel = shown_panel(qtbot)
    panel.resize(1000, 360)  # the dock runs under the text, the window's width
    sentence = ("ينشر برنامج EU Reporter مقالات من مجموعة متنوعة من المصادر الخارجية التي تعبر عن "
                "مجموعة واسعة من وجهات النظر. المواقف التي تم اتخاذها في هذه المقالات ليست بالضرورة مواقف "
                "EU Reporter.")
    panel.set_article(Article(title="عنوان", body_html=f"<p>خبر قصير عن مينسك.</p><p>{sentence}</p>"))
    row = next(r for r, f in enumerate(panel.findings()) if len(f.text.strip()) > 40)
    quote = panel.findings()[row].text.strip()
    shown = panel.model.index(row, 1).data()
    assert shown.endswith("…") and len(shown) <= 41 and quote.startswith(shown[:-1])
    assert panel.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == quote
    header = panel.view.header()
    assert header.sectionSize(0) > header.sectionSize(1)  # the problem column is the wide one


def test_a_thousand_findings_render_only_the_rows_on_screen(qtbot: Any, monkeypatch: Any) -> None:
    """Setting findings is one reset: messages and fix labels are rendered when a row is shown (or
    sampled to size the columns), once."""
    rendered: list[str] = []
    real_render = UserMessage.render

    def counting(message: UserMessage, translate: object | None = None) -> str:
        rendered.append(message.text)
        return real_render(message, translate)

    monkeypatch.setattr(UserMessage, "render", counting)
    panel = shown_panel(qtbot)
    body = "".join(f"<p>قال {n} ، إن الوفد وصل.</p>" for n in range(1000))
    panel.set_article(Article(title="عنوان", body_html=body))
    findings = panel.findings()
    assert len(findings) >= 1000 and panel.model.rowCount() == len(findings)
    qtbot.wait(50)  # painted
    shown = panel.view.viewport().height() // panel.view.sizeHintForRow(0) + 1
    assert 0 < panel.model.rendered_rows() <= shown
    assert 0 < len(rendered) < 150  # the shown rows' messages and fix labels, and a sample of fix labels
    first = len(rendered)
    panel.view.viewport().repaint()
    assert len(rendered) == first  # rendered once per finding
    panel.view.scrollToBottom()
    qtbot.wait(50)
    last = panel.model.index(len(findings) - 1, 0)
    assert last.data() == real_render(findings[-1].message)
    assert panel.model.rendered_rows() <= 2 * shown and len(rendered) < 250


def test_clicks_act_on_the_newest_findings(qtbot: Any) -> None:
    """After a new check replaced the list, row N is the new finding N, not a leftover of the old list."""
    panel = shown_panel(qtbot)
    fixes: list[Finding] = []
    located: list[Finding] = []
    panel.fix_requested.connect(fixes.append)
    panel.locate_requested.connect(located.append)
    panel.set_article(Article(title="عنوان", body_html="<p>قال ، إن الوفد وصل .</p>"))
    old = panel.findings()
    click(qtbot, panel, 0, 2)
    assert fixes == [old[0]]
    panel.set_article(Article(title="عنوان", body_html="<p>وصــل الوفد  ، ثم  غادر ، أمس .</p>"))
    new = panel.findings()
    assert len(new) > len(old) and not set(map(id, new)) & set(map(id, old))
    for row in (2, len(new) - 1):
        assert new[row].fix is not None
        click(qtbot, panel, row, 2)
        assert fixes[-1] is new[row]
    click(qtbot, panel, 1, 0)
    assert located[-1] is new[1]


def test_keyboard_moves_and_enter_locates(qtbot: Any) -> None:
    panel = shown_panel(qtbot)
    located: list[Finding] = []
    panel.locate_requested.connect(located.append)
    panel.set_article(Article(title="", body_html="<p>قال ، إن الوفد وصل.</p>"))
    findings = panel.findings()
    fixable = [f.fix is not None for f in findings]
    assert True in fixable and False in fixable
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 0))
    for row in range(1, len(findings)):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().row() == row
        assert panel.fix_button.isEnabled() == fixable[row] == panel.fix_all_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert located == [findings[len(findings) - 2]]
    # A new list leaves no row current: the fix buttons wait for a choice.
    panel.set_article(Article(title="عنوان", body_html="<p>نص ، آخر.</p>"))
    assert not panel.fix_button.isEnabled() and panel.current_finding() is None
