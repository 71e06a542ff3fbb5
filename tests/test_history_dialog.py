"""The revision history dialog against a real draft store: list, view, compare and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from editor_app.core.article import Article
from editor_app.gui.history_dialog import HistoryDialog
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


def _store(tmp_path: Path) -> DraftStore:
    return DraftStore.open(resolve_paths(tmp_path / "data").ensure())


def test_lists_views_compares_and_restores(qtbot: QtBot, tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    store = _store(tmp_path)
    article = store.create(Article(title="عنوان", body_html="<p>قال الكرملين إن الزيارة مهمة</p>"))
    store.save(article.copy(body_html="<p>قال الكرملين إن الزيارة تاريخية</p>"))
    dialog = HistoryDialog(store, TaskRunner(inline=True), article.id)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2

    # One revision selected: its text is shown.
    first = dialog.list.topLevelItem(1)
    assert first is not None
    dialog.list.clearSelection()
    first.setSelected(True)
    assert "مهمة" in dialog.view.toPlainText()

    # Two selected: the word-level diff shows the replaced word as deleted and the new one as inserted.
    newest = dialog.list.topLevelItem(0)
    assert newest is not None
    newest.setSelected(True)
    html = dialog.view.toHtml()
    assert "مهمة" in html and "تاريخية" in html
    assert dialog.view.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # Restoring revision 1 creates a new revision and reports the restored article.
    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.list.clearSelection()
    first = dialog.list.topLevelItem(1)
    assert first is not None
    first.setSelected(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert len(restored) == 1 and "مهمة" in restored[0].body_html  # type: ignore[attr-defined]
    assert dialog.list.topLevelItemCount() == 3
    assert "مهمة" in store.get(article.id).body_html
    store.close()
