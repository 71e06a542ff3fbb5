"""A timed backup that does not fit on the disk is skipped and the window says so (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.article import Article
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.storage import errors, safety


def test_maintenance_without_room_for_a_backup_tells_the_window(qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from editor_app.gui.context import AppContext, make_settings
    from editor_app.gui.document_controller import DocumentController
    from editor_app.gui.editor_area import EditorArea
    from editor_app.gui.metadata_panel import MetadataPanel
    from editor_app.storage.store import DraftStore

    paths = resolve_paths(tmp_path / "store").ensure()
    ctx = AppContext(paths=paths, language="en", settings=make_settings(paths),
                     runner=TaskRunner(inline=True))
    store = DraftStore.open(paths)
    ctx.services["store"] = store
    window = QMainWindow()
    qtbot.addWidget(window)
    area = EditorArea(ctx, window)
    panel = MetadataPanel(ctx, window)
    controller = DocumentController(ctx, area, panel, window)
    messages: list[str] = []
    controller.message.connect(messages.append)
    store.create(Article(title="خبر"))

    def no_room(folder: Path, needed: int) -> None:
        raise errors.no_room_for_backup(folder, needed + 10 * 1024 * 1024, 1024 * 1024)

    monkeypatch.setattr(safety, "ensure_room", no_room)
    controller._run_maintenance()
    assert messages and "No backup of the drafts was taken" in messages[-1]
    assert safety.list_backups(paths.backups) == []
    monkeypatch.undo()
    messages.clear()
    controller._run_maintenance()  # room again: the backup is taken, nothing to say
    assert messages == [] and len(safety.list_backups(paths.backups)) == 1
    store.close(backup=False)
