"""Publishing against the real loopback WordPress, directly and through the fault-injecting proxy."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest
from faultproxy import Fault, FaultProxy
from wordpress import WordPressSite

from editor_app.core.article import Article
from editor_app.core.blocks import article_body, post_content
from editor_app.core.plain_text import html_to_text
from editor_app.core.slug import encoded_length, make_slug
from editor_app.publish.credentials import Secret
from editor_app.publish.errors import ErrorKind, PublishError
from editor_app.publish.http import HttpClient, HttpConfig
from editor_app.publish.publisher import Action, MemoryState, Outcome, Publisher
from editor_app.publish.wordpress import WordPressClient

pytestmark = pytest.mark.wordpress

FAST = HttpConfig(
    connect_timeout=2, read_timeout=1.5, write_timeout=3, retries=2, backoff_base=0.05, backoff_max=0.2
)


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int, height: int) -> bytes:
    """A JPEG made by Qt; pass a size no other test uses when the hash must be new."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 160))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    buffer.close()
    return bytes(data.data())


_counter = iter(range(10_000))


def noise_png(width: int, height: int) -> bytes:
    import os

    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 1))
        + chunk(b"IEND", b"")
    )


def unique_png(tmp_path: Path, name: str = "photo") -> Path:
    """A PNG whose bytes (hence hash) no other test uses."""
    n = next(_counter)
    path = tmp_path / f"{name}-{n}.png"
    path.write_bytes(png_bytes(24 + n % 50, 16 + n // 50, ((n * 37) % 256, (n * 91) % 256, 77)))
    return path


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(FAST)
    yield client
    client.close()


def client_for(
    site: WordPressSite, role: str, http: HttpClient, url: str | None = None, mode: str = "auto"
) -> WordPressClient:
    user = site.user(role)
    in_meta = {"auto": None, "marker": False, "meta": True}[mode]
    return WordPressClient(
        url or site.url, user.login, Secret(user.app_password), http=http, uuid_in_meta=in_meta
    )


@pytest.fixture(params=["marker", "meta"])
def mode(request: pytest.FixtureRequest, wordpress: WordPressSite, http: HttpClient) -> str:
    """Where the UUID travels: the content marker (stock WordPress) or the companion plugin's meta."""
    if request.param == "meta" and not client_for(wordpress, "admin", http).discover().has_companion:
        pytest.skip("the companion plugin (packaging/wordpress/qalam-companion.php) is not installed")
    return str(request.param)


@pytest.fixture
def admin(wordpress: WordPressSite, http: HttpClient) -> WordPressClient:
    return client_for(wordpress, "admin", http)


@pytest.fixture(scope="module")
def proxy(wordpress: WordPressSite) -> Iterator[FaultProxy]:
    port = int(wordpress.url.rsplit(":", 1)[1])
    fp = FaultProxy("127.0.0.1", port, delay=2.5).start()
    yield fp
    fp.stop()


@pytest.fixture(scope="module")
def news_category(wordpress: WordPressSite) -> int:
    with HttpClient(FAST) as http:
        c = client_for(wordpress, "admin", http)
        data, _ = c.call("POST", "/wp/v2/categories", json_body={"name": "أخبار محلية"})
        return int(data["id"])


def posts_with(admin: WordPressClient, uuid: str) -> list[int]:
    """Every post carrying the UUID, by marker or by meta."""
    ids = {p.id for p in admin.find_posts_by_uuid(uuid)}
    data, _ = admin.call("GET", "/wp/v2/posts", params={"search": uuid, "status": "any", "context": "edit"})
    ids.update(int(p["id"]) for p in data)
    if admin.discover().has_companion:
        data, _ = admin.call(
            "GET", "/wp/v2/posts", params={"qalam_uuid": uuid, "status": "any", "context": "edit"}
        )
        ids.update(int(p["id"]) for p in data)
    return sorted(ids)


def media_with(admin: WordPressClient, sha: str) -> list[int]:
    return [m.id for m in admin.find_media(sha) if sha in m.description_raw]


def test_publish_everything_and_read_it_back(
    wordpress: WordPressSite,
    http: HttpClient,
    admin: WordPressClient,
    tmp_path: Path,
    news_category: int,
    mode: str,
) -> None:
    editor = client_for(wordpress, "editor", http, mode=mode)
    state = MemoryState()
    pub = Publisher(editor, "site", state)
    img1, img2 = unique_png(tmp_path), tmp_path / "lead.jpg"
    img2.write_bytes(jpeg_bytes(64 + next(_counter), 48))
    title = (
        "وزير" if mode == "marker" else "رئيس"
    ) + " الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة ومستقبل المفاوضات الجارية"
    body = (
        f"<p>افتتاحية المقال &amp; <strong>نص عريض</strong></p>\n"
        f'<figure><img src="file://{img1}" alt="صورة أولى"></figure>\n'
        f'<p dir="rtl">فقرة أخيرة‏ 😀</p>'
    )
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    article = Article(
        title=title,
        body_html=body,
        excerpt="ملخص المقال",
        tags=["سياسة خارجية", "فرنسا"],
        categories=["أخبار محلية"],
        featured_media_id=str(img2),
    )
    result = pub.publish(article, Action.PUBLISH, at=at)

    assert result.outcome is Outcome.SCHEDULED and result.remote_id is not None
    assert result.media_uploaded == 2
    post = admin.get_post(result.remote_id)
    assert post.status == "future"
    assert post.date_gmt == at.strftime("%Y-%m-%dT%H:%M:%S")
    assert post.categories == [news_category]
    assert len(post.tags) == 2
    assert post.featured_media > 0
    assert post.excerpt_raw == "ملخص المقال"
    assert post.title_raw == title
    # The slug fits WordPress's 200 encoded bytes at a word boundary, and is what we computed.
    assert unquote(post.slug) == make_slug(title)
    assert encoded_length(unquote(post.slug)) <= 200
    assert len(post.slug) <= 200
    # content.raw is byte for byte what was sent: the body as blocks, image URLs and ids the site's, and
    # the article id in the first block's attributes (stock site) or in meta (companion plugin).
    uploaded = state.media
    urls = {sha: url for (_site, sha), (_id, url) in uploaded.items()}
    media_ids = {url: media_id for (_site, _sha), (media_id, url) in uploaded.items()}
    assert len(urls) == 2
    assert f"file://{img1}" not in post.content_raw
    expected = body.replace(f"file://{img1}", next(u for u in urls.values() if u.endswith(".png")))
    assert "<!-- qalam:" not in post.content_raw
    if mode == "marker":
        assert post.content_raw == post_content(expected, media_ids=media_ids, article_id=article.id)
        assert f'<!-- wp:paragraph {{"qalamId":"{article.id}"}} -->' in post.content_raw
    else:
        assert post.content_raw == post_content(expected, media_ids=media_ids)
        assert post.meta["qalam_uuid"] == article.id
    # Read back, it is the article again; the image now knows its media id on the site.
    back = article_body(post.content_raw)
    assert html_to_text(back) == html_to_text(expected) and back.count("<figure") == 1
    assert "<figure data-wp=\"{&quot;attrs&quot;:{&quot;id&quot;:" in back
    # The remote id reached the store, and publishing again updates the same post.
    assert state.remote[article.id][1] == result.remote_id
    article.excerpt = "ملخص جديد"
    again = pub.publish(article, Action.PUBLISH, at=at)
    assert again.remote_id == result.remote_id and again.media_uploaded == 0 and again.media_reused == 2
    assert posts_with(admin, article.id) == [result.remote_id]


def test_media_already_on_the_site_is_not_uploaded_again(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient, tmp_path: Path
) -> None:
    img = unique_png(tmp_path)
    first = Publisher(client_for(wordpress, "author", http), "site", MemoryState())
    a = Article(title="خبر أول", body_html=f'<p><img src="file://{img}" alt="x"></p>')
    assert first.publish(a, Action.DRAFT).media_uploaded == 1
    # A fresh data folder (no local record) still finds the image by its hash.
    second = Publisher(client_for(wordpress, "author", http), "site", MemoryState())
    b = Article(title="خبر ثان", body_html=f'<p><img src="file://{img}" alt="x"></p>')
    result = second.publish(b, Action.DRAFT)
    assert result.media_uploaded == 0 and result.media_reused == 1
    import hashlib

    assert len(media_with(admin, hashlib.sha256(img.read_bytes()).hexdigest())) == 1


def test_unknown_category_is_refused_before_sending(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    pub = Publisher(client_for(wordpress, "editor", http), "site", MemoryState())
    article = Article(title="تصنيف مفقود", body_html="<p>نص</p>", categories=["لا يوجد تصنيف كهذا", "999999"])
    with pytest.raises(PublishError) as err:
        pub.publish(article)
    assert err.value.kind is ErrorKind.UNKNOWN_CATEGORY
    assert "999999" in str(err.value)
    assert posts_with(admin, article.id) == []


@pytest.mark.parametrize(
    "fault", [Fault.DROP_AFTER_REQUEST, Fault.HTTP_503_AFTER, Fault.DELAY, Fault.LATE_ARRIVAL]
)
def test_create_that_reached_wordpress_is_adopted_not_duplicated(
    wordpress: WordPressSite,
    http: HttpClient,
    admin: WordPressClient,
    proxy: FaultProxy,
    fault: Fault,
    mode: str,
) -> None:
    proxy.clear()
    proxy.inject(fault, method="POST", path="/wp/v2/posts")
    client = client_for(wordpress, "editor", http, url=proxy.url, mode=mode)
    # LATE_ARRIVAL needs looks spread over a few seconds (0.3 × 1, 3, 8), even on a busy machine.
    pub = Publisher(client, "site", MemoryState(), lookup_delay=0.3 if fault is Fault.LATE_ARRIVAL else 0.1)
    article = Article(title=f"خبر عاجل {fault.value}", body_html="<p>نص الخبر الكامل</p>", excerpt="ملخص")
    result = pub.publish(article)
    assert [s.fault for s in proxy.faults_applied()] == [fault]
    assert result.adopted
    assert result.outcome is Outcome.PUBLISHED
    assert posts_with(admin, article.id) == [result.remote_id]
    assert result.remote_id is not None
    post = admin.get_post(result.remote_id)
    assert article_body(post.content_raw) == "<p>نص الخبر الكامل</p>\n" and post.excerpt_raw == "ملخص"


@pytest.mark.parametrize("fault", [Fault.HTTP_503, Fault.HTML_200])
def test_create_that_never_arrived_is_sent_again_once(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient, proxy: FaultProxy, fault: Fault
) -> None:
    proxy.clear()
    proxy.inject(fault, method="POST", path="/wp/v2/posts")
    pub = Publisher(
        client_for(wordpress, "editor", http, url=proxy.url), "site", MemoryState(), lookup_delay=0.1
    )
    article = Article(title="خبر لم يصل", body_html="<p>نص</p>")
    result = pub.publish(article)
    assert not result.adopted
    assert posts_with(admin, article.id) == [result.remote_id]


@pytest.mark.parametrize("fault", [Fault.CUT_UPLOAD, Fault.DROP_AFTER_REQUEST, Fault.LATE_ARRIVAL])
def test_media_upload_faults_leave_exactly_one_file(
    wordpress: WordPressSite,
    http: HttpClient,
    admin: WordPressClient,
    proxy: FaultProxy,
    fault: Fault,
    tmp_path: Path,
) -> None:
    import hashlib

    proxy.clear()
    proxy.inject(fault, method="POST", path="/wp/v2/media")
    # Noise does not compress: 1.5 MB, far more than the socket buffers, so the cut is really midway.
    img = tmp_path / "big.png"
    img.write_bytes(noise_png(800, 640))
    pub = Publisher(
        client_for(wordpress, "editor", http, url=proxy.url),
        "site",
        MemoryState(),
        lookup_delay=0.3 if fault is Fault.LATE_ARRIVAL else 0.1,
    )
    article = Article(
        title="صورة كبيرة",
        body_html=f'<p><img src="file://{img}" alt="صورة"></p>',
        featured_media_id=str(img),
    )
    result = pub.publish(article)
    assert [s.fault for s in proxy.faults_applied()] == [fault]
    assert len(media_with(admin, hashlib.sha256(img.read_bytes()).hexdigest())) == 1
    assert result.remote_id is not None
    post = admin.get_post(result.remote_id)
    assert post.featured_media > 0 and "file://" not in post.content_raw


def test_edit_on_the_site_between_pull_and_push_is_not_overwritten(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    pub = Publisher(client_for(wordpress, "editor", http), "site", MemoryState())
    article = Article(title="مقال مشترك", body_html="<p>النسخة الأولى</p>")
    first = pub.publish(article, Action.DRAFT)
    assert first.remote_id is not None
    theirs = admin.get_post(first.remote_id).content_raw.replace("الأولى", "المعدلة على الموقع")
    admin.update_post(first.remote_id, {"content": theirs})
    article.body_html = "<p>النسخة الثانية من قلم</p>"
    result = pub.publish(article, Action.DRAFT)
    assert result.outcome is Outcome.CONFLICT and result.conflict is not None
    assert "المعدلة على الموقع" in result.conflict.theirs.content
    assert "النسخة الثانية من قلم" in result.conflict.mine.content
    assert "-<p>النسخة المعدلة على الموقع</p>" in result.conflict.diff()
    assert admin.get_post(first.remote_id).content_raw == theirs  # nothing overwritten
    # "Keep mine" is an explicit choice.
    kept = pub.publish(article, Action.DRAFT, overwrite=True)
    assert kept.outcome is Outcome.DRAFTED
    assert "النسخة الثانية من قلم" in admin.get_post(first.remote_id).content_raw


def test_same_second_edit_is_caught_by_the_content_hash(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    pub = Publisher(client_for(wordpress, "editor", http), "site", MemoryState())
    article = Article(title="تعديل في الثانية نفسها", body_html="<p>أ</p>")
    first = pub.publish(article, Action.DRAFT)
    assert first.remote_id is not None
    admin.update_post(first.remote_id, {"content": "<p>ب</p>"})
    article.remote_modified_gmt = admin.get_post(first.remote_id).modified_gmt  # only the hash differs now
    assert pub.publish(article, Action.DRAFT).outcome is Outcome.CONFLICT


def test_wrong_password_message(wordpress: WordPressSite, http: HttpClient) -> None:
    client = WordPressClient(wordpress.url, "editor", Secret("abcd efgh ijkl mnop qrst uvwx"), http=http)
    with pytest.raises(PublishError) as err:
        client.me()
    assert err.value.kind is ErrorKind.AUTH
    assert "application password" in str(err.value)
    assert "abcd" not in str(err.value) and "abcd" not in repr(err.value)


def test_contributor_cannot_publish_but_can_submit(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    pub = Publisher(client_for(wordpress, "contributor", http), "site", MemoryState())
    article = Article(title="مقال مساهم", body_html="<p>نص المساهم</p>")
    with pytest.raises(PublishError) as err:
        pub.publish(article, Action.PUBLISH)
    assert err.value.kind is ErrorKind.FORBIDDEN and err.value.capability == "publish_posts"
    assert "publish_posts" in str(err.value)
    assert not err.value.transient
    submitted = pub.publish(article, Action.SUBMIT)
    assert submitted.outcome is Outcome.SUBMITTED
    assert posts_with(admin, article.id) == [submitted.remote_id]


def test_html_answer_message(wordpress: WordPressSite, http: HttpClient, proxy: FaultProxy) -> None:
    proxy.clear()
    proxy.inject(Fault.HTML_200, times=20, method="GET")
    client = client_for(wordpress, "editor", http, url=proxy.url)
    with pytest.raises(PublishError) as err:
        client.me()
    proxy.clear()
    assert err.value.kind is ErrorKind.NOT_JSON
    assert "web page instead of data" in str(err.value)


def test_me_reports_roles_and_capabilities(wordpress: WordPressSite, http: HttpClient) -> None:
    author = client_for(wordpress, "author", http).me()
    assert author.roles == ("author",) and author.can("publish_posts") and not author.can("edit_others_posts")
    contributor = client_for(wordpress, "contributor", http).me()
    assert not contributor.can("publish_posts") and not contributor.can("upload_files")


def test_terms_paginate_and_fetch_incrementally(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    before = admin.tags()
    newest = max((t.id for t in before), default=0)
    names = [f"وسم رقم {i}" for i in range(105)]
    for name in names:
        admin.create_tag(name)
    everything = admin.tags()  # more than one page of 100
    assert {t.name for t in everything} >= set(names)
    new = admin.tags(newer_than=newest)
    assert {t.name for t in new} == set(names)
    assert admin.create_tag(names[0]).name == names[0]  # term_exists → the existing tag


def test_plain_permalinks_fall_back_to_rest_route(
    wordpress: WordPressSite, http: HttpClient, proxy: FaultProxy
) -> None:
    # A site with plain permalinks answers /wp-json/ with its home page and 200.
    proxy.clear()
    proxy.inject(Fault.HTML_200, times=1, method="GET", path="/wp-json/")
    client = client_for(wordpress, "editor", http, url=proxy.url)
    info = client.discover()
    assert not info.pretty_permalinks
    assert client.me().roles == ("editor",)
    assert any("rest_route=" in s.target for s in proxy.seen)


def test_proxy_from_the_environment_is_not_used_for_loopback(
    wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with HttpClient(FAST) as http:
        assert client_for(wordpress, "editor", http).me().roles == ("editor",)


def test_a_scheduled_post_published_now_loses_its_schedule(
    wordpress: WordPressSite, http: HttpClient
) -> None:
    pub = Publisher(client_for(wordpress, "editor", http), "site", MemoryState())
    article = Article(title="خبر مجدول ثم عاجل", body_html="<p>نص</p>")
    at = datetime.now(UTC) + timedelta(days=1)
    assert pub.publish(article, Action.PUBLISH, at=at).outcome is Outcome.SCHEDULED
    now = pub.publish(article, Action.PUBLISH)
    assert now.outcome is Outcome.PUBLISHED and now.status == "publish"


def test_an_article_of_another_site_is_not_sent_over_a_post_here(
    wordpress: WordPressSite, http: HttpClient
) -> None:
    pub = Publisher(client_for(wordpress, "editor", http), "site-b", MemoryState())
    article = Article(title="خبر موقع آخر", body_html="<p>نص</p>", site_id="site-a", remote_id=1)
    with pytest.raises(PublishError) as err:
        pub.publish(article)
    assert "another site" in str(err.value)


def test_pasted_data_uri_image_is_uploaded_and_a_renamed_category_found(
    wordpress: WordPressSite, http: HttpClient, admin: WordPressClient
) -> None:
    import base64

    from editor_app.publish.wordpress import Term

    data, _ = admin.call("POST", "/wp/v2/categories", json_body={"name": "اسم قديم للتصنيف"})
    stale = [Term(int(data["id"]), "اسم قديم للتصنيف", str(data["slug"]))]
    admin.call("POST", f"/wp/v2/categories/{data['id']}", json_body={"name": "اسم جديد للتصنيف"})
    pub = Publisher(client_for(wordpress, "editor", http), "site", MemoryState(), categories=stale)
    png = png_bytes(17, 9, (next(_counter) % 256, 1, 2))
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    article = Article(
        title="صورة ملصقة", body_html=f'<p><img src="{uri}" alt="ملصقة"></p>', categories=["اسم جديد للتصنيف"]
    )
    result = pub.publish(article, Action.DRAFT)
    assert result.media_uploaded == 1 and result.remote_id is not None
    post = admin.get_post(result.remote_id)
    assert "data:image" not in post.content_raw and "/wp-content/uploads/" in post.content_raw
    assert post.categories == [int(data["id"])]
