"""The whole window with a real draft store: new draft, typing, autosave after a pause, reopen, import."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.cli.context import make_context
from editor_app.core.article import Article
from editor_app.gui import document_controller
from editor_app.gui.import_dialog import ImportDialog
from editor_app.gui.launch import build_window
from editor_app.gui.main_window import MainWindow
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


def _window(qtbot: QtBot, data: Path) -> MainWindow:
    _ctx, window = build_window(
        make_context(argparse.Namespace(data_dir=str(data), lang="ar")), tasks_inline=False
    )
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False)
    qtbot.waitUntil(lambda: "store" in window.ctx.services, timeout=15000)
    return window


def test_type_autosave_close_and_reopen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 200)
    data = tmp_path / "data"
    window = _window(qtbot, data)
    window.actions_by_name["new"].trigger()
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=10000)
    article_id = window.documents.article.id  # type: ignore[union-attr]

    window.editor_area.titles.title.setFocus()
    type_text(window.editor_area.titles.title, "عنوان الخبر")
    editor = window.editor_area.editor
    qtbot.waitUntil(lambda: not editor.isReadOnly(), timeout=10000)  # the document is on screen
    editor.setFocus()
    type_text(editor, "قال الكرملين إن الزيارة مهمة")
    store = window.ctx.services["store"]
    # Saved about a second after typing pauses, without pressing anything.
    qtbot.waitUntil(
        lambda: "الزيارة مهمة" in store.get(article_id).body_html and not store.has_pending(), timeout=10000
    )
    qtbot.waitUntil(lambda: window.drafts_panel.list.count() == 1, timeout=10000)

    type_text(editor, " جدا")
    window.close()  # quitting saves what was typed since the last autosave
    reopened = DraftStore.open(resolve_paths(data))
    try:
        article = reopened.get(article_id)
        assert article.title == "عنوان الخبر"
        assert "مهمة جدا" in article.body_html
        assert reopened.integrity_check().ok
    finally:
        reopened.close(backup=False)


def test_import_a_markdown_file_opens_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "story.md"
    source.write_text(
        "---\ntitle: زيارة لوكاشينكو\ncategory: روسيا البيضاء\n---\n\nالتقى **بوتين** لوكاشينكو.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = _window(qtbot, tmp_path / "data")
    window.files.import_paths([source])
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=15000)
    article = window.documents.article
    assert article is not None and article.title == "زيارة لوكاشينكو"
    assert article.categories == ["روسيا البيضاء"]
    assert window.editor_area.titles.title.text() == "زيارة لوكاشينكو"
    qtbot.waitUntil(lambda: "بوتين" in window.editor_area.editor.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: window.drafts_panel.list.count() == 1, timeout=10000)
    assert window.actions_by_name["export"].isEnabled()
    window.close()


def test_check_panel_follows_the_open_article(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "data")
    window.actions_by_name["new"].trigger()
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=10000)
    window.actions_by_name["check"].trigger()
    panel = window.check_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    messages = {panel.model.index(row, 0).data() for row in range(panel.model.rowCount())}
    assert messages and all(messages)  # an empty new draft lacks at least a headline and a category
    assert panel.view.accessibleName() == QApplication.translate("CheckDock", "Problems found")
    assert window.check_dock.isVisible()
    assert window.check_dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()


def test_menus_drive_the_editor_and_the_focused_field(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "data")
    window.actions_by_name["new"].trigger()
    editor = window.editor_area.editor
    qtbot.waitUntil(lambda: window.documents.article is not None and not editor.isReadOnly(), timeout=10000)
    editor_actions = window.editor_area.format_actions.actions
    in_menu = window.format_menu.actions()
    assert all(editor_actions[name] in in_menu for name in ("bold", "italic", "heading2", "link", "quote"))

    editor.setFocus()
    type_text(editor, "خبر عاجل")
    editor.selectAll()
    editor_actions["bold"].trigger()
    assert "<strong>" in editor.to_html()
    window.actions_by_name["undo"].trigger()  # Edit → Undo acts on the focused body
    assert "<strong>" not in editor.to_html()

    title = window.editor_area.titles.title
    title.setFocus()
    type_text(title, "عنوان")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    window.actions_by_name["selectAll"].trigger()
    window.actions_by_name["cut"].trigger()
    assert title.text() == ""
    assert "خبر عاجل" in editor.toPlainText()  # the body was not touched
    window.close()


def test_workflow_lock_never_unlocks_a_loading_editor(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "data")
    editor = window.editor_area.editor
    article = Article(title="t", body_html="<p>نص طويل</p>")
    window.editor_area.load_article(article)  # the document is now being built on the runner
    assert editor.is_loading() and editor.isReadOnly()
    window.newsroom._apply_lock(article)  # what article_opened triggers
    assert editor.isReadOnly(), "typing now would go into a document about to be replaced"
    qtbot.waitUntil(lambda: not editor.is_loading(), timeout=10000)
    assert not editor.isReadOnly()
    window.close()


def test_paste_cleaning_is_reported_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData

    window = _window(qtbot, tmp_path / "data")
    window.actions_by_name["new"].trigger()
    editor = window.editor_area.editor
    qtbot.waitUntil(lambda: window.documents.article is not None and not editor.is_loading(), timeout=10000)
    mime = QMimeData()
    mime.setHtml(
        '<p style="font-family:Arial">قال \u202eالكرملين\u202c اليوم\u200b</p><script>alert(1)</script>'
    )
    mime.setText("قال الكرملين اليوم")
    editor.insertFromMimeData(mime)
    assert "\u202e" not in editor.toPlainText() and "alert" not in editor.toPlainText()
    assert "الكرملين" in editor.toPlainText()
    assert window.status.currentMessage() != ""
    window.close()


def test_no_two_actions_share_a_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    window = _window(qtbot, tmp_path / "data")
    seen: dict[str, str] = {}
    clashes = []
    actions = {id(a): a for a in window.findChildren(QAction)}
    for action in actions.values():
        for sequence in action.shortcuts():
            key = sequence.toString()
            if not key:
                continue
            name = action.objectName() or action.text()
            if key in seen and seen[key] != name:
                clashes.append(f"{key}: {seen[key]} / {name}")
            seen[key] = name
    assert clashes == []  # an ambiguous shortcut does nothing at all in Qt
    window.close()
