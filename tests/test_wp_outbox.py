"""The outbox on the real draft store and the real loopback WordPress: queued first, sent once, never lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faultproxy import Fault, FaultProxy
from test_wp_publish import FAST, client_for, jpeg_bytes, png_bytes, posts_with
from wordpress import WordPressSite

from editor_app.core.article import Article, WorkflowState
from editor_app.core.blocks import article_body
from editor_app.core.outbox import OutboxState
from editor_app.core.site import Site
from editor_app.paths import resolve_paths
from editor_app.publish.http import HttpClient
from editor_app.publish.outbox import Backoff, Outbox, message_from_result
from editor_app.publish.store_bridge import StoreBridge
from editor_app.publish.wordpress import WordPressClient
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(FAST)
    yield client
    client.close()


@pytest.fixture
def admin(wordpress: WordPressSite, http: HttpClient) -> WordPressClient:
    return client_for(wordpress, "admin", http)


@pytest.fixture(scope="module")
def proxy(wordpress: WordPressSite) -> Iterator[FaultProxy]:
    fp = FaultProxy("127.0.0.1", int(wordpress.url.rsplit(":", 1)[1]), delay=2.5).start()
    yield fp
    fp.stop()


def make_outbox(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, role: str = "editor"
) -> Outbox:
    password = wordpress.user(role).app_password
    return Outbox(
        store,
        StoreBridge(store),
        http=http,
        password=lambda site: password,
        backoff=Backoff(base=0.01, cap=0.05),
        publisher_options={"lookup_delay": 0.1},
    )


def add_site(
    store: DraftStore, wordpress: WordPressSite, url: str | None = None, role: str = "editor"
) -> Site:
    return store.add_site(
        Site(
            name=f"site-{role}-{url or 'direct'}",
            url=url or wordpress.url,
            username=wordpress.user(role).login,
        )
    )


def new_article(store: DraftStore, title: str, *, with_image: bool = False) -> Article:
    article = Article(title=title, body_html="<p>نص المقال</p>", excerpt="ملخص")
    if with_image:
        n = len(title) + int(datetime.now().timestamp() * 1000) % 997
        inline = store.add_media(
            data=png_bytes(20 + n % 40, 12 + n % 7, (n % 256, 10, 10)),
            mime="image/png",
            filename="صورة داخلية.png",
            alt="بديل",
        )
        lead = store.add_media(data=jpeg_bytes(50 + n % 300, 40), mime="image/jpeg", filename="lead.jpg")
        article.body_html = f'<p>مقدمة</p><p><img src="qalam-media:{inline.id}" alt="بديل"></p><p>خاتمة</p>'
        article.featured_media_id = lead.id
    return store.create(article)


def test_publish_now_stores_remote_id_and_media_ids(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    site = add_site(store, wordpress)
    article = new_article(store, "خبر عبر صندوق الصادر", with_image=True)
    outbox = make_outbox(store, wordpress, http)
    outcome = outbox.publish_now(article.id, site.id)
    assert outcome.done, outcome.error
    assert outcome.item.attempts == 1 and outcome.item.result is not None
    saved = store.get(article.id)
    assert saved.remote_id == outcome.item.result["remote_id"] and saved.remote_url
    assert saved.remote_modified_gmt and saved.remote_content_hash
    assert saved.state is WorkflowState.PUBLISHED
    media_ids = [m.id for m in store.media_for_article(article.id)] or [
        article.featured_media_id or "",
        article.body_html.split("qalam-media:")[1].split('"')[0],
    ]
    assert all(store.get_media(i, with_data=False).remote_ids.get(site.id) for i in media_ids)
    post = admin.get_post(saved.remote_id)
    assert "qalam-media:" not in post.content_raw and post.featured_media > 0
    # Publishing an edited version updates the same post and uploads nothing again.
    article = store.get(article.id)
    article.title = "خبر عبر صندوق الصادر (محدث)"
    store.save(article)
    again = outbox.publish_now(article.id, site.id)
    assert again.done and again.result is not None
    assert again.result.remote_id == saved.remote_id and again.result.media_uploaded == 0
    assert posts_with(admin, article.id) == [saved.remote_id]


def test_offline_item_stays_queued_and_survives_a_restart(
    tmp_path: Path, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    from wordpress import free_port

    paths = resolve_paths(tmp_path / "data")
    store = DraftStore.open(paths)
    site = add_site(store, wordpress, url=f"http://127.0.0.1:{free_port()}")  # nothing listens there
    article = new_article(store, "خبر كتب دون اتصال")
    outcome = make_outbox(store, wordpress, http).publish_now(article.id, site.id)
    assert not outcome.done
    item = outcome.item
    assert item.state is OutboxState.QUEUED and item.attempts == 1
    assert item.next_attempt_at is not None and item.next_attempt_at > datetime.now(UTC) - timedelta(
        seconds=1
    )
    msg = message_from_result(item.result)
    assert msg is not None and "offline" in msg.render()
    store.close(backup=False)

    # The app restarts; the network is back.
    store = DraftStore.open(paths)
    try:
        site.url = wordpress.url
        store.update_site(site)
        outbox = make_outbox(store, wordpress, http)
        assert outbox.recover() == 0
        assert outbox.pending_count() == 1
        report = outbox.flush()
        assert report.done == 1
        assert posts_with(admin, article.id) == [store.get(article.id).remote_id]
    finally:
        store.close(backup=False)


def test_item_left_running_by_a_crash_is_sent_exactly_once(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient, proxy: FaultProxy
) -> None:
    site = add_site(store, wordpress)
    article = new_article(store, "خبر انقطع إرساله")
    outbox = make_outbox(store, wordpress, http)
    item = outbox.submit(article.id, site.id)
    # The create reached WordPress, then the process died before recording anything.
    claimed = store.claim_next_outbox()
    assert claimed is not None and claimed.id == item.id
    client_for(wordpress, "editor", http).create_post(
        {
            "title": article.title,
            "content": f"<p>نص المقال <!-- qalam:{article.id} --></p>",
            "status": "publish",
        }
    )
    assert outbox.recover() == 1
    report = outbox.process_due()
    assert report.done == 1 and report.outcomes[0].result is not None
    assert report.outcomes[0].result.adopted
    assert len(posts_with(admin, article.id)) == 1


def test_server_errors_keep_the_item_queued_then_one_post(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient, proxy: FaultProxy
) -> None:
    proxy.clear()
    site = add_site(store, wordpress, url=proxy.url)
    article = new_article(store, "خبر والخادم مشغول", with_image=True)
    proxy.inject(Fault.HTTP_503, times=50, method="POST", path="/wp/v2/posts")
    outbox = make_outbox(store, wordpress, http)
    first = outbox.publish_now(article.id, site.id)
    assert first.item.state is OutboxState.QUEUED, first.item
    assert first.item.last_error and "HTTP 503" in first.item.last_error
    proxy.clear()
    report = outbox.flush()
    assert report.done == 1
    ids = posts_with(admin, article.id)
    assert len(ids) == 1 and ids == [store.get(article.id).remote_id]
    post = admin.get_post(ids[0])
    assert "مقدمة" in post.content_raw and post.featured_media > 0


def test_conflict_is_kept_with_both_versions_until_the_user_decides(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    site = add_site(store, wordpress)
    article = new_article(store, "مقال سيعدل على الموقع")
    outbox = make_outbox(store, wordpress, http)
    assert outbox.publish_now(article.id, site.id).done
    remote_id = store.get(article.id).remote_id
    assert remote_id is not None
    theirs = admin.get_post(remote_id).content_raw.replace("نص المقال", "نص عدله المحرر على الموقع")
    admin.update_post(remote_id, {"content": theirs})
    article = store.get(article.id)
    article.body_html = "<p>نص عدله الكاتب في قلم</p>"
    store.save(article)
    outcome = outbox.publish_now(article.id, site.id)
    assert outcome.item.state is OutboxState.CONFLICT
    result = outcome.item.result or {}
    assert "نص عدله المحرر على الموقع" in result["theirs"]["content"]
    assert "نص عدله الكاتب في قلم" in result["mine"]["content"]
    assert admin.get_post(remote_id).content_raw == theirs
    outbox.keep_mine(outcome.item.id)
    assert outbox.process_due().done == 1
    assert article_body(admin.get_post(remote_id).content_raw) == "<p>نص عدله الكاتب في قلم</p>\n"


def test_contributor_publish_fails_with_a_clear_message(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient
) -> None:
    site = add_site(store, wordpress, role="contributor")
    article = new_article(store, "مقال مساهم عبر الصادر")
    outcome = make_outbox(store, wordpress, http, role="contributor").publish_now(article.id, site.id)
    assert outcome.item.state is OutboxState.FAILED
    assert outcome.item.last_error and "publish_posts" in outcome.item.last_error
    submitted = make_outbox(store, wordpress, http, role="contributor").publish_now(
        article.id, site.id, "submit"
    )
    assert submitted.done and submitted.result is not None and submitted.result.status == "pending"


def test_categories_are_cached_in_the_store_and_refreshed_incrementally(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    from editor_app.publish.store_bridge import sync_terms

    site = add_site(store, wordpress)
    first = sync_terms(store, admin, site.id)
    assert first["category"] >= 1 and store.list_terms(site.id, "category")
    data, _ = admin.call("POST", "/wp/v2/categories", json_body={"name": "رياضة عربية"})
    assert sync_terms(store, admin, site.id) == {"category": 1, "tag": 0}
    assert store.find_term(site.id, "category", "رياضة عربية") is not None

    # A category created on the site after the last refresh is found once, and cached.
    admin.call("POST", "/wp/v2/categories", json_body={"name": "ثقافة وفنون"})
    article = new_article(store, "مباراة الأمس")
    article.categories = ["رياضة عربية", "ثقافة وفنون"]
    store.save(article)
    outbox = make_outbox(store, wordpress, http)
    outcome = outbox.publish_now(article.id, site.id)
    assert outcome.done, outcome.item.last_error
    post = admin.get_post(store.get(article.id).remote_id or 0)
    assert len(post.categories) == 2 and int(data["id"]) in post.categories
    assert store.find_term(site.id, "category", "ثقافة وفنون") is not None
    status = outbox.status()
    assert status.online is True and status.pending == 0 and status.failed == 0


def test_pull_then_site_edit_then_push_is_a_conflict_and_take_theirs_resolves_it(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    from editor_app.publish.store_bridge import pull_post

    site = add_site(store, wordpress)
    made = admin.create_post({"title": "مقال كتب على الموقع", "content": "<p>الأصل</p>", "status": "draft"})
    pulled = pull_post(store, admin, site.id, made.id)
    assert pulled.remote_id == made.id and pulled.body_html == "<p>الأصل</p>\n"
    assert store.get(pulled.id).remote_modified_gmt == made.modified_gmt

    admin.update_post(made.id, {"content": "<p>عدل على الموقع بعد السحب</p>"})
    article = store.get(pulled.id)
    article.body_html = "<p>عدل في قلم</p>"
    store.save(article)
    outbox = make_outbox(store, wordpress, http)
    first = outbox.publish_now(article.id, site.id, "draft")
    assert first.item.state is OutboxState.CONFLICT
    assert admin.get_post(made.id).content_raw == "<p>عدل على الموقع بعد السحب</p>"

    outbox.take_theirs(first.item.id)
    local = store.get(article.id)
    assert local.body_html == "<p>عدل على الموقع بعد السحب</p>\n"
    # Based on the site's version now: the next push goes through, once.
    again = outbox.publish_now(article.id, site.id, "draft")
    assert again.done, again.item.last_error
    assert again.result is not None and again.result.remote_id == made.id


def test_the_same_job_queued_twice_is_sent_once(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient
) -> None:
    site = add_site(store, wordpress, url=f"http://127.0.0.1:{__import__('wordpress').free_port()}")
    article = new_article(store, "خبر أرسل مرتين")
    outbox = make_outbox(store, wordpress, http)
    a = outbox.submit(article.id, site.id)
    b = outbox.submit(article.id, site.id)
    assert a.id == b.id and len(outbox.items()) == 1


def test_probe_tells_online_from_offline(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient
) -> None:
    from wordpress import free_port

    outbox = make_outbox(store, wordpress, http)
    assert outbox.probe() is None  # no site yet
    add_site(store, wordpress, url=f"http://127.0.0.1:{free_port()}")
    assert outbox.probe(timeout=1) is False and outbox.status().online is False
    add_site(store, wordpress)
    assert outbox.probe(timeout=1) is True


def test_an_unreachable_site_is_tried_once_per_run(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient
) -> None:
    from wordpress import free_port

    site = add_site(store, wordpress, url=f"http://127.0.0.1:{free_port()}")
    outbox = make_outbox(store, wordpress, http)
    for n in range(3):
        outbox.submit(new_article(store, f"خبر دون شبكة {n}").id, site.id)
    report = outbox.process_due()
    assert report.queued == 3
    first, *rest = report.outcomes
    assert first.error is not None and all(o.error is first.error for o in rest)  # only the first went out


def test_on_a_stock_site_the_marker_carries_the_uuid_through_faults(
    store: DraftStore, stock_wordpress: WordPressSite, http: HttpClient
) -> None:
    admin = client_for(stock_wordpress, "admin", http)
    assert not admin.discover().has_companion
    fp = FaultProxy("127.0.0.1", int(stock_wordpress.url.rsplit(":", 1)[1]), delay=2.5).start()
    try:
        site = add_site(store, stock_wordpress, url=fp.url)
        article = new_article(store, "خبر على موقع بلا إضافة", with_image=True)
        fp.inject(Fault.DROP_AFTER_REQUEST, method="POST", path="/wp/v2/posts")
        outcome = make_outbox(store, stock_wordpress, http).publish_now(article.id, site.id)
        assert outcome.done and outcome.result is not None and outcome.result.adopted
    finally:
        fp.stop()
    ids = posts_with(admin, article.id)
    assert ids == [store.get(article.id).remote_id]
    post = admin.get_post(ids[0])
    assert f'"qalamId":"{article.id}"' in post.content_raw and post.featured_media > 0
    assert "<!-- qalam:" not in post.content_raw
    assert article_body(post.content_raw).startswith("<p>مقدمة</p>")


def test_failed_items_go_again_once_the_password_is_fixed(
    store: DraftStore, wordpress: WordPressSite, http: HttpClient
) -> None:
    site = add_site(store, wordpress)
    password = {"value": "wrong wrong wrong wrong"}
    outbox = Outbox(
        store, StoreBridge(store), http=http, password=lambda s: password["value"], backoff=Backoff(base=0.01)
    )
    for n in range(2):
        outbox.submit(new_article(store, f"خبر بكلمة مرور خاطئة {n}").id, site.id)
    report = outbox.process_due()
    assert report.failed == 2 and outbox.status().failed == 2
    password["value"] = wordpress.editor.app_password
    assert outbox.retry_failed(site.id) == 2
    assert outbox.process_due().done == 2
