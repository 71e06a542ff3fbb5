"""The editor's snapshots never undo what publishing stored (remote id, state): no duplicate posts."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.article import Article, WorkflowState
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


def test_a_stale_autosave_keeps_the_remote_id_and_state(tmp_path: Path) -> None:
    store = DraftStore.open(resolve_paths(tmp_path / "data").ensure())
    try:
        in_editor = store.create(Article(title="عنوان", body_html="<p>أول</p>"))
        # Meanwhile the outbox published it and recorded the post (the editor's copy knows nothing of it).
        published = store.get(in_editor.id).copy(remote_id=42, site_id=None, state=WorkflowState.PUBLISHED,
                                                  remote_url="https://news.example/a/")
        store.save(published)
        # The reporter keeps typing: autosave and an explicit save from the stale in-editor copy.
        store.autosave(in_editor.copy(body_html="<p>أول وثان</p>"))
        store.flush()
        store.queue_save(in_editor.copy(body_html="<p>أول وثان وثالث</p>"))
        store.flush()
        now = store.get(in_editor.id)
        assert now.body_html == "<p>أول وثان وثالث</p>"
        assert now.remote_id == 42 and now.state == WorkflowState.PUBLISHED
        assert now.remote_url == "https://news.example/a/"
    finally:
        store.close(backup=False)
