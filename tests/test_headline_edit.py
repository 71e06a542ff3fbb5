"""The headline wraps onto two lines, never holds a line break, and acts like the line edit it replaced."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor_app.core.article import Article
from editor_app.core.checks import HouseRules, run_checks
from editor_app.core.spelling import SpellChecker
from editor_app.gui.check_panel import apply_fix_in_editor, select_span
from editor_app.gui.editor_area import EditorArea
from editor_app.gui.headline_edit import HeadlineEdit
from editor_app.gui.metadata_panel import MetadataPanel
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from tests.qt_helpers import type_text

LONG = "يلتقي بوتين ولوكاشينكو في سان بطرسبرغ بعد أن حذرت روسيا من أي اعتداء على بيلاروسيا"


def _area(qtbot: QtBot, tmp_path: Path) -> EditorArea:
    checker = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    ctx = SimpleNamespace(runner=TaskRunner(inline=True), services={"spellchecker": checker},
                          paths=resolve_paths(tmp_path / "data"))
    area = EditorArea(ctx)
    qtbot.addWidget(area)
    area.resize(700, 500)
    area.show()
    qtbot.waitExposed(area)
    area.load_article(Article(title=LONG, body_html="<p>نص</p>"))
    qtbot.waitUntil(lambda: not area.editor.isReadOnly(), timeout=10000)  # the body is on screen
    return area


def test_a_long_headline_wraps_onto_a_second_line(qtbot: QtBot, tmp_path: Path) -> None:
    area = _area(qtbot, tmp_path)
    title = area.titles.title
    assert isinstance(title, HeadlineEdit)
    spacing = title.fontMetrics().lineSpacing()
    assert 2 * spacing <= title.height() < 3 * spacing  # two lines tall, not one
    layout = title.document().firstBlock().layout()
    assert layout is not None and layout.lineCount() == 2  # wrapped, nothing cut off to the side
    assert title.text() == LONG
    assert title.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_no_line_break_ever(qtbot: QtBot, tmp_path: Path) -> None:
    area = _area(qtbot, tmp_path)
    title, subtitle = area.titles.title, area.titles.subtitle
    title.setFocus()
    title.end(False)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert "\n" not in title.toPlainText() and title.text() == LONG
    qtbot.waitUntil(lambda: QApplication.focusWidget() is subtitle)  # Enter moves on, as in a form
    title.setFocus()
    title.home(False)
    data = QMimeData()
    data.setText("عاجل:\nغارة\r\nجديدة\u2029")
    title.insertFromMimeData(data)
    assert title.text().startswith("عاجل: غارة جديدة ") and "\n" not in title.toPlainText()
    assert title.document().blockCount() == 1


def test_user_edits_and_loading_are_told_apart(qtbot: QtBot, tmp_path: Path) -> None:
    area = _area(qtbot, tmp_path)
    edits: list[object] = []
    titles: list[str] = []
    area.changed.connect(lambda: edits.append(1))
    area.title_changed.connect(titles.append)
    area.titles.title.setText("عنوان جديد")
    assert edits == [] and titles[-1] == "عنوان جديد"  # loading is not an edit; the slug still follows
    area.titles.title.setFocus()
    area.titles.title.end(False)
    type_text(area.titles.title, " اليوم")
    assert edits and area.article_fields()["title"] == "عنوان جديد اليوم"
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("\nسطر")
    area.titles.title.paste()
    assert area.article_fields()["title"] == "عنوان جديد اليوم سطر"


def test_slug_suggestion_and_check_fixes_still_reach_the_headline(qtbot: QtBot, tmp_path: Path) -> None:
    area = _area(qtbot, tmp_path)
    panel = MetadataPanel(SimpleNamespace(services={}))
    qtbot.addWidget(panel)
    area.attach_metadata_panel(panel)
    area.titles.title.setText("زيارة  مهمة")
    assert panel.slug.text() == "زيارة-مهمة"
    article = Article(title=area.titles.title.text(), body_html="<p>نص</p>")
    finding = next(f for f in run_checks(article, HouseRules.default()) if f.rule == "double-space")
    select_span(area.titles.title, finding.span.start, finding.span.end)
    assert area.titles.title.selectedText() == "  "
    assert apply_fix_in_editor(area.titles.title, finding)
    assert area.titles.title.text() == "زيارة مهمة"
