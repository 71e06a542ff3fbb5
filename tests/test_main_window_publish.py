"""The whole window against the real WordPress: a contributor submits from the Article menu, an editor's
window publishes through the pre-publish gate; exactly one post each time."""

from __future__ import annotations

import argparse
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from wordpress import WordPressSite

from editor_app.cli.context import make_context
from editor_app.core.article import Article, WorkflowState
from editor_app.gui.check_panel import PublishGate
from editor_app.gui.launch import build_window
from editor_app.gui.main_window import MainWindow
from editor_app.paths import resolve_paths
from editor_app.publish.sites import add_site
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress

BODY = "<p>قال الكرملين إن لوكاشينكو يقوم بزيارة عمل لروسيا.</p>"


def _prepare(data: Path, site: WordPressSite, role: str, monkeypatch: pytest.MonkeyPatch) -> str:
    user = site.user(role)
    monkeypatch.setenv("QALAM_PASSWORD", user.app_password)
    store = DraftStore.open(resolve_paths(data).ensure())
    try:
        add_site(store, "desk", site.url, user.login, user.app_password, save_password=False)
        article = store.create(
            Article(
                title="زيارة عمل",
                body_html=BODY,
                categories=["Uncategorized"],
                excerpt="لوكاشينكو في موسكو لبحث الشراكة الاستراتيجية بين البلدين.",
                slug="ziyara",
            )
        )
        return article.id
    finally:
        store.close(backup=False)


def _window(qtbot: QtBot, data: Path, article_id: str) -> MainWindow:
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="ar")))
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False, open_id=article_id)
    qtbot.waitUntil(
        lambda: window.newsroom.service is not None and window.newsroom.queue is not None, timeout=30000
    )
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=10000)
    return window


def _posts(site: WordPressSite, uuid: str) -> list[dict[str, object]]:
    auth = (site.admin.login, site.admin.app_password)
    found: dict[int, dict[str, object]] = {}
    # The companion plugin carries the id as meta; stock WordPress finds the marker in the text.
    for params in ({"qalam_uuid": uuid}, {"search": uuid}):
        answer = httpx.get(
            f"{site.api}/wp/v2/posts",
            params={**params, "status": "any", "context": "edit"},
            auth=auth,
            timeout=20,
        )
        for post in answer.json():
            if uuid in post["content"]["raw"] or post.get("meta", {}).get("qalam_uuid") == uuid:
                found[post["id"]] = post
    return list(found.values())


def test_contributor_submits_from_the_menu(
    qtbot: QtBot, tmp_path: Path, wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = _prepare(tmp_path / "reporter", wordpress, "contributor", monkeypatch)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("جاهز للمراجعة", True))
    monkeypatch.setattr(PublishGate, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PublishGate, "reason", lambda self: "عاجل")
    window = _window(qtbot, tmp_path / "reporter", article_id)
    assert window.actions_by_name["submit"].isEnabled()
    window.actions_by_name["submit"].trigger()
    qtbot.waitUntil(lambda: len(_posts(wordpress, article_id)) == 1, timeout=30000)
    post = _posts(wordpress, article_id)[0]
    assert post["status"] == "pending"
    qtbot.waitUntil(
        lambda: (
            window.documents.article is not None and window.documents.article.state == WorkflowState.SUBMITTED
        ),
        timeout=10000,
    )
    # Submitted: the reporter's copy is read-only until it is returned.
    assert window.editor_area.editor.isReadOnly()
    window.close()
    assert len(_posts(wordpress, article_id)) == 1


def test_editor_publishes_now_through_the_gate(
    qtbot: QtBot, tmp_path: Path, wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = _prepare(tmp_path / "editor", wordpress, "editor", monkeypatch)
    monkeypatch.setattr(PublishGate, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PublishGate, "reason", lambda self: "عاجل")

    def click_publish_now(box: QMessageBox) -> int:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_publish_now)
    window = _window(qtbot, tmp_path / "editor", article_id)
    window.actions_by_name["publish"].trigger()
    qtbot.waitUntil(
        lambda: any(p["status"] == "publish" for p in _posts(wordpress, article_id)), timeout=30000
    )
    posts = _posts(wordpress, article_id)
    assert len(posts) == 1
    assert "لوكاشينكو" in str(posts[0]["content"]["raw"])  # type: ignore[index]
    qtbot.waitUntil(
        lambda: (
            window.documents.article is not None and window.documents.article.state == WorkflowState.PUBLISHED
        ),
        timeout=30000,
    )

    # Unpublish: the same post goes back to draft, nothing new is created.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions_by_name["unpublish"].trigger()
    qtbot.waitUntil(lambda: [p["status"] for p in _posts(wordpress, article_id)] == ["draft"], timeout=30000)
    window.close()


def test_switching_the_working_site(
    qtbot: QtBot, tmp_path: Path, wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "desk"
    article_id = _prepare(data, wordpress, "editor", monkeypatch)
    store = DraftStore.open(resolve_paths(data))
    try:
        add_site(
            store,
            "second",
            wordpress.url,
            wordpress.editor.login,
            wordpress.editor.app_password,
            save_password=False,
        )
    finally:
        store.close(backup=False)
    window = _window(qtbot, data, article_id)
    menu = window.site_menu
    assert menu.isEnabled() and [a.text() for a in menu.actions()] == ["desk", "second"]
    assert window.newsroom.service is not None and window.newsroom.service.site.name == "desk"
    first_desk = window.newsroom.desk
    menu.actions()[1].trigger()
    qtbot.waitUntil(
        lambda: window.newsroom.service is not None and window.newsroom.service.site.name == "second",
        timeout=20000,
    )
    qtbot.waitUntil(
        lambda: window.newsroom.desk is not None and window.newsroom.desk is not first_desk, timeout=20000
    )
    assert window.ctx.settings.value("workflow/site") == "second"
    assert menu.actions()[1].isChecked()
    window.close()
