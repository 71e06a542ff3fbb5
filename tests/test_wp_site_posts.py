"""Posts that live on the real site: `qalam posts list/open`, publishing an opened post to the same id,
refreshing a draft without losing local edits, readable links, and the "Open from site" dialog."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pytestqt.qtbot import QtBot
from qt_helpers import type_text
from test_wp_publish import FAST, png_bytes
from wordpress import WordPressSite

from editor_app.cli.main import main
from editor_app.core.site import Site
from editor_app.paths import resolve_paths
from editor_app.publish.credentials import Secret
from editor_app.publish.http import HttpClient
from editor_app.publish.outbox import Outbox
from editor_app.publish.site_posts import OpenOutcome, open_site_post
from editor_app.publish.store_bridge import StoreBridge
from editor_app.publish.wordpress import RemotePost, WordPressClient
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(FAST)
    yield client
    client.close()


def client_for(wordpress: WordPressSite, role: str, http: HttpClient) -> WordPressClient:
    user = wordpress.user(role)
    return WordPressClient(wordpress.url, user.login, Secret(user.app_password), http=http)


@pytest.fixture
def admin(wordpress: WordPressSite, http: HttpClient) -> WordPressClient:
    return client_for(wordpress, "admin", http)


@pytest.fixture
def editor(wordpress: WordPressSite, http: HttpClient) -> WordPressClient:
    return client_for(wordpress, "editor", http)


@contextmanager
def opened_store() -> Iterator[DraftStore]:
    """The test's data folder (QALAM_DATA_DIR), open only while needed: the CLI opens it too."""
    store = DraftStore.open(resolve_paths())
    try:
        yield store
    finally:
        store.close(backup=False)


@pytest.fixture
def site(wordpress: WordPressSite, monkeypatch: pytest.MonkeyPatch) -> Site:
    """The site as the editor's Qalam knows it; the password from QALAM_PASSWORD, as scripts give it."""
    monkeypatch.setenv("QALAM_PASSWORD", wordpress.editor.app_password)
    with opened_store() as store:
        return store.add_site(Site(name="main", url=wordpress.url, username=wordpress.editor.login))


def qalam(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def token() -> str:
    return uuid.uuid4().hex[:10]


def total_media(admin: WordPressClient) -> int:
    _data, response = admin.call("GET", "/wp/v2/media", params={"per_page": 1, "_fields": "id"})
    return int(response.headers["x-wp-total"])


def test_posts_list_searches_filters_and_prints_readable_links(
    site: Site,
    admin: WordPressClient,
    editor: WordPressClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tok = token()
    election = admin.create_post(
        {
            "title": f"نتائج الانتخابات البلدية {tok}",
            "content": "<p>أعلنت اللجنة النتائج.</p>",
            "status": "publish",
            "slug": f"نتائج-الانتخابات-{tok}",
        }
    )
    report = admin.create_post(
        {"title": f"تقرير اقتصادي {tok}", "content": "<p>الأسواق اليوم</p>", "status": "draft"}
    )
    mine = editor.create_post({"title": f"مقال المحرر {tok}", "content": "<p>نص</p>", "status": "pending"})

    code, out, err = qalam(capsys, "posts", "list", "--site", "main", "--search", tok, "--json")
    assert code == 0, err
    rows = {row["id"]: row for row in json.loads(out)}
    assert set(rows) == {election.id, report.id, mine.id}
    assert rows[election.id]["status"] == "publish" and rows[report.id]["status"] == "draft"
    assert rows[mine.id]["status"] == "pending" and rows[mine.id]["author"] == "Editor"
    assert rows[election.id]["title"] == f"نتائج الانتخابات البلدية {tok}"
    assert rows[election.id]["modified"] == election.modified_gmt + "Z"
    # The link as a reader reads it; the site gave it percent-encoded.
    assert "%d8" in election.link.lower()
    assert rows[election.id]["link"] == f"{site.url}/نتائج-الانتخابات-{tok}/"

    code, out, _ = qalam(capsys, "posts", "list", "--site", "main", "--search", f"الانتخابات {tok}", "--json")
    assert [row["id"] for row in json.loads(out)] == [election.id]  # the site searches Arabic too
    code, out, _ = qalam(capsys, "posts", "list", "--search", tok, "--status", "draft", "--json")
    assert [row["id"] for row in json.loads(out)] == [report.id]
    code, out, _ = qalam(capsys, "posts", "list", "--search", tok, "--author", "me", "--json")
    assert [row["id"] for row in json.loads(out)] == [mine.id]

    code, out, _ = qalam(capsys, "posts", "list", "--search", tok, "--limit", "2")  # the only site
    assert code == 0
    lines = out.splitlines()
    assert len([line for line in lines if line.lstrip().startswith(("http", "2 of"))]) == 3
    assert lines[-1] == "2 of 3 posts; --limit shows more."
    shown = [int(line.split()[0]) for line in lines if line[:7].strip().isdigit()]
    assert len(shown) == 2 and set(shown) < {election.id, report.id, mine.id}
    if election.id in shown:
        assert f"         {site.url}/نتائج-الانتخابات-{tok}/" in lines  # readable in the text output too

    code, out, _ = qalam(capsys, "posts", "list", "--search", "لا-يوجد-" + tok)
    assert code == 0 and "No posts found." in out


def test_an_opened_post_keeps_its_metadata_and_publishes_to_the_same_id(
    site: Site, admin: WordPressClient, capsys: pytest.CaptureFixture[str]
) -> None:
    tok = token()
    image = admin.upload_media(png_bytes(31, 17, (200, 40, 90)), "lead.png", "image/png", alt_text="صورة")
    category = admin.create_category(f"سياسة {tok}")
    tag = admin.create_tag(f"انتخابات {tok}")
    # As the block editor saves it.
    body = (
        "<!-- wp:paragraph -->\n<p>فقرة أولى عن الانتخابات.</p>\n<!-- /wp:paragraph -->\n\n"
        f'<!-- wp:image {{"id":{image.id},"sizeSlug":"full"}} -->\n'
        f'<figure class="wp-block-image size-full"><img src="{image.source_url}" alt="صورة" '
        f'class="wp-image-{image.id}"/></figure>\n<!-- /wp:image -->\n\n'
        "<!-- wp:paragraph -->\n<p>فقرة ثانية.</p>\n<!-- /wp:paragraph -->"
    )
    post = admin.create_post(
        {
            "title": f"خبر على الموقع {tok}",
            "content": body,
            "excerpt": "ملخص الخبر",
            "status": "publish",
            "slug": f"خبر-{tok}",
            "categories": [category.id],
            "tags": [tag.id],
            "featured_media": image.id,
        }
    )

    code, out, err = qalam(capsys, "posts", "open", str(post.id), "--json")
    assert code == 0, err
    opened = json.loads(out)
    assert opened["outcome"] == "created" and opened["post_id"] == post.id
    assert opened["link"] == f"{site.url}/خبر-{tok}/"
    with opened_store() as store:
        article = store.get(opened["id"])
    assert (article.title, article.excerpt) == (f"خبر على الموقع {tok}", "ملخص الخبر")
    assert article.slug == f"خبر-{tok}"
    assert "<p>فقرة أولى عن الانتخابات.</p>" in article.body_html
    assert "<p>فقرة ثانية.</p>" in article.body_html
    assert image.source_url in article.body_html  # the site's image, referenced where it is
    assert article.categories == [f"سياسة {tok}"] and article.tags == [f"انتخابات {tok}"]
    assert article.featured_media_id == str(image.id)
    assert article.remote_id == post.id and article.site_id == site.id
    assert article.remote_modified_gmt == post.modified_gmt
    assert article.remote_url == post.link  # the store keeps what HTTP uses: percent-encoded
    assert article.state.value == "published"

    with opened_store() as store:
        article.body_html += "<p>تحديث من قلم.</p>"
        store.save(article)
    media_before = total_media(admin)
    code, out, err = qalam(capsys, "publish", article.id[:8])
    assert code == 0, err + out
    assert out.strip() == f"{site.url}/خبر-{tok}/"  # printed as a reader reads it
    after = admin.get_post(post.id)
    assert "تحديث من قلم." in after.content_raw and f"wp-image-{image.id}" in after.content_raw
    assert image.source_url in after.content_raw  # the image stays the site's own: no new upload
    assert after.featured_media == image.id and after.categories == [category.id] and after.tags == [tag.id]
    assert total_media(admin) == media_before
    found = admin.call("GET", "/wp/v2/posts", params={"search": tok, "status": "any", "_fields": "id"})[0]
    assert [item["id"] for item in found] == [post.id]  # the same post, never a second one

    # Someone edits it on the site; the next push from Qalam is a conflict, and nothing is overwritten.
    admin.update_post(post.id, {"content": "<p>عدل على الموقع.</p>"})
    with opened_store() as store:
        article = store.get(article.id)
        article.body_html += "<p>تعديل ثان.</p>"
        store.save(article)
    code, out, err = qalam(capsys, "publish", article.id[:8])
    assert code == 1 and "changed on the site" in err
    assert admin.get_post(post.id).content_raw == "<p>عدل على الموقع.</p>"

    code, out, _ = qalam(capsys, "outbox", "--json")
    urls = [row["url"] for row in json.loads(out) if row["url"]]
    assert f"{site.url}/خبر-{tok}/" in urls
    code, out, _ = qalam(capsys, "outbox")
    assert f"    {site.url}/خبر-{tok}/" in out.splitlines()
    code, out, _ = qalam(capsys, "drafts", "show", article.id[:8], "--format", "json")
    assert json.loads(out)["remote_url"] == f"{site.url}/خبر-{tok}/"


def test_opening_again_never_loses_local_edits(
    site: Site, admin: WordPressClient, editor: WordPressClient
) -> None:
    tok = token()
    post = admin.create_post({"title": f"مقال {tok}", "content": "<p>الأصل</p>", "status": "draft"})
    with opened_store() as store:
        first = open_site_post(store, editor, site, post.id)
        assert first.outcome is OpenOutcome.CREATED
        article_id = first.article.id
        assert open_site_post(store, editor, site, post.id).outcome is OpenOutcome.CURRENT

        # Edited here, not on the site: the draft keeps its (newer) edits.
        article = store.get(article_id)
        article.body_html = "<p>عدلت في قلم</p>"
        store.save(article)
        kept = open_site_post(store, editor, site, post.id)
        assert kept.outcome is OpenOutcome.KEPT_LOCAL
        assert store.get(article_id).body_html == "<p>عدلت في قلم</p>"

        # Edited on both sides: both kept, the site's version in the draft, mine as a named revision.
        site_version = admin.update_post(post.id, {"content": "<p>عدلت على الموقع</p>"})
        both = open_site_post(store, editor, site, post.id)
        assert both.outcome is OpenOutcome.KEPT_BOTH and both.kept_revision is not None
        assert store.get(article_id).body_html.strip() == "<p>عدلت على الموقع</p>"
        assert store.get(article_id).remote_modified_gmt == site_version.modified_gmt
        assert store.revision(article_id, both.kept_revision).body_html.strip() == "<p>عدلت في قلم</p>"
        assert f"revision {both.kept_revision}" in both.message.render()

        # Edited on the site only: refreshed.
        admin.update_post(post.id, {"title": f"مقال معدل {tok}"})
        refreshed = open_site_post(store, editor, site, post.id)
        assert refreshed.outcome is OpenOutcome.REFRESHED
        assert store.get(article_id).title == f"مقال معدل {tok}"

        # A publish waiting in the outbox is local work on its way: opening again is refused.
        Outbox(store, StoreBridge(store)).submit(article_id, site.id, "draft")
        admin.update_post(post.id, {"content": "<p>مرة أخرى</p>"})
        with pytest.raises(Exception, match="publishing queue"):
            open_site_post(store, editor, site, post.id)
        assert store.get(article_id).title == f"مقال معدل {tok}"


def _wait_rows(qtbot: QtBot, dialog: object, count: int) -> None:
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == count, timeout=10000)  # type: ignore[attr-defined]


def test_open_from_site_dialog_searches_as_you_type_and_opens_the_post(
    qtbot: QtBot, site: Site, admin: WordPressClient
) -> None:
    from editor_app.gui.metadata_panel import MetadataPanel
    from editor_app.gui.site_posts_dialog import OpenFromSiteDialog, SiteSession
    from editor_app.gui.tasks import TaskRunner

    tok = token()
    made: list[RemotePost] = [
        admin.create_post(
            {"title": f"{title} {tok}", "content": "<p>نص</p>", "status": "publish", "slug": f"{slug}-{tok}"}
        )
        for title, slug in (("حوار مع الوزير", "حوار"), ("افتتاح المعرض", "معرض"))
    ]
    calls: list[tuple[str, int]] = []

    class CountingSession(SiteSession):
        def search(self, site: Site, text: str, status: str | None, mine: bool, page: int):  # type: ignore[no-untyped-def]
            calls.append((text, page))
            return super().search(site, text, status, mine, page)

    with opened_store() as store:
        dialog = OpenFromSiteDialog(
            store, TaskRunner(inline=True), [site], session=CountingSession(), pause_ms=150
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: bool(calls), timeout=10000)  # the newest posts, before typing
        calls.clear()
        type_text(dialog.search, tok)
        _wait_rows(qtbot, dialog, 2)
        assert calls == [(tok, 1)]  # one search after the pause, not one per key
        type_text(dialog.search, " حوار")
        _wait_rows(qtbot, dialog, 1)
        row = dialog.results.topLevelItem(0)
        assert row is not None and row.text(0) == f"حوار مع الوزير {tok}"
        assert row.toolTip(0) == f"{site.url}/حوار-{tok}/"  # the readable link

        with qtbot.waitSignal(dialog.opened, timeout=10000) as signal:
            dialog.open_button.click()
        opened = signal.args[0]
        assert opened.outcome is OpenOutcome.CREATED and opened.article.remote_id == made[0].id
        stored = store.get(opened.article.id)
        assert stored.title == f"حوار مع الوزير {tok}"

    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.load_article(stored)
    assert panel.post_link.isVisibleTo(panel)
    text = panel.post_link.text()
    assert f">{site.url}/حوار-{tok}/</a>" in text  # shown in Arabic…
    assert f'href="{made[0].link}"' in text and "%d8" in made[0].link.lower()  # …opened encoded
