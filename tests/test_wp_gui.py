"""The sites dialog and the publish queue panel, with an inline task runner, the real store and WordPress."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_wp_publish import FAST, png_bytes
from wordpress import WordPressSite, free_port

from editor_app.core.article import Article
from editor_app.core.outbox import OutboxState
from editor_app.core.site import Site
from editor_app.gui.publish_queue import PublishQueue, connect_status_bar
from editor_app.gui.sites_dialog import SitesDialog
from editor_app.gui.status_bar import QalamStatusBar
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.publish import credentials
from editor_app.publish.http import HttpClient
from editor_app.publish.outbox import Backoff, Outbox, OutboxStatus
from editor_app.publish.store_bridge import StoreBridge
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress


def tr(context: str, text: str) -> str:
    """What the widgets show, in whatever language an earlier test left installed."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


def test_sites_dialog_adds_tests_and_removes_a_site(
    qtbot: QtBot, store: DraftStore, wordpress: WordPressSite
) -> None:
    credentials.forget_memory()
    runner = TaskRunner(inline=True)
    dialog = SitesDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("الموقع الرئيسي")
    dialog.url.setText(wordpress.url)
    dialog.user.setText("author")
    dialog.password.setText(wordpress.author.app_password)
    dialog.add_site()
    assert dialog.password.text() == ""  # never left in the field
    assert dialog.list.count() == 1
    assert tr("SitesDialog", "Added {name}.").format(name="الموقع الرئيسي") in dialog.status.text()
    abilities = {
        dialog.abilities.topLevelItem(i).text(0): dialog.abilities.topLevelItem(i).text(1)
        for i in range(dialog.abilities.topLevelItemCount())
    }
    yes, no = tr("SitesDialog", "yes"), tr("SitesDialog", "no")
    assert abilities[tr("Publish", "publish and schedule")] == yes
    assert abilities[tr("Publish", "edit other people's posts")] == no

    dialog.list.setCurrentRow(0)
    dialog.test_site()
    assert "author" in dialog.status.text()
    assert dialog.status.text() == tr(
        "SitesDialog", "Connected to {site} as {user} (roles: {roles})."
    ).format(site="Qalam test site", user="Author", roles="author")
    assert store.list_terms(store.list_sites()[0].id, "category")  # the terms cache was filled

    dialog.password.setText("wrong-wrong-wrong-wrong")
    dialog.change_password()
    dialog.list.setCurrentRow(0)
    dialog.test_site()
    assert dialog.status.text() == tr(
        "Publish",
        "The site refused the user name or application password. Check them in the site settings "
        "(an application password is not the login password).",
    )

    dialog.list.setCurrentRow(0)
    dialog.remove_site()
    assert dialog.list.count() == 0 and store.list_sites() == []

    # Offline-first: a site can be added without reaching it.
    dialog.name.setText("بعيد")
    dialog.url.setText(f"http://127.0.0.1:{free_port()}")
    dialog.user.setText("editor")
    dialog.password.setText("abcd efgh ijkl mnop qrst uvwx")
    dialog.check_now.setChecked(False)
    dialog.add_site()
    assert dialog.list.count() == 1 and [s.name for s in store.list_sites()] == ["بعيد"]
    credentials.forget_memory()


def test_publish_queue_shows_items_progress_and_status(
    qtbot: QtBot, store: DraftStore, wordpress: WordPressSite
) -> None:
    site = store.add_site(Site(name="down", url=f"http://127.0.0.1:{free_port()}", username="editor"))
    media = store.add_media(data=png_bytes(300, 200, (1, 2, 3)), mime="image/png", filename="big.png")
    article = store.create(
        Article(title="خبر في الطابور", body_html=f'<p><img src="qalam-media:{media.id}"></p>')
    )
    http = HttpClient(FAST)
    outbox = Outbox(
        store,
        StoreBridge(store),
        http=http,
        password=lambda s: wordpress.editor.app_password,
        backoff=Backoff(base=0.01, cap=0.02),
    )
    runner = TaskRunner(inline=True)
    panel = PublishQueue(outbox, runner)
    qtbot.addWidget(panel)
    bar = QalamStatusBar()
    qtbot.addWidget(bar)
    connect_status_bar(panel, bar)
    statuses: list[OutboxStatus] = []
    panel.status_changed.connect(statuses.append)
    progress: list[tuple[int, int]] = []
    panel._relay.progress.connect(lambda _i, _n, done, total: progress.append((done, total)))

    outbox.submit(article.id, site.id)
    panel.process_due()
    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert row.text(0) == "خبر في الطابور" and row.text(3) == tr("PublishQueue", "queued")
    reach = tr("Publish", "Cannot reach {host}. You may be offline; the article stays queued.")
    assert row.text(5) == reach.format(host="127.0.0.1")
    status = statuses[-1]
    assert status.queued == 1 and status.online is False
    assert bar.network.text() == tr("QalamStatusBar", "Offline: work is saved and queued")

    # The network is back: "Send now" sends it, with upload progress on the way.
    site.url = wordpress.url
    store.update_site(site)
    outbox.forget_site(site.id)
    done: list[tuple[str, str]] = []
    panel.item_done.connect(lambda a, u: done.append((a, u)))
    panel.send_now()
    assert done and done[0][0] == article.id and done[0][1].startswith(wordpress.url)
    assert panel.tree.topLevelItem(0).text(3) == tr("PublishQueue", "sent")
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert statuses[-1].online is True and statuses[-1].pending == 0
    assert store.outbox_items()[0].state is OutboxState.DONE
    http.close()


def test_publish_queue_shows_a_conflict_word_by_word_and_takes_theirs(
    qtbot: QtBot, store: DraftStore, wordpress: WordPressSite
) -> None:
    from editor_app.publish.credentials import Secret
    from editor_app.publish.wordpress import WordPressClient

    site = store.add_site(Site(name="main", url=wordpress.url, username="editor"))
    article = store.create(Article(title="مقال للتعارض", body_html="<p>الجملة الأصلية هنا</p>"))
    http = HttpClient(FAST)
    outbox = Outbox(store, StoreBridge(store), http=http, password=lambda s: wordpress.editor.app_password)
    assert outbox.publish_now(article.id, site.id, "draft").done
    remote_id = store.get(article.id).remote_id or 0
    admin = WordPressClient(wordpress.url, "admin", Secret(wordpress.admin.app_password), http=http)
    theirs = admin.get_post(remote_id).content_raw.replace("الأصلية", "المعدلة")
    admin.update_post(remote_id, {"content": theirs})
    mine = store.get(article.id)
    mine.body_html = "<p>الجملة الجديدة هنا</p>"
    store.save(mine)
    assert outbox.publish_now(article.id, site.id, "draft").item.state is OutboxState.CONFLICT

    panel = PublishQueue(outbox, TaskRunner(inline=True))
    qtbot.addWidget(panel)
    panel.refresh()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert panel.theirs_button.isEnabled() and panel.mine_button.isEnabled()
    html = panel.detail.toHtml()
    assert "المعدلة" in html and "الجديدة" in html and not panel.detail.isHidden()
    panel.take_theirs()
    from editor_app.core.blocks import article_body

    assert store.get(article.id).body_html == article_body(theirs)
    assert panel.tree.topLevelItem(1).text(3) == tr("PublishQueue", "sent")
    http.close()


def test_double_click_asks_to_open_the_draft(
    qtbot: QtBot, store: DraftStore, wordpress: WordPressSite
) -> None:
    site = store.add_site(Site(name="s", url=f"http://127.0.0.1:{free_port()}", username="editor"))
    article = store.create(Article(title="افتحني", body_html="<p>نص</p>"))
    outbox = Outbox(store, StoreBridge(store), password=lambda s: "x")
    outbox.submit(article.id, site.id)
    panel = PublishQueue(outbox, TaskRunner(inline=True))
    qtbot.addWidget(panel)
    panel.refresh()
    opened: list[str] = []
    panel.open_requested.connect(opened.append)
    row = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(row)
    panel.tree.itemDoubleClicked.emit(row, 0)
    assert opened == [article.id]
    outbox.close()
