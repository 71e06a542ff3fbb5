"""`qalam outbox` names an item's state and action in the reader's language (JSON keeps the raw values)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli.main import main
from editor_app.core.article import Article
from editor_app.core.site import Site
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


def test_outbox_lines_in_english_and_arabic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    store = DraftStore.open(resolve_paths(data).ensure())
    try:
        site = store.add_site(Site(id="s1", name="desk", url="http://127.0.0.1:9", username="mona"))
        article = store.create(Article(title="خبر للنشر", body_html="<p>نص</p>"))
        store.enqueue(article.id, site.id, "publish", {})
    finally:
        store.close(backup=False)

    def outbox(*args: str) -> str:
        assert main([*args, "--data-dir", str(data), "outbox"]) == 0
        return capsys.readouterr().out

    english = outbox("--lang", "en")
    assert "queued" in english and "publish" in english and "خبر للنشر" in english
    arabic = outbox("--lang", "ar")
    words = arabic.split()[1:3]  # after "#1": the state and the action
    assert "queued" not in arabic and "publish" not in arabic
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in word) for word in words), arabic
    assert json.loads(outbox("--lang", "ar", "--json"))[0]["state"] == "queued"
