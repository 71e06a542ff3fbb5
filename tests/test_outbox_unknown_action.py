"""A plain Outbox must never turn an action it does not know into a publish."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.article import Article
from editor_app.core.outbox import OutboxState
from editor_app.core.site import Site
from editor_app.paths import resolve_paths
from editor_app.publish.outbox import Outbox
from editor_app.publish.store_bridge import StoreBridge
from editor_app.storage.store import DraftStore


def test_unknown_action_fails_without_sending(tmp_path: Path) -> None:
    store = DraftStore.open(resolve_paths(tmp_path / "data").ensure())
    try:
        # An unreachable site: any attempt to send would show up as a connection error, not "failed".
        site = store.add_site(Site(id="s1", name="desk", url="http://127.0.0.1:9", username="mona"))
        article = store.create(Article(title="مرتجع", body_html="<p>نص</p>"))
        item = store.enqueue(article.id, site.id, "workflow:return", {"note": "راجع الفقرة الثانية"})
        outbox = Outbox(store, StoreBridge(store), password=lambda _site: "not-used")
        outbox.process_due()
        after = store.get_outbox_item(item.id)
        assert after.state == OutboxState.FAILED
        assert after.attempts <= 1
        assert "does not send" in (after.last_error or "")
        assert store.get(article.id).remote_id is None
    finally:
        store.close(backup=False)
