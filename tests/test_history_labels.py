"""The history says what made each revision, shows its time whole, and its headline in its own direction."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from editor_app.core.article import WorkflowState
from editor_app.core.importers import ImportResult, store_imports
from editor_app.core.revision import RevisionInfo, RevisionKind, RevisionOrigin
from editor_app.gui.history_dialog import HEADLINE, KIND, NOTE, WHEN, HistoryDialog
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.publish.workflow_store import SUBMITTED, SYNCED, WorkflowStore
from editor_app.storage.store import DraftStore

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _info(kind: RevisionKind, note: str = "", restored_from: int | None = None) -> RevisionInfo:
    return RevisionInfo("a", 1, kind, NOW, NOW, "t", 3, note, restored_from)


@pytest.mark.parametrize(
    ("kind", "note", "origin"),
    [
        (RevisionKind.AUTOSAVE, "", RevisionOrigin.AUTOSAVE),
        (RevisionKind.SAVE, "", RevisionOrigin.SAVE),
        (RevisionKind.SAVE, "details", RevisionOrigin.SAVE),
        (RevisionKind.RESTORE, "", RevisionOrigin.RESTORED),
        (RevisionKind.SAVE, "import", RevisionOrigin.IMPORTED),
        (RevisionKind.IMPORT, "", RevisionOrigin.IMPORTED),
        (RevisionKind.IMPORT, "qalam:synced", RevisionOrigin.FROM_SITE),
        (RevisionKind.SAVE, "pulled from the site", RevisionOrigin.FROM_SITE),
        (RevisionKind.IMPORT, "qalam:submitted@2026-11-24T09:30:00Z", RevisionOrigin.SUBMITTED),
        (RevisionKind.IMPORT, "qalam:synced@returned", RevisionOrigin.RETURNED),
        (RevisionKind.SAVE, "qalam:returned", RevisionOrigin.RETURNED),
    ],
)
def test_origin_of_each_revision(kind: RevisionKind, note: str, origin: RevisionOrigin) -> None:
    assert _info(kind, note).origin is origin


def test_notes_shown_to_the_reader() -> None:
    assert _info(RevisionKind.IMPORT, "qalam:submitted@2026-11-24T09:30:00Z").note_message() is None
    assert _info(RevisionKind.SAVE, "Checked the names").note_message() == "Checked the names"
    restored = _info(RevisionKind.RESTORE, "", 2).note_message()
    assert restored is not None and not isinstance(restored, str)
    assert restored.render() == "From revision 2"


def _history(tmp_path: Path) -> tuple[DraftStore, str]:
    """One draft with a revision of every origin, made the way the app makes them."""
    store = DraftStore.open(resolve_paths(tmp_path / "data").ensure())
    result = ImportResult(title="زيارة لوكاشينكو إلى موسكو", body_html="<p>التقى بوتين لوكاشينكو.</p>")
    article = store_imports(store, [result])[0]  # 1 imported
    store.autosave(article.copy(body_html="<p>التقى بوتين لوكاشينكو أمس.</p>"))  # 2 autosave
    store.flush()
    article = store.get(article.id)
    store.save(article.copy(body_html="<p>التقى بوتين لوكاشينكو أمس في موسكو.</p>"))  # 3 saved
    workflow = WorkflowStore(store)
    article = store.get(article.id)
    article.state = WorkflowState.SUBMITTED
    submitted = article.copy(body_html="<p>نص أرسل للمراجعة.</p>")
    workflow.save_article(submitted, SUBMITTED, submitted_at=NOW)  # 4 submitted
    article = store.get(article.id)
    article.state = WorkflowState.RETURNED
    workflow.save_article(article.copy(body_html="<p>نص أعاده المحرر.</p>"), SYNCED)  # 5 returned
    article = store.get(article.id)
    article.state = WorkflowState.PUBLISHED
    workflow.save_article(article.copy(body_html="<p>نص كما على الموقع.</p>"), SYNCED)  # 6 from the site
    store.restore(article.id, 3)  # 7 restored
    return store, article.id


def test_history_dialog_labels_every_revision_and_shows_the_whole_time(
    qtbot: QtBot, tmp_path: Path, english_ui: None
) -> None:
    store, article_id = _history(tmp_path)
    try:
        dialog = HistoryDialog(store, TaskRunner(inline=True), article_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        kinds = [row.text(KIND) for row in rows if row is not None]
        assert kinds == ["Restored", "From the site", "Returned", "Submitted for review", "Saved", "Autosave",
                         "Imported"]
        assert rows[0] is not None and rows[0].text(NOTE) == "From revision 3"
        # The time column is as wide as its longest text, and the list shows all of it.
        header = dialog.list.header()
        metrics = dialog.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(row.text(WHEN)) for row in rows if row is not None)
        assert header.sectionSize(WHEN) >= widest
        right_edge = header.sectionViewportPosition(WHEN) + header.sectionSize(WHEN)
        assert right_edge <= dialog.list.viewport().width()
        # An Arabic headline in the English interface is laid out right to left.
        delegate = dialog.list.itemDelegate()
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, dialog.list.model().index(0, HEADLINE))  # type: ignore[attr-defined]
        assert option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, dialog.list.model().index(0, KIND))  # type: ignore[attr-defined]
        assert option.direction == Qt.LayoutDirection.LeftToRight  # type: ignore[attr-defined]
    finally:
        store.close(backup=False)


def test_history_in_arabic(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from editor_app.gui.app import create_application, reset_language

    create_application(["qalam"], "ar")
    store, article_id = _history(tmp_path)
    try:
        dialog = HistoryDialog(store, TaskRunner(inline=True), article_id)
        qtbot.addWidget(dialog)
        kinds = [dialog.list.topLevelItem(i).text(KIND)  # type: ignore[union-attr]
                 for i in range(dialog.list.topLevelItemCount())]
        assert kinds[-1] == "استيراد" and kinds[1] == "من الموقع" and kinds[2] == "إعادة إلى المراسل"
        first = dialog.list.topLevelItem(0)
        assert first is not None and first.text(0) == "٧"
        assert all(not ch.isascii() or not ch.isdigit() for ch in first.text(WHEN))
    finally:
        store.close(backup=False)
        reset_language(QApplication.instance())  # type: ignore[arg-type]
