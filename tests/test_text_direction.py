"""Article text reads in its own direction in the English interface (and English text in the Arabic one)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from editor_app.core.article import Article, WorkflowState
from editor_app.gui.drafts_panel import DraftsPanel
from editor_app.gui.review_inbox import ReviewInbox
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.text_direction import direction_of, isolate, set_label_text
from editor_app.paths import resolve_paths
from editor_app.publish.workflow_sync import InboxItem
from editor_app.storage.store import DraftStore

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _direction(view: QAbstractItemView, index: QModelIndex) -> Qt.LayoutDirection:
    option = QStyleOptionViewItem()
    option.direction = view.layoutDirection()
    view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    return option.direction


def test_direction_from_the_first_strong_letter(qapp: Any) -> None:
    assert direction_of("«بوتين» يلتقي Lukashenko") == RTL
    assert direction_of("2026: Reuters تقول") == LTR
    assert direction_of("2026 — ٣", default=RTL) == RTL  # no letter: the caller's default
    assert isolate("عنوان") == "\u2068عنوان\u2069" and isolate("") == ""
    label = QLabel()
    set_label_text(label, "زيارة لوكاشينكو")
    assert label.layoutDirection() == RTL and label.text() == "زيارة لوكاشينكو"
    set_label_text(label, "Lukashenko visit")
    assert label.layoutDirection() == LTR


def test_drafts_list_and_search_results_in_the_english_interface(
    qtbot: QtBot, tmp_path: Path, english_ui: None
) -> None:
    store = DraftStore.open(resolve_paths(tmp_path / "data").ensure())
    try:
        body = "<p>قال الكرملين إن الزيارة مهمة</p>"
        store.create(Article(title="يلتقي بوتين ولوكاشينكو؟", body_html=body))
        store.create(Article(title="Wagner in Belarus", body_html="<p>Reuters reported the move.</p>"))
        panel = DraftsPanel(store, TaskRunner(inline=True))
        qtbot.addWidget(panel)
        panel.refresh()
        assert panel.layoutDirection() == LTR and panel.list.count() == 2
        model = cast(QAbstractItemModel, panel.list.model())
        by_title = {model.index(r, 0).data().split("\n")[0]: model.index(r, 0) for r in range(2)}
        assert _direction(panel.list, by_title["يلتقي بوتين ولوكاشينكو؟"]) == RTL
        assert _direction(panel.list, by_title["Wagner in Belarus"]) == LTR
        panel.search.setText("الزيارة")
        panel.refresh()
        assert panel.list.count() == 1
        assert _direction(panel.list, model.index(0, 0)) == RTL  # the snippet row too
    finally:
        store.close(backup=False)


def test_inbox_titles_authors_and_categories(qtbot: QtBot, english_ui: None) -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    inbox = ReviewInbox(cast(Any, None), TaskRunner(inline=True), clock=lambda: now)
    qtbot.addWidget(inbox)
    inbox.set_items([
        InboxItem("a", 1, "s", "زيارة لوكاشينكو", "منى", ("روسيا البيضاء",), 300, now,
                  WorkflowState.SUBMITTED, False, 0),
    ])
    model = cast(QAbstractItemModel, inbox.tree.model())
    for column in (0, 1, 2):
        assert _direction(inbox.tree, model.index(0, column)) == RTL
    assert _direction(inbox.tree, model.index(0, 3)) == LTR  # "300 words" is the interface's
    assert model.index(0, 3).data() == "300 words"


def test_import_dialog_fields_take_the_article_s_direction(qtbot: QtBot, english_ui: None) -> None:
    from editor_app.core.article import Direction
    from editor_app.core.importers import ImportResult
    from editor_app.gui.import_dialog import ImportDialog

    result = ImportResult(title="زيارة لوكاشينكو", body_html="<p>نص</p>", direction=Direction.RTL,
                          categories=["روسيا"])
    dialog = ImportDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == LTR
    assert dialog.title_edit.layoutDirection() == RTL and dialog.category_edit.layoutDirection() == RTL
